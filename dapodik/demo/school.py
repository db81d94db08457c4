"""Deterministic demo schools: a small SD for a first look, a large SMK for tests
and benchmarks.

The generator first builds a school that is valid in every respect Validasi Lokal
checks, then (unless ``valid``) applies a documented set of deliberate mistakes,
each recorded as a ``DeliberateIssue`` with the rule code that must find it and
the row it must name. The same seed gives the same database, byte for byte in
content: ids come from the seeded generator and timestamps are fixed.

Guarantees of the valid school (what validation may rely on):
- every id is structurally valid: NIK = kecamatan code of the address (6) +
  DDMMYY of tanggal_lahir, day + 40 for women + 4-digit serial; NISN 10 digits
  whose first three are the birth year's last three; NUPTK 16 digits; NIP 18
  digits for PNS and PPPK only; NPSN 8 digits; all unique;
- every active student has one registrasi, one rombel of jenis 1 (Kelas) in the
  semester, a longitudinal row, a nilai for every pembelajaran of the rombel, an
  age at the start of the semester of exactly tingkat + 6 (SD, SMK alike) full
  years, and a nama ibu kandung;
- every guru has pembelajaran or is the Kepala Sekolah; every guru's JTM
  (pembelajaran hours + tugas tambahan jumlah_jam) is at least 24; tenaga
  kependidikan (jenis PTK with guru = 0) teach nothing; every PTK has a
  ptk_terdaftar for the tahun ajaran and a riwayat pendidikan formal;
- one Kepala Sekolah tugas tambahan (jabatan 2) with no TST, held by a PTK whose
  ptk_terdaftar at this school is ptk_induk; no PLT;
- every rombel has a wali kelas, a kurikulum, a tingkat within the school's
  jenjang, a ruang and members; pembelajaran follow ref_mata_pelajaran_kurikulum
  with its jumlah_jam; the jadwal has no teacher and no room in two places at once;
- every prasarana (bangunan, ruang) has a longitudinal kerusakan row for the
  semester, every ruang a bangunan; nilai between 0 and 100.
"""

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Connection, insert

from ..referensi_loading import read_rows, referensi_dir
from ..schema.models import SYNCED_MODELS
from ..schema.referensi import MataPelajaran, MataPelajaranKurikulum, Wilayah
from . import names
from .mistakes import apply_mistakes
from .rows import SEMESTER_ID, DeliberateIssue, Program, SchoolPlan, _School

TAHUN_AJARAN_ID = 2026
SEMESTER_START = date(2026, 7, 13)
DEFAULT_SEED = 2026
DAYS, BELLS = range(1, 7), range(1, 11)
MIN_JTM, TARGET_JTM = 24, 33

JENIS_PTK_KEPALA_SEKOLAH, JENIS_PTK_GURU_KELAS, JENIS_PTK_GURU_MAPEL = 20, 3, 4
JABATAN_KEPALA_SEKOLAH = 2
# Tugas tambahan given to a guru whose teaching alone stays below 24 JTM.
EXTRA_DUTIES = (5, 6, 7, 8, 3)
JUMLAH_JAM_EXTRA_DUTY = 12
TENDIK_JENIS_PTK = (11, 40, 44, 41, 43, 45)
PNS, PPPK, GURU_HONOR, TENAGA_HONOR = 1, 11, 8, 9


PLANS = {
    "small": SchoolPlan(
        nama="SD Negeri Sukamaju 1",
        npsn="20219001",
        bentuk_pendidikan_id=5,
        kabupaten="3204",
        tingkat=range(1, 7),
        programs=(Program(1, "", 1),),
        students=180,
        staff=12,
        guru_kelas_subjects=frozenset({1002, 1003, 1004, 1005, 1006, 1008}),
        subject_groups=((1007, 1009),),
    ),
    "large": SchoolPlan(
        nama="SMK Negeri 2 Harapan Bangsa",
        npsn="20250002",
        bentuk_pendidikan_id=15,
        kabupaten="3273",
        tingkat=range(10, 13),
        programs=(Program(4, "TKJ", 11), Program(5, "TKR", 11), Program(6, "AK", 11)),
        students=3000,
        staff=150,
        deliberate_copies=3,
    ),
}


@dataclass
class DemoReport:
    size: str
    valid: bool
    npsn: str
    sekolah_id: str
    counts: dict[str, int]
    deliberate: list[DeliberateIssue] = field(default_factory=list)


