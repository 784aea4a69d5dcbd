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


def test_national_totals_of_filings_and_registrations():
    assert float(metric("genai_filings")["national_total"]) == 327
    assert float(metric("genai_registrations")["national_total"]) == 227


def test_provinces_the_source_is_silent_on_are_empty_not_zero():
    assert province_value("genai_filings", TIBET) == ""
    registrations = [r["value"] for r in read_table("province_values") if r["metric_id"] == "genai_registrations"]
    assert registrations and all(value == "" for value in registrations)
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


def test_revenue_mix_keeps_the_seed_caveat_and_its_category():
    for row in read_table("revenue_mix"):
        assert "Preliminary estimate by product category" in row["caveat"], row["vendor_id"]
        assert row["category"], row["vendor_id"]
        assert row["source_id"], row["vendor_id"]
