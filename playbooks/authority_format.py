"""The playbook's `authority` section: the Concert's voting rule, its thresholds and the routes
to authority (docs/playbook-format.md, "Authority: rules and routes"), checked with the file,
line and dotted path of every mistake.

Absent, the playbook keeps the 1.0 rule (settings.double_majority), so files written before
the section existed evaluate exactly as they did.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from playbooks.fields import Fields, describe, did_you_mean, shown
from playbooks.model import (
    AUTHORITY_RULES,
    SECURITY_COUNCIL_STATUSES,
    AuthorityRoute,
    AuthorityRule,
    Criterion,
    Question,
    QuestionKind,
)
from playbooks.question_kinds import ID_EXPECTED, ITEM_ID, threshold
from playbooks.strict_yaml import Path, YamlDocument
from playbooks.voting_power import DEFAULT_BLOCKING_FLOOR, DEFAULT_STATE_SHARE

JAGIELLONIAN = "jagiellonian"
_KEYS = ("rule", "state_share", "weight_quota", "blocking_floor", "routes")
_ROUTE_KEYS = ("id", "label", "concert", "when")
_CONDITION_KINDS = (QuestionKind.SECURITY_COUNCIL, QuestionKind.YES_NO, QuestionKind.CHOICE)
MAX_BLOCKING_FLOOR = 100
DEFAULT_ROUTE = AuthorityRoute("concert", "Concert double majority", concert=True)


def parse_authority(
    doc: YamlDocument, raw: Any, criteria: tuple[Criterion, ...]
) -> AuthorityRule | None:
    """The section's rule, or None when the playbook has no section (the 1.0 rule)."""
    if raw is None:
        return None
    fields = Fields(doc, ("authority",), raw, _KEYS, ("rule",), what="an authority section")
    rule = fields.text(
        "rule",
        expected="one of: " + ", ".join(AUTHORITY_RULES),
        max_length=64,
    )
    if rule not in AUTHORITY_RULES:
        doc.report(fields.error(
            "rule",
            f"`{shown(rule)}` is not a rule" + did_you_mean(rule, AUTHORITY_RULES),
            "one of: " + ", ".join(AUTHORITY_RULES),
        ))
    state_share = threshold(fields, "state_share", DEFAULT_STATE_SHARE)
    weight_quota = _weight_quota(fields)
    floor = fields.integer(
        "blocking_floor",
        low=1,
        high=MAX_BLOCKING_FLOOR,
        expected=f"a whole number of members from 1 (any one member may block) to "
        f"{MAX_BLOCKING_FLOOR}",
    )
    questions = {q.id: q for c in criteria for q in c.questions}
    if not doc.unreadable_ids and not any(
        q.kind is QuestionKind.MEMBER_POSITIONS for q in questions.values()
    ):
        doc.report(fields.error(
            "rule",
            "applies to the Concert's member positions, but the playbook has no "
            "member_positions question",
            "a member_positions question, whose score is the authority",
        ))
    routes = _routes(fields, questions)
    return AuthorityRule(
        rule=rule,
        state_share=state_share,
        weight_quota=weight_quota,
        blocking_floor=DEFAULT_BLOCKING_FLOOR if floor is None else floor,
        routes=routes,
    )


def refuse_old_thresholds(doc: YamlDocument, top: dict[str, Any]) -> None:
    """With an authority section, the 1.0 thresholds would be a second, ignored rule: refuse
    them where they stand (settings.double_majority, a member_positions question's shares)."""
    settings = top.get("settings")
    if isinstance(settings, dict) and "double_majority" in settings:
        doc.report(doc.error(
            ("settings", "double_majority"),
            "does not apply when the playbook has an authority section",
            "the thresholds in `authority` (state_share, weight_quota, blocking_floor)",
        ))
    for c_index, criterion in enumerate(top.get("criteria") or []):
        if not isinstance(criterion, dict):
            continue
        for q_index, question in enumerate(criterion.get("questions") or []):
            if not isinstance(question, dict):
                continue
            for key in ("state_share", "population_share"):
                if key in question:
                    doc.report(doc.error(
                        ("criteria", c_index, "questions", q_index, key),
                        "does not apply when the playbook has an authority section",
                        "the thresholds in `authority` (state_share, weight_quota, "
                        "blocking_floor)",
                    ))


