"""Amounts as analysts write them: 亿元 in Chinese, bn CNY in English.

Amounts of money are held in one unit, bn CNY (1 bn = 10 亿). Only how they
are shown changes with the language: 110 bn CNY is written 1100亿元.
"""

from __future__ import annotations

from . import entities as e

YI_PER_BN = 10  # 1 bn = 10 亿
AMOUNT_LANGUAGES = ("zh", "en")


def amount_language(language: str) -> str:
    """"zh" for any Chinese UI language ("zh_CN", "zh"), else "en"."""
    return "zh" if language.lower().startswith("zh") else "en"


def shown_amount(value_bn: float | None, language: str) -> float | None:
    """The number written for an amount in bn CNY: in 亿元 for Chinese, bn for English."""
    if value_bn is None:
        return None
    return value_bn * YI_PER_BN if amount_language(language) == "zh" else value_bn


def _number(value: float, digits: int, grouped: bool = True) -> str:
    text = f"{value:,.{digits}f}" if grouped else f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_cny(value_bn: float | None, language: str, digits: int = 3) -> str:
    """110 -> "1100亿元" (Chinese) or "110 bn CNY" (English); "" for no value."""
    if value_bn is None:
        return ""
    if amount_language(language) == "zh":
        return f"{_number(value_bn * YI_PER_BN, digits, grouped=False)}亿元"  # as written: 1100亿元
    return f"{_number(value_bn, digits)} bn CNY"


def money_unit_label(language: str) -> str:
    return "亿元" if amount_language(language) == "zh" else "bn CNY"


def excel_money_format(language: str) -> str:
    """The number format of a cell holding shown_amount(...)."""
    return '0.0##"亿元"' if amount_language(language) == "zh" else '#,##0.00#" bn CNY"'


UNIT_LABELS = {
    "cny_bn": ("亿元", "bn CNY"),
    "projects": ("个项目", "projects"),
    "tokens_tn": ("万亿 tokens", "trillion tokens"),
}


def unit_label(unit: str, language: str) -> str:
    if unit == e.MONEY_UNIT:
        return money_unit_label(language)
    zh, en = UNIT_LABELS.get(unit, (unit, unit))
    return zh if amount_language(language) == "zh" else en


def format_in_unit(value: float | None, unit: str, language: str) -> str:
    """An amount in a market's unit: money follows format_cny, counts and tokens keep their number."""
    if value is None:
        return ""
    if unit == e.MONEY_UNIT:
        return format_cny(value, language)
    return f"{_number(value, 1)} {unit_label(unit, language)}"