def _desa(plan: SchoolPlan) -> list[dict]:
    return [
        r
        for r in read_rows(Wilayah, referensi_dir())
        if r["id_level_wilayah"] == 4 and r["mst_kode_wilayah"][:4] == plan.kabupaten
    ]


def make_nik(kode_kecamatan: str, born: date, jenis_kelamin: str, serial: int) -> str:
    day = born.day + (40 if jenis_kelamin == "P" else 0)
    return f"{kode_kecamatan}{day:02d}{born.month:02d}{born.year % 100:02d}{serial % 10000:04d}"


def make_nisn(born: date, serial: int) -> str:
    return f"{born.year % 1000:03d}{serial:07d}"


def _random_date(rng: random.Random, start: date, days: int) -> date:
    return start + timedelta(days=rng.randrange(days))


def _person(s: _School, jenis_kelamin: str, born: date, desa: list[dict]) -> dict:
    rng = s.rng
    first = rng.choice(names.MALE if jenis_kelamin == "L" else names.FEMALE)
    home = rng.choice(desa)
    return {
        "nama": f"{first} {rng.choice(names.FAMILY)}",
        "jenis_kelamin": jenis_kelamin,
        "tempat_lahir": rng.choice(names.BIRTH_PLACES),
        "tanggal_lahir": born,
        "nik": make_nik(home["mst_kode_wilayah"], born, jenis_kelamin, s.next_serial()),
        "agama_id": rng.choice((1, 1, 1, 1, 1, 1, 2, 3, 4, 5)),
        "alamat_jalan": f"{rng.choice(names.STREETS)} No. {rng.randint(1, 150)}",
        "rt": rng.randint(1, 12),
        "rw": rng.randint(1, 9),
        "desa_kelurahan": home["nama"],
        "kode_wilayah": home["kode_wilayah"],
        "kode_pos": f"40{rng.randint(100, 999)}",
    }


def _build_sekolah(s: _School, desa: list[dict]) -> dict:
    plan, rng = s.plan, s.rng
    home = desa[0]
    sekolah = s.add(
        "sekolah",
        "sekolah_id",
        nama=plan.nama,
        npsn=plan.npsn,
        nss=f"10102{plan.npsn[-7:]}",
        bentuk_pendidikan_id=plan.bentuk_pendidikan_id,
        status_sekolah=1,
        alamat_jalan=f"{names.STREETS[0]} No. {rng.randint(1, 99)}",
        rt=2,
        rw=5,
        nama_dusun="Dusun Satu",
        desa_kelurahan=home["nama"],
        kode_wilayah=home["kode_wilayah"],
        kode_pos="40911",
        lintang=-6.9175,
        bujur=107.6191,
        nomor_telepon="022-5891234",
        email=f"sekolah{plan.npsn}@contoh.sch.id",
        status_kepemilikan_id=1,
        sk_pendirian_sekolah="421.2/015/Disdik/1978",
        tanggal_sk_pendirian=date(1978, 8, 1),
        sk_izin_operasional="421/125/Disdik/1978",
        tanggal_sk_izin_operasional=date(1978, 8, 1),
        akreditasi_id=1,
        sk_akreditasi="1347/BAN-SM/SK/2022",
        tmt_akreditasi=date(2022, 11, 1),
        is_sks=False,
    )
    s.add(
        "sekolah_longitudinal",
        "sekolah_longitudinal_id",
        sekolah_id=sekolah["sekolah_id"],
        semester_id=SEMESTER_ID,
        daya_listrik=5500 if plan.students > 500 else 2200,
        sumber_listrik="PLN",
        akses_internet="Fiber optik",
        sumber_air="Sumur terlindungi",
        waktu_penyelenggaraan="Pagi",
    )
    return sekolah


def _kerusakan(rng: random.Random, parts: tuple[str, ...]) -> dict:
    values = {part: rng.choice((0, 0, 5, 10, 15, 20)) for part in parts}
    return {**values, "kerusakan_id": 1}


RUANG_PARTS = ("rusak_lantai", "rusak_dinding", "rusak_plafon", "rusak_pintu", "rusak_jendela")
BANGUNAN_PARTS = (
    "rusak_pondasi",
    "rusak_kolom_balok",
    "rusak_atap",
    "rusak_dinding",
    "rusak_lantai",
)


