"""A registration killed after the prefill was downloaded leaves neither the
school's data (NIKs included) beside the database nor a live device token."""

import re
import subprocess
import sys
from pathlib import Path

import requests

from app.cli import main as cli_main
from app.config import staging_dir

from .reference_server import NPSN

ROOT = Path(__file__).resolve().parents[2]


def test_a_killed_registration_leaves_no_prefill_and_no_live_token(server, tmp_path, capsys):
    srv, kode = server
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    db = folder / "dapodik.sqlite"
    killed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests/accounts/crash_registration.py"),
            srv.base,
            NPSN,
            kode,
            str(db),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert killed.returncode == -9, killed.stderr
    token = re.search(r"\b[0-9a-f]{64}\b", killed.stdout).group(0)

    beside = {p.name for p in folder.iterdir()}
    assert beside <= {"dapodik.sqlite", "dapodik.sqlite-wal", "dapodik.sqlite-shm"}
    left = list(staging_dir().iterdir())  # the download, in the user's private folder
    assert [p.name for p in left] == [f"prefill-{NPSN}.prf"]
    assert staging_dir().stat().st_mode & 0o077 == 0

    headers = {"Authorization": f"Bearer {token}"}
    refused = requests.get(f"{srv.base}/api/v1/device", headers=headers, timeout=30)
    assert refused.status_code == 401
    assert refused.headers["Dapodik-Device-State"] == "pending"

    assert cli_main(["user", "list", "--db", str(db)]) == 0  # the app's next start
    assert not staging_dir().exists()
    assert "Belum ada akun" in capsys.readouterr().out  # nothing was applied
