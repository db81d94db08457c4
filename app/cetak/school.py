"""What every printout of a school carries: its letterhead, the active semester,
the place and date it is signed, and the principal who signs it."""

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema.models import Ptk, Sekolah, Semester

from ..accounts.principal import NoPrincipal, find_principal
from ..db.summary import wilayah_chain
from ..i18n import UserError
from .dates import indonesian_date
from .document import Letterhead, Printout, Section, Signatures, Signer

# "Kab. Bandung" and "Kota Bandung" are both signed in "Bandung".
DATE_LINE = "." * 30
REGION_PREFIX = re.compile(r"^(Kabupaten|Kab\.|Kota Administrasi|Kota Adm\.|Kota)\s+")


class NothingToPrint(UserError):
    """The printout has nothing to show; the message says why."""

    context = "Cetak"


def sekolah(session: Session) -> Sekolah:
    row = session.scalar(select(Sekolah).where(Sekolah.soft_delete.is_(False)))
    if row is None:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP("Cetak", "Belum ada data sekolah di basis data ini.")
        )
    return row


def _alamat(session: Session, row: Sekolah) -> str:
    street = ", ".join(
        filter(
            None,
            [
                row.alamat_jalan,
                f"RT {row.rt}/RW {row.rw}" if row.rt and row.rw else "",
                row.nama_dusun,
                row.desa_kelurahan,
            ],
        )
    )
    wilayah = [
        name for name in wilayah_chain(session, row.kode_wilayah) if name != row.desa_kelurahan
    ]
    return " ".join(filter(None, [", ".join(filter(None, [street, *wilayah])), row.kode_pos]))


def letterhead(session: Session) -> Letterhead:
    row = sekolah(session)
    kontak = [
        f"{label} {value}"
        for label, value in (
            ("Telepon", row.nomor_telepon),
            ("Email", row.email),
            ("Situs", row.website),
        )
        if value
    ]
    return Letterhead(row.nama, row.npsn, _alamat(session, row), " · ".join(kontak))


def tempat(session: Session) -> str:
    """The school's kabupaten/kota, where its letters are dated."""
    chain = wilayah_chain(session, sekolah(session).kode_wilayah)
    # The chain runs up to the province: the kabupaten/kota is the one below it.
    return REGION_PREFIX.sub("", chain[-2]) if len(chain) >= 2 else ""


def tempat_tanggal(session: Session, today: date | None) -> str:
    """Where and when it is signed; without a day, a line to write it on."""
    return ", ".join(
        filter(None, [tempat(session), indonesian_date(today) if today else DATE_LINE])
    )


def active_semester(session: Session) -> Semester:
    semester = session.scalar(
        select(Semester).where(Semester.periode_aktif == 1).order_by(Semester.semester_id.desc())
    )
    if semester is None:
        raise NothingToPrint(QT_TRANSLATE_NOOP("Cetak", "Belum ada semester aktif."))
    return semester


def semester_text(session: Session) -> str:
    return f"Semester {active_semester(session).nama}"


def nip_text(nip: str | None) -> str:
    return f"NIP. {nip or '-'}"


def kepala_sekolah(session: Session) -> Signer:
    """The principal as the data names them; without one, lines to write on."""
    try:
        principal = find_principal(session)
    except NoPrincipal:
        return Signer("Kepala Sekolah", "", nip_text(None))
    nip = session.get(Ptk, principal.ptk_id).nip
    return Signer(
        "Plt. Kepala Sekolah" if principal.plt else "Kepala Sekolah",
        principal.nama,
        nip_text(nip),
        principal.ptk_id,
    )


def signed_by_principal(session: Session, today: date | None, *others: Signer) -> Signatures:
    """The principal's signature block, with whoever signs beside them (a wali
    kelas) to the right; the principal signs once, even as their own wali kelas."""
    principal = kepala_sekolah(session)
    beside = tuple(s for s in others if s.ptk_id is None or s.ptk_id != principal.ptk_id)
    return Signatures(tempat_tanggal(session, today), (principal, *beside))


def school_printout(
    session: Session,
    title: str,
    sections: list[Section],
    *,
    file_name: str,
    footer: str = "",
    subtitle: str = "",
    landscape: bool = False,
) -> Printout:
    """A printout on the school's letterhead, under the active semester unless
    ``subtitle`` says otherwise; its footer names it by its title unless told."""
    return Printout(
        title,
        subtitle or semester_text(session),
        letterhead(session),
        sections,
        landscape,
        footer or title,
        file_name,
    )