def _build_sarpras(s: _School, sekolah_id: str, rombel_count: int) -> list[dict]:
    """Land, buildings, rooms (one classroom per rombel first) and equipment."""
    rng = s.rng
    large = rombel_count > 20
    tanah = [
        s.add(
            "tanah",
            "id_tanah",
            sekolah_id=sekolah_id,
            nama=f"Tanah {i + 1}",
            no_sertifikat_tanah=f"10.08.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}",
            panjang=120,
            lebar=80,
            luas=9600,
            status_kepemilikan_id=1,
        )
        for i in range(2 if large else 1)
    ]
    specials = [
        (2, "Perpustakaan"),
        (5, "Ruang Kepala Sekolah"),
        (6, "Ruang Guru"),
        (11, "Ruang Tata Usaha"),
        (8, "Ruang UKS"),
        (9, "Toilet Siswa"),
        (9, "Toilet Guru"),
        (10, "Gudang"),
        (7, "Musala"),
        (13, "Ruang Konseling"),
    ]
    if large:
        specials += [(4, f"Laboratorium Komputer {i}") for i in range(1, 7)]
        specials += [(12, f"Bengkel {i}") for i in range(1, 7)]
    else:
        specials += [(3, "Laboratorium IPA")]
    plan_ruang = [(1, f"Ruang Kelas {i + 1}") for i in range(rombel_count)] + specials
    per_building = 12
    bangunan = []
    for _ in range(0, len(plan_ruang), per_building):
        b = s.add(
            "bangunan",
            "id_bangunan",
            sekolah_id=sekolah_id,
            id_tanah=tanah[len(bangunan) % len(tanah)]["id_tanah"],
            kd_bangunan=f"B{len(bangunan) + 1:02d}",
            nama=f"Gedung {chr(65 + len(bangunan))}",
            panjang=60,
            lebar=12,
            luas_tapak=720,
            jml_lantai=2,
            tahun_dibangun=rng.randint(1985, 2020),
            status_kepemilikan_id=1,
        )
        s.add(
            "bangunan_longitudinal",
            "bangunan_longitudinal_id",
            id_bangunan=b["id_bangunan"],
            semester_id=SEMESTER_ID,
            **_kerusakan(rng, BANGUNAN_PARTS),
        )
        bangunan.append(b)
    ruang = []
    for i, (jenis, nama) in enumerate(plan_ruang):
        panjang, lebar = (8, 7) if jenis == 1 else (rng.choice((3, 4, 6, 8)), rng.choice((3, 4, 6)))
        r = s.add(
            "ruang",
            "id_ruang",
            sekolah_id=sekolah_id,
            id_bangunan=bangunan[i // per_building]["id_bangunan"],
            jenis_prasarana_id=jenis,
            kd_ruang=f"R{i + 1:03d}",
            nama=nama,
            lantai=1 + (i % per_building) // 6,
            panjang=panjang,
            lebar=lebar,
            luas_ruang=panjang * lebar,
            kapasitas=36 if jenis == 1 else 10,
        )
        s.add(
            "ruang_longitudinal",
            "ruang_longitudinal_id",
            id_ruang=r["id_ruang"],
            semester_id=SEMESTER_ID,
            berfungsi=True,
            **_kerusakan(rng, RUANG_PARTS),
        )
        ruang.append(r)
        equipment = (
            [(1, "Meja Peserta Didik", 36), (2, "Kursi Peserta Didik", 36), (3, "Papan Tulis", 1)]
            if jenis == 1
            else [(5, "Komputer", 36)]
            if jenis == 4
            else [(4, "Lemari", 2)]
        )
        for jenis_sarana, nama_alat, jumlah in equipment:
            a = s.add(
                "alat",
                "id_alat",
                sekolah_id=sekolah_id,
                id_ruang=r["id_ruang"],
                jenis_sarana_id=jenis_sarana,
                nama=nama_alat,
                status_kepemilikan_id=1,
            )
            s.add(
                "alat_longitudinal",
                "alat_longitudinal_id",
                id_alat=a["id_alat"],
                semester_id=SEMESTER_ID,
                jumlah=jumlah,
                jumlah_laik=jumlah - rng.randint(0, jumlah // 10),
            )
    return ruang[:rombel_count]


def _build_rombel(s: _School, sekolah_id: str, kelas: list[dict]) -> list[dict]:
    plan = s.plan
    rombel = []
    for tingkat in plan.tingkat:
        for program in plan.programs:
            for n in range(program.rombel_per_tingkat):
                label = (
                    f"Kelas {tingkat}"
                    if not program.short
                    else f"{_roman(tingkat)} {program.short} {n + 1}"
                )
                rombel.append(
                    s.add(
                        "rombongan_belajar",
                        "rombongan_belajar_id",
                        sekolah_id=sekolah_id,
                        semester_id=SEMESTER_ID,
                        tingkat_pendidikan_id=tingkat,
                        nama=label,
                        id_ruang=kelas[len(rombel)]["id_ruang"],
                        kurikulum_id=program.kurikulum_id,
                        jenis_rombel=1,
                        moving_class=False,
                        ptk_id=None,
                    )
                )
    return rombel


def _roman(n: int) -> str:
    return {10: "X", 11: "XI", 12: "XII", 13: "XIII"}.get(n, str(n))


class _Staff:
    """PTK rows with their assignment, education and duties."""

    def __init__(self, s: _School, sekolah_id: str, desa):
        self.s, self.sekolah_id, self.desa = s, sekolah_id, desa
        self.terdaftar: dict[str, str] = {}  # ptk_id -> ptk_terdaftar_id
        self.load: dict[str, int] = defaultdict(int)

    def add(self, jenis_ptk_id: int, status: int, guru: bool) -> dict:
        s, rng = self.s, self.s.rng
        born = _random_date(rng, date(1968, 1, 1), 365 * 30)
        person = _person(s, rng.choice("LP"), born, self.desa)
        cpns = date(max(born.year + 24, 1995), rng.randint(1, 12), 1)
        pns = status == PNS
        ptk = s.add(
            "ptk",
            "ptk_id",
            **person,
            nuptk=f"{rng.randint(1, 9)}{rng.randrange(10**15):015d}",
            nip=(
                f"{born:%Y%m%d}{cpns:%Y%m}{1 if person['jenis_kelamin'] == 'L' else 2}"
                f"{rng.randint(1, 999):03d}"
            )
            if status in (PNS, PPPK)
            else None,
            nama_ibu_kandung=f"{rng.choice(names.FEMALE)} {rng.choice(names.FAMILY)}",
            status_kepegawaian_id=status,
            pangkat_golongan_id=rng.randint(9, 14) if pns else None,
            sk_cpns=f"813.3/{rng.randint(100, 999)}/BKD/{cpns.year}" if pns else None,
            tgl_cpns=cpns if pns else None,
            tmt_pns=cpns.replace(year=cpns.year + 1) if pns else None,
            sk_pengangkatan=f"800/{rng.randint(100, 999)}/SK/{cpns.year}",
            tmt_pengangkatan=cpns,
            no_hp=f"08{rng.randint(1000000000, 9999999999)}",
        )
        terdaftar = s.add(
            "ptk_terdaftar",
            "ptk_terdaftar_id",
            ptk_id=ptk["ptk_id"],
            sekolah_id=self.sekolah_id,
            tahun_ajaran_id=TAHUN_AJARAN_ID,
            jenis_ptk_id=jenis_ptk_id,
            nomor_surat_tugas=f"421/{rng.randint(100, 999)}/ST/{TAHUN_AJARAN_ID}",
            tanggal_surat_tugas=date(TAHUN_AJARAN_ID, 7, 1),
            tmt_tugas=date(TAHUN_AJARAN_ID, 7, 1),
            ptk_induk=True,
        )
        self.terdaftar[ptk["ptk_id"]] = terdaftar["ptk_terdaftar_id"]
        graduated = born.year + 23
        s.add(
            "rwy_pend_formal",
            "riwayat_pendidikan_formal_id",
            ptk_id=ptk["ptk_id"],
            jenjang_pendidikan_id=30 if guru else 6,
            bidang_studi_id=rng.randint(1, 20) if guru else None,
            gelar_akademik_id=1 if guru else None,
            satuan_pendidikan_formal=(
                f"Universitas {rng.choice(names.BIRTH_PLACES)}"
                if guru
                else f"SMA Negeri {rng.randint(1, 20)}"
            ),
            kependidikan=guru,
            tahun_masuk=graduated - (4 if guru else 3),
            tahun_lulus=graduated,
            status_kuliah="Lulus",
        )
        return ptk

    def duty(self, ptk_id: str, jabatan: int, jumlah_jam: int, tmt: date) -> None:
        self.s.add(
            "tugas_tambahan",
            "ptk_tugas_tambahan_id",
            ptk_id=ptk_id,
            sekolah_id=self.sekolah_id,
            jabatan_ptk_id=jabatan,
            jumlah_jam=jumlah_jam,
            nomor_sk=f"800/{self.s.rng.randint(100, 999)}/TT/{tmt.year}",
            tmt_tambahan=tmt,
        )
        self.load[ptk_id] += jumlah_jam


def _guru_status(rng: random.Random) -> int:
    return rng.choice((PNS, PNS, PNS, PNS, PNS, PPPK, PPPK, GURU_HONOR, GURU_HONOR, GURU_HONOR))


def _curriculum() -> dict[tuple[int, int], list[tuple[int, int]]]:
    by_kurikulum = defaultdict(list)
    for r in read_rows(MataPelajaranKurikulum, referensi_dir()):
        if r["expired_date"] is None:
            key = (r["kurikulum_id"], r["tingkat_pendidikan_id"])
            by_kurikulum[key].append((r["mata_pelajaran_id"], r["jumlah_jam"]))
    return by_kurikulum


def _build_teaching(s: _School, staff: _Staff, rombel: list[dict]) -> list[dict]:
    """Pembelajaran for every subject of every rombel, with teachers to match."""
    plan, rng = s.plan, s.rng
    curriculum = _curriculum()
    mapel_names = {
        r["mata_pelajaran_id"]: r["nama"] for r in read_rows(MataPelajaran, referensi_dir())
    }
    pools: dict[tuple[int, ...], list[tuple[dict, int, int]]] = defaultdict(list)
    group_of = {m: g for g in plan.subject_groups for m in g}
    teaching: list[tuple[dict, int, int, str]] = []
    for r in rombel:
        guru_kelas = None
        if plan.guru_kelas_subjects:
            guru_kelas = staff.add(JENIS_PTK_GURU_KELAS, _guru_status(rng), guru=True)
            r["ptk_id"] = guru_kelas["ptk_id"]
        for mapel, jam in curriculum[(r["kurikulum_id"], r["tingkat_pendidikan_id"])]:
            if guru_kelas is not None and mapel in plan.guru_kelas_subjects:
                teaching.append((r, mapel, jam, guru_kelas["ptk_id"]))
            else:
                pools[group_of.get(mapel, (mapel,))].append((r, mapel, jam))
    extra_duties = iter(EXTRA_DUTIES)
    for _, demand in sorted(pools.items()):
        hours = sum(jam for _, _, jam in demand)
        gurus = [
            staff.add(JENIS_PTK_GURU_MAPEL, _guru_status(rng), guru=True)
            for _ in range(max(1, hours // TARGET_JTM))
        ]
        for i, (r, mapel, jam) in enumerate(demand):
            teaching.append((r, mapel, jam, gurus[i % len(gurus)]["ptk_id"]))
        for g in gurus:
            taught = sum(jam for j, (_, _, jam) in enumerate(demand) if gurus[j % len(gurus)] is g)
            if taught < MIN_JTM:
                staff.duty(
                    g["ptk_id"], next(extra_duties), JUMLAH_JAM_EXTRA_DUTY, date(2025, 7, 14)
                )
    pembelajaran = []
    for r, mapel, jam, ptk_id in teaching:
        staff.load[ptk_id] += jam
        pembelajaran.append(
            s.add(
                "pembelajaran",
                "pembelajaran_id",
                rombongan_belajar_id=r["rombongan_belajar_id"],
                semester_id=SEMESTER_ID,
                mata_pelajaran_id=mapel,
                ptk_terdaftar_id=staff.terdaftar[ptk_id],
                nama_mata_pelajaran=mapel_names[mapel],
                sk_mengajar=f"421.3/{rng.randint(100, 999)}/SK-MGJ/{TAHUN_AJARAN_ID}",
                tanggal_sk_mengajar=date(TAHUN_AJARAN_ID, 7, 10),
                jam_mengajar_per_minggu=jam,
                status_di_kurikulum=1,
                _ptk_id=ptk_id,
            )
        )
    return pembelajaran


def _assign_wali_kelas(s: _School, staff: _Staff, rombel: list[dict], pembelajaran) -> None:
    """SD rombel already have their guru kelas; elsewhere a teacher of the rombel."""
    taken = {r["ptk_id"] for r in rombel if r["ptk_id"]}
    by_rombel = defaultdict(list)
    for p in pembelajaran:
        by_rombel[p["rombongan_belajar_id"]].append(p["_ptk_id"])
    for r in rombel:
        if r["ptk_id"]:
            continue
        candidates = [t for t in by_rombel[r["rombongan_belajar_id"]] if t not in taken]
        r["ptk_id"] = candidates[0] if candidates else by_rombel[r["rombongan_belajar_id"]][0]
        taken.add(r["ptk_id"])


def _build_jadwal(s: _School, sekolah_id: str, rombel: list[dict], pembelajaran) -> None:
    """A weekly timetable with no teacher and no room in two places at once."""
    rng = s.rng
    slots = [(h, b) for h in DAYS for b in BELLS]
    teacher_busy: dict[str, set] = defaultdict(set)
    by_rombel = defaultdict(list)
    for p in pembelajaran:
        by_rombel[p["rombongan_belajar_id"]].append(p)
    for r in rombel:
        free = slots[:]
        rng.shuffle(free)
        for p in by_rombel[r["rombongan_belajar_id"]]:
            for _ in range(p["jam_mengajar_per_minggu"]):
                slot = next(sl for sl in free if sl not in teacher_busy[p["_ptk_id"]])
                free.remove(slot)
                teacher_busy[p["_ptk_id"]].add(slot)
                s.add(
                    "jadwal",
                    "jadwal_id",
                    sekolah_id=sekolah_id,
                    semester_id=SEMESTER_ID,
                    id_ruang=r["id_ruang"],
                    pembelajaran_id=p["pembelajaran_id"],
                    hari=slot[0],
                    bel_ke=slot[1],
                )


def _build_students(s: _School, sekolah_id: str, rombel: list[dict], desa) -> None:
    plan, rng = s.plan, s.rng
    per_rombel, extra = divmod(plan.students, len(rombel))
    for i, r in enumerate(rombel):
        tingkat = r["tingkat_pendidikan_id"]
        age = tingkat + 6
        born_from = SEMESTER_START.replace(year=SEMESTER_START.year - age - 1) + timedelta(days=1)
        entry_year = TAHUN_AJARAN_ID - (tingkat - plan.tingkat.start)
        for _ in range(per_rombel + (1 if i < extra else 0)):
            born = _random_date(rng, born_from, 364)
            person = _person(s, rng.choice("LP"), born, desa)
            kip = rng.random() < 0.15
            pd = s.add(
                "peserta_didik",
                "peserta_didik_id",
                **person,
                nisn=make_nisn(born, s.next_serial()),
                no_kk=f"{person['nik'][:6]}{rng.randrange(10**10):010d}",
                kewarganegaraan="ID",
                kebutuhan_khusus_id=0,
                jenis_tinggal_id=1,
                alat_transportasi_id=rng.choice((1, 2, 3, 6)),
                nomor_telepon_seluler=f"08{rng.randint(1000000000, 9999999999)}",
                penerima_kps=False,
                penerima_kip=kip,
                no_kip=f"{rng.randrange(10**6):06d}" if kip else None,
                nm_kip=person["nama"] if kip else None,
                layak_pip=kip,
                alasan_layak_pip="Pemegang PKH/KPS/KKS" if kip else None,
                nama_ayah=f"{rng.choice(names.MALE)} {rng.choice(names.FAMILY)}",
                tahun_lahir_ayah=born.year - rng.randint(25, 40),
                pekerjaan_id_ayah=rng.choice((3, 6, 7, 9, 11)),
                penghasilan_id_ayah=rng.choice((12, 13, 14)),
                nama_ibu_kandung=f"{rng.choice(names.FEMALE)} {rng.choice(names.FAMILY)}",
                tahun_lahir_ibu=born.year - rng.randint(22, 38),
                pekerjaan_id_ibu=rng.choice((1, 7, 9)),
                penghasilan_id_ibu=rng.choice((11, 12, 99)),
            )
            s.add(
                "registrasi_peserta_didik",
                "registrasi_id",
                peserta_didik_id=pd["peserta_didik_id"],
                sekolah_id=sekolah_id,
                jenis_pendaftaran_id=1,
                nipd=f"{entry_year % 100:02d}{s.next_serial():05d}",
                tanggal_masuk_sekolah=date(entry_year, 7, 14),
                sekolah_asal=None,
            )
            s.add(
                "peserta_didik_longitudinal",
                "peserta_didik_longitudinal_id",
                peserta_didik_id=pd["peserta_didik_id"],
                semester_id=SEMESTER_ID,
                tinggi_badan=100 + 5 * tingkat + rng.randint(-5, 8),
                berat_badan=15 + 3 * tingkat + rng.randint(-3, 8),
                jarak_rumah_ke_sekolah_km=round(rng.uniform(0.3, 12), 1),
                waktu_tempuh_menit=rng.randint(5, 60),
                jumlah_saudara_kandung=rng.randint(0, 4),
            )
            s.add(
                "anggota_rombel",
                "anggota_rombel_id",
                rombongan_belajar_id=r["rombongan_belajar_id"],
                peserta_didik_id=pd["peserta_didik_id"],
                jenis_pendaftaran_id=1,
            )


def _build_nilai(s: _School, anggota: list[dict], pembelajaran: list[dict]) -> None:
    rng = s.rng
    by_rombel = defaultdict(list)
    for p in pembelajaran:
        by_rombel[p["rombongan_belajar_id"]].append(p["pembelajaran_id"])
    for a in anggota:
        for pembelajaran_id in by_rombel[a["rombongan_belajar_id"]]:
            s.add(
                "nilai",
                "nilai_id",
                anggota_rombel_id=a["anggota_rombel_id"],
                pembelajaran_id=pembelajaran_id,
                semester_id=SEMESTER_ID,
                nilai_pengetahuan=rng.randint(65, 98),
                nilai_keterampilan=rng.randint(65, 98),
            )


def _build(plan: SchoolPlan, seed: int) -> _School:
    s = _School(plan, seed)
    desa = _desa(plan)
    sekolah = _build_sekolah(s, desa)
    sekolah_id = sekolah["sekolah_id"]
    rombel_count = sum(p.rombel_per_tingkat for p in plan.programs) * len(plan.tingkat)
    kelas = _build_sarpras(s, sekolah_id, rombel_count)
    staff = _Staff(s, sekolah_id, desa)
    kepala = staff.add(JENIS_PTK_KEPALA_SEKOLAH, PNS, guru=True)
    staff.duty(kepala["ptk_id"], JABATAN_KEPALA_SEKOLAH, 24, date(2024, 1, 2))
    rombel = _build_rombel(s, sekolah_id, kelas)
    pembelajaran = _build_teaching(s, staff, rombel)
    _assign_wali_kelas(s, staff, rombel, pembelajaran)
    _build_jadwal(s, sekolah_id, rombel, pembelajaran)
    while len(s.rows["ptk"]) < plan.staff:
        staff.add(
            TENDIK_JENIS_PTK[len(s.rows["ptk"]) % len(TENDIK_JENIS_PTK)], TENAGA_HONOR, guru=False
        )
    _build_students(s, sekolah_id, rombel, desa)
    _build_nilai(s, s.rows["anggota_rombel"], pembelajaran)
    s.staff_load = staff.load
    s.kepala_id = kepala["ptk_id"]
    return s


def build_demo(
    conn: Connection, size: str = "small", valid: bool = False, seed: int = DEFAULT_SEED
) -> DemoReport:
    """Write the demo school through ``conn`` (any SQLAlchemy dialect)."""
    plan = PLANS[size]
    school = _build(plan, seed)
    deliberate = [] if valid else apply_mistakes(school)
    _write(conn, school)
    sekolah = school.rows["sekolah"][0]
    return DemoReport(
        size=size,
        valid=valid,
        npsn=plan.npsn,
        sekolah_id=sekolah["sekolah_id"],
        counts={t: len(r) for t, r in school.rows.items()},
        deliberate=deliberate,
    )


def _write(conn: Connection, school: _School) -> None:
    for model in SYNCED_MODELS:
        table = model.__table__
        rows = school.rows.get(table.name)
        if not rows:
            continue
        columns = [c.name for c in table.columns if any(c.name in r for r in rows)]
        conn.execute(insert(table), [{c: r.get(c) for c in columns} for r in rows])
