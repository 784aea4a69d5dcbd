"""Load an industry-chain firms CSV (up to millions of rows) into a column-oriented FirmTable.

pandas' C parser reads the file in chunks so that a caller can show progress and
cancel between them; each chunk's province, city and segment columns are
turned into small integer codes at once, so only the names stay as strings.
pandas is imported inside the functions: opening the window does not need it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..domain.provinces import resolve_province
from .problems import InputError, Problem
from .readers import sniff_encoding

if TYPE_CHECKING:
    from ..domain.firms import FirmTable

FIRMS_FILE = "firms.csv"
"""A dataset folder may hold this file beside datapackage.json; it is loaded on demand."""

CHUNK_ROWS = 10_000  # the parser holds the GIL for a whole chunk: ~20 ms at this size
MAX_PROBLEMS = 20  # a million bad rows make a report no one reads
# Headers accepted for each column, the field name first (compared case-insensitively).
HEADERS = {
    "name": ("name", "firm_name", "company", "企业名称", "名称"),
    "province_code": ("province_code", "province", "province_name", "省份", "省", "地区"),
    "city": ("city", "城市", "市"),
    "segment": ("segment", "chain_segment", "产业链环节", "环节"),
}
REQUIRED = ("name", "province_code")
SYNTHETIC_MARKER = "synthetic"  # a `synthetic` column (any value) marks generated benchmark data


class LoadCancelled(Exception):
    """The caller asked to stop; nothing was loaded."""


def firms_file_of(folder: str | Path) -> Path | None:
    """The firms CSV of a dataset folder, or None when it has none."""
    path = Path(folder) / FIRMS_FILE
    return path if path.is_file() else None


def load_firms(path: str | Path, progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None, chunk_rows: int = CHUNK_ROWS) -> "FirmTable":
    """Read the firms CSV at `path`.

    progress receives the fraction of the file read (0-1) after every chunk;
    when cancelled() turns true the load stops with LoadCancelled. Bad input
    raises InputError naming file, row and column.
    """
    import numpy as np
    import pandas as pd

    from ..domain.firms import FirmTable, PackedStrings

    path = Path(path)
    encoding, columns = _header(path)
    usecols = [columns[field] for field in HEADERS if field in columns]
    codes = {field: _Coder() for field in ("province_code", "city", "segment")}
    names = PackedStrings()  # packed chunk by chunk: a million str objects would cost ~100 MB more
    problems: list[Problem] = []
    rows_read = 0
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as handle:
        # Every cell as text, empty cells as "": ids keep their digits and no guessing is paid for.
        chunks = pd.read_csv(handle, encoding=encoding, usecols=usecols, dtype=str, na_filter=False,
                             chunksize=chunk_rows, engine="c")
        for chunk in _parsed(chunks, path.name, pd):
            if cancelled is not None and cancelled():
                raise LoadCancelled()
            chunk_names = chunk[columns["name"]].to_numpy(dtype=object)
            names.extend(chunk_names.tolist())
            for field, coder in codes.items():
                values = chunk[columns[field]] if field in columns else pd.Series([""] * len(chunk))
                coder.add(values, pd)
            problems += _row_problems(path.name, chunk_names, rows_read)
            rows_read += len(chunk)
            if progress is not None:
                progress(min(handle.tell() / size, 1.0))
    provinces, merged = codes["province_code"].resolve_provinces(path.name, problems)
    if problems:
        raise InputError(_capped(problems))
    province_codes = np.asarray(merged, dtype=np.int32)[codes["province_code"].codes(np)]
    return FirmTable(names.seal(), provinces, province_codes, codes["city"].values, codes["city"].codes(np),
                     codes["segment"].values, codes["segment"].codes(np),
                     synthetic=SYNTHETIC_MARKER in columns)


def _parsed(chunks: Any, source: str, pd: Any) -> Any:
    """The chunks, with the parser's errors turned into a problem report."""
    try:
        yield from chunks
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise InputError([Problem(source, None, None, f"not a readable CSV table: {message}")]) from None


