"""The tables of the record (SQLModel, one class per table).

Table models do not validate: the workflow checks every value before it builds a row. Ids are
uuid4 strings made by the client, so rows can be created offline and merged without clashes.
Timestamps are timezone-aware UTC on both databases (see `UTCDateTime`).

The search tables (`assessment_fts` on SQLite, `assessment_search` on PostgreSQL) and the
immutability triggers are not declared here: they differ per database and live in the migrations.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

# Deterministic constraint names, so later migrations (SQLite batch mode) can address them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ASSESSMENT_STATUSES = ("draft", "decided", "superseded")
DECISIONS = ("approve", "approve_with_conditions", "reject", "defer")
MEMBER_STANDINGS = ("full", "suspended", "candidate", "withdrawn")
MEMO_STAGES = ("unsigned", "drafted", "countersigned")
SIGNATURE_FIELDS = ("drafting_official", "minister")
CONDITION_OUTCOMES = ("met", "not_met", "withdrawn")
ROUTING_ACTS = ("submit", "return", "pass")
OUTCOME_RESULTS = ("occurred", "not_occurred", "cannot_tell")


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back timezone-aware.

    SQLite keeps no zone, PostgreSQL answers in the session's zone: both come back as UTC here.
    Naive datetimes are refused on the way in, so no local time is ever mistaken for UTC.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        value = value.astimezone(UTC)
        # SQLite stores the text as given: drop the zone so every row has one format.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _check_in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _id_field(**kwargs: Any) -> Any:
    return Field(default_factory=new_id, primary_key=True, max_length=36, **kwargs)


def _time_field(**kwargs: Any) -> Any:
    return Field(default_factory=utc_now, sa_type=UTCDateTime, **kwargs)


class Assessment(SQLModel, table=True):
    __tablename__ = "assessment"
    __table_args__ = (
        sa.CheckConstraint(_check_in("status", ASSESSMENT_STATUSES), name="status"),
        sa.CheckConstraint("revision >= 1", name="revision"),
        sa.UniqueConstraint("root_id", "revision"),
    )

    id: str = _id_field()
    root_id: str = Field(max_length=36, index=True)  # the first revision's id
    revision: int = 1
    supersedes_id: str | None = Field(default=None, max_length=36, foreign_key="assessment.id")
    superseded_by_id: str | None = Field(default=None, max_length=36, foreign_key="assessment.id")
    title: str = Field(sa_type=sa.Text)
    proposed_action: str = Field(default="", sa_type=sa.Text)
    crisis: str = Field(default="", sa_type=sa.Text)
    classification: str = Field(default="UNCLASSIFIED", max_length=100)
    playbook_id: str = Field(max_length=200, index=True)
    playbook_version: str = Field(max_length=100)
    playbook_hash: str = Field(max_length=64)
    status: str = Field(default="draft", max_length=20, index=True)
    created_at: datetime = _time_field()
    updated_at: datetime = _time_field(index=True)
    created_by: str = Field(max_length=200)
    row_version: int = 1


class Answer(SQLModel, table=True):
    __tablename__ = "answer"
    __table_args__ = (
        sa.UniqueConstraint("assessment_id", "question_id"),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence IN ('low', 'moderate', 'high')", name="confidence"
        ),
    )

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id")
    question_id: str = Field(max_length=200)
    # JSON of the question kind (see playbooks.model.QuestionKind); NULL while only a rationale
    # or evidence has been written. Never changed in place: a new value is assigned.
    value: Any = Field(default=None, sa_type=sa.JSON(none_as_null=True), nullable=True)
    rationale: str = Field(default="", sa_type=sa.Text)
    confidence: str | None = Field(default=None, max_length=20)
    answered_at: datetime = _time_field()
    answered_by: str = Field(max_length=200)


class EvidenceItem(SQLModel, table=True):
    __tablename__ = "evidence_item"
    __table_args__ = (
        sa.UniqueConstraint("answer_id", "position"),
        sa.CheckConstraint(_check_in("reliability", tuple("ABCDEF")), name="reliability"),
        sa.CheckConstraint("credibility BETWEEN 1 AND 6", name="credibility"),
    )

    id: str = _id_field()
    answer_id: str = Field(max_length=36, foreign_key="answer.id")
    position: int
    summary: str = Field(sa_type=sa.Text)
    source: str = Field(default="", sa_type=sa.Text)
    reliability: str = Field(default="F", max_length=1)
    credibility: int = 6


class MemberState(SQLModel, table=True):
    __tablename__ = "member_state"
    __table_args__ = (sa.CheckConstraint(_check_in("standing", MEMBER_STANDINGS), name="standing"),)

    iso: str = Field(primary_key=True, max_length=3)  # ISO 3166-1 alpha-3
    name: str = Field(max_length=200)
    population: int = Field(sa_type=sa.BigInteger)
    population_year: int | None = None
    standing: str = Field(default="full", max_length=20)
    review_reference: str = Field(default="", max_length=200)
    note: str = Field(default="", sa_type=sa.Text)
    # The basis of the standing (migration 0003; see models/members.py and docs/method.md):
    # when it was last reviewed, whether it is a borderline case, the index figures it rests
    # on and where the population figure comes from.
    reviewed_on: str = Field(default="", max_length=10)  # YYYY-MM-DD, "" before 0003
    borderline: bool = False
    index_status: str = Field(default="", max_length=20)  # free | partly_free | not_free
    index_score: int | None = None  # the index's aggregate score, 0–100
    free_editions: int | None = None  # consecutive "Free" editions up to the index's own
    population_source: str = Field(default="", max_length=200)


class RegistryRevision(SQLModel, table=True):
    """One revision of the member registry: what changed it (seed, import, baseline, review),
    who, and the SHA-256 of the whole registry as it stood after the change. Append-only."""

    __tablename__ = "registry_revision"

    revision: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    created_at: datetime = _time_field()
    actor: str = Field(max_length=200)
    action: str = Field(max_length=40)  # members.import | members.baseline | members.review
    registry_version: str = Field(max_length=100)  # the label of the list it derives from
    content_hash: str = Field(max_length=64)
    # A review revision: the decided membership review it applies (each applied once).
    assessment_id: str | None = Field(default=None, max_length=36, unique=True)
    summary: str = Field(default="", sa_type=sa.Text)


class RegistryChange(SQLModel, table=True):
    """One member's entry before and after a registry revision (JSON; before is NULL for a
    member the revision added). Replaying the changes gives the registry at any revision."""

    __tablename__ = "registry_change"
    __table_args__ = (sa.UniqueConstraint("revision", "iso"),)

    id: str = _id_field()
    revision: int = Field(foreign_key="registry_revision.revision", index=True)
    iso: str = Field(max_length=3, index=True)
    before: str | None = Field(default=None, sa_type=sa.Text)  # canonical JSON of the entry
    after: str = Field(sa_type=sa.Text)


class MemberPosition(SQLModel, table=True):
    __tablename__ = "member_position"
    __table_args__ = (
        sa.UniqueConstraint("assessment_id", "question_id", "member_iso"),
        sa.CheckConstraint(
            _check_in("position", ("endorse", "oppose", "abstain", "not_consulted")),
            name="position",
        ),
    )

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id")
    question_id: str = Field(max_length=200)
    # No foreign key: a member may leave the registry, its recorded positions stay.
    member_iso: str = Field(max_length=3, index=True)
    position: str = Field(max_length=20)


class Decision(SQLModel, table=True):
    __tablename__ = "decision"
    __table_args__ = (sa.CheckConstraint(_check_in("decision", DECISIONS), name="decision"),)

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", unique=True)
    decision: str = Field(max_length=40, index=True)
    decided_by: str = Field(max_length=200)
    decided_at: datetime = _time_field()
    justification: str = Field(default="", sa_type=sa.Text)
    verdict: str = Field(max_length=40, index=True)
    evaluation: dict[str, Any] = Field(sa_type=sa.JSON)  # snapshot: reasons, fragility, scores
    playbook_hash: str = Field(max_length=64)
    record_hash: str = Field(max_length=64)  # SHA-256 of the canonical frozen record
    departs_from_verdict: bool = False
    # The member registry the verdict was judged against (NULL: decided before migration 0003).
    registry_revision: int | None = None
    registry_hash: str | None = Field(default=None, max_length=64)
    # SHA-256 (hex) of the decider's certificate: only its holder countersigns the memo
    # (NULL: named by name only, as every decision before migration 0006).
    decided_by_certificate: str | None = Field(default=None, max_length=64)
    decided_by_subject: str | None = Field(default=None, sa_type=sa.Text)  # RFC 4514


class Dissent(SQLModel, table=True):
    __tablename__ = "dissent"

    id: str = _id_field()
    decision_id: str = Field(max_length=36, foreign_key="decision.id", index=True)
    reviewer: str = Field(max_length=200)
    text: str = Field(sa_type=sa.Text)
    recorded_at: datetime = _time_field()


class DecisionCondition(SQLModel, table=True):
    """One condition of an approval (migration 0004): what must hold, who owns it, how it is
    checked, when it is next reviewed and its tripwire (what ends the approval). Written with
    its decision, covered by the decision's record hash, never changed (triggers)."""

    __tablename__ = "decision_condition"
    __table_args__ = (sa.UniqueConstraint("decision_id", "position"),)

    id: str = _id_field()
    decision_id: str = Field(max_length=36, foreign_key="decision.id", index=True)
    position: int  # 1, 2, … as the decision lists them
    requirement: str = Field(sa_type=sa.Text)  # what must hold
    owner: str = Field(max_length=200)
    how_checked: str = Field(sa_type=sa.Text)
    review_on: date = Field(index=True)
    tripwire: str = Field(default="", sa_type=sa.Text)  # "": none stated