def _weight_quota(fields: Fields) -> float | None:
    value = fields.data.get("weight_quota")
    if value is None or value == JAGIELLONIAN:
        return None
    if isinstance(value, str):
        fields.doc.report(fields.error(
            "weight_quota",
            f"`{shown(value)}` is not a quota" + did_you_mean(value, [JAGIELLONIAN]),
            f"`{JAGIELLONIAN}` or a share above 0 and at most 1, e.g. 0.6",
        ))
        return None
    return threshold(fields, "weight_quota", None)


def _routes(fields: Fields, questions: dict[str, Question]) -> tuple[AuthorityRoute, ...]:
    if not fields.has("routes"):
        return (DEFAULT_ROUTE,)
    items = fields.items("routes", minimum=1, expected="a list of at least one route")
    routes: list[AuthorityRoute] = []
    doc = fields.doc

    def read(path: Path, value: Any) -> AuthorityRoute:
        route = Fields(doc, path, value, _ROUTE_KEYS, ("id", "label"), what="a route")
        route_id = route.text("id", pattern=ITEM_ID, expected=ID_EXPECTED)
        if any(r.id == route_id for r in routes):
            doc.report(route.error("id", f"duplicate route id `{route_id}`", "each route id once"))
        label = route.text("label", max_length=200)
        concert = route.flag("concert", False)
        when = _conditions(route, questions)
        if not concert and not when and route.data.get("when") is None:
            doc.report(route.error(
                "when",
                "is missing, and the route does not need the Concert's double majority",
                "`concert: true`, or at least one condition under `when`",
            ))
        found = AuthorityRoute(route_id, label, concert, when)
        routes.append(found)
        return found

    for path, value in items:
        doc.attempt(partial(read, path, value), None)
    return tuple(routes)


def _conditions(
    route: Fields, questions: dict[str, Question]
) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    raw = route.data.get("when")
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not raw:
        raise route.error(
            "when", f"is {describe(raw)}", "a mapping of question ids to the answers that hold"
        )
    conditions = []
    doc = route.doc
    for key, accepted in raw.items():
        path = (*route.at("when"), shown(str(key)))
        question = questions.get(key) if isinstance(key, str) else None
        if question is None:
            if key not in doc.unreadable_ids:  # else the linter named that question's error
                doc.report(doc.error(
                    path,
                    f"`{shown(str(key))}` is not a question of this playbook"
                    + did_you_mean(key, [q for q, v in questions.items()
                                         if v.kind in _CONDITION_KINDS]),
                    "the id of a security_council, yes_no or choice question",
                ))
            continue
        if question.kind not in _CONDITION_KINDS:
            doc.report(doc.error(
                path,
                f"`{key}` is a {question.kind.value} question",
                "a security_council, yes_no or choice question",
            ))
            continue
        allowed = _allowed_answers(question)
        if not isinstance(accepted, list) or not accepted:
            doc.report(doc.error(
                path, f"is {describe(accepted)}", "a list of answers, e.g. [" + allowed[0] + "]"
            ))
            continue
        values = []
        for index, value in enumerate(accepted):
            if not _is_answer(question, value):
                doc.report(doc.error(
                    (*path, index),
                    f"{describe(value)} is not an answer to `{key}`"
                    + did_you_mean(value, allowed),
                    "one of: " + ", ".join(allowed),
                ))
                continue
            values.append(value)
        conditions.append((key, tuple(values)))
    return tuple(conditions)


def _allowed_answers(question: Question) -> list[str]:
    if question.kind is QuestionKind.SECURITY_COUNCIL:
        return list(_statuses(question))
    if question.kind is QuestionKind.YES_NO:
        return ["true", "false"]
    return [option.id for option in question.options]


def _is_answer(question: Question, value: Any) -> bool:
    if question.kind is QuestionKind.YES_NO:
        return isinstance(value, bool)
    if not isinstance(value, str):
        return False
    if question.kind is QuestionKind.SECURITY_COUNCIL:
        return value in _statuses(question)
    return any(option.id == value for option in question.options)


def _statuses(question: Question) -> tuple[str, ...]:
    """The statuses this question accepts: its own scale (a format-2 file scores "veto
    threatened, no draft put" and "relies on earlier resolutions" too, so a route may name
    them), else the four of format 1."""
    return tuple(question.status_scores or SECURITY_COUNCIL_STATUSES)
