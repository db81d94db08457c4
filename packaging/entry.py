"""The bundle's entry point: the same as ``python -m app``, and with
``--reference-server`` first the same as ``python -m server`` (the demo's local
reference server, started by the app as a process of this very program)."""

import os
import sys

from app.config import REFERENCE_SERVER_ARGUMENT


def run_reference_server(args: list[str]) -> int:
    from server.__main__ import main

    # A windowed program on Windows has no standard streams unless whoever started it
    # passed some; uvicorn's logging writes to them and asks them isatty().
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w"))  # noqa: SIM115 - kept for the run
    return main(args)


if sys.argv[1:2] == [REFERENCE_SERVER_ARGUMENT]:
    sys.exit(run_reference_server(sys.argv[2:]))

from app.cli import main  # noqa: E402 - the server's runs need none of the client

sys.exit(main())
