"""Every entry form, described once as data.

A form edits one row of its model and, through ``parts``, the rows that belong
to it one to one: a student's registration, a PTK's assignment to the school,
this semester's count of an alat. Columns named in ``CONTEXT`` (the school, the
active semester and tahun ajaran) are filled in by ``store`` and never asked.
A form's key is the key of the listing that shows its rows.
"""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema import models as m
from dapodik.schema.referensi import Kerusakan

from ..validation.people import PLACEHOLDERS
from ..validation.peserta_didik import BERAT_KG, TINGGI_CM
from ..validation.ptk import CPNS, PPPK
from ..validation.sarpras import BANGUNAN_PARTS, RUANG_PARTS
from .fields import (
    Field,
    WhenChosen,
    nik_matches_birth,
    not_before,
    not_more_than,
    not_placeholder,
    only_when_ticked,
    ticked_needs,
)

CONTEXT = ("sekolah_id", "semester_id", "tahun_ajaran_id")


@dataclass(frozen=True)
class Part:
    key: str
    model: type
    link: str  # its column holding the form's record id
    # One row per period, "semester_id" or "tahun_ajaran_id": the active one's is edited.
    period: str = ""
    # A column set when the row is closed (jenis keluar): an open row is edited first.
    closed_by: str = ""
    # Columns computed from the entered ones, set on the part's row before it is written.
    derive: Callable | None = None


@dataclass(frozen=True)
class FormSpec:
    key: str
    title: str  # marked for translation in context "Entry"
    model: type
    fields: tuple[Field, ...]
    parts: tuple[Part, ...] = ()
    checks: tuple[Callable, ...] = ()
    # Rules that read an attribute of a chosen referensi row (see ``WhenChosen``).
    rules: tuple[WhenChosen, ...] = ()
    # Leaving instead of deleting: the form that asks why and when, writing to this part.
    leave: "FormSpec | None" = None
    leave_part: str = ""
    # Columns computed from the entered ones, set on the model row before it is written.
    derive: Callable | None = None
    # False for records made elsewhere (a nilai in the Nilai grid): their list edits
    # and deletes them but adds none.
    adds: bool = True

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    def part(self, key: str) -> Part:
        return next(p for p in self.parts if p.key == key)


def _t(key, label, **kw) -> Field:
    return Field(key, label, "text", **kw)


def _nama(key, label, **kw) -> Field:
    """A person's name, as downstream systems accept it."""
    return Field(key, label, "nama", length=100, **kw)


def _digits(key, label, n, **kw) -> Field:
    return Field(key, label, "digits", length=n, **kw)


def _ref(key, label, table, **kw) -> Field:
    return Field(key, label, "choice", source=f"ref:{table}", **kw)


def _choice(key, label, source, **kw) -> Field:
    return Field(key, label, "choice", source=source, **kw)


def _int(key, label, minimum, maximum, **kw) -> Field:
    return Field(key, label, "int", minimum=minimum, maximum=maximum, **kw)


def _dec(key, label, minimum=0, maximum=99999, **kw) -> Field:
    return Field(key, label, "decimal", minimum=minimum, maximum=maximum, **kw)


def _date(key, label, **kw) -> Field:
    return Field(key, label, "date", **kw)


G_IDENTITAS = QT_TRANSLATE_NOOP("Entry", "Identitas")
G_ALAMAT = QT_TRANSLATE_NOOP("Entry", "Alamat")
G_ORANG_TUA = QT_TRANSLATE_NOOP("Entry", "Orang Tua")
G_REGISTRASI = QT_TRANSLATE_NOOP("Entry", "Registrasi")
G_KEPEGAWAIAN = QT_TRANSLATE_NOOP("Entry", "Kepegawaian")
G_LEGALITAS = QT_TRANSLATE_NOOP("Entry", "Legalitas")
G_KONDISI = QT_TRANSLATE_NOOP("Entry", "Kondisi Semester Ini")
G_PERIODIK = QT_TRANSLATE_NOOP("Entry", "Data Periodik")
G_KIP = QT_TRANSLATE_NOOP("Entry", "KIP dan PIP")

NAMA = QT_TRANSLATE_NOOP("Entry", "Nama")
NIK = QT_TRANSLATE_NOOP("Entry", "NIK")
NO_KK = QT_TRANSLATE_NOOP("Entry", "No. KK")
TANGGAL_LAHIR = QT_TRANSLATE_NOOP("Entry", "Tanggal Lahir")
PENERIMA_KIP = QT_TRANSLATE_NOOP("Entry", "Penerima KIP")
LAYAK_PIP = QT_TRANSLATE_NOOP("Entry", "Layak PIP")
PANJANG = QT_TRANSLATE_NOOP("Entry", "Panjang (m)")
LEBAR = QT_TRANSLATE_NOOP("Entry", "Lebar (m)")
KEPEMILIKAN = QT_TRANSLATE_NOOP("Entry", "Status Kepemilikan")
MAX_YEAR = 2100
MINUTES_PER_DAY = 24 * 60


