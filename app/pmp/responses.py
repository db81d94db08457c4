"""Answers: saved one by one, the moment the operator gives them."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from dapodik.pmp.instruments import Instrument, InstrumentSet

from ..db.pmp_responses import PmpRespondent, PmpResponse


def save_answer(
    session: Session,
    iset: InstrumentSet,
    respondent_id: str,
    kode_pertanyaan: str,
    jawaban: str,
    now: datetime | None = None,
) -> None:
    """Record (or replace) one answer; refuses a question or option that is not
    in the respondent's instrument, so the file never carries a stray code."""
    respondent = session.get(PmpRespondent, respondent_id)
    if respondent is None:
        raise KeyError(respondent_id)
    question = iset.instruments[respondent.jenis].question(kode_pertanyaan)
    if question is None or not question.accepts(jawaban):
        raise ValueError(f"{kode_pertanyaan}={jawaban}")
    values = {
        "respondent_id": respondent_id,
        "kode_pertanyaan": kode_pertanyaan,
        "jawaban": jawaban,
        "answered_at": now or datetime.now(),
    }
    statement = insert(PmpResponse).values(**values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["respondent_id", "kode_pertanyaan"],
            set_={
                "jawaban": statement.excluded.jawaban,
                "answered_at": statement.excluded.answered_at,
            },
        )
    )


def answers_of(session: Session, respondent_id: str) -> dict[str, str]:
    rows = session.execute(
        select(PmpResponse.kode_pertanyaan, PmpResponse.jawaban).where(
            PmpResponse.respondent_id == respondent_id
        )
    )
    return dict(rows.all())


def resume_index(instrument: Instrument, answers: dict[str, str]) -> int:
    """Where to pick up: the first question without an answer (the first question
    when every one is answered, for a read-through)."""
    for i, question in enumerate(instrument.questions):
        if question.kode not in answers:
            return i
    return 0
