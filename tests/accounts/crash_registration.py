"""A registration the tests kill: ``python -m app register`` that SIGKILLs itself
once the prefill is downloaded, as applying it begins (the worst moment to leave
files behind), after printing the device token it was given.

    python tests/accounts/crash_registration.py SERVER NPSN KODE DB
"""

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import keyring  # noqa: E402

from app.accounts import registration  # noqa: E402
from app.cli import main  # noqa: E402
from tests.conftest import MemoryKeyring  # noqa: E402


def print_token(real):
    def register_device(*args, **kwargs):
        registered = real(*args, **kwargs)
        print(registered.token, flush=True)
        return registered

    return register_device


def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    server, npsn, kode, db = sys.argv[1:]
    keyring.set_keyring(MemoryKeyring())
    registration.register_device = print_token(registration.register_device)
    registration.apply_prefill = die
    os.environ["DAPODIK_KODE_REGISTRASI"] = kode
    os.environ["DAPODIK_PASSWORD"] = "rahasia123"
    main(["register", "--server", server, "--npsn", npsn, "--db", db])
