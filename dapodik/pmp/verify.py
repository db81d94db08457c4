"""Checking a PMP offline file: what the server runs on every upload, and the
app runs before importing a file back. A pure function of the file's bytes,
the school's signing key and the instruments; it never raises on bad input.

The order of the checks decides the reason an operator reads: size, zip,
members and their extracted sizes (a zip bomb is refused from the sizes in the
zip directory and again while reading, never trusting the directory alone),
manifest, school, instrument version, signature, then the answers themselves.
"""

import hashlib
import io
import json
import os
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP
from . import instruments
from .signing import signature_matches

FORMAT, FORMAT_VERSION = "dapodik-lokal-pmp", 1
MANIFEST, RESPONSES, SIGNATURE = "manifest.json", "responses.json", "signature.json"
SIGNED_MEMBERS = (MANIFEST, RESPONSES)
MEMBERS = (MANIFEST, RESPONSES, SIGNATURE)
MAX_FILE_BYTES = 10 * 1024 * 1024
# Extracted sizes: a large SMK's file is about 100 KB of answers; anything near
# these limits is not a PMP file.
MAX_MEMBER_BYTES = {MANIFEST: 64 * 1024, RESPONSES: 16 * 1024 * 1024, SIGNATURE: 4 * 1024}
HEX64 = re.compile(r"[0-9a-f]{64}")
NPSN = re.compile(r"[0-9]{8}")

OK = QT_TRANSLATE_NOOP(
    "PmpVerify", "Berkas PMP sah: NPSN {npsn}, instrumen {versi}, {jumlah} responden."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "PmpVerify", "Berkas terlalu besar ({ukuran} byte); berkas PMP paling besar {batas} byte."
)
NOT_ZIP = QT_TRANSLATE_NOOP(
    "PmpVerify", "Berkas bukan berkas PMP: isinya bukan arsip zip yang utuh ({detail})."
)
BAD_MEMBERS = QT_TRANSLATE_NOOP("PmpVerify", "Isi berkas tidak sesuai format berkas PMP: {detail}.")
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "PmpVerify",
    "Isi berkas {nama} melebihi {batas} byte setelah diekstrak (kemungkinan zip bomb); "
    "berkas ditolak.",
)
BAD_MANIFEST = QT_TRANSLATE_NOOP(
    "PmpVerify", "Manifest berkas PMP rusak atau tidak lengkap: {detail}."
)
OTHER_SCHOOL = QT_TRANSLATE_NOOP(
    "PmpVerify", "Berkas ini milik sekolah lain (NPSN {npsn_berkas}), bukan NPSN {npsn}."
)
UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "PmpVerify",
    "Versi instrumen {versi} tidak dikenal; buat ulang berkas dengan Dapodik Lokal versi terbaru.",
)
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "PmpVerify",
    "Tanda tangan berkas tidak cocok: berkas telah diubah, atau tidak ditandatangani "
    "dengan Kode Registrasi sekolah ini.",
)
BAD_RESPONSES = QT_TRANSLATE_NOOP(
    "PmpVerify", "Jawaban dalam berkas tidak sesuai dengan manifest atau instrumen: {detail}."
)


@dataclass(frozen=True)
class Verification:
    """``code`` is stable for programs ("ok", "too_large", "not_zip", …);
    ``message`` and ``params`` give the Indonesian reason, marked for translation."""

    code: str
    message: str
    params: dict = field(default_factory=dict)
    manifest: dict | None = None
    responses: dict | None = None

    @property
    def ok(self) -> bool:
        return self.code == "ok"

    @property
    def reason(self) -> str:
        return self.message.format(**self.params)


class _Refused(Exception):
    def __init__(self, code: str, message: str, **params) -> None:
        super().__init__(code)
        self.verification = Verification(code, message, params)


def verify_pmp_file(
    source: bytes | str | os.PathLike,
    *,
    signing_key: bytes,
    expected_npsn: str | None = None,
) -> Verification:
    """Verify a PMP file (its bytes or its path) against the school's key (see
    ``signing.school_signing_key``) and, when given, the NPSN it must belong to."""
    try:
        data = _read_bounded(source)
        members = _members(data)
        manifest = _manifest(members[MANIFEST])
        _check_school_and_version(manifest, expected_npsn)
        _check_signature(members, signing_key)
        responses = _responses(manifest, members[RESPONSES])
    except _Refused as refused:
        return refused.verification
    total = sum(manifest["jumlah_responden"].values())
    return Verification(
        "ok",
        OK,
        {"npsn": manifest["npsn"], "versi": manifest["versi_instrumen"], "jumlah": total},
        manifest,
        responses,
    )


