"""Every table of the school's data, importable from one place."""

# Local table of the accounts package (wrong-password counter), for migrations.
from ..accounts.models import LoginAttempt  # noqa: F401
from ..pmp.models import PmpRespondent, PmpResponse  # noqa: F401
from ..sync.models import SyncRun, SyncState, SyncUpload  # noqa: F401

# Local tables of Validasi Lokal, imported so that migrations see them on Base.metadata.
from ..validation.models import ValidationResult, ValidationRun  # noqa: F401
from ..webservice.models import WebServiceToken  # noqa: F401
from .base import Base
from .jadwal import Jadwal
from .local import AppSetting, ChangeLog, ChangeTrackingControl
from .nilai import Nilai
from .pembelajaran import Pembelajaran
from .pengguna import Pengguna
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
SCHOOL_MODELS = [
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
    Pengguna,
]
SYNCED_MODELS = [m for m in SCHOOL_MODELS if m.__synced__]


def primary_key_column(model) -> str:
    return model.__table__.primary_key.columns.values()[0].name


__all__ = [
    "AppSetting",
    "Base",
    "ChangeLog",
    "ChangeTrackingControl",
    "REFERENSI_MODELS",
    "SCHOOL_MODELS",
    "SYNCED_MODELS",
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
    "Pengguna",
]
