"""pyproject.toml lists the packages a wheel carries (the data is mapped in beside them): none may be missed."""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_packages

REPO = Path(__file__).resolve().parents[2]


def test_every_package_under_workbench_is_listed_for_the_wheel():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = set(find_packages(str(REPO), include=["workbench", "workbench.*"]))
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert {"workbench._data.datasets", "workbench._data.resources"} <= listed


def test_the_data_a_wheel_carries_exists_where_the_mapping_says():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package, folder in config["package-dir"].items():
        patterns = config["package-data"][package]
        for pattern in patterns:
            assert list((REPO / folder).glob(pattern)), f"{package}: nothing matches {folder}/{pattern}"


def test_source_checkout_and_installed_layout_resolve_to_real_files():
    from workbench.locations import bundled_dataset, resources_dir

    assert (bundled_dataset() / "datapackage.json").is_file()
    assert (resources_dir() / "geo" / "china_provinces.json").is_file()
    assert (resources_dir() / "translations" / "workbench_zh_CN.qm").is_file()
