"""Run-time language switching. English is the source language of every UI string."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workbench.locations import resources_dir

TRANSLATIONS_DIR = resources_dir() / "translations"
# Shown in the Language menu in their own language, so they are never translated.
LANGUAGES = {"zh_CN": "中文", "en": "English"}

_installed: list[QTranslator] = []
_current = "en"
_units = ""  # the Units preference: "" follows the language, "zh" 亿元, "en" bn CNY


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def current_language() -> str:
    return _current


def apply_units(units: str) -> str:
    """Set how amounts are shown: "zh" (亿元), "en" (bn CNY), or "" to follow the language; returns it."""
    global _units
    _units = units if units in ("zh", "en") else ""
    return _units


def amount_units() -> str:
    """"zh" (亿元) or "en" (bn CNY): the one setting every panel and the workbook export show amounts in."""
    # As domain.units.amount_language decides, without importing the domain: the window is built before it loads.
    return _units or ("zh" if _current.lower().startswith("zh") else "en")


def apply_language(language: str) -> str:
    """Install the translations for language ("" follows the system); returns the language used.

    Installing a translator sends LanguageChange to every widget, which retranslate themselves.
    """
    global _current
    language = language if language in LANGUAGES else system_language()
    _current = language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return language
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own strings (dialog buttons) first, so ours win where both translate.
    for name, folder in ((f"qtbase_{language}", qt_translations), (f"workbench_{language}", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
