"""Sync with the central server: change packages, upload, pull."""
