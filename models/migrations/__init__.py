"""Alembic migrations of the record, shipped inside the package and applied by open_database.

Run `python -m models.migrations --help` for the developer commands (check, upgrade, revision).
"""
