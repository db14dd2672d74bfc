"""The kind-specific keys of playbook questions (grades, options, scoring bands, Security
Council scores, double-majority thresholds) and how each is checked."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from playbooks.fields import Fields
from playbooks.model import (
    SECURITY_COUNCIL_STATUSES,
    SECURITY_COUNCIL_STATUSES_2,
    Grade,
    Option,
    QuestionKind,
)

ITEM_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
ID_EXPECTED = "lower-case letters, digits and `_`, starting with a letter (at most 64)"

KIND_KEYS: dict[QuestionKind, tuple[str, ...]] = {
    QuestionKind.SCALE: ("grades", "better"),
    QuestionKind.YES_NO: ("better", "regional_support"),
    QuestionKind.CHOICE: ("options", "regional_support"),
    QuestionKind.LIKELIHOOD: ("better", "resolve_after_days"),
    QuestionKind.CONFIDENCE: ("better",),
    QuestionKind.NUMBER: ("min", "max", "unit", "full_score_at", "zero_score_at", "step"),
    QuestionKind.TEXT: (),
    QuestionKind.MEMBER_POSITIONS: ("state_share", "population_share"),
    QuestionKind.SECURITY_COUNCIL: ("status_scores",),
}
ALL_KIND_KEYS = {key for keys in KIND_KEYS.values() for key in keys}


def threshold(fields: Fields, key: str, default: float | None) -> float:
    """A double-majority share: a threshold of 0 would let no endorsement at all suffice."""
    return fields.number(
        key,
        default,
        low=0.0,
        high=1.0,
        low_open=True,
        expected="a share above 0 and at most 1, e.g. 0.55",
    )


RESOLVE_DAYS_EXPECTED = "a whole number of days from 1 to 36500 after the decision"


def resolve_after_days(fields: Fields) -> int | None:
    """When a likelihood call is judged against what happened, in days after the decision
    (issue 16; None: not said here)."""
    return fields.integer("resolve_after_days", low=1, high=36500,
                          expected=RESOLVE_DAYS_EXPECTED)


def kind_settings(fields: Fields, kind: QuestionKind, settings: dict[str, Any]) -> dict[str, Any]:
    if kind is QuestionKind.LIKELIHOOD:
        days = resolve_after_days(fields)
        return {
            "better": fields.choice("better", ("higher", "lower"), "higher"),
            **({"extra": {"resolve_after_days": days}} if days is not None else {}),
        }
    if kind is QuestionKind.CONFIDENCE:
        return {"better": fields.choice("better", ("higher", "lower"), "higher")}
    if kind is QuestionKind.SCALE:
        return {
            "better": fields.choice("better", ("higher", "lower"), "higher"),
            "grades": _grades(fields),
        }
    if kind is QuestionKind.YES_NO:
        return {
            "better": fields.choice("better", ("yes", "no"), "yes"),
            "regional_support": fields.flag("regional_support", False),
        }
    if kind is QuestionKind.CHOICE:
        return {
            "options": _options(fields),
            "regional_support": fields.flag("regional_support", False),
        }
    if kind is QuestionKind.NUMBER:
        return _number_settings(fields)
    if kind is QuestionKind.SECURITY_COUNCIL:
        return {"status_scores": _status_scores(fields, settings["format"])}
    if kind is QuestionKind.MEMBER_POSITIONS:
        majority = settings["double_majority"]
        return {
            "state_share": threshold(fields, "state_share", majority["state_share"]),
            "population_share": threshold(fields, "population_share", majority["population_share"]),
        }
    return {}


def _grades(fields: Fields) -> tuple[Grade, ...]:
    grades: list[Grade] = []
    doc = fields.doc
    for path, value in fields.items("grades", minimum=2, expected="a list of at least 2 grades"):
        grade = doc.attempt(
            partial(Fields, doc, path, value, ("value", "label"), ("value", "label")),
            None,
        )
        if grade is None:
            continue
        number = grade.integer("value", low=-1000, high=1000, expected="a whole number")
        label = grade.text("label", max_length=300)
        if number is None:  # reported above (the linter reads on)
            continue
        if grades and number <= grades[-1].value:
            doc.report(grade.error(
                "value",
                f"{number} does not follow {grades[-1].value}",
                "grade values in strictly increasing order",
            ))
            continue
        grades.append(Grade(number, label))
    return tuple(grades)


def _options(fields: Fields) -> tuple[Option, ...]:
    options: list[Option] = []
    doc = fields.doc
    for path, value in fields.items("options", minimum=2, expected="a list of at least 2 options"):
        option = doc.attempt(
            partial(Fields, doc, path, value, ("id", "label", "score"), ("id", "label", "score")),
            None,
        )
        if option is None:
            continue
        option_id = option.text("id", pattern=ITEM_ID, expected=ID_EXPECTED)
        if any(existing.id == option_id for existing in options):
            doc.report(option.error(
                "id", f"duplicate option id `{option_id}`", "each option id once per question"
            ))
            continue
        options.append(
            Option(option_id, option.text("label", max_length=300), option.share("score"))
        )
    return tuple(options)


def _number_settings(fields: Fields) -> dict[str, Any]:
    minimum = fields.optional_number("min")
    maximum = fields.optional_number("max")
    if minimum is not None and maximum is not None and minimum >= maximum:
        fields.doc.report(
            fields.error("max", f"{maximum} is not above min {minimum}", "max greater than min")
        )
    full = fields.optional_number("full_score_at")
    zero = fields.optional_number("zero_score_at")
    if (full is None) != (zero is None):
        missing = "zero_score_at" if zero is None else "full_score_at"
        fields.doc.report(fields.error(
            missing, "is missing", "both full_score_at and zero_score_at, or neither"
        ))
        full = zero = None  # the linter reads on with the question unscored
    if full is not None and full == zero:
        fields.doc.report(fields.error(
            "zero_score_at",
            "equals full_score_at",
            "two different values bounding the scoring band",
        ))
        full = zero = None
    return {
        "minimum": minimum,
        "maximum": maximum,
        "unit": fields.text("unit", "", max_length=40),
        "full_score_at": full,
        "zero_score_at": zero,
        "step": fields.number("step", 1.0, low=0.0, low_open=True, expected="a number above 0"),
    }


def _status_scores(fields: Fields, file_format: int) -> dict[str, float]:
    statuses = SECURITY_COUNCIL_STATUSES_2 if file_format >= 2 else SECURITY_COUNCIL_STATUSES
    if not fields.has("status_scores"):
        fields.doc.report(fields.error(
            "status_scores",
            "is missing",
            "a score from 0 to 1 for each of " + ", ".join(statuses),
        ))
        return {status: 0.0 for status in statuses}
    scores = Fields(
        fields.doc, fields.at("status_scores"), fields.data["status_scores"], statuses, statuses
    )
    result = {status: scores.share(status) for status in statuses}
    if file_format >= 2:
        # Diligence is never punished: having sought the Council, whatever it did, scores at
        # least as well as not asking it (ICISS 2001, para. 6.14-6.15: seek it first).
        worse = [s for s in statuses if result[s] < result["not_sought"]]
        if worse:
            fields.doc.report(scores.error(
                worse[0],
                f"{result[worse[0]]:g} is below not_sought ({result['not_sought']:g})",
                "every status that followed asking the Council scored at least as not_sought",
            ))
    return result
