"""Reading a printout back as an operator would: the PDF's text (poppler's
pdftotext) and its pages (pdfinfo)."""

import re
import subprocess
import unicodedata


def pdf_text(path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, check=True
    )
    # NFKC: the PDF's text keeps Qt's ligatures ("ﬁ"), as a reader copying it would.
    return unicodedata.normalize("NFKC", done.stdout.decode())


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True).stdout
    return int(re.search(rb"Pages:\s+(\d+)", info).group(1))


def pdf_page_size(path) -> tuple[float, float]:
    """Width and height of the first page, in points."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True).stdout
    width, height = re.search(rb"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)
