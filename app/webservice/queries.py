"""What each endpoint reads: one set-based query per endpoint (plus one per nested
list), paged in SQL, so 3,000 students cost one query, not 3,000.

Served: rows not soft-deleted; students registered at the school who have not
left (``jenis_keluar_id`` unset); PTK assigned for the semester's tahun ajaran who
have not left; active pengguna. The schema keeps no ``rwy_kepangkatan``, no
``id_reg_pd`` and no pengguna ``peserta_didik_id``: they are served as an empty
list and nulls rather than made up.
"""

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, literal, select
from sqlalchemy.orm import aliased

from dapodik.schema import models as m

from ..db.active import registration_current
from ..db.pengguna import Pengguna
from . import fields as f

STATUS_SEKOLAH = {1: "Negeri", 2: "Swasta"}
# Pembelajaran.status_di_kurikulum has no referensi table; its codes as the model documents.
STATUS_DI_KURIKULUM = {1: "Wajib sesuai kurikulum", 2: "Muatan lokal", 3: "Tambahan"}
JENIS_ROMBEL_KELAS = 1
LEVEL_KECAMATAN, LEVEL_KABUPATEN, LEVEL_PROVINSI = 3, 2, 1


@dataclass(frozen=True)
class Page:
    start: int = 0
    limit: int | None = None  # None: every row from ``start``


@dataclass(frozen=True)
class Result:
    total: int
    rows: list[dict]


def find_school(conn: Connection, npsn: str) -> dict | None:
    s = m.Sekolah
    row = conn.execute(
        select(s.sekolah_id, s.npsn).where(s.npsn == npsn, s.soft_delete.is_(False))
    ).first()
    return row._asdict() if row else None


def active_semester(conn: Connection) -> int | None:
    return conn.scalar(select(m.Semester.semester_id).where(m.Semester.periode_aktif == 1))


def tahun_ajaran_of(conn: Connection, semester_id: int) -> int | None:
    return conn.scalar(
        select(m.Semester.tahun_ajaran_id).where(m.Semester.semester_id == semester_id)
    )


def _paged(conn: Connection, query, page: Page) -> tuple[int, list[dict]]:
    total = conn.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = conn.execute(query.offset(page.start).limit(page.limit)).mappings().all()
    return total, [dict(r) for r in rows]


# --- getSekolah ------------------------------------------------------------------


def _wilayah_by_level(conn: Connection, kode_wilayah: str | None) -> dict[int, str]:
    names: dict[int, str] = {}
    w = m.Wilayah
    while kode_wilayah:
        row = conn.execute(
            select(w.nama, w.id_level_wilayah, w.mst_kode_wilayah).where(
                w.kode_wilayah == kode_wilayah
            )
        ).first()
        if row is None:
            break
        names[row.id_level_wilayah] = row.nama
        kode_wilayah = row.mst_kode_wilayah
    return names


def sekolah(conn: Connection, sekolah_id: str) -> dict:
    s, bentuk = m.Sekolah, m.BentukPendidikan
    row = (
        conn.execute(
            select(s.__table__, bentuk.nama.label("bentuk_pendidikan_id_str"))
            .outerjoin(bentuk, bentuk.bentuk_pendidikan_id == s.bentuk_pendidikan_id)
            .where(s.sekolah_id == sekolah_id)
        )
        .mappings()
        .one()
    )
    wilayah = _wilayah_by_level(conn, row["kode_wilayah"])
    return f.shape(
        f.SEKOLAH,
        {
            **row,
            "status_sekolah_str": STATUS_SEKOLAH.get(row["status_sekolah"]),
            "dusun": row["nama_dusun"],
            "kecamatan": wilayah.get(LEVEL_KECAMATAN),
            "kabupaten_kota": wilayah.get(LEVEL_KABUPATEN),
            "provinsi": wilayah.get(LEVEL_PROVINSI),
        },
    )


# --- getPesertaDidik -------------------------------------------------------------


def _active_registration(sekolah_id: str):
    reg = m.RegistrasiPesertaDidik
    return and_(reg.sekolah_id == sekolah_id, registration_current(reg))


def _kelas_of_student(semester_id: int):
    """The student's one rombel of jenis Kelas in the semester (the first by name,
    should bad data put them in two), as its anggota_rombel_id."""
    ar, rb = m.AnggotaRombel, m.RombonganBelajar
    return (
        select(ar.anggota_rombel_id)
        .join(rb, rb.rombongan_belajar_id == ar.rombongan_belajar_id)
        .where(
            ar.peserta_didik_id == m.PesertaDidik.peserta_didik_id,
            ar.soft_delete.is_(False),
            rb.soft_delete.is_(False),
            rb.semester_id == semester_id,
            rb.jenis_rombel == JENIS_ROMBEL_KELAS,
        )
        .order_by(rb.nama, ar.anggota_rombel_id)
        .limit(1)
        .correlate(m.PesertaDidik)
        .scalar_subquery()
    )


