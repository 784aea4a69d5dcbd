"""pyproject.toml turns warnings raised from the project's own modules into errors."""

import warnings

import pytest


def test_a_warning_from_the_projects_code_is_an_error():
    with pytest.raises(UserWarning):
        warnings.warn_explicit("a project warning", UserWarning, "workbench/domain/x.py", 1,
                               module="workbench.domain.x")


def test_a_warning_from_elsewhere_is_not():
    with pytest.warns(UserWarning):
        warnings.warn_explicit("a library warning", UserWarning, "somelib/x.py", 1, module="somelib.x")
