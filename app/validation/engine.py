"""The Validasi Lokal engine: runs rules over the whole school, one tab, or the
rows that saved records can affect, and keeps the current results.

Plain Python: a full run is a generator yielding its progress after every rule
(``app.work``), so a UI worker thread can show and cancel it; every call opens
its own connection (a connection is never shared between threads). A full run
reads first and writes its results in one short transaction at the end, so a
cancelled run leaves the previous results intact.
"""

import functools
import json
import re
import time
from collections.abc import Collection, Generator, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.engine import Engine

from ..db.validation_results import ValidationResult, ValidationRun
from ..work import Progress, finish
from .links import LINKS
from .rule import INVALID, PERINGATAN, TABS, Rule
from .rules import ALL_RULES

# Beyond this many changed rows of one table (an import), re-running whole the
# tabs its rules belong to is about as quick as following each row's links (on
# the large school: 100 students one by one 150 ms, their four tabs 350 ms).
RECORD_RERUN_MAX = 100
SCOPE = re.compile(r"([\w.]+)\s+\{scope\}")
# SQL that only narrows a scoped run; a plain comment in a full run.
SCOPED_ONLY = re.compile(r"/\*scoped:(.*?)\*/", re.DOTALL)
IN_SCOPE = "IN (SELECT row_id FROM temp.validation_scope)"


@dataclass(frozen=True)
class Result:
    code: str
    tab: str
    severity: str
    table: str
    row_id: str
    message: str
    params: dict

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "tab": self.tab,
            "severity": self.severity,
            "table": self.table,
            "id": self.row_id,
            "message": self.message,
        }


@dataclass(frozen=True)
class RunOutcome:
    run_id: int
    started_at: datetime
    elapsed_s: float
    # What this run found: every result for a full or tab run, the re-checked
    # rows' results for a record run.
    results: list[Result]


def period_params(conn: Connection, today: date | None = None) -> dict:
    """The bind parameters every rule query receives (see ``rule.py``)."""
    row = conn.exec_driver_sql(
        """SELECT s.semester_id, s.tahun_ajaran_id, t.tanggal_mulai FROM ref_semester s
        JOIN ref_tahun_ajaran t ON t.tahun_ajaran_id = s.tahun_ajaran_id
        ORDER BY s.periode_aktif DESC, s.semester_id DESC LIMIT 1"""
    ).first()
    sekolah_id = conn.exec_driver_sql(
        "SELECT sekolah_id FROM sekolah WHERE soft_delete = 0 ORDER BY create_date LIMIT 1"
    ).scalar()
    semester_id, tahun_ajaran_id, mulai = row if row else (None, None, None)
    return {
        "semester_id": semester_id,
        "tahun_ajaran_id": tahun_ajaran_id,
        "mulai": str(mulai) if mulai else None,
        "today": (today or date.today()).isoformat(),
        "sekolah_id": sekolah_id,
    }


def scoped_sql(rule: Rule, scoped: bool) -> str:
    """The rule's query over the whole tab, or over the ids in temp.validation_scope."""
    return _scoped_sql(rule.sql, scoped)


@functools.cache
def _scoped_sql(sql: str, scoped: bool) -> str:
    # Cached: a record re-run would otherwise spend a tenth of its time here.
    # The whole tab gets a plain TRUE rather than "id IS NOT NULL", which would
    # tempt SQLite into walking an index and fetching every row from it.
    if not scoped:
        return SCOPE.sub("1", sql)
    return SCOPE.sub(rf"\1 {IN_SCOPE}", SCOPED_ONLY.sub(r"\1", sql))


def _fetch(conn: Connection, sql: str, params) -> tuple[list[str], list[tuple]]:
    """Column names and rows, straight from the driver: rules and links return
    many rows, and SQLAlchemy's row objects would cost more than the query."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql, params)
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        cursor.close()


def evaluate(conn: Connection, rule: Rule, params: dict, scoped: bool = False) -> list[Result]:
    """The rule's offending rows, over the whole tab or the rows in scope."""
    names, rows = _fetch(conn, scoped_sql(rule, scoped), params)
    results = []
    for row in rows:
        values = dict(zip(names, row, strict=True))
        table, row_id = values.pop("table_name"), values.pop("row_id")
        results.append(
            Result(rule.code, rule.tab, rule.severity, table, row_id, rule.render(values), values)
        )
    return results


def select_rules(tabs: Iterable[str] | None = None) -> list[Rule]:
    if tabs is None:
        return list(ALL_RULES)
    wanted = set(tabs)
    unknown = wanted - set(TABS)
    if unknown:
        raise ValueError(f"unknown tab: {', '.join(sorted(unknown))}")
    return [rule for rule in ALL_RULES if rule.tab in wanted]


