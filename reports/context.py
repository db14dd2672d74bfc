"""Everything a decision memo shows, as one frozen value.

`MemoContext` is built once from a decided assessment (`build_memo_context` reads it through
models/) and then rendered; the templates see nothing else. Its values are already words and
numbers in display form, so the layout holds no domain rules and the same context always gives
the same memo.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from playbooks.answers import describe_value, describe_value_short, in_words
from playbooks.authority import describe_concert
from playbooks.errors import UserError
from playbooks.model import (
    INFORMATION_CREDIBILITY,
    ROLE_LEGAL_BASIS,
    SOURCE_RELIABILITY,
    AuthorityTally,
    Criterion,
    CriterionResult,
    Evaluation,
    Fragility,
    LegalBasisResult,
    MemberInfo,
    Playbook,
    Question,
    QuestionKind,
    QuestionResult,
    Verdict,
)
from playbooks.phrases import Figure, PlaybookText, phrase, phrases_in, recognised
from playbooks.playbook_texts import sayable
from reports.memo_options import OptionView, options_table

DECISION_LABELS = {
    "approve": "Approve",
    "approve_with_conditions": "Approve with conditions",
    "reject": "Reject",
    "defer": "Defer",
}

SIGNATURE_FIELDS: tuple[tuple[str, str], ...] = (
    ("drafting_official", "Drafting official"),
    ("minister", "Minister"),
)


@dataclass(frozen=True)
class EvidenceView:
    summary: str
    source: str
    grade: str  # Admiralty, e.g. "B2"
    grade_words: str  # "usually reliable; probably true"


@dataclass(frozen=True)
class AnswerView:
    question_id: str
    prompt: str
    answer: str  # display form, "" when unanswered
    rationale: str
    confidence: str  # "" when not given
    evidence: tuple[EvidenceView, ...]
    score_note: str = ""
    answered_by: str = ""


@dataclass(frozen=True)
class CriterionView:
    id: str
    title: str
    gate: bool
    score: float | None
    pass_threshold: float
    status: str  # pass | fail | incomplete
    reasons: tuple[str, ...]
    answers: tuple[AnswerView, ...]
    gaps: tuple[str, ...]


@dataclass(frozen=True)
class PositionView:
    iso: str
    name: str
    population: int
    position: str  # endorse | oppose | abstain | not consulted
    weight: int | None = None  # square-root weight, under an authority section
    power: float | None = None  # normalised Banzhaf index, under an authority section
    pivotal: bool = False


@dataclass(frozen=True)
class AuthorityView:
    positions: tuple[PositionView, ...]
    states_endorsing: int
    states_counted: int
    state_share: float
    state_threshold: float
    population_endorsing: int
    population_counted: int
    population_share: float
    population_threshold: float
    met: bool
    security_council: str  # display form, "" when not answered
    regional_support: str  # "yes" | "no" | ""
    # Under a playbook's authority section (empty under the 1.0 rule):
    concert: bool = False  # whether the playbook's authority section applies
    route: str = ""  # the label of the route that gives authority ("" when none does)
    routes: tuple[tuple[str, bool, str], ...] = ()  # (label, met, what it lacks)
    concert_line: str = ""  # the double majority, its shortfall and pivotal members


@dataclass(frozen=True)
class ConditionView:
    """A condition of the approval as the memo prints it (frozen with the decision)."""

    position: int
    requirement: str
    owner: str
    how_checked: str
    review_on: date
    tripwire: str


@dataclass(frozen=True)
class DissentView:
    reviewer: str
    text: str
    recorded_at: datetime


@dataclass(frozen=True)
class SignatureSlot:
    field_name: str  # the PDF form field name
    label: str  # printed under the box


@dataclass(frozen=True)
class MemoContext:
    reference: str
    issued_at: datetime
    issued_by: str
    classification: str
    title: str
    proposed_action: str
    crisis: str
    assessment_id: str
    revision: int
    decision: str  # display label
    decision_code: str
    decided_by: str
    decided_at: datetime
    justification: str
    verdict: str  # display label
    verdict_code: str
    departs_from_verdict: bool
    deciding_rule: str
    reasons: tuple[str, ...]
    overall_score: float | None
    criteria: tuple[CriterionView, ...]
    authority: AuthorityView | None
    fragility: str
    dissents: tuple[DissentView, ...]
    playbook_id: str
    playbook_version: str
    playbook_title: str
    playbook_hash: str
    record_hash: str
    audit_head: str
    language: str = "en"
    second_language: str = ""  # a bilingual memo's other language (reports.memo_language)
    # The member registry the verdict was judged against (reports.registry_text).
    registry: str = ""
    legal_basis: str = ""  # one line, judged apart from the verdict ("" : playbook has none)
    legal_reasons: tuple[str, ...] = ()
    legal_answers: tuple[AnswerView, ...] = ()
    legal_warning: str = ""  # for the bottom line: legitimate without a legal basis
    flags: tuple[str, ...] = ()  # estimative discipline: weak evidence behind a decisive answer
    conditions: tuple[ConditionView, ...] = ()  # of an approval with conditions, as decided
    # Page 1: the options and what the assessment recommends (see OptionView).
    options: tuple[OptionView, ...] = ()
    recommendation: str = ""  # "Approve option A, the proposed action."
    recommendation_reason: str = ""  # the deciding rule without its verdict, which the table has
    # Page 1 too full for the signatures (long texts, many conditions; reports.render decides):
    # 1: the option's text and each condition's check and tripwire move to the annex;
    # 2: the conditions too, page 1 saying how many and when the first review is due.
    compact: int = 0
    # "SUBJECT, SHA-256 ABCD … " when the decision names its decider by certificate.
    decider_certificate: str = ""
    signature_slots: tuple[SignatureSlot, ...] = field(
        default_factory=lambda: tuple(SignatureSlot(f, label) for f, label in SIGNATURE_FIELDS)
    )

    def all_text(self) -> str:
        """Every user-written string on the memo (checked for missing glyphs before layout)."""
        parts: list[str] = [self.reference, self.issued_by, self.classification, self.title,
                            self.proposed_action, self.crisis, self.decided_by,
                            self.justification, self.playbook_title, self.fragility,
                            self.decider_certificate,
                            self.legal_basis, self.legal_warning]
        parts += self.reasons
        parts += [*self.legal_reasons, *self.flags]
        for a in self.legal_answers:
            parts += [a.prompt, a.answer, a.rationale, a.answered_by, a.score_note]
        for c in self.criteria:
            parts += [c.title, *c.reasons, *c.gaps]
            for a in c.answers:
                parts += [a.prompt, a.answer, a.rationale, a.answered_by, a.score_note]
                parts += [t for e in a.evidence for t in (e.summary, e.source)]
        if self.authority:
            parts += [p.name for p in self.authority.positions]
        parts += [t for d in self.dissents for t in (d.reviewer, d.text)]
        parts += [t for c in self.conditions
                  for t in (c.requirement, c.owner, c.how_checked, c.tripwire)]
        parts += [t for o in self.options for t in (o.title, o.description, o.fragility)]
        parts += [self.recommendation, self.recommendation_reason]
        # a playbook's texts are printed in the memo's language: their glyphs too
        parts += [text for part in parts if isinstance(part, PlaybookText)
                  for text in part.texts.values()]
        return "\n".join(parts)


def grade(reliability: str, credibility: int) -> tuple[str, str]:
    words = f"{SOURCE_RELIABILITY.get(reliability, '?')}; " \
            f"{INFORMATION_CREDIBILITY.get(credibility, '?')}"
    return f"{reliability}{credibility}", words


def answer_display(question: Question, value: Any) -> str:
    """An answer as the memo prints it: the one wording (likelihoods with their range)."""
    return "" if value is None else describe_value(question, value)


@dataclass(frozen=True)
class EvidenceInputView:
    """The evidence of one answer as models/ hands it over (any object with these attributes)."""

    summary: str
    source: str
    reliability: str
    credibility: int


@dataclass(frozen=True)
class AnswerInput:
    value: Any
    rationale: str = ""
    confidence: str | None = None
    evidence: tuple[Any, ...] = ()  # objects with summary, source, reliability, credibility
    answered_by: str = ""


@dataclass(frozen=True)
class DecisionInput:
    decision: str
    decided_by: str
    decided_at: datetime
    justification: str
    record_hash: str
    # As the record decided it (models owns the rule); the memo never re-derives it.
    departs_from_verdict: bool
    dissents: tuple[DissentView, ...] = ()
    conditions: tuple[ConditionView, ...] = ()
    decider_certificate: str = ""  # as shown (MemoContext.decider_certificate)
    # A case with options: what the decision froze (models.option_records.DecisionOptionsRecord)
    options: Any = None


def build_context(
    *,
    playbook: Playbook,
    evaluation: Evaluation,
    answers: Mapping[str, AnswerInput],
    members: Sequence[MemberInfo],
    decision: DecisionInput,
    reference: str,
    issued_at: datetime,
    issued_by: str,
    classification: str,
    title: str,
    proposed_action: str,
    crisis: str,
    assessment_id: str,
    revision: int,
    audit_head: str,
) -> MemoContext:
    """The memo's context from the parts of a decided record (no database here)."""
    criteria = []
    for result in evaluation.criteria:
        criterion = next(c for c in playbook.criteria if c.id == result.criterion_id)
        views, gaps = _answer_views(criterion, answers, evaluation, playbook)
        criteria.append(CriterionView(
            id=criterion.id, title=sayable(criterion.title, playbook), gate=criterion.gate,
            score=result.score, pass_threshold=result.pass_threshold, status=result.status,
            reasons=tuple(in_words(r, playbook) for r in _reasons_beyond_answers(result)),
            answers=views, gaps=gaps,
        ))
    legal = evaluation.legal_basis
    legal_criterion = next((c for c in playbook.criteria if c.role == ROLE_LEGAL_BASIS), None)
    legal_answers = (
        _answer_views(legal_criterion, answers, evaluation, playbook)[0] if legal_criterion
        else ()
    )
    verdict_code = evaluation.verdict.value
    return options_table(MemoContext(
        reference=reference,
        issued_at=issued_at,
        issued_by=issued_by,
        classification=classification,
        title=title,
        proposed_action=proposed_action,
        crisis=crisis,
        assessment_id=assessment_id,
        revision=revision,
        decision=DECISION_LABELS.get(decision.decision, decision.decision),
        decision_code=decision.decision,
        decided_by=decision.decided_by,
        decided_at=decision.decided_at,
        justification=decision.justification,
        verdict=evaluation.verdict.label,
        verdict_code=verdict_code,
        # Page 1 says "departs from the recommendation": on a case with options, choosing
        # another option than the best-judged one departs from it too.
        departs_from_verdict=decision.departs_from_verdict or bool(
            decision.options is not None and decision.options.departs_from_best_option),
        deciding_rule=in_words(evaluation.deciding_rule, playbook),
        reasons=tuple(in_words(r, playbook) for r in _reasons_not_shown_elsewhere(evaluation)),
        overall_score=evaluation.overall_score,
        criteria=tuple(criteria),
        authority=_authority(playbook, evaluation, answers, members),
        fragility=in_words(evaluation.fragility.description, playbook),
        legal_basis=in_words(legal.summary, playbook) if legal else "",
        legal_reasons=tuple(in_words(r, playbook) for r in legal.reasons) if legal else (),
        legal_answers=legal_answers,
        legal_warning=legal_basis_warning(evaluation),
        flags=tuple(in_words(flag, playbook) for flag in evaluation.flags),
        dissents=tuple(decision.dissents),
        conditions=tuple(decision.conditions),
        playbook_id=playbook.id,
        playbook_version=playbook.version,
        playbook_title=sayable(playbook.title, playbook),
        playbook_hash=playbook.content_hash,
        record_hash=decision.record_hash,
        audit_head=audit_head,
        decider_certificate=decision.decider_certificate,
    ), decision.options, playbook)


