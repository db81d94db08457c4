"""The deliberate mistakes of the demo school, and the rule each must trip.

Each mistake touches rows no other mistake touches and is built to break one
rule only, so "Validasi Lokal finds exactly these" is a sharp test. Student
rules name the peserta_didik row, PTK rules the ptk row, rombel rules the
rombongan_belajar row, sarpras rules the ruang row, nilai and jadwal rules their
own rows (a clash names both jadwal rows; a duplicate NISN both students).
"""

from collections import defaultdict
from collections.abc import Callable

from .rows import SEMESTER_ID, DeliberateIssue, _School

INVALID, PERINGATAN = "invalid", "peringatan"


class _Picker:
    """Chooses rows for mistakes, never the same row twice."""

    def __init__(self, school: _School):
        self.school = school
        self.used: set[str] = set()

    def candidates(self, table: str, pk: str, where: Callable[[dict], bool]) -> list[dict]:
        rows = [r for r in self.school.rows[table] if r[pk] not in self.used and where(r)]
        self.school.rng.shuffle(rows)
        return rows

    def pick(self, table: str, pk: str, where: Callable[[dict], bool] = lambda r: True) -> dict:
        row = self.candidates(table, pk, where)[0]
        self.used.add(row[pk])
        return row


def _students(school: _School) -> dict[str, dict]:
    return {r["peserta_didik_id"]: r for r in school.rows["peserta_didik"]}


def _nik_with_day(nik: str, day: int) -> str:
    return f"{nik[:6]}{day:02d}{nik[8:]}"


