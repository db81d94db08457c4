"""The conditions of sending (DESIGN.md, Sync contract 2), as pluggable checks.

The wizard and the command line each build the list they can answer: the
wizard from its pages, the command line from ``--confirm-all``.
"""

from collections.abc import Callable
from datetime import datetime

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..accounts.errors import AccountError
from ..accounts.tukar_akses import require_principal
from ..db.engine import Database
from ..validation.engine import has_invalid, last_run
from .confirmation import LembarKonfirmasi
from .run import Precondition
from .server_api import ServerApi, ServerUnreachable


def validation_clean(db: Database) -> Precondition:
    def check() -> str | None:
        if last_run(db.engine) is None:
            return QT_TRANSLATE_NOOP("Sync", "Validasi Lokal belum dijalankan.")
        if has_invalid(db.engine):
            return QT_TRANSLATE_NOOP(
                "Sync", "Masih ada data invalid; perbaiki dulu lalu jalankan Validasi Lokal lagi."
            )
        return None

    return Precondition(QT_TRANSLATE_NOOP("Sync", "Validasi Lokal"), check)


def principal_acting(db: Database) -> Precondition:
    def check() -> str | None:
        try:
            require_principal(db)
        except AccountError as refusal:
            return str(refusal)
        return None

    return Precondition(QT_TRANSLATE_NOOP("Sync", "Kepala sekolah"), check)


def confirmation_ticked(sheet: LembarKonfirmasi, ticked: Callable[[], set[str]]) -> Precondition:
    def check() -> str | None:
        missing = [key for key in sheet.item_keys() if key not in ticked()]
        if missing:
            return QT_TRANSLATE_NOOP("Sync", "Belum semua butir Lembar Konfirmasi dicentang.")
        return None

    return Precondition(QT_TRANSLATE_NOOP("Sync", "Lembar Konfirmasi"), check)


def agreement_accepted(accepted: Callable[[], bool]) -> Precondition:
    def check() -> str | None:
        if not accepted():
            return QT_TRANSLATE_NOOP("Sync", "Persetujuan Pengiriman Data belum disetujui.")
        return None

    return Precondition(QT_TRANSLATE_NOOP("Sync", "Persetujuan Pengiriman Data"), check)


def server_reachable(api: ServerApi, now: Callable[[], datetime]) -> Precondition:
    def check() -> str | None:
        try:
            api.ping(now)
        except ServerUnreachable as reason:
            return str(reason)
        return None

    return Precondition(QT_TRANSLATE_NOOP("Sync", "Koneksi ke server"), check)