def _read_bounded(source: bytes | str | os.PathLike) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        size = os.stat(source).st_size
        if size > MAX_FILE_BYTES:
            raise _Refused("too_large", TOO_LARGE, ukuran=size, batas=MAX_FILE_BYTES)
        with open(source, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _Refused("too_large", TOO_LARGE, ukuran=len(data), batas=MAX_FILE_BYTES)
    return data


def _members(data: bytes) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise _Refused("not_zip", NOT_ZIP, detail=str(exc)) from exc
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if sorted(names) != sorted(MEMBERS):
            detail = ", ".join(names) or "kosong"
            raise _Refused("bad_members", BAD_MEMBERS, detail=f"isi zip: {detail}")
        if any(info.flag_bits & 0x1 for info in infos):
            raise _Refused("bad_members", BAD_MEMBERS, detail="isi zip terenkripsi")
        return {info.filename: _extract(archive, info) for info in infos}


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    limit = MAX_MEMBER_BYTES[info.filename]
    if info.file_size > limit:
        raise _Refused("zip_bomb", ZIP_BOMB, nama=info.filename, batas=limit)
    try:
        with archive.open(info) as member:
            content = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise _Refused("not_zip", NOT_ZIP, detail=str(exc)) from exc
    if len(content) > limit:  # the directory lied about the size
        raise _Refused("zip_bomb", ZIP_BOMB, nama=info.filename, batas=limit)
    return content


def _json(data: bytes, what: str, code: str, message: str) -> dict:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _Refused(code, message, detail=f"{what} bukan JSON yang sah") from exc
    if not isinstance(value, dict):
        raise _Refused(code, message, detail=f"{what} bukan objek JSON")
    return value


MANIFEST_FIELDS = {
    "format": str,
    "format_versi": int,
    "npsn": str,
    "nama_sekolah": str,
    "versi_instrumen": str,
    "versi_aplikasi": str,
    "dibuat": str,
    "jumlah_responden": dict,
    "jumlah_jawaban": int,
    "responses_sha256": str,
}


def _manifest(data: bytes) -> dict:
    manifest = _json(data, MANIFEST, "bad_manifest", BAD_MANIFEST)
    for name, kind in MANIFEST_FIELDS.items():
        if not isinstance(manifest.get(name), kind):
            raise _Refused(
                "bad_manifest", BAD_MANIFEST, detail=f"kolom {name} tidak ada atau salah"
            )
    if manifest["format"] != FORMAT or manifest["format_versi"] != FORMAT_VERSION:
        detail = f"format {manifest['format']} versi {manifest['format_versi']}"
        raise _Refused("bad_manifest", BAD_MANIFEST, detail=detail)
    if not NPSN.fullmatch(manifest["npsn"]):
        raise _Refused("bad_manifest", BAD_MANIFEST, detail=f"NPSN {manifest['npsn']!r}")
    counts = manifest["jumlah_responden"]
    if not all(isinstance(n, int) and n >= 0 for n in counts.values()):
        raise _Refused("bad_manifest", BAD_MANIFEST, detail="jumlah_responden")
    return manifest


def _check_school_and_version(manifest: dict, expected_npsn: str | None) -> None:
    if expected_npsn is not None and manifest["npsn"] != expected_npsn:
        raise _Refused(
            "other_school", OTHER_SCHOOL, npsn_berkas=manifest["npsn"], npsn=expected_npsn
        )
    if manifest["versi_instrumen"] not in instruments.known_versions():
        raise _Refused("unknown_version", UNKNOWN_VERSION, versi=manifest["versi_instrumen"])


def _check_signature(members: dict[str, bytes], key: bytes) -> None:
    signed = _json(members[SIGNATURE], SIGNATURE, "bad_signature", BAD_SIGNATURE)
    claimed = signed.get("hmac")
    valid = (
        signed.get("algoritma") == "HMAC-SHA256"
        and signed.get("berkas") == list(SIGNED_MEMBERS)
        and isinstance(claimed, str)
        and HEX64.fullmatch(claimed)
    )
    content = [(name, members[name]) for name in SIGNED_MEMBERS]
    if not valid or not signature_matches(key, content, claimed):
        raise _Refused("bad_signature", BAD_SIGNATURE)


def _responses(manifest: dict, data: bytes) -> dict:
    if hashlib.sha256(data).hexdigest() != manifest["responses_sha256"]:
        raise _Refused("bad_responses", BAD_RESPONSES, detail="SHA-256 responses.json")
    document = _json(data, RESPONSES, "bad_responses", BAD_RESPONSES)
    if (document.get("npsn"), document.get("versi_instrumen")) != (
        manifest["npsn"],
        manifest["versi_instrumen"],
    ):
        raise _Refused("bad_responses", BAD_RESPONSES, detail="NPSN atau versi instrumen")
    respondents = document.get("responden")
    if not isinstance(respondents, list):
        raise _Refused("bad_responses", BAD_RESPONSES, detail="daftar responden")
    iset = instruments.load(manifest["versi_instrumen"])
    for respondent in respondents:
        _check_respondent(iset, respondent)
    counts = Counter(r["jenis"] for r in respondents)
    if {k: v for k, v in manifest["jumlah_responden"].items() if v} != dict(counts):
        raise _Refused("bad_responses", BAD_RESPONSES, detail="jumlah responden per jenis")
    if sum(len(r["jawaban"]) for r in respondents) != manifest["jumlah_jawaban"]:
        raise _Refused("bad_responses", BAD_RESPONSES, detail="jumlah jawaban")
    return document


def _check_respondent(iset: instruments.InstrumentSet, respondent) -> None:
    if not isinstance(respondent, dict) or respondent.get("jenis") not in iset.instruments:
        raise _Refused("bad_responses", BAD_RESPONSES, detail="jenis responden")
    for name in ("kunci", "nama"):
        if not isinstance(respondent.get(name), str) or not respondent[name]:
            raise _Refused("bad_responses", BAD_RESPONSES, detail=f"{name} responden")
    answers = respondent.get("jawaban")
    instrument = iset.instruments[respondent["jenis"]]
    expected = {q.kode for q in instrument.questions}
    if not isinstance(answers, dict) or set(answers) != expected:
        raise _Refused(
            "bad_responses", BAD_RESPONSES, detail=f"jawaban {respondent['nama']} tidak lengkap"
        )
    for kode, jawaban in answers.items():
        if not isinstance(jawaban, str) or not instrument.question(kode).accepts(jawaban):
            raise _Refused("bad_responses", BAD_RESPONSES, detail=f"jawaban {kode}={jawaban!r}")