def _reasons_beyond_answers(result: CriterionResult) -> tuple[str, ...]:
    """A criterion's reasons that say more than its answers and scores, which the memo prints
    beside each question: a knock-out or an unsettled answer. A plain pass or fail (and a
    missing answer, which the evidence gaps list) is told by the answers themselves; its
    sentence quotes them, and no answer is printed twice."""
    return tuple(result.reasons) if result.knockouts_failed or result.unsettled else ()


def _reasons_not_shown_elsewhere(evaluation: Evaluation) -> tuple[str, ...]:
    """The evaluation's reasons less those the memo prints elsewhere: each criterion's own
    sentence (findings) and the authority tally (its own section)."""
    per_criterion = {r for c in evaluation.criteria for r in c.reasons}
    return tuple(r for r in evaluation.reasons if r not in per_criterion
                 and not (evaluation.authority is not None and r.startswith("Authority: ")))


def _answer_views(
    criterion: Criterion, answers: Mapping[str, AnswerInput], evaluation: Evaluation,
    playbook: Playbook,
) -> tuple[tuple[AnswerView, ...], tuple[str, ...]]:
    """Each question's answer as the memo prints it, and the criterion's evidence gaps; the
    playbook's texts (prompts, answers' labels) said in the memo's language where the
    playbook gives them in it (playbooks.playbook_texts)."""
    views = []
    gaps: list[str] = []
    for question in criterion.questions:
        given = answers.get(question.id)
        value = given.value if given else None
        note = evaluation.questions.get(question.id)
        views.append(AnswerView(
            question_id=question.id,
            prompt=sayable(question.prompt, playbook),
            answer=sayable(answer_display(question, value), playbook),
            rationale=given.rationale if given else "",
            confidence=(given.confidence or "") if given else "",
            evidence=tuple(_evidence(given.evidence if given else ())),
            score_note=sayable(_score_note(question, value, note), playbook),
            answered_by=given.answered_by if given else "",
        ))
        gaps += _gaps(question, given, sayable(question.prompt, playbook))
    return tuple(views), tuple(gaps)


