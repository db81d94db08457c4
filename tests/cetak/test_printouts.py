"""Every printout, written by ``python -m app cetak`` and read back from the PDF:
the record's fields, the school's letterhead, the place and date, the
principal's name and NIP, page numbers and repeated table headers."""

from datetime import date

import pytest
from pdf_support import pdf_page_size, pdf_pages, pdf_text

from app.accounts.principal import find_principal
from app.cetak.dates import indonesian_date
from app.cli import EXIT_OK
from app.validation import engine as validation
from dapodik.schema.models import Ptk

A4_PORTRAIT = (595.28, 841.89)
F4_PORTRAIT = (609.45, 935.43)  # 215 × 330 mm


def _row(db, sql: str, **params):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).first()


def _rows(db, sql: str, **params):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).all()


def _principal(db) -> tuple[str, str]:
    with db.Session() as session:
        principal = find_principal(session)
        return principal.nama, session.get(Ptk, principal.ptk_id).nip


def _signed(text: str, db) -> None:
    """The school, the place and date, and the principal's signature."""
    nama, nip = _principal(db)
    assert "SD NEGERI SUKAMAJU 1" in text and "NPSN 20219001" in text
    assert "Bandung, 6 Desember 2026" in text
    assert nama in text and f"NIP. {nip}" in text


def _compact(text: str) -> str:
    return " ".join(text.split())


def test_formulir_pd_prints_the_students_data(cetak, small_db):
    student = _row(
        small_db,
        """SELECT p.nama, p.nisn, p.nik, p.nama_ibu_kandung, p.alamat_jalan, p.tanggal_lahir,
                  r.nipd, rb.nama AS rombel, w.nama AS wali, l.tinggi_badan, l.berat_badan
           FROM peserta_didik p
           JOIN registrasi_peserta_didik r ON r.peserta_didik_id = p.peserta_didik_id
           JOIN peserta_didik_longitudinal l ON l.peserta_didik_id = p.peserta_didik_id
           JOIN anggota_rombel a ON a.peserta_didik_id = p.peserta_didik_id
           JOIN rombongan_belajar rb ON rb.rombongan_belajar_id = a.rombongan_belajar_id
           JOIN ptk w ON w.ptk_id = rb.ptk_id
           WHERE p.nisn IS NOT NULL ORDER BY p.nama LIMIT 1""",
    )
    code, pdf, _ = cetak(small_db, "formulir-pd", "--nisn", student.nisn)
    assert code == EXIT_OK
    text = pdf_text(pdf)
    for value in (
        student.nama,
        student.nisn,
        student.nik,
        student.nama_ibu_kandung,
        student.alamat_jalan,
        student.nipd,
        student.rombel,
        student.wali,
        indonesian_date(date.fromisoformat(student.tanggal_lahir)),
    ):
        assert value in text
    assert "FORMULIR PESERTA DIDIK" in text and "Registrasi" in text and "Orang Tua" in text
    periodik = _compact(text).split("Data Periodik")[1]
    assert f"Tinggi Badan (cm) : {student.tinggi_badan}" in periodik
    assert f"Berat Badan (kg) : {student.berat_badan}" in periodik
    assert "Halaman 1 dari" in text
    _signed(text, small_db)


def test_formulir_pd_by_id_is_the_same_student(cetak, small_db):
    student = _row(small_db, "SELECT peserta_didik_id, nama FROM peserta_didik LIMIT 1")
    code, pdf, _ = cetak(small_db, "formulir-pd", "--id", student.peserta_didik_id)
    assert code == EXIT_OK and student.nama in pdf_text(pdf)


