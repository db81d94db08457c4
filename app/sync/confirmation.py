"""The Lembar Konfirmasi: what the principal confirms, item by item, before sending.

Five sections as in the ministry's app (Sekolah, GTK, Pembelajaran, Peserta
Didik, Sarana dan Prasarana), each item with the figures downstream systems
depend on and, for "Tampilkan", the rows behind them. Plain data: the wizard
shows it with a checkbox per item, the command line prints it.
"""

from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema.models import (
    AnggotaRombel,
    Bangunan,
    JenisPrasarana,
    JenisPtk,
    Kerusakan,
    Pembelajaran,
    PesertaDidik,
    Ptk,
    PtkTerdaftar,
    RombonganBelajar,
    Ruang,
    RuangLongitudinal,
    Semester,
    StatusKepegawaian,
    Tanah,
    TingkatPendidikan,
)

from ..db.active import REGULER_ROMBEL, active_member, active_student_count
from ..db.summary import school_summary, sekolah_fields
from ..db.validation_results import ValidationResult
from ..validation.rule import PERINGATAN

JTM_MINIMUM = 24


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


@dataclass(frozen=True)
class Item:
    key: str
    title: str
    figures: list[Figure]
    # "Tampilkan": the rows behind the figures, as header and text rows.
    detail_header: tuple[str, ...] = ()
    detail: list[tuple[str, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class Section:
    title: str
    items: list[Item]


@dataclass(frozen=True)
class LembarKonfirmasi:
    sections: list[Section]

    def item_keys(self) -> list[str]:
        return [item.key for section in self.sections for item in section.items]

    def as_text(self, ticked: Collection[str] = ()) -> str:
        """The sheet as printed: each item with its box, [x] where ``ticked``."""
        lines = []
        for section in self.sections:
            lines.append(f"== {section.title} ==")
            for item in section.items:
                lines.append(f"[{'x' if item.key in ticked else ' '}] {item.title}")
                lines += [f"      {f.label}: {f.value}" for f in item.figures]
        return "\n".join(lines)


def _active(model):
    return model.soft_delete.is_(False)


def _active_semester(session: Session) -> int | None:
    return session.scalar(
        select(Semester.semester_id)
        .where(Semester.periode_aktif == 1)
        .order_by(Semester.semester_id.desc())
    )


def _warnings(session: Session, key: str, tabs: tuple[str, ...]) -> Item:
    rows = session.execute(
        select(ValidationResult.code, ValidationResult.message)
        .where(ValidationResult.severity == PERINGATAN, ValidationResult.tab.in_(tabs))
        .order_by(ValidationResult.code)
    ).all()
    return Item(
        key,
        QT_TRANSLATE_NOOP("Sync", "Peringatan yang masih terbuka"),
        [Figure(QT_TRANSLATE_NOOP("Sync", "Jumlah peringatan"), str(len(rows)))],
        (QT_TRANSLATE_NOOP("Sync", "Kode"), QT_TRANSLATE_NOOP("Sync", "Pesan")),
        [(code, message) for code, message in rows],
    )


def _sekolah(session: Session) -> Section:
    summary = school_summary(session)
    kepala = summary.kepala_sekolah if summary and summary.kepala_sekolah else None
    identity = sekolah_fields(session)
    return Section(
        QT_TRANSLATE_NOOP("Sync", "Sekolah"),
        [
            Item(
                "sekolah.identitas",
                QT_TRANSLATE_NOOP("Sync", "Identitas sekolah"),
                [Figure(label, value) for label, value in identity[:3]],
                (QT_TRANSLATE_NOOP("Sync", "Isian"), QT_TRANSLATE_NOOP("Sync", "Nilai")),
                identity,
            ),
            Item(
                "sekolah.kepala_sekolah",
                QT_TRANSLATE_NOOP("Sync", "Kepala sekolah"),
                [
                    Figure(
                        QT_TRANSLATE_NOOP("Sync", "Nama"),
                        kepala or QT_TRANSLATE_NOOP("Sync", "Belum ditetapkan"),
                    )
                ],
            ),
            _warnings(session, "sekolah.peringatan", ("sekolah",)),
        ],
    )


def _grouped(session: Session, label_column, *where, join=None) -> list[tuple[str, str]]:
    query = select(label_column, func.count()).select_from(PtkTerdaftar).join(Ptk)
    if join is not None:
        query = query.join(join)
    rows = session.execute(
        query.where(
            _active(PtkTerdaftar), PtkTerdaftar.jenis_keluar_id.is_(None), _active(Ptk), *where
        )
        .group_by(label_column)
        .order_by(label_column)
    )
    return [(str(label), str(count)) for label, count in rows]


def _gtk(session: Session) -> Section:
    by_status = _grouped(session, StatusKepegawaian.nama, join=StatusKepegawaian)
    by_jenis = _grouped(session, JenisPtk.nama, join=JenisPtk)
    header = (QT_TRANSLATE_NOOP("Sync", "Kelompok"), QT_TRANSLATE_NOOP("Sync", "Jumlah"))
    return Section(
        QT_TRANSLATE_NOOP("Sync", "GTK"),
        [
            Item(
                "gtk.status_kepegawaian",
                QT_TRANSLATE_NOOP("Sync", "GTK menurut status kepegawaian"),
                [Figure(label, count) for label, count in by_status],
                header,
                by_status,
            ),
            Item(
                "gtk.jenis_ptk",
                QT_TRANSLATE_NOOP("Sync", "GTK menurut jenis PTK"),
                [Figure(label, count) for label, count in by_jenis],
                header,
                by_jenis,
            ),
            _warnings(session, "gtk.peringatan", ("ptk",)),
        ],
    )


def _pembelajaran(session: Session) -> Section:
    semester = _active_semester(session)
    jtm = func.sum(Pembelajaran.jam_mengajar_per_minggu)
    per_teacher = session.execute(
        select(Ptk.nama, jtm)
        .select_from(Pembelajaran)
        .join(PtkTerdaftar)
        .join(Ptk)
        .where(_active(Pembelajaran), Pembelajaran.semester_id == semester)
        .group_by(Ptk.ptk_id, Ptk.nama)
        .order_by(Ptk.nama)
    ).all()
    total = sum(hours or 0 for _, hours in per_teacher)
    below = sum(1 for _, hours in per_teacher if (hours or 0) < JTM_MINIMUM)
    count = session.scalar(
        select(func.count())
        .select_from(Pembelajaran)
        .where(_active(Pembelajaran), Pembelajaran.semester_id == semester)
    )
    return Section(
        QT_TRANSLATE_NOOP("Sync", "Pembelajaran"),
        [
            Item(
                "pembelajaran.jumlah",
                QT_TRANSLATE_NOOP("Sync", "Pembelajaran semester aktif"),
                [
                    Figure(QT_TRANSLATE_NOOP("Sync", "Jumlah pembelajaran"), str(count)),
                    Figure(QT_TRANSLATE_NOOP("Sync", "Jumlah JTM"), str(total)),
                ],
            ),
            Item(
                "pembelajaran.jtm_per_guru",
                QT_TRANSLATE_NOOP("Sync", "JTM per guru"),
                [
                    Figure(QT_TRANSLATE_NOOP("Sync", "Guru mengajar"), str(len(per_teacher))),
                    Figure(QT_TRANSLATE_NOOP("Sync", "Guru di bawah 24 JTM"), str(below)),
                ],
                (QT_TRANSLATE_NOOP("Sync", "Guru"), QT_TRANSLATE_NOOP("Sync", "JTM")),
                [(nama, str(hours or 0)) for nama, hours in per_teacher],
            ),
            _warnings(session, "pembelajaran.peringatan", ("pembelajaran", "jadwal", "nilai")),
        ],
    )


def _peserta_didik(session: Session) -> Section:
    semester = _active_semester(session)
    in_semester = (
        _active(RombonganBelajar),
        RombonganBelajar.semester_id == semester,
    )
    # Students are counted as the ministry counts active ones (app.db.active).
    per_tingkat = session.execute(
        select(
            TingkatPendidikan.nama,
            func.count(
                func.distinct(
                    case((PesertaDidik.jenis_kelamin == "L", PesertaDidik.peserta_didik_id))
                )
            ),
            func.count(
                func.distinct(
                    case((PesertaDidik.jenis_kelamin == "P", PesertaDidik.peserta_didik_id))
                )
            ),
            func.count(func.distinct(RombonganBelajar.rombongan_belajar_id)),
        )
        .select_from(AnggotaRombel)
        .join(RombonganBelajar)
        .join(PesertaDidik)
        .join(TingkatPendidikan)
        .where(
            active_member(AnggotaRombel),
            RombonganBelajar.jenis_rombel.in_(REGULER_ROMBEL),
            *in_semester,
        )
        .group_by(TingkatPendidikan.tingkat_pendidikan_id, TingkatPendidikan.nama)
        .order_by(TingkatPendidikan.tingkat_pendidikan_id)
    ).all()
    rombel = session.scalar(select(func.count()).select_from(RombonganBelajar).where(*in_semester))
    detail = [
        (str(t), str(male), str(female), str(groups)) for t, male, female, groups in per_tingkat
    ]
    return Section(
        QT_TRANSLATE_NOOP("Sync", "Peserta Didik"),
        [
            Item(
                "peserta_didik.per_tingkat",
                QT_TRANSLATE_NOOP("Sync", "Peserta didik per tingkat dan jenis kelamin"),
                [
                    Figure(
                        QT_TRANSLATE_NOOP("Sync", "Peserta didik aktif"),
                        str(active_student_count(session)),
                    ),
                    Figure(
                        QT_TRANSLATE_NOOP("Sync", "Laki-laki"), str(sum(r[1] for r in per_tingkat))
                    ),
                    Figure(
                        QT_TRANSLATE_NOOP("Sync", "Perempuan"), str(sum(r[2] for r in per_tingkat))
                    ),
                ],
                (
                    QT_TRANSLATE_NOOP("Sync", "Tingkat"),
                    QT_TRANSLATE_NOOP("Sync", "L"),
                    QT_TRANSLATE_NOOP("Sync", "P"),
                    QT_TRANSLATE_NOOP("Sync", "Rombel"),
                ),
                detail,
            ),
            Item(
                "peserta_didik.rombel",
                QT_TRANSLATE_NOOP("Sync", "Rombongan belajar semester aktif"),
                [Figure(QT_TRANSLATE_NOOP("Sync", "Jumlah rombel"), str(rombel))],
            ),
            _warnings(session, "peserta_didik.peringatan", ("peserta_didik", "rombongan_belajar")),
        ],
    )


def _sarpras(session: Session) -> Section:
    semester = _active_semester(session)
    kondisi = func.coalesce(Kerusakan.nama, QT_TRANSLATE_NOOP("Sync", "Belum diisi"))
    per_kondisi = session.execute(
        select(JenisPrasarana.nama, kondisi, func.count())
        .select_from(Ruang)
        .join(JenisPrasarana)
        .outerjoin(
            RuangLongitudinal,
            (RuangLongitudinal.id_ruang == Ruang.id_ruang)
            & (RuangLongitudinal.semester_id == semester)
            & _active(RuangLongitudinal),
        )
        .outerjoin(Kerusakan, Kerusakan.kerusakan_id == RuangLongitudinal.kerusakan_id)
        .where(_active(Ruang))
        .group_by(JenisPrasarana.nama, kondisi)
        .order_by(JenisPrasarana.nama, kondisi)
    ).all()

    def count(model) -> str:
        return str(session.scalar(select(func.count()).select_from(model).where(_active(model))))

    return Section(
        QT_TRANSLATE_NOOP("Sync", "Sarana dan Prasarana"),
        [
            Item(
                "sarpras.jumlah",
                QT_TRANSLATE_NOOP("Sync", "Tanah, bangunan dan ruang"),
                [
                    Figure(QT_TRANSLATE_NOOP("Sync", "Tanah"), count(Tanah)),
                    Figure(QT_TRANSLATE_NOOP("Sync", "Bangunan"), count(Bangunan)),
                    Figure(QT_TRANSLATE_NOOP("Sync", "Ruang"), count(Ruang)),
                ],
            ),
            Item(
                "sarpras.kondisi",
                QT_TRANSLATE_NOOP("Sync", "Prasarana dan kondisinya"),
                [
                    Figure(f"{jenis} ({kondisi_nama})", str(n))
                    for jenis, kondisi_nama, n in per_kondisi
                ],
                (
                    QT_TRANSLATE_NOOP("Sync", "Jenis prasarana"),
                    QT_TRANSLATE_NOOP("Sync", "Kondisi"),
                    QT_TRANSLATE_NOOP("Sync", "Jumlah"),
                ),
                [(str(j), str(k), str(n)) for j, k, n in per_kondisi],
            ),
            _warnings(session, "sarpras.peringatan", ("sarpras",)),
        ],
    )


def build_lembar_konfirmasi(session: Session) -> LembarKonfirmasi:
    return LembarKonfirmasi(
        [
            _sekolah(session),
            _gtk(session),
            _pembelajaran(session),
            _peserta_didik(session),
            _sarpras(session),
        ]
    )


PERSETUJUAN_PENGIRIMAN_DATA = QT_TRANSLATE_NOOP(
    "Sync",
    "Dengan ini saya, kepala sekolah, menyatakan bahwa data yang dikirim adalah benar dan "
    "sesuai keadaan sebenarnya, dan menyetujui pengiriman data sekolah ke server pusat Dapodik "
    "untuk dipergunakan sesuai ketentuan yang berlaku.",
)
