"""A project reached through a symbolic link: saving writes the real file and keeps the link."""

from __future__ import annotations

import os

import pytest

from tests.factories import make_workspace
from tests.reliability.test_faults import rename
from workbench.storage.locking import acquire_lock, lock_path, read_lock
from workbench.storage.project import open_project, save_project

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")


@pytest.fixture
def link(project, tmp_path):
    shortcut = tmp_path / "shortcut.wbproj"
    shortcut.symlink_to(project)
    return shortcut


def test_save_through_a_link_writes_the_target_and_keeps_the_link(project, link):
    save_project(make_workspace(vendor_count=5), link)
    assert link.is_symlink() and link.resolve() == project.resolve()
    assert len(open_project(project).vendors) == 5


def test_a_link_and_its_target_share_one_lock(project, link):
    lock = acquire_lock(link)
    assert lock_path(link) == lock_path(project) and lock_path(project).exists()
    lock.release()


def test_the_window_saves_through_a_link_into_the_real_project(make_window, project, link):
    window = make_window()
    assert window.open_path(link)
    rename(window, "Through the link")
    assert window.documents.save()
    assert link.is_symlink()
    assert open_project(project).vendors.get(("v0",)).name_en == "Through the link"
    holder = read_lock(project)  # the window holds the real project's lock, not one beside the link
    assert holder is not None and holder.pid == os.getpid()
