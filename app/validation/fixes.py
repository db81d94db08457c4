"""Where the operator clears each *invalid* rule in the app: which form, which of
its fields, and whether by changing a record, adding one or deleting one.

An invalid result blocks sending, so none may be a dead end; a test holds that
every invalid rule has an entry here, that each form and field exists and that
each action is on screen. The Validasi panel can read it to say "perbaiki di …".
Forms are the keys of ``app.entry.forms.FORMS`` (plain strings: validation does
not import entry).
"""

from dataclasses import dataclass

from .sarpras import BANGUNAN_PARTS, RUANG_PARTS

EDIT, ADD, DELETE = "ubah", "tambah", "hapus"  # the table's Ubah, Tambah, Hapus
# A form with a leave form (Peserta Didik, GTK) records leaving on Hapus: its
# fields are the leave form's.


@dataclass(frozen=True)
class Fix:
    form: str
    fields: tuple[str, ...] = ()
    action: str = EDIT


def _edit(form: str, *fields: str) -> Fix:
    return Fix(form, fields)


def _add(form: str, *fields: str) -> Fix:
    return Fix(form, fields, ADD)


def _delete(form: str, *fields: str) -> Fix:
    return Fix(form, fields, DELETE)


def _people(form: str, prefix: str) -> dict[str, tuple[Fix, ...]]:
    """The identity rules Peserta Didik and GTK share (``people.py``)."""
    name, ibu = "nama", "nama_ibu_kandung"
    return {
        f"{prefix}-NIK-01": (_edit(form, "nik"),),
        f"{prefix}-NIK-02": (_edit(form, "nik", "tanggal_lahir"),),
        f"{prefix}-NIK-03": (_edit(form, "nik", "jenis_kelamin"),),
        f"{prefix}-JK-01": (_edit(form, "jenis_kelamin"),),
        **{f"{prefix}-NAMA-0{n}": (_edit(form, name),) for n in (1, 2, 3)},
        **{f"{prefix}-IBU-0{n}": (_edit(form, ibu),) for n in (1, 2, 3, 4)},
    }


KONDISI = (
    _edit("ruang", *(f"rusak_{p}" for p in RUANG_PARTS)),
    _edit("bangunan", *(f"rusak_{p}" for p in BANGUNAN_PARTS)),
)
PERIODIK_PD = ("tinggi_badan", "berat_badan", "jarak_rumah_ke_sekolah_km")
LEAVING_PD = ("jenis_keluar_id", "tanggal_keluar")
LEAVING_PTK = ("jenis_keluar_id", "tgl_ptk_keluar")
NILAI = ("nilai_pengetahuan", "nilai_keterampilan")

