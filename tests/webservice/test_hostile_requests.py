"""Requests an attacker or a careless script sends: a forged forwarding header
(the address is the socket's peer, never a header) and odd parameter values
(the documented 400/404 bodies, never a 500)."""

import pytest

from app.webservice.api import ENDPOINTS
from app.webservice.tokens import create_token, list_tokens

BAD_PAGING = {
    "success": False,
    "message": "Parameter start, limit dan page harus bilangan bulat tidak negatif",
}
NO_SEMESTER = {"success": False, "message": "Semester tidak ditemukan"}
NO_SCHOOL = {"success": False, "message": "Sekolah tidak ditemukan"}
HUGE = "9" * 23


@pytest.mark.parametrize(
    "header", ["X-Forwarded-For", "X-Real-IP", "Forwarded"], ids=lambda h: h.lower()
)
def test_a_forwarded_header_does_not_change_the_callers_address(served_small, header):
    engine = served_small.db.engine
    _info, token = create_token(engine, "Rapor di lab", allowed_ip="10.1.2.3")
    value = "for=10.1.2.3" if header == "Forwarded" else "10.1.2.3"
    response = served_small.get("getSekolah", token=token, headers={header: value})
    assert response.status_code == 401
    used = next(t for t in list_tokens(engine) if t.nama == "Rapor di lab")
    assert used.last_used_ip is None and used.last_used_at is None
    assert served_small.get("getSekolah", headers={header: value}).status_code == 200
    recorded = next(t for t in list_tokens(engine) if t.nama.startswith("tes-"))
    assert recorded.last_used_ip == "127.0.0.1"


@pytest.mark.parametrize(
    "params",
    [
        {"start": "²"},
        {"limit": "١٢"},
        {"page": "³", "limit": "5"},
        {"start": HUGE},
        {"limit": HUGE},
        {"page": HUGE, "limit": "5"},
        {"start": " 1"},
        {"limit": "+5"},
    ],
    ids=repr,
)
@pytest.mark.parametrize("endpoint", ["getPesertaDidik", "getPengguna"])
def test_odd_paging_values_get_the_documented_400(served_small, endpoint, params):
    response = served_small.get(endpoint, **params)
    assert response.status_code == 400
    assert response.json() == BAD_PAGING


@pytest.mark.parametrize("value", ["²", "２０２６１", HUGE, "-20261", "2026 1"], ids=repr)
@pytest.mark.parametrize("endpoint", ["getGtk", "getPesertaDidik", "getRombonganBelajar"])
def test_odd_semester_values_get_the_documented_404(served_small, endpoint, value):
    response = served_small.get(endpoint, semester_id=value)
    assert response.status_code == 404
    assert response.json() == NO_SEMESTER


@pytest.mark.parametrize("value", ["²⁰²¹⁹⁰⁰¹", HUGE, "2021900１"], ids=repr)
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_odd_npsn_values_get_the_documented_404(served_small, endpoint, value):
    response = served_small.get(endpoint, npsn=value)
    assert response.status_code == 404
    assert response.json() == NO_SCHOOL
