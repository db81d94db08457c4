"""Validasi Lokal: rules per data tab and the engine that runs them.

Kept free of Qt so that the command line, the tests and a UI worker thread all
drive the same code. Import the engine from ``app.validation.engine``.
"""
