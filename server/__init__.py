"""The reference central server of Dapodik Lokal (DESIGN.md, Server)."""

__version__ = "0.1.0"