def _address(group: str = G_ALAMAT) -> tuple[Field, ...]:
    return (
        _t("alamat_jalan", QT_TRANSLATE_NOOP("Entry", "Alamat Jalan"), length=80, group=group),
        _int("rt", QT_TRANSLATE_NOOP("Entry", "RT"), 0, 999, group=group),
        _int("rw", QT_TRANSLATE_NOOP("Entry", "RW"), 0, 999, group=group),
        _t("desa_kelurahan", QT_TRANSLATE_NOOP("Entry", "Desa/Kelurahan"), length=60, group=group),
        Field("kode_wilayah", QT_TRANSLATE_NOOP("Entry", "Wilayah"), "wilayah", group=group),
        _digits("kode_pos", QT_TRANSLATE_NOOP("Entry", "Kode Pos"), 5, group=group),
    )


def _person() -> tuple[Field, ...]:
    g = G_IDENTITAS
    return (
        _nama("nama", NAMA, required=True, group=g),
        _choice(
            "jenis_kelamin",
            QT_TRANSLATE_NOOP("Entry", "Jenis Kelamin"),
            "jenis_kelamin",
            required=True,
            group=g,
        ),
        _t("tempat_lahir", QT_TRANSLATE_NOOP("Entry", "Tempat Lahir"), length=32, group=g),
        _date("tanggal_lahir", TANGGAL_LAHIR, required=True, not_after_today=True, group=g),
        _digits("nik", NIK, 16, group=g),
        _digits("no_kk", NO_KK, 16, group=g),
        _ref("agama_id", QT_TRANSLATE_NOOP("Entry", "Agama"), "ref_agama", group=g),
    )


# Each parent's (or guardian's) fields are named after them: the form shows them together.
PARENT_LABELS = {
    "ayah": {
        "nama": QT_TRANSLATE_NOOP("Entry", "Nama Ayah"),
        "nik": QT_TRANSLATE_NOOP("Entry", "NIK Ayah"),
        "tahun_lahir": QT_TRANSLATE_NOOP("Entry", "Tahun Lahir Ayah"),
        "pekerjaan_id": QT_TRANSLATE_NOOP("Entry", "Pekerjaan Ayah"),
        "penghasilan_id": QT_TRANSLATE_NOOP("Entry", "Penghasilan Ayah"),
    },
    "ibu": {
        "nama": QT_TRANSLATE_NOOP("Entry", "Nama Ibu Kandung"),
        "nik": QT_TRANSLATE_NOOP("Entry", "NIK Ibu"),
        "tahun_lahir": QT_TRANSLATE_NOOP("Entry", "Tahun Lahir Ibu"),
        "pekerjaan_id": QT_TRANSLATE_NOOP("Entry", "Pekerjaan Ibu"),
        "penghasilan_id": QT_TRANSLATE_NOOP("Entry", "Penghasilan Ibu"),
    },
    "wali": {
        "nama": QT_TRANSLATE_NOOP("Entry", "Nama Wali"),
        "nik": QT_TRANSLATE_NOOP("Entry", "NIK Wali"),
        "tahun_lahir": QT_TRANSLATE_NOOP("Entry", "Tahun Lahir Wali"),
        "pekerjaan_id": QT_TRANSLATE_NOOP("Entry", "Pekerjaan Wali"),
        "penghasilan_id": QT_TRANSLATE_NOOP("Entry", "Penghasilan Wali"),
    },
}


def _parent(who: str) -> tuple[Field, ...]:
    g, label = G_ORANG_TUA, PARENT_LABELS[who]
    nama_key = "nama_ibu_kandung" if who == "ibu" else f"nama_{who}"
    return (
        _nama(nama_key, label["nama"], required=who == "ibu", group=g),
        _digits(f"nik_{who}", label["nik"], 16, group=g),
        _int(f"tahun_lahir_{who}", label["tahun_lahir"], 1900, MAX_YEAR, group=g),
        _ref(f"pekerjaan_id_{who}", label["pekerjaan_id"], "ref_pekerjaan", group=g),
        _ref(f"penghasilan_id_{who}", label["penghasilan_id"], "ref_penghasilan", group=g),
    )


def _periodik_pd() -> tuple[Field, ...]:
    """This semester's data periodik of a student; what Validasi PD-LONG-01 asks for
    is required, and PD-LONG-02's plausible heights and weights are the bounds."""
    g, part = G_PERIODIK, "periodik"
    return (
        _int(
            "tinggi_badan",
            QT_TRANSLATE_NOOP("Entry", "Tinggi Badan (cm)"),
            *TINGGI_CM,
            required=True,
            part=part,
            group=g,
        ),
        _int(
            "berat_badan",
            QT_TRANSLATE_NOOP("Entry", "Berat Badan (kg)"),
            *BERAT_KG,
            required=True,
            part=part,
            group=g,
        ),
        # From a small child's head to an adult's, with room on both sides.
        _int(
            "lingkar_kepala",
            QT_TRANSLATE_NOOP("Entry", "Lingkar Kepala (cm)"),
            30,
            80,
            part=part,
            group=g,
        ),
        _dec(
            "jarak_rumah_ke_sekolah_km",
            QT_TRANSLATE_NOOP("Entry", "Jarak Rumah ke Sekolah (km)"),
            0,
            9999,
            required=True,
            part=part,
            group=g,
        ),
        _int(
            "waktu_tempuh_menit",
            QT_TRANSLATE_NOOP("Entry", "Waktu Tempuh (menit)"),
            0,
            MINUTES_PER_DAY,
            part=part,
            group=g,
        ),
        _int(
            "jumlah_saudara_kandung",
            QT_TRANSLATE_NOOP("Entry", "Jumlah Saudara Kandung"),
            0,
            30,
            part=part,
            group=g,
        ),
    )


