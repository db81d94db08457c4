"""Demo mistakes that need more than one field's own check: a prasarana without this
semester's kondisi, a PNS without NIP, a placeholder for nama ibu kandung. Each is
shown when its record is opened, fixed through the form as an operator types, and
the fixed record then passes Validasi Lokal."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.entry import store
from app.entry.forms import FORMS
from app.entry.options import active_semester_id
from app.ui.record_form import RecordForm
from app.validation.engine import run_record
from dapodik.schema import models as m

from .test_demo_mistakes_gui import issue
from .test_forms_gui import FIRST, type_into


def open_mistake(qtbot, small_demo_file, small_db, code: str):
    mistake = issue(small_demo_file[1], code)
    form = RecordForm(small_db, FORMS[mistake.table], mistake.row_id)
    qtbot.addWidget(form)
    form.show()  # Enter reaches the default button (Simpan) of a shown dialog only
    return mistake, form


def save_with_enter(qtbot, form: RecordForm, key: str) -> None:
    form.editors[key].setFocus()
    qtbot.keyClick(form.editors[key], Qt.Key_Return)
    assert form.result() == RecordForm.Accepted, form.raw()


def findings(db, mistake) -> set[str]:
    """The Validasi Lokal rules the record still breaks, re-run for it alone."""
    outcome = run_record(db.engine, mistake.table, mistake.row_id)
    return {r.code for r in outcome.results if r.row_id == mistake.row_id}


def test_ruang_without_kondisi_is_fixed_on_its_kondisi_page(qtbot, small_demo_file, small_db):
    mistake, form = open_mistake(qtbot, small_demo_file, small_db, "SP-KONDISI-01")
    assert form.message("rusak_lantai") == "Kerusakan Lantai (%) wajib diisi."
    type_into(qtbot, form, "rusak_lantai", "120")
    assert form.message("rusak_lantai") == "Kerusakan Lantai (%) harus antara 0 dan 100."
    typed = {"lantai": "10", "dinding": "35,5", "plafon": "0", "pintu": "5", "jendela": "0"}
    for part, value in typed.items():
        type_into(qtbot, form, f"rusak_{part}", value)
    type_into(qtbot, form, "berfungsi", True)
    assert all(form.message(f"rusak_{part}") == "" for part in typed)
    save_with_enter(qtbot, form, "rusak_jendela")
    with small_db.Session() as session:
        row = session.scalars(
            select(m.RuangLongitudinal).where(
                m.RuangLongitudinal.id_ruang == mistake.row_id,
                m.RuangLongitudinal.semester_id == active_semester_id(session),
            )
        ).one()
        assert (float(row.rusak_dinding), row.berfungsi) == (35.5, True)
        assert row.kerusakan_id is not None  # set from the worst part, not asked
    assert findings(small_db, mistake) == set()


def test_kondisi_out_of_range_is_refused_and_nothing_is_written(qtbot, small_db):
    form = RecordForm(small_db, FORMS["bangunan"])
    qtbot.addWidget(form)
    for key in ("nama", "rusak_pondasi", "rusak_kolom_balok", "rusak_dinding", "rusak_lantai"):
        type_into(qtbot, form, key, "Gedung E" if key == "nama" else "0")
    type_into(qtbot, form, "rusak_atap", "101")
    form.submit()
    assert form.result() != RecordForm.Accepted
    assert form.message("rusak_atap") == "Kerusakan Atap (%) harus antara 0 dan 100."
    assert form.raw()["nama"] == "Gedung E"  # nothing typed is lost
    with small_db.Session() as session:
        assert session.scalar(select(m.Bangunan).where(m.Bangunan.nama == "Gedung E")) is None


def test_pns_without_nip_is_refused_until_the_nip_is_typed(qtbot, small_demo_file, small_db):
    mistake, form = open_mistake(qtbot, small_demo_file, small_db, "PTK-NIP-01")
    assert form.message("nip").startswith("NIP wajib diisi untuk PNS")
    form.submit()
    assert form.result() != RecordForm.Accepted
    born, sex = form.raw()["tanggal_lahir"], form.raw()["jenis_kelamin"]
    # NIP: birth date, TMT CPNS (year, month), sex (1 man, 2 woman), sequence.
    nip = f"{born:%Y%m%d}201001{1 if sex == 'L' else 2}001"
    type_into(qtbot, form, "nip", nip)
    assert form.message("nip") == ""
    save_with_enter(qtbot, form, "nip")
    with small_db.Session() as session:
        assert store.load(session, FORMS["ptk"], mistake.row_id)["nip"] == nip
    assert "PTK-NIP-01" not in findings(small_db, mistake)
    assert not {code for code in findings(small_db, mistake) if code.startswith("PTK-NIP")}


def honorer(db) -> str:
    with db.Session() as session:
        return session.scalars(
            select(m.Ptk.ptk_id).where(
                m.Ptk.status_kepegawaian_id == 8, m.Ptk.pangkat_golongan_id.is_(None)
            )
        ).first()


def test_honorer_with_pangkat_is_refused(qtbot, small_db):
    form = RecordForm(small_db, FORMS["ptk"], honorer(small_db))
    qtbot.addWidget(form)
    assert form.message("pangkat_golongan_id") == ""
    type_into(qtbot, form, "pangkat_golongan_id", FIRST)
    assert form.message("pangkat_golongan_id").startswith(
        "Pangkat/Golongan harus dikosongkan: status kepegawaian"
    )
    form.submit()
    assert form.result() != RecordForm.Accepted
    type_into(qtbot, form, "pangkat_golongan_id", None)
    assert form.message("pangkat_golongan_id") == ""


def test_placeholder_nama_ibu_kandung_is_refused_and_fixed(qtbot, small_demo_file, small_db):
    mistake, form = open_mistake(qtbot, small_demo_file, small_db, "PD-IBU-01")
    assert form.message("nama_ibu_kandung").startswith('Nama Ibu Kandung: "IBU" bukan nama')
    for placeholder in ("-", "xxx", "Tidak Tahu", "nn"):
        type_into(qtbot, form, "nama_ibu_kandung", placeholder)
        assert "bukan nama sebenarnya" in form.message("nama_ibu_kandung"), placeholder
    type_into(qtbot, form, "nama_ibu_kandung", "")
    assert form.message("nama_ibu_kandung") == "Nama Ibu Kandung wajib diisi."
    type_into(qtbot, form, "nama_ibu_kandung", "Siti Aminah")
    assert form.message("nama_ibu_kandung") == ""
    save_with_enter(qtbot, form, "nama_ibu_kandung")
    with small_db.Session() as session:
        stored = store.load(session, FORMS["peserta_didik"], mistake.row_id)
        assert stored["nama_ibu_kandung"] == "Siti Aminah"
    assert "PD-IBU-01" not in findings(small_db, mistake)
