"""The Lembar Konfirmasi on paper: the sheet as the wizard shows it, the
Persetujuan Pengiriman Data, and the principal's signature."""

from sqlalchemy.orm import Session

from ..sync.confirmation import PERSETUJUAN_PENGIRIMAN_DATA
from .document import Printout, Section, Text
from .request import Request
from .school import school_printout, signed_by_principal


def lembar_konfirmasi(session: Session, sheet_text: str, request: Request) -> Printout:
    return school_printout(
        session,
        "Lembar Konfirmasi",
        [
            Section(
                [
                    Text(sheet_text, preformatted=True),
                    Text(PERSETUJUAN_PENGIRIMAN_DATA),
                    signed_by_principal(session, request.today),
                ]
            )
        ],
        file_name="lembar-konfirmasi",
    )
