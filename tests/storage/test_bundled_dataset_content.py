"""The bundled dataset carries the seed figures, cited, and nothing invented.

Reads the CSV files with the standard library only, so a loader bug cannot hide a
content error (and the other way round).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from workbench.domain.entities import PEST_CATEGORIES, SWOT_CATEGORIES, field_names
from workbench.domain.provinces import PROVINCES
from workbench.domain.tables import TABLE_SPECS

DATASET = Path(__file__).resolve().parents[2] / "datasets" / "cn-multimodal-llm-2025"
BEIJING, SHANGHAI, GUANGDONG, TIBET = "110000", "310000", "440000", "540000"


def read_table(name: str) -> list[dict[str, str]]:
    with open(DATASET / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def province_value(metric_id: str, province_code: str) -> str:
    rows = [r for r in read_table("province_values")
            if r["metric_id"] == metric_id and r["province_code"] == province_code]
    assert len(rows) == 1, f"expected one {metric_id} row for {province_code}, found {len(rows)}"
    return rows[0]["value"]


def metric(metric_id: str) -> dict[str, str]:
    return next(r for r in read_table("metrics") if r["metric_id"] == metric_id)


@pytest.mark.parametrize("spec", TABLE_SPECS, ids=lambda spec: spec.name)
def test_csv_header_equals_the_entity_fields(spec):
    with open(DATASET / f"{spec.name}.csv", encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == field_names(spec.entity_type)


def test_datapackage_lists_every_table_in_order_with_its_key():
    package = json.loads((DATASET / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "cn-multimodal-llm-2025"
    resources = package["resources"]
    assert [r["name"] for r in resources] == [spec.name for spec in TABLE_SPECS]
    for resource, spec in zip(resources, TABLE_SPECS):
        assert resource["path"] == f"{spec.name}.csv"
        assert resource["schema"]["primaryKey"] == list(spec.key_fields)
        assert [f["name"] for f in resource["schema"]["fields"]] == list(field_names(spec.entity_type))


def test_csv_files_have_no_byte_order_mark():
    for spec in TABLE_SPECS:
        assert not (DATASET / f"{spec.name}.csv").read_bytes().startswith(b"\xef\xbb\xbf"), spec.name


def test_seed_filings_by_province():
    assert province_value("genai_filings", BEIJING) == "105"
    assert province_value("genai_filings", SHANGHAI) == "66"
    assert province_value("genai_filings", GUANGDONG) == "39"


def key_figure(figure_id: str) -> dict[str, str]:
    return next(r for r in read_table("key_figures") if r["figure_id"] == figure_id)


def test_national_totals_of_filings_and_registrations():
    assert float(metric("genai_filings")["national_total"]) == 327
    # Registrations have a national total only: a key figure, not a map layer of 34 blanks.
    assert float(key_figure("registrations-2025-04")["value"]) == 227
    assert "genai_registrations" not in {r["metric_id"] for r in read_table("metrics")}


def test_every_map_layer_has_data_for_some_province():
    rows = read_table("province_values")
    for row in read_table("metrics"):
        assert any(r["value"] for r in rows if r["metric_id"] == row["metric_id"]), row["metric_id"]


def test_the_346_total_is_xinhuas_and_the_blog_gives_only_the_provinces():
    assert metric("genai_filings_346")["source_id"] == "xinhua_2025_04"
    cited = {r["source_id"] for r in read_table("province_values") if r["metric_id"] == "genai_filings_346" and r["value"]}
    assert cited == {"blog_346"}


def test_minimax_is_based_in_shanghai_and_stays_in_beijings_cluster():
    minimax = next(r for r in read_table("vendors") if r["vendor_id"] == "minimax")
    assert (minimax["hq_province"], minimax["hq_city"], minimax["source_id"]) == (SHANGHAI, "上海", "analyst")
    beijing = next(r for r in read_table("clusters") if r["cluster_id"] == "beijing")
    assert "MiniMax" in beijing["firms"] and beijing["source_id"] == "seed002_clusters"


def test_tickers_cite_seed_000_where_it_gives_them_and_the_analyst_elsewhere():
    vendors = {r["vendor_id"]: r for r in read_table("vendors")}
    assert vendors["sensetime"]["tickers"] == "0020.HK" and vendors["sensetime"]["tickers_source_id"] == "analyst"
    seed_tickers = {"alibaba": "09988.HK/BABA.US", "baidu": "09888.HK/BIDU.US", "tencent": "00700.HK/TCEHY",
                    "iflytek": "002230.SZ", "wondershare": "300624.SZ", "qihoo360": "601360.SH",
                    "kunlun": "300418.SZ", "cloudwalk": "688327.SH", "trs": "300229.SZ"}
    for vendor_id, tickers in seed_tickers.items():
        assert (vendors[vendor_id]["tickers"], vendors[vendor_id]["tickers_source_id"]) == (tickers, "seed000_tickers")
    for row in vendors.values():
        assert bool(row["tickers"]) == bool(row["tickers_source_id"]), row["vendor_id"]


def test_cluster_coordinates_cite_the_analyst():
    assert {r["coordinates_source_id"] for r in read_table("clusters")} == {"analyst"}


def test_every_source_has_publisher_title_and_date():
    for number, row in enumerate(read_table("sources"), start=2):
        assert row["publisher"] and row["title"] and row["published"], f"sources.csv row {number}"


def test_seed_sections_are_cited_by_their_own_headings():
    sources = {r["source_id"]: r for r in read_table("sources")}
    assert sources["seed000_regions"]["citation"].endswith("行业竞争格局 › 1、区域竞争：京沪粤浙苏占比近八成")
    assert "第6页" in sources["seed003_p6"]["citation"]
    batches = {r["batch_id"]: r["source_id"] for r in read_table("filing_batches")}
    assert batches["gai-2024-11"] == "seed003_p6" and batches["gai-2025-03-xinhua"] == "xinhua_2025_04"


def test_the_2023_llm_market_more_than_doubled_in_the_swot():
    entry = next(r for r in read_table("analysis_entries") if r["entry_id"] == "swot-ind-s5")
    assert "一倍以上" in entry["text"] and "接近" not in entry["text"]


def test_key_figures_hold_the_token_price_trend():
    prices = [(r["period"], float(r["value"])) for r in read_table("key_figures") if r["topic"] == "token_price"]
    assert prices == [("2023H1", 300), ("2023H2", 50), ("2024H1", 20), ("2024H2", 1.5)]


def test_provinces_the_source_is_silent_on_are_empty_not_zero():
    assert province_value("genai_filings", TIBET) == ""
    every_value = [r["value"] for r in read_table("province_values")]
    assert "0" not in every_value and "0.0" not in every_value


def test_every_metric_has_one_row_per_province():
    rows = read_table("province_values")
    for row in read_table("metrics"):
        codes = sorted(r["province_code"] for r in rows if r["metric_id"] == row["metric_id"])
        assert codes == sorted(p.code for p in PROVINCES), row["metric_id"]


def test_twenty_vendors_each_placed_once():
    vendor_ids = [r["vendor_id"] for r in read_table("vendors")]
    assert len(vendor_ids) == len(set(vendor_ids)) == 20
    placements = read_table("tier_placements")
    assert sorted(r["vendor_id"] for r in placements) == sorted(vendor_ids)
    assert Counter(r["baseline_tier"] for r in placements).keys() == {"1", "2", "3", "4"}


def test_baidu_leads_the_baseline_ranking():
    placements = {r["vendor_id"]: r for r in read_table("tier_placements")}
    assert placements["baidu"]["baseline_rank"] == "1"
    assert placements["baidu"]["baseline_tier"] == "1"


def test_tier_one_compute_is_about_twice_tier_four():
    tier_of = {r["vendor_id"]: r["baseline_tier"] for r in read_table("tier_placements")}
    compute = [(tier_of[r["vendor_id"]], float(r["value"])) for r in read_table("scores")
               if r["dimension_id"] == "compute"]

    def mean(tier: str) -> float:
        values = [v for t, v in compute if t == tier]
        return sum(values) / len(values)

    assert 1.7 <= mean("1") / mean("4") <= 2.3


def test_industry_swot_and_pest_are_filled():
    entries = [r for r in read_table("analysis_entries") if r["scope"] == "industry"]
    swot = Counter(r["category"] for r in entries if r["framework"] == "swot")
    pest = Counter(r["category"] for r in entries if r["framework"] == "pest")
    assert all(swot[c] >= 4 for c in SWOT_CATEGORIES), swot
    assert all(pest[c] >= 3 for c in ("political", "economic", "social", "technological")), pest
    assert set(pest) <= set(PEST_CATEGORIES)


def test_vendor_swot_covers_at_least_five_vendors():
    vendor_ids = {r["vendor_id"] for r in read_table("vendors")}
    scopes = {r["scope"] for r in read_table("analysis_entries") if r["framework"] == "swot"} - {"industry"}
    assert scopes <= vendor_ids
    assert len(scopes) >= 5


@pytest.mark.parametrize("spec", [s for s in TABLE_SPECS if s.name != "sources" and "source_id" in field_names(s.entity_type)],
                         ids=lambda spec: spec.name)
def test_every_figure_row_cites_an_existing_source(spec):
    source_ids = {r["source_id"] for r in read_table("sources")}
    for number, row in enumerate(read_table(spec.name), start=2):
        assert row["source_id"] in source_ids, f"{spec.name}.csv row {number}: source {row['source_id']!r}"
        for name in ("tickers_source_id", "coordinates_source_id"):
            assert row.get(name, "") in source_ids | {""}, f"{spec.name}.csv row {number}: {name}"


def test_revenue_mix_keeps_the_seed_caveat_and_its_category():
    for row in read_table("revenue_mix"):
        assert "Preliminary estimate by product category" in row["caveat"], row["vendor_id"]
        assert row["category"], row["vendor_id"]
        assert row["source_id"], row["vendor_id"]


def test_the_bundled_firms_are_the_cluster_firms_seed_002_names():
    from workbench.storage.firms_loader import firms_file_of, load_firms

    firms = load_firms(firms_file_of(DATASET))
    assert len(firms) == 16
    rows = list(csv.DictReader(firms_file_of(DATASET).open(encoding="utf-8")))
    assert {row["source_id"] for row in rows} == {"seed002_clusters"}
    by_city = {city: sum(1 for row in rows if row["city"] == city) for city in ("北京", "深圳", "杭州")}
    assert by_city == {"北京": 6, "深圳": 8, "杭州": 2}