def _score_note(question: Question, value: Any, result: QuestionResult | None) -> str:
    """What the evaluation made of an answer, without the answer again: "scores 0.75", or a
    note that says something of its own ("not counted: a likelihood needs its rationale").
    The evaluation's note repeats the answer ("low scores 0.00"); the memo prints it once."""
    if result is None or value is None or question.kind is QuestionKind.MEMBER_POSITIONS:
        return ""  # member positions: the authority section gives the tally
    if result.score is not None:
        return phrase("scores {score}",
                      score=Figure(f"{result.score:.2f}", result.score))
    shown = describe_value_short(question, value)
    return "" if result.note in ("", shown) else result.note


def legal_basis_warning(evaluation: Evaluation) -> str:
    """The bottom line's sentence when a verdict of legitimacy stands without a legal basis
    (issue 10: legality and legitimacy are stated apart, and neither hides the other)."""
    legal = evaluation.legal_basis
    legitimate = evaluation.verdict in (Verdict.LEGITIMATE, Verdict.LEGITIMATE_WITH_CONDITIONS)
    if legal is None or not legitimate or legal.established:
        return ""
    # The legal basis line prints the summary just before this sentence: not twice.
    if legal.status == "contested":
        return "The verdict is legitimate, but the only legal basis made out is contested."
    if legal.status == "incomplete":
        return "The verdict is legitimate, but the legal basis has not been assessed yet."
    return "The verdict is legitimate, but no legal basis is established for the action."


