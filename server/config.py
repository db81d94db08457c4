"""Where the server keeps its database and files, and its limits."""

import os
from dataclasses import dataclass
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
    workers: int = 1
    register_max_failures: int = 5
    register_window_seconds: int = 15 * 60

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

    def make_dirs(self) -> None:
        for folder in (self.data_dir, self.upload_dir, self.prefill_dir, self.pmp_dir):
            folder.mkdir(parents=True, exist_ok=True)


def make_config(db_url: str | None = None, data_dir: str | os.PathLike | None = None, **kw):
    folder = Path(data_dir) if data_dir else default_data_dir()
    config = ServerConfig(data_dir=folder, db_url=db_url or default_db_url(folder), **kw)
    config.make_dirs()
    return config
