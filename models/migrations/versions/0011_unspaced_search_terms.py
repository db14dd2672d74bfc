"""Search in scripts written without spaces (issue 17 item 5): the index of an assessment whose
text holds Han ideographs, Hiragana or Katakana is made again with the search terms of
models.search_text as they now are, each such character alone and with its neighbour, so a
word inside a Japanese or Chinese sentence is found.

Revision ID: 0011_unspaced_search_terms
Revises: 0010_routing
Create Date: 2026-12-06

Only the derived search rows change (assessment_search_text.terms and its FTS5 index on SQLite,
assessment_search.document on PostgreSQL), never a record row or the audit chain, so every
record verifies as before. Assessments without those scripts keep their terms: the definition
is unchanged for them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.search_text import has_unspaced, search_terms

revision = "0011_unspaced_search_terms"
down_revision = "0010_routing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    key = "doc_id" if sqlite else "assessment_id"
    rows = bind.execute(sa.text(f"SELECT {key}, content FROM assessment_search_text")).all()
    for row_key, content in rows:
        if not has_unspaced(content):
            continue
        terms = list(dict.fromkeys(search_terms(content)))
        if sqlite:
            bind.execute(sa.text("UPDATE assessment_search_text SET terms = :terms "
                                 "WHERE doc_id = :key"), {"terms": " ".join(terms), "key": row_key})
        else:
            bind.execute(sa.text("UPDATE assessment_search SET document = "
                                 "array_to_tsvector(CAST(:terms AS TEXT[])) "
                                 "WHERE assessment_id = :key"), {"terms": terms, "key": row_key})


def downgrade() -> None:
    # The terms made for the unspaced scripts stay: the schema is unchanged, and an older
    # program finds in them what it found before, except words of those scripts.
    pass
