"""A printout's sections as the HTML that Qt's rich text lays out.

Only the subset Qt supports: tables whose ``thead`` repeats on every page, and
``STYLE`` given to the document as its default style sheet, so the markup of a
3,000-row table stays small.
"""

from html import escape

from .document import (
    Fields,
    Heading,
    Letterhead,
    Printout,
    Section,
    Signatures,
    Signer,
    Table,
    Text,
)

# Qt measures CSS pixels as 1/96 inch on any device, so these hold on paper too.
STYLE = """
p { margin-top: 0; margin-bottom: 0.3em; }
p.nama { font-size: 14pt; font-weight: bold; margin-bottom: 0; }
p.kop { margin-bottom: 0; }
p.judul { font-size: 12pt; font-weight: bold; margin-top: 0.5em; margin-bottom: 0; }
p.subjudul { font-size: 10pt; margin-bottom: 1em; }
p.heading { font-weight: bold; background-color: #e6e6e6; margin-top: 0.8em; margin-bottom: 0.2em; }
table.grid { border-color: #000; border-style: solid; margin-top: 0.3em; margin-bottom: 0.6em; }
th { background-color: #e6e6e6; font-weight: bold; }
td.shaded { background-color: #cccccc; }
td.line { border-bottom: 1px dotted #000; }
table.compact td, table.compact th { font-size: 7pt; }
"""
NAME_LINE = "(" + "." * 40 + ")"
# Qt breaks a page anywhere: these anchors tell the renderer what to keep whole.
KEEP_WITH_NEXT, KEEP_TOGETHER = "keep-with-next", "keep-together"


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _letterhead(head: Letterhead, printout: Printout) -> str:
    return (
        f'<p class="nama" align="center">{_text(head.nama.upper())}</p>'
        f'<p class="kop" align="center">NPSN {_text(head.npsn)}</p>'
        f'<p class="kop" align="center">{_text(head.alamat)}</p>'
        f'<p class="kop" align="center">{_text(head.kontak)}</p><hr>'
        f'<p class="judul" align="center">{_text(printout.title.upper())}</p>'
        f'<p class="subjudul" align="center">{_text(printout.subtitle)}</p>'
    )


def _heading(block: Heading) -> str:
    return f'<p class="heading"><a name="{KEEP_WITH_NEXT}">{_text(block.text)}</a></p>'


def _cell(index: int, text: str, block: Table) -> str:
    align = ' align="right"' if index in block.numeric else ""
    shaded = ' class="shaded"' if index in block.shaded else ""
    return f"<td{align}{shaded}>{_text(text)}</td>"


def _paragraph(block: Text) -> str:
    if block.preformatted:
        return f"<pre>{escape(block.text)}</pre>"
    return f"<p>{_text(block.text)}</p>"


def _signer(signer: Signer, first_line: str) -> str:
    nama = f"<b><u>{_text(signer.nama)}</u></b>" if signer.nama else NAME_LINE
    return (
        f"<td>{first_line}<br>{_text(signer.jabatan)}<br><br><br>"
        f"{nama}<br>{_text(signer.nip) or '&nbsp;'}</td>"
    )


def _signatures(block: Signatures) -> str:
    """One row: beside the signer under the place and date, the others confirm
    ("Mengetahui"). The renderer keeps it whole on one page."""
    *others, last = block.signers
    cells = [_signer(signer, "Mengetahui,") for signer in others]
    date_line = f'<a name="{KEEP_TOGETHER}">{_text(block.tempat_tanggal)}</a>'
    cells.append(_signer(last, date_line))
    if not others:
        cells.insert(0, '<td width="55%">&nbsp;</td>')
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 1.5em;">'
        f"<tr>{''.join(cells)}</tr></table>"
    )


def _field_row(label: str, text: str, blank: bool) -> str:
    value = '<td class="line">&nbsp;</td>' if blank and not text else f"<td>{_text(text)}</td>"
    return f'<tr><td width="32%">{label}</td><td width="2%">:</td>{value}</tr>'


def _fields(block: Fields) -> str:
    if not block.blank:
        rows = "".join(_field_row(_text(label), text, False) for label, text in block.rows)
        return f'<table width="100%" cellspacing="0" cellpadding="1">{rows}</table>'
    # A blank form leaves room to write between its lines, and each question stays
    # whole on one page: a table of its own that the renderer keeps together.
    return "".join(
        '<table width="100%" cellspacing="0" cellpadding="5">'
        + _field_row(f'<a name="{KEEP_TOGETHER}">{_text(label)}</a>', text, True)
        + "</table>"
        for label, text in block.rows
    )


def _table(block: Table) -> str:
    header = "".join(
        f'<th width="{width}%">{_text(title)}</th>'
        for title, width in zip(block.header, block.widths, strict=True)
    )
    body = "".join(
        "<tr>" + "".join(_cell(i, text, block) for i, text in enumerate(row)) + "</tr>"
        for row in block.rows
    )
    kind, padding = ("grid compact", 1) if block.compact else ("grid", 2)
    return (
        f'<table class="{kind}" width="100%" border="0.5" cellspacing="0" '
        f'cellpadding="{padding}">'
        f"<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
    )


RENDER = {
    Heading: _heading,
    Fields: _fields,
    Table: _table,
    Text: _paragraph,
    Signatures: _signatures,
}


def section_html(printout: Printout, section: Section) -> str:
    """One section, under the letterhead and title, as Qt rich-text HTML."""
    blocks = "".join(RENDER[type(block)](block) for block in section.blocks)
    return f"<html><body>{_letterhead(printout.letterhead, printout)}{blocks}</body></html>"
