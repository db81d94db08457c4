"""Dapodik Lokal: the desktop client for a school's Dapodik data."""

__version__ = "0.1.0"
