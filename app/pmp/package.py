"""The PMP offline file ``PMP_<NPSN>_<YYYYMMDD-HHMMSS>.pmp``: writing it, and
reading one back to move answers between laptops.

The file is a zip of three members, in this order:

- ``manifest.json``: format and its version, NPSN, school name, instrument
  version, app version, creation time (local, with its UTC offset),
  respondents per type, number of answers, SHA-256 of ``responses.json``;
- ``responses.json``: every respondent (kunci, jenis, nama, keterangan) with
  their answers, sorted, as canonical JSON: the same data gives the same bytes;
- ``signature.json``: HMAC-SHA256 over the two members above (see ``signing``).

Every member has a fixed timestamp in the zip, so only the manifest's creation
time differs between two exports of the same data. The file is written to a
temporary file in the target folder and renamed into place: a crash or a full
disk leaves either the whole file or none.
"""

import hashlib
import io
import json
import zipfile
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.pmp import instruments, verify
from dapodik.pmp.signing import school_signing_key, signature

from .. import __version__
from ..accounts import kode as account_kode
from ..accounts import settings as account_settings
from ..accounts.demo import DEMO_KODE_REGISTRASI, DEMO_NPSN
from ..db.local import AppSetting
from ..db.pmp_responses import PmpRespondent, PmpResponse
from ..files import write_atomic
from ..work import Progress, finish
from . import PmpError, respondents
from .responses import save_answer

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
LAST_EXPORT_PATH, LAST_EXPORT_AT = "pmp.last_export_path", "pmp.last_export_at"


class Incomplete(Exception):
    """Kirim Offline refused: ``completeness.refusals()`` says who and how much."""

    def __init__(self, completeness: respondents.Completeness) -> None:
        super().__init__("\n".join(completeness.refusals()))
        self.completeness = completeness


class ImportRefused(PmpError):
    """The file failed verification; the message is the verification's reason."""

    context = "PmpVerify"

    def __init__(self, verification: verify.Verification) -> None:
        super().__init__(verification.message, **verification.params)
        self.verification = verification


def signing_kode(session: Session, npsn: str, kode_registrasi: str | None) -> str:
    """The Kode Registrasi that signs: the one given, or for an unregistered demo
    school the public demo code. When this laptop keeps the code's hash
    (registered, or the demo accounts), a wrong code is refused now rather than
    by the server later; it counts toward the lockout as at Tukar Akses, so the
    attempt is committed."""
    kode = kode_registrasi if kode_registrasi and kode_registrasi.strip() else None
    registered = account_settings.get(session, account_settings.NPSN) is not None
    if kode is None and npsn in DEMO_NPSN and not registered:
        kode = DEMO_KODE_REGISTRASI
    if kode is None:
        raise PmpError(
            QT_TRANSLATE_NOOP(
                "Pmp", "Kode Registrasi sekolah diperlukan untuk menandatangani berkas PMP."
            )
        )
    if account_settings.get(session, account_settings.KODE_HASH):
        try:
            account_kode.verify(session, kode)
        finally:
            session.commit()
    return kode