def _evidence(items: Iterable[Any]) -> Iterable[EvidenceView]:
    for item in items:
        code, words = grade(item.reliability, item.credibility)
        yield EvidenceView(item.summary, item.source, code, words)


def _gaps(question: Question, given: AnswerInput | None, prompt: str) -> list[str]:
    """What the record lacks for a question: its answer, or evidence behind it (sentences the
    memo says in its language; `prompt`, the question's, in the playbook's)."""
    if given is None or given.value is None:
        if question.required:
            return [phrase("Required question not answered: {question}", question=prompt)]
        return [phrase("Optional question not answered: {question}", question=prompt)]
    if question.kind in (QuestionKind.TEXT, QuestionKind.MEMBER_POSITIONS):
        return []
    if not given.evidence:
        return [phrase("No evidence recorded for: {question}", question=prompt)]
    if all(e.reliability in "EF" or e.credibility >= 5 for e in given.evidence):
        return [phrase("Only weak or ungraded evidence for: {question}", question=prompt)]
    return []


def _authority(playbook: Playbook, evaluation: Evaluation, answers: Mapping[str, AnswerInput],
               members: Sequence[MemberInfo]) -> AuthorityView | None:
    tally = evaluation.authority
    if tally is None:
        return None
    by_iso = {m.iso: m for m in members}
    power = {p.iso: p for p in tally.voting_power}
    positions: list[PositionView] = []
    security_council = ""
    regional = "" if tally.regional_support is None else ("yes" if tally.regional_support
                                                          else "no")
    for question in playbook.questions():
        given = answers.get(question.id)
        if given is None or given.value is None:
            continue
        if question.kind is QuestionKind.MEMBER_POSITIONS:
            for iso, position in sorted(given.value.items()):
                member = by_iso.get(iso)
                weighed = power.get(iso)
                positions.append(PositionView(
                    iso, member.name if member else iso, member.population if member else 0,
                    position.replace("_", " "),
                    weight=weighed.weight if weighed else None,
                    power=weighed.power if weighed else None,
                    pivotal=iso in tally.pivotal))
        elif question.kind is QuestionKind.SECURITY_COUNCIL:
            security_council = str(given.value).replace("_", " ")
    if not security_council and tally.security_council:
        security_council = tally.security_council.replace("_", " ")
    return AuthorityView(
        positions=tuple(positions),
        states_endorsing=tally.states_endorsing,
        states_counted=tally.states_counted,
        state_share=tally.state_share,
        state_threshold=tally.state_threshold,
        population_endorsing=tally.population_endorsing,
        population_counted=tally.population_counted,
        population_share=tally.population_share,
        population_threshold=tally.population_threshold,
        met=tally.met,
        security_council=security_council,
        regional_support=regional,
        concert=tally.concert_met is not None,
        route=sayable(tally.route or "", playbook),
        routes=tuple((sayable(r.label, playbook), r.met, r.missing) for r in tally.routes),
        concert_line=describe_concert(tally) if tally.concert_met is not None else "",
    )


