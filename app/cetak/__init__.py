"""Cetak: the printouts a school needs from its Dapodik, decided without Qt.

Each printout is a function that reads what it prints in one session and
returns a ``Printout`` (``document.py``): the school's letterhead, a title and
sections of fields, tables, text and signatures. ``app.ui.printing`` lays it
out with Qt on A4 or F4 paper, as PDF or for the system's printer; the command
line (``python -m app cetak``) goes through that same renderer.

A printout is a document the school files with the dinas or hands to parents,
so it is in Bahasa Indonesia whatever the interface's language; its text is
therefore not marked for translation (the menus and messages about it are).
"""