def run_steps(
    engine: Engine, tabs: Iterable[str] | None = None, *, today: date | None = None
) -> Generator[Progress, None, RunOutcome]:
    """Validate every tab (or ``tabs``) and replace their stored results, yielding
    progress after every rule. Stopped before its end (closed, or ``Cancelled``
    thrown in), it stores nothing."""
    rules = select_rules(tabs)
    started, clock = datetime.now(), time.perf_counter()
    results: list[Result] = []
    with engine.connect() as conn:
        params = period_params(conn, today)
        for done, rule in enumerate(rules, 1):
            results += evaluate(conn, rule, params)
            yield Progress(done, len(rules))
    elapsed = time.perf_counter() - clock
    scope = "semua" if tabs is None else "tab:" + ",".join(sorted(set(tabs)))
    with engine.begin() as conn:
        run_id = _record_run(conn, started, elapsed, scope, len(rules))
        if tabs is None:
            conn.execute(delete(ValidationResult))
        else:
            conn.execute(delete(ValidationResult).where(ValidationResult.tab.in_(set(tabs))))
        _store(conn, run_id, results)
        # Runs no result points to any more (every record save adds one) go.
        conn.execute(
            delete(ValidationRun).where(
                ValidationRun.run_id != run_id,
                ValidationRun.run_id.not_in(select(ValidationResult.run_id)),
            )
        )
    return RunOutcome(run_id, started, elapsed, results)


def run(
    engine: Engine, tabs: Iterable[str] | None = None, *, today: date | None = None
) -> RunOutcome:
    """``run_steps`` to its end, where nobody watches its progress; its RunOutcome."""
    return finish(run_steps(engine, tabs, today=today))


def rules_touching(table: str) -> list[Rule]:
    return [rule for rule in ALL_RULES if table in rule.touches or table in rule.subjects]


def run_record(engine: Engine, table: str, row_id: str, *, today: date | None = None) -> RunOutcome:
    """Re-run, after ``table`` row ``row_id`` was saved, only the rules that touch
    it and only over the rows it can affect, and update the stored results."""
    return run_records(engine, table, [row_id], today=today)


def run_records(
    engine: Engine,
    table: str,
    row_ids: Collection[str],
    *,
    today: date | None = None,
    skip_tabs: Collection[str] = (),
) -> RunOutcome:
    """``run_record`` for several saved rows of one table at once; rules of
    ``skip_tabs`` (just re-run whole) are left out."""
    rules = [rule for rule in rules_touching(table) if rule.tab not in skip_tabs]
    started, clock = datetime.now(), time.perf_counter()
    results: list[Result] = []
    # Rules sharing a link (the three timetable clashes) follow it once.
    linked: dict[str, set[str]] = {}
    with engine.begin() as conn:
        params = period_params(conn, today)
        conn.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS validation_scope (row_id TEXT PRIMARY KEY)"
        )
        for rule in rules:
            results += _rerun(conn, rule, params, table, row_ids, linked)
        conn.exec_driver_sql("DELETE FROM temp.validation_scope")
        elapsed = time.perf_counter() - clock
        scope = f"rekaman:{table}:" + (
            next(iter(row_ids)) if len(row_ids) == 1 else f"{len(row_ids)} baris"
        )
        run_id = _record_run(conn, started, elapsed, scope, len(rules))
        _store(conn, run_id, results)
    return RunOutcome(run_id, started, elapsed, results)


def run_changes(
    engine: Engine, changes: Mapping[str, Collection[str]], *, today: date | None = None
) -> None:
    """Bring the stored results up to date after the rows ``changes`` names
    ({table: row ids}) were written: per record where few rows changed; the whole
    tabs concerned after a bulk write such as an import; the whole school when it
    was never validated (a few re-checked records would pass for its results)."""
    if last_run(engine) is None:
        run(engine, today=today)
        return
    bulk = {table for table, ids in changes.items() if len(ids) > RECORD_RERUN_MAX}
    tabs = {rule.tab for table in bulk for rule in rules_touching(table)}
    if tabs:
        run(engine, tabs, today=today)
    for table, ids in changes.items():
        if table not in bulk and ids:
            run_records(engine, table, ids, today=today, skip_tabs=tabs)