# ---------------------------------------------------------------------------- from the record

class NotDecided(UserError):
    """A memo needs a decided assessment."""


def evaluation_from_snapshot(snapshot: Mapping[str, Any]) -> Evaluation:
    """The Evaluation stored with a decision (JSON of the dataclass) as objects again: the memo
    shows what was decided on, even if the member registry changed since."""
    fragility = dict(snapshot.get("fragility") or {})
    if fragility.get("new_verdict"):
        fragility["new_verdict"] = Verdict(fragility["new_verdict"])
    fragility["knife_edge"] = tuple(fragility.get("knife_edge") or ())
    authority = snapshot.get("authority")
    legal = snapshot.get("legal_basis")
    return Evaluation(
        verdict=Verdict(snapshot["verdict"]),
        deciding_rule=snapshot.get("deciding_rule", ""),
        reasons=tuple(snapshot.get("reasons", ())),
        criteria=tuple(CriterionResult(**{
            **c, **{key: tuple(c.get(key) or ()) for key in
                    ("reasons", "missing_required", "knockouts_failed", "unsettled")}})
                       for c in snapshot.get("criteria", ())),
        questions={k: QuestionResult(**v) for k, v in (snapshot.get("questions") or {}).items()},
        overall_score=snapshot.get("overall_score"),
        fragility=Fragility(**fragility),
        authority=AuthorityTally.from_snapshot(authority) if authority else None,
        missing_required=tuple(snapshot.get("missing_required", ())),
        legal_basis=LegalBasisResult(**{**legal, "reasons": tuple(legal.get("reasons") or ())})
        if legal else None,
        flags=tuple(snapshot.get("flags") or ()),
    )


