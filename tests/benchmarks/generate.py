"""Generate a scaled, SYNTHETIC workspace for the benchmarks; none of its added rows are facts.

    python -m tests.benchmarks.generate OUT_FOLDER [--vendors 2000] [--entries 5000] [--firms 1000000]

The folder is the bundled dataset plus generated vendors (with scores and
revenue mix estimates), SWOT/PEST entries and a firms.csv of industry-chain firms
with province and city. Every generated row cites the source `synthetic`, and
names, cities and the dataset title say "合成 / synthetic", so the data cannot
be mistaken for the seed reports. The same arguments give the same files.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

from workbench.domain.entities import INDUSTRY_SCOPE, PEST_CATEGORIES, SWOT_CATEGORIES
from workbench.domain.provinces import PROVINCES
from workbench.storage.firms_loader import FIRMS_FILE
from workbench.storage.opening import BUNDLED_DATASET

VENDORS, ENTRIES, FIRMS = 2_000, 5_000, 1_000_000
SOURCE_ID = "synthetic"
SEED = 2025
SEGMENTS = ("基础层·算力", "基础层·数据", "模型层", "应用层")
CITIES_PER_PROVINCE = 10
FORMAT_VERSION = 2  # bump when the generated files change, so cached copies are rebuilt
_DONE = ".complete"


def generate(folder: str | Path, vendors: int = VENDORS, entries: int = ENTRIES, firms: int = FIRMS) -> Path:
    """Write the scaled dataset into `folder` (created, or emptied first) and return it."""
    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(BUNDLED_DATASET, folder)
    random = np.random.default_rng(SEED)
    # A few large provinces and a long tail, as firm counts tend to be.
    weights = 1.0 / np.arange(1, len(PROVINCES) + 1) ** 1.1
    weights = random.permutation(weights / weights.sum())

    _append(folder / "sources.csv", [[SOURCE_ID, "Workbench benchmarks", "合成数据 Synthetic benchmark data",
                                      "2025", "", "", "low", "Generated for performance tests; not facts."]])
    vendor_ids = [row[0] for row in _read(folder / "vendors.csv")]
    dimensions = [row[0] for row in _read(folder / "dimensions.csv")]
    new_vendors = [f"syn{number:05d}" for number in range(1, max(vendors - len(vendor_ids), 0) + 1)]
    homes = random.choice(len(PROVINCES), size=len(new_vendors), p=weights)
    _append(folder / "vendors.csv", [
        [vendor, f"合成厂商{vendor[3:]}", f"Synthetic vendor {vendor[3:]}", PROVINCES[home].code,
         f"{PROVINCES[home].short_zh}合成市", "", "", "合成数据，仅供性能测试。", SOURCE_ID, ""]
        for vendor, home in zip(new_vendors, homes)])
    scores = random.integers(20, 90, size=(len(new_vendors), len(dimensions)))
    _append(folder / "scores.csv", [[vendor, dimension, str(value), "assessment", SOURCE_ID, ""]
                                    for vendor, row in zip(new_vendors, scores)
                                    for dimension, value in zip(dimensions, row)])
    shares = random.uniform(0.001, 0.02, size=len(new_vendors)).round(4)
    _append(folder / "revenue_mix.csv", [
        [vendor, "project_based", str(share), str(share), str(share), "synthetic", "estimate", SOURCE_ID, "synthetic"]
        for vendor, share in zip(new_vendors, shares)])
    _append(folder / "analysis_entries.csv", _entries(random, vendor_ids + new_vendors,
                                                      max(entries - _count(folder / "analysis_entries.csv"), 0)))
    _write_firms(folder / FIRMS_FILE, random, weights, firms)

    package_path = folder / "datapackage.json"
    package = json.loads(package_path.read_text(encoding="utf-8"))
    package["name"] = "synthetic-scaled"
    package["title"] = f"SYNTHETIC benchmark workspace ({vendors:,} vendors, {firms:,} firms)"
    package["description"] = "The bundled dataset plus generated rows for performance tests. Not real data."
    package_path.write_text(json.dumps(package, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / _DONE).write_text(f"{FORMAT_VERSION}\n", encoding="utf-8")
    return folder


def scaled_dataset(vendors: int = VENDORS, entries: int = ENTRIES, firms: int = FIRMS) -> Path:
    """The scaled dataset in the temporary folder, generated on first use and reused after."""
    folder = Path(tempfile.gettempdir()) / f"workbench-scaled-v{FORMAT_VERSION}-{vendors}-{entries}-{firms}"
    if not (folder / _DONE).is_file():
        generate(folder, vendors, entries, firms)
    return folder


def _entries(random: np.random.Generator, vendor_ids: list[str], count: int) -> list[list[str]]:
    rows = []
    for number in range(1, count + 1):
        framework = "swot" if number % 2 else "pest"
        categories = SWOT_CATEGORIES if framework == "swot" else PEST_CATEGORIES
        scope = INDUSTRY_SCOPE if number % 10 == 0 else vendor_ids[int(random.integers(len(vendor_ids)))]
        impact, likelihood = random.integers(1, 6, size=2)
        rows.append([f"syn-{framework}-{number:05d}", framework, scope, categories[number % len(categories)],
                     f"合成条目 {number}：仅供性能测试的示例文字。", str(impact), str(likelihood),
                     "synthetic", SOURCE_ID, "synthetic"])
    return rows


def _write_firms(path: Path, random: np.random.Generator, weights: np.ndarray, count: int) -> None:
    cities = [f"{province.short_zh}合成市{number:02d}" for province in PROVINCES
              for number in range(1, CITIES_PER_PROVINCE + 1)]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("firm_id,name,province_code,city,segment,synthetic\n")
        for start in range(0, count, 100_000):
            size = min(100_000, count - start)
            homes = random.choice(len(PROVINCES), size=size, p=weights)
            city_numbers = random.integers(CITIES_PER_PROVINCE, size=size)
            segments = random.choice(len(SEGMENTS), size=size, p=(0.1, 0.15, 0.15, 0.6))
            out.write("".join(
                f"F{start + offset + 1:07d},合成企业{start + offset + 1:07d},{PROVINCES[home].code},"
                f"{cities[home * CITIES_PER_PROVINCE + city]},{SEGMENTS[segment]},1\n"
                for offset, (home, city, segment) in enumerate(zip(homes.tolist(), city_numbers.tolist(),
                                                                   segments.tolist()))))


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[1:]


def _count(path: Path) -> int:
    return len(_read(path))


def _append(path: Path, rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8")
    with open(path, "a", encoding="utf-8", newline="") as out:
        if text and not text.endswith("\n"):
            out.write("\n")
        csv.writer(out, lineterminator="\n").writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="where to write the dataset (replaced if it exists)")
    parser.add_argument("--vendors", type=int, default=VENDORS)
    parser.add_argument("--entries", type=int, default=ENTRIES, help="SWOT/PEST entries in all")
    parser.add_argument("--firms", type=int, default=FIRMS)
    args = parser.parse_args(argv)
    if min(args.vendors, args.entries, args.firms) < 0:
        parser.error("counts cannot be negative")
    print(generate(args.folder, args.vendors, args.entries, args.firms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
