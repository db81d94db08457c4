"""The writes of every entry form: create, edit, delete (or leave) and undo.

Each public function is one unit of work: it opens its own session, writes in
one transaction, and rolls back entirely on any error. The change counter moves
by itself (SQLite triggers on every school-owned table).
"""

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema import models as m

from ..db.engine import Database
from ..i18n import UserError
from .fields import Field, Problem, clean
from .forms import CONTEXT, FORMS, FormSpec, Part
from .options import active_semester_id, chosen_row

LOAD_BATCH = 500  # ids per query, well within SQLite's limit on bound parameters


class EntryError(UserError):
    context = "Entry"


class FormRefused(EntryError):
    """The values did not pass the form's checks; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP("Entry", "Data belum benar: {detail}"),
            detail=" ".join(p.text() for p in problems),
        )


def pk_name(model) -> str:
    return model.__table__.primary_key.columns.values()[0].key


def check(spec: FormSpec, raw: dict, session: Session) -> tuple[dict, list[Problem]]:
    """Typed values and every problem: each field's own, then the checks across
    fields and the rules on chosen referensi (which only see fields that passed
    their own). ``session`` reads the referensi rows those rules look at."""
    values, problems = clean(spec.fields, raw)
    failed = {p.field for p in problems}
    fields = {f.key: f for f in spec.fields}
    passed = {k: v for k, v in values.items() if k not in failed}
    for cross in spec.checks:
        problems.extend(cross(passed, fields))
    for rule in spec.rules:
        chosen = chosen_row(session, fields[rule.choice].source, passed.get(rule.choice))
        problems.extend(rule.problems(passed, fields, chosen))
    return values, problems


def school_context(session: Session) -> dict:
    semester = session.get(m.Semester, active_semester_id(session))
    sekolah_id = session.scalar(
        select(m.Sekolah.sekolah_id).where(m.Sekolah.soft_delete.is_(False)).limit(1)
    )
    return {
        "sekolah_id": sekolah_id,
        "semester_id": semester.semester_id if semester else None,
        "tahun_ajaran_id": semester.tahun_ajaran_id if semester else None,
    }


def _part_rows(part: Part, context: dict):
    """The rows of a part a form edits: not deleted, and of the active period."""
    query = select(part.model).where(part.model.soft_delete.is_(False))
    if part.period:
        query = query.where(getattr(part.model, part.period) == context[part.period])
    if part.closed_by:
        query = query.order_by(getattr(part.model, part.closed_by).is_not(None))
    return query


def _part_row(session: Session, part: Part, record_id: str, context: dict):
    query = _part_rows(part, context).where(getattr(part.model, part.link) == record_id)
    return session.scalars(query.limit(1)).first()


def _fields_of(spec: FormSpec, part: str) -> list[Field]:
    return [f for f in spec.fields if f.part == part]


def load(session: Session, spec: FormSpec, record_id: str) -> dict:
    """The stored values of a record, keyed by field."""
    return load_many(session, spec, [record_id])[record_id]


def load_many(session: Session, spec: FormSpec, record_ids: list[str]) -> dict[str, dict]:
    """The stored values of many records, by record id: a few queries per thousand
    records rather than a few per record (an export, an import's preview)."""
    context = school_context(session)
    pk = getattr(spec.model, pk_name(spec.model))
    rows: dict[str, dict] = {"": {}, **{part.key: {} for part in spec.parts}}
    for start in range(0, len(record_ids), LOAD_BATCH):
        batch = record_ids[start : start + LOAD_BATCH]
        for row in session.scalars(select(spec.model).where(pk.in_(batch))):
            rows[""][getattr(row, pk.key)] = row
        for part in spec.parts:
            link = getattr(part.model, part.link)
            for row in session.scalars(_part_rows(part, context).where(link.in_(batch))):
                rows[part.key].setdefault(getattr(row, part.link), row)  # the first, as _part_row
    return {
        record_id: {f.key: getattr(rows[f.part].get(record_id), f.key, None) for f in spec.fields}
        for record_id in record_ids
    }


def _fill_context(row, model, context: dict, asked: set[str]) -> None:
    for column in CONTEXT:
        if column == pk_name(model) or column in asked or not hasattr(model, column):
            continue  # the school's own id is its key, not a link to fill
        if getattr(row, column) is None:
            if context[column] is None:
                raise EntryError(
                    QT_TRANSLATE_NOOP(
                        "Entry",
                        "Isi data Sekolah dan semester aktif terlebih dahulu, lalu simpan lagi.",
                    )
                )
            setattr(row, column, context[column])


def write(session: Session, spec: FormSpec, values: dict, record_id: str | None, context: dict):
    """Create or update one record and its parts in the caller's transaction; its id."""
    main = session.get(spec.model, record_id) if record_id else spec.model()
    for f in _fields_of(spec, ""):
        setattr(main, f.key, values[f.key])
    _fill_context(main, spec.model, context, {f.key for f in spec.fields})
    if spec.derive:
        spec.derive(session, main)
    if record_id is None:
        session.add(main)
    session.flush()  # the new id, which the parts link to
    record_id = getattr(main, pk_name(spec.model))
    for part in spec.parts:
        row = _part_row(session, part, record_id, context) if record_id else None
        if row is None:
            row = part.model(**{part.link: record_id})
            session.add(row)
        for f in _fields_of(spec, part.key):
            setattr(row, f.key, values[f.key])
        _fill_context(row, part.model, context, set())
        if part.derive:
            part.derive(session, row)
    session.flush()
    return record_id


def failed(exc: SQLAlchemyError) -> EntryError:
    detail = str(exc.orig) if getattr(exc, "orig", None) is not None else str(exc)
    return EntryError(
        QT_TRANSLATE_NOOP("Entry", "Data tidak tersimpan, basis data menolak: {detail}"),
        detail=detail,
    )


def save(db: Database, spec: FormSpec, raw: dict, record_id: str | None = None) -> str:
    """Check and write one record in one transaction; raises FormRefused or
    EntryError (with everything rolled back) when it cannot."""
    try:
        with db.Session.begin() as session:
            values, problems = check(spec, raw, session)
            if problems:
                raise FormRefused(problems)  # leaving the block rolls back: nothing written
            return write(session, spec, values, record_id, school_context(session))
    except SQLAlchemyError as exc:
        raise failed(exc) from exc


@dataclass(frozen=True)
class Deleted:
    """What a delete changed, so that it can be undone: (model, id, column, old value)."""

    form: str
    record_id: str
    changes: list[tuple[type, str, str, object]] = field(default_factory=list)


def delete(db: Database, spec: FormSpec, record_id: str, raw_leave: dict | None = None) -> Deleted:
    """Soft-delete a record with its parts; or, for a form with ``leave`` (students
    and PTK leaving), record why and when on its part and keep the row."""
    try:
        with db.Session.begin() as session:
            context = school_context(session)
            if spec.leave is not None:
                changes = _leave(session, spec, record_id, raw_leave or {}, context)
            else:
                rows = [(spec.model, session.get(spec.model, record_id))]
                for part in spec.parts:
                    rows.append((part.model, _part_row(session, part, record_id, context)))
                changes = []
                for model, row in rows:
                    if row is not None:
                        changes.append((model, getattr(row, pk_name(model)), "soft_delete", False))
                        row.soft_delete = True
            return Deleted(spec.key, record_id, changes)
    except SQLAlchemyError as exc:
        raise failed(exc) from exc


def _leave(session: Session, spec: FormSpec, record_id: str, raw: dict, context: dict) -> list:
    values, problems = check(spec.leave, raw, session)
    if problems:
        raise FormRefused(problems)
    part = spec.part(spec.leave_part)
    row = _part_row(session, part, record_id, context) or _latest_row(session, part, record_id)
    if row is None:
        raise EntryError(
            QT_TRANSLATE_NOOP(
                "Entry",
                "Belum ada registrasi atau penugasan untuk dicatat keluar; "
                "lengkapi dulu lewat Ubah.",
            )
        )
    changes = []
    for key, value in values.items():
        changes.append((part.model, getattr(row, pk_name(part.model)), key, getattr(row, key)))
        setattr(row, key, value)
    return changes


def _latest_row(session: Session, part: Part, record_id: str):
    """The newest row of a per-period part: someone who left after their last
    penugasan ended, before this tahun ajaran's was made, leaves from that one."""
    if not part.period:
        return None
    query = (
        select(part.model)
        .where(getattr(part.model, part.link) == record_id, part.model.soft_delete.is_(False))
        .order_by(getattr(part.model, part.period).desc())
    )
    return session.scalars(query.limit(1)).first()


def undo(db: Database, deleted: Deleted) -> None:
    """Put back what ``delete`` changed, in one transaction."""
    with db.Session.begin() as session:
        for model, row_id, column, old in deleted.changes:
            setattr(session.get(model, row_id), column, old)


def form(key: str) -> FormSpec:
    return FORMS[key]