def test_formulir_pd_kosong_leaves_every_field_to_fill_in(cetak, small_db):
    from app.entry.forms import FORMS

    code, pdf, _ = cetak(small_db, "formulir-pd-kosong")
    assert code == EXIT_OK
    text = _compact(pdf_text(pdf))
    for field in FORMS["peserta_didik"].fields:
        assert field.label in text
    assert "☐ Laki-laki ☐ Perempuan" in text and "☐ Islam" in text
    assert "☐" * 16 in text.replace(" ", "")  # the NIK's sixteen boxes
    some_student = _row(small_db, "SELECT nama FROM peserta_didik LIMIT 1").nama
    assert some_student not in text
    assert "Bandung, ......" in text and "2026" not in text.split("Bandung,")[1]  # parents date it
    for page in range(1, pdf_pages(pdf) + 1):  # a question and all its choices share a page
        on_page = pdf_text(pdf, page)
        assert on_page.count("Pekerjaan") == on_page.count("Sudah Meninggal")
        assert on_page.count("Penghasilan") == on_page.count("Tidak Berpenghasilan")


def test_formulir_gtk_prints_kepegawaian_riwayat_and_tugas_tambahan(cetak, small_db):
    with small_db.Session() as session:
        ptk_id = find_principal(session).ptk_id
    ptk = _row(
        small_db,
        """SELECT p.nama, p.nuptk, p.nip, p.nik, s.nama AS status, r.satuan_pendidikan_formal
           FROM ptk p JOIN ref_status_kepegawaian s USING (status_kepegawaian_id)
           JOIN rwy_pend_formal r ON r.ptk_id = p.ptk_id WHERE p.ptk_id = :id""",
        id=ptk_id,
    )
    code, pdf, _ = cetak(small_db, "formulir-gtk", "--id", ptk_id)
    assert code == EXIT_OK
    text = pdf_text(pdf)
    for value in (ptk.nama, ptk.nuptk, ptk.nip, ptk.nik, ptk.status, ptk.satuan_pendidikan_formal):
        assert value in text
    assert "Riwayat Pendidikan Formal" in text and "Tugas Tambahan" in text
    assert "Kepala Sekolah" in text.split("Tugas Tambahan")[1]  # the principal's own duty
    _signed(text, small_db)
    assert text.count(f"NIP. {ptk.nip}") == 1 and "Mengetahui" not in text  # signs once


def test_profil_sekolah_counts_students_gtk_and_sarpras(cetak, small_db):
    code, pdf, _ = cetak(small_db, "profil-sekolah")
    assert code == EXIT_OK
    text = _compact(pdf_text(pdf))
    male, female = _row(
        small_db,
        """SELECT sum(p.jenis_kelamin = 'L'), sum(p.jenis_kelamin = 'P') FROM anggota_rombel a
           JOIN peserta_didik p USING (peserta_didik_id)""",
    )
    assert f"Jumlah {male} {female} 6" in text  # L, P and rombel of the whole school
    gtk = _row(small_db, "SELECT count(*) FROM ptk_terdaftar WHERE jenis_keluar_id IS NULL")[0]
    assert text.count(f"Jumlah {gtk}") == 2  # by status kepegawaian and by jenis PTK
    ruang = _row(small_db, "SELECT count(*) FROM ruang")[0]
    assert f"Ruang : {ruang}" in text and "Prasarana dan kondisinya" in text
    _signed(pdf_text(pdf), small_db)


def test_daftar_pd_lists_a_rombels_members_under_its_wali(cetak, small_db):
    members = _rows(
        small_db,
        """SELECT p.nama, p.nisn FROM anggota_rombel a JOIN peserta_didik p USING (peserta_didik_id)
           JOIN rombongan_belajar rb USING (rombongan_belajar_id) WHERE rb.nama = 'Kelas 3'""",
    )
    code, pdf, _ = cetak(small_db, "daftar-pd", "--rombel", "Kelas 3")
    assert code == EXIT_OK
    text = pdf_text(pdf)
    assert "DAFTAR PESERTA DIDIK" in text and "Kelas 3" in text and "Kelas 4" not in text
    for nama, nisn in members:
        assert nama in text and (nisn or "") in text
    assert f": {len(members)} (L:" in _compact(text)
    _signed(text, small_db)


def test_daftar_pd_of_every_rombel_gives_each_its_own_pages(cetak, small_db):
    code, pdf, _ = cetak(small_db, "daftar-pd")
    assert code == EXIT_OK
    pages = pdf_pages(pdf)
    assert pages == 6
    for page in range(1, pages + 1):
        text = pdf_text(pdf, page)
        assert f"Kelas {page}" in text and f"Halaman {page} dari {pages}" in text