def _kip_pip() -> tuple[Field, ...]:
    g = G_KIP
    return (
        Field("penerima_kip", PENERIMA_KIP, "bool", group=g),
        Field("no_kip", QT_TRANSLATE_NOOP("Entry", "Nomor KIP"), "alnum", length=6, group=g),
        _nama("nm_kip", QT_TRANSLATE_NOOP("Entry", "Nama di KIP"), group=g),
        Field("layak_pip", LAYAK_PIP, "bool", group=g),
        _choice(
            "alasan_layak_pip",
            QT_TRANSLATE_NOOP("Entry", "Alasan Layak PIP"),
            "alasan_layak_pip",
            group=g,
        ),
    )


KELUAR_PESERTA_DIDIK = FormSpec(
    key="keluar_peserta_didik",
    title=QT_TRANSLATE_NOOP("Entry", "Peserta Didik Keluar"),
    model=m.RegistrasiPesertaDidik,
    fields=(
        _ref(
            "jenis_keluar_id",
            QT_TRANSLATE_NOOP("Entry", "Alasan Keluar"),
            "ref_jenis_keluar",
            required=True,
        ),
        _date(
            "tanggal_keluar",
            QT_TRANSLATE_NOOP("Entry", "Tanggal Keluar"),
            required=True,
            not_after_today=True,
        ),
        _t("keterangan", QT_TRANSLATE_NOOP("Entry", "Keterangan"), length=128),
    ),
)

KELUAR_PTK = FormSpec(
    key="keluar_ptk",
    title=QT_TRANSLATE_NOOP("Entry", "GTK Keluar"),
    model=m.PtkTerdaftar,
    fields=(
        _ref(
            "jenis_keluar_id",
            QT_TRANSLATE_NOOP("Entry", "Alasan Keluar"),
            "ref_jenis_keluar",
            required=True,
        ),
        _date(
            "tgl_ptk_keluar",
            QT_TRANSLATE_NOOP("Entry", "Tanggal Keluar"),
            required=True,
            not_after_today=True,
        ),
    ),
)

PESERTA_DIDIK = FormSpec(
    key="peserta_didik",
    title=QT_TRANSLATE_NOOP("Entry", "Peserta Didik"),
    model=m.PesertaDidik,
    parts=(
        Part(
            "registrasi",
            m.RegistrasiPesertaDidik,
            "peserta_didik_id",
            closed_by="jenis_keluar_id",
        ),
        Part("periodik", m.PesertaDidikLongitudinal, "peserta_didik_id", period="semester_id"),
    ),
    fields=(
        *_person(),
        _digits("nisn", QT_TRANSLATE_NOOP("Entry", "NISN"), 10, group=G_IDENTITAS),
        _ref(
            "kebutuhan_khusus_id",
            QT_TRANSLATE_NOOP("Entry", "Kebutuhan Khusus"),
            "ref_kebutuhan_khusus",
            group=G_IDENTITAS,
        ),
        *_address(),
        _t("nama_dusun", QT_TRANSLATE_NOOP("Entry", "Dusun"), length=60, group=G_ALAMAT),
        _ref(
            "jenis_tinggal_id",
            QT_TRANSLATE_NOOP("Entry", "Jenis Tinggal"),
            "ref_jenis_tinggal",
            group=G_ALAMAT,
        ),
        _ref(
            "alat_transportasi_id",
            QT_TRANSLATE_NOOP("Entry", "Alat Transportasi"),
            "ref_alat_transportasi",
            group=G_ALAMAT,
        ),
        _t(
            "nomor_telepon_seluler",
            QT_TRANSLATE_NOOP("Entry", "Nomor HP"),
            length=20,
            group=G_ALAMAT,
        ),
        Field("email", QT_TRANSLATE_NOOP("Entry", "Email"), "email", length=60, group=G_ALAMAT),
        *_parent("ayah"),
        *_parent("ibu"),
        *_parent("wali"),
        _ref(
            "jenis_pendaftaran_id",
            QT_TRANSLATE_NOOP("Entry", "Jenis Pendaftaran"),
            "ref_jenis_pendaftaran",
            required=True,
            part="registrasi",
            group=G_REGISTRASI,
        ),
        _t(
            "nipd",
            QT_TRANSLATE_NOOP("Entry", "NIPD"),
            length=18,
            part="registrasi",
            group=G_REGISTRASI,
        ),
        _date(
            "tanggal_masuk_sekolah",
            QT_TRANSLATE_NOOP("Entry", "Tanggal Masuk Sekolah"),
            required=True,
            not_after_today=True,
            part="registrasi",
            group=G_REGISTRASI,
        ),
        _t(
            "sekolah_asal",
            QT_TRANSLATE_NOOP("Entry", "Sekolah Asal"),
            length=100,
            part="registrasi",
            group=G_REGISTRASI,
        ),
        *_periodik_pd(),
        *_kip_pip(),
    ),
    checks=(
        nik_matches_birth(),
        not_before("tanggal_masuk_sekolah", "tanggal_lahir"),
        not_placeholder("nama_ibu_kandung", PLACEHOLDERS),
        ticked_needs("penerima_kip", "no_kip"),
        ticked_needs("penerima_kip", "nm_kip"),
        only_when_ticked("penerima_kip", "no_kip"),
        ticked_needs("layak_pip", "alasan_layak_pip"),
    ),
    leave=KELUAR_PESERTA_DIDIK,
    leave_part="registrasi",
)

