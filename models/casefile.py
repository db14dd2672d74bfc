"""Case files: an assessment as YAML, the exchange format for drafts (DESIGN.md §3).

    format_version: 1
    title: Evacuation corridor for Port Amsel
    playbook: {id: use_of_force, version: "1.0", hash: <sha256, optional>}
    proposed_action: |            # optional, may span lines
    crisis: |                     # optional
    classification: RESTRICTED    # optional, default UNCLASSIFIED
    answers:                      # by question id, in any order
      harm_gravity:
        answer: 4                 # the JSON value of the question's kind (playbooks/model.py)
        rationale: …              # optional
        confidence: moderate      # optional: low | moderate | high
        evidence:                 # optional, kept in this order
          - summary: …
            source: …             # optional
            reliability: B        # Admiralty source reliability A–F
            credibility: 2        # Admiralty information credibility 1–6

Member positions are the answer to the playbook's member-positions question: a mapping of ISO
3166-1 alpha-3 codes to endorse | oppose | abstain | not_consulted.

Reading is strict: unknown keys, unknown question ids, values of the wrong kind and a playbook
the catalog does not hold are errors naming file, line and field. Export writes every answer in
the playbook's order, so export → import → export gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation
from models.audit import append_entry
from models.case_options import (
    CaseOptionEntry,
    options_data,
    read_options,
    refuse_situation_answers_to_option_questions,
    store_options,
)
from models.db import Database

# The workflow's own way of storing one answer, so an import stores exactly what save_answer would.
from models.drafts import insert_answer, insert_member_positions
from models.playbook_store import keep_playbook
from models.records import AnswerRecord, AssessmentRecord, EvidenceInput, load_assessment
from models.search import reindex_assessment
from models.tables import Assessment, MemberState, new_id
from models.yamlfields import (
    describe,
    dump_yaml,
    expect_choice,
    expect_int,
    expect_list,
    expect_mapping,
    expect_text,
    field_error,
    read_yaml,
    shorten,
)
from playbooks.answers import InvalidAnswerValue, check_answer_value
from playbooks.errors import InputError, UserError
from playbooks.input_files import read_input_file
from playbooks.loader import PlaybookCatalog
from playbooks.model import (
    CONFIDENCE_LEVELS,
    INFORMATION_CREDIBILITY,
    SOURCE_RELIABILITY,
    Playbook,
    Question,
    QuestionKind,
)
from playbooks.strict_yaml import YamlDocument

FORMAT_VERSION = 1
DEFAULT_CLASSIFICATION = "UNCLASSIFIED"
MAX_FILE_BYTES = 16 * 1024 * 1024

# Field limits: those of the workflow (models/validation.py), so whatever the record holds
# exports to a file that imports again.
MAX_TITLE = validation.TITLE_MAX
MAX_SHORT = validation.CLASSIFICATION_MAX  # classification, playbook version, member codes
MAX_ID = 200  # playbook and question ids (their column length)
MAX_PROSE = validation.LONG_TEXT_MAX  # proposed action, crisis, rationale, text answers
MAX_SUMMARY = validation.LONG_TEXT_MAX
MAX_SOURCE = validation.LONG_TEXT_MAX
MAX_EVIDENCE = validation.EVIDENCE_MAX_ITEMS

_HASH_PATTERN = re.compile(r"[0-9a-f]{64}")
_ISO_PATTERN = re.compile(r"[A-Z]{3}")

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class CaseEvidence:
    summary: str
    source: str
    reliability: str  # "A".."F"
    credibility: int  # 1..6


@dataclass(frozen=True)
class CaseAnswer:
    question_id: str
    value: Any
    rationale: str = ""
    confidence: str | None = None
    evidence: tuple[CaseEvidence, ...] = ()


@dataclass(frozen=True)
class CaseFile:
    """A checked case file. `playbook` is the catalog's playbook when one was given."""

    file: str
    title: str
    playbook_id: str
    playbook_version: str
    playbook_hash: str | None
    proposed_action: str
    crisis: str
    classification: str
    answers: tuple[CaseAnswer, ...]
    playbook: Playbook | None = field(default=None, compare=False)
    document: YamlDocument | None = field(default=None, compare=False, repr=False)
    options: tuple[CaseOptionEntry, ...] = ()  # none: a single proposed action

    def error(self, path: Path_, problem: str, expected: str | None = None) -> InputError:
        """An InputError pointing at a field of this file (for checks made after reading)."""
        if self.document is None:
            return InputError(self.file, None, ".".join(map(str, path)), problem, expected)
        return field_error(self.document, path, problem, expected)


