"""Field ownership: which fields of the school's rows the centre owns.

Fields the centre verifies (Verval PD/PTK): when a school's edit is based on an
older server_version, the server keeps its value for these and the client's
pull lets the server's value win over an unsent local edit. One list for both
sides of the contract.
"""

SERVER_OWNED: dict[str, tuple[str, ...]] = {
    "peserta_didik": ("nisn", "nik", "nama", "tanggal_lahir", "nama_ibu_kandung"),
    "ptk": ("nuptk", "nip", "nik", "nama", "tanggal_lahir"),
}
