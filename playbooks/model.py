"""The in-memory shapes of playbooks, answers and evaluations (no I/O, no database, no Qt).

These types are the contract between the layers: `models/` stores answers as the JSON values
described under `QuestionKind`, and hands `MemberInfo` rows to `evaluate`; `reports/` and
`desktop/` read `Evaluation`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class QuestionKind(StrEnum):
    """Each kind with the JSON value an answer to it holds."""

    SCALE = "scale"  # int: one of the question's grade values
    YES_NO = "yes_no"  # bool
    CHOICE = "choice"  # str: one of the question's option ids
    LIKELIHOOD = "likelihood"  # str: an ICD 203 term id (see LIKELIHOOD_TERMS)
    CONFIDENCE = "confidence"  # str: "low" | "moderate" | "high"
    NUMBER = "number"  # int | float, within the question's min/max when given
    TEXT = "text"  # str
    MEMBER_POSITIONS = "member_positions"  # dict[str ISO code, str position] (see POSITIONS)
    SECURITY_COUNCIL = "security_council"  # str: one of SECURITY_COUNCIL_STATUSES


class Verdict(StrEnum):
    LEGITIMATE = "legitimate"
    LEGITIMATE_WITH_CONDITIONS = "legitimate_with_conditions"
    # Every substantive criterion passes and only the authority criterion fails: the seed's hard
    # case (a just, proportionate action the Concert has not authorised), not a bare rejection.
    AUTHORITY_SHORT = "justified_authority_short"
    NOT_LEGITIMATE = "not_legitimate"
    INSUFFICIENT_INFORMATION = "insufficient_information"

    @property
    def label(self) -> str:
        if self is Verdict.AUTHORITY_SHORT:
            return "justified in substance; authority short"
        return self.value.replace("_", " ")


@dataclass(frozen=True)
class LikelihoodTerm:
    id: str
    label: str
    low: int  # percent
    high: int  # percent

    @property
    def display(self) -> str:
        """How every likelihood is shown: the term with its range, e.g. 'likely (55–80%)'."""
        return f"{self.label} ({self.low}–{self.high}%)"


# US ICD 203 estimative language, in order. Never mixed with another scale in one assessment.
LIKELIHOOD_TERMS: tuple[LikelihoodTerm, ...] = (
    LikelihoodTerm("almost_no_chance", "almost no chance", 1, 5),
    LikelihoodTerm("very_unlikely", "very unlikely", 5, 20),
    LikelihoodTerm("unlikely", "unlikely", 20, 45),
    LikelihoodTerm("roughly_even_chance", "roughly even chance", 45, 55),
    LikelihoodTerm("likely", "likely", 55, 80),
    LikelihoodTerm("very_likely", "very likely", 80, 95),
    LikelihoodTerm("almost_certain", "almost certain", 95, 99),
)

CONFIDENCE_LEVELS: tuple[str, ...] = ("low", "moderate", "high")

POSITIONS: tuple[str, ...] = ("endorse", "oppose", "abstain", "not_consulted")

SECURITY_COUNCIL_STATUSES: tuple[str, ...] = (
    "authorised",
    "blocked_by_veto",
    "not_sought",
    "rejected_on_merits",
)
# Statuses a format-2 playbook must also score (format-1 files know only the four above).
SECURITY_COUNCIL_STATUSES_2: tuple[str, ...] = (
    *SECURITY_COUNCIL_STATUSES,
    "veto_threatened_no_draft",
    "relies_on_earlier_resolutions",
)

# Criterion roles (`role:` in the file): authority decides the "authority short" verdict; the
# legal basis is judged apart from legitimacy and never enters the verdict or the overall score.
ROLE_AUTHORITY = "authority"
ROLE_LEGAL_BASIS = "legal_basis"
CRITERION_ROLES: tuple[str, ...] = (ROLE_AUTHORITY, ROLE_LEGAL_BASIS)

# Evidence graded this weak (Admiralty) cannot carry a decisive answer on its own.
WEAK_RELIABILITY = frozenset({"E", "F"})
WEAK_CREDIBILITY = frozenset({5, 6})

# The words every view prints for a Council status (the stepper, History, assess show, the memo).
SECURITY_COUNCIL_LABELS: dict[str, str] = {
    "authorised": "authorised by the Security Council",
    "blocked_by_veto": "blocked by a veto",
    "not_sought": "not sought",
    "rejected_on_merits": "rejected on its merits",
    "veto_threatened_no_draft": "veto threatened, no draft put to a vote",
    "relies_on_earlier_resolutions": "relies on earlier resolutions",
}

# What a question is about (`about:` in the file). A situation question is answered once for
# the case (the harm, the Council's position, the evidence); an option question once per
# course of action (its means, proportionality, prospects, consequences). Absent: situation,
# so a playbook that never says `about` judges a single proposed action exactly as before.
ABOUT_SITUATION = "situation"
ABOUT_OPTION = "option"
QUESTION_ABOUTS: tuple[str, ...] = (ABOUT_SITUATION, ABOUT_OPTION)

# Admiralty grading of evidence.
SOURCE_RELIABILITY: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
INFORMATION_CREDIBILITY: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


@dataclass(frozen=True)
class MemberInfo:
    """One Concert member as evaluation sees it (models/ builds these from its registry rows)."""

    iso: str  # ISO 3166-1 alpha-3, e.g. "CAN"
    name: str
    population: int
    standing: str  # "full" | "suspended" | "candidate" …; only "full" members count in tallies


@dataclass(frozen=True)
class Grade:
    value: int
    label: str


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    score: float  # 0..1


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    guidance: str
    kind: QuestionKind
    weight: float = 1.0
    required: bool = True
    grades: tuple[Grade, ...] = ()  # SCALE
    options: tuple[Option, ...] = ()  # CHOICE
    minimum: float | None = None  # NUMBER
    maximum: float | None = None  # NUMBER
    unit: str = ""  # NUMBER
    extra: dict[str, Any] = field(
        default_factory=dict
    )  # kind-specific settings, see the format doc
    # Which way supports legitimacy: "higher"/"lower" (SCALE, LIKELIHOOD, CONFIDENCE),
    # "yes"/"no" (YES_NO); empty for the other kinds.
    better: str = ""
    full_score_at: float | None = None  # NUMBER: the value scoring 1 (None: not scored)
    zero_score_at: float | None = None  # NUMBER: the value scoring 0
    step: float = 1.0  # NUMBER: the smallest meaningful change (used by fragility)
    status_scores: dict[str, float] = field(default_factory=dict)  # SECURITY_COUNCIL
    state_share: float | None = None  # MEMBER_POSITIONS: resolved double-majority thresholds
    population_share: float | None = None
    regional_support: bool = False  # YES_NO / CHOICE: feeds AuthorityTally.regional_support
    about: str = ABOUT_SITUATION  # one of QUESTION_ABOUTS

    @property
    def scored(self) -> bool:
        """Whether an answer to this question has a score (free text and unbanded numbers don't)."""
        if self.kind is QuestionKind.TEXT:
            return False
        if self.kind is QuestionKind.NUMBER:
            return self.full_score_at is not None
        return True


@dataclass(frozen=True)
class Condition:
    """A necessary condition on one answer (a knock-out, or an element of a legal basis).

    `test` is "at_least" / "at_most" (scale grade, likelihood term id, number), "in" / "not_in"
    (choice or Security Council ids, `value` a tuple) or "is" (yes/no)."""

    question_id: str
    test: str
    value: Any
    because: str = ""  # the source or reason, in the author's words

    def holds(self, question: Question, answer: Any) -> bool:
        if self.test == "is":
            return bool(answer) == bool(self.value)
        if self.test == "in":
            return answer in self.value
        if self.test == "not_in":
            return answer not in self.value
        position, limit = _position(question, answer), _position(question, self.value)
        return position >= limit if self.test == "at_least" else position <= limit


def _position(question: Question, value: Any) -> float:
    """Where a value sits on its question's own order (grades, ICD 203 terms, numbers)."""
    if question.kind is QuestionKind.LIKELIHOOD:
        return [t.id for t in LIKELIHOOD_TERMS].index(value)
    return float(value)


@dataclass(frozen=True)
class LegalBasis:
    """One legal basis a legal-basis criterion recognises: it is made out when every one of
    its elements (conditions) holds."""

    id: str
    title: str
    status: str  # "established" (settled law) | "contested" (a doctrine states dispute)
    requires: tuple[Condition, ...]
    guidance: str = ""


@dataclass(frozen=True)
class Criterion:
    id: str
    title: str
    guidance: str
    gate: bool
    weight: float
    pass_threshold: float  # 0..1 on the criterion's weighted score
    questions: tuple[Question, ...]
    knockouts: tuple[Condition, ...] = ()  # each must hold, whatever the score
    role: str = ""  # "" | ROLE_AUTHORITY | ROLE_LEGAL_BASIS
    bases: tuple[LegalBasis, ...] = ()  # ROLE_LEGAL_BASIS only

    @property
    def judged(self) -> bool:
        """Whether it takes part in the legitimacy verdict (the legal basis does not)."""
        return self.role != ROLE_LEGAL_BASIS


@dataclass(frozen=True)
class Source:
    title: str
    author: str = ""
    year: int | None = None
    note: str = ""


AUTHORITY_RULES: tuple[str, ...] = ("penrose-jagiellonian",)
POPULATION_SHARE_RULE = "population-share"  # the 1.0 rule: used when a playbook names none


@dataclass(frozen=True)
class AuthorityRoute:
    """One way a playbook accepts to the authority to act: every condition must hold."""

    id: str
    label: str
    concert: bool  # the Concert's double majority must be met
    when: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # (question id, answers that hold)


@dataclass(frozen=True)
class AuthorityRule:
    """A playbook's `authority` section: the Concert's voting rule and the routes to authority
    (docs/playbook-format.md). Absent, the 1.0 rule applies: the population-share double
    majority of settings.double_majority, as the one route."""

    rule: str  # one of AUTHORITY_RULES
    state_share: float
    weight_quota: float | None  # share of the total weight; None: the Jagiellonian quota
    blocking_floor: int  # a decision can only be blocked by at least this many members
    routes: tuple[AuthorityRoute, ...]

    def condition_questions(self) -> frozenset[str]:
        return frozenset(qid for route in self.routes for qid, _ in route.when)


@dataclass(frozen=True)
class Playbook:
    id: str
    version: str
    title: str
    description: str
    sources: tuple[Source, ...]
    criteria: tuple[Criterion, ...]
    content_hash: str  # SHA-256 hex of the file's bytes
    file: str  # where it was loaded from
    settings: dict[str, Any] = field(default_factory=dict)  # verdict bands, authority thresholds…
    authority: AuthorityRule | None = None  # None: the 1.0 population-share rule
    # Languages (docs/playbook-format.md, "Languages"): the texts above are in `language`;
    # `translations` holds the others' texts by playbooks.localized.TextKey.
    language: str = "en"
    languages: tuple[str, ...] = ("en",)
    translations: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)
    translation_gaps: tuple[Any, ...] = ()  # playbooks.localized.TranslationGap, file order
    shown_language: str = "en"  # the language of the texts above (see in_language)

    def in_language(self, language: str | None) -> Playbook:
        """This playbook with its texts in `language` (e.g. "fr", "fr_CA"), each text it lacks
        there in its base language; the rules, ids and hash are unchanged."""
        from playbooks.localized import localize  # localized builds on this module

        return localize(self, language)

    def question(self, question_id: str) -> Question:
        for criterion in self.criteria:
            for question in criterion.questions:
                if question.id == question_id:
                    return question
        raise KeyError(question_id)

    def questions(self) -> list[Question]:
        return [q for c in self.criteria for q in c.questions]

    def option_questions(self) -> tuple[Question, ...]:
        """The questions answered once per option (`about: option`), in playbook order."""
        return tuple(q for q in self.questions() if q.about == ABOUT_OPTION)

    @property
    def asks_per_option(self) -> bool:
        """Whether any question is answered per option (else every option would judge alike)."""
        return bool(self.option_questions())

    @property
    def format(self) -> int:
        """1: the first file format; 2: estimative discipline, knock-outs checked strictly."""
        return int(self.settings.get("format", 1))

    def decisive_questions(self) -> frozenset[str]:
        """Questions a knock-out or a legal basis names: one answer decides on its own."""
        named = {k.question_id for c in self.criteria for k in c.knockouts}
        named |= {r.question_id for c in self.criteria for b in c.bases for r in b.requires}
        return frozenset(named)


