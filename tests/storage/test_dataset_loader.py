"""Loading dataset folders all or nothing, and importing single table files."""

from __future__ import annotations

import csv
import json
from dataclasses import fields
from pathlib import Path

import openpyxl
import pytest

from workbench.domain import entities as e
from workbench.domain.tables import SPECS_BY_NAME, TABLE_SPECS
from workbench.storage.dataset import load_dataset, load_table_file, validate_dataset
from workbench.storage.entity_schema import schema_for
from workbench.storage.problems import Problem

BUNDLED = Path(__file__).resolve().parents[2] / "datasets" / "cn-multimodal-llm-2025"

TABLES = {
    "sources": [{"source_id": "s1", "publisher": "前瞻产业研究院", "title": "行业报告", "published": "2025-04",
                 "confidence": "high"}],
    "vendors": [
        {"vendor_id": "baidu", "name_zh": "百度", "name_en": "Baidu", "hq_province": "110000", "source_id": "s1"},
        {"vendor_id": "00123", "name_zh": "示例", "name_en": "Sample", "hq_province": "440000", "source_id": "s1"},
    ],
    "dimensions": [{"dimension_id": "tech", "name_zh": "技术", "name_en": "Technology", "weight": "40"}],
    "scores": [{"vendor_id": "baidu", "dimension_id": "tech", "value": "88.5", "kind": "assessment",
                "source_id": "s1"},
               {"vendor_id": "00123", "dimension_id": "tech", "value": "", "kind": "assessment"}],
    "analysis_entries": [{"entry_id": "a1", "framework": "swot", "scope": "industry", "category": "strength",
                          "text": "多模态融合", "impact": "4", "likelihood": "3"},
                         {"entry_id": "a2", "framework": "pest", "scope": "baidu", "category": "political",
                          "text": "备案制度", "impact": "3", "likelihood": "5"}],
}