class ConditionReview(SQLModel, table=True):
    """A review of one condition: met, not met or withdrawn, with a note. Append-only; a
    review recording a breached tripwire names the revision it opened."""

    __tablename__ = "condition_review"
    __table_args__ = (
        sa.CheckConstraint(_check_in("outcome", CONDITION_OUTCOMES), name="outcome"),
    )

    id: str = _id_field()
    condition_id: str = Field(max_length=36, foreign_key="decision_condition.id", index=True)
    outcome: str = Field(max_length=20)
    note: str = Field(sa_type=sa.Text)
    tripwire_breached: bool = False
    next_review_on: date | None = None  # None: no further review (or the old date stands)
    reviewed_by: str = Field(max_length=200)
    reviewed_at: datetime = _time_field()
    revision_id: str | None = Field(default=None, max_length=36, foreign_key="assessment.id")


class CaseNote(SQLModel, table=True):
    """A note kept on a case (e.g. a what-if scenario's summary): added, never changed; it is
    no answer and changes no verdict or decision."""

    __tablename__ = "case_note"

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    kind: str = Field(max_length=40)
    author: str = Field(max_length=200)
    text: str = Field(sa_type=sa.Text)
    recorded_at: datetime = _time_field()


class RoutingStep(SQLModel, table=True):
    """One step of a draft's way from drafter to reviewer to minister (migration 0010): a
    draft submitted for review, returned to its drafter with a comment, or passed to the
    minister. Appended, never changed; the last step is the case's stage (models.routing)."""

    __tablename__ = "routing_step"
    __table_args__ = (
        sa.CheckConstraint(_check_in("act", ROUTING_ACTS), name="act"),
        sa.CheckConstraint("position >= 1", name="position"),
        sa.UniqueConstraint("assessment_id", "position"),
    )

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    position: int  # 1, 2, … per assessment: the order of its steps
    act: str = Field(max_length=20)
    actor: str = Field(max_length=200)
    comment: str = Field(default="", sa_type=sa.Text)
    recorded_at: datetime = _time_field()


