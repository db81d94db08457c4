"""Every printout, by the name the command line and the Cetak menus use.

Surat Keterangan Pindah joins this list with the mutasi keluar feature: a
builder taking the student registered keluar through mutasi (``needs`` the
student), on the letterhead and signature the others use.
"""

from collections.abc import Callable
from dataclasses import dataclass

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.engine import Database
from .daftar import absensi, daftar_pd
from .document import Printout
from .formulir import formulir_gtk, formulir_pd, formulir_pd_kosong
from .profil import profil_sekolah
from .rekap import rekap_mengajar
from .request import Request
from .validasi import hasil_validasi

# What a printout needs to be asked for: one student (by id or NISN), one GTK
# (by id), or a rombel (one by name, or every rombel).
PESERTA_DIDIK, PTK, ROMBEL = "peserta_didik", "ptk", "rombel"


@dataclass(frozen=True)
class Jenis:
    key: str
    title: str  # marked for translation in context "Cetak"
    build: Callable[..., Printout]  # (session, Request) -> Printout
    needs: str = ""
    monthly: bool = False  # dated to a month: an absensi sheet


PRINTOUTS = (
    Jenis(
        "formulir-pd",
        QT_TRANSLATE_NOOP("Cetak", "Formulir Peserta Didik"),
        formulir_pd,
        PESERTA_DIDIK,
    ),
    Jenis(
        "formulir-pd-kosong",
        QT_TRANSLATE_NOOP("Cetak", "Formulir Peserta Didik Kosong"),
        formulir_pd_kosong,
    ),
    Jenis("formulir-gtk", QT_TRANSLATE_NOOP("Cetak", "Formulir GTK"), formulir_gtk, PTK),
    Jenis("profil-sekolah", QT_TRANSLATE_NOOP("Cetak", "Profil Sekolah"), profil_sekolah),
    Jenis(
        "daftar-pd",
        QT_TRANSLATE_NOOP("Cetak", "Daftar Peserta Didik per Rombel"),
        daftar_pd,
        ROMBEL,
    ),
    Jenis(
        "absensi",
        QT_TRANSLATE_NOOP("Cetak", "Absensi Peserta Didik"),
        absensi,
        ROMBEL,
        monthly=True,
    ),
    Jenis("hasil-validasi", QT_TRANSLATE_NOOP("Cetak", "Hasil Validasi"), hasil_validasi),
    Jenis("rekap-mengajar", QT_TRANSLATE_NOOP("Cetak", "Rekap Mengajar GTK"), rekap_mengajar),
)
JENIS = {jenis.key: jenis for jenis in PRINTOUTS}


def build(db: Database, key: str, request: Request) -> Printout:
    """The printout, read in one session of its own (so off the UI thread too)."""
    with db.Session() as session:
        return JENIS[key].build(session, request)
