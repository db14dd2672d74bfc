"""Calibration math (issue 16 item 2; docs/method.md, "Calibration"): the Brier score, its
Murphy decomposition and the Wilson interval, on sets worked by hand, and the decomposition
summing back to the score on any set of calls."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbooks.calibration import (
    MIN_BIN_CALLS,
    Call,
    brier_score,
    calibrate,
    midpoint,
    wilson_interval,
)
from playbooks.loader import load_playbook_text
from playbooks.model import LIKELIHOOD_TERMS

# The worked example of docs/method.md: ten calls in three bins.
EXAMPLE = (
    [Call("likely", True)] * 3 + [Call("likely", False)]
    + [Call("unlikely", True)] + [Call("unlikely", False)] * 3
    + [Call("very_likely", True)] * 2
)


def test_midpoints_are_the_middle_of_each_icd_203_range():
    assert midpoint("likely") == 0.675 and midpoint("unlikely") == 0.325
    assert midpoint("almost_no_chance") == 0.03 and midpoint("almost_certain") == 0.97


def test_the_worked_example_by_hand():
    # likely: 3 × 0.325² + 0.675² = 0.7725; unlikely the same; very likely: 2 × 0.125² = 0.03125
    assert brier_score(EXAMPLE) == pytest.approx(1.57625 / 10, abs=1e-12)
    result = calibrate(EXAMPLE)
    assert result.calls == 10 and result.base_rate == pytest.approx(0.6)
    # reliability: (4 × 0.075² + 4 × 0.075² + 2 × 0.125²) / 10
    assert result.reliability == pytest.approx(0.07625 / 10, abs=1e-12)
    # resolution: (4 × 0.15² + 4 × 0.35² + 2 × 0.4²) / 10
    assert result.resolution == pytest.approx(0.9 / 10, abs=1e-12)
    assert result.uncertainty == pytest.approx(0.24, abs=1e-12)
    assert result.reliability - result.resolution + result.uncertainty == pytest.approx(
        result.brier, abs=1e-12)
    likely = next(b for b in result.bins if b.term.id == "likely")
    assert (likely.calls, likely.occurred, likely.frequency) == (4, 3, 0.75)
    low, high = likely.interval or (0, 0)
    assert (round(low, 4), round(high, 4)) == (0.3006, 0.9544)
    assert likely.too_few and result.too_few
    assert [b.calls for b in result.bins] == [0, 0, 4, 0, 4, 2, 0]


def test_the_worked_example_in_the_method_is_the_one_tested():
    method = (Path(__file__).resolve().parents[2] / "docs" / "method.md").read_text("utf-8")
    for figure in ("0.157625", "0.007625", "0.090000", "0.240000", "0.3006", "0.9544"):
        assert figure in method, figure


def test_wilson_interval_by_hand_and_at_the_edges():
    # 0 of 10: the lower end is 0 and the upper z²/(n + z²) = 3.8415/13.8415.
    low, high = wilson_interval(0, 10)
    assert low == 0.0 and high == pytest.approx(3.841459 / 13.841459, abs=1e-6)
    assert wilson_interval(10, 10)[1] == pytest.approx(1.0)
    with pytest.raises(ValueError):
        wilson_interval(3, 0)


def test_no_calls_score_nothing_and_say_so():
    result = calibrate([])
    assert result.calls == 0 and result.brier is None and result.too_few
    assert all(b.interval is None and b.frequency is None for b in result.bins)


def test_a_full_bin_is_not_flagged():
    result = calibrate([Call("likely", i % 3 != 0) for i in range(MIN_BIN_CALLS)])
    assert not next(b for b in result.bins if b.term.id == "likely").too_few


CALLS = st.lists(st.builds(Call, st.sampled_from([t.id for t in LIKELIHOOD_TERMS]),
                           st.booleans()), min_size=1, max_size=200)


@given(CALLS)
def test_the_decomposition_sums_back_to_the_score(calls: list[Call]):
    result = calibrate(calls)
    assert result.brier is not None and result.reliability is not None
    assert result.resolution is not None and result.uncertainty is not None
    assert math.isclose(result.reliability - result.resolution + result.uncertainty,
                        result.brier, abs_tol=1e-12)
    assert 0 <= result.resolution <= result.uncertainty + 1e-12 <= 0.25 + 1e-12
    assert sum(b.calls for b in result.bins) == len(calls)


PLAYBOOK_TEXT = (Path(__file__).resolve().parents[2] / "playbooks" / "builtin"
                 / "use-of-force-2.0.yaml").read_text("utf-8")


def test_a_playbook_may_say_when_its_calls_resolve():
    text = PLAYBOOK_TEXT.replace("settings:\n", "settings:\n  resolve_after_days: 180\n", 1)
    text = text.replace("        kind: likelihood\n        better: lower\n        guidance: >",
                        "        kind: likelihood\n        better: lower\n"
                        "        resolve_after_days: 30\n        guidance: >", 1)
    playbook = load_playbook_text(text)
    assert playbook.settings["resolve_after_days"] == 180
    assert playbook.question("civilian_harm").extra == {"resolve_after_days": 30}
    assert playbook.question("success_likelihood").extra == {}


def test_a_bad_resolution_period_is_one_clear_line():
    text = PLAYBOOK_TEXT.replace("settings:\n", "settings:\n  resolve_after_days: 0\n", 1)
    with pytest.raises(Exception, match=r"resolve_after_days.*1 to 36500"):
        load_playbook_text(text)
