"""CSV and JSON files as others send them: odd encodings and delimiters, broken rows, hostile sizes."""

from __future__ import annotations

from pathlib import Path

VENDOR_HEADER = "vendor_id,name_zh,name_en,hq_province\n"
VENDOR_BODY = "baidu,百度,Baidu,北京市\nalibaba,阿里巴巴,Alibaba,浙江省\n"


def gbk(path: Path) -> Path:
    path.write_bytes((VENDOR_HEADER + VENDOR_BODY).encode("gbk"))
    return path


def utf8_bom(path: Path) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + (VENDOR_HEADER + VENDOR_BODY).encode("utf-8"))
    return path


def semicolons(path: Path) -> Path:
    path.write_text((VENDOR_HEADER + VENDOR_BODY).replace(",", ";"), encoding="utf-8")
    return path


def tabs(path: Path) -> Path:
    path.write_text((VENDOR_HEADER + VENDOR_BODY).replace(",", "\t"), encoding="utf-8")
    return path


def missing_column(path: Path) -> Path:
    path.write_text("vendor_id,name_en\nbaidu,Baidu\n", encoding="utf-8")
    return path


def extra_column(path: Path) -> Path:
    path.write_text("vendor_id,name_zh,name_en,internal_rating\nbaidu,百度,Baidu,A+\n", encoding="utf-8")
    return path


def ragged_rows(path: Path) -> Path:
    path.write_text(VENDOR_HEADER + "baidu,百度,Baidu,北京市,extra,cells\nalibaba,阿里巴巴\n", encoding="utf-8")
    return path


def duplicated_ids(path: Path) -> Path:
    path.write_text(VENDOR_HEADER + "baidu,百度,Baidu,\nbaidu,百度智能云,Baidu AI Cloud,\n", encoding="utf-8")
    return path


SCORE_HEADER = "vendor_id,dimension_id,value,kind,source_id\n"


def non_numeric(path: Path) -> Path:
    path.write_text(SCORE_HEADER + "baidu,compute,high,assessment,\nbaidu,model,八十,assessment,\n", encoding="utf-8")
    return path


def nan_and_infinity(path: Path) -> Path:
    path.write_text(SCORE_HEADER + "a,compute,NaN,assessment,\nb,compute,inf,assessment,\n"
                    "c,compute,1e309,assessment,\nd,compute,-Infinity,assessment,\n", encoding="utf-8")
    return path


def negative_counts(path: Path) -> Path:
    path.write_text("batch_id,regime,period,count,cumulative\nb1,generative_ai,2025-03,-5,-5\n", encoding="utf-8")
    return path


def shares_over_100_percent(path: Path) -> Path:
    path.write_text("vendor_id,category,share_low,share_base,share_high,source_id\n"
                    "baidu,cloud_giant,120%,150%,200%,seed002\n",
                    encoding="utf-8")
    return path


def megabyte_string(path: Path) -> Path:
    path.write_text(VENDOR_HEADER.strip() + ",description\n" + "baidu,百度,Baidu,北京市," + "长" * (1 << 20) + "\n",
                    encoding="utf-8")
    return path


def million_rows(path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("vendor_id,name_zh,name_en\n")
        out.writelines(f"v{n},厂商{n},Vendor {n}\n" for n in range(1_000_000))
    return path


def binary_as_csv(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04\x00\x00binary\x00\x00\xff\xfe" * 100)
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def deep_json(path: Path) -> Path:
    path.write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    return path