def read_case_file(
    path: str | Path,
    catalog: PlaybookCatalog | None = None,
    *,
    playbook: Playbook | None = None,
) -> CaseFile:
    """Read and check a case file. With a catalog, the playbook must be in it and every answer
    must name one of its questions with a value of the right kind. With `playbook` instead
    (`playbooks try`), the answers are checked against that playbook, whatever version and hash
    the file names, as long as the ids match."""
    path = Path(path)
    content = read_input_file(path, MAX_FILE_BYTES, what="case file")
    return parse_case_file(content, str(path), catalog, playbook=playbook)


def parse_case_file(
    content: str | bytes,
    file: str,
    catalog: PlaybookCatalog | None = None,
    *,
    playbook: Playbook | None = None,
) -> CaseFile:
    doc = read_yaml(content, file, max_bytes=MAX_FILE_BYTES)
    top = expect_mapping(
        doc,
        (),
        doc.data,
        required=("format_version", "title", "playbook"),
        optional=("proposed_action", "crisis", "classification", "answers", "options"),
        what="a case file (a mapping with format_version, title, playbook, answers)",
    )
    expect_int(
        doc,
        ("format_version",),
        top["format_version"],
        minimum=FORMAT_VERSION,
        maximum=FORMAT_VERSION,
        expected=f"{FORMAT_VERSION} (the case-file format this version reads)",
    )
    playbook_id, playbook_version, playbook_hash = _read_playbook_reference(doc, top["playbook"])
    if playbook is not None:
        if playbook.id != playbook_id:
            raise field_error(
                doc,
                ("playbook", "id"),
                f"is `{shorten(playbook_id)}`, but the playbook given is `{playbook.id}`",
                f"{playbook.id}, the id of the playbook to try",
            )
    elif catalog is not None:
        playbook = _resolve_playbook(doc, catalog, playbook_id, playbook_version, playbook_hash)
    answers_data = top.get("answers", {})
    if answers_data is None:
        answers_data = {}
    if not isinstance(answers_data, dict):
        raise field_error(
            doc, ("answers",), f"is {describe(answers_data)}", "a mapping by question id"
        )
    answers = tuple(
        _read_answer(doc, question_id, entry, playbook)
        for question_id, entry in answers_data.items()
    )
    options = read_options(doc, top.get("options"), playbook, _check_option_value, MAX_PROSE)
    if options:
        refuse_situation_answers_to_option_questions(doc, answers, playbook)
    return CaseFile(
        file=file,
        title=expect_text(
            doc,
            ("title",),
            top["title"],
            max_length=MAX_TITLE,
            single_line=True,
            short=True,
            allow_empty=False,
            expected="a one-line title",
        ),
        playbook_id=playbook_id,
        playbook_version=playbook_version,
        playbook_hash=playbook_hash,
        proposed_action=_prose(doc, top, "proposed_action"),
        crisis=_prose(doc, top, "crisis"),
        classification=expect_text(
            doc,
            ("classification",),
            top.get("classification", DEFAULT_CLASSIFICATION),
            max_length=MAX_SHORT,
            short=True,
            allow_empty=False,
            expected="a classification marking, e.g. UNCLASSIFIED",
        ),
        answers=answers,
        playbook=playbook,
        document=doc,
        options=options,
    )


def _prose(doc: YamlDocument, top: dict[str, Any], key: str) -> str:
    return expect_text(doc, (key,), top.get(key, ""), max_length=MAX_PROSE)


