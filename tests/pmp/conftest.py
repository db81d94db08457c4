"""PMP fixtures: the small demo school, empty or with every respondent answered."""

import pytest
from pmp_support import CREATED, SMALL_NPSN

from app.accounts.demo import DEMO_KODE_REGISTRASI
from app.pmp import demo, package
from dapodik.pmp import instruments
from dapodik.pmp.signing import school_signing_key


@pytest.fixture
def iset():
    return instruments.load()


@pytest.fixture
def key():
    return school_signing_key(SMALL_NPSN, DEMO_KODE_REGISTRASI)


@pytest.fixture
def filled_db(small_db):
    with small_db.Session() as session:
        demo.fill_demo_responses(session)
        session.commit()
    return small_db


@pytest.fixture
def pmp_file(filled_db, tmp_path):
    out = tmp_path / "keluar"
    out.mkdir()
    with filled_db.Session() as session:
        path = package.export(session, out, None, CREATED)
        session.commit()
    return path