@dataclass(frozen=True)
class AnswerQualifier:
    """What qualifies an answer without being it: the analyst's confidence, the rationale and
    the Admiralty grades of its evidence (reliability letter, credibility digit)."""

    confidence: str | None = None
    rationale: str = ""
    evidence: tuple[tuple[str, int], ...] = ()

    @property
    def weak_evidence_only(self) -> bool:
        return bool(self.evidence) and all(
            r in WEAK_RELIABILITY or c in WEAK_CREDIBILITY for r, c in self.evidence
        )


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    answered: bool
    score: float | None  # 0..1, None when unanswered or not scored (free text)
    note: str = ""  # plain words, e.g. "likely (55–80%) scores 0.68"


@dataclass(frozen=True)
class MemberPower:
    """One member's square-root weight and normalised Banzhaf index (0..1)."""

    iso: str
    name: str
    weight: int
    power: float


@dataclass(frozen=True)
class RouteOutcome:
    id: str
    label: str
    met: bool
    missing: str = ""  # in words, what the route still lacks


@dataclass(frozen=True)
class AuthorityTally:
    """Double-majority result for one member-positions answer.

    The fields after `regional_support` are set only under a playbook's authority section
    (rule penrose-jagiellonian); under the 1.0 rule they keep their defaults. `met` is the
    result that scores: the double majority under the 1.0 rule, authority by any route under
    an authority section (then `concert_met` is the double majority alone).
    """

    states_endorsing: int
    states_counted: int
    state_share: float
    population_endorsing: int
    population_counted: int
    population_share: float
    state_threshold: float
    population_threshold: float
    met: bool
    positions: dict[str, int]  # position -> number of members
    security_council: str | None = None
    regional_support: bool | None = None
    rule: str = POPULATION_SHARE_RULE
    weight_endorsing: int | None = None  # square-root weights (playbooks.voting_power)
    weight_counted: int | None = None
    weight_share: float | None = None
    weight_threshold: float | None = None
    jagiellonian: bool | None = None  # whether weight_threshold is the Jagiellonian quota
    blocking_floor: int | None = None
    concert_met: bool | None = None
    by_floor: bool | None = None  # carried because too few members remain to block
    pivotal: tuple[str, ...] = ()  # ISO codes (see voting_power.concert_outcome)
    shortfall: str = ""  # e.g. "short by 3 members / 4.1% of weight"
    route: str | None = None  # the label of the first route met
    routes: tuple[RouteOutcome, ...] = ()
    voting_power: tuple[MemberPower, ...] = ()

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> AuthorityTally:
        """The tally from its stored JSON (older snapshots lack the later fields)."""
        values = dict(data)
        values["pivotal"] = tuple(values.get("pivotal") or ())
        values["routes"] = tuple(RouteOutcome(**r) for r in values.get("routes") or ())
        values["voting_power"] = tuple(
            MemberPower(**p) for p in values.get("voting_power") or ()
        )
        return cls(**values)