class ResolutionDate(SQLModel, table=True):
    """When a call is to be judged against what happened (migration 0012, issue 16): one
    likelihood answer's (`question_id`), or the decision's (`question_id` ""). Set on a draft
    only (triggers refuse one for a decided assessment); a later row for the same call
    replaces an earlier one, and no row is ever changed or deleted. Without a row the playbook's
    default applies (models.outcomes)."""

    __tablename__ = "resolution_date"

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    question_id: str = Field(default="", max_length=200)  # "": the decision
    resolve_on: date
    set_by: str = Field(max_length=200)
    set_at: datetime = _time_field()


class Outcome(SQLModel, table=True):
    """What happened to one likelihood call of a decided assessment: occurred, did not occur or
    cannot tell, with a note and graded evidence (JSON list of summary, source, reliability,
    credibility). Append-only: a later outcome of the same call corrects an earlier one, which
    stays. Never part of the decided record or its hash."""

    __tablename__ = "outcome"
    __table_args__ = (sa.CheckConstraint(_check_in("result", OUTCOME_RESULTS), name="result"),)

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    question_id: str = Field(max_length=200)
    result: str = Field(max_length=20)
    note: str = Field(sa_type=sa.Text)
    evidence: list[dict[str, Any]] = Field(sa_type=sa.JSON)
    recorded_by: str = Field(max_length=200)
    recorded_at: datetime = _time_field()


