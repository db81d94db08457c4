"""Where the server keeps its database and files, and its limits."""

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from platformdirs import PlatformDirs

_dirs = PlatformDirs("DapodikLokalServer", appauthor=False)


def default_data_dir() -> Path:
    override = os.environ.get("DAPODIK_SERVER_DATA_DIR")
    return Path(override) if override else Path(_dirs.user_data_dir)


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.sqlite'}"


@dataclass
class RateLimit:
    """Wrong Kode Registrasi attempts allowed per NPSN and address within a window."""

    max_failures: int
    window_seconds: int


@dataclass
class ServerConfig:
    data_dir: Path
    db_url: str
    max_upload_bytes: int = 256 * 1024 * 1024
    # Decompressed size limit of a package: a gzip bomb stops here.
    max_package_uncompressed: int = 1024 * 1024 * 1024
    upload_expiry_seconds: int = 7 * 24 * 3600
    # How long a request waits for its turn to write before it is answered 503.
    busy_timeout_seconds: float = 10.0
    workers: int = 1
    register_max_failures: int = 5
    register_window_seconds: int = 15 * 60
    # Active devices a school may have: a completed registration retires the oldest
    # beyond this (server/devices.py).
    devices_per_school: int = 1
    # The key that seals the schools' PMP keys (server/pmp_keys.py); None: in data_dir.
    server_key_file: Path | None = None

    @property
    def rate_limit(self) -> RateLimit:
        return RateLimit(self.register_max_failures, self.register_window_seconds)

    @property
    def upload_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def prefill_dir(self) -> Path:
        return self.data_dir / "prefill"

    @property
    def pmp_dir(self) -> Path:
        return self.data_dir / "pmp"

    @property
    def server_key_path(self) -> Path:
        from .pmp_keys import SERVER_KEY_FILE

        override = self.server_key_file or os.environ.get("DAPODIK_SERVER_KEY_FILE")
        return Path(override) if override else self.data_dir / SERVER_KEY_FILE

    @cached_property
    def pmp_keys(self):
        """The schools' PMP keys under this server's key, read (or made) on first use."""
        from .pmp_keys import PmpKeys, read_or_create_server_key

        return PmpKeys(read_or_create_server_key(self.server_key_path))

    def make_dirs(self) -> None:
        for folder in (self.data_dir, self.upload_dir, self.prefill_dir, self.pmp_dir):
            folder.mkdir(parents=True, exist_ok=True)


def make_config(db_url: str | None = None, data_dir: str | os.PathLike | None = None, **kw):
    folder = Path(data_dir) if data_dir else default_data_dir()
    config = ServerConfig(data_dir=folder, db_url=db_url or default_db_url(folder), **kw)
    config.make_dirs()
    return config
