"""Fixtures of the safety tests: the app started as ``python -m app`` starts it."""

from tests.gui.hands import launch  # noqa: F401 - a fixture
