"""Applying a package's rows to the school's tables, table by table in batches.

Every row is checked (types, ownership, referensi codes, parents, NISN, the
version it was based on) and gets a result: applied, rejected with a code and
a reason, or conflict. A batch is written with one statement per kind; if the
database refuses it, the batch is written again row by row, each in its own
savepoint, so one bad row never blocks the rest.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from dapodik.ownership import SERVER_OWNED
from dapodik.package_format import decode_row, primary_key

from . import tables
from .feed import record_changes

BATCH = 500
UNKNOWN = object()  # a row the server has never seen


@dataclass
class RowResult:
    table_name: str
    row_id: str
    result: str  # applied | rejected | conflict
    code: str | None = None
    reason: str | None = None


class Rejected(Exception):
    def __init__(self, code: str, reason: str) -> None:
        self.code = code
        super().__init__(reason)


@dataclass
class Candidate:
    row_id: str
    row: dict
    existing: object
    kept: list[str] = field(default_factory=list)


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Applier:
    """Applies one package's rows for one school inside the caller's transaction."""

    def __init__(self, conn: Connection, sekolah_id: str, package_id: str) -> None:
        self.conn, self.sekolah_id, self.package_id = conn, sekolah_id, package_id
        self.results: list[RowResult] = []
        self._owners: dict[tuple[str, str], object] = {}
        self._ref_keys: dict[str, set] = {}
        self._nisn_claimed: dict[str, str] = {}

    def apply_table(self, table: Table, raws: Iterable[dict]) -> None:
        for chunk in batched(raws, BATCH):
            self._apply_chunk(table, chunk)

    # -- lookups, fetched a batch at a time ---------------------------------

    def _fetch_owners(self, table_name: str, ids: Iterable[str]) -> None:
        feed = tables.change_feed
        missing = list({i for i in ids if (table_name, i) not in self._owners})
        for part in batched(missing, BATCH):
            found = dict(
                self.conn.execute(
                    select(feed.c.row_id, feed.c.sekolah_id).where(
                        feed.c.table_name == table_name, feed.c.row_id.in_(part)
                    )
                ).all()
            )
            for row_id in part:
                self._owners[(table_name, row_id)] = found.get(row_id, UNKNOWN)

    def _owner(self, table_name: str, row_id: str):
        return self._owners[(table_name, row_id)]

    def _referensi_exists(self, column, value) -> bool:
        (fk,) = column.foreign_keys
        name = f"{fk.column.table.name}.{fk.column.name}"
        if name not in self._ref_keys:
            self._ref_keys[name] = set(self.conn.scalars(select(fk.column)).all())
        return value in self._ref_keys[name]

    def _existing(self, table: Table, ids: list[str]) -> dict:
        key = table.c[primary_key(table)[0]]
        rows = self.conn.execute(select(table).where(key.in_(ids))).all()
        return {getattr(r, key.name): r for r in rows}

    def _nisn_holders(self, table: Table, rows: list[dict]) -> dict[str, set[str]]:
        wanted = {r["nisn"] for r in rows if r.get("nisn")}
        if table.name != "peserta_didik" or not wanted:
            return {}
        holders: dict[str, set[str]] = {}
        query = select(table.c.nisn, table.c.peserta_didik_id).where(
            table.c.nisn.in_(wanted), table.c.soft_delete.is_(False)
        )
        for nisn, holder in self.conn.execute(query):
            holders.setdefault(nisn, set()).add(holder)
        return holders

    # -- checks ---------------------------------------------------------------

    def _decode(self, table: Table, raw: dict) -> tuple[str, dict]:
        (pk,) = primary_key(table)
        row_id = str(raw.get(pk) or "")
        if not row_id:
            raise Rejected("NO_KEY", f"Kolom {pk} kosong.")
        try:
            return row_id, decode_row(table, raw)
        except ValueError as exc:
            raise Rejected("INVALID_VALUE", str(exc)) from exc

    def _check_owner(self, table: Table, row_id: str, row: dict) -> None:
        owner = self._owner(table.name, row_id)
        if owner is not UNKNOWN and owner != self.sekolah_id:
            raise Rejected("ROW_OTHER_SCHOOL", "Baris ini milik sekolah lain.")
        if "sekolah_id" in row and row["sekolah_id"] != self.sekolah_id:
            raise Rejected("ROW_OTHER_SCHOOL", f"sekolah_id {row['sekolah_id']} bukan sekolah ini.")

    def _check_references(self, table: Table, row: dict, batch_ids: set[str]) -> None:
        for column in table.columns:
            value = row.get(column.name)
            if value is None or not column.foreign_keys:
                continue
            (fk,) = column.foreign_keys
            target = fk.column.table
            if target.name.startswith("ref_"):
                if not self._referensi_exists(column, value):
                    raise Rejected(
                        "REFERENSI_UNKNOWN", f"Kode {column.name}={value} tidak ada di referensi."
                    )
                continue
            if target.name == table.name and value in batch_ids:
                continue  # a parent in the same batch (e.g. induk_pembelajaran_id)
            owner = self._owner(target.name, str(value))
            if owner is UNKNOWN:
                raise Rejected(
                    "PARENT_UNKNOWN", f"{column.name}={value} tidak ditemukan di {target.name}."
                )
            if owner != self.sekolah_id:
                raise Rejected(
                    "ROW_OTHER_SCHOOL", f"{column.name}={value} adalah data sekolah lain."
                )

    def _check_nisn(self, row_id: str, row: dict, holders: dict[str, set[str]]) -> None:
        nisn = row.get("nisn")
        if not nisn:
            return
        others = holders.get(nisn, set()) - {row_id}
        claimed = self._nisn_claimed.get(nisn)
        if claimed and claimed != row_id:
            others.add(claimed)
        if not others:
            self._nisn_claimed[nisn] = row_id
            return
        other = sorted(others)[0]
        self._fetch_owners("peserta_didik", [other])
        where = (
            "sekolah ini"
            if self._owner("peserta_didik", other) == self.sekolah_id
            else ("sekolah lain")
        )
        raise Rejected(
            "NISN_DUPLICATE", f"NISN {nisn} sudah dipakai peserta didik lain di {where}."
        )

    @staticmethod
    def _resolve_conflict(table: Table, candidate: Candidate, base: int | None) -> None:
        """Keep server-owned fields a stale edit would overwrite (DESIGN.md, Sync 6)."""
        existing = candidate.existing
        if existing is None or existing.server_version is None:
            return
        if base is not None and base >= existing.server_version:
            return
        for name in SERVER_OWNED.get(table.name, ()):
            if name in candidate.row and candidate.row[name] != getattr(existing, name):
                candidate.row.pop(name)
                candidate.kept.append(name)

    # -- one batch --------------------------------------------------------------

    def _reject(self, table: Table, row_id: str, rejected: Rejected) -> None:
        self.results.append(RowResult(table.name, row_id, "rejected", rejected.code, str(rejected)))

    def _decoded(self, table: Table, raws: list[dict]) -> list[tuple[str, dict]]:
        decoded = []
        for raw in raws:
            try:
                decoded.append(self._decode(table, raw))
            except Rejected as rejected:
                self._reject(table, str(raw.get(primary_key(table)[0]) or ""), rejected)
        return decoded

    def _prefetch(self, table: Table, decoded: list[tuple[str, dict]]) -> None:
        self._fetch_owners(table.name, [row_id for row_id, _ in decoded])
        for column in table.columns:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if not target.startswith("ref_"):
                    values = {str(r[column.name]) for _, r in decoded if r.get(column.name)}
                    self._fetch_owners(target, values)

    def _apply_chunk(self, table: Table, raws: list[dict]) -> None:
        decoded = self._decoded(table, raws)
        self._prefetch(table, decoded)
        existing = self._existing(table, [row_id for row_id, _ in decoded])
        holders = self._nisn_holders(table, [row for _, row in decoded])
        batch_ids = {row_id for row_id, _ in decoded}
        accepted = []
        for row_id, row in decoded:
            try:
                base = row.pop("server_version", None)
                self._check_owner(table, row_id, row)
                self._check_references(table, row, batch_ids)
                self._check_nisn(row_id, row, holders)
            except Rejected as rejected:
                self._reject(table, row_id, rejected)
                continue
            candidate = Candidate(row_id, row, existing.get(row_id))
            self._resolve_conflict(table, candidate, base)
            accepted.append(candidate)
        self._write(table, accepted)

    def _execute(self, table: Table, candidates: list[Candidate]) -> None:
        key = table.c[primary_key(table)[0]]
        new = [c.row for c in candidates if c.existing is None]
        if new:
            self.conn.execute(insert(table), new)
        changed = [c.row for c in candidates if c.existing is not None and len(c.row) > 1]
        for columns in {tuple(sorted(r)) for r in changed}:
            # Named v_*: a bindparam may not share a column's name in SET.
            statement = (
                update(table)
                .where(key == bindparam("v_key"))
                .values({c: bindparam(f"v_{c}") for c in columns})
            )
            params = [
                {"v_key": r[key.name], **{f"v_{c}": r[c] for c in columns}}
                for r in changed
                if tuple(sorted(r)) == columns
            ]
            self.conn.execute(statement, params)

    def _write(self, table: Table, accepted: list[Candidate]) -> None:
        try:
            with self.conn.begin_nested():
                self._execute(table, accepted)
        except IntegrityError:
            accepted = self._write_one_by_one(table, accepted)
        record_changes(
            self.conn,
            table,
            [c.row_id for c in accepted],
            self.sekolah_id,
            "package",
            self.package_id,
        )
        for c in accepted:
            self._owners[(table.name, c.row_id)] = self.sekolah_id
            if c.kept:
                reason = (
                    "Data telah diubah di pusat; nilai pusat dipertahankan untuk: "
                    f"{', '.join(c.kept)}."
                )
                self.results.append(
                    RowResult(table.name, c.row_id, "conflict", "SERVER_OWNED", reason)
                )
            else:
                self.results.append(RowResult(table.name, c.row_id, "applied"))

    def _write_one_by_one(self, table: Table, accepted: list[Candidate]) -> list[Candidate]:
        written = []
        for candidate in accepted:
            try:
                with self.conn.begin_nested():
                    self._execute(table, [candidate])
                written.append(candidate)
            except IntegrityError as exc:
                self._reject(
                    table,
                    candidate.row_id,
                    Rejected("CONSTRAINT", f"Melanggar batasan data: {exc.orig}"),
                )
        return written