def test_every_rombel_of_the_large_school_in_the_order_people_count(cetak, large_db):
    code, pdf, _ = cetak(large_db, "daftar-pd")
    assert code == EXIT_OK
    assert pdf_pages(pdf) == 99  # a page for each rombel of 30 to 31
    firsts = [
        _compact(pdf_text(pdf, page)).split("Rombel : ")[1].split(" Tingkat")[0]
        for page in (1, 2, 10)
    ]
    assert firsts == ["X AK 1", "X AK 2", "X AK 10"]


def test_absensi_is_a_landscape_grid_of_the_months_days(cetak, small_db):
    members = _rows(
        small_db,
        """SELECT p.nama FROM anggota_rombel a JOIN peserta_didik p USING (peserta_didik_id)
           JOIN rombongan_belajar rb USING (rombongan_belajar_id) WHERE rb.nama = 'Kelas 1'""",
    )
    code, pdf, _ = cetak(small_db, "absensi", "--rombel", "Kelas 1", "--bulan", "2027-02")
    assert code == EXIT_OK
    width, height = pdf_page_size(pdf)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    text = pdf_text(pdf)
    assert "Bulan Februari 2027" in text
    header = next(line for line in text.splitlines() if "NISN" in line)
    assert header.split()[-3:] == ["S", "I", "A"]
    assert "28" in header.split() and "29" not in header.split()  # February 2027 has 28 days
    for (nama,) in members:
        assert nama in text
    _signed(text, small_db)


def test_hasil_validasi_lists_results_by_tab_invalid_first(cetak, small_db):
    validation.run(small_db.engine)
    results = validation.stored_results(small_db.engine, "peserta_didik")
    code, pdf, _ = cetak(small_db, "hasil-validasi")
    assert code == EXIT_OK
    text = _compact(pdf_text(pdf))
    assert "HASIL VALIDASI LOKAL" in text
    for result in results:
        assert result.code in text
    section = text.split("Peserta Didik:")[1].split("GTK:")[0]
    kinds = [word for word in section.split() if word in ("Invalid", "Peringatan")]
    assert kinds == sorted(kinds, key=lambda kind: kind != "Invalid") and "Invalid" in kinds
    _signed(pdf_text(pdf), small_db)


def test_rekap_mengajar_sums_each_teachers_jjm(cetak, small_db):
    teacher = _row(
        small_db,
        """SELECT p.nama, p.nuptk, sum(pb.jam_mengajar_per_minggu) AS jjm FROM pembelajaran pb
           JOIN ptk_terdaftar t USING (ptk_terdaftar_id) JOIN ptk p ON p.ptk_id = t.ptk_id
           GROUP BY p.ptk_id ORDER BY p.nama LIMIT 1""",
    )
    code, pdf, _ = cetak(small_db, "rekap-mengajar")
    assert code == EXIT_OK
    text = pdf_text(pdf)
    row = text[text.index(teacher.nama) :].split("\n")[0].split()
    assert str(teacher.jjm) in row
    assert teacher.nuptk in text and "JJM" in text and "Tambahan" in text
    _signed(text, small_db)


def test_long_table_repeats_its_header_on_every_page(cetak, large_db):
    code, pdf, _ = cetak(large_db, "rekap-mengajar")
    assert code == EXIT_OK
    pages = pdf_pages(pdf)
    assert pages > 3
    for page in range(1, pages + 1):
        text = pdf_text(pdf, page)
        assert "Nama GTK" in text and "JJM" in text
        assert f"Halaman {page} dari {pages}" in text


@pytest.mark.parametrize(("kertas", "size"), [("a4", A4_PORTRAIT), ("f4", F4_PORTRAIT)])
def test_paper_a4_or_f4(cetak, small_db, kertas, size):
    code, pdf, _ = cetak(small_db, "profil-sekolah", "--kertas", kertas)
    assert code == EXIT_OK
    assert pdf_page_size(pdf) == pytest.approx(size, abs=0.5)
