"""Applying a package's rows to the school's tables, one batch of one table at a time.

Every row is checked (its key, its values against the shared schema, ownership,
referensi codes, parents, NISN, the version it was based on) and gets exactly one
result: applied, rejected with a code and a reason, or conflict. A batch is
written with one statement per kind; if the database refuses it, the batch is
written again row by row, each in its own savepoint, so one bad row never blocks
the rest. Each batch runs in the caller's transaction and looks up what it needs
afresh: what earlier batches wrote is committed, so memory stays a batch's.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from dapodik.ownership import SERVER_OWNED
from dapodik.package_format import decode_row, is_uuid, primary_key

from . import tables
from .feed import record_changes

BATCH = 500
UNKNOWN = object()  # a row the server has never seen
# What a result keeps of a reason (which may quote a value or a database message).
MAX_REASON = 300


@dataclass
class RowResult:
    table_name: str
    row_id: str  # a UUID, or "" when the row's key is not one
    result: str  # applied | rejected | conflict
    code: str | None = None
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.reason and len(self.reason) > MAX_REASON:
            self.reason = self.reason[: MAX_REASON - 1] + "…"


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


@dataclass
class Checked:
    """A package row after the checks that need nothing but the row itself. A raw
    value may be 64 KiB; a checked row holds only values that fit their columns
    (or why it has none), so a batch of them stays small."""

    row_id: str  # its key, or "" when the key is no UUID
    row: dict | None = None
    # Why it was refused, as text: an exception would hold the raw row in its traceback.
    code: str | None = None
    reason: str | None = None


def _decode(table: Table, key, raw: dict) -> dict:
    (pk,) = primary_key(table)
    if key is None or (isinstance(key, str) and not key.strip()):
        raise Rejected("NO_KEY", f"Kolom {pk} kosong.")
    if not is_uuid(key):
        raise Rejected("INVALID_KEY", f"Kolom {pk} bukan UUID: {str(key)[:40]!r}.")
    try:
        return decode_row(table, raw)
    except ValueError as exc:
        raise Rejected("INVALID_VALUE", str(exc)) from exc


def check_row(table: Table, raw: dict) -> Checked:
    """A raw package row checked against the shared schema: a UUID key, values of
    their columns' types, lengths and ranges."""
    key = raw.get(primary_key(table)[0])
    row_id = key if is_uuid(key) else ""
    try:
        return Checked(row_id, _decode(table, key, raw))
    except Rejected as rejected:
        return Checked(row_id, code=rejected.code, reason=str(rejected))


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Applier:
    """Applies one batch of a package's rows for one school inside the caller's
    transaction; ``referensi`` caches the referensi codes across the package's
    batches (only the centre's own hand changes them)."""

    def __init__(
        self, conn: Connection, sekolah_id: str, package_id: str, referensi: dict[str, set]
    ) -> None:
        self.conn, self.sekolah_id, self.package_id = conn, sekolah_id, package_id
        self.results: list[RowResult] = []
        self._owners: dict[tuple[str, str], object] = {}
        self._ref_keys = referensi
        self._nisn_claimed: dict[str, str] = {}

    def apply(self, table: Table, rows: list[Checked]) -> list[RowResult]:
        """Check and write one batch of the table's rows; one result per row."""
        decoded = self._decoded(table, rows)
        self._prefetch(table, decoded)
        existing = self._existing(table, [row_id for row_id, _ in decoded])
        holders = self._nisn_holders(table, [row for _, row in decoded])
        batch_ids = {row_id for row_id, _ in decoded}
        accepted = []
        for row_id, row in decoded:
            try:
                base = row.pop("server_version", None)
                self._check_owner(table, row_id, row)
                self._check_version(existing.get(row_id), base)
                self._check_references(table, row, batch_ids)
                self._check_nisn(row_id, row, holders)
            except Rejected as rejected:
                self._reject(table, row_id, rejected.code, str(rejected))
                continue
            candidate = Candidate(row_id, row, existing.get(row_id))
            self._resolve_conflict(table, candidate, base)
            accepted.append(candidate)
        self._write(table, accepted)
        return self.results

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
    def _check_version(existing, base: int | None) -> None:
        """An edit is based on a version the server issued for the row (the owner
        check made sure it is this school's): never a later one than the row has,
        never one for a row the server does not have. An earlier one is stale, and
        ownership holds (``_resolve_conflict``)."""
        if base is None:
            return
        issued = existing.server_version if existing is not None else None
        if issued is None or base > issued:
            raise Rejected(
                "VERSION_UNKNOWN",
                f"server_version {base} tidak pernah diberikan server untuk baris ini.",
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

    def _reject(self, table: Table, row_id: str, code: str, reason: str) -> None:
        self.results.append(RowResult(table.name, row_id, "rejected", code, reason))

    def _decoded(self, table: Table, rows: list[Checked]) -> list[tuple[str, dict]]:
        decoded = []
        for checked in rows:
            if checked.code:
                self._reject(table, checked.row_id, checked.code, checked.reason)
            else:
                decoded.append((checked.row_id, checked.row))
        return decoded

    def _prefetch(self, table: Table, decoded: list[tuple[str, dict]]) -> None:
        self._fetch_owners(table.name, [row_id for row_id, _ in decoded])
        for column in table.columns:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if not target.startswith("ref_"):
                    values = {str(r[column.name]) for _, r in decoded if r.get(column.name)}
                    self._fetch_owners(target, values)

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
                reason = f"Melanggar batasan data: {exc.orig}"
                self._reject(table, candidate.row_id, "CONSTRAINT", reason)
        return written
