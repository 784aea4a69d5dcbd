from PySide6.QtCore import QByteArray

from workbench.ui.settings import MAX_RECENT, SCHEMA_VERSION, Settings


def test_values_survive_a_new_settings_object(isolated_home, tmp_path):
    project = tmp_path / "a.wbproj"
    project.write_bytes(b"")
    first = Settings()
    first.set_language("zh_CN")
    first.set_author_name("张三")
    first.add_recent_file(project)
    first.set_last_project(project)
    first.set_window_state(QByteArray(b"\x00\x01state"))
    first.sync()

    second = Settings()
    assert second.path.parent == isolated_home
    assert second.language() == "zh_CN"
    assert second.author_name() == "张三"
    assert second.recent_files() == [str(project.resolve())]
    assert second.last_project() == str(project.resolve())
    assert bytes(second.window_state()) == b"\x00\x01state"


def test_recent_files_are_newest_first_without_duplicates_and_capped(tmp_path):
    settings = Settings()
    for i in range(MAX_RECENT + 3):
        settings.add_recent_file(tmp_path / f"{i}.wbproj")
    settings.add_recent_file(tmp_path / "5.wbproj")
    files = settings.recent_files()
    assert len(files) == MAX_RECENT
    assert files[0].endswith("5.wbproj") and files.count(files[0]) == 1


def test_last_project_that_was_deleted_is_forgotten(tmp_path):
    settings = Settings()
    settings.set_last_project(tmp_path / "gone.wbproj")
    assert settings.last_project() is None


def test_a_new_file_is_stamped_with_the_schema_version(isolated_home):
    Settings().sync()
    assert f"schema_version={SCHEMA_VERSION}" in (isolated_home / "workbench.ini").read_text()


def test_a_file_from_a_newer_release_is_not_rewritten(isolated_home):
    (isolated_home / "workbench.ini").write_text(f"[General]\nschema_version={SCHEMA_VERSION + 1}\n")
    settings = Settings()
    settings.sync()
    assert f"schema_version={SCHEMA_VERSION + 1}" in (isolated_home / "workbench.ini").read_text()
