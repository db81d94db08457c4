"""Fixtures of the GUI tests: the app started as ``python -m app`` starts it
(``launch``, from ``tests.gui.hands``); the in-memory keyring is the root conftest's."""

from tests.gui.hands import launch  # noqa: F401 - a fixture
