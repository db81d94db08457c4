"""Dates as an Indonesian document writes them ("6 Desember 2026"), whatever
the system's locale."""

from datetime import date

from dapodik.i18n import QT_TRANSLATE_NOOP

# Marked for the screens that let the operator choose a month; printouts keep them as they are.
MONTHS = (
    QT_TRANSLATE_NOOP("Cetak", "Januari"),
    QT_TRANSLATE_NOOP("Cetak", "Februari"),
    QT_TRANSLATE_NOOP("Cetak", "Maret"),
    QT_TRANSLATE_NOOP("Cetak", "April"),
    QT_TRANSLATE_NOOP("Cetak", "Mei"),
    QT_TRANSLATE_NOOP("Cetak", "Juni"),
    QT_TRANSLATE_NOOP("Cetak", "Juli"),
    QT_TRANSLATE_NOOP("Cetak", "Agustus"),
    QT_TRANSLATE_NOOP("Cetak", "September"),
    QT_TRANSLATE_NOOP("Cetak", "Oktober"),
    QT_TRANSLATE_NOOP("Cetak", "November"),
    QT_TRANSLATE_NOOP("Cetak", "Desember"),
)


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def indonesian_date(day: date) -> str:
    return f"{day.day} {month_name(day.month)} {day.year}"