class Retrospective(SQLModel, table=True):
    """Looking back on a decision: what we got wrong, what we would do again. Append-only; never
    part of the decided record."""

    __tablename__ = "retrospective"

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    decision_id: str = Field(max_length=36, foreign_key="decision.id")
    wrong: str = Field(sa_type=sa.Text)
    again: str = Field(sa_type=sa.Text)
    recorded_by: str = Field(max_length=200)
    recorded_at: datetime = _time_field()


class CaseOption(SQLModel, table=True):
    """One course of action a case compares (migration 0007): two to six per case, one of them
    always "no action" (playbooks.options). A case without rows here is a single proposed
    action, judged and hashed as before options existed. Frozen with its assessment."""

    __tablename__ = "case_option"
    __table_args__ = (
        sa.UniqueConstraint("assessment_id", "name"),
        sa.UniqueConstraint("assessment_id", "position"),
    )

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    position: int  # 1, 2, … in the case's order
    name: str = Field(max_length=40)  # e.g. "no_action", "air_strikes"
    title: str = Field(sa_type=sa.Text)
    description: str = Field(default="", sa_type=sa.Text)


class OptionAnswer(SQLModel, table=True):
    """One option's answer to a question the playbook asks per option (`about: option`). The
    assessment id is repeated so that the same freeze rule as answers guards it."""

    __tablename__ = "option_answer"
    __table_args__ = (
        sa.UniqueConstraint("option_id", "question_id"),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence IN ('low', 'moderate', 'high')", name="confidence"
        ),
    )

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    option_id: str = Field(max_length=36, foreign_key="case_option.id", index=True)
    question_id: str = Field(max_length=200)
    value: Any = Field(default=None, sa_type=sa.JSON(none_as_null=True), nullable=True)
    rationale: str = Field(default="", sa_type=sa.Text)
    confidence: str | None = Field(default=None, max_length=20)
    answered_at: datetime = _time_field()
    answered_by: str = Field(max_length=200)


class DecisionOption(SQLModel, table=True):
    """The options side of a decision on a case with options: the option chosen (None: none),
    the best-judged one, whether the choice departs from it, and every option's evaluation as
    judged (JSON). Written with its decision, covered by its record hash, never changed."""

    __tablename__ = "decision_option"

    decision_id: str = Field(primary_key=True, max_length=36, foreign_key="decision.id")
    chosen_option: str | None = Field(default=None, max_length=40)
    best_option: str = Field(max_length=40)
    departs_from_best_option: bool = False
    options: list[dict[str, Any]] = Field(sa_type=sa.JSON)  # in the case's order


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"

    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: datetime = _time_field()
    actor: str = Field(max_length=200)
    action: str = Field(max_length=60)
    entity_type: str = Field(max_length=60)
    entity_id: str = Field(max_length=200, index=True)
    payload: str = Field(sa_type=sa.Text)  # canonical JSON text
    prev_hash: str = Field(max_length=64)
    entry_hash: str = Field(max_length=64, unique=True)
    # The server's session_user, set by a trigger on PostgreSQL whatever the client sends (NULL
    # on SQLite, which is single-user, and on entries from before schema 0008).
    login: str | None = Field(default=None, max_length=200)


