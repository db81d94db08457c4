"""Users of this installation. Local only: accounts and password hashes never sync."""

from sqlalchemy import Boolean

from dapodik.schema.base import Mapped, SchoolOwned, String, mapped_column, ref_fk, uuid_fk, uuid_pk
from dapodik.schema.models import Peran, Ptk, Sekolah

from .local import LocalBase


class Pengguna(SchoolOwned, LocalBase):
    __tablename__ = "pengguna"
    __synced__ = False
    pengguna_id: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str | None] = uuid_fk(Sekolah.__table__.c.sekolah_id, nullable=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    nama: Mapped[str] = mapped_column(String(100))
    password: Mapped[str | None] = mapped_column(String(200))  # argon2 hash
    peran_id: Mapped[int] = ref_fk(Peran.__table__.c.peran_id, nullable=False)
    ptk_id: Mapped[str | None] = uuid_fk(Ptk.__table__.c.ptk_id, nullable=True)
    alamat: Mapped[str | None] = mapped_column(String(80))
    no_telepon: Mapped[str | None] = mapped_column(String(20))
    no_hp: Mapped[str | None] = mapped_column(String(20))
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
