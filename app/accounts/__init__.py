"""Accounts: users and roles, login with lockout, the Kode Registrasi, Tukar Akses
Pengguna (switching to the principal), the device token, and registration.

Plain Python, no Qt. For the code that writes school data:

- ``acting.current_user_id()`` is the id of the user acting now (the operator who
  logged in, or the principal after Tukar Akses Pengguna), or ``None``.
- Importing ``app.accounts.acting`` installs a ``before_flush`` hook on every ORM
  ``Session``: new and changed school-owned rows get ``updater_id`` set to that
  id, and a change by a read-only Staf account is refused (``AccountError``).
  Code that writes through Core (``conn.execute(update(...))``) must put
  ``updater_id=current_user_id()`` in its values itself.
- ``tukar_akses.require_principal(db)`` refuses (with how to switch) unless the
  principal is acting: the sync and the Lembar Konfirmasi call it.
"""
