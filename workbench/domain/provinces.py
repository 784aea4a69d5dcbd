"""China's 34 provincial-level divisions (GB/T 2260 codes) and name matching."""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Province:
    code: str
    name_zh: str  # full official name
    short_zh: str
    name_en: str
    kind: str  # province, municipality, autonomous region, SAR


_P = Province
PROVINCES: tuple[Province, ...] = (
    _P("110000", "北京市", "北京", "Beijing", "municipality"),
    _P("120000", "天津市", "天津", "Tianjin", "municipality"),
    _P("130000", "河北省", "河北", "Hebei", "province"),
    _P("140000", "山西省", "山西", "Shanxi", "province"),
    _P("150000", "内蒙古自治区", "内蒙古", "Inner Mongolia", "autonomous region"),
    _P("210000", "辽宁省", "辽宁", "Liaoning", "province"),
    _P("220000", "吉林省", "吉林", "Jilin", "province"),
    _P("230000", "黑龙江省", "黑龙江", "Heilongjiang", "province"),
    _P("310000", "上海市", "上海", "Shanghai", "municipality"),
    _P("320000", "江苏省", "江苏", "Jiangsu", "province"),
    _P("330000", "浙江省", "浙江", "Zhejiang", "province"),
    _P("340000", "安徽省", "安徽", "Anhui", "province"),
    _P("350000", "福建省", "福建", "Fujian", "province"),
    _P("360000", "江西省", "江西", "Jiangxi", "province"),
    _P("370000", "山东省", "山东", "Shandong", "province"),
    _P("410000", "河南省", "河南", "Henan", "province"),
    _P("420000", "湖北省", "湖北", "Hubei", "province"),
    _P("430000", "湖南省", "湖南", "Hunan", "province"),
    _P("440000", "广东省", "广东", "Guangdong", "province"),
    _P("450000", "广西壮族自治区", "广西", "Guangxi", "autonomous region"),
    _P("460000", "海南省", "海南", "Hainan", "province"),
    _P("500000", "重庆市", "重庆", "Chongqing", "municipality"),
    _P("510000", "四川省", "四川", "Sichuan", "province"),
    _P("520000", "贵州省", "贵州", "Guizhou", "province"),
    _P("530000", "云南省", "云南", "Yunnan", "province"),
    _P("540000", "西藏自治区", "西藏", "Tibet", "autonomous region"),
    _P("610000", "陕西省", "陕西", "Shaanxi", "province"),
    _P("620000", "甘肃省", "甘肃", "Gansu", "province"),
    _P("630000", "青海省", "青海", "Qinghai", "province"),
    _P("640000", "宁夏回族自治区", "宁夏", "Ningxia", "autonomous region"),
    _P("650000", "新疆维吾尔自治区", "新疆", "Xinjiang", "autonomous region"),
    _P("710000", "台湾省", "台湾", "Taiwan", "province"),
    _P("810000", "香港特别行政区", "香港", "Hong Kong", "special administrative region"),
    _P("820000", "澳门特别行政区", "澳门", "Macau", "special administrative region"),
)
PROVINCES_BY_CODE = {p.code: p for p in PROVINCES}

_HINTS = {
    "内蒙": "150000", "xizang": "540000", "macao": "820000", "hongkong": "810000",
    "innermongolia": "150000", "neimongol": "150000",
}
_SUFFIXES_EN = (" province", " municipality", " autonomous region", " sar", " special administrative region", " city")


def _key(text: str) -> str:
    return str(text).strip().lower()


def _loose(text: str) -> str:
    text = _key(text)
    for suffix in _SUFFIXES_EN:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.replace(" ", "")


# Strict names: what a clean table may use without a warning.
_EXACT: dict[str, str] = {}
# Loose names: what a suggestion may match.
_LOOSE: dict[str, str] = dict(_HINTS)
for _p in PROVINCES:
    for _name in (_p.code, _p.name_zh, _p.short_zh, _p.name_en):
        _EXACT[_key(_name)] = _p.code
        _LOOSE[_loose(_name)] = _p.code


def resolve_province(text: str) -> str | None:
    """The code for an official name, short name, English name or code; None otherwise."""
    return _EXACT.get(_key(text))


@functools.lru_cache(maxsize=4096)
def suggest_province(text: str) -> Province | None:
    """The closest division to an unrecognised name, for a 'did you mean' hint (remembered: a table
    repeats its misspellings)."""
    loose = _loose(text)
    if not loose:
        return None
    if loose in _LOOSE:
        return PROVINCES_BY_CODE[_LOOSE[loose]]
    for alias, code in _LOOSE.items():
        if len(loose) >= 2 and not alias.isdigit() and (alias.startswith(loose) or loose.startswith(alias)):
            return PROVINCES_BY_CODE[code]
    close = difflib.get_close_matches(loose, list(_LOOSE), n=1, cutoff=0.6)
    return PROVINCES_BY_CODE[_LOOSE[close[0]]] if close else None