class AuditHead(SQLModel, table=True):
    """One row: the latest entry, written with it; reveals entries cut off the chain's end."""

    __tablename__ = "audit_head"
    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True, sa_column_kwargs={"autoincrement": False})
    seq: int = 0
    entry_hash: str = Field(default="0" * 64, max_length=64)


class WriteLock(SQLModel, table=True):
    """One row that PostgreSQL writers lock FOR UPDATE to take turns (models.db): locking it
    needs UPDATE on this table, which only the writing roles hold (models.roles)."""

    __tablename__ = "write_lock"
    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True, sa_column_kwargs={"autoincrement": False})


class ClassificationLevel(SQLModel, table=True):
    """The ranks of classification markings, lowest first: an official sees an assessment whose
    marking ranks at or below their clearance (PostgreSQL row-level security, migration 0008)."""

    __tablename__ = "classification_level"

    name: str = Field(primary_key=True, max_length=40)  # upper case, e.g. "SECRET"
    rank: int


class Official(SQLModel, table=True):
    """A PostgreSQL login the administrator granted a role (main.py admin grant): the name the
    app compares with the official's profile, and the clearance."""

    __tablename__ = "official"

    login: str = Field(primary_key=True, max_length=63)
    name: str = Field(default="", sa_type=sa.Text)
    role: str = Field(max_length=20)
    clearance: str | None = Field(default=None, max_length=40)
    granted_at: datetime = _time_field()


class Memo(SQLModel, table=True):
    __tablename__ = "memo"
    __table_args__ = (
        sa.UniqueConstraint("reference", "stage"),
        sa.CheckConstraint(_check_in("stage", MEMO_STAGES), name="stage"),
    )

    id: str = _id_field()
    assessment_id: str = Field(max_length=36, foreign_key="assessment.id", index=True)
    decision_id: str = Field(max_length=36, foreign_key="decision.id")
    reference: str = Field(max_length=40, index=True)
    stage: str = Field(max_length=20)
    pdf: bytes = Field(sa_type=sa.LargeBinary)
    sha256: str = Field(max_length=64, index=True)
    audit_head: str = Field(max_length=64)
    created_at: datetime = _time_field()
    created_by: str = Field(max_length=200)
    supersedes_memo_id: str | None = Field(default=None, max_length=36, foreign_key="memo.id")


class MemoSignature(SQLModel, table=True):
    __tablename__ = "memo_signature"
    __table_args__ = (
        sa.UniqueConstraint("memo_id", "sequence"),
        sa.CheckConstraint(_check_in("field", SIGNATURE_FIELDS), name="field"),
    )

    id: str = _id_field()
    memo_id: str = Field(max_length=36, foreign_key="memo.id")
    sequence: int
    field: str = Field(max_length=40)
    signer: str = Field(max_length=400)
    cert_fingerprint: str = Field(max_length=64)
    claimed_time: datetime | None = Field(default=None, sa_type=UTCDateTime)


class TrustRoot(SQLModel, table=True):
    __tablename__ = "trust_root"

    fingerprint: str = Field(primary_key=True, max_length=64)  # SHA-256 hex of the DER
    subject: str = Field(sa_type=sa.Text)
    pem: str = Field(sa_type=sa.Text)
    added_at: datetime = _time_field()
    added_by: str = Field(max_length=200)


class PlaybookFile(SQLModel, table=True):
    """The exact bytes of a playbook file an assessment used, kept once per SHA-256 the first
    time an assessment uses it (models.playbook_store), so the record re-evaluates its decisions
    whatever playbook files are installed later. Never changed or deleted (triggers)."""

    __tablename__ = "playbook_file"

    sha256: str = Field(primary_key=True, max_length=64)  # of `content`
    playbook_id: str = Field(max_length=200, index=True)
    version: str = Field(max_length=100)
    content: bytes = Field(sa_type=sa.LargeBinary)
    stored_at: datetime = _time_field()
    stored_by: str = Field(max_length=200)