def _read_playbook_reference(doc: YamlDocument, value: Any) -> tuple[str, str, str | None]:
    path: Path_ = ("playbook",)
    fields = expect_mapping(
        doc,
        path,
        value,
        required=("id", "version"),
        optional=("hash",),
        what='the playbook this case follows: {id: …, version: "…"}',
    )
    playbook_id = expect_text(
        doc,
        (*path, "id"),
        fields["id"],
        max_length=MAX_ID,
        single_line=True,
        allow_empty=False,
        expected="a playbook id, e.g. use_of_force",
    )
    version = fields["version"]
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        raise field_error(
            doc,
            (*path, "version"),
            f"is {describe(version)}",
            f'the version as quoted text, e.g. "{version}"',
        )
    version = expect_text(
        doc,
        (*path, "version"),
        version,
        max_length=MAX_SHORT,
        single_line=True,
        allow_empty=False,
        expected='the playbook version as text, e.g. "1.0"',
    )
    content_hash = None
    if "hash" in fields:
        content_hash = expect_text(
            doc,
            (*path, "hash"),
            fields["hash"],
            max_length=64,
            pattern=_HASH_PATTERN,
            expected="the SHA-256 of the playbook file (64 lowercase hex digits)",
        )
    return playbook_id, version, content_hash


def _resolve_playbook(
    doc: YamlDocument,
    catalog: PlaybookCatalog,
    playbook_id: str,
    version: str,
    content_hash: str | None,
) -> Playbook:
    try:
        playbook = catalog.get(playbook_id, version)
    except UserError as exc:
        raise field_error(
            doc, ("playbook",), str(exc), "a playbook this installation holds"
        ) from None
    if content_hash is not None and playbook.content_hash != content_hash:
        raise field_error(
            doc,
            ("playbook", "hash"),
            f"playbook {playbook_id} {version} here has hash {playbook.content_hash[:12]}…, "
            f"not {content_hash[:12]}… (its file differs from the one this case was written for)",
            "the hash of the installed playbook, or no hash",
        )
    return playbook


def _read_answer(
    doc: YamlDocument, question_id: str, entry: Any, playbook: Playbook | None
) -> CaseAnswer:
    path: Path_ = ("answers", question_id)
    question: Question | None = None
    if playbook is not None:
        try:
            question = playbook.question(question_id)
        except KeyError:
            known = ", ".join(q.id for q in playbook.questions())
            raise field_error(
                doc,
                path,
                f"`{shorten(question_id)}` is not a question of playbook "
                f"{playbook.id} {playbook.version}",
                f"one of: {known}",
            ) from None
    fields = expect_mapping(
        doc,
        path,
        entry,
        required=(),
        optional=("answer", "rationale", "confidence", "evidence"),
        what="an answer: {answer: …, rationale: …, confidence: …, evidence: […]}",
    )
    # No answer (or `answer: null`) is allowed: a rationale or evidence may come first.
    value = fields.get("answer")
    _check_value_text(doc, (*path, "answer"), value)
    if question is not None and value is not None:
        _check_value_kind(doc, (*path, "answer"), question, value)
    confidence = fields.get("confidence")
    if confidence is not None:
        confidence = expect_choice(doc, (*path, "confidence"), confidence, CONFIDENCE_LEVELS)
    evidence_items = fields.get("evidence") or []
    evidence_items = expect_list(doc, (*path, "evidence"), evidence_items, max_items=MAX_EVIDENCE)
    return CaseAnswer(
        question_id=question_id,
        value=value,
        rationale=expect_text(
            doc, (*path, "rationale"), fields.get("rationale", ""), max_length=MAX_PROSE
        ),
        confidence=confidence,
        evidence=tuple(
            _read_evidence(doc, (*path, "evidence", index), item)
            for index, item in enumerate(evidence_items)
        ),
    )


def _check_option_value(
    doc: YamlDocument, path: Path_, question: Question | None, value: Any
) -> None:
    """An option's answer obeys the rules of a case-level answer."""
    _check_value_text(doc, path, value)
    if question is not None and value is not None:
        _check_value_kind(doc, path, question, value)