def nik_too_short(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id")
    pd["nik"] = pd["nik"][:15]
    return [("PD-NIK-01", INVALID, "peserta_didik", pd["peserta_didik_id"], "NIK 15 digit")]


def nik_birth_date_mismatch(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id", lambda r: r["tanggal_lahir"].day <= 27)
    offset = 40 if pd["jenis_kelamin"] == "P" else 0
    pd["nik"] = _nik_with_day(pd["nik"], pd["tanggal_lahir"].day + 1 + offset)
    return [
        (
            "PD-NIK-02",
            INVALID,
            "peserta_didik",
            pd["peserta_didik_id"],
            "tanggal lahir di NIK satu hari setelah tanggal lahir",
        )
    ]


def nik_sex_mismatch(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id", lambda r: r["jenis_kelamin"] == "P")
    pd["nik"] = _nik_with_day(pd["nik"], pd["tanggal_lahir"].day)
    return [
        (
            "PD-NIK-03",
            INVALID,
            "peserta_didik",
            pd["peserta_didik_id"],
            "perempuan dengan tanggal NIK tanpa tambahan 40",
        )
    ]


def nisn_malformed(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id")
    pd["nisn"] = pd["nisn"][:9]
    return [("PD-NISN-01", INVALID, "peserta_didik", pd["peserta_didik_id"], "NISN 9 digit")]


def nisn_duplicate(school, picker):
    first = picker.pick("peserta_didik", "peserta_didik_id")
    year = first["tanggal_lahir"].year
    second = picker.pick(
        "peserta_didik", "peserta_didik_id", lambda r: r["tanggal_lahir"].year == year
    )
    second["nisn"] = first["nisn"]
    return [
        (
            "PD-NISN-02",
            INVALID,
            "peserta_didik",
            r["peserta_didik_id"],
            "NISN sama dengan siswa lain",
        )
        for r in (first, second)
    ]


def nisn_birth_year_prefix(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id")
    pd["nisn"] = f"{(pd['tanggal_lahir'].year - 3) % 1000:03d}{pd['nisn'][3:]}"
    return [
        (
            "PD-NISN-03",
            PERINGATAN,
            "peserta_didik",
            pd["peserta_didik_id"],
            "tiga digit awal NISN bukan tahun lahir",
        )
    ]


def ibu_kandung_placeholder(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id")
    pd["nama_ibu_kandung"] = "IBU"
    return [
        (
            "PD-IBU-01",
            INVALID,
            "peserta_didik",
            pd["peserta_didik_id"],
            "nama ibu kandung diisi 'IBU'",
        )
    ]


def nama_with_symbol(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id")
    pd["nama"] = pd["nama"].replace(" ", "@", 1)
    return [
        ("PD-NAMA-01", INVALID, "peserta_didik", pd["peserta_didik_id"], "nama mengandung simbol @")
    ]


def student_without_rombel(school, picker):
    pd = picker.pick("peserta_didik", "peserta_didik_id")
    rows = school.rows
    gone = {
        a["anggota_rombel_id"]
        for a in rows["anggota_rombel"]
        if a["peserta_didik_id"] == pd["peserta_didik_id"]
    }
    rows["anggota_rombel"] = [
        a for a in rows["anggota_rombel"] if a["anggota_rombel_id"] not in gone
    ]
    rows["nilai"] = [n for n in rows["nilai"] if n["anggota_rombel_id"] not in gone]
    return [
        (
            "PD-ROMBEL-01",
            INVALID,
            "peserta_didik",
            pd["peserta_didik_id"],
            "siswa aktif tanpa rombel",
        )
    ]


def student_in_two_rombel(school, picker):
    """The second membership gets its nilai too, so only the double membership is wrong."""
    rows = school.rows
    pd = picker.pick("peserta_didik", "peserta_didik_id")
    member = next(
        a for a in rows["anggota_rombel"] if a["peserta_didik_id"] == pd["peserta_didik_id"]
    )
    rombel = {r["rombongan_belajar_id"]: r for r in rows["rombongan_belajar"]}
    own = rombel[member["rombongan_belajar_id"]]
    tingkat = own["tingkat_pendidikan_id"]
    # A parallel rombel if the school has one, else the next tingkat (one rombel per tingkat).
    other = min(
        (r for r in rombel.values() if r is not own),
        key=lambda r: (
            abs(r["tingkat_pendidikan_id"] - tingkat),
            r["kurikulum_id"] != own["kurikulum_id"],
        ),
    )
    extra = school.add(
        "anggota_rombel",
        "anggota_rombel_id",
        rombongan_belajar_id=other["rombongan_belajar_id"],
        peserta_didik_id=pd["peserta_didik_id"],
        jenis_pendaftaran_id=1,
    )
    for p in rows["pembelajaran"]:
        if p["rombongan_belajar_id"] == other["rombongan_belajar_id"]:
            school.add(
                "nilai",
                "nilai_id",
                anggota_rombel_id=extra["anggota_rombel_id"],
                pembelajaran_id=p["pembelajaran_id"],
                semester_id=SEMESTER_ID,
                nilai_pengetahuan=80,
                nilai_keterampilan=80,
            )
    return [
        (
            "PD-ROMBEL-02",
            INVALID,
            "peserta_didik",
            pd["peserta_didik_id"],
            "siswa di dua rombel kelas pada semester yang sama",
        )
    ]


def _gurus_teaching(school) -> set[str]:
    return {p["_ptk_id"] for p in school.rows["pembelajaran"]}


def nuptk_malformed(school, picker):
    teaching = _gurus_teaching(school)
    ptk = picker.pick("ptk", "ptk_id", lambda r: r["ptk_id"] in teaching)
    ptk["nuptk"] = ptk["nuptk"][:15]
    return [("PTK-NUPTK-01", INVALID, "ptk", ptk["ptk_id"], "NUPTK 15 digit")]


def pns_without_nip(school, picker):
    ptk = picker.pick(
        "ptk",
        "ptk_id",
        lambda r: r["status_kepegawaian_id"] == 1 and r["ptk_id"] != school.kepala_id,
    )
    ptk["nip"] = None
    return [("PTK-NIP-01", INVALID, "ptk", ptk["ptk_id"], "PNS tanpa NIP")]


def _slots_by_pembelajaran(school) -> dict[str, set]:
    slots = defaultdict(set)
    for j in school.rows["jadwal"]:
        slots[j["pembelajaran_id"]].add((j["hari"], j["bel_ke"]))
    return slots


def teacher_below_24_jtm(school, picker):
    """Hand a teacher's lessons to the principal until fewer than 24 JTM remain,
    only lessons at times the principal is free, so no clash is made on the way."""
    rows = school.rows
    slots = _slots_by_pembelajaran(school)
    kepala_busy = set().union(
        *(
            slots[p["pembelajaran_id"]]
            for p in rows["pembelajaran"]
            if p["_ptk_id"] == school.kepala_id
        )
    )
    kepala_terdaftar = next(
        t["ptk_terdaftar_id"] for t in rows["ptk_terdaftar"] if t["ptk_id"] == school.kepala_id
    )
    teaching = {p["_ptk_id"] for p in rows["pembelajaran"]} - {school.kepala_id}
    for ptk in picker.candidates("ptk", "ptk_id", lambda r: r["ptk_id"] in teaching):
        load, busy, moves = school.staff_load[ptk["ptk_id"]], set(kepala_busy), []
        for p in rows["pembelajaran"]:
            if load < 24:
                break
            if p["_ptk_id"] == ptk["ptk_id"] and not slots[p["pembelajaran_id"]] & busy:
                moves.append(p)
                busy |= slots[p["pembelajaran_id"]]
                load -= p["jam_mengajar_per_minggu"]
        if load < 24:
            for p in moves:
                p["_ptk_id"], p["ptk_terdaftar_id"] = school.kepala_id, kepala_terdaftar
            school.staff_load[ptk["ptk_id"]] = load
            picker.used.update({ptk["ptk_id"], school.kepala_id})
            return [("PTK-JTM-01", PERINGATAN, "ptk", ptk["ptk_id"], f"guru dengan {load} JTM")]
    raise RuntimeError("could not lower a teacher below 24 JTM without a clash")


def rombel_without_wali(school, picker):
    rombel = picker.pick("rombongan_belajar", "rombongan_belajar_id")
    rombel["ptk_id"] = None
    return [
        (
            "RB-WALI-01",
            INVALID,
            "rombongan_belajar",
            rombel["rombongan_belajar_id"],
            "rombel tanpa wali kelas",
        )
    ]


def _kelas_rooms(school) -> set[str]:
    return {r["id_ruang"] for r in school.rows["rombongan_belajar"]}


def ruang_without_bangunan(school, picker):
    kelas = _kelas_rooms(school)
    ruang = picker.pick("ruang", "id_ruang", lambda r: r["id_ruang"] not in kelas)
    ruang["id_bangunan"] = None
    return [("SP-RUANG-01", INVALID, "ruang", ruang["id_ruang"], "ruang tanpa bangunan")]


def ruang_without_kondisi(school, picker):
    kelas = _kelas_rooms(school)
    ruang = picker.pick("ruang", "id_ruang", lambda r: r["id_ruang"] not in kelas)
    rows = school.rows
    rows["ruang_longitudinal"] = [
        r for r in rows["ruang_longitudinal"] if r["id_ruang"] != ruang["id_ruang"]
    ]
    return [
        (
            "SP-KONDISI-01",
            INVALID,
            "ruang",
            ruang["id_ruang"],
            "ruang tanpa data kerusakan semester ini",
        )
    ]


def nilai_out_of_range(school, picker):
    nilai = picker.pick("nilai", "nilai_id")
    nilai["nilai_pengetahuan"] = 105
    return [("NL-RANGE-01", INVALID, "nilai", nilai["nilai_id"], "nilai pengetahuan 105")]


def teacher_in_two_places(school, picker):
    """Move one lesson of a teacher onto a slot where they already teach elsewhere."""
    rows = school.rows
    teacher_of = {p["pembelajaran_id"]: p["_ptk_id"] for p in rows["pembelajaran"]}
    rombel_of = {p["pembelajaran_id"]: p["rombongan_belajar_id"] for p in rows["pembelajaran"]}
    busy = defaultdict(set)
    for j in rows["jadwal"]:
        busy[rombel_of[j["pembelajaran_id"]]].add((j["hari"], j["bel_ke"]))
    for moved in rows["jadwal"]:
        teacher = teacher_of[moved["pembelajaran_id"]]
        if moved["jadwal_id"] in picker.used or teacher in picker.used:
            continue
        own_rombel = rombel_of[moved["pembelajaran_id"]]
        for other in rows["jadwal"]:
            slot = (other["hari"], other["bel_ke"])
            if (
                teacher_of[other["pembelajaran_id"]] == teacher
                and rombel_of[other["pembelajaran_id"]] != own_rombel
                and slot not in busy[own_rombel]
            ):
                moved["hari"], moved["bel_ke"] = slot
                picker.used.update({moved["jadwal_id"], other["jadwal_id"], teacher})
                return [
                    (
                        "JD-BENTROK-01",
                        INVALID,
                        "jadwal",
                        j["jadwal_id"],
                        "guru mengajar di dua rombel pada jam yang sama",
                    )
                    for j in (moved, other)
                ]
    raise RuntimeError("no timetable slot to double-book")


MISTAKES = (
    nik_too_short,
    nik_birth_date_mismatch,
    nik_sex_mismatch,
    nisn_malformed,
    nisn_duplicate,
    nisn_birth_year_prefix,
    ibu_kandung_placeholder,
    nama_with_symbol,
    student_without_rombel,
    student_in_two_rombel,
    nuptk_malformed,
    pns_without_nip,
    teacher_below_24_jtm,
    rombel_without_wali,
    ruang_without_bangunan,
    ruang_without_kondisi,
    nilai_out_of_range,
    teacher_in_two_places,
)


def apply_mistakes(school: _School) -> list[DeliberateIssue]:
    picker = _Picker(school)
    issues = []
    # Each mistake's copies together, so a later mistake never undoes an earlier one's row.
    for mistake in MISTAKES:
        for _ in range(school.plan.deliberate_copies):
            issues += [DeliberateIssue(*i) for i in mistake(school, picker)]
    return issues
