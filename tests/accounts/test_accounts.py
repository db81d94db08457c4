"""Hashing, login with lockout, passwords, the principal, and Tukar Akses rules."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.accounts import acting, kode, lockout, settings, tukar_akses, users
from app.accounts.demo import DEMO_KODE_REGISTRASI, DEMO_PASSWORD, DEMO_USERNAME
from app.accounts.errors import AccountError, AccountLocked, WrongKode
from app.accounts.passwords import hash_secret, verify_secret
from app.accounts.principal import NoPrincipal, find_principal
from app.db.pengguna import Pengguna
from dapodik.schema.models import Ptk, PtkTerdaftar, TugasTambahan


def test_hashes_are_salted_argon2_and_verify_only_the_right_secret():
    first, second = hash_secret("rahasia123"), hash_secret("rahasia123")
    assert first.startswith("$argon2id$") and first != second
    assert verify_secret(first, "rahasia123") and verify_secret(second, "rahasia123")
    assert not verify_secret(first, "rahasia124")
    assert not verify_secret(None, "") and not verify_secret("bukan-hash", "x")


def test_passwords_and_the_kode_registrasi_are_stored_only_as_hashes(demo_db):
    with demo_db.Session() as session:
        stored = session.scalar(select(Pengguna.password).where(Pengguna.username == "operator"))
        kode_hash = settings.get(session, settings.KODE_HASH)
    assert stored.startswith("$argon2") and DEMO_PASSWORD not in stored
    assert kode_hash.startswith("$argon2") and "DEMO" not in kode_hash
    raw = demo_db.path.read_bytes()
    assert DEMO_PASSWORD.encode() not in raw and DEMO_KODE_REGISTRASI.encode() not in raw


def test_login_sets_the_acting_user(demo_db):
    user = users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    assert user.peran_id == users.PERAN_OPERATOR
    assert acting.current_user() == user == acting.logged_in_user()


def test_five_wrong_passwords_lock_even_the_right_one_for_a_while(demo_db, monkeypatch):
    for _ in range(lockout.MAX_FAILURES):
        with pytest.raises(AccountError, match="salah"):
            users.login(demo_db, DEMO_USERNAME, "tebakan-salah")
    with pytest.raises(AccountLocked, match="Coba lagi dalam 5 menit"):
        users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    later = datetime.now() + lockout.LOCK_DURATION + timedelta(seconds=1)
    monkeypatch.setattr(lockout, "now", lambda: later)
    assert users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD).username == DEMO_USERNAME


def test_unknown_names_get_the_same_answer_and_are_counted(demo_db):
    with pytest.raises(AccountError) as unknown:
        users.login(demo_db, "tidak-ada", "apa saja")
    with pytest.raises(AccountError) as wrong:
        users.login(demo_db, DEMO_USERNAME, "apa saja")
    assert str(unknown.value) == str(wrong.value)


def test_change_password_needs_the_old_one(demo_db):
    user = users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    with pytest.raises(AccountError, match="lama salah"):
        users.change_own_password(demo_db, user.pengguna_id, "keliru", "barubaru1")
    with pytest.raises(AccountError, match="minimal 8"):
        users.change_own_password(demo_db, user.pengguna_id, DEMO_PASSWORD, "pendek")
    users.change_own_password(demo_db, user.pengguna_id, DEMO_PASSWORD, "barubaru1")
    assert users.login(demo_db, DEMO_USERNAME, "barubaru1")


def test_lupa_password_resets_an_operator_with_the_kode_registrasi_only(demo_db):
    with pytest.raises(WrongKode):
        users.reset_forgotten_password(demo_db, DEMO_USERNAME, "SALAH-KODE", "barubaru1")
    with demo_db.Session() as session:
        users.create_user(session, "staf1", "Staf TU", users.PERAN_STAF, "stafstaf1")
        session.commit()
    with pytest.raises(AccountError, match="Operator Sekolah"):
        users.reset_forgotten_password(demo_db, "staf1", DEMO_KODE_REGISTRASI, "barubaru1")
    users.reset_forgotten_password(demo_db, DEMO_USERNAME, "demo-kode-2026 ", "barubaru1")
    assert users.login(demo_db, DEMO_USERNAME, "barubaru1")


def _kepala(session) -> TugasTambahan:
    return session.scalar(select(TugasTambahan).where(TugasTambahan.jabatan_ptk_id == 2))


def _give_duty(session, ptk_id: str, jabatan: int, tmt: date) -> None:
    sekolah_id = _kepala(session).sekolah_id
    session.add(
        TugasTambahan(
            ptk_id=ptk_id, sekolah_id=sekolah_id, jabatan_ptk_id=jabatan, tmt_tambahan=tmt
        )
    )


def _another_ptk(session, principal_id: str) -> Ptk:
    return session.scalar(select(Ptk).where(Ptk.ptk_id != principal_id).order_by(Ptk.nama))


def test_the_principal_is_the_kepala_sekolah_without_tst_newest_tmt_first(small_db):
    with small_db.Session() as session:
        first = find_principal(session)
        assert not first.plt
        other = _another_ptk(session, first.ptk_id)
        _give_duty(session, other.ptk_id, 2, date(2026, 8, 1))
        session.flush()
        assert find_principal(session).ptk_id == other.ptk_id  # newer TMT wins


def test_without_a_kepala_sekolah_the_plt_is_the_principal(small_db):
    with small_db.Session() as session:
        first = find_principal(session)
        _kepala(session).tst_tambahan = date(2026, 9, 30)
        plt = _another_ptk(session, first.ptk_id)
        _give_duty(session, plt.ptk_id, 34, date(2026, 10, 1))
        session.flush()
        found = find_principal(session)
        assert found.ptk_id == plt.ptk_id and found.plt


def test_no_principal_set_says_which_data_to_fix(small_db):
    with small_db.Session() as session:
        _kepala(session).tst_tambahan = date(2026, 9, 30)
        session.flush()
        with pytest.raises(NoPrincipal, match="belum ditetapkan.*tab GTK.*2026/2027"):
            find_principal(session)


def test_a_departed_principal_is_named_with_what_to_fix(small_db):
    with small_db.Session() as session:
        principal = find_principal(session)
        session.execute(
            update(PtkTerdaftar)
            .where(PtkTerdaftar.ptk_id == principal.ptk_id)
            .values(jenis_keluar_id="1", tgl_ptk_keluar=date(2026, 9, 1))
        )
        with pytest.raises(NoPrincipal, match=f"{principal.nama} tidak aktif lagi.*isi TST"):
            find_principal(session)


def test_tukar_akses_refuses_a_wrong_code_and_counts_it(demo_db):
    with pytest.raises(WrongKode, match="Sisa percobaan sebelum dikunci sementara: 4"):
        tukar_akses.choices(demo_db, "BUKAN-KODE")
    for _ in range(lockout.MAX_FAILURES - 1):
        with pytest.raises(WrongKode):
            tukar_akses.choices(demo_db, "BUKAN-KODE")
    with pytest.raises(AccountLocked):
        tukar_akses.choices(demo_db, DEMO_KODE_REGISTRASI)


def test_tukar_akses_switches_to_the_principal_and_changes_carry_their_id(demo_db):
    operator = users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    with pytest.raises(AccountError, match="Hanya kepala sekolah.*Tukar Akses Pengguna"):
        tukar_akses.require_principal(demo_db)
    found = tukar_akses.choices(demo_db, DEMO_KODE_REGISTRASI)
    assert found.problem is None
    principal = [c for c in found.candidates if c.is_principal]
    assert len(principal) == 1
    kepala = tukar_akses.switch(demo_db, DEMO_KODE_REGISTRASI, principal[0].user.pengguna_id)
    assert acting.current_user() == kepala and acting.is_switched()
    assert tukar_akses.require_principal(demo_db) == kepala
    with demo_db.Session() as session:
        ptk = session.scalar(select(Ptk).order_by(Ptk.nama))
        ptk.no_hp = "081234567890"
        session.commit()
        assert ptk.updater_id == kepala.pengguna_id
    assert tukar_akses.back() == operator
    with demo_db.Session() as session:
        ptk = session.get(Ptk, ptk.ptk_id)
        ptk.no_hp = "081234567891"
        session.commit()
        assert ptk.updater_id == operator.pengguna_id


def test_an_operator_account_cannot_be_switched_to(demo_db):
    users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    with pytest.raises(AccountError, match="bukan kepala sekolah saat ini"):
        tukar_akses.switch(demo_db, DEMO_KODE_REGISTRASI, acting.current_user().pengguna_id)


def test_a_departed_principal_cannot_be_switched_to(demo_db):
    users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    old = tukar_akses.choices(demo_db, DEMO_KODE_REGISTRASI).candidates[0].user
    with demo_db.Session() as session:
        session.execute(
            update(PtkTerdaftar)
            .where(PtkTerdaftar.ptk_id == old.ptk_id)
            .values(tgl_ptk_keluar=date(2026, 9, 1))
        )
        session.commit()
    found = tukar_akses.choices(demo_db, DEMO_KODE_REGISTRASI)
    assert not any(c.is_principal for c in found.candidates)
    assert "tidak aktif lagi" in str(found.problem)
    with pytest.raises(NoPrincipal, match="tidak aktif lagi"):
        tukar_akses.switch(demo_db, DEMO_KODE_REGISTRASI, old.pengguna_id)
    assert not acting.is_switched()


def test_a_new_principal_gets_an_account_and_the_old_one_is_refused(demo_db):
    users.login(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    old = tukar_akses.choices(demo_db, DEMO_KODE_REGISTRASI).candidates[0].user
    with demo_db.Session() as session:
        _kepala(session).tst_tambahan = date(2026, 9, 30)
        new = _another_ptk(session, old.ptk_id)
        _give_duty(session, new.ptk_id, 2, date(2026, 10, 1))
        session.commit()
    found = tukar_akses.choices(demo_db, DEMO_KODE_REGISTRASI)
    marked = [c.user for c in found.candidates if c.is_principal]
    assert [u.ptk_id for u in marked] == [new.ptk_id]
    with pytest.raises(AccountError, match="bukan kepala sekolah saat ini"):
        tukar_akses.switch(demo_db, DEMO_KODE_REGISTRASI, old.pengguna_id)
    assert tukar_akses.switch(demo_db, DEMO_KODE_REGISTRASI, marked[0].pengguna_id)


def test_kode_verification_accepts_spacing_and_case(demo_db):
    with demo_db.Session() as session:
        kode.verify(session, " demo-kode-2026")


def test_a_staf_account_reads_but_cannot_change_school_data(demo_db):
    with demo_db.Session() as session:
        users.create_user(session, "staf1", "Staf TU", users.PERAN_STAF, "stafstaf1")
        session.commit()
    staf = users.login(demo_db, "staf1", "stafstaf1")
    with demo_db.Session() as session:
        ptk = session.scalar(select(Ptk).order_by(Ptk.nama))
        ptk.no_hp = "081200000000"
        with pytest.raises(AccountError, match="hanya dapat membaca"):
            session.commit()
    users.change_own_password(demo_db, staf.pengguna_id, "stafstaf1", "stafstaf2")
    assert users.login(demo_db, "staf1", "stafstaf2")
