"""XLSX formula cells saved without their calculated value: refused naming sheet, cell and formula."""

from __future__ import annotations

from tests.reliability.corpus.hostile_xlsx import SHEET, plain_workbook, with_member
from workbench.storage.dataset import load_table_file

ROWS = [["vendor_id", "name_zh", "name_en"], ["v1", "百度", "Baidu"], ["v2", "阿里", '=C2&" Cloud"']]


def test_a_formula_without_a_saved_value_is_refused_not_imported_empty(tmp_path):
    path = plain_workbook(tmp_path / "vendors.xlsx", ROWS)  # openpyxl saves formulas without values
    records, problems = load_table_file(path, "vendors")
    assert records == []
    [problem] = problems
    assert "cell C3" in problem.message and '=C2&" Cloud"' in problem.message
    assert "Sheet" in problem.message  # the sheet's name


def test_a_formula_with_its_saved_value_imports_the_value(tmp_path):
    path = plain_workbook(tmp_path / "vendors.xlsx", ROWS)
    with_member(path, SHEET, lambda data: data.replace(b"<v></v>", b"<v>Baidu Cloud</v>")
                .replace(b'<c r="C3">', b'<c r="C3" t="str">'))
    records, problems = load_table_file(path, "vendors")
    assert problems == []
    assert {v.vendor_id: v.name_en for v in records} == {"v1": "Baidu", "v2": "Baidu Cloud"}


def test_many_formulas_without_values_are_counted_after_the_first_ones(tmp_path):
    rows = [["vendor_id", "name_zh", "name_en"]] + [[f"v{i}", "名", f"=A{i + 2}"] for i in range(50)]
    records, problems = load_table_file(plain_workbook(tmp_path / "vendors.xlsx", rows), "vendors")
    assert records == [] and len(problems) == 21
    assert "30 more formula cells" in problems[-1].message
