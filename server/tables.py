"""The server's own tables, in a metadata of their own.

The school's tables come from ``dapodik.schema`` (shared with the client); these hold
what only the centre knows: schools and their secrets, devices, uploads, the
durable processing queue, per-row results, the changes feed and PMP files.
"""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# BigInteger autoincrement is INTEGER on SQLite (a rowid alias) and BIGSERIAL on PostgreSQL.
BigId = BigInteger().with_variant(Integer(), "sqlite")

school = Table(
    "srv_school",
    metadata,
    Column("sekolah_id", String(36), primary_key=True),
    Column("npsn", String(8), nullable=False, unique=True),
    Column("nama", String(100), nullable=False),
    Column("kode_hash", String(200), nullable=False),  # argon2 hash of the Kode Registrasi
    Column("created_at", DateTime, nullable=False),
)

# A registration of the school on one laptop (see server/devices.py for its states).
device = Table(
    "srv_device",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("sekolah_id", String(36), ForeignKey("srv_school.sekolah_id"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex
    Column("created_at", DateTime, nullable=False),
    Column("state", String(10), nullable=False, server_default="active"),
    Column("last_used_at", DateTime),
    Column("ended_at", DateTime),  # when it was retired or revoked
    Column("replaced_by", String(36)),  # the device whose registration retired it
)

register_failure = Table(
    "srv_register_failure",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("npsn", String(20), nullable=False, index=True),
    Column("client", String(64), nullable=False),  # the caller's IP address
    Column("at", DateTime, nullable=False),
)

upload = Table(
    "srv_upload",
    metadata,
    Column("upload_id", String(32), primary_key=True),
    Column("sekolah_id", String(36), ForeignKey("srv_school.sekolah_id"), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("package_id", String(64), nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("offset", BigInteger, nullable=False, default=0),
    Column("metadata", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("completed_at", DateTime),
    UniqueConstraint("sekolah_id", "package_id"),
)

# The durable queue: a row here is written in the transaction that records the
# last byte, and the worker takes work only from here.
package = Table(
    "srv_package",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("sekolah_id", String(36), ForeignKey("srv_school.sekolah_id"), nullable=False),
    Column("package_id", String(64), nullable=False),
    Column("upload_id", String(32), nullable=False),
    Column("status", String(30), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("received_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("summary", JSON),
    UniqueConstraint("sekolah_id", "package_id"),
    Index("ix_srv_package_status", "status", "id"),
)

package_history = Table(
    "srv_package_history",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("package_pk", BigInteger, ForeignKey("srv_package.id"), nullable=False, index=True),
    Column("status", String(30), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("detail", Text),
)

row_result = Table(
    "srv_row_result",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("package_pk", BigInteger, ForeignKey("srv_package.id"), nullable=False, index=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", String(200), nullable=False),
    Column("result", String(20), nullable=False),  # applied | rejected | conflict
    Column("code", String(40)),
    Column("reason", Text),
)

# The changes feed and the server-side version sequence in one: ``seq`` is the
# server_version stamped on the row. One entry per row (the latest change), and
# its ``sekolah_id`` says which school owns the row (NULL: referensi, for all).
change_feed = Table(
    "srv_change_feed",
    metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", String(200), nullable=False),
    Column("sekolah_id", String(36), index=True),
    Column("source", String(20), nullable=False),  # package | demo | verval | manajemen | referensi
    Column("package_id", String(64)),
    Column("changed_at", DateTime, nullable=False),
    UniqueConstraint("table_name", "row_id"),
    Index("ix_srv_change_feed_school_seq", "sekolah_id", "seq"),
    # Never reuse a number: a row's entry is deleted and re-added on each change.
    sqlite_autoincrement=True,
)

# One row. Writers of the feed lock it (FOR UPDATE on PostgreSQL) so sequence
# numbers become visible in order: a reader never sees seq 11 before seq 10.
feed_lock = Table(
    "srv_feed_lock",
    metadata,
    Column("id", Integer, primary_key=True),
)

pmp_submission = Table(
    "srv_pmp_submission",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("sekolah_id", String(36), ForeignKey("srv_school.sekolah_id"), nullable=False),
    Column("filename", String(200), nullable=False),
    Column("stored_path", String(400), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("status", String(30), nullable=False),
    Column("detail", Text),
    Column("uploaded_at", DateTime, nullable=False),
    Column("verified", Boolean, nullable=False, default=False),
)

# The school's PMP signing key (``dapodik.pmp.signing.school_signing_key``), sealed
# (Fernet) under the server key, a file kept outside the database (server/pmp_keys.py):
# whoever can only read the database cannot sign a school's PMP file. The server
# keeps only a hash of the Kode Registrasi, yet must check files that arrive
# without it (upload page, API, daily batch). A table of its own (not a column of
# srv_school): it came when create_all, which adds tables but never columns, made
# the schema.
pmp_key = Table(
    "srv_pmp_key",
    metadata,
    Column("sekolah_id", String(36), ForeignKey("srv_school.sekolah_id"), primary_key=True),
    Column("sealed_key", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)