REQUIRED_FOR_PNS = QT_TRANSLATE_NOOP(
    "Entry", "{label} wajib diisi untuk PNS (status kepegawaian {chosen})."
)
NOT_HONORER = QT_TRANSLATE_NOOP(
    "Entry", "{label} harus dikosongkan: status kepegawaian {chosen} bukan PNS atau PPPK."
)


def _is_pns(status) -> bool:
    return bool(status.is_pns)


def _is_pns_not_cpns(status) -> bool:
    # A CPNS is not yet appointed PNS: no TMT PNS to give (as PTK-PNS-02 reads it).
    return bool(status.is_pns) and status.status_kepegawaian_id != CPNS


def _is_honorer(status) -> bool:
    # PPPK have no flag in the referensi but hold pangkat like PNS (as app.validation.ptk).
    return not status.is_pns and status.status_kepegawaian_id != PPPK


PTK = FormSpec(
    key="ptk",
    title=QT_TRANSLATE_NOOP("Entry", "GTK"),
    model=m.Ptk,
    # Penugasan is per tahun ajaran: a new one asks for this year's (Validasi PTK-TERDAFTAR-01).
    parts=(
        Part(
            "terdaftar",
            m.PtkTerdaftar,
            "ptk_id",
            period="tahun_ajaran_id",
            closed_by="jenis_keluar_id",
        ),
    ),
    fields=(
        *_person(),
        _nama(
            "nama_ibu_kandung", QT_TRANSLATE_NOOP("Entry", "Nama Ibu Kandung"), group=G_IDENTITAS
        ),
        _digits("nuptk", QT_TRANSLATE_NOOP("Entry", "NUPTK"), 16, group=G_KEPEGAWAIAN),
        _digits("nip", QT_TRANSLATE_NOOP("Entry", "NIP"), 18, group=G_KEPEGAWAIAN),
        _ref(
            "status_kepegawaian_id",
            QT_TRANSLATE_NOOP("Entry", "Status Kepegawaian"),
            "ref_status_kepegawaian",
            required=True,
            group=G_KEPEGAWAIAN,
        ),
        _ref(
            "pangkat_golongan_id",
            QT_TRANSLATE_NOOP("Entry", "Pangkat/Golongan"),
            "ref_pangkat_golongan",
            group=G_KEPEGAWAIAN,
        ),
        _t("sk_cpns", QT_TRANSLATE_NOOP("Entry", "SK CPNS"), length=80, group=G_KEPEGAWAIAN),
        _date(
            "tgl_cpns",
            QT_TRANSLATE_NOOP("Entry", "TMT CPNS"),
            not_after_today=True,
            group=G_KEPEGAWAIAN,
        ),
        _date(
            "tmt_pns",
            QT_TRANSLATE_NOOP("Entry", "TMT PNS"),
            not_after_today=True,
            group=G_KEPEGAWAIAN,
        ),
        _t(
            "sk_pengangkatan",
            QT_TRANSLATE_NOOP("Entry", "SK Pengangkatan"),
            length=80,
            group=G_KEPEGAWAIAN,
        ),
        _date(
            "tmt_pengangkatan",
            QT_TRANSLATE_NOOP("Entry", "TMT Pengangkatan"),
            not_after_today=True,
            group=G_KEPEGAWAIAN,
        ),
        _ref(
            "jenis_ptk_id",
            QT_TRANSLATE_NOOP("Entry", "Jenis PTK"),
            "ref_jenis_ptk",
            required=True,
            part="terdaftar",
            group=G_KEPEGAWAIAN,
        ),
        _t(
            "nomor_surat_tugas",
            QT_TRANSLATE_NOOP("Entry", "Nomor Surat Tugas"),
            length=80,
            part="terdaftar",
            group=G_KEPEGAWAIAN,
        ),
        _date(
            "tmt_tugas",
            QT_TRANSLATE_NOOP("Entry", "TMT Tugas"),
            not_after_today=True,
            part="terdaftar",
            group=G_KEPEGAWAIAN,
        ),
        Field(
            "ptk_induk",
            QT_TRANSLATE_NOOP("Entry", "Sekolah Induk"),
            "bool",
            part="terdaftar",
            group=G_KEPEGAWAIAN,
        ),
        *_address(),
        _t("no_hp", QT_TRANSLATE_NOOP("Entry", "Nomor HP"), length=20, group=G_ALAMAT),
        Field("email", QT_TRANSLATE_NOOP("Entry", "Email"), "email", length=60, group=G_ALAMAT),
        _digits("npwp", QT_TRANSLATE_NOOP("Entry", "NPWP"), 15, group=G_ALAMAT),
    ),
    checks=(
        nik_matches_birth(),
        not_before("tmt_pengangkatan", "tanggal_lahir"),
        not_before("tmt_pns", "tgl_cpns"),
        not_placeholder("nama_ibu_kandung", PLACEHOLDERS),
    ),
    rules=(
        WhenChosen("nip", "status_kepegawaian_id", _is_pns, REQUIRED_FOR_PNS),
        WhenChosen("sk_cpns", "status_kepegawaian_id", _is_pns, REQUIRED_FOR_PNS),
        WhenChosen("tgl_cpns", "status_kepegawaian_id", _is_pns, REQUIRED_FOR_PNS),
        WhenChosen("tmt_pns", "status_kepegawaian_id", _is_pns_not_cpns, REQUIRED_FOR_PNS),
        WhenChosen(
            "pangkat_golongan_id", "status_kepegawaian_id", _is_honorer, NOT_HONORER, empty=True
        ),
    ),
    leave=KELUAR_PTK,
    leave_part="terdaftar",
)