def peserta_didik(conn: Connection, sekolah_id: str, semester_id: int, page: Page) -> Result:
    pd, reg, pdl = m.PesertaDidik, m.RegistrasiPesertaDidik, m.PesertaDidikLongitudinal
    ar, rb, kur = m.AnggotaRombel, m.RombonganBelajar, m.Kurikulum
    jp, agama = m.JenisPendaftaran, m.Agama
    ayah, ibu, wali = (aliased(m.Pekerjaan) for _ in range(3))
    query = (
        select(
            reg.registrasi_id,
            reg.jenis_pendaftaran_id,
            jp.nama.label("jenis_pendaftaran_id_str"),
            reg.nipd,
            reg.tanggal_masuk_sekolah,
            reg.sekolah_asal,
            pd.peserta_didik_id,
            pd.nama,
            pd.nisn,
            pd.jenis_kelamin,
            pd.nik,
            pd.tempat_lahir,
            pd.tanggal_lahir,
            pd.agama_id,
            agama.nama.label("agama_id_str"),
            pd.alamat_jalan,
            pd.nomor_telepon_rumah,
            pd.nomor_telepon_seluler,
            pd.nama_ayah,
            pd.pekerjaan_id_ayah.label("pekerjaan_ayah_id"),
            ayah.nama.label("pekerjaan_ayah_id_str"),
            pd.nama_ibu_kandung.label("nama_ibu"),
            pd.pekerjaan_id_ibu.label("pekerjaan_ibu_id"),
            ibu.nama.label("pekerjaan_ibu_id_str"),
            pd.nama_wali,
            pd.pekerjaan_id_wali.label("pekerjaan_wali_id"),
            wali.nama.label("pekerjaan_wali_id_str"),
            pdl.tinggi_badan,
            pdl.berat_badan,
            literal(semester_id).label("semester_id"),
            ar.anggota_rombel_id,
            rb.rombongan_belajar_id,
            rb.tingkat_pendidikan_id,
            rb.nama.label("nama_rombel"),
            rb.kurikulum_id,
            kur.nama.label("kurikulum_id_str"),
        )
        .select_from(reg)
        .join(pd, pd.peserta_didik_id == reg.peserta_didik_id)
        .outerjoin(jp, jp.jenis_pendaftaran_id == reg.jenis_pendaftaran_id)
        .outerjoin(agama, agama.agama_id == pd.agama_id)
        .outerjoin(ayah, ayah.pekerjaan_id == pd.pekerjaan_id_ayah)
        .outerjoin(ibu, ibu.pekerjaan_id == pd.pekerjaan_id_ibu)
        .outerjoin(wali, wali.pekerjaan_id == pd.pekerjaan_id_wali)
        .outerjoin(
            pdl,
            and_(
                pdl.peserta_didik_id == pd.peserta_didik_id,
                pdl.semester_id == semester_id,
                pdl.soft_delete.is_(False),
            ),
        )
        .outerjoin(ar, ar.anggota_rombel_id == _kelas_of_student(semester_id))
        .outerjoin(rb, rb.rombongan_belajar_id == ar.rombongan_belajar_id)
        .outerjoin(kur, kur.kurikulum_id == rb.kurikulum_id)
        .where(_active_registration(sekolah_id), pd.soft_delete.is_(False))
        .order_by(pd.nama, pd.peserta_didik_id)
    )
    total, rows = _paged(conn, query, page)
    return Result(total, [f.shape(f.PESERTA_DIDIK, r) for r in rows])


# --- getGtk ----------------------------------------------------------------------