def _check_value_text(doc: YamlDocument, path: Path_, value: Any) -> None:
    """Text inside an answer obeys the same rules as every other text field."""
    if isinstance(value, str):
        expect_text(doc, path, value, max_length=MAX_PROSE)
    elif isinstance(value, dict):
        for key, item in value.items():
            expect_text(doc, (*path, key), key, max_length=MAX_SHORT)
            _check_value_text(doc, (*path, key), item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_value_text(doc, (*path, index), item)


def _check_value_kind(doc: YamlDocument, path: Path_, question: Question, value: Any) -> None:
    if question.kind is QuestionKind.MEMBER_POSITIONS and isinstance(value, dict):
        for iso in value:
            if not _ISO_PATTERN.fullmatch(iso):
                raise field_error(
                    doc,
                    (*path, iso),
                    f"`{shorten(iso)}` is not a member code",
                    "an ISO 3166-1 alpha-3 code in capitals, e.g. CAN",
                )
    try:
        check_answer_value(question, value)
    except InvalidAnswerValue as exc:
        raise field_error(doc, path, f"is {describe(value)}", exc.expected) from None


def _read_evidence(doc: YamlDocument, path: Path_, item: Any) -> CaseEvidence:
    fields = expect_mapping(
        doc,
        path,
        item,
        required=("summary", "reliability", "credibility"),
        optional=("source",),
        what="an evidence item: {summary, source, reliability: A–F, credibility: 1–6}",
    )
    return CaseEvidence(
        summary=expect_text(
            doc,
            (*path, "summary"),
            fields["summary"],
            max_length=MAX_SUMMARY,
            allow_empty=False,
            expected="what the evidence says",
        ),
        source=expect_text(doc, (*path, "source"), fields.get("source", ""), max_length=MAX_SOURCE),
        reliability=expect_choice(
            doc,
            (*path, "reliability"),
            fields["reliability"],
            tuple(SOURCE_RELIABILITY),
            what="an Admiralty source reliability grade",
        ),
        credibility=expect_int(
            doc,
            (*path, "credibility"),
            fields["credibility"],
            minimum=min(INFORMATION_CREDIBILITY),
            maximum=max(INFORMATION_CREDIBILITY),
            expected="an Admiralty information credibility grade from 1 to 6",
        ),
    )


# ---------------------------------------------------------------------------------------------
# Writing


def case_file_data(record: AssessmentRecord, playbook: Playbook | None = None) -> dict[str, Any]:
    """The case-file content of an assessment: details and answers, nothing of its history
    (ids, times, decision, memos), so an import creates a new draft with the same content.
    Answers follow the playbook's question order when the playbook is given."""
    order = [q.id for q in playbook.questions()] if playbook is not None else []
    rank = {question_id: index for index, question_id in enumerate(order)}
    answers = sorted(
        record.answers.values(), key=lambda a: (rank.get(a.question_id, len(rank)), a.question_id)
    )
    data: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "title": record.title,
        "playbook": {
            "id": record.playbook_id,
            "version": record.playbook_version,
            "hash": record.playbook_hash,
        },
        "proposed_action": record.proposed_action,
        "crisis": record.crisis,
        "classification": record.classification,
        "answers": {answer.question_id: _answer_data(answer) for answer in answers},
    }
    if record.options:  # only then: a single-action file is written as before
        data["options"] = options_data(record.options, playbook)
    return data


def _answer_data(answer: AnswerRecord) -> dict[str, Any]:
    data: dict[str, Any] = {"answer": answer.value, "rationale": answer.rationale}
    if answer.confidence is not None:
        data["confidence"] = answer.confidence
    if answer.evidence:
        data["evidence"] = [
            {
                "summary": item.summary,
                "source": item.source,
                "reliability": item.reliability,
                "credibility": item.credibility,
            }
            for item in answer.evidence
        ]
    return data


def case_file_text(record: AssessmentRecord, playbook: Playbook | None = None) -> str:
    header = (
        f"# Concert Desk case file: {shorten(record.title, 80)}\n"
        "# Import with: main.py assess import FILE (creates a new draft assessment)\n"
    )
    return dump_yaml(case_file_data(record, playbook), header=header)


def export_case_file(
    db: Database, assessment_id: str, catalog: PlaybookCatalog | None = None
) -> str:
    """The assessment as case-file YAML; import of it gives an identical assessment."""
    record = load_assessment(db, assessment_id)
    playbook = None
    if catalog is not None:
        playbook = catalog.by_hash(record.playbook_hash)
    return case_file_text(record, playbook)


