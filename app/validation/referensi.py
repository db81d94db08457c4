"""Referensi tab: data that still uses a code its referensi has retired
(``expired_date`` on or before today). Invalid, as in the ministry's app: the
operator must choose a current code.

Table-driven: each entry says where a code is used and which referensi it
comes from; one query shape serves them all.
"""

from dataclasses import dataclass

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, Rule, active_pd, active_ptk

TAB = "referensi"


@dataclass(frozen=True)
class CodeUse:
    code: str
    message: str
    subject: str  # the table named in the result
    pk: str
    alias: str
    where: str  # which subject rows count (alias ``alias``)
    columns: tuple[str, ...]  # subject columns holding the code
    ref_table: str
    ref_pk: str
    via: str = ""  # a join from the subject to the table holding the columns, as ``u``


ROMBEL = "r.soft_delete = 0 AND r.semester_id = :semester_id"
PEMBELAJARAN = "pb.soft_delete = 0 AND pb.semester_id = :semester_id"
OPEN_TERDAFTAR = """JOIN ptk_terdaftar u ON u.ptk_id = p.ptk_id AND u.soft_delete = 0
    AND u.tahun_ajaran_id = :tahun_ajaran_id AND u.jenis_keluar_id IS NULL"""
OPEN_DUTY = """JOIN tugas_tambahan u ON u.ptk_id = p.ptk_id AND u.soft_delete = 0
    AND u.tst_tambahan IS NULL"""
PD_PARENT_JOBS = ("pekerjaan_id_ayah", "pekerjaan_id_ibu", "pekerjaan_id_wali")

USES = (
    CodeUse(
        "REF-BENTUK-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Bentuk pendidikan sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "sekolah",
        "sekolah_id",
        "s",
        "s.soft_delete = 0",
        ("bentuk_pendidikan_id",),
        "ref_bentuk_pendidikan",
        "bentuk_pendidikan_id",
    ),
    CodeUse(
        "REF-AKREDITASI-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Akreditasi sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "sekolah",
        "sekolah_id",
        "s",
        "s.soft_delete = 0",
        ("akreditasi_id",),
        "ref_akreditasi",
        "akreditasi_id",
    ),
    CodeUse(
        "REF-WILAYAH-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Wilayah sekolah: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "sekolah",
        "sekolah_id",
        "s",
        "s.soft_delete = 0",
        ("kode_wilayah",),
        "ref_wilayah",
        "kode_wilayah",
    ),
    CodeUse(
        "REF-WILAYAH-02",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Wilayah alamat peserta didik: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "peserta_didik",
        "peserta_didik_id",
        "pd",
        active_pd(),
        ("kode_wilayah",),
        "ref_wilayah",
        "kode_wilayah",
    ),
    CodeUse(
        "REF-WILAYAH-03",
        QT_TRANSLATE_NOOP(
            "Validasi", "Wilayah alamat PTK: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "ptk",
        "ptk_id",
        "p",
        active_ptk(),
        ("kode_wilayah",),
        "ref_wilayah",
        "kode_wilayah",
    ),
    CodeUse(
        "REF-AGAMA-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Agama peserta didik: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "peserta_didik",
        "peserta_didik_id",
        "pd",
        active_pd(),
        ("agama_id",),
        "ref_agama",
        "agama_id",
    ),
    CodeUse(
        "REF-AGAMA-02",
        QT_TRANSLATE_NOOP(
            "Validasi", "Agama PTK: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "ptk",
        "ptk_id",
        "p",
        active_ptk(),
        ("agama_id",),
        "ref_agama",
        "agama_id",
    ),
    CodeUse(
        "REF-PEKERJAAN-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Pekerjaan orang tua/wali: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "peserta_didik",
        "peserta_didik_id",
        "pd",
        active_pd(),
        PD_PARENT_JOBS,
        "ref_pekerjaan",
        "pekerjaan_id",
    ),
    CodeUse(
        "REF-KEBUTUHAN-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Kebutuhan khusus: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "peserta_didik",
        "peserta_didik_id",
        "pd",
        active_pd(),
        ("kebutuhan_khusus_id",),
        "ref_kebutuhan_khusus",
        "kebutuhan_khusus_id",
    ),
    CodeUse(
        "REF-TINGGAL-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Jenis tinggal: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "peserta_didik",
        "peserta_didik_id",
        "pd",
        active_pd(),
        ("jenis_tinggal_id",),
        "ref_jenis_tinggal",
        "jenis_tinggal_id",
    ),
    CodeUse(
        "REF-TRANSPORTASI-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Alat transportasi: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "peserta_didik",
        "peserta_didik_id",
        "pd",
        active_pd(),
        ("alat_transportasi_id",),
        "ref_alat_transportasi",
        "alat_transportasi_id",
    ),
    CodeUse(
        "REF-STATUSPEG-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Status kepegawaian: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "ptk",
        "ptk_id",
        "p",
        active_ptk(),
        ("status_kepegawaian_id",),
        "ref_status_kepegawaian",
        "status_kepegawaian_id",
    ),
    CodeUse(
        "REF-PANGKAT-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Pangkat/golongan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "ptk",
        "ptk_id",
        "p",
        active_ptk(),
        ("pangkat_golongan_id",),
        "ref_pangkat_golongan",
        "pangkat_golongan_id",
    ),
    CodeUse(
        "REF-JENISPTK-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Jenis PTK penugasan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "ptk",
        "ptk_id",
        "p",
        active_ptk(),
        ("jenis_ptk_id",),
        "ref_jenis_ptk",
        "jenis_ptk_id",
        OPEN_TERDAFTAR,
    ),
    CodeUse(
        "REF-JABATAN-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Jabatan tugas tambahan: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "ptk",
        "ptk_id",
        "p",
        active_ptk(),
        ("jabatan_ptk_id",),
        "ref_jabatan_tugas_ptk",
        "jabatan_ptk_id",
        OPEN_DUTY,
    ),
    CodeUse(
        "REF-KURIKULUM-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Kurikulum rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "rombongan_belajar",
        "rombongan_belajar_id",
        "r",
        ROMBEL,
        ("kurikulum_id",),
        "ref_kurikulum",
        "kurikulum_id",
    ),
    CodeUse(
        "REF-TINGKAT-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Tingkat pendidikan rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "rombongan_belajar",
        "rombongan_belajar_id",
        "r",
        ROMBEL,
        ("tingkat_pendidikan_id",),
        "ref_tingkat_pendidikan",
        "tingkat_pendidikan_id",
    ),
    CodeUse(
        "REF-JENISROMBEL-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Jenis rombel: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "rombongan_belajar",
        "rombongan_belajar_id",
        "r",
        ROMBEL,
        ("jenis_rombel",),
        "ref_jenis_rombel",
        "jenis_rombel",
    ),
    CodeUse(
        "REF-MAPEL-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Mata pelajaran: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "pembelajaran",
        "pembelajaran_id",
        "pb",
        PEMBELAJARAN,
        ("mata_pelajaran_id",),
        "ref_mata_pelajaran",
        "mata_pelajaran_id",
    ),
    CodeUse(
        "REF-PRASARANA-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Jenis prasarana ruang: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}",
        ),
        "ruang",
        "id_ruang",
        "x",
        "x.soft_delete = 0",
        ("jenis_prasarana_id",),
        "ref_jenis_prasarana",
        "jenis_prasarana_id",
    ),
    CodeUse(
        "REF-SARANA-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Jenis sarana: kode {kode} ({nama}) sudah tidak berlaku sejak {sejak}"
        ),
        "alat",
        "id_alat",
        "x",
        "x.soft_delete = 0",
        ("jenis_sarana_id",),
        "ref_jenis_sarana",
        "jenis_sarana_id",
    ),
)


