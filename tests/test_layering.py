"""The layers of the design: domain and storage stay free of Qt, domain free of
storage and ui, and the command line loads no widgets until it needs them."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parents[1] / "workbench"
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")


def modules_loaded_after_importing(code: str) -> set[str]:
    """Run `code` in a fresh interpreter and return the names in its sys.modules."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], cwd=PACKAGE_ROOT.parent,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def import_every_module_of(package: str) -> str:
    return (f"import importlib, pkgutil, {package} as package\n"
            "for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
            "    importlib.import_module(module.name)\n")


def qt_modules_in(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in QT_MODULES)


@pytest.mark.parametrize("package", ["workbench.domain", "workbench.storage"])
def test_package_loads_no_qt(package):
    modules = modules_loaded_after_importing(import_every_module_of(package))
    submodules = [name for name in modules if name.startswith(package + ".")]
    assert submodules, f"{package} has no submodules to check"
    assert qt_modules_in(modules) == []


def test_the_check_sees_qt_when_it_is_loaded():
    # Guards the guard: the same probe must notice Qt when something loads it.
    modules = modules_loaded_after_importing("import PySide6.QtCore")
    assert "PySide6.QtCore" in qt_modules_in(modules)


def imported_modules(source_file: Path) -> list[str]:
    """Absolute names of everything a module imports, relative imports resolved."""
    package = ".".join(source_file.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if source_file.name != "__init__.py":
        package = package.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(source_file.read_text(encoding="utf-8"), str(source_file))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names.extend(f"{base}.{alias.name}" for alias in node.names)
    return names


def forbidden_imports(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for source_file in sorted((PACKAGE_ROOT / layer).rglob("*.py")):
        for name in imported_modules(source_file):
            if any(name == prefix or name.startswith(prefix + ".") for prefix in forbidden):
                found.append(f"{source_file.relative_to(PACKAGE_ROOT.parent).as_posix()}: {name}")
    return found


def test_domain_imports_neither_storage_nor_ui():
    assert forbidden_imports("domain", ("workbench.storage", "workbench.ui", *QT_MODULES)) == []


def test_storage_does_not_import_ui():
    assert forbidden_imports("storage", ("workbench.ui", *QT_MODULES)) == []


def test_relative_imports_are_resolved(tmp_path, monkeypatch):
    # Guards the guard: `from ..storage import x` inside domain must count.
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE_ROOT", tmp_path / "workbench")
    domain = tmp_path / "workbench" / "domain"
    domain.mkdir(parents=True)
    (domain / "sneaky.py").write_text("from ..storage import dataset\nfrom . import rules\n")
    assert imported_modules(domain / "sneaky.py") == ["workbench.storage.dataset", "workbench.domain.rules"]
    assert forbidden_imports("domain", ("workbench.storage",)) == ["workbench/domain/sneaky.py: workbench.storage.dataset"]


def test_command_line_loads_no_widgets_on_import():
    modules = modules_loaded_after_importing("import workbench.cli")
    assert "PySide6.QtWidgets" not in modules


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".pptx"])
def test_exporting_from_the_command_line_loads_no_widgets(tmp_path, suffix):
    # The pictures (the map) are drawn with QtGui alone, by the renderer the ui registers with storage.
    out = tmp_path / f"export{suffix}"
    code = ("import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\nfrom workbench.cli import main\n"
            f"assert main(['export', '--out', {str(out)!r}]) == 0\n")
    modules = modules_loaded_after_importing(code)
    assert out.stat().st_size > 0
    assert "PySide6.QtGui" in modules  # the map was drawn, so the probe would see Qt had widgets come along
    assert "PySide6.QtWidgets" not in modules and not any(name.startswith("pyqtgraph") for name in modules)


PANELS_PACKAGE = "workbench.ui.panels"


