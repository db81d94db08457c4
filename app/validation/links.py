"""Which subject rows a changed row can affect, for re-validating one record.

``LINKS[(subject, touched)]`` maps the id ``:id`` of a changed row of ``touched``
to the ``subject`` rows whose results it can change. A rule can override a link
(a duplicate NISN also affects the other holder). Where no link exists the
engine runs the rule over the whole tab, which is always correct, only slower.
"""

LINKS: dict[tuple[str, str], str] = {
    ("peserta_didik", "registrasi_peserta_didik"): """SELECT peserta_didik_id
        FROM registrasi_peserta_didik WHERE registrasi_id = :id""",
    ("peserta_didik", "peserta_didik_longitudinal"): """SELECT peserta_didik_id
        FROM peserta_didik_longitudinal WHERE peserta_didik_longitudinal_id = :id""",
    ("peserta_didik", "anggota_rombel"): """SELECT peserta_didik_id FROM anggota_rombel
        WHERE anggota_rombel_id = :id""",
    ("peserta_didik", "rombongan_belajar"): """SELECT peserta_didik_id FROM anggota_rombel
        WHERE rombongan_belajar_id = :id""",
    ("ptk", "ptk_terdaftar"): "SELECT ptk_id FROM ptk_terdaftar WHERE ptk_terdaftar_id = :id",
    ("ptk", "rwy_pend_formal"): """SELECT ptk_id FROM rwy_pend_formal
        WHERE riwayat_pendidikan_formal_id = :id""",
    (
        "ptk",
        "tugas_tambahan",
    ): "SELECT ptk_id FROM tugas_tambahan WHERE ptk_tugas_tambahan_id = :id",
    ("ptk", "pembelajaran"): """SELECT t.ptk_id FROM pembelajaran pb JOIN ptk_terdaftar t
        ON t.ptk_terdaftar_id = pb.ptk_terdaftar_id WHERE pb.pembelajaran_id = :id""",
    (
        "rombongan_belajar",
        "ptk",
    ): "SELECT rombongan_belajar_id FROM rombongan_belajar WHERE ptk_id = :id",
    ("rombongan_belajar", "ptk_terdaftar"): """SELECT r.rombongan_belajar_id
        FROM rombongan_belajar r JOIN ptk_terdaftar t ON t.ptk_id = r.ptk_id
        WHERE t.ptk_terdaftar_id = :id""",
    ("rombongan_belajar", "anggota_rombel"): """SELECT rombongan_belajar_id FROM anggota_rombel
        WHERE anggota_rombel_id = :id""",
    ("rombongan_belajar", "peserta_didik"): """SELECT rombongan_belajar_id FROM anggota_rombel
        WHERE peserta_didik_id = :id""",
    ("rombongan_belajar", "pembelajaran"): """SELECT rombongan_belajar_id FROM pembelajaran
        WHERE pembelajaran_id = :id""",
    (
        "rombongan_belajar",
        "ruang",
    ): "SELECT rombongan_belajar_id FROM rombongan_belajar WHERE id_ruang = :id",
    ("pembelajaran", "rombongan_belajar"): """SELECT pembelajaran_id FROM pembelajaran
        WHERE rombongan_belajar_id = :id""",
    ("pembelajaran", "ptk_terdaftar"): """SELECT pembelajaran_id FROM pembelajaran
        WHERE ptk_terdaftar_id = :id""",
    ("pembelajaran", "ptk"): """SELECT pb.pembelajaran_id FROM pembelajaran pb JOIN ptk_terdaftar t
        ON t.ptk_terdaftar_id = pb.ptk_terdaftar_id WHERE t.ptk_id = :id""",
    ("pembelajaran", "jadwal"): "SELECT pembelajaran_id FROM jadwal WHERE jadwal_id = :id",
    ("pembelajaran", "nilai"): "SELECT pembelajaran_id FROM nilai WHERE nilai_id = :id",
    ("pembelajaran", "anggota_rombel"): """SELECT pb.pembelajaran_id FROM pembelajaran pb
        JOIN anggota_rombel a ON a.rombongan_belajar_id = pb.rombongan_belajar_id
        WHERE a.anggota_rombel_id = :id""",
    ("pembelajaran", "peserta_didik"): """SELECT pb.pembelajaran_id FROM pembelajaran pb
        JOIN anggota_rombel a ON a.rombongan_belajar_id = pb.rombongan_belajar_id
        WHERE a.peserta_didik_id = :id""",
    # A clash involves every row at the changed rows' time slots.
    ("jadwal", "pembelajaran"): """SELECT o.jadwal_id FROM jadwal o JOIN jadwal c
        ON c.hari = o.hari AND c.bel_ke = o.bel_ke AND c.semester_id = o.semester_id
        WHERE c.pembelajaran_id = :id""",
    ("nilai", "anggota_rombel"): "SELECT nilai_id FROM nilai WHERE anggota_rombel_id = :id",
    ("nilai", "pembelajaran"): "SELECT nilai_id FROM nilai WHERE pembelajaran_id = :id",
    ("ruang", "bangunan"): "SELECT id_ruang FROM ruang WHERE id_bangunan = :id",
    ("ruang", "ruang_longitudinal"): """SELECT id_ruang FROM ruang_longitudinal
        WHERE ruang_longitudinal_id = :id""",
    ("bangunan", "bangunan_longitudinal"): """SELECT id_bangunan FROM bangunan_longitudinal
        WHERE bangunan_longitudinal_id = :id""",
    ("bangunan", "tanah"): "SELECT id_bangunan FROM bangunan WHERE id_tanah = :id",
    (
        "alat",
        "alat_longitudinal",
    ): "SELECT id_alat FROM alat_longitudinal WHERE alat_longitudinal_id = :id",
}