def write_dataset(folder: Path, tables: dict[str, list[dict]] = TABLES, edit=None) -> Path:
    """A dataset folder in the bundled format; `edit(package)` may spoil the descriptor."""
    folder.mkdir(exist_ok=True)
    resources = []
    for spec in TABLE_SPECS:
        if spec.name not in tables:
            continue
        columns = [f.name for f in fields(spec.entity_type)]
        with open(folder / f"{spec.name}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns, restval="")
            writer.writeheader()
            writer.writerows(tables[spec.name])
        resources.append({"name": spec.name, "path": f"{spec.name}.csv", "format": "csv", "encoding": "utf-8",
                          "schema": schema_for(spec)})
    package = {"name": "test-set", "title": "测试数据集", "resources": resources}
    if edit:
        edit(package)
    (folder / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    return folder


def with_row(table: str, **changes) -> dict[str, list[dict]]:
    tables = {name: [dict(r) for r in rows] for name, rows in TABLES.items()}
    tables[table][0].update(changes)
    return tables


def test_clean_dataset_loads_every_table(tmp_path):
    result = load_dataset(write_dataset(tmp_path / "set"))
    assert result.problems == []
    ws = result.workspace
    assert ws.info.title == "测试数据集" and ws.info.dataset_name == "test-set"
    assert [v.vendor_id for v in ws.vendors] == ["baidu", "00123"]  # ids stay text
    assert ws.scores.get(("baidu", "tech")).value == 88.5
    assert ws.scores.get(("00123", "tech")).value is None  # a missing figure, not zero
    assert ws.dimensions.get(("tech",)).weight == 40.0 and isinstance(ws.dimensions.get(("tech",)).weight, float)
    assert ws.analysis_entries.get(("a1",)).impact == 4
    assert len(ws.tiers) == 0  # absent from the package: empty
    assert validate_dataset(tmp_path / "set") == []


def single_problem(folder: Path) -> Problem:
    result = load_dataset(folder)
    assert result.workspace is None  # nothing is half-loaded
    assert len(result.problems) == 1, result.problems
    return result.problems[0]


def test_duplicate_primary_key(tmp_path):
    tables = with_row("vendors")
    tables["vendors"].append(dict(tables["vendors"][0], name_zh="重复"))
    problem = single_problem(write_dataset(tmp_path / "d", tables))
    assert problem == Problem("vendors.csv", 3, "vendor_id", "duplicate primary key 'baidu' (first at row 1)")


def test_non_numeric_and_infinite_numbers(tmp_path):
    problem = single_problem(write_dataset(tmp_path / "a", with_row("scores", value="高")))
    assert problem == Problem("scores.csv", 1, "value", "'高' is not a number")
    problem = single_problem(write_dataset(tmp_path / "b", with_row("scores", value="inf")))
    assert problem == Problem("scores.csv", 1, "value", "'inf' is not a finite number")
    problem = single_problem(write_dataset(tmp_path / "c", with_row("dimensions", weight="NaN")))
    assert problem == Problem("dimensions.csv", 1, "weight", "'NaN' is not a finite number")


def test_missing_required_column(tmp_path):
    folder = write_dataset(tmp_path / "m")
    lines = (folder / "dimensions.csv").read_text(encoding="utf-8").splitlines()
    (folder / "dimensions.csv").write_text("\n".join(line.rsplit(",", 1)[0] for line in lines), encoding="utf-8")
    assert single_problem(folder) == Problem("dimensions.csv", None, "weight", "missing required column")


def test_foreign_key_to_a_missing_source(tmp_path):
    problem = single_problem(write_dataset(tmp_path / "f", with_row("scores", source_id="s404")))
    assert problem == Problem("scores.csv", 1, "source_id", "'s404' is not a source_id in sources")


def test_foreign_keys_hold_even_when_the_package_omits_them(tmp_path):
    def drop_foreign_keys(package):
        for resource in package["resources"]:
            resource["schema"].pop("foreignKeys")

    folder = write_dataset(tmp_path / "f", with_row("scores", vendor_id="nobody"), edit=drop_foreign_keys)
    assert single_problem(folder) == Problem("scores.csv", 1, "vendor_id", "'nobody' is not a vendor_id in vendors")


def test_domain_rules_apply(tmp_path):
    problem = single_problem(write_dataset(tmp_path / "r", with_row("scores", value="120")))
    assert problem == Problem("scores.csv", 1, "value", "120 is above the maximum 100")


def test_analysis_scope_must_be_industry_or_a_vendor(tmp_path):
    problem = single_problem(write_dataset(tmp_path / "s", with_row("analysis_entries", scope="tencent")))
    assert problem == Problem("analysis_entries.csv", 1, "scope", "'tencent' is neither 'industry' nor a vendor_id in vendors")


@pytest.mark.parametrize("written, message", [
    ("内蒙", "unknown province '内蒙'; did you mean 内蒙古自治区 (150000)?"),
    ("Guangdong Province", "unknown province 'Guangdong Province'; did you mean 广东省 (440000)?"),
    ("广东省", "'广东省' is a province name; write its code 440000 (广东省)"),
    ("999999", "unknown province '999999'"),
])
def test_unknown_province_code_with_suggestion(tmp_path, written, message):
    problem = single_problem(write_dataset(tmp_path / "p", with_row("vendors", hq_province=written)))
    assert problem == Problem("vendors.csv", 1, "hq_province", message)


@pytest.mark.parametrize("path", ["../outside.csv", "/etc/passwd", "sub/../../x.csv", "C:\\data\\x.csv",
                                  "..\\x.csv"])
def test_path_escaping_the_folder_is_refused(tmp_path, path):
    (tmp_path / "outside.csv").write_text("source_id,publisher,title\n", encoding="utf-8")

    def escape(package):
        package["resources"][0]["path"] = path

    problem = single_problem(write_dataset(tmp_path / "e", edit=escape))
    assert problem.file == "datapackage.json"
    assert problem.message == f"resource 1 (sources): path {path!r} leads outside the dataset folder"


def test_symlink_out_of_the_folder_is_refused(tmp_path):
    (tmp_path / "outside.csv").write_text("source_id,publisher,title\n", encoding="utf-8")
    folder = write_dataset(tmp_path / "l")
    (folder / "sources.csv").unlink()
    (folder / "sources.csv").symlink_to(tmp_path / "outside.csv")
    assert "leads outside the dataset folder" in single_problem(folder).message


def test_missing_file_and_unknown_table(tmp_path):
    folder = write_dataset(tmp_path / "x")
    (folder / "scores.csv").unlink()
    assert single_problem(folder).message == "resource 4 (scores): file 'scores.csv' not found"

    def unknown(package):
        package["resources"].append({"name": "rumours", "path": "rumours.csv"})

    assert "unknown table 'rumours'" in single_problem(write_dataset(tmp_path / "y", edit=unknown)).message


def test_schema_field_the_entity_lacks(tmp_path):
    def retype(package):
        package["resources"][2]["schema"]["fields"][3]["type"] = "string"  # dimensions.weight

    problem = single_problem(write_dataset(tmp_path / "t", edit=retype))
    assert problem == Problem("dimensions.csv", None, "weight",
                              "the schema declares type 'string'; dimensions needs 'number'")


@pytest.mark.parametrize("text, message", [
    ('{"name": "x", "resources": [', "not valid JSON"),
    ("[1, 2]", "must be a JSON object"),
    ('{"name": "x"}', 'has no "resources" list'),
])
def test_malformed_datapackage(tmp_path, text, message):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "datapackage.json").write_text(text, encoding="utf-8")
    problem = single_problem(folder)
    assert problem.file == "datapackage.json" and problem.message.startswith(message)


def test_not_a_folder(tmp_path):
    assert single_problem(tmp_path / "nowhere").message == "no such dataset folder"
    assert single_problem(tmp_path).message == "file not found"  # no datapackage.json


def test_bundled_dataset_loads_without_problems():
    result = load_dataset(BUNDLED)
    assert result.problems == []
    assert len(result.workspace.vendors) > 0 and len(result.workspace.sources) > 0


# --- single table files -------------------------------------------------------

def test_schema_for_derives_types_keys_and_references():
    schema = schema_for(SPECS_BY_NAME["scores"])
    types = {f["name"]: (f["type"], f["constraints"]["required"]) for f in schema["fields"]}
    assert types == {"vendor_id": ("string", True), "dimension_id": ("string", True), "value": ("number", False),
                     "kind": ("string", False), "source_id": ("string", False), "note": ("string", False)}
    assert schema["primaryKey"] == ["vendor_id", "dimension_id"]
    assert {fk["reference"]["resource"] for fk in schema["foreignKeys"]} == {"vendors", "dimensions", "sources"}
    tiers = {f["name"]: f["type"] for f in schema_for(SPECS_BY_NAME["tiers"])["fields"]}
    assert tiers["tier_id"] == "integer" and tiers["min_score"] == "number"


def test_import_gbk_csv_with_province_names(tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_bytes("Vendor_ID,name_zh,name_en,省份\n00123,百度,Baidu,北京\nali,阿里巴巴,Alibaba,Zhejiang\n"
                     .encode("gbk"))
    records, problems = load_table_file(path, "vendors")
    assert problems == []
    assert records == [e.Vendor("00123", "百度", "Baidu", hq_province="110000"),
                       e.Vendor("ali", "阿里巴巴", "Alibaba", hq_province="330000")]


def test_import_reports_unknown_province_names(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("vendor_id;name_zh;name_en;hq_province\na;甲;A;内蒙\nb;乙;B;Guangdong Province\n",
                    encoding="utf-8")
    records, problems = load_table_file(path, "vendors")
    assert records == []
    assert problems == [
        Problem("v.csv", 1, "hq_province", "unknown province '内蒙'; did you mean 内蒙古自治区 (150000)?"),
        Problem("v.csv", 2, "hq_province", "unknown province 'Guangdong Province'; did you mean 广东省 (440000)?"),
    ]


def test_import_xlsx_fills_defaults_for_absent_columns(tmp_path):
    workbook = openpyxl.Workbook()
    for row in (["vendor_id", "dimension_id", "value"], ["baidu", "tech", 88], ["ali", "tech", None]):
        workbook.active.append(row)
    workbook.save(tmp_path / "scores.xlsx")
    records, problems = load_table_file(tmp_path / "scores.xlsx", "scores")
    assert problems == []
    assert records == [e.Score("baidu", "tech", 88.0), e.Score("ali", "tech", None)]
    assert records[0].kind == e.Kind.ASSESSMENT.value


def test_import_reports_schema_and_rule_problems(tmp_path):
    path = tmp_path / "scores.json"
    path.write_text(json.dumps([{"vendor_id": "a", "dimension_id": "d", "value": "NaN"},
                                {"vendor_id": "a", "dimension_id": "e", "value": 101},
                                {"vendor_id": "", "dimension_id": "d", "value": 5, "colour": "red"},
                                {"vendor_id": "a", "dimension_id": "d", "value": 5}]),
                    encoding="utf-8")
    records, problems = load_table_file(path, "scores")
    assert records == []
    assert set(problems) == {
        Problem("scores.json", None, "colour", "unknown column"),
        Problem("scores.json", 1, "value", "'NaN' is not a finite number"),
        Problem("scores.json", 3, "vendor_id", "a value is required"),
        Problem("scores.json", 4, "vendor_id, dimension_id", "duplicate primary key ('a', 'd') (first at row 1)"),
        Problem("scores.json", 2, "value", "101 is above the maximum 100"),  # well typed, refused by the schema
    }


def test_import_unreadable_file_and_unknown_table(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,a\n1,2\n", encoding="utf-8")
    assert load_table_file(path, "vendors")[1][0].message == "the column name appears more than once in the header"
    assert load_table_file(path, "gossip")[1] == [Problem("x.csv", None, None, "unknown table 'gossip'")]


def test_a_broken_table_is_reported_once_not_through_its_references(tmp_path):
    folder = write_dataset(tmp_path / "b")
    (folder / "vendors.csv").write_text("vendor_id,vendor_id\n", encoding="utf-8")
    assert single_problem(folder) == Problem("vendors.csv", None, "vendor_id",
                                             "the column name appears more than once in the header")


# ---------------------------------------------------------------- every figure cited


def test_a_figure_without_a_source_is_refused(tmp_path):
    problem = single_problem(write_dataset(tmp_path / "c", with_row("scores", source_id="")))
    assert problem == Problem("scores.csv", 1, "source_id", "this figure has no source; cite one from sources")


def test_a_row_without_a_figure_needs_no_source(tmp_path):
    # 00123's score is empty ("not known"): nothing to cite.
    assert load_dataset(write_dataset(tmp_path / "n")).problems == []


@pytest.mark.parametrize("field", ["publisher", "title", "published"])
def test_a_cited_source_lacking_publisher_title_or_date_is_refused(tmp_path, field):
    problems = load_dataset(write_dataset(tmp_path / "s", with_row("sources", **{field: ""}))).problems
    mine = [p for p in problems if p.column == field and "cited" in p.message]
    assert len(mine) == 1 and (mine[0].file, mine[0].row) == ("sources.csv", 1)
    assert "'s1' is cited by figures but has no" in mine[0].message


def test_a_publication_date_must_read_as_a_date(tmp_path):
    problem = single_problem(write_dataset(tmp_path / "d", with_row("sources", published="spring 2025")))
    assert problem == Problem("sources.csv", 1, "published", "'spring 2025' is not a date like 2025, 2025-04 or 2025-04-08")


def test_a_source_nobody_cites_may_be_incomplete(tmp_path):
    tables = with_row("sources")
    tables["sources"].append({"source_id": "draft", "title": "未完成", "confidence": "low"})
    assert load_dataset(write_dataset(tmp_path / "u", tables)).problems == []


def test_a_field_with_its_own_source_falls_back_on_the_rows(tmp_path):
    tables = with_row("vendors", tickers="09888.HK", tickers_source_id="")
    assert load_dataset(write_dataset(tmp_path / "t", tables)).problems == []
    tables = with_row("vendors", tickers="09888.HK", tickers_source_id="s404")
    problem = single_problem(write_dataset(tmp_path / "u", tables))
    assert (problem.file, problem.row, problem.column) == ("vendors.csv", 1, "tickers_source_id")