# ---------------------------------------------------------------------------------------------
# Importing


def import_case_file(db: Database, path: str | Path, catalog: PlaybookCatalog, actor: str) -> str:
    """Create a new draft assessment from a case file; returns its id.

    All or nothing: the file is checked completely first, and the assessment, its answers,
    evidence and member positions are written in ONE transaction with one audit entry, so a
    bad file or a failure half-way leaves the database as it was.
    """
    case = read_case_file(path, catalog)
    return import_case(db, case, actor=actor)


def import_case(db: Database, case: CaseFile, *, actor: str) -> str:
    playbook = case.playbook
    if playbook is None:
        raise ValueError("import_case needs a CaseFile read with a catalog")
    actor = validation.name("actor", actor)
    row = Assessment(
        id=new_id(),
        root_id="",
        title=validation.title(case.title),
        proposed_action=validation.text("proposed action", case.proposed_action),
        crisis=validation.text("crisis", case.crisis),
        classification=validation.classification(case.classification),
        playbook_id=playbook.id,
        playbook_version=playbook.version,
        playbook_hash=playbook.content_hash,
        created_by=actor,
    )
    row.root_id = row.id
    row.updated_at = row.created_at
    answers = [_checked_answer(case, answer, playbook) for answer in case.answers]
    answer_hashes: dict[str, str] = {}
    with db.write_session() as session:
        _check_members_known(session, case, answers, playbook)
        keep_playbook(session, playbook, actor)
        session.execute(sa.insert(Assessment).values(**row.model_dump()))
        for question_id, value, rationale, confidence, items in answers:
            if value is None and not rationale.strip() and confidence is None and not items:
                continue  # an entry that records nothing
            answer_hashes[question_id] = insert_answer(
                session,
                row.id,
                question_id,
                value,
                rationale,
                confidence,
                items,
                row.created_at,
                actor,
            )
            if playbook.question(question_id).kind is QuestionKind.MEMBER_POSITIONS and value:
                insert_member_positions(session, row.id, question_id, value)
        option_hashes = store_options(
            session, row.id, case.options, playbook, case.error, row.created_at, actor
        )
        reindex_assessment(session, row.id)
        append_entry(
            session,
            actor=actor,
            action="assessment.import",
            entity_type="assessment",
            entity_id=row.id,
            payload={
                "file": validation.file_label(case.file),
                "title": row.title,
                "playbook_id": playbook.id,
                "playbook_version": playbook.version,
                "playbook_hash": playbook.content_hash,
                "answers": answer_hashes,
                **({"options": option_hashes} if case.options else {}),
            },
        )
    return row.id


_CheckedAnswer = tuple[str, Any, str, "str | None", list[EvidenceInput]]


def _checked_answer(case: CaseFile, answer: CaseAnswer, playbook: Playbook) -> _CheckedAnswer:
    """The answer as the workflow stores it (same checks as `save_answer`)."""
    path = ("answers", answer.question_id)
    try:
        question = validation.question(playbook, answer.question_id)
        value = validation.answer_value(question, answer.value)
        rationale = validation.text(f"rationale of {answer.question_id}", answer.rationale)
        items = validation.evidence(
            [
                EvidenceInput(item.summary, item.source, item.reliability, item.credibility)
                for item in answer.evidence
            ]
        )
    except UserError as error:
        raise case.error(path, str(error)) from None
    return answer.question_id, value, rationale, answer.confidence, items


def _check_members_known(
    session: Session, case: CaseFile, answers: list[_CheckedAnswer], playbook: Playbook
) -> None:
    known = set(session.execute(sa.select(col(MemberState.iso))).scalars())
    for question_id, value, *_ in answers:
        if playbook.question(question_id).kind is not QuestionKind.MEMBER_POSITIONS or not value:
            continue
        for iso in value:
            if iso not in known:
                raise case.error(
                    ("answers", question_id, "answer", iso),
                    f"{iso} is not in the member registry",
                    "a member listed by: main.py members list",
                )
