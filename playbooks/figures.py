"""Scores, shares and margins as text: one rounding rule for the whole app.

The rule: a figure is rounded to its usual places (scores and margins two decimals, shares one
decimal of a percent), **except that a figure short of its threshold is never printed as the
threshold**: it gets as many more places as it takes to show the difference. A share of 54.96 %
against a 55 % threshold reads "54.96%", not "55.0%"; a score of 0.5996 against a pass mark of
0.60 reads "0.5996", not "0.60"; and a margin that is below zero never reads "0.00". Otherwise a
reader sees a criterion fail, or an authority fall short, at a figure that seems to meet it
(issue "A desktop a minister's office...", item 5: the tally said 100 % where the reasons said
99.6 %).

The engine's reasons, `assess show`, the memo and the desktop all format through here.
"""

from __future__ import annotations

from playbooks.verdict import TOLERANCE

MOST_PLACES = 10  # enough to show any gap the engine counts (playbooks.verdict.TOLERANCE)


def _places(value: float, places: int) -> str:
    """`value` to `places` decimals, a negative value that rounds to zero written as zero."""
    text = f"{value:.{places}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def _short_of(value: float, threshold: float | None, places: int, scale: float = 1.0) -> str:
    """`value * scale` with `places` decimals, or more when `value` is under `threshold` and
    would otherwise print as the threshold (compared before scaling, as the engine compares)."""
    if threshold is not None and value + TOLERANCE < threshold:  # short of it, as the engine judges
        while places < MOST_PLACES and (
            _places(value * scale, places) == _places(threshold * scale, places)
        ):
            places += 1
    return _places(value * scale, places)


def percent(share: float, threshold: float | None = None, *, trim: bool = False) -> str:
    """A share (0-1) as a percentage with one decimal ("54.5%"), never shown as `threshold`
    when short of it. `trim` drops trailing zeros ("55%"), as the engine's reasons do."""
    text = _short_of(share, threshold, 1, scale=100.0)
    if trim and "." in text:
        trimmed = text.rstrip("0").rstrip(".")
        # The places added to show a shortfall stay, zeros too: 24.10 % short of 24.11 % would
        # read "24.1%", the threshold's own text.
        short_of = "" if threshold is None or share + TOLERANCE >= threshold else (
            percent(threshold, trim=True)[:-1])
        if trimmed != short_of:
            text = trimmed
    return f"{text}%"


def score(value: float, threshold: float | None = None) -> str:
    """A score (0-1) with two decimals, never shown as its pass mark when short of it."""
    return _short_of(value, threshold, 2)


def margin(value: float) -> str:
    """A signed margin ("+0.12", "-0.05"); one below zero never reads as zero."""
    text = _short_of(value, 0.0, 2)
    return text if text.startswith("-") else "+" + text
