"""The bundle's entry point: the same as ``python -m app``."""

import sys

from app.cli import main

sys.exit(main())
