"""Opening the record: the start-up steps, Qt-free, that the command line and the desktop both
run, in this order, once, before anything reads or writes the record.

1. `open_database`: connect (models.db) and bring the schema to the newest revision
   (models.migrations; alembic is only imported when there is work for it);
2. `seed_member_registry`: a new record gets the default member registry, one import with its
   audit entry; one upgraded from before registry revisions gets its baseline
   (models.registry_import).

`open_record` runs both. The checks made once a record is open (database sound, audit chain
not cut back) are models.startup; the desktop runs them on its database thread, the command
line at once.

Processes that only work on a record someone else opened (the memo helper, the migrations'
developer commands) call `open_database` alone.
"""

from __future__ import annotations

import sqlalchemy as sa

from models.db import (
    Database,
    connect_database,
    first_error_line,
    stored_revision,
    translate_errors,
)
from models.errors import DatabaseUnavailable
from models.registry_import import seed_member_registry
from models.revision import script_head_revision

START_STEPS = ("open the database", "seed the member registry")


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default create or migrate) the database at `url` (default:
    models.location.default_database_url). Raises DatabaseUnavailable with one line when
    that fails. Without `migrate`, a database that needs migrating is refused."""
    db = connect_database(url)
    try:
        with translate_errors(db):
            if stored_revision(db) != script_head_revision():
                # Importing alembic costs about half a second: only when there is work for it.
                from models.migrations.runner import ensure_schema

                ensure_schema(db, migrate=migrate)
    except DatabaseUnavailable:
        db.close()
        raise
    except sa.exc.DBAPIError as error:
        db.close()
        where = db.display_name
        raise DatabaseUnavailable(f"database {where}: {first_error_line(error)}") from error
    return db


def open_record(url: str | None = None) -> Database:
    """Every start-up step (START_STEPS) on the record at `url`: what a program that works
    on the record, the command line or the desktop, opens it with."""
    db = open_database(url)
    try:
        seed_member_registry(db)
    except BaseException:
        db.close()
        raise
    return db

