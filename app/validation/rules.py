"""Every rule of every tab, in tab order."""

from . import (
    jadwal,
    nilai,
    pembelajaran,
    peserta_didik,
    ptk,
    referensi,
    rombongan_belajar,
    sarpras,
    sekolah,
)
from .rule import Rule

ALL_RULES: tuple[Rule, ...] = (
    *sekolah.RULES,
    *sarpras.RULES,
    *peserta_didik.RULES,
    *ptk.RULES,
    *rombongan_belajar.RULES,
    *pembelajaran.RULES,
    *jadwal.RULES,
    *nilai.RULES,
    *referensi.RULES,
)
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in ALL_RULES}
if len(BY_CODE) != len(ALL_RULES):
    raise RuntimeError("two rules share a code")
