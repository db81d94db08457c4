"""Damaging a database file as a failing disk or flash drive does: one page overwritten."""

import sqlite3
from pathlib import Path

GARBAGE = bytes(range(256))


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA page_size").fetchone()[0]


def _overwrite_page(path: Path, page: int, start: int = 0) -> None:
    size = _page_size(path)
    with open(path, "r+b") as f:
        f.seek((page - 1) * size + start)
        f.write((GARBAGE * (size // len(GARBAGE)))[: size - start])


def leaf_page_of(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno "
            "LIMIT 1 OFFSET 2",
            (table,),
        ).fetchone()[0]


def damage_table_page(path: Path, table: str = "peserta_didik") -> None:
    """One leaf page of ``table`` overwritten; every other page intact."""
    _overwrite_page(path, leaf_page_of(path, table))


def damage_schema_page(path: Path) -> None:
    """The schema (page 1) overwritten after the 100-byte file header."""
    _overwrite_page(path, 1, start=100)