RWY_PEND_FORMAL = FormSpec(
    key="rwy_pend_formal",
    title=QT_TRANSLATE_NOOP("Entry", "Riwayat Pendidikan Formal"),
    model=m.RwyPendFormal,
    fields=(
        _choice("ptk_id", QT_TRANSLATE_NOOP("Entry", "GTK"), "ptk", required=True),
        _ref(
            "jenjang_pendidikan_id",
            QT_TRANSLATE_NOOP("Entry", "Jenjang Pendidikan"),
            "ref_jenjang_pendidikan",
            required=True,
        ),
        _ref("bidang_studi_id", QT_TRANSLATE_NOOP("Entry", "Bidang Studi"), "ref_bidang_studi"),
        _ref(
            "gelar_akademik_id", QT_TRANSLATE_NOOP("Entry", "Gelar Akademik"), "ref_gelar_akademik"
        ),
        _t(
            "satuan_pendidikan_formal",
            QT_TRANSLATE_NOOP("Entry", "Satuan Pendidikan"),
            required=True,
            length=100,
        ),
        _t("fakultas", QT_TRANSLATE_NOOP("Entry", "Fakultas"), length=80),
        _t("prodi", QT_TRANSLATE_NOOP("Entry", "Program Studi"), length=80),
        Field("kependidikan", QT_TRANSLATE_NOOP("Entry", "Kependidikan"), "bool"),
        _int("tahun_masuk", QT_TRANSLATE_NOOP("Entry", "Tahun Masuk"), 1940, MAX_YEAR),
        _int("tahun_lulus", QT_TRANSLATE_NOOP("Entry", "Tahun Lulus"), 1940, MAX_YEAR),
        _t("nim", QT_TRANSLATE_NOOP("Entry", "NIM"), length=24),
        _dec("ipk", QT_TRANSLATE_NOOP("Entry", "IPK"), 0, 4),
    ),
    checks=(not_before("tahun_lulus", "tahun_masuk"),),
)

TUGAS_TAMBAHAN = FormSpec(
    key="tugas_tambahan",
    title=QT_TRANSLATE_NOOP("Entry", "Tugas Tambahan"),
    model=m.TugasTambahan,
    fields=(
        _choice("ptk_id", QT_TRANSLATE_NOOP("Entry", "GTK"), "ptk", required=True),
        _ref(
            "jabatan_ptk_id",
            QT_TRANSLATE_NOOP("Entry", "Jabatan"),
            "ref_jabatan_tugas_ptk",
            required=True,
        ),
        _int("jumlah_jam", QT_TRANSLATE_NOOP("Entry", "Jumlah Jam"), 0, 40),
        _t("nomor_sk", QT_TRANSLATE_NOOP("Entry", "Nomor SK"), length=80),
        _date("tmt_tambahan", QT_TRANSLATE_NOOP("Entry", "TMT"), required=True),
        _date("tst_tambahan", QT_TRANSLATE_NOOP("Entry", "TST")),
    ),
    checks=(not_before("tst_tambahan", "tmt_tambahan"),),
)

ROMBONGAN_BELAJAR = FormSpec(
    key="rombongan_belajar",
    title=QT_TRANSLATE_NOOP("Entry", "Rombongan Belajar"),
    model=m.RombonganBelajar,
    fields=(
        _t("nama", QT_TRANSLATE_NOOP("Entry", "Nama Rombel"), required=True, length=30),
        _ref(
            "tingkat_pendidikan_id",
            QT_TRANSLATE_NOOP("Entry", "Tingkat"),
            "ref_tingkat_pendidikan",
            required=True,
        ),
        _ref(
            "jenis_rombel",
            QT_TRANSLATE_NOOP("Entry", "Jenis Rombel"),
            "ref_jenis_rombel",
            required=True,
        ),
        _ref(
            "kurikulum_id", QT_TRANSLATE_NOOP("Entry", "Kurikulum"), "ref_kurikulum", required=True
        ),
        _choice("ptk_id", QT_TRANSLATE_NOOP("Entry", "Wali Kelas"), "ptk"),
        _choice("id_ruang", QT_TRANSLATE_NOOP("Entry", "Ruang"), "ruang"),
        Field("moving_class", QT_TRANSLATE_NOOP("Entry", "Moving Class"), "bool"),
    ),
)