FIXES: dict[str, tuple[Fix, ...]] = {
    # Sekolah
    "SK-NPSN-01": (_edit("sekolah", "npsn"),),
    "SK-NAMA-01": (_edit("sekolah", "nama"),),
    "SK-ALAMAT-01": (_edit("sekolah", "alamat_jalan"),),
    "SK-WILAYAH-01": (_edit("sekolah", "kode_wilayah"),),
    "SK-KODEPOS-01": (_edit("sekolah", "kode_pos"),),
    "SK-AKRED-01": (_edit("sekolah", "akreditasi_id"),),
    "SK-AKRED-02": (_edit("sekolah", "sk_akreditasi", "tmt_akreditasi"),),
    "SK-SK-01": (_edit("sekolah", "sk_pendirian_sekolah", "tanggal_sk_pendirian"),),
    "SK-SK-02": (_edit("sekolah", "sk_izin_operasional", "tanggal_sk_izin_operasional"),),
    "SK-LONG-01": (_edit("sekolah_periodik", "sumber_listrik", "akses_internet", "sumber_air"),),
    "SK-KEPSEK-01": (_add("tugas_tambahan", "ptk_id", "jabatan_ptk_id", "tmt_tambahan"),),
    "SK-KEPSEK-02": (_edit("tugas_tambahan", "tst_tambahan"),),
    "SK-KEPSEK-03": (_edit("ptk", "ptk_induk"),),
    # Sarpras
    "SP-LUAS-01": (_edit("ruang", "panjang", "lebar", "luas_ruang"),),
    "SP-LUAS-02": (_edit("bangunan", "panjang", "lebar", "luas_tapak"),),
    "SP-LUAS-03": (_edit("tanah", "panjang", "lebar", "luas"),),
    "SP-RUANG-01": (_edit("ruang", "id_bangunan"),),
    "SP-BANGUNAN-01": (_edit("bangunan", "id_tanah"),),
    "SP-LANTAI-01": (_edit("ruang", "lantai"), _edit("bangunan", "jml_lantai")),
    "SP-KONDISI-01": KONDISI,
    "SP-KONDISI-02": KONDISI,
    # Saving the form sets the kategori from the worst part.
    "SP-KONDISI-03": KONDISI,
    "SP-ALAT-01": (_edit("alat", "jumlah", "jumlah_laik"),),
    "SP-ALAT-02": (_edit("alat", "jumlah", "jumlah_laik"),),
    # Peserta Didik
    **_people("peserta_didik", "PD"),
    "PD-NISN-01": (_edit("peserta_didik", "nisn"),),
    "PD-NISN-02": (_edit("peserta_didik", "nisn"),),
    "PD-LAHIR-01": (_edit("peserta_didik", "tanggal_lahir"),),
    "PD-AGAMA-01": (_edit("peserta_didik", "agama_id"),),
    # Saving the form makes the registrasi.
    "PD-REG-01": (_edit("peserta_didik", "jenis_pendaftaran_id", "tanggal_masuk_sekolah"),),
    # Recording leaving closes one of the two open registrasi.
    "PD-REG-02": (_delete("peserta_didik", *LEAVING_PD),),
    "PD-REG-03": (_edit("peserta_didik", "tanggal_masuk_sekolah", "tanggal_lahir"),),
    "PD-KELUAR-01": (_delete("peserta_didik", *LEAVING_PD),),
    "PD-ROMBEL-01": (_add("anggota_rombel", "rombongan_belajar_id", "peserta_didik_id"),),
    "PD-ROMBEL-02": (_delete("anggota_rombel"),),
    "PD-KIP-01": (_edit("peserta_didik", "penerima_kip", "no_kip", "nm_kip"),),
    "PD-KIP-02": (_edit("peserta_didik", "penerima_kip", "no_kip"),),
    "PD-KIP-03": (_edit("peserta_didik", "no_kip"),),
    "PD-PIP-01": (_edit("peserta_didik", "layak_pip", "alasan_layak_pip"),),
    "PD-USIA-02": (_edit("peserta_didik", "tanggal_lahir"), _delete("peserta_didik", *LEAVING_PD)),
    "PD-LONG-01": (_edit("peserta_didik", *PERIODIK_PD),),
    # GTK
    **_people("ptk", "PTK"),
    "PTK-NUPTK-01": (_edit("ptk", "nuptk"),),
    "PTK-NUPTK-02": (_edit("ptk", "nuptk"),),
    "PTK-NIP-01": (_edit("ptk", "nip", "status_kepegawaian_id"),),
    "PTK-NIP-02": (_edit("ptk", "nip"),),
    "PTK-NIP-03": (_edit("ptk", "nip", "tanggal_lahir"),),
    "PTK-NIP-04": (_edit("ptk", "nip", "status_kepegawaian_id"),),
    "PTK-PNS-01": (_edit("ptk", "sk_cpns", "tgl_cpns"),),
    "PTK-PNS-02": (_edit("ptk", "tmt_pns"),),
    "PTK-PANGKAT-01": (_edit("ptk", "pangkat_golongan_id", "status_kepegawaian_id"),),
    "PTK-PANGKAT-02": (_edit("ptk", "pangkat_golongan_id"),),
    # Saving the form makes this tahun ajaran's penugasan; one who left records it.
    "PTK-TERDAFTAR-01": (_edit("ptk", "jenis_ptk_id"), _delete("ptk", *LEAVING_PTK)),
    # Recording leaving closes one of the two open penugasan.
    "PTK-TERDAFTAR-02": (_delete("ptk", *LEAVING_PTK),),
    "PTK-RWY-01": (
        _add("rwy_pend_formal", "ptk_id", "jenjang_pendidikan_id", "satuan_pendidikan_formal"),
    ),
    "PTK-TUGAS-01": (_edit("tugas_tambahan", "tmt_tambahan", "tst_tambahan"),),
    "PTK-MENGAJAR-01": (_add("pembelajaran", "ptk_terdaftar_id", "rombongan_belajar_id"),),
    "PTK-TENDIK-01": (_edit("ptk", "jenis_ptk_id"), _delete("pembelajaran")),
    # Rombongan Belajar
    "RB-NAMA-01": (_edit("rombongan_belajar", "nama"),),
    "RB-WALI-01": (_edit("rombongan_belajar", "ptk_id"),),
    "RB-WALI-02": (_edit("rombongan_belajar", "ptk_id"),),
    "RB-TINGKAT-01": (_edit("rombongan_belajar", "tingkat_pendidikan_id"),),
    "RB-TINGKAT-02": (_edit("rombongan_belajar", "tingkat_pendidikan_id"),),
    "RB-KURIKULUM-01": (_edit("rombongan_belajar", "kurikulum_id"),),
    "RB-KURIKULUM-02": (_edit("rombongan_belajar", "kurikulum_id"),),
    "RB-RUANG-01": (_edit("rombongan_belajar", "id_ruang"),),
    "RB-ANGGOTA-01": (_add("anggota_rombel", "rombongan_belajar_id", "peserta_didik_id"),),
    "RB-PEMBELAJARAN-01": (_add("pembelajaran", "rombongan_belajar_id", "mata_pelajaran_id"),),
    # Pembelajaran
    "PB-MAPEL-01": (_edit("pembelajaran", "mata_pelajaran_id", "status_di_kurikulum"),),
    "PB-JAM-01": (_edit("pembelajaran", "jam_mengajar_per_minggu"),),
    "PB-JAM-02": (_edit("pembelajaran", "jam_mengajar_per_minggu"),),
    "PB-PTK-01": (_edit("pembelajaran", "ptk_terdaftar_id"),),
    "PB-DUPLIKAT-01": (_delete("pembelajaran"),),
    # Its rombel choices are this semester's rombel.
    "PB-SEMESTER-01": (_edit("pembelajaran", "rombongan_belajar_id"),),
    # Jadwal
    "JD-BENTROK-01": (_edit("jadwal", "hari", "bel_ke"),),
    "JD-RUANG-01": (_edit("jadwal", "hari", "bel_ke", "id_ruang"),),
    "JD-ROMBEL-01": (_edit("jadwal", "hari", "bel_ke"),),
    "JD-WAKTU-01": (_edit("jadwal", "hari", "bel_ke"),),
    # Nilai
    "NL-RANGE-01": (_edit("nilai", *NILAI),),
    "NL-ANGGOTA-01": (_delete("nilai"),),
    "NL-SEMESTER-01": (_delete("nilai"),),
    # Referensi: a form offers only current codes, and the one a record holds.
    "REF-BENTUK-01": (_edit("sekolah", "bentuk_pendidikan_id"),),
    "REF-AKREDITASI-01": (_edit("sekolah", "akreditasi_id"),),
    "REF-WILAYAH-01": (_edit("sekolah", "kode_wilayah"),),
    "REF-WILAYAH-02": (_edit("peserta_didik", "kode_wilayah"),),
    "REF-WILAYAH-03": (_edit("ptk", "kode_wilayah"),),
    "REF-AGAMA-01": (_edit("peserta_didik", "agama_id"),),
    "REF-AGAMA-02": (_edit("ptk", "agama_id"),),
    "REF-PEKERJAAN-01": (
        _edit("peserta_didik", "pekerjaan_id_ayah", "pekerjaan_id_ibu", "pekerjaan_id_wali"),
    ),
    "REF-KEBUTUHAN-01": (_edit("peserta_didik", "kebutuhan_khusus_id"),),
    "REF-TINGGAL-01": (_edit("peserta_didik", "jenis_tinggal_id"),),
    "REF-TRANSPORTASI-01": (_edit("peserta_didik", "alat_transportasi_id"),),
    "REF-STATUSPEG-01": (_edit("ptk", "status_kepegawaian_id"),),
    "REF-PANGKAT-01": (_edit("ptk", "pangkat_golongan_id"),),
    "REF-JENISPTK-01": (_edit("ptk", "jenis_ptk_id"),),
    "REF-JABATAN-01": (_edit("tugas_tambahan", "jabatan_ptk_id"),),
    "REF-KURIKULUM-01": (_edit("rombongan_belajar", "kurikulum_id"),),
    "REF-TINGKAT-01": (_edit("rombongan_belajar", "tingkat_pendidikan_id"),),
    "REF-JENISROMBEL-01": (_edit("rombongan_belajar", "jenis_rombel"),),
    "REF-MAPEL-01": (_edit("pembelajaran", "mata_pelajaran_id"),),
    "REF-MAPELKUR-01": (_edit("pembelajaran", "mata_pelajaran_id"),),
    "REF-PRASARANA-01": (_edit("ruang", "jenis_prasarana_id"),),
    "REF-SARANA-01": (_edit("alat", "jenis_sarana_id"),),
}
