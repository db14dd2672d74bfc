"""Alembic migrations of the record, shipped inside the package and applied by
models.opening.open_database.

Run `python -m models.migrations --help` for the developer commands (check, upgrade, revision).
"""