def canonical_json(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def file_name(npsn: str, created: datetime) -> str:
    return f"PMP_{npsn}_{created:%Y%m%d-%H%M%S}.pmp"


def responses_document(session: Session, iset, done: respondents.Completeness) -> dict:
    rows = {r.respondent_id: r for r in done.respondents}
    answers = respondents.valid_answers(
        session, iset, [session.get(PmpRespondent, i) for i in rows]
    )
    order = list(instruments.RESPONDENT_TYPES)
    entries = [
        {
            "kunci": r.kunci,
            "jenis": r.jenis,
            "nama": r.nama,
            "keterangan": r.keterangan,
            "jawaban": answers[r.respondent_id],
        }
        for r in sorted(rows.values(), key=lambda r: (order.index(r.jenis), r.kunci))
    ]
    return {"npsn": done.school.npsn, "versi_instrumen": iset.versi, "responden": entries}


def build_file(
    session: Session, kode_registrasi: str | None, created: datetime | None = None
) -> tuple[str, bytes]:
    """The file's name and bytes; raises ``Incomplete`` while anyone is incomplete."""
    iset = instruments.load()
    done = respondents.completeness(session, iset)
    if not done.complete:
        raise Incomplete(done)
    created = (created or datetime.now()).astimezone()
    responses = canonical_json(responses_document(session, iset, done))
    counts = {jenis: p.respondents for jenis, p in done.by_type().items()}
    manifest = canonical_json(
        {
            "format": verify.FORMAT,
            "format_versi": verify.FORMAT_VERSION,
            "npsn": done.school.npsn,
            "nama_sekolah": done.school.nama,
            "versi_instrumen": iset.versi,
            "versi_aplikasi": __version__,
            "dibuat": created.isoformat(timespec="seconds"),
            "jumlah_responden": counts,
            "jumlah_jawaban": sum(p.answered for p in done.respondents),
            "responses_sha256": hashlib.sha256(responses).hexdigest(),
        }
    )
    key = school_signing_key(
        done.school.npsn, signing_kode(session, done.school.npsn, kode_registrasi)
    )
    signed = [(verify.MANIFEST, manifest), (verify.RESPONSES, responses)]
    seal = canonical_json(
        {
            "algoritma": "HMAC-SHA256",
            "berkas": list(verify.SIGNED_MEMBERS),
            "hmac": signature(key, signed),
        }
    )
    return file_name(done.school.npsn, created), _zip(signed + [(verify.SIGNATURE, seal)])


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def export(
    session: Session, out_dir: Path, kode_registrasi: str | None, created: datetime | None = None
) -> Path:
    """Kirim Offline: write the file into ``out_dir`` and remember it; returns its path."""
    name, data = build_file(session, kode_registrasi, created)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise PmpError(QT_TRANSLATE_NOOP("Pmp", "Folder {folder} tidak ada."), folder=str(out_dir))
    path = out_dir / name
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise PmpError(
            QT_TRANSLATE_NOOP("Pmp", "Berkas PMP tidak dapat ditulis ke {folder}: {error}"),
            folder=str(out_dir),
            error=exc.strerror or str(exc),
        ) from exc
    _remember_export(session, path, datetime.now())
    return path


def _remember_export(session: Session, path: Path, when: datetime) -> None:
    for key, value in (
        (LAST_EXPORT_PATH, str(path)),
        (LAST_EXPORT_AT, when.isoformat(timespec="seconds")),
    ):
        setting = session.get(AppSetting, key) or AppSetting(key=key)
        setting.value = value
        session.add(setting)


@dataclass(frozen=True)
class LastExport:
    path: str
    at: datetime


def last_export(session: Session) -> LastExport | None:
    values = dict(
        session.execute(
            select(AppSetting.key, AppSetting.value).where(
                AppSetting.key.in_((LAST_EXPORT_PATH, LAST_EXPORT_AT))
            )
        ).all()
    )
    if len(values) < 2:
        return None
    return LastExport(values[LAST_EXPORT_PATH], datetime.fromisoformat(values[LAST_EXPORT_AT]))


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do, before anything is written."""

    manifest: dict
    document: dict
    new_respondents: int
    new_answers: int
    changed_answers: int
    unchanged_answers: int


def preview_import(session: Session, path: Path, kode_registrasi: str | None) -> ImportPreview:
    """Verify a file as the server would (this school's NPSN and key) and count
    what it would add or change; raises ``ImportRefused`` with the reason."""
    return finish(preview_import_steps(session, path, kode_registrasi))


def preview_import_steps(
    session: Session, path: Path, kode_registrasi: str | None
) -> Generator[Progress, None, ImportPreview]:
    """``preview_import`` in its two steps, verifying and counting."""
    sch = respondents.school(session)
    key = school_signing_key(sch.npsn, signing_kode(session, sch.npsn, kode_registrasi))
    checked = verify.verify_pmp_file(Path(path), signing_key=key, expected_npsn=sch.npsn)
    if not checked.ok:
        raise ImportRefused(checked)
    yield Progress(1, 2)
    existing = {r.kunci: r.respondent_id for r in session.scalars(select(PmpRespondent))}
    stored = {
        (respondent_id, kode): jawaban
        for respondent_id, kode, jawaban in session.execute(
            select(PmpResponse.respondent_id, PmpResponse.kode_pertanyaan, PmpResponse.jawaban)
        )
    }
    new = changed = same = 0
    for entry in checked.responses["responden"]:
        respondent_id = existing.get(entry["kunci"])
        for kode, jawaban in entry["jawaban"].items():
            before = stored.get((respondent_id, kode))
            new += before is None
            changed += before is not None and before != jawaban
            same += before == jawaban
    fresh = sum(entry["kunci"] not in existing for entry in checked.responses["responden"])
    yield Progress(2, 2)
    return ImportPreview(checked.manifest, checked.responses, fresh, new, changed, same)


def apply_import(session: Session, preview: ImportPreview, now: datetime | None = None) -> int:
    """Write the previewed answers (the file's answer wins); returns how many changed."""
    return finish(apply_import_steps(session, preview, now))


def apply_import_steps(
    session: Session, preview: ImportPreview, now: datetime | None = None
) -> Generator[Progress, None, int]:
    """``apply_import``, yielding its progress respondent by respondent; the caller
    commits once it has ended, so a cancelled import writes nothing."""
    iset = instruments.load(preview.manifest["versi_instrumen"])
    now = now or datetime.now()
    existing = {r.kunci: r for r in session.scalars(select(PmpRespondent))}
    entries = preview.document["responden"]
    for done, entry in enumerate(entries, 1):
        row = existing.get(entry["kunci"])
        if row is None:
            row = PmpRespondent(
                kunci=entry["kunci"],
                jenis=entry["jenis"],
                nama=entry["nama"],
                keterangan=entry.get("keterangan") or None,
            )
            session.add(row)
            session.flush()
        for kode, jawaban in entry["jawaban"].items():
            save_answer(session, iset, row.respondent_id, kode, jawaban, now)
        yield Progress(done, len(entries))
    return preview.new_answers + preview.changed_answers
