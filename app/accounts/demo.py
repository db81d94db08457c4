"""Accounts of the demo school, so a first look needs no set-up.

The demo is not a real school: its operator password and Kode Registrasi are
public (printed on the login dialog and in the README). They are created only
for a database that holds one of the demo schools, was never registered and has
no account yet; a registered school never gets them.
"""

from sqlalchemy import func, select

from dapodik.demo.school import PLANS
from dapodik.schema.models import Sekolah

from ..db.engine import Database
from ..db.pengguna import Pengguna
from . import kode, settings
from .acting import UserInfo
from .principal import link_principal_account
from .users import PERAN_OPERATOR, create_user

DEMO_USERNAME = "operator"
DEMO_PASSWORD = "demo2026"
DEMO_KODE_REGISTRASI = "DEMO-KODE-2026"
DEMO_NPSN = frozenset(plan.npsn for plan in PLANS.values())


def is_demo(db: Database) -> bool:
    """True for a database holding a demo school: unregistered, or registered only
    with the local reference server the app starts for the demo."""
    with db.Session() as session:
        npsn = session.scalar(select(Sekolah.npsn))
        registered = settings.get(session, settings.NPSN) is not None
        local_demo = settings.get(session, settings.LOCAL_DEMO_SERVER) == "1"
        return npsn in DEMO_NPSN and (not registered or local_demo)


def ensure_demo_accounts(db: Database) -> list[UserInfo]:
    """Create the demo operator, principal account and code if due; the accounts
    created (none when they were not due)."""
    if not is_demo(db):
        return []
    with db.Session() as session:
        if session.scalar(select(func.count()).select_from(Pengguna)):
            return []
        sekolah_id = session.scalar(select(Sekolah.sekolah_id))
        operator = create_user(
            session,
            DEMO_USERNAME,
            "Operator Sekolah Demo",
            PERAN_OPERATOR,
            DEMO_PASSWORD,
            sekolah_id=sekolah_id,
        )
        kode.store(session, DEMO_KODE_REGISTRASI)
        principal = link_principal_account(session)
        session.commit()
    return [operator] if principal is None else [operator, principal]
