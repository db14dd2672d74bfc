"""One wording of an answer, whatever view prints it (issue 13: the stepper, History and the
memo each had their own, and numbers went through %g into exponent notation)."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.widgets.answers import answer_text
from playbooks.answers import describe_value, format_number
from playbooks.model import QuestionKind
from reports.context import answer_display
from tests.playbooks.conftest import builtin

FORCE = builtin("use-of-force")
DEATHS = FORCE.question("expected_civilian_deaths")
EXPONENT = re.compile(r"\d[eE][+-]?\d")

numbers = st.one_of(
    st.integers(min_value=0, max_value=10**15),
    st.floats(min_value=0, max_value=1e15, allow_nan=False, allow_infinity=False),
)


@given(numbers)
def test_a_number_is_never_printed_in_exponent_notation(value: float) -> None:
    assert not EXPONENT.search(describe_value(DEATHS, value))
    assert not EXPONENT.search(format_number(value, grouped=False))


@given(numbers)
def test_the_plain_form_reads_back_to_exactly_the_stored_number(value: float) -> None:
    # What an entry field shows must be what float() (and its validator) reads back.
    assert float(format_number(value, grouped=False)) == value
    grouped = format_number(value).replace(",", "")
    assert Decimal(grouped) == Decimal(format_number(value, grouped=False))


@given(numbers)
def test_history_and_the_memo_print_what_assess_show_prints(value: float) -> None:
    shown = describe_value(DEATHS, value)
    assert answer_text(DEATHS, value) == shown  # History and read-only views
    assert answer_display(DEATHS, value) == shown  # the memo


def test_every_choice_like_answer_has_the_same_words_in_every_view() -> None:
    for question in FORCE.questions():
        if question.kind in (QuestionKind.TEXT, QuestionKind.NUMBER,
                             QuestionKind.MEMBER_POSITIONS):
            continue
        values = {
            QuestionKind.YES_NO: [True, False],
            QuestionKind.SCALE: [g.value for g in question.grades],
            QuestionKind.CHOICE: [o.id for o in question.options],
        }.get(question.kind)
        if values is None:
            from playbooks.answers import ordered_values

            values = ordered_values(question)
        for value in values:
            shown = describe_value(question, value)
            assert answer_text(question, value) == shown == answer_display(question, value)
            assert "_" not in shown, f"{question.id}: internal id shown: {shown}"


def test_security_council_words_are_the_same_in_history_and_the_memo() -> None:
    council = next(q for q in FORCE.questions() if q.kind is QuestionKind.SECURITY_COUNCIL)
    assert describe_value(council, "blocked_by_veto") == "blocked by a veto"
    assert answer_text(council, "blocked_by_veto") == answer_display(council, "blocked_by_veto")


def test_member_positions_are_counted_the_same_way_everywhere() -> None:
    positions = next(q for q in FORCE.questions() if q.kind is QuestionKind.MEMBER_POSITIONS)
    value = {"FRA": "endorse", "DEU": "endorse", "JPN": "abstain", "USA": "not_consulted"}
    assert describe_value(positions, value) == "1 abstain, 2 endorse, 1 not consulted"
    assert answer_text(positions, value) == answer_display(positions, value)
