"""One rounding rule (playbooks.figures): a figure short of its threshold is never shown as it.

Issue 14 item 5 ("numbers formatted once — a share below a threshold is never printed as the
threshold"): the desktop's tally said 55 % of members endorse where 55 % were needed and the
reasons said 54.5 % and "not met". These tests hold the rule in the function and in every place
that prints a tally or a criterion score: the engine's reasons, `assess show`, the memo's
filters and the desktop's tally text.
"""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from playbooks import figures
from playbooks.model import AuthorityTally
from playbooks.verdict import TOLERANCE

thresholds = st.sampled_from([0.5, 0.55, 0.6, 0.65, 2 / 3, 0.75]) | st.floats(0.01, 0.99)
gaps = st.floats(2 * TOLERANCE, 0.2)


def _number(text: str) -> float:
    return float(text.rstrip("%").lstrip("+"))


@given(threshold=thresholds, gap=gaps)
def test_a_score_short_of_its_pass_mark_never_reads_as_it(threshold: float, gap: float) -> None:
    shown = figures.score(threshold - gap, threshold)
    assert shown != figures.score(threshold)
    assert _number(shown) < threshold


@given(threshold=thresholds, gap=gaps, trim=st.booleans())
def test_a_share_short_of_its_threshold_never_reads_as_it(
    threshold: float, gap: float, trim: bool
) -> None:
    shown = figures.percent(threshold - gap, threshold, trim=trim)
    assert shown not in (figures.percent(threshold), figures.percent(threshold, trim=True))
    assert _number(shown) < threshold * 100


@given(value=st.floats(-1, 1))
def test_a_margin_below_zero_never_reads_as_zero(value: float) -> None:
    shown = figures.margin(value)
    assert shown[0] in "+-"
    if value + TOLERANCE < 0:
        assert shown.startswith("-") and _number(shown) < 0
    else:
        assert shown.startswith("+")


def test_the_usual_places_when_nothing_is_at_stake() -> None:
    assert figures.score(0.5, 0.6) == "0.50"
    assert figures.score(0.6, 0.6) == "0.60"  # a score at its pass mark passes
    assert figures.percent(0.996) == "99.6%"  # the desktop tally said 100 %
    assert figures.percent(0.55, 0.55, trim=True) == "55%"
    assert figures.percent(0.5496, 0.55) == "54.96%"
    assert figures.margin(-0.004) == "-0.004"
    assert figures.margin(0.12) == "+0.12"


def _tally_just_short() -> AuthorityTally:
    return AuthorityTally(
        states_endorsing=10_994, states_counted=20_000, state_share=0.5497,
        population_endorsing=6_497, population_counted=10_000, population_share=0.6497,
        state_threshold=0.55, population_threshold=0.65, met=False,
        positions={"endorse": 10_994, "oppose": 9_006},
    )  # fmt: skip


def test_every_tally_text_shows_the_share_short_of_its_threshold() -> None:
    from desktop.widgets.member_positions import tally_text
    from playbooks.authority import describe_tally
    from reports.assessment_text import _authority_lines
    from reports.memo_language import memo_language

    tally = _tally_just_short()
    english = memo_language("en")
    texts = {
        "engine reasons": describe_tally(tally),
        "assess show": "\n".join(_authority_lines(dataclasses.asdict(tally))),
        "desktop": tally_text(tally),
        "memo": f"{english.percent(tally.state_share, tally.state_threshold)} "
        f"{english.percent(tally.population_share, tally.population_threshold)}",
    }
    for place, text in texts.items():
        assert "54.97%" in text and "64.97%" in text, (place, text)
        assert "55.0%" not in text and "65.0%" not in text, (place, text)
