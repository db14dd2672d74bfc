"""The playbook file format: turns a strictly-read YAML document into a `Playbook`.

Everything a playbook author can get wrong is caught here with the file, line and dotted
path of the offending value; docs/playbook-format.md describes the same rules for people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

from playbooks.authority_format import parse_authority, refuse_old_thresholds
from playbooks.conditions import parse_conditions
from playbooks.errors import InputError
from playbooks.fields import Fields, describe, did_you_mean, shown
from playbooks.model import (
    ABOUT_SITUATION,
    CRITERION_ROLES,
    QUESTION_ABOUTS,
    ROLE_LEGAL_BASIS,
    AuthorityRule,
    Criterion,
    LegalBasis,
    Playbook,
    Question,
    QuestionKind,
    Source,
)
from playbooks.question_kinds import (
    ALL_KIND_KEYS,
    ID_EXPECTED,
    ITEM_ID,
    KIND_KEYS,
    kind_settings,
    resolve_after_days,
    threshold,
)
from playbooks.strict_yaml import Path, YamlDocument
from playbooks.translations import with_languages

PLAYBOOK_ID = re.compile(r"[a-z][a-z0-9_-]{0,63}")
VERSION = re.compile(r"[0-9]{1,6}(\.[0-9]{1,6}){0,3}")

VERSION_EXPECTED = 'a quoted dotted version such as "1.0" or "2.1.3"'

DEFAULT_LEGITIMATE_MIN_SCORE = 0.6
DEFAULT_STATE_SHARE = 0.55
DEFAULT_POPULATION_SHARE = 0.65
DEFAULT_KNIFE_EDGE_BAND = 0.05
FORMATS = (1, 2)

_TOP_KEYS = (
    "id", "version", "format", "title", "description", "sources", "settings", "authority",
    "criteria", "language", "languages", "translations",
)
_CRITERION_KEYS = (
    "id", "title", "guidance", "role", "gate", "weight", "pass_threshold", "questions",
    "knockouts", "bases",
)
_COMMON_QUESTION_KEYS = ("id", "prompt", "guidance", "kind", "weight", "required", "about")
T = TypeVar("T")
KIND_NAMES = ", ".join(kind.value for kind in QuestionKind)


def parse_playbook(doc: YamlDocument, content_hash: str) -> Playbook:
    top = Fields(
        doc,
        (),
        doc.data,
        _TOP_KEYS,
        ("id", "version", "title", "criteria"),
        what="a playbook mapping with id, version, title, criteria",
    )
    playbook_id = top.text(
        "id", pattern=PLAYBOOK_ID, expected=ID_EXPECTED.replace("`_`", "`_`, `-`")
    )
    version_value = top.data.get("version")
    if version_value is not None and not isinstance(version_value, str):
        doc.report(top.error(
            "version", f"is {describe(version_value)}, not quoted text", VERSION_EXPECTED
        ))
    version = top.text("version", pattern=VERSION, expected=VERSION_EXPECTED, max_length=40)
    title = top.text("title", max_length=200)
    description = top.text("description", "")
    sources = _each(
        doc,
        top.items("sources", minimum=0, expected="a list of sources"),
        lambda p, v: _source(doc, p, v),
    )
    if top.data.get("authority") is not None:
        refuse_old_thresholds(doc, top.data)
    # A settings section the linter cannot read: the defaults stand in for it.
    settings = doc.attempt(lambda: _settings(doc, top), None) or _settings(
        doc, Fields(doc, (), {}, ())
    )
    settings["format"] = _format(top)
    criteria_items = top.items("criteria", minimum=1, expected="a list of at least one criterion")
    seen_questions: dict[str, Path] = {}
    seen_criteria: dict[str, Path] = {}
    criteria = _each(
        doc,
        criteria_items,
        lambda path, value: _criterion(doc, path, value, settings, seen_criteria, seen_questions),
    )
    if len(criteria) == len(criteria_items):  # else the checks below would miss what failed
        _check_singletons(doc, criteria, seen_questions)
        _check_roles(doc, criteria_items, criteria)
    authority = doc.attempt(
        lambda: parse_authority(doc, top.data.get("authority"), criteria), None
    )
    if authority is not None:
        criteria = _with_section_thresholds(criteria, authority)
    playbook = Playbook(
        id=playbook_id,
        version=version,
        title=title,
        description=description,
        sources=sources,
        criteria=criteria,
        content_hash=content_hash,
        file=doc.file,
        settings=settings,
        authority=authority,
    )
    if not any(key in top.data for key in ("language", "languages", "translations")):
        return playbook  # a file in one language, read exactly as before languages existed
    if doc.problems:  # the linter found errors already: ids may not line up with the file
        return doc.attempt(lambda: with_languages(doc, playbook), playbook)
    return with_languages(doc, playbook)


def _each(
    doc: YamlDocument, items: list[tuple[Path, Any]], read: Callable[[Path, Any], T]
) -> tuple[T, ...]:
    """`read` each entry of a list; the linter records an entry that fails and reads on."""
    found = (doc.attempt(partial(read, path, value), None) for path, value in items)
    return tuple(item for item in found if item is not None)


def _with_section_thresholds(
    criteria: tuple[Criterion, ...], authority: AuthorityRule
) -> tuple[Criterion, ...]:
    """The member_positions question carries the section's member share (and no population
    share: the weight is square-root weight, in the section)."""

    def resolved(question: Question) -> Question:
        if question.kind is not QuestionKind.MEMBER_POSITIONS:
            return question
        return replace(question, state_share=authority.state_share, population_share=None)

    return tuple(
        replace(c, questions=tuple(resolved(q) for q in c.questions)) for c in criteria
    )


def _settings(doc: YamlDocument, top: Fields) -> dict[str, Any]:
    raw = top.data.get("settings")
    if raw is None:
        raw = {}
    fields = Fields(
        doc, ("settings",), raw,
        ("legitimate_min_score", "knife_edge_band", "double_majority", "resolve_after_days"),
    )
    majority_raw = fields.data.get("double_majority") or {}
    majority = Fields(
        doc, fields.at("double_majority"), majority_raw, ("state_share", "population_share")
    )
    days = resolve_after_days(fields)  # only when given: older playbooks read exactly as before
    return {
        **({"resolve_after_days": days} if days is not None else {}),
        "legitimate_min_score": fields.share("legitimate_min_score", DEFAULT_LEGITIMATE_MIN_SCORE),
        "knife_edge_band": fields.number(
            "knife_edge_band",
            DEFAULT_KNIFE_EDGE_BAND,
            low=0.0,
            high=0.5,
            expected="a score distance from 0 to 0.5, e.g. 0.05",
        ),
        "double_majority": {
            "state_share": threshold(majority, "state_share", DEFAULT_STATE_SHARE),
            "population_share": threshold(majority, "population_share", DEFAULT_POPULATION_SHARE),
        },
    }


def _format(top: Fields) -> int:
    value = top.data.get("format", 1)
    if isinstance(value, bool) or value not in FORMATS:
        top.doc.report(top.error("format", f"is {describe(value)}", "1 or 2"))
        return max(FORMATS)
    return int(value)


def _source(doc: YamlDocument, path: Path, value: Any) -> Source:
    fields = Fields(doc, path, value, ("title", "author", "year", "note"), ("title",))
    return Source(
        title=fields.text("title", max_length=500),
        author=fields.text("author", "", max_length=500),
        year=fields.integer("year", low=1000, high=2200, expected="a year such as 2001"),
        note=fields.text("note", ""),
    )


def _criterion(
    doc: YamlDocument,
    path: Path,
    value: Any,
    settings: dict[str, Any],
    seen_criteria: dict[str, Path],
    seen_questions: dict[str, Path],
) -> Criterion:
    legal_role = isinstance(value, dict) and value.get("role") == ROLE_LEGAL_BASIS
    fields = Fields(
        doc,
        path,
        value,
        _CRITERION_KEYS,
        ("id", "title", "guidance", "questions")
        + (() if legal_role else ("pass_threshold",)),
    )
    # Scalars first, then the nested list, so errors come in the order of the file.
    criterion_id = fields.text("id", pattern=ITEM_ID, expected=ID_EXPECTED)
    _unique(doc, fields.at("id"), criterion_id, "criterion", seen_criteria)
    title = fields.text("title", max_length=200)
    guidance = fields.text("guidance")
    role = fields.choice("role", CRITERION_ROLES, "") if fields.has("role") else ""
    legal = role == ROLE_LEGAL_BASIS
    gate = fields.flag("gate", False)
    if legal and gate:
        doc.report(fields.error(
            "gate", "is true on the legal basis", "no gate: the legal basis is judged apart"
        ))
    weight = fields.number(
        "weight",
        1.0,
        low=0.0,
        low_open=True,
        high=1000.0,
        expected="a number above 0 and at most 1000",
    )
    pass_threshold = fields.share("pass_threshold", 0.0 if legal else None)
    items = fields.items("questions", minimum=1, expected="a list of at least one question")
    questions = _each(doc, items, lambda p, v: _read_question(doc, p, v, settings, seen_questions))
    all_read = len(questions) == len(items)
    if (
        not legal
        and all_read
        and not any(q.scored and q.required and q.weight > 0 for q in questions)
    ):
        doc.report(fields.error(
            "questions",
            "has no required, scored question with a weight above 0",
            "at least one such question so the criterion can be judged",
        ))
    if legal and fields.has("knockouts"):
        doc.report(
            fields.error("knockouts", "is set on the legal basis", "the elements under `bases`")
        )
    knockouts = () if legal else parse_conditions(doc, fields, "knockouts", questions)
    if settings["format"] >= 2:
        _check_decisive_required(doc, fields, "knockouts", knockouts, questions)
    if not legal and fields.has("bases"):
        doc.report(fields.error("bases", "is set on a criterion that is not the legal basis",
                                "`role: legal_basis` on a criterion with bases"))
    bases = _bases(doc, fields, questions) if legal else ()
    return Criterion(
        criterion_id, title, guidance, gate, weight, pass_threshold, questions,
        knockouts=knockouts, role=role, bases=bases,
    )


def _bases(doc: YamlDocument, fields: Fields, questions: tuple[Question, ...]) -> tuple[
        LegalBasis, ...]:
    bases: list[LegalBasis] = []

    def read(path: Path, value: Any) -> LegalBasis:
        basis = Fields(doc, path, value, ("id", "title", "status", "guidance", "requires"),
                       ("id", "title", "status", "requires"))
        basis_id = basis.text("id", pattern=ITEM_ID, expected=ID_EXPECTED)
        if any(b.id == basis_id for b in bases):
            doc.report(basis.error("id", f"duplicate basis id `{basis_id}`", "each basis id once"))
        found = LegalBasis(
            id=basis_id,
            title=basis.text("title", max_length=300),
            status=basis.choice("status", ("established", "contested"), "established"),
            guidance=basis.text("guidance", ""),
            requires=parse_conditions(doc, basis, "requires", questions, minimum=1),
        )
        bases.append(found)
        return found

    _each(doc, fields.items("bases", minimum=1, expected="a list of legal bases"), read)
    return tuple(bases)


def _check_decisive_required(
    doc: YamlDocument, fields: Fields, key: str, conditions: Any, questions: tuple[Question, ...]
) -> None:
    """An optional question cannot knock a criterion out: answering it would then be able to
    lower the verdict below what leaving it unanswered gives."""
    by_id = {q.id: q for q in questions}
    for index, condition in enumerate(conditions):
        if not by_id[condition.question_id].required:
            doc.report(doc.error(
                (*fields.at(key), index, "question"),
                f"`{condition.question_id}` is optional",
                "a required question (a knock-out on an optional one would let answering it "
                "lower the verdict)",
            ))


def _unique(doc: YamlDocument, path: Path, item_id: str, what: str, seen: dict[str, Path]) -> None:
    if item_id in seen:
        first = seen[item_id]
        doc.report(doc.error(
            path,
            f"duplicate {what} id `{item_id}` (first used on line {doc.line(first)})",
            f"each {what} id once in the playbook",
        ))
        return
    seen[item_id] = path


def _read_question(
    doc: YamlDocument, path: Path, value: Any, settings: dict[str, Any], seen: dict[str, Path]
) -> Question:
    """One question; one the linter cannot read is remembered by id, so that conditions naming
    it are not reported as naming an unknown question."""
    try:
        return _question(doc, path, value, settings, seen)
    except InputError:
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            doc.unreadable_ids.add(value["id"])
        raise


def _question(
    doc: YamlDocument, path: Path, value: Any, settings: dict[str, Any], seen: dict[str, Path]
) -> Question:
    if not isinstance(value, dict):
        Fields(doc, path, value, ())  # raises: not a mapping
    kind_value = value.get("kind")
    try:
        kind = QuestionKind(kind_value)
    except ValueError:
        if kind_value is None:
            reason = "is missing"
        elif isinstance(kind_value, str):
            reason = f"`{shown(kind_value)}` is not a question kind" + did_you_mean(
                kind_value, [kind.value for kind in QuestionKind]
            )
        else:
            reason = f"is {describe(kind_value)}"
        raise doc.error((*path, "kind"), reason, "one of: " + KIND_NAMES) from None
    for key in value:
        if key in ALL_KIND_KEYS and key not in KIND_KEYS[kind]:
            owners = [k.value for k, keys in KIND_KEYS.items() if key in keys]
            doc.report(doc.error(
                (*path, key),
                f"`{key}` does not apply to a {kind.value} question",
                "it only for kind " + " or ".join(owners),
            ))
    fields = Fields(doc, path, value, _COMMON_QUESTION_KEYS + KIND_KEYS[kind], ("id", "prompt"))
    question_id = fields.text("id", pattern=ITEM_ID, expected=ID_EXPECTED)
    _unique(doc, fields.at("id"), question_id, "question", seen)
    common: dict[str, Any] = {
        "id": question_id,
        "prompt": fields.text("prompt", max_length=2000),
        "guidance": fields.text("guidance", ""),
        "kind": kind,
        "weight": fields.number(
            "weight", 1.0, low=0.0, high=1000.0, expected="a number from 0 to 1000"
        ),
        "required": fields.flag("required", True),
        "about": fields.choice("about", QUESTION_ABOUTS, ABOUT_SITUATION),
    }
    if settings["format"] >= 2 and kind is QuestionKind.CONFIDENCE and common["weight"] > 0:
        doc.report(fields.error(
            "weight",
            f"is {common['weight']:g} on a confidence question",
            "weight: 0 — in format 2 confidence qualifies an answer and never adds support "
            "(ICD 203: confidence and likelihood are separate judgements)",
        ))
    return Question(**common, **kind_settings(fields, kind, settings))


def _check_roles(
    doc: YamlDocument, items: list[tuple[Path, Any]], criteria: tuple[Criterion, ...]
) -> None:
    """The verdict names one authority criterion and the record one legal basis."""
    for role in CRITERION_ROLES:
        found = [(path, c) for (path, _), c in zip(items, criteria, strict=True) if c.role == role]
        if len(found) > 1:
            doc.report(doc.error(
                (*found[1][0], "role"),
                f"a second `{role}` criterion (`{found[0][1].id}` is the first)",
                f"at most one criterion with role {role}",
            ))
    if criteria and not any(c.judged for c in criteria):
        path = next(path for path, _ in items)
        doc.report(
            doc.error(path, "only the legal basis is defined", "at least one judged criterion")
        )


def _check_singletons(
    doc: YamlDocument, criteria: tuple[Criterion, ...], seen: dict[str, Path]
) -> None:
    """Evaluation keeps one authority tally, so these roles may appear once per playbook."""
    roles: dict[str, Callable[[Question], bool]] = {
        "member_positions question": lambda q: q.kind is QuestionKind.MEMBER_POSITIONS,
        "security_council question": lambda q: q.kind is QuestionKind.SECURITY_COUNCIL,
        "regional_support question": lambda q: q.regional_support,
    }
    for role, matches in roles.items():
        found = [q.id for c in criteria for q in c.questions if matches(q)]
        if len(found) > 1:
            doc.report(doc.error(
                seen[found[1]],
                f"a second {role} (`{found[0]}` is the first)",
                f"at most one {role} per playbook",
            ))
