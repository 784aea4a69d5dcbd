"""The largest inputs within every limit, validated: each must finish within 5 s and 500 MB.

The CSV holds MAX_TABLE_ROWS rows and MAX_CELLS cells in just under MAX_FILE_BYTES,
and every row has a problem (an unknown province), so that the problem list, its cap
and the "did you mean" hints are all at their worst. The XLSX holds xlsx_reader's
MAX_CELLS cells. Each run is a child process, so its peak memory is its own.
Run one child by hand: `python -m tests.benchmarks.bench_limits csv FILE`.
"""

from __future__ import annotations

import atexit
import functools
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

REPO = Path(__file__).resolve().parents[2]
MAX_RUNS = 3  # each run reads about 200 MB
FIELDS = ["vendor_id", "name_zh", "name_en", "hq_province", "hq_city", "tickers", "flagship_model", "description",
          "source_id", "note"]  # the last one is unknown to the table: one more problem


def worst_csv(folder: Path) -> Path:
    from workbench.storage.readers import MAX_CELLS, MAX_FILE_BYTES, MAX_TABLE_ROWS

    rows = min(MAX_TABLE_ROWS, MAX_CELLS // len(FIELDS))
    # Cells as long as the file size allows (about 200 bytes each), Chinese and ASCII mixed.
    room = (MAX_FILE_BYTES * 0.97) / rows - len(FIELDS)
    pad = "x" * int((room - 3 * 40 - 20) / (len(FIELDS) - 3))
    path = folder / "worst.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(",".join(FIELDS) + "\n")
        for n in range(rows):
            handle.write(",".join([f"syn{n:06d}", "合成" * 20, pad, f"Provincia {n}", pad, pad, pad, pad,
                                   "synthetic", pad]) + "\n")
    assert path.stat().st_size <= MAX_FILE_BYTES
    return path


def worst_xlsx(folder: Path) -> Path:
    from workbench.storage.xlsx_reader import MAX_CELLS

    rows = MAX_CELLS // len(FIELDS)
    path = folder / "worst.xlsx"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"

    def cell(text: str) -> str:
        return f'<c t="inlineStr"><is><t>{text}</t></is></c>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{package}"><Relationship '
                         f'Id="rId1" Type="{relations}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{relations}">'
                         '<sheets><sheet name="vendors" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="{package}">'
                         f'<Relationship Id="rId1" Type="{relations}/worksheet" Target="worksheets/sheet1.xml"/>'
                         '</Relationships>')
        sheet = io.StringIO()
        sheet.write(f'<?xml version="1.0"?><worksheet xmlns="{main}"><dimension ref="A1:J{rows + 1}"/><sheetData>')
        sheet.write("<row>" + "".join(cell(name) for name in FIELDS) + "</row>")
        for n in range(rows):
            sheet.write("<row>" + "".join(cell(text) for text in (
                f"syn{n:06d}", f"合成厂商{n}", f"Synthetic vendor {n}", f"Provincia {n}", "北京合成市", "",
                "合成模型", f"合成数据 {n}，仅供性能测试。", "synthetic", f"note {n}")) + "</row>")
        sheet.write("</sheetData></worksheet>")
        archive.writestr("xl/worksheets/sheet1.xml", sheet.getvalue())
    return path


@functools.lru_cache(maxsize=None)
def inputs() -> dict[str, Path]:
    folder = Path(tempfile.mkdtemp(prefix="workbench-bench-limits-"))
    atexit.register(shutil.rmtree, folder, True)  # about 200 MB
    return {"csv": worst_csv(folder), "xlsx": worst_xlsx(folder)}


def run_child(path: str) -> None:
    """Validate the file as the CLI does; print elapsed ms, peak resident MiB and the problem count."""
    import contextlib

    from workbench.cli import main

    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = main(["validate", path, "--table", "vendors"])
    elapsed_ms = (time.perf_counter() - started) * 1000
    with open("/proc/self/status") as status:  # VmHWM: ru_maxrss would start from the parent's size
        peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(json.dumps({"ms": elapsed_ms, "mib": peak_kib / 1024, "code": code,
                      "lines": out.getvalue().count("\n")}))


@functools.lru_cache(maxsize=None)
def runs(kind: str, repetitions: int) -> tuple[tuple[float, float], ...]:
    if not Path("/proc/self/status").exists():
        raise NotMeasured("peak memory is read from /proc (Linux)")
    found = []
    for _ in range(min(repetitions, MAX_RUNS)):
        done = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_limits", str(inputs()[kind])],
                              cwd=REPO, capture_output=True, text=True, timeout=300, env={**os.environ})
        if done.returncode != 0:
            raise NotMeasured(f"validate failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
        report = json.loads(done.stdout.splitlines()[-1])
        if report["code"] != 1 or report["lines"] > 1100:
            raise NotMeasured(f"expected a capped problem report, got {report}")
        found.append((report["ms"], report["mib"]))
    return tuple(found)


@benchmark("validate_worst_case", budget_ms=5000)
def validate_worst_case(repetitions: int) -> Measurement:
    return Measurement([ms for ms, _ in runs("csv", repetitions)])


@benchmark("validate_worst_case_memory", budget_ms=500, unit="MB")
def validate_worst_case_memory(repetitions: int) -> Measurement:
    return Measurement([mib for _, mib in runs("csv", repetitions)])


@benchmark("validate_worst_case_xlsx", budget_ms=5000)
def validate_worst_case_xlsx(repetitions: int) -> Measurement:
    return Measurement([ms for ms, _ in runs("xlsx", repetitions)])


@benchmark("validate_worst_case_xlsx_memory", budget_ms=500, unit="MB")
def validate_worst_case_xlsx_memory(repetitions: int) -> Measurement:
    return Measurement([mib for _, mib in runs("xlsx", repetitions)])


if __name__ == "__main__":
    run_child(sys.argv[1])
