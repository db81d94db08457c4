"""What registration records about this installation in ``app_setting``.

Keys (read them through these functions, not by name):
- ``registrasi.npsn``, ``registrasi.sekolah_id``: the registered school;
- ``registrasi.server``: the server it registered with;
- ``registrasi.kode_hash``: the Kode Registrasi as a salted argon2 hash, the
  only form in which the code is kept, enough to verify it offline;
- ``sync.server_cursor``: the server feed position the local data is current to
  (the prefill's, until the first pull moves it on);
- ``sync.local_demo_server``: "1" when the demo school registered with the local
  reference server the app starts for it (its address changes with every start);
- ``credentials.fallback_file``: "1" when the operator agreed to keep the device
  token in an encrypted file because no OS credential store works.
The device token itself is never in the database: see ``credentials``.
"""

from sqlalchemy.orm import Session

from ..db.local import AppSetting

NPSN = "registrasi.npsn"
SEKOLAH_ID = "registrasi.sekolah_id"
SERVER = "registrasi.server"
KODE_HASH = "registrasi.kode_hash"
SERVER_CURSOR = "sync.server_cursor"
FALLBACK_FILE = "credentials.fallback_file"
LOCAL_DEMO_SERVER = "sync.local_demo_server"


def get(session: Session, key: str) -> str | None:
    row = session.get(AppSetting, key)
    return row.value if row else None


def put(session: Session, key: str, value: str | None) -> None:
    row = session.get(AppSetting, key) or AppSetting(key=key)
    row.value = value
    session.add(row)
