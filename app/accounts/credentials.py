"""The device token: in the OS credential store (keyring), never in the database
or a settings file.

Windows keeps it in the Credential Manager, macOS in the Keychain, Linux in the
Secret Service. When no usable backend exists the operator is told so, and only
with their consent (``settings.FALLBACK_FILE``) is the token written to a file
encrypted with AES-GCM under a key derived (scrypt) from the Kode Registrasi, a
secret the principal enters to sync anyway. It is never stored in plain text.
"""

import base64
import json
import os
from pathlib import Path

import keyring
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..config import data_dir
from ..db.engine import Database
from . import settings
from .errors import AccountError
from .passwords import normalise_kode

SERVICE = "DapodikLokal"


class NoCredentialStore(AccountError):
    """No OS credential store works and the operator has not agreed to the file."""


def _username(npsn: str) -> str:
    return f"device-token-{npsn}"


def keyring_usable() -> bool:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    return not isinstance(backend, chainer.ChainerBackend) or bool(backend.backends)


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


class KeyringStore:
    def get(self, npsn: str) -> str | None:
        return keyring.get_password(SERVICE, _username(npsn))

    def set(self, npsn: str, token: str) -> None:
        try:
            keyring.set_password(SERVICE, _username(npsn), token)
        except KeyringError as exc:
            raise NoCredentialStore(
                QT_TRANSLATE_NOOP(
                    "Akun",
                    "Token perangkat tidak dapat disimpan di penyimpanan kredensial: {error}",
                ),
                error=str(exc),
            ) from exc


class EncryptedFileStore:
    """One file per school; readable only with the Kode Registrasi."""

    def __init__(self, folder: Path, kode_registrasi: str) -> None:
        self.folder = folder
        self._secret = normalise_kode(kode_registrasi).encode()

    def _path(self, npsn: str) -> Path:
        return self.folder / f"device-token-{npsn}.enc"

    def _key(self, salt: bytes) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(self._secret)

    def get(self, npsn: str) -> str | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        path = self._path(npsn)
        if not path.exists():
            return None
        stored = {k: base64.b64decode(v) for k, v in json.loads(path.read_text()).items()}
        try:
            plain = AESGCM(self._key(stored["salt"])).decrypt(
                stored["nonce"], stored["data"], npsn.encode()
            )
        except InvalidTag as exc:
            raise AccountError(
                QT_TRANSLATE_NOOP(
                    "Akun", "Berkas token perangkat tidak dapat dibuka dengan Kode Registrasi ini."
                )
            ) from exc
        return plain.decode()

    def set(self, npsn: str, token: str) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = os.urandom(16), os.urandom(12)
        data = AESGCM(self._key(salt)).encrypt(nonce, token.encode(), npsn.encode())
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(npsn)
        tmp = path.with_suffix(".tmp")
        fields = {"salt": salt, "nonce": nonce, "data": data}
        tmp.write_text(json.dumps({k: base64.b64encode(v).decode() for k, v in fields.items()}))
        os.replace(tmp, path)


def file_fallback_agreed(db: Database) -> bool:
    with db.Session() as session:
        return settings.get(session, settings.FALLBACK_FILE) == "1"


def agree_to_file_fallback(db: Database) -> None:
    """Record the operator's consent to the encrypted file (asked by the UI or CLI)."""
    with db.Session() as session:
        settings.put(session, settings.FALLBACK_FILE, "1")
        session.commit()


def token_store(db: Database, kode_registrasi: str | None = None):
    """Where this installation keeps its device token; NoCredentialStore when nowhere."""
    if keyring_usable():
        return KeyringStore()
    if file_fallback_agreed(db) and kode_registrasi:
        return EncryptedFileStore(data_dir(), kode_registrasi)
    raise NoCredentialStore(
        QT_TRANSLATE_NOOP(
            "Akun",
            "Tidak ada penyimpanan kredensial sistem operasi yang dapat dipakai ({backend}), "
            "sehingga token perangkat tidak dapat disimpan dengan aman. Dengan persetujuan "
            "Anda, token dapat disimpan dalam berkas terenkripsi yang hanya terbuka dengan "
            "Kode Registrasi.",
        ),
        backend=backend_name(),
    )
