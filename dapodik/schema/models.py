"""Every table the client and the centre share, importable from one place: the
school's synced tables in the order a package is applied, the referensi, and
the one map from a table's name to its table."""

from sqlalchemy import Table

from .base import Base
from .jadwal import Jadwal
from .nilai import Nilai
from .pembelajaran import Pembelajaran
from .peserta_didik import PesertaDidik, PesertaDidikLongitudinal, RegistrasiPesertaDidik
from .ptk import Ptk, PtkTerdaftar, RwyPendFormal, TugasTambahan
from .referensi import *  # noqa: F403
from .referensi import REFERENSI_MODELS
from .rombongan_belajar import AnggotaRombel, RombonganBelajar
from .sarpras import (
    Alat,
    AlatLongitudinal,
    Bangunan,
    BangunanLongitudinal,
    Ruang,
    RuangLongitudinal,
    Tanah,
)
from .sekolah import Sekolah, SekolahLongitudinal

# In dependency order: parents before children, as a package is applied.
SYNCED_MODELS = [
    Sekolah,
    SekolahLongitudinal,
    Tanah,
    Bangunan,
    BangunanLongitudinal,
    Ruang,
    RuangLongitudinal,
    Alat,
    AlatLongitudinal,
    Ptk,
    PtkTerdaftar,
    RwyPendFormal,
    TugasTambahan,
    PesertaDidik,
    RegistrasiPesertaDidik,
    PesertaDidikLongitudinal,
    RombonganBelajar,
    AnggotaRombel,
    Pembelajaran,
    Jadwal,
    Nilai,
]

# By name: the school's tables (in the order above), the referensi, and both,
# referensi first (what a prefill carries and the changes feed serves).
SYNCED_TABLES: dict[str, Table] = {m.__table__.name: m.__table__ for m in SYNCED_MODELS}
REFERENSI_TABLES: dict[str, Table] = {m.__table__.name: m.__table__ for m in REFERENSI_MODELS}
SHARED_TABLES: dict[str, Table] = {**REFERENSI_TABLES, **SYNCED_TABLES}


def primary_key_column(model) -> str:
    return model.__table__.primary_key.columns.values()[0].name


__all__ = [
    "Base",
    "REFERENSI_MODELS",
    "REFERENSI_TABLES",
    "SHARED_TABLES",
    "SYNCED_MODELS",
    "SYNCED_TABLES",
    "primary_key_column",
    "Sekolah",
    "SekolahLongitudinal",
    "Tanah",
    "Bangunan",
    "BangunanLongitudinal",
    "Ruang",
    "RuangLongitudinal",
    "Alat",
    "AlatLongitudinal",
    "Ptk",
    "PtkTerdaftar",
    "RwyPendFormal",
    "TugasTambahan",
    "PesertaDidik",
    "RegistrasiPesertaDidik",
    "PesertaDidikLongitudinal",
    "RombonganBelajar",
    "AnggotaRombel",
    "Pembelajaran",
    "Jadwal",
    "Nilai",
]
