"""Settings that belong to the school's data, not to the screen: the server
address and the backup folder (Pengaturan). Kept in ``app_setting``, so the
command line uses them too."""

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from dapodik.i18n import QT_TRANSLATE_NOOP

from .accounts import settings as keys
from .db.engine import Database
from .i18n import UserError
from .sync.backup import BACKUP_FOLDER_KEY


@dataclass(frozen=True)
class DomainSettings:
    server: str
    backup_folder: str


def load(db: Database) -> DomainSettings:
    with db.Session() as session:
        return DomainSettings(
            server=keys.get(session, keys.SERVER) or "",
            backup_folder=keys.get(session, BACKUP_FOLDER_KEY) or "",
        )


def _check(values: DomainSettings) -> None:
    url = urlparse(values.server)
    if values.server and (url.scheme not in ("http", "https") or not url.netloc):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Pengaturan",
                "Alamat server harus diawali http:// atau https://, misalnya "
                "https://dapo.contoh.go.id",
            )
        )
    folder = Path(values.backup_folder)
    if values.backup_folder and not (folder.is_dir() and os.access(folder, os.W_OK)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Pengaturan", "Folder cadangan {folder} tidak ada atau tidak dapat ditulisi."
            ),
            folder=values.backup_folder,
        )


def save(db: Database, values: DomainSettings) -> None:
    """Store both in one transaction, or neither when one is wrong (empty = default)."""
    _check(values)
    with db.Session() as session, session.begin():
        keys.put(session, keys.SERVER, values.server.rstrip("/") or None)
        keys.put(session, BACKUP_FOLDER_KEY, values.backup_folder or None)