ANGGOTA_ROMBEL = FormSpec(
    key="anggota_rombel",
    title=QT_TRANSLATE_NOOP("Entry", "Anggota Rombel"),
    model=m.AnggotaRombel,
    fields=(
        _choice(
            "rombongan_belajar_id",
            QT_TRANSLATE_NOOP("Entry", "Rombel"),
            "rombongan_belajar",
            required=True,
        ),
        _choice(
            "peserta_didik_id",
            QT_TRANSLATE_NOOP("Entry", "Peserta Didik"),
            "peserta_didik",
            required=True,
        ),
        _ref(
            "jenis_pendaftaran_id",
            QT_TRANSLATE_NOOP("Entry", "Jenis Pendaftaran"),
            "ref_jenis_pendaftaran",
            required=True,
        ),
    ),
)


def _nama_mata_pelajaran(session, row) -> None:
    # Downstream systems read the subject's name off the pembelajaran row itself.
    row.nama_mata_pelajaran = session.get(m.MataPelajaran, row.mata_pelajaran_id).nama


PEMBELAJARAN = FormSpec(
    key="pembelajaran",
    title=QT_TRANSLATE_NOOP("Entry", "Pembelajaran"),
    model=m.Pembelajaran,
    fields=(
        _choice(
            "rombongan_belajar_id",
            QT_TRANSLATE_NOOP("Entry", "Rombel"),
            "rombongan_belajar",
            required=True,
        ),
        _ref(
            "mata_pelajaran_id",
            QT_TRANSLATE_NOOP("Entry", "Mata Pelajaran"),
            "ref_mata_pelajaran",
            required=True,
        ),
        _choice("ptk_terdaftar_id", QT_TRANSLATE_NOOP("Entry", "Guru"), "guru", required=True),
        _int(
            "jam_mengajar_per_minggu",
            QT_TRANSLATE_NOOP("Entry", "Jam per Minggu"),
            1,
            60,
            required=True,
        ),
        _t("sk_mengajar", QT_TRANSLATE_NOOP("Entry", "SK Mengajar"), length=80),
        _date("tanggal_sk_mengajar", QT_TRANSLATE_NOOP("Entry", "Tanggal SK Mengajar")),
        _choice(
            "status_di_kurikulum",
            QT_TRANSLATE_NOOP("Entry", "Status di Kurikulum"),
            "status_di_kurikulum",
            required=True,
        ),
    ),
    derive=_nama_mata_pelajaran,
)

JADWAL = FormSpec(
    key="jadwal",
    title=QT_TRANSLATE_NOOP("Entry", "Jadwal"),
    model=m.Jadwal,
    fields=(
        _choice(
            "pembelajaran_id",
            QT_TRANSLATE_NOOP("Entry", "Pembelajaran"),
            "pembelajaran",
            required=True,
        ),
        _choice("hari", QT_TRANSLATE_NOOP("Entry", "Hari"), "hari", required=True),
        _int("bel_ke", QT_TRANSLATE_NOOP("Entry", "Jam Ke"), 1, 15, required=True),
        _choice("id_ruang", QT_TRANSLATE_NOOP("Entry", "Ruang"), "ruang"),
    ),
)

TANAH = FormSpec(
    key="tanah",
    title=QT_TRANSLATE_NOOP("Entry", "Tanah"),
    model=m.Tanah,
    fields=(
        _t("nama", NAMA, required=True, length=50),
        _t("no_sertifikat_tanah", QT_TRANSLATE_NOOP("Entry", "No. Sertifikat"), length=40),
        _dec("panjang", PANJANG),
        _dec("lebar", LEBAR),
        _dec("luas", QT_TRANSLATE_NOOP("Entry", "Luas (m²)"), 0, 99999999),
        _ref("status_kepemilikan_id", KEPEMILIKAN, "ref_status_kepemilikan"),
        _t("keterangan", QT_TRANSLATE_NOOP("Entry", "Keterangan"), length=200),
    ),
)

KERUSAKAN = {
    "pondasi": QT_TRANSLATE_NOOP("Entry", "Kerusakan Pondasi (%)"),
    "kolom_balok": QT_TRANSLATE_NOOP("Entry", "Kerusakan Kolom/Balok (%)"),
    "atap": QT_TRANSLATE_NOOP("Entry", "Kerusakan Atap (%)"),
    "dinding": QT_TRANSLATE_NOOP("Entry", "Kerusakan Dinding (%)"),
    "lantai": QT_TRANSLATE_NOOP("Entry", "Kerusakan Lantai (%)"),
    "plafon": QT_TRANSLATE_NOOP("Entry", "Kerusakan Plafon (%)"),
    "pintu": QT_TRANSLATE_NOOP("Entry", "Kerusakan Pintu (%)"),
    "jendela": QT_TRANSLATE_NOOP("Entry", "Kerusakan Jendela (%)"),
}


def _kondisi(parts: tuple[str, ...]) -> tuple[Field, ...]:
    """This semester's damage per building part, as Dapodik asks it every semester."""
    return tuple(
        _dec(f"rusak_{p}", KERUSAKAN[p], 0, 100, required=True, part="kondisi", group=G_KONDISI)
        for p in parts
    )


def _kategori_kerusakan(parts: tuple[str, ...]) -> Callable:
    """Kategori kerusakan follows the worst part, so a collapsing roof is never
    averaged away (the same reading as Validasi Lokal SP-KONDISI-03)."""

    def derive(session, row) -> None:
        worst = max(getattr(row, f"rusak_{p}") or 0 for p in parts)
        row.kerusakan_id = session.scalar(
            select(Kerusakan.kerusakan_id).where(
                Kerusakan.persen_min <= worst, Kerusakan.persen_max >= worst
            )
        )

    return derive