def _riwayat(conn: Connection, ptk_ids: list[str]) -> dict[str, list[dict]]:
    """Formal education per PTK, oldest first, with the names of its codes."""
    rw, jenjang = m.RwyPendFormal, m.JenjangPendidikan
    bidang, gelar = m.BidangStudi, m.GelarAkademik
    rows = conn.execute(
        select(
            rw.__table__,
            bidang.nama.label("bidang_studi_id_str"),
            jenjang.nama.label("jenjang_pendidikan_id_str"),
            gelar.kode.label("gelar_akademik_id_str"),
        )
        .outerjoin(jenjang, jenjang.jenjang_pendidikan_id == rw.jenjang_pendidikan_id)
        .outerjoin(bidang, bidang.bidang_studi_id == rw.bidang_studi_id)
        .outerjoin(gelar, gelar.gelar_akademik_id == rw.gelar_akademik_id)
        .where(rw.ptk_id.in_(ptk_ids), rw.soft_delete.is_(False))
        .order_by(rw.ptk_id, rw.tahun_lulus, rw.riwayat_pendidikan_formal_id)
    ).mappings()
    by_ptk: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        # The schema keeps no PDDikti student id (id_reg_pd).
        by_ptk[r["ptk_id"]].append(f.shape(f.RWY_PEND_FORMAL, {**r, "id_reg_pd": None}))
    return by_ptk


def gtk(conn: Connection, sekolah_id: str, semester_id: int, page: Page) -> Result:
    ptk, terdaftar = m.Ptk, m.PtkTerdaftar
    agama, jenis, status, pangkat = m.Agama, m.JenisPtk, m.StatusKepegawaian, m.PangkatGolongan
    query = (
        select(
            terdaftar.tahun_ajaran_id,
            terdaftar.ptk_terdaftar_id,
            ptk.ptk_id,
            terdaftar.ptk_induk,
            terdaftar.tanggal_surat_tugas,
            ptk.nama,
            ptk.jenis_kelamin,
            ptk.tempat_lahir,
            ptk.tanggal_lahir,
            ptk.agama_id,
            agama.nama.label("agama_id_str"),
            ptk.nuptk,
            ptk.nik,
            terdaftar.jenis_ptk_id,
            jenis.nama.label("jenis_ptk_id_str"),
            ptk.status_kepegawaian_id,
            status.nama.label("status_kepegawaian_id_str"),
            ptk.nip,
            pangkat.kode.label("pangkat_golongan_terakhir"),
        )
        .select_from(terdaftar)
        .join(ptk, ptk.ptk_id == terdaftar.ptk_id)
        .outerjoin(agama, agama.agama_id == ptk.agama_id)
        .outerjoin(jenis, jenis.jenis_ptk_id == terdaftar.jenis_ptk_id)
        .outerjoin(status, status.status_kepegawaian_id == ptk.status_kepegawaian_id)
        .outerjoin(pangkat, pangkat.pangkat_golongan_id == ptk.pangkat_golongan_id)
        .where(
            terdaftar.sekolah_id == sekolah_id,
            terdaftar.tahun_ajaran_id == tahun_ajaran_of(conn, semester_id),
            terdaftar.soft_delete.is_(False),
            terdaftar.jenis_keluar_id.is_(None),
            ptk.soft_delete.is_(False),
        )
        .order_by(ptk.nama, terdaftar.ptk_terdaftar_id)
    )
    total, rows = _paged(conn, query, page)
    riwayat = _riwayat(conn, [r["ptk_id"] for r in rows])
    served = []
    for r in rows:
        history = riwayat.get(r["ptk_id"], [])
        last = history[-1] if history else {}
        values = {
            **r,
            "pendidikan_terakhir": last.get("jenjang_pendidikan_id_str"),
            "bidang_studi_terakhir": last.get("bidang_studi_id_str"),
            "rwy_pend_formal": history,
            # The schema keeps no rank history; the current rank is pangkat_golongan_terakhir.
            "rwy_kepangkatan": [],
        }
        served.append(f.shape(f.GTK, values))
    return Result(total, served)


# --- getRombonganBelajar ---------------------------------------------------------


def _anggota(conn: Connection, sekolah_id: str, rombel_ids: list[str]) -> dict[str, list]:
    ar, pd, jp = m.AnggotaRombel, m.PesertaDidik, m.JenisPendaftaran
    reg = m.RegistrasiPesertaDidik
    # IN, not a correlated EXISTS: without ANALYZE statistics SQLite would search
    # registrasi by sekolah_id for every member, 3,000 × 3,000 rows on the large school.
    still_here = ar.peserta_didik_id.in_(
        select(reg.peserta_didik_id).where(_active_registration(sekolah_id))
    )
    rows = conn.execute(
        select(
            ar.rombongan_belajar_id,
            ar.anggota_rombel_id,
            ar.peserta_didik_id,
            ar.jenis_pendaftaran_id,
            jp.nama.label("jenis_pendaftaran_id_str"),
        )
        .join(pd, pd.peserta_didik_id == ar.peserta_didik_id)
        .outerjoin(jp, jp.jenis_pendaftaran_id == ar.jenis_pendaftaran_id)
        .where(
            ar.rombongan_belajar_id.in_(rombel_ids),
            ar.soft_delete.is_(False),
            pd.soft_delete.is_(False),
            still_here,
        )
        .order_by(ar.rombongan_belajar_id, pd.nama, ar.anggota_rombel_id)
    ).mappings()
    by_rombel: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_rombel[r["rombongan_belajar_id"]].append(f.shape(f.ANGGOTA_ROMBEL, r))
    return by_rombel