def _sayable(stored: Evaluation, record: Any, playbook: Playbook,
             members: Sequence[MemberInfo]) -> Evaluation:
    """The stored evaluation, its engine sentences recognised (playbooks.phrases) so that the
    memo can say them in its language: the record is evaluated again (a pure function of the
    same answers, playbook and registry) and each stored text that is exactly one of its
    sentences takes that sentence. A text the evaluation no longer writes stays as stored,
    in English; the memo never prints anything but what the record holds."""
    from models.records import answer_qualifiers, answer_values
    from playbooks.evaluate import evaluate

    try:
        fresh = evaluate(playbook, answer_values(record), members, answer_qualifiers(record))
    except Exception:  # the stored words stand, in English, whatever happened
        return stored
    said: Evaluation = recognised(stored, phrases_in(fresh))
    return said


def build_memo_context(db: Any, assessment_id: str, playbook: Playbook, *, reference: str,
                       issued_by: str, issued_at: datetime | None = None,
                       audit_head: str | None = None, language: str = "en",
                       second_language: str = "") -> MemoContext:
    """The memo's context for a decided assessment, read through models/, for a memo written in
    `language` (a code reports.memo_language knows)."""
    from models.audit import chain_head
    from models.registry_revisions import members_as_decided
    from models.workflow import load_assessment, member_infos

    record = load_assessment(db, assessment_id)
    decision = record.decision
    if decision is None or record.status == "draft":
        raise NotDecided(f"assessment {assessment_id} is not decided yet: decide it before "
                         "issuing a memo")
    if playbook.content_hash != record.playbook_hash:
        raise UserError(f"assessment {assessment_id} was assessed with playbook "
                        f"{record.playbook_id} {record.playbook_version} of hash "
                        f"{record.playbook_hash[:12]}…, not the one given "
                        f"({playbook.content_hash[:12]}…)")
    answers = {qid: AnswerInput(a.value, a.rationale, a.confidence, tuple(a.evidence),
                                a.answered_by) for qid, a in record.answers.items()}
    dissents = tuple(DissentView(d.reviewer, d.text, d.recorded_at) for d in decision.dissents)
    # The registry the decision was judged against, not the one standing at issue: a
    # member's later population or name change must not rewrite a decided record's memo.
    members = members_as_decided(db, decision.registry_revision, decision.registry_hash) \
        or member_infos(db)
    context = build_context(
        playbook=playbook,
        evaluation=_sayable(evaluation_from_snapshot(decision.evaluation), record, playbook,
                            members),
        answers=answers,
        members=members,
        decision=DecisionInput(decision.decision, decision.decided_by, decision.decided_at,
                               decision.justification, decision.record_hash,
                               decision.departs_from_verdict, dissents,
                               tuple(ConditionView(c.position, c.requirement, c.owner,
                                                   c.how_checked, c.review_on, c.tripwire)
                                     for c in decision.conditions),
                               _decider_certificate(decision), decision.options),
        reference=reference,
        issued_at=issued_at or datetime.now(UTC),
        issued_by=issued_by,
        classification=record.classification,
        title=record.title,
        proposed_action=record.proposed_action,
        crisis=record.crisis,
        assessment_id=record.id,
        revision=record.revision,
        audit_head=audit_head or chain_head(db),
    )
    return replace(context, registry=_registry_reference(db, decision), language=language,
                   second_language=second_language)


def _registry_reference(db: Any, decision: Any) -> str:
    from models.registry_revisions import get_revision
    from reports.registry_text import registry_reference

    revision = decision.registry_revision
    info = None if revision is None else get_revision(db, revision)
    return registry_reference(
        info.registry_version if info else None, decision.registry_revision, decision.registry_hash
    )


def _decider_certificate(decision: Any) -> str:
    """The decider's certificate as the memo prints it ("" : the decision names none)."""
    from reports.console import short_fingerprint

    if not decision.decided_by_certificate:
        return ""
    return (f"{decision.decided_by_subject}, SHA-256 "
            f"{short_fingerprint(decision.decided_by_certificate)}")
