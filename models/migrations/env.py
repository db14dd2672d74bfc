"""Alembic environment: always runs on a connection handed over by models.migrations.runner,
which has already configured it (SQLite pragmas, write lock) and opened its transaction."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import models.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from models.migrations.runner import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through models.migrations (python -m models.migrations)")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite rebuilds tables to alter them
    compare_type=True,
    compare_server_default=False,
)
with context.begin_transaction():
    context.run_migrations()
