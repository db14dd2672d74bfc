"""How well past likelihood calls matched what happened (issue 16): the Brier score, its Murphy
decomposition, and the calibration (reliability) diagram over the ICD 203 bins, each bin with a
Wilson interval. Pure: calls in, numbers out (no database, no files).

The method, its sources and a worked example are in docs/method.md ("Calibration"):
- a call is a likelihood answer whose outcome is known: the event occurred (1) or did not (0);
  "cannot tell" is no call and is only counted;
- the forecast is the midpoint of the call's ICD 203 range ("likely (55–80%)" is 0.675), the
  probability of the event the question names, whichever way the question scores it;
- Brier (1950): BS = mean of (forecast − outcome)²; 0 is perfect, always saying 0.5 scores 0.25;
- Murphy (1973): BS = reliability − resolution + uncertainty, with the calls grouped by bin.
  Every call in a bin has the same forecast (its term's midpoint), so the identity is exact;
- Wilson (1927): the score interval for the share of a bin's calls that occurred, which stays
  inside 0..1 and is honest for the small counts a unit has (the plain ±1.96·√(p(1−p)/n) is not);
- a bin with fewer than MIN_BIN_CALLS calls is flagged "too few calls" (its interval is wider
  than about ±0.3 at a share near one half), and so is a slice with fewer than MIN_CALLS.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from playbooks.model import LIKELIHOOD_TERMS, LikelihoodTerm

MIN_BIN_CALLS = 10
MIN_CALLS = 30
Z_95 = 1.959963984540054  # the standard normal quantile for a two-sided 95 % interval

_TERMS = {term.id: term for term in LIKELIHOOD_TERMS}


def midpoint(term_id: str) -> float:
    """The probability a term is scored at: the middle of its ICD 203 range."""
    term = _TERMS[term_id]
    return (term.low + term.high) / 200


@dataclass(frozen=True)
class Call:
    """One resolved likelihood call: its ICD 203 term and whether the event occurred."""

    term: str
    occurred: bool

    @property
    def forecast(self) -> float:
        return midpoint(self.term)

    @property
    def squared_error(self) -> float:
        return (self.forecast - (1.0 if self.occurred else 0.0)) ** 2


@dataclass(frozen=True)
class CalibrationBin:
    term: LikelihoodTerm
    forecast: float  # the term's midpoint
    calls: int
    occurred: int
    interval: tuple[float, float] | None  # Wilson 95 %; None without calls

    @property
    def frequency(self) -> float | None:
        """The share of the bin's calls that occurred (None without calls)."""
        return self.occurred / self.calls if self.calls else None

    @property
    def too_few(self) -> bool:
        return self.calls < MIN_BIN_CALLS


@dataclass(frozen=True)
class Calibration:
    calls: int
    brier: float | None  # None without calls
    reliability: float | None
    resolution: float | None
    uncertainty: float | None
    base_rate: float | None  # the share of all calls that occurred
    bins: tuple[CalibrationBin, ...]  # one per ICD 203 term, in order, empty ones included

    @property
    def too_few(self) -> bool:
        return self.calls < MIN_CALLS


def brier_score(calls: Sequence[Call]) -> float:
    """The mean squared difference between forecast and outcome (Brier 1950)."""
    if not calls:
        raise ValueError("the Brier score needs at least one call")
    return math.fsum(call.squared_error for call in calls) / len(calls)


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson's (1927) score interval for a proportion of `successes` in `n` trials."""
    if n <= 0 or not 0 <= successes <= n:
        raise ValueError(f"a proportion of {successes} in {n} trials")
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def calibrate(calls: Iterable[Call]) -> Calibration:
    """Score the calls: Brier, its Murphy decomposition by ICD 203 bin, and the diagram's bins."""
    counts = {term.id: [0, 0] for term in LIKELIHOOD_TERMS}
    for call in calls:
        counts[call.term][0] += 1
        counts[call.term][1] += call.occurred
    return calibrate_counts({term: (n, k) for term, (n, k) in counts.items()})


def calibrate_counts(counts: Mapping[str, tuple[int, int]]) -> Calibration:
    """Score calls given only how many were said with each term and how many of those occurred
    (term id -> (calls, occurred); a term left out has none). Every call in a bin has the same
    forecast, so the counts determine every score: this is what `calibrate` computes, and what
    the Review page computes from a SQL aggregate without reading the calls."""
    bins = tuple(
        CalibrationBin(term, midpoint(term.id), n, k, wilson_interval(k, n) if n else None)
        for term in LIKELIHOOD_TERMS
        for n, k in [counts.get(term.id, (0, 0))]
    )
    total = sum(b.calls for b in bins)
    if not total:
        return Calibration(0, None, None, None, None, None, bins)
    base_rate = sum(b.occurred for b in bins) / total
    filled = [b for b in bins if b.calls]
    # Brier from the bins: the k calls that occurred each miss by (1 - f), the others by f.
    brier = math.fsum(b.occurred * (1 - b.forecast) ** 2 + (b.calls - b.occurred) * b.forecast ** 2
                      for b in filled) / total
    reliability = math.fsum(b.calls * (b.forecast - b.occurred / b.calls) ** 2
                            for b in filled) / total
    resolution = math.fsum(b.calls * (b.occurred / b.calls - base_rate) ** 2
                           for b in filled) / total
    uncertainty = base_rate * (1 - base_rate)
    return Calibration(total, brier, reliability, resolution, uncertainty, base_rate, bins)