BANGUNAN = FormSpec(
    key="bangunan",
    title=QT_TRANSLATE_NOOP("Entry", "Bangunan"),
    model=m.Bangunan,
    parts=(
        Part(
            "kondisi",
            m.BangunanLongitudinal,
            "id_bangunan",
            period="semester_id",
            derive=_kategori_kerusakan(BANGUNAN_PARTS),
        ),
    ),
    fields=(
        _choice("id_tanah", QT_TRANSLATE_NOOP("Entry", "Tanah"), "tanah"),
        _t("kd_bangunan", QT_TRANSLATE_NOOP("Entry", "Kode"), length=10),
        _t("nama", NAMA, required=True, length=50),
        _dec("panjang", PANJANG),
        _dec("lebar", LEBAR),
        _dec("luas_tapak", QT_TRANSLATE_NOOP("Entry", "Luas Tapak (m²)"), 0, 99999999),
        _int("jml_lantai", QT_TRANSLATE_NOOP("Entry", "Jumlah Lantai"), 1, 20),
        _int("tahun_dibangun", QT_TRANSLATE_NOOP("Entry", "Tahun Dibangun"), 1900, MAX_YEAR),
        _ref("status_kepemilikan_id", KEPEMILIKAN, "ref_status_kepemilikan"),
        *_kondisi(BANGUNAN_PARTS),
    ),
)

RUANG = FormSpec(
    key="ruang",
    title=QT_TRANSLATE_NOOP("Entry", "Ruang"),
    model=m.Ruang,
    parts=(
        Part(
            "kondisi",
            m.RuangLongitudinal,
            "id_ruang",
            period="semester_id",
            derive=_kategori_kerusakan(RUANG_PARTS),
        ),
    ),
    fields=(
        _choice("id_bangunan", QT_TRANSLATE_NOOP("Entry", "Bangunan"), "bangunan"),
        _ref(
            "jenis_prasarana_id",
            QT_TRANSLATE_NOOP("Entry", "Jenis Prasarana"),
            "ref_jenis_prasarana",
            required=True,
        ),
        _t("kd_ruang", QT_TRANSLATE_NOOP("Entry", "Kode"), length=10),
        _t("nama", NAMA, required=True, length=50),
        _int("lantai", QT_TRANSLATE_NOOP("Entry", "Lantai ke"), 1, 20),
        _dec("panjang", PANJANG),
        _dec("lebar", LEBAR),
        _dec("luas_ruang", QT_TRANSLATE_NOOP("Entry", "Luas (m²)")),
        _int("kapasitas", QT_TRANSLATE_NOOP("Entry", "Kapasitas"), 0, 9999),
        *_kondisi(RUANG_PARTS),
        Field(
            "berfungsi",
            QT_TRANSLATE_NOOP("Entry", "Berfungsi"),
            "bool",
            part="kondisi",
            group=G_KONDISI,
        ),
    ),
)

ALAT = FormSpec(
    key="alat",
    title=QT_TRANSLATE_NOOP("Entry", "Alat"),
    model=m.Alat,
    parts=(Part("semester", m.AlatLongitudinal, "id_alat", period="semester_id"),),
    fields=(
        _choice("id_ruang", QT_TRANSLATE_NOOP("Entry", "Ruang"), "ruang"),
        _ref(
            "jenis_sarana_id",
            QT_TRANSLATE_NOOP("Entry", "Jenis Sarana"),
            "ref_jenis_sarana",
            required=True,
        ),
        _t("nama", NAMA, required=True, length=50),
        _t("spesifikasi", QT_TRANSLATE_NOOP("Entry", "Spesifikasi"), length=100),
        _ref("status_kepemilikan_id", KEPEMILIKAN, "ref_status_kepemilikan"),
        _int(
            "jumlah", QT_TRANSLATE_NOOP("Entry", "Jumlah"), 0, 99999, required=True, part="semester"
        ),
        _int(
            "jumlah_laik",
            QT_TRANSLATE_NOOP("Entry", "Jumlah Laik"),
            0,
            99999,
            required=True,
            part="semester",
        ),
    ),
    checks=(not_more_than("jumlah_laik", "jumlah"),),
)