def _header(path: Path) -> tuple[str, dict[str, str]]:
    """(encoding, {field: header as written}) read from the start of the file."""
    import csv

    try:
        with open(path, "rb") as handle:
            head = handle.read(64 * 1024)
    except OSError as exc:
        raise InputError([Problem(path.name, None, None, f"cannot be read: {exc.strerror or exc}")]) from None
    # Cut at the last line break so that a multi-byte character is never split.
    encoding = sniff_encoding(head[:head.rfind(b"\n") + 1] or head)
    if encoding is None:
        raise InputError([Problem(path.name, None, None,
                                  "the text is neither UTF-8 nor GB18030/GBK; save it as UTF-8 and try again")])
    first_line = head.decode(encoding, errors="replace").splitlines()[:1]
    header = next(csv.reader(first_line), [])
    columns: dict[str, str] = {}
    for written in header:
        folded = written.lstrip("\ufeff").strip().casefold()  # a GB18030 BOM stays in the text
        for field, aliases in HEADERS.items():
            if field not in columns and folded in aliases:
                columns[field] = written
        if folded == SYNTHETIC_MARKER:
            columns[SYNTHETIC_MARKER] = written
    missing = [field for field in REQUIRED if field not in columns]
    if missing:
        raise InputError([Problem(path.name, None, field, f"no {field} column; the header has: "
                                  f"{', '.join(header) or 'nothing'}") for field in missing])
    return encoding, columns


def _row_problems(source: str, names: Any, first_row: int) -> list[Problem]:
    empty = (names == "").nonzero()[0][:MAX_PROBLEMS]  # one comparison in C, not a loop over rows
    return [Problem(source, first_row + int(position) + 1, "name", "the firm has no name") for position in empty]


class _Coder:
    """Turns a text column, chunk after chunk, into codes into one list of distinct values."""

    def __init__(self):
        self.values: list[str] = []
        self._position: dict[str, int] = {}
        self._chunks: list[Any] = []

    def add(self, column: Any, pd: Any) -> None:
        chunk_codes, uniques = pd.factorize(column, sort=False)
        # Only the few distinct values of a chunk go through Python, never its rows.
        mapping = [self._position.setdefault(value, len(self._position)) for value in uniques]
        self.values = list(self._position)
        self._chunks.append((chunk_codes, mapping))

    def codes(self, np: Any) -> Any:
        parts = [np.asarray(mapping, dtype=np.int32)[chunk_codes] for chunk_codes, mapping in self._chunks]
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int32)

    def resolve_provinces(self, source: str, problems: list[Problem]) -> tuple[list[str], list[int]]:
        """(distinct province codes, each distinct text's position among them).

        Texts may be codes or names ("110000", "北京市" and "Beijing" are one
        province); the unknown ones are reported with the first row they are on.
        """
        position_of_code: dict[str, int] = {}
        merged = []
        for index, text in enumerate(self.values):
            code = resolve_province(text) if text.strip() else None
            if code is None:
                what = f"unknown province {text!r}" if text.strip() else "the province is empty"
                problems.append(Problem(source, self._first_row_of(index), "province_code", what))
                code = text
            merged.append(position_of_code.setdefault(code, len(position_of_code)))
        return list(position_of_code), merged

    def _first_row_of(self, value_index: int) -> int:
        offset = 0
        for chunk_codes, mapping in self._chunks:
            if value_index in mapping:
                return offset + int((chunk_codes == mapping.index(value_index)).argmax()) + 1
            offset += len(chunk_codes)
        return 0


def _capped(problems: list[Problem]) -> list[Problem]:
    problems = sorted(problems, key=lambda problem: problem.row or 0)
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return problems[:MAX_PROBLEMS] + [Problem(problems[0].file, None, None, f"… and {rest:,} more problems")]