def _pembelajaran(conn: Connection, rombel_ids: list[str]) -> dict[str, list]:
    pb, terdaftar, mapel = m.Pembelajaran, m.PtkTerdaftar, m.MataPelajaran
    rows = conn.execute(
        select(pb.__table__, mapel.nama.label("mata_pelajaran_id_str"), terdaftar.ptk_id)
        .outerjoin(mapel, mapel.mata_pelajaran_id == pb.mata_pelajaran_id)
        .outerjoin(terdaftar, terdaftar.ptk_terdaftar_id == pb.ptk_terdaftar_id)
        .where(pb.rombongan_belajar_id.in_(rombel_ids), pb.soft_delete.is_(False))
        .order_by(pb.rombongan_belajar_id, pb.mata_pelajaran_id, pb.pembelajaran_id)
    ).mappings()
    by_rombel: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        values = {**r, "status_di_kurikulum_str": STATUS_DI_KURIKULUM.get(r["status_di_kurikulum"])}
        by_rombel[r["rombongan_belajar_id"]].append(f.shape(f.PEMBELAJARAN, values))
    return by_rombel


def rombongan_belajar(conn: Connection, sekolah_id: str, semester_id: int, page: Page) -> Result:
    rb, jenis, kur, ruang, wali = (
        m.RombonganBelajar,
        m.JenisRombel,
        m.Kurikulum,
        m.Ruang,
        m.Ptk,
    )
    query = (
        select(
            rb.rombongan_belajar_id,
            rb.nama,
            rb.tingkat_pendidikan_id,
            rb.semester_id,
            rb.jenis_rombel,
            jenis.nama.label("jenis_rombel_str"),
            rb.kurikulum_id,
            kur.nama.label("kurikulum_id_str"),
            rb.id_ruang,
            ruang.nama.label("id_ruang_str"),
            rb.moving_class,
            rb.ptk_id,
            wali.nama.label("ptk_id_str"),
        )
        .outerjoin(jenis, jenis.jenis_rombel == rb.jenis_rombel)
        .outerjoin(kur, kur.kurikulum_id == rb.kurikulum_id)
        .outerjoin(ruang, ruang.id_ruang == rb.id_ruang)
        .outerjoin(wali, wali.ptk_id == rb.ptk_id)
        .where(
            rb.sekolah_id == sekolah_id,
            rb.semester_id == semester_id,
            rb.soft_delete.is_(False),
        )
        .order_by(rb.tingkat_pendidikan_id, rb.nama, rb.rombongan_belajar_id)
    )
    total, rows = _paged(conn, query, page)
    ids = [r["rombongan_belajar_id"] for r in rows]
    anggota, pembelajaran = _anggota(conn, sekolah_id, ids), _pembelajaran(conn, ids)
    served = [
        f.shape(
            f.ROMBONGAN_BELAJAR,
            {
                **r,
                "anggota_rombel": anggota.get(r["rombongan_belajar_id"], []),
                "pembelajaran": pembelajaran.get(r["rombongan_belajar_id"], []),
            },
        )
        for r in rows
    ]
    return Result(total, served)


# --- getPengguna -----------------------------------------------------------------


def pengguna(conn: Connection, sekolah_id: str, page: Page) -> Result:
    p, peran = Pengguna, m.Peran
    # The hash column is not even selected: it cannot leak by a later edit of the shape.
    query = (
        select(
            p.pengguna_id,
            p.sekolah_id,
            p.username,
            p.nama,
            peran.nama.label("peran_id_str"),
            p.alamat,
            p.no_telepon,
            p.no_hp,
            p.ptk_id,
        )
        .outerjoin(peran, peran.peran_id == p.peran_id)
        .where(
            (p.sekolah_id == sekolah_id) | p.sekolah_id.is_(None),
            p.soft_delete.is_(False),
            p.aktif.is_(True),
        )
        .order_by(p.username)
    )
    total, rows = _paged(conn, query, page)
    # password: present for compatibility, always empty; the schema keeps no peserta_didik_id.
    served = [f.shape(f.PENGGUNA, {**r, "password": "", "peserta_didik_id": None}) for r in rows]
    return Result(total, served)
