"""The record every tampering scenario works on: a decided assessment (answers with evidence,
member positions, a dissent), its memo in all three stages (unsigned, drafted, countersigned),
a trust root, and the audit chain of all that. The scenarios themselves are in
pdf_tampering.py (a signed memo's bytes) and row_tampering.py (the database's rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from models.db import Database
from tests.reliability.harness import PLAYBOOK, Identities, complete_draft, opened, trust

# ---------------------------------------------------------------------------------------------
# The rich record


@dataclass(frozen=True)
class RichRecord:
    url: str
    assessment_id: str
    decision_id: str
    dissent_id: str
    answer_id: str  # an answer with one evidence item
    bare_answer_id: str  # an answer without evidence
    evidence_id: str
    position_id: str
    memo_ids: tuple[str, str, str]  # unsigned, drafted, countersigned
    reference: str
    drafted_pdf: bytes
    countersigned_pdf: bytes
    trust_fingerprint: str


def make_rich_record(url: str, identities: Identities) -> RichRecord:
    from models.workflow import add_dissent, decide, save_answer
    from reports.issue import issue_memo, sign_stored_memo, unlock

    drafter = unlock(identities.drafter, identities.passphrase)
    minister = unlock(identities.minister, identities.passphrase)
    with opened(url) as db:
        trust(db, identities)
        assessment_id = complete_draft(db)
        save_answer(db, assessment_id, "summary", "Grave harm", rationale="no evidence here",
                    actor="analyst", playbook=PLAYBOOK)
        decision_id = decide(db, assessment_id, decision="approve", by="Mina Minister",
                             playbook=PLAYBOOK)
        dissent_id = add_dissent(db, assessment_id, reviewer="Reviewer", text="Too early.")
        unsigned = issue_memo(db, assessment_id, PLAYBOOK, actor="officer")
        drafted = sign_stored_memo(db, unsigned.memo.id, drafter, actor="officer")
        countersigned = sign_stored_memo(db, drafted.memo.id, minister, actor="officer")
        with db.engine.connect() as connection:
            def one(sql: str) -> Any:
                return connection.execute(sa.text(sql), {"aid": assessment_id}).scalar_one()

            answer_id = one("SELECT id FROM answer WHERE assessment_id = :aid "
                            "AND question_id = 'gravity'")
            bare_answer_id = one("SELECT id FROM answer WHERE assessment_id = :aid "
                                 "AND question_id = 'summary'")
            evidence_id = one("SELECT e.id FROM evidence_item e JOIN answer a ON "
                              "a.id = e.answer_id WHERE a.assessment_id = :aid "
                              "AND a.question_id = 'gravity'")
            position_id = one("SELECT id FROM member_position WHERE assessment_id = :aid "
                              "AND member_iso = 'CAN'")
            fingerprint = one("SELECT fingerprint FROM trust_root LIMIT 1")
    return RichRecord(url, assessment_id, decision_id, dissent_id, answer_id, bare_answer_id,
                      evidence_id, position_id,
                      (unsigned.memo.id, drafted.memo.id, countersigned.memo.id),
                      countersigned.memo.reference, drafted.pdf, countersigned.pdf, fingerprint)


def trust_roots(db: Database) -> list[Any]:
    from reports.verify import configured_roots

    return configured_roots(db)


def archive_problems(db: Database) -> list[str] | None:
    try:
        from reports.archive import verify_archive
    except ImportError:
        return None
    return list(verify_archive(db).problems)