SEKOLAH = FormSpec(
    key="sekolah",
    title=QT_TRANSLATE_NOOP("Entry", "Sekolah"),
    model=m.Sekolah,
    fields=(
        _t(
            "nama",
            QT_TRANSLATE_NOOP("Entry", "Nama Sekolah"),
            required=True,
            length=100,
            group=G_IDENTITAS,
        ),
        _digits("npsn", QT_TRANSLATE_NOOP("Entry", "NPSN"), 8, required=True, group=G_IDENTITAS),
        _digits("nss", QT_TRANSLATE_NOOP("Entry", "NSS"), 12, group=G_IDENTITAS),
        _ref(
            "bentuk_pendidikan_id",
            QT_TRANSLATE_NOOP("Entry", "Bentuk Pendidikan"),
            "ref_bentuk_pendidikan",
            required=True,
            group=G_IDENTITAS,
        ),
        _choice(
            "status_sekolah",
            QT_TRANSLATE_NOOP("Entry", "Status Sekolah"),
            "status_sekolah",
            required=True,
            group=G_IDENTITAS,
        ),
        _t("nomor_telepon", QT_TRANSLATE_NOOP("Entry", "Telepon"), length=20, group=G_IDENTITAS),
        Field("email", QT_TRANSLATE_NOOP("Entry", "Email"), "email", length=60, group=G_IDENTITAS),
        _t("website", QT_TRANSLATE_NOOP("Entry", "Website"), length=100, group=G_IDENTITAS),
        *_address(),
        _t("nama_dusun", QT_TRANSLATE_NOOP("Entry", "Dusun"), length=60, group=G_ALAMAT),
        # Indonesia lies within 6° N–11° S and 95°–141° E: a swapped pair is refused.
        _dec("lintang", QT_TRANSLATE_NOOP("Entry", "Lintang"), -11, 6, group=G_ALAMAT),
        _dec("bujur", QT_TRANSLATE_NOOP("Entry", "Bujur"), 95, 141, group=G_ALAMAT),
        _ref("status_kepemilikan_id", KEPEMILIKAN, "ref_status_kepemilikan", group=G_LEGALITAS),
        _t(
            "sk_pendirian_sekolah",
            QT_TRANSLATE_NOOP("Entry", "SK Pendirian"),
            length=80,
            group=G_LEGALITAS,
        ),
        _date(
            "tanggal_sk_pendirian",
            QT_TRANSLATE_NOOP("Entry", "Tanggal SK Pendirian"),
            not_after_today=True,
            group=G_LEGALITAS,
        ),
        _t(
            "sk_izin_operasional",
            QT_TRANSLATE_NOOP("Entry", "SK Izin Operasional"),
            length=80,
            group=G_LEGALITAS,
        ),
        _date(
            "tanggal_sk_izin_operasional",
            QT_TRANSLATE_NOOP("Entry", "Tanggal SK Izin Operasional"),
            not_after_today=True,
            group=G_LEGALITAS,
        ),
        _ref(
            "akreditasi_id",
            QT_TRANSLATE_NOOP("Entry", "Akreditasi"),
            "ref_akreditasi",
            group=G_LEGALITAS,
        ),
        _t(
            "sk_akreditasi",
            QT_TRANSLATE_NOOP("Entry", "SK Akreditasi"),
            length=80,
            group=G_LEGALITAS,
        ),
        _date(
            "tmt_akreditasi",
            QT_TRANSLATE_NOOP("Entry", "TMT Akreditasi"),
            not_after_today=True,
            group=G_LEGALITAS,
        ),
    ),
)


# Made in the Nilai grid; the Daftar Nilai corrects a nilai or deletes one that
# belongs to no rombel member any more (Validasi NL-ANGGOTA-01).
NILAI = FormSpec(
    key="nilai",
    title=QT_TRANSLATE_NOOP("Entry", "Nilai"),
    model=m.Nilai,
    fields=(
        _dec("nilai_pengetahuan", QT_TRANSLATE_NOOP("Entry", "Nilai Pengetahuan"), 0, 100),
        _dec("nilai_keterampilan", QT_TRANSLATE_NOOP("Entry", "Nilai Keterampilan"), 0, 100),
    ),
    adds=False,
)


def _periodik_text(key: str, label: str, length: int, required: bool = False) -> Field:
    return _t(key, label, length=length, required=required, part="periodik")


# The school's data periodik of the active semester, a form of its own: it changes
# every semester, the school's identity seldom. What SK-LONG-01 names is required.
SEKOLAH_PERIODIK = FormSpec(
    key="sekolah_periodik",
    title=QT_TRANSLATE_NOOP("Entry", "Data Periodik Sekolah"),
    model=m.Sekolah,
    parts=(Part("periodik", m.SekolahLongitudinal, "sekolah_id", period="semester_id"),),
    fields=(
        _periodik_text(
            "waktu_penyelenggaraan", QT_TRANSLATE_NOOP("Entry", "Waktu Penyelenggaraan"), 20
        ),
        _periodik_text(
            "sumber_listrik", QT_TRANSLATE_NOOP("Entry", "Sumber Listrik"), 40, required=True
        ),
        _int(
            "daya_listrik",
            QT_TRANSLATE_NOOP("Entry", "Daya Listrik (Watt)"),
            0,
            9_999_999,
            part="periodik",
        ),
        _periodik_text(
            "akses_internet", QT_TRANSLATE_NOOP("Entry", "Akses Internet"), 40, required=True
        ),
        _periodik_text("sumber_air", QT_TRANSLATE_NOOP("Entry", "Sumber Air"), 40, required=True),
    ),
)

FORMS = {
    spec.key: spec
    for spec in (
        SEKOLAH,
        SEKOLAH_PERIODIK,
        TANAH,
        BANGUNAN,
        RUANG,
        ALAT,
        PESERTA_DIDIK,
        PTK,
        RWY_PEND_FORMAL,
        TUGAS_TAMBAHAN,
        ROMBONGAN_BELAJAR,
        ANGGOTA_ROMBEL,
        PEMBELAJARAN,
        JADWAL,
        NILAI,
    )
}
