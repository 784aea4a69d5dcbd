"""Text files whose encoding is ambiguous: decided from the whole file, with the plausible reading winning."""

from __future__ import annotations

import codecs

import pytest

from workbench.storage.dataset import load_table_file
from workbench.storage.encodings import BOM_GB18030
from workbench.storage.readers import read_table

HEADER = "vendor_id,name_zh,name_en,hq_province\n"


def load_vendors(path):
    records, problems = load_table_file(path, "vendors")
    assert problems == []
    return {vendor.vendor_id: vendor for vendor in records}


@pytest.mark.parametrize("name_zh", ["思同", "元谣", "小醛", "斋撞", "约镁"])
def test_gbk_text_that_is_also_valid_utf8_loads_as_chinese(tmp_path, name_zh):
    data = (HEADER + f"v1,{name_zh},Sitong,110000\n").encode("gbk")
    data.decode("utf-8")  # the trap: these bytes are valid UTF-8 too
    path = tmp_path / "vendors.csv"
    path.write_bytes(data)
    assert load_vendors(path)["v1"].name_zh == name_zh
    assert read_table(path).encoding == "gb18030"


def test_a_gb18030_bom_is_honoured_not_read_into_the_first_column(tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_bytes(BOM_GB18030 + (HEADER + "v1,百度,Baidu,110000\n").encode("gb18030"))
    assert load_vendors(path)["v1"].name_zh == "百度"


def test_a_utf8_bom_is_honoured(tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_bytes(codecs.BOM_UTF8 + (HEADER + "v1,思同,Sitong,110000\n").encode("utf-8"))
    assert load_vendors(path)["v1"].name_zh == "思同"


@pytest.mark.parametrize("name_en", ["Société Générale", "Москва Tech", "Ελληνικά AI", "Jürgen Müller"])
def test_real_utf8_without_chinese_stays_utf8(tmp_path, name_en):
    path = tmp_path / "vendors.csv"
    path.write_bytes((HEADER + f"v1,百度,{name_en},110000\nv2,x,{name_en},\n").encode("utf-8"))
    assert load_vendors(path)["v1"].name_en == name_en
    path.write_bytes((HEADER + f"v1,x,{name_en},110000\n").encode("utf-8"))
    assert load_vendors(path)["v1"].name_en == name_en