@dataclass(frozen=True)
class CriterionResult:
    criterion_id: str
    title: str
    gate: bool
    score: float | None  # 0..1 weighted, None when nothing scorable is answered
    pass_threshold: float
    status: str  # "pass" | "fail" | "incomplete"
    reasons: tuple[str, ...]
    missing_required: tuple[str, ...]  # question ids
    margin: float | None = None  # score minus pass threshold
    knife_edge: bool = False  # passes or fails within the playbook's knife-edge band
    knockouts_failed: tuple[str, ...] = ()  # each failed necessary condition, in words
    unsettled: tuple[str, ...] = ()  # answered, but not yet good enough to judge on, in words
    role: str = ""


@dataclass(frozen=True)
class Fragility:
    robust: bool
    question_id: str | None = None
    from_value: Any = None
    to_value: Any = None
    new_verdict: Verdict | None = None
    description: str = "robust: no change to a single answer changes the verdict"
    member_iso: str | None = None  # set when the change is one member's position
    steps: int | None = None  # size of the change in the question's own steps
    knife_edge: tuple[str, ...] = ()  # criteria passing or failing within the band


@dataclass(frozen=True)
class LegalBasisResult:
    """The legal basis, judged apart from legitimacy and shown beside the verdict."""

    status: str  # "established" | "contested" | "none" | "incomplete"
    basis_id: str | None
    summary: str  # one line, e.g. "established: authorisation under Chapter VII"
    reasons: tuple[str, ...] = ()

    @property
    def established(self) -> bool:
        return self.status == "established"


@dataclass(frozen=True)
class Evaluation:
    verdict: Verdict
    deciding_rule: str  # plain words: which rule decided
    reasons: tuple[str, ...]  # plain words: which answers drove it
    criteria: tuple[CriterionResult, ...]
    questions: dict[str, QuestionResult]
    overall_score: float | None
    fragility: Fragility
    authority: AuthorityTally | None = None
    missing_required: tuple[str, ...] = ()
    legal_basis: LegalBasisResult | None = None
    flags: tuple[str, ...] = ()  # estimative warnings the memo names (weak evidence…)
