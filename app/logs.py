"""Logging to a rotating file in the user log folder, with personal data kept out.

Operators send this file when they ask for help, so it must never carry a
password, a token, a Kode Registrasi or a NIK in plain text.
"""

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .config import log_dir

LOG_NAME = "dapodik-lokal.log"
_SECRETS = [
    # Bearer tokens and key=value secrets, whatever the key's case.
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1***"),
    (
        re.compile(
            r"(?i)((?:password|kata_sandi|token|kode_registrasi|secret)[\"']?\s*[:=]\s*[\"']?)[^\s,\"'}]+"
        ),
        r"\1***",
    ),
    # NIK, NUPTK (16 digits) and NIP (18): keep the first four digits for context.
    (re.compile(r"\b(\d{4})\d{12}(\d{2})?\b"), r"\1************"),
]


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to the rotating file; returns its path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(level)
    return path
