"""Profil Sekolah: the school's identity and the figures the principal confirms
on the Lembar Konfirmasi (peserta didik per tingkat and jenis kelamin, rombel,
GTK by status, sarpras by kondisi), so the two never disagree."""

from sqlalchemy.orm import Session

from ..sync.confirmation import Item, build_lembar_konfirmasi
from .document import Fields, Heading, Printout, Section, Table
from .request import Request
from .school import school_printout, signed_by_principal

IDENTITY = "sekolah.identitas"
ITEMS = (
    IDENTITY,
    "peserta_didik.per_tingkat",
    "peserta_didik.rombel",
    "gtk.status_kepegawaian",
    "gtk.jenis_ptk",
    "sarpras.jumlah",
    "sarpras.kondisi",
)


def _counts(rows: list[tuple[str, ...]]) -> frozenset[int]:
    """The columns that hold counts: every value a number."""
    columns = list(zip(*rows, strict=True))
    return frozenset(i for i, column in enumerate(columns) if all(v.isdigit() for v in column))


def _with_total(rows: list[tuple[str, ...]], counts: frozenset[int]) -> list[tuple[str, ...]]:
    """The rows and a Jumlah row summing every column of counts."""
    if not rows:
        return rows
    total = [
        str(sum(int(row[i]) for row in rows)) if i in counts else "" for i in range(1, len(rows[0]))
    ]
    return [*rows, ("Jumlah", *total)]


def _blocks(item: Item) -> list:
    if item.key == IDENTITY:
        return [Heading(item.title), Fields(list(item.detail))]
    if not item.detail:
        return [Heading(item.title), Fields([(f.label, f.value) for f in item.figures])]
    columns = len(item.detail_header)
    first = 40 if columns > 2 else 70
    rest = (100 - first) // (columns - 1)
    counts = _counts(item.detail) - {0}
    return [
        Heading(item.title),
        Table(
            item.detail_header,
            _with_total(item.detail, counts),
            (first, *([rest] * (columns - 1))),
            numeric=counts,
        ),
    ]


def profil_sekolah(session: Session, request: Request) -> Printout:
    sheet = build_lembar_konfirmasi(session)
    items = {item.key: item for section in sheet.sections for item in section.items}
    blocks = [block for key in ITEMS for block in _blocks(items[key])]
    blocks.append(signed_by_principal(session, request.today))
    return school_printout(session, "Profil Sekolah", [Section(blocks)], file_name="profil-sekolah")