def panel_names() -> set[str]:
    """A panel is what the registry docks: the module or package its entry's target names."""
    from workbench.ui.panels.registry import PANELS
    return {entry.target.split(":")[0].split(".")[0] for entry in PANELS}


def panel_of(module_name: str, panels: set[str]) -> str | None:
    """The panel a `workbench.ui.panels.*` module belongs to; None for shared helpers (base, dialogs, ...)."""
    if not module_name.startswith(PANELS_PACKAGE + "."):
        return None
    top = module_name[len(PANELS_PACKAGE) + 1:].split(".")[0]
    return top if top in panels else None


def cross_panel_imports(panels_root: Path, panels: set[str]) -> list[str]:
    """Imports from one panel into another; shared helpers in panels/ may import no panel at all."""
    found = []
    for source_file in sorted(panels_root.rglob("*.py")):
        relative = source_file.relative_to(panels_root.parents[2]).with_suffix("").parts
        module_name = ".".join(part for part in relative if part != "__init__")
        own_panel = panel_of(module_name, panels)
        for name in imported_modules(source_file):
            other = panel_of(name, panels)
            if other is not None and other != own_panel:
                found.append(f"{module_name} imports {name}")
    return found


def test_panels_never_import_each_other():
    panels = panel_names()
    assert {"tier_list", "heat_map", "vendors", "sources"} <= panels
    assert cross_panel_imports(PACKAGE_ROOT / "ui" / "panels", panels) == []


def test_the_panel_rule_sees_an_import_across_panels(tmp_path, monkeypatch):
    # Guards the guard: relative and absolute imports of another panel, and a helper importing a panel, all count.
    root = tmp_path / "workbench"
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE_ROOT", root)
    panels_root = root / "ui" / "panels"
    (panels_root / "alpha").mkdir(parents=True)
    (panels_root / "alpha" / "__init__.py").write_text("")
    (panels_root / "alpha" / "panel.py").write_text(
        "from ..beta import BetaPanel\nfrom . import models\nfrom ..base import Panel\n")
    (panels_root / "beta.py").write_text("import workbench.ui.panels.alpha.models\n")
    (panels_root / "helper.py").write_text("from .beta import BetaPanel\n")
    (panels_root / "base.py").write_text("from ..session import Session\n")
    assert cross_panel_imports(panels_root, {"alpha", "beta"}) == [
        "workbench.ui.panels.alpha.panel imports workbench.ui.panels.beta.BetaPanel",
        "workbench.ui.panels.beta imports workbench.ui.panels.alpha.models",
        "workbench.ui.panels.helper imports workbench.ui.panels.beta.BetaPanel",
    ]


DRIVER_MODULES = ("psycopg", "psycopg_binary", "sqlalchemy")


def driver_modules_in(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in DRIVER_MODULES)


def test_the_app_and_a_file_project_load_no_database_driver(tmp_path):
    # The single-analyst default needs no server: the PostgreSQL driver loads only when a URL is opened.
    project = tmp_path / "solo.wbproj"
    code = ("from workbench.storage.project import open_project, save_project\n"
            "from workbench.storage.project_store import store_for, is_team_location\n"
            "from workbench.storage.team.urls import parse_team_url\n"
            "import workbench.cli, workbench.ui.app, workbench.ui.main_window\n"
            "from tests.factories import make_workspace\n"
            f"save_project(make_workspace(), {str(project)!r})\n"
            f"assert open_project({str(project)!r}) == make_workspace()\n"
            "assert parse_team_url('postgresql://wang@db/landscape').location\n")
    assert driver_modules_in(modules_loaded_after_importing(code)) == []


def test_the_driver_check_sees_a_team_store_load_it():
    # Guards the guard: naming a URL (no connection is made) is what loads the driver.
    code = ("from workbench.storage.project_store import store_for\n"
            "store_for('postgresql://wang@db.example/landscape')\n")
    assert {"psycopg", "sqlalchemy"} <= set(driver_modules_in(modules_loaded_after_importing(code)))
