from alembic import context
from sqlalchemy import create_engine

from app.db.migrations import TARGET_METADATA


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=TARGET_METADATA, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    with create_engine(context.config.get_main_option("sqlalchemy.url")).begin() as conn:
        run(conn)
