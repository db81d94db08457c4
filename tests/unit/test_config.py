"""How the app finds its reference server: ``python -m server`` from source, the
bundle's own program when frozen by PyInstaller."""

import sys

from app.config import REFERENCE_SERVER_ARGUMENT, reference_server_command


def test_from_source_the_server_is_this_pythons_module():
    assert reference_server_command("--port", "8765") == [
        sys.executable,
        "-m",
        "server",
        "--port",
        "8765",
    ]


def test_in_the_bundle_the_server_is_the_bundles_own_program(monkeypatch):
    bundle = r"C:\Users\ops\AppData\Local\Programs\DapodikLokal\DapodikLokal.exe"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", bundle)
    assert reference_server_command("--port", "8765") == [
        bundle,
        REFERENCE_SERVER_ARGUMENT,
        "--port",
        "8765",
    ]
