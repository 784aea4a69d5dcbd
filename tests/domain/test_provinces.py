import pytest

from workbench.domain.provinces import PROVINCES, PROVINCES_BY_CODE, resolve_province, suggest_province


def test_thirty_four_divisions_with_unique_codes():
    assert len(PROVINCES) == 34
    assert len(PROVINCES_BY_CODE) == 34
    assert {"710000", "810000", "820000"} <= set(PROVINCES_BY_CODE)


@pytest.mark.parametrize("text, code", [
    ("北京市", "110000"), ("北京", "110000"), ("beijing", "110000"), ("440000", "440000"),
    ("内蒙古自治区", "150000"), (" Hong Kong ", "810000"),
])
def test_official_names_resolve(text, code):
    assert resolve_province(text) == code


@pytest.mark.parametrize("text, suggestion", [
    ("内蒙", "内蒙古自治区"), ("Guangdong Province", "广东省"), ("Zhejang", "浙江省"), ("xizang", "西藏自治区"),
])
def test_loose_names_are_not_resolved_but_suggested(text, suggestion):
    assert resolve_province(text) is None
    assert suggest_province(text).name_zh == suggestion


def test_nonsense_gets_no_suggestion():
    assert suggest_province("") is None
    assert suggest_province("qqqqqqqq") is None
