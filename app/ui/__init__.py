"""Everything Qt. Nothing outside this package imports PySide6."""