def _affected(
    conn: Connection, rule: Rule, table: str, row_ids: Collection[str], linked: dict
) -> set[str] | None:
    """Subject rows the changes can affect, or None when only a full run is sure."""
    ids = set(row_ids) if table in rule.subjects else set()
    for subject in rule.subjects:
        if subject == table and table not in rule.links:
            continue
        link = rule.links.get(table) or LINKS.get((subject, table))
        if link is None:
            return None
        if link not in linked:
            sql = link.replace(":id", "?")
            linked[link] = {r[0] for row_id in row_ids for r in _fetch(conn, sql, (row_id,))[1]}
        ids.update(linked[link])
    return ids


def _rerun(
    conn: Connection,
    rule: Rule,
    params: dict,
    table: str,
    row_ids: Collection[str],
    linked: dict,
) -> list[Result]:
    """One rule over the affected rows, plus the rows it flagged before where the
    rule asks for it."""
    ids = _affected(conn, rule, table, row_ids, linked)
    if ids is None:
        conn.execute(delete(ValidationResult).where(ValidationResult.code == rule.code))
        return evaluate(conn, rule, params)
    if rule.recheck_flagged:
        ids.update(
            conn.scalars(select(ValidationResult.row_id).where(ValidationResult.code == rule.code))
        )
    if not ids:
        return []
    conn.exec_driver_sql("DELETE FROM temp.validation_scope")
    conn.exec_driver_sql(
        "INSERT INTO temp.validation_scope (row_id) VALUES (?)", [(i,) for i in ids]
    )
    conn.exec_driver_sql(
        "DELETE FROM validation_result WHERE code = ? AND row_id " + IN_SCOPE, (rule.code,)
    )
    return evaluate(conn, rule, params, scoped=True)


def _record_run(conn: Connection, started: datetime, elapsed: float, scope: str, count: int) -> int:
    return conn.execute(
        insert(ValidationRun).values(
            started_at=started, elapsed_s=elapsed, scope=scope[:100], rule_count=count
        )
    ).inserted_primary_key[0]


def _store(conn: Connection, run_id: int, results: list[Result]) -> None:
    if results:
        conn.execute(
            insert(ValidationResult),
            [
                {
                    "run_id": run_id,
                    "code": r.code,
                    "tab": r.tab,
                    "severity": r.severity,
                    "table_name": r.table,
                    "row_id": r.row_id,
                    "message": r.message,
                    "params": json.dumps(r.params, default=str),
                }
                for r in results
            ],
        )


def stored_results(engine: Engine, tab: str | None = None) -> list[Result]:
    """The current results, invalid first, in rule order."""
    query = select(ValidationResult)
    if tab is not None:
        query = query.where(ValidationResult.tab == tab)
    order = {rule.code: i for i, rule in enumerate(ALL_RULES)}
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    results = [
        Result(r.code, r.tab, r.severity, r.table_name, r.row_id, r.message, json.loads(r.params))
        for r in rows
    ]
    return sorted(results, key=lambda r: (r.severity != INVALID, order.get(r.code, 0), r.message))


def summary(engine: Engine) -> dict[str, dict[str, int]]:
    """Per tab, the count of stored invalid and peringatan results."""
    counts = {tab: {INVALID: 0, PERINGATAN: 0} for tab in TABS}
    with engine.connect() as conn:
        rows = conn.execute(
            select(ValidationResult.tab, ValidationResult.severity, func.count()).group_by(
                ValidationResult.tab, ValidationResult.severity
            )
        )
        for tab, severity, count in rows:
            counts.setdefault(tab, {INVALID: 0, PERINGATAN: 0})[severity] = count
    return counts


@dataclass(frozen=True)
class Counts:
    """The school's stored results in two figures, as Beranda and Sinkronisasi show them."""

    invalid: int
    peringatan: int
    validated: bool  # False before the first run of the whole school or of a tab


def counts(engine: Engine) -> Counts:
    per_tab = summary(engine).values()
    return Counts(
        sum(c[INVALID] for c in per_tab),
        sum(c[PERINGATAN] for c in per_tab),
        last_run(engine) is not None,
    )


def has_invalid(engine: Engine) -> bool:
    """Whether any stored result blocks sending."""
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).where(ValidationResult.severity == INVALID)) > 0


def last_run(engine: Engine):
    """The latest run of the whole school or of a tab, as a row (run_id, started_at,
    elapsed_s, scope, rule_count), or None; record re-runs do not count."""
    with engine.connect() as conn:
        return conn.execute(
            select(ValidationRun.__table__)
            .where(ValidationRun.scope.not_like("rekaman:%"))
            .order_by(ValidationRun.run_id.desc())
            .limit(1)
        ).first()