def _use_rule(use: CodeUse) -> Rule:
    holder = "u" if use.via else use.alias
    # Retired codes first (CROSS JOIN keeps that order): usually there are none,
    # and then the query reads no school row at all.
    selects = "\nUNION\n".join(
        f"""SELECT '{use.subject}' AS table_name, {use.alias}.{use.pk} AS row_id,
               ref.{use.ref_pk} AS kode, ref.nama AS nama,
               strftime('%d-%m-%Y', ref.expired_date) AS sejak
        FROM {use.ref_table} ref CROSS JOIN {use.subject} {use.alias} {use.via}
        WHERE ref.expired_date <= :today AND ref.{use.ref_pk} = {holder}.{column}
          AND {use.where} AND {use.alias}.{use.pk} {{scope}}"""
        for column in use.columns
    )
    via_table = use.via.split()[1:2] if use.via else []
    return Rule(
        use.code, TAB, INVALID, use.message, selects, (use.subject,), (use.subject, *via_table)
    )


RULES = [
    *(_use_rule(use) for use in USES),
    Rule(
        "REF-MAPELKUR-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "{mapel} di rombel {rombel}: mata pelajaran ini sudah tidak berlaku di kurikulumnya "
            "sejak {sejak}",
        ),
        """SELECT 'pembelajaran' AS table_name, pb.pembelajaran_id AS row_id,
               pb.nama_mata_pelajaran AS mapel, r.nama AS rombel,
               strftime('%d-%m-%Y', mk.expired_date) AS sejak
        FROM pembelajaran pb JOIN rombongan_belajar r
          ON r.rombongan_belajar_id = pb.rombongan_belajar_id
        JOIN ref_mata_pelajaran_kurikulum mk ON mk.kurikulum_id = r.kurikulum_id
          AND mk.mata_pelajaran_id = pb.mata_pelajaran_id
          AND mk.tingkat_pendidikan_id = r.tingkat_pendidikan_id
        WHERE pb.soft_delete = 0 AND pb.semester_id = :semester_id AND pb.pembelajaran_id {scope}
          AND mk.expired_date <= :today""",
        ("pembelajaran",),
        ("pembelajaran", "rombongan_belajar"),
    ),
]
