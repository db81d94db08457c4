from alembic import context

from server.migrations import TARGET_METADATA

# Always on the caller's connection (see server.migrations.alembic_config).
context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=TARGET_METADATA,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
