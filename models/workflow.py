"""The life of an assessment, in one place to import from.

create → answer (each answer saved as given) → decide (freezes the record) → memo; dissent may
be added to a decision; revise makes a new draft revision that supersedes a decided one.
Every function takes the Database first and is one transaction with its audit entry.
"""

from models.decisions import (
    ALLOWED_WHEN_INCOMPLETE,
    FOLLOWS_VERDICT,
    add_dissent,
    decide,
    evaluate_assessment,
    member_infos,
    normalise_decision,
    revise,
)
from models.drafts import UNCHANGED, create_assessment, save_answer, update_details
from models.judgement import evaluation_snapshot
from models.memos import (
    TrustRootRecord,
    add_trust_root,
    get_memo,
    list_trust_roots,
    next_memo_reference,
    reserve_memo_reference,
    store_memo,
)
from models.records import (
    AnswerRecord,
    AssessmentRecord,
    DecisionRecord,
    DissentRecord,
    EvidenceInput,
    EvidenceRecord,
    MemoRecord,
    RevisionRef,
    SignatureInput,
    SignatureRecord,
    answer_values,
    load_assessment,
)

__all__ = [
    "ALLOWED_WHEN_INCOMPLETE",
    "FOLLOWS_VERDICT",
    "UNCHANGED",
    "AnswerRecord",
    "AssessmentRecord",
    "DecisionRecord",
    "DissentRecord",
    "EvidenceInput",
    "EvidenceRecord",
    "MemoRecord",
    "RevisionRef",
    "SignatureInput",
    "SignatureRecord",
    "TrustRootRecord",
    "add_dissent",
    "add_trust_root",
    "answer_values",
    "create_assessment",
    "decide",
    "evaluate_assessment",
    "evaluation_snapshot",
    "get_memo",
    "list_trust_roots",
    "load_assessment",
    "member_infos",
    "next_memo_reference",
    "normalise_decision",
    "reserve_memo_reference",
    "revise",
    "save_answer",
    "store_memo",
    "update_details",
]
