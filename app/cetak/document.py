"""What a printout says, as plain data the renderer lays out and tests read.

A ``Printout`` is the school's letterhead, a title and subtitle, and sections;
every section begins on a new page under the letterhead and title (a Daftar
Peserta Didik has one section per rombel). A section is a run of blocks.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Letterhead:
    """The kop: who the school is, as every printout of it shows."""

    nama: str
    npsn: str
    alamat: str
    kontak: str


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Fields:
    """Label and value pairs. ``blank``: a form to fill in by hand, so every value
    is a space to write in (the value text, if any, says what to write there)."""

    rows: list[tuple[str, str]]
    blank: bool = False


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it runs over."""

    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    widths: tuple[int, ...]  # per column, in percent of the text width
    numeric: frozenset[int] = frozenset()  # columns of figures, aligned right
    shaded: frozenset[int] = frozenset()  # columns shaded grey (Sundays on an absensi grid)
    compact: bool = False  # small type and tight cells, for a wide grid


@dataclass(frozen=True)
class Text:
    text: str
    preformatted: bool = False  # kept line by line in a fixed-width font


@dataclass(frozen=True)
class Signer:
    jabatan: str
    nama: str  # empty when nobody holds the post: a line to write the name on
    nip: str
    ptk_id: str | None = None  # who it is, so that nobody signs one page twice


@dataclass(frozen=True)
class Signatures:
    """Where people sign, left to right; the place and date stand over the last."""

    tempat_tanggal: str
    signers: tuple[Signer, ...]


Block = Heading | Fields | Table | Text | Signatures


@dataclass(frozen=True)
class Section:
    blocks: list[Block]


@dataclass(frozen=True)
class Printout:
    title: str
    subtitle: str
    letterhead: Letterhead
    sections: list[Section]
    landscape: bool = False
    # Printed at the foot of every page, beside "Halaman n dari N".
    footer: str = ""
    # A name for the file it is saved to, without extension.
    file_name: str = field(default="cetak")
