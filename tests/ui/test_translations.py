"""Every text the window can show has a Chinese translation, under the context the code asks for."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def messages(ts: Path, finished_only: bool = False) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if finished_only and (translation.get("type") or not translation.text):
                continue
            found[(name, message.findtext("source"))] = translation.text or ""
    return found


def lupdate() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    assert tool, "pyside6-lupdate comes with PySide6 and is needed to find the UI's texts"
    return tool


def test_every_ui_text_has_a_translation_in_its_own_context(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "workbench" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate(), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    found = messages(fresh)
    assert found, "lupdate found no texts at all"
    # A text lupdate cannot place in a context (a helper named tr, say) is looked up in
    # one context by the code and filed under none: it would show untranslated.
    assert not [source for context, source in found if not context]
    translated = messages(TRANSLATIONS / "workbench_zh_CN.ts", finished_only=True)
    assert sorted(set(found) - set(translated)) == []


def test_the_compiled_translations_match_the_source_file():
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "workbench_zh_CN.qm"))
    stale = [(context, source) for (context, source), text in messages(TRANSLATIONS / "workbench_zh_CN.ts",
                                                                        finished_only=True).items()
             if translator.translate(context, source) != text]
    assert stale == [], "run python resources/translations/build_qm.py"
