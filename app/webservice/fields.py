"""The fields each endpoint serves, exactly as the ministry app names them.

Clients written for the ministry's Web Service build typed objects from these
rows and fail on a missing or an unexpected key, so the key sets are fixed here
and nowhere else. Types follow the ministry app: every value is a string (or
null when absent) except the fields marked ``int``, ``bool`` and ``list`` below;
numbers the ministry serves as strings (``rt``, ``tinggi_badan``, ``tahun_lulus``,
``jam_mengajar_per_minggu``…) stay strings, flags such as ``ptk_induk`` and
``moving_class`` are ``"1"``/``"0"``, dates are ``YYYY-MM-DD``.
"""

from datetime import date, datetime
from decimal import Decimal

STR, INT, BOOL, LIST = "str", "int", "bool", "list"


def _spec(text: str) -> dict[str, str]:
    """``"a b:int c:list"`` → ``{"a": "str", "b": "int", "c": "list"}``, in order."""
    fields = {}
    for item in text.split():
        name, _, kind = item.partition(":")
        fields[name] = kind or STR
    return fields


SEKOLAH = _spec(
    "sekolah_id nama nss npsn bentuk_pendidikan_id:int bentuk_pendidikan_id_str"
    " status_sekolah status_sekolah_str alamat_jalan rt rw kode_wilayah kode_pos"
    " nomor_telepon nomor_fax email website is_sks:bool lintang bujur dusun"
    " desa_kelurahan kecamatan kabupaten_kota provinsi"
)
PESERTA_DIDIK = _spec(
    "registrasi_id jenis_pendaftaran_id jenis_pendaftaran_id_str nipd"
    " tanggal_masuk_sekolah sekolah_asal peserta_didik_id nama nisn jenis_kelamin nik"
    " tempat_lahir tanggal_lahir agama_id:int agama_id_str alamat_jalan"
    " nomor_telepon_rumah nomor_telepon_seluler nama_ayah pekerjaan_ayah_id:int"
    " pekerjaan_ayah_id_str nama_ibu pekerjaan_ibu_id:int pekerjaan_ibu_id_str nama_wali"
    " pekerjaan_wali_id:int pekerjaan_wali_id_str tinggi_badan berat_badan semester_id"
    " anggota_rombel_id rombongan_belajar_id tingkat_pendidikan_id nama_rombel"
    " kurikulum_id:int kurikulum_id_str"
)
GTK = _spec(
    "tahun_ajaran_id ptk_terdaftar_id ptk_id ptk_induk tanggal_surat_tugas nama"
    " jenis_kelamin tempat_lahir tanggal_lahir agama_id:int agama_id_str nuptk nik"
    " jenis_ptk_id jenis_ptk_id_str status_kepegawaian_id:int status_kepegawaian_id_str"
    " nip pendidikan_terakhir bidang_studi_terakhir pangkat_golongan_terakhir"
    " rwy_pend_formal:list rwy_kepangkatan:list"
)
RWY_PEND_FORMAL = _spec(
    "riwayat_pendidikan_formal_id satuan_pendidikan_formal fakultas kependidikan"
    " tahun_masuk tahun_lulus nim status_kuliah semester ipk prodi id_reg_pd"
    " bidang_studi_id_str jenjang_pendidikan_id_str gelar_akademik_id_str"
)
ROMBONGAN_BELAJAR = _spec(
    "rombongan_belajar_id nama tingkat_pendidikan_id semester_id jenis_rombel"
    " jenis_rombel_str kurikulum_id:int kurikulum_id_str id_ruang id_ruang_str"
    " moving_class ptk_id ptk_id_str anggota_rombel:list pembelajaran:list"
)
ANGGOTA_ROMBEL = _spec(
    "anggota_rombel_id peserta_didik_id jenis_pendaftaran_id jenis_pendaftaran_id_str"
)
PEMBELAJARAN = _spec(
    "pembelajaran_id mata_pelajaran_id:int mata_pelajaran_id_str ptk_terdaftar_id ptk_id"
    " nama_mata_pelajaran induk_pembelajaran_id jam_mengajar_per_minggu"
    " status_di_kurikulum status_di_kurikulum_str"
)
PENGGUNA = _spec(
    "pengguna_id sekolah_id username nama peran_id_str password alamat no_telepon no_hp"
    " ptk_id peserta_didik_id"
)


def as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Numeric(18, 12) comes back padded with zeros: -6.917500000000 → -6.9175.
        return format(value.normalize(), "f")
    return str(value)


_CONVERT = {
    STR: as_text,
    INT: lambda v: None if v is None else int(v),
    BOOL: lambda v: None if v is None else bool(v),
    LIST: lambda v: v,
}


def shape(spec: dict[str, str], values: dict) -> dict:
    """One row with exactly ``spec``'s keys, each value converted to its type.
    Strict on purpose: a field missing from ``values`` is a bug, not a null."""
    return {name: _CONVERT[kind](values[name]) for name, kind in spec.items()}
