"""Amounts as analysts write them: 亿元 in Chinese, bn CNY in English, one stored unit."""

import pytest

from workbench.domain.units import (amount_language, excel_money_format, format_cny, format_in_unit, shown_amount,
                                    unit_label)


def test_chinese_writes_yi_yuan_english_writes_bn():
    assert format_cny(110, "zh_CN") == "1100亿元"  # as seed 002 writes Alibaba Cloud's revenue
    assert format_cny(4.51, "zh") == "45.1亿元" and format_cny(20.5, "zh_CN") == "205亿元"
    assert format_cny(0.3729, "zh_CN") == "3.729亿元"
    assert format_cny(110, "en") == "110 bn CNY" and format_cny(1.765, "en") == "1.765 bn CNY"
    assert format_cny(996.3, "en") == "996.3 bn CNY" and format_cny(1234.5, "en") == "1,234.5 bn CNY"
    assert format_cny(None, "zh") == ""


def test_one_setting_decides_and_stored_amounts_stay_in_bn():
    assert amount_language("zh_CN") == "zh" and amount_language("en") == "en" and amount_language("") == "en"
    assert shown_amount(4.51, "zh_CN") == pytest.approx(45.1) and shown_amount(4.51, "en") == 4.51
    assert "亿元" in excel_money_format("zh_CN") and "bn CNY" in excel_money_format("en")


def test_other_units_keep_their_number():
    assert format_in_unit(1520, "projects", "zh") == "1,520 个项目"
    assert format_in_unit(536.7, "tokens_tn", "zh") == "536.7 万亿 tokens"
    assert format_in_unit(536.7, "tokens_tn", "en") == "536.7 trillion tokens"
    assert format_in_unit(1.765, "cny_bn", "zh") == "17.65亿元"
    assert unit_label("cny_bn", "en") == "bn CNY"
