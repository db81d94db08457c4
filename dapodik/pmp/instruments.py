"""The PMP instruments: versioned data under ``resources/pmp/<versi>/``.

A version folder holds ``umum.json`` (the eight national education standards
and the answer scales), one file per respondent type with its questions, and
``responden.json`` (the minimum respondents per jenjang). A new year's
instrument is a new folder; older folders stay so the server can still read
files made with them.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from ..resources import resources_dir

CURRENT_VERSION = "2026.1"

KEPALA_SEKOLAH, GURU, PESERTA_DIDIK = "kepala_sekolah", "guru", "peserta_didik"
KOMITE_SEKOLAH, PENGAWAS = "komite_sekolah", "pengawas"
# Display order, and the label of each type, marked for translation.
RESPONDENT_TYPES = {
    KEPALA_SEKOLAH: QT_TRANSLATE_NOOP("Pmp", "Kepala Sekolah"),
    GURU: QT_TRANSLATE_NOOP("Pmp", "Guru"),
    PESERTA_DIDIK: QT_TRANSLATE_NOOP("Pmp", "Peserta Didik"),
    KOMITE_SEKOLAH: QT_TRANSLATE_NOOP("Pmp", "Komite Sekolah"),
    PENGAWAS: QT_TRANSLATE_NOOP("Pmp", "Pengawas"),
}
# Respondents the operator enters by name: they are not in the school's data.
NAMED_TYPES = (KOMITE_SEKOLAH, PENGAWAS)


@dataclass(frozen=True)
class Option:
    kode: str
    teks: str


@dataclass(frozen=True)
class Question:
    kode: str
    standar: str
    teks: str
    options: tuple[Option, ...]

    def accepts(self, answer: str) -> bool:
        return any(o.kode == answer for o in self.options)


@dataclass(frozen=True)
class Instrument:
    versi: str
    jenis: str
    judul: str
    questions: tuple[Question, ...]

    def question(self, kode: str) -> Question | None:
        return next((q for q in self.questions if q.kode == kode), None)


@dataclass(frozen=True)
class JenjangMinimum:
    """Required respondents for one jenjang (see responden.json)."""

    nama: str
    counts: dict[str, int]
    tingkat_atas: tuple[int, ...]


@dataclass(frozen=True)
class InstrumentSet:
    versi: str
    standards: dict[str, str]  # kode -> nama, in the standards' order
    instruments: dict[str, Instrument]
    minimum: dict[int, JenjangMinimum]  # jenjang_pendidikan_id -> minimum


def pmp_dir() -> Path:
    return resources_dir() / "pmp"


def known_versions() -> frozenset[str]:
    return frozenset(p.parent.name for p in pmp_dir().glob("*/umum.json"))


def _read(folder: Path, name: str) -> dict:
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def _instrument(folder: Path, jenis: str, scales: dict[str, tuple[Option, ...]]) -> Instrument:
    data = _read(folder, jenis)
    questions = tuple(
        Question(q["kode"], q["standar"], q["teks"], scales[q["skala"]]) for q in data["pertanyaan"]
    )
    return Instrument(data["versi"], jenis, data["judul"], questions)


@cache
def load(versi: str = CURRENT_VERSION) -> InstrumentSet:
    """The instrument set of ``versi``; KeyError for a version we do not have."""
    if versi not in known_versions():
        raise KeyError(versi)
    folder = pmp_dir() / versi
    umum = _read(folder, "umum")
    scales = {
        name: tuple(Option(o["kode"], o["teks"]) for o in options)
        for name, options in umum["skala"].items()
    }
    minimum = {
        int(jenjang): JenjangMinimum(
            nama=m["nama"],
            counts={jenis: m[jenis] for jenis in RESPONDENT_TYPES},
            tingkat_atas=tuple(m["tingkat_atas"]),
        )
        for jenjang, m in _read(folder, "responden")["jenjang"].items()
    }
    return InstrumentSet(
        versi=versi,
        standards={s["kode"]: s["nama"] for s in umum["standar"]},
        instruments={jenis: _instrument(folder, jenis, scales) for jenis in RESPONDENT_TYPES},
        minimum=minimum,
    )
