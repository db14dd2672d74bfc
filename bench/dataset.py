"""The synthetic record: every row of N assessments, generated in batches, ready to bulk-load.

What a record of N assessments holds (shares chosen to look like a ministry's archive):
- all seven built-in playbooks, each assessment answering most of its questions with valid
  values, rationales (about two in three answers), Admiralty-graded evidence (one in four) and,
  where the playbook asks, the positions of 15–42 registry members;
- about 60 % decided (each with the verdict and evaluation the real evaluator gives for its
  answers, the record hash the workflow would compute, and an audit entry), 2 % revised (a
  superseded revision 1 and its revision 2), 5 % of decisions with a dissent, 5 % of decisions
  with a countersigned memo whose PDF bytes are those of a few memos really rendered and
  signed (see bench.memos);
- an audit chain that `models.audit_check.verify_chain` accepts (import, decide, dissent, memo and
  revise entries), so the status bar check and `audit verify` do real work at scale;
- the search rows exactly as `models.search.reindex_assessment` would write them (checked by
  bench.checks on a sample).

Speed: answer values come from a small pool per playbook (officials' answers cluster anyway),
so the real evaluator runs a few hundred times, not once per record; their JSON is made once
per pool entry; sentences come with their search terms; canonical JSON is assembled from parts
where the parts repeat. The generator checks its hand-assembled JSON against
models.canonical for the first rows it makes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.corpus import ACTION_KINDS, SOURCES, Corpus, Paragraph, build_corpus
from bench.corpus_languages import language
from bench.dataset_outcomes import OutcomeMaker
from models.audit import compute_entry_hash
from models.canonical import canonical_json, content_hash, iso_utc, sha256_hex
from models.decisions import ALLOWED_WHEN_INCOMPLETE, FOLLOWS_VERDICT
from models.judgement import evaluation_snapshot
from models.search_text import search_terms
from playbooks.evaluate import evaluate
from playbooks.model import (
    CONFIDENCE_LEVELS,
    LIKELIHOOD_TERMS,
    SECURITY_COUNCIL_STATUSES,
    MemberInfo,
    Playbook,
    Question,
    QuestionKind,
    Verdict,
)

# Bump when the generated rows change: it is part of the cache key.
GENERATOR_VERSION = 5  # 5: outcomes and retrospectives of past calls (issue 16)
SEED = 20260601

SHARE_DECIDED = 0.60
SHARE_REVISED = 0.02  # of all assessments: decided ones that got a revision 2
SHARE_DISSENT = 0.05  # of decided
SHARE_MEMO = 0.05  # of decided (≈ 3 % of all)
SHARE_RATIONALE = 0.65
SHARE_EVIDENCE = 0.25
SHARE_UNANSWERED_IN_DRAFT = 0.35
VALUE_SETS_PER_PLAYBOOK = 40
FIRST_DAY = datetime(2006, 1, 1, tzinfo=UTC)
LAST_DAY = datetime(2026, 6, 1, tzinfo=UTC)
PLAYBOOK_WEIGHTS = {
    "use-of-force": 5,
    "sanctions": 6,
    "humanitarian-protection": 4,
    "counter-proliferation-interdiction": 3,
    "public-health-emergency": 3,
    "un-high-level-panel": 2,
    "membership-review": 2,
}
CLASSIFICATIONS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET")
OFFICIALS = (
    "Ana Łukasiewicz", "Amara Diallo", "Kenji Watanabe", "Priya Raghavan", "João Carvalho",
    "Sofia Lindqvist", "Thabo Mokoena", "Maximilian Brandt", "Yael Ben-David", "Lucía Fernández",
    "Aroha Ngata", "Camille Dubois", "Rafael Quispe", "Hana Kobayashi", "Olusegun Adeyemi",
)  # fmt: skip
# Names as a minister signs them: a memo's countersignature must name the person who decided
# (reports/signer_rules.py), and the memo benchmark signs as the first of them.
MINISTERS = ("Eleanor Hart", "Tomás Ruiz", "Ingrid Aalto", "Kwame Asante")
MONTHS = ("March", "June", "October", "December")
ACTOR = "bench loader"

# Column order of each table as the generator writes it (names as in models/tables.py).
COLUMNS: dict[str, tuple[str, ...]] = {
    "assessment": (
        "id", "root_id", "revision", "supersedes_id", "superseded_by_id", "title",
        "proposed_action", "crisis", "classification", "playbook_id", "playbook_version",
        "playbook_hash", "status", "created_at", "updated_at", "created_by", "row_version",
    ),
    "answer": ("id", "assessment_id", "question_id", "value", "rationale", "confidence",
               "answered_at", "answered_by"),
    "evidence_item": ("id", "answer_id", "position", "summary", "source", "reliability",
                      "credibility"),
    "member_position": ("id", "assessment_id", "question_id", "member_iso", "position"),
    "decision": ("id", "assessment_id", "decision", "decided_by", "decided_at", "justification",
                 "verdict", "evaluation", "playbook_hash", "record_hash",
                 "departs_from_verdict"),
    "outcome": ("id", "assessment_id", "question_id", "result", "note", "evidence",
                "recorded_by", "recorded_at"),
    "retrospective": ("id", "assessment_id", "decision_id", "wrong", "again", "recorded_by",
                      "recorded_at"),
    "dissent": ("id", "decision_id", "reviewer", "text", "recorded_at"),
    "memo": ("id", "assessment_id", "decision_id", "reference", "stage", "pdf", "sha256",
             "audit_head", "created_at", "created_by", "supersedes_memo_id"),
    "memo_signature": ("id", "memo_id", "sequence", "field", "signer", "cert_fingerprint",
                       "claimed_time"),
    "audit_entry": ("seq", "at", "actor", "action", "entity_type", "entity_id", "payload",
                    "prev_hash", "entry_hash"),
}  # fmt: skip
# Values are Python objects except JSON columns, which hold their JSON text already.
# The search tables' layout belongs to models.search and its migration: the loaders read their
# columns from the database and fill each one from `SearchDocument.values()` by name.


@dataclass(frozen=True)
class RenderedMemo:
    """A memo really rendered and signed (bench.memos); its bytes are reused for many rows."""

    pdf: bytes
    sha256: str
    signatures: tuple[tuple[str, str, str, datetime | None], ...]  # field, signer, fp, time


@dataclass
class SearchDocument:
    """What models.search.reindex_assessment derives from one assessment."""

    doc_id: int  # a counter; SQLite's doc_id (the text index's rowid) is made from it
    row: dict[str, Any]  # the assessment row (read when loading: status may change later)
    content: str
    terms: list[str]
    decision: dict[str, Any] | None = None

    def values(self) -> dict[str, Any]:
        # models.search keeps SQLite's doc_id in the order of the last change (a changed
        # assessment gets the next, highest one): in order of updated_at here too.
        order = int(self.row["updated_at"].timestamp() * 1000) * 16 + self.doc_id % 16
        return {
            "doc_id": order,
            "assessment_id": self.row["id"],
            "updated_at": self.row["updated_at"],
            "status": self.row["status"],
            "playbook_id": self.row["playbook_id"],
            "verdict": self.decision["verdict"] if self.decision else None,
            "decision": self.decision["decision"] if self.decision else None,
            "content": self.content,
            "terms": " ".join(self.terms),
            # tsvector text: lexemes without positions, as array_to_tsvector makes them.
            "document": " ".join(f"'{term}'" for term in self.terms),
        }


@dataclass
class Batch:
    rows: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {table: [] for table in COLUMNS}
    )
    assessments: list[dict[str, Any]] = field(default_factory=list)  # rows, made tuples last
    search: list[SearchDocument] = field(default_factory=list)

    def finish(self) -> Batch:
        columns = COLUMNS["assessment"]  # (leaves out the generator's "_stem", "_children")
        self.rows["assessment"] = [tuple(row[c] for c in columns) for row in self.assessments]
        return self


@dataclass
class ChainState:
    seq: int
    head: str


@dataclass(frozen=True)
class PreparedAnswer:
    """One answer of a value set with its JSON made once."""

    question_id: str
    value: Any
    json: str  # as the JSON column stores it
    canonical: str  # as canonical JSON (for hashes)
    positions: tuple[tuple[str, str], ...]  # (iso, position) when member positions


@dataclass(frozen=True)
class ValueSet:
    answers: tuple[PreparedAnswer, ...]  # answered questions, in question id order
    evaluation_json: str  # the decision's evaluation column
    evaluation_canonical: str
    verdict: Verdict


NO_TEXT = Paragraph("", (), '""')
Evidence = tuple[Paragraph, Paragraph, str, int]  # summary, source, reliability, credibility
# prepared value, rationale, confidence, answered_at, answered_by, evidence
Answer = tuple["PreparedAnswer", Paragraph, "str | None", datetime, str, tuple[Evidence, ...]]


def _draw(rng: random.Random, pool: tuple[Paragraph, ...]) -> Paragraph:
    return pool[int(rng.random() * len(pool))]


@functools.lru_cache(maxsize=100_000)
def _terms(fragment: str) -> tuple[str, ...]:
    return tuple(search_terms(fragment))


def _short_terms(text: str) -> list[str]:
    """Search terms of a short text, word by word (words repeat, so they are cached)."""
    terms: list[str] = []
    for fragment in text.split(" "):
        terms.extend(_terms(fragment))
    return terms


_encode_string = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses


def _string(value: str | None) -> str:
    return "null" if value is None else _encode_string(value)


class _Ids:
    """uuid4-shaped ids drawn from the seeded generator, cheaply."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._hex = ""
        self._at = 0

    def __call__(self) -> str:
        if self._at >= len(self._hex):
            self._hex = self._rng.randbytes(16 * 4096).hex()
            self._at = 0
        h = self._hex[self._at : self._at + 32]
        self._at += 32
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


class _Weighted:
    def __init__(self, items: list[Any] | tuple[Any, ...], weights: list[float]) -> None:
        self.items = items
        self.cumulative = list(itertools.accumulate(weights))

    def pick(self, rng: random.Random) -> Any:
        where = rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect(self.cumulative, where)]


class Generator:
    """Deterministic rows for `size` assessments (same seed, same rows)."""

    def __init__(
        self,
        playbooks: list[Playbook],
        members: list[MemberInfo],
        memos: list[RenderedMemo],
        chain: ChainState,
        size: int,
        *,
        seed: int = SEED,
        corpus: Corpus | None = None,
        languages: tuple[str, ...] = (),
    ) -> None:
        """`languages` (bench.corpus_languages.LANGUAGES): cases written in those
        languages too, each as often as English; none, an English record (the same rows as
        before languages existed)."""
        self.size = size
        self.rng = random.Random(seed * 1_000_003 + size)
        self.new_id = _Ids(self.rng)
        self.corpus = corpus or build_corpus(seed)
        self.playbooks = sorted(playbooks, key=lambda p: p.id)
        self.pick_playbook = _Weighted(self.playbooks,
                                       [PLAYBOOK_WEIGHTS.get(p.id, 1) for p in self.playbooks])
        self.pick_place = _Weighted(self.corpus.places,
                                    [1.0 / (r**0.9) for r in range(1, len(self.corpus.places) + 1)])
        self.languages = {code: language(code, seed) for code in languages}
        self.language_places = {
            code: _Weighted(list(words.corpus.places),
                            [1.0 / (r**0.9) for r in range(1, len(words.corpus.places) + 1)])
            for code, words in self.languages.items()
        }
        self.members = list(members)
        self.member_label = {m.iso: f"{m.name} ({m.iso})" for m in members}
        self.member_terms = {iso: _short_terms(label) for iso, label in self.member_label.items()}
        self.member_positions_questions = {
            (p.id, q.id) for p in self.playbooks for q in p.questions()
            if q.kind is QuestionKind.MEMBER_POSITIONS
        }  # fmt: skip
        self.memos = memos
        self.chain = chain
        self.value_sets = {(p.id, p.version): self._value_sets(p) for p in self.playbooks}
        self.sources = tuple(
            Paragraph(text, tuple(_short_terms(text)), _encode_string(text))
            for text in (f"{s}, {day} {month}" for s in SOURCES for day in range(1, 29)
                         for month in MONTHS)
        )  # fmt: skip
        self.memo_numbers: dict[int, int] = {}
        self.made = 0
        self.doc_ids = 0
        self.self_checks = 20  # rows whose hand-made JSON is compared with models.canonical
        self.outcomes = OutcomeMaker(self, seed, LAST_DAY)

    # --- answer values -----------------------------------------------------------------------
    def _value(self, question: Question) -> Any:
        rng = self.rng
        kind = question.kind
        if kind is QuestionKind.SCALE:
            return rng.choice(question.grades).value
        if kind is QuestionKind.YES_NO:
            return rng.random() < 0.7
        if kind is QuestionKind.CHOICE:
            return rng.choice(question.options).id
        if kind is QuestionKind.LIKELIHOOD:
            return rng.choice(LIKELIHOOD_TERMS).id
        if kind is QuestionKind.CONFIDENCE:
            return rng.choice(CONFIDENCE_LEVELS)
        if kind is QuestionKind.NUMBER:
            low = question.minimum if question.minimum is not None else 0
            high = question.maximum if question.maximum is not None else max(low + 1, 1000)
            return int(rng.uniform(low, min(high, low + 10_000)))
        if kind is QuestionKind.TEXT:
            return self.corpus.paragraph(rng, 2, 4)
        if kind is QuestionKind.SECURITY_COUNCIL:
            return rng.choice(SECURITY_COUNCIL_STATUSES)
        if kind is QuestionKind.MEMBER_POSITIONS:
            chosen = rng.sample(self.members, rng.randint(min(15, len(self.members)),
                                                           len(self.members)))
            endorse = rng.uniform(0.3, 0.95)
            positions = {}
            for member in chosen:
                roll = rng.random()
                positions[member.iso] = (
                    "endorse" if roll < endorse
                    else "oppose" if roll < endorse + (1 - endorse) * 0.5
                    else "abstain" if roll < endorse + (1 - endorse) * 0.85
                    else "not_consulted"
                )  # fmt: skip
            return dict(sorted(positions.items()))
        raise ValueError(f"no generator for {kind}")

    def _value_sets(self, playbook: Playbook) -> list[ValueSet]:
        from models.validation import answer_value

        sets = []
        for number in range(VALUE_SETS_PER_PLAYBOOK):
            given: dict[str, Any] = {}
            for question in playbook.questions():
                # One set in eight leaves a required answer open: those can only be deferred
                # or rejected, as in real crises.
                if number % 8 == 7 and question.required and self.rng.random() < 0.3:
                    continue
                given[question.id] = answer_value(question, self._value(question))
            evaluation = evaluate(playbook, given, self.members)
            snapshot = evaluation_snapshot(evaluation)
            answers = tuple(
                PreparedAnswer(
                    question_id, value, json.dumps(value), canonical_json(value),
                    tuple(value.items()) if (playbook.id, question_id)
                    in self.member_positions_questions else (),
                )
                for question_id, value in sorted(given.items())
            )  # fmt: skip
            sets.append(ValueSet(answers, json.dumps(snapshot), canonical_json(snapshot),
                                 evaluation.verdict))
        return sets

    # --- the chain ---------------------------------------------------------------------------
    def _entry(self, batch: Batch, at: datetime, actor: str, action: str, entity_type: str,
               entity_id: str, payload: str) -> str:
        """Append an audit entry whose payload is canonical JSON text; returns the old head."""
        previous = self.chain.head
        seq = self.chain.seq + 1
        digest = compute_entry_hash(seq=seq, at=at, actor=actor, action=action,
                                    entity_type=entity_type, entity_id=entity_id, payload=payload,
                                    prev_hash=previous)
        batch.rows["audit_entry"].append(
            (seq, at, actor, action, entity_type, entity_id, payload, previous, digest)
        )
        self.chain = ChainState(seq, digest)
        return previous

    # --- assessments -------------------------------------------------------------------------
    def batches(self, batch_size: int = 2000) -> Iterator[Batch]:
        batch = Batch()
        while self.made < self.size:
            self._assessment(batch)
            if len(batch.assessments) >= batch_size:
                yield batch.finish()
                batch = Batch()
        if batch.assessments:
            yield batch.finish()

    def _title(self, kind: str, place: str, year: int) -> str:
        form = self.rng.randrange(4)
        if form == 0:
            return f"{kind} for {place}"
        if form == 1:
            return f"{kind} — {place} ({year})"
        if form == 2:
            return f"{kind} in {place}: {self.rng.choice(self.corpus.sentences)[:40].rstrip()}"
        return f"{place} {kind.lower()} {year}"

    def _assessment(self, batch: Batch) -> None:
        rng = self.rng
        corpus = self.corpus
        span = (LAST_DAY - FIRST_DAY).total_seconds()
        created = FIRST_DAY + timedelta(seconds=span * (self.made + rng.random()) / self.size)
        playbook = self.pick_playbook.pick(rng)
        written = rng.choice(("en", *self.languages)) if self.languages else "en"
        if written == "en":
            place = self.pick_place.pick(rng)
            kind = rng.choice(ACTION_KINDS)
            title = self._title(kind, place, created.year)
            opening = f"{kind} {rng.choice(('for', 'in', 'off', 'over'))} {place}."
        else:
            words = self.languages[written]
            corpus = words.corpus
            place = self.language_places[written].pick(rng)
            kind = rng.choice(words.kinds)
            title = words.title(rng, kind, place, created.year)
            opening = words.opening(rng, kind, place)
        action = _draw(rng, corpus.short)
        crisis = _draw(rng, corpus.short)
        details = {
            "title": title,
            "proposed_action": f"{opening} {action.text}",
            "crisis": f"{place}: {crisis.text}",
            "classification": rng.choice(CLASSIFICATIONS),
        }
        details_terms = [*_short_terms(title), *_short_terms(opening), *action.terms,
                         *_short_terms(place), *crisis.terms]  # fmt: skip
        decided = rng.random() < SHARE_DECIDED
        value_set = rng.choice(self.value_sets[(playbook.id, playbook.version)])
        answers = self._answers(value_set, complete=decided, created=created, corpus=corpus)
        revised = (decided and self.made + 2 <= self.size
                   and rng.random() < SHARE_REVISED / SHARE_DECIDED)  # fmt: skip
        first = self._rows(batch, playbook, details, details_terms, answers, created, value_set,
                           decided=decided, revision=1, supersedes=None)
        if revised:
            now = first["updated_at"] + timedelta(days=rng.randint(20, 200))
            second_decided = rng.random() < 0.5
            second = self._rows(batch, playbook, details, details_terms, answers, now,
                                value_set, decided=second_decided, revision=2,
                                supersedes=first)
            first["status"] = "superseded"
            first["superseded_by_id"] = second["id"]
            if second_decided:
                self.outcomes.add(batch, second, answers, playbook, second["_document"])
        elif decided:
            self.outcomes.add(batch, first, answers, playbook, first["_document"])

    def _answers(self, value_set: ValueSet, *, complete: bool, created: datetime,
                 corpus: Corpus) -> list[Answer]:
        """The answers of a case, their rationales and evidence in its language (`corpus`)."""
        rng = self.rng
        random_ = rng.random
        answers = []
        for prepared in value_set.answers:
            if not complete and random_() < SHARE_UNANSWERED_IN_DRAFT:
                continue
            evidence: tuple[Evidence, ...] = ()
            if random_() < SHARE_EVIDENCE:
                evidence = tuple(
                    (_draw(rng, corpus.short), _draw(rng, self.sources),
                     "ABBCCCDEF"[int(random_() * 9)], (1, 2, 2, 3, 3, 4, 5, 6)[int(random_() * 8)])
                    for _ in range(1 if random_() < 0.5 else 2)
                )  # fmt: skip
            answers.append((
                prepared,
                _draw(rng, corpus.long) if random_() < SHARE_RATIONALE else NO_TEXT,
                CONFIDENCE_LEVELS[int(random_() * 3)] if random_() < 0.5 else None,
                created + timedelta(seconds=int(300 + random_() * 3 * 86400)),
                OFFICIALS[int(random_() * len(OFFICIALS))],
                evidence,
            ))  # fmt: skip
        return answers

    def _rows(self, batch: Batch, playbook: Playbook, details: dict[str, str],
              details_terms: list[str], answers: list[Answer], created: datetime,
              value_set: ValueSet, *, decided: bool, revision: int,
              supersedes: dict[str, Any] | None) -> dict[str, Any]:
        rng = self.rng
        assessment_id = self.new_id()
        # Child rows take the assessment's id with a counter in its last digits: unique, and far
        # cheaper to make than a fresh random id each.
        stem = assessment_id[:-4]
        children = itertools.count(1)
        author = OFFICIALS[int(rng.random() * len(OFFICIALS))]
        row: dict[str, Any] = {
            "id": assessment_id, "root_id": supersedes["id"] if supersedes else assessment_id,
            "revision": revision, "supersedes_id": supersedes["id"] if supersedes else None,
            "superseded_by_id": None, **details,
            "playbook_id": playbook.id, "playbook_version": playbook.version,
            "playbook_hash": playbook.content_hash, "status": "draft", "created_at": created,
            "updated_at": max([created, *(a[3] for a in answers)]),
            "created_by": author, "row_version": 1 if supersedes else 1 + len(answers),
            "_stem": stem, "_children": children,
        }  # fmt: skip
        batch.assessments.append(row)
        self.made += 1
        answer_rows = batch.rows["answer"]
        evidence_rows = batch.rows["evidence_item"]
        position_rows = batch.rows["member_position"]
        hashes = []
        for prepared, rationale, confidence, answered_at, answered_by, evidence in answers:
            answer_id = f"{stem}{next(children):04x}"
            question_id = prepared.question_id
            answer_rows.append((answer_id, assessment_id, question_id, prepared.json,
                                rationale.text, confidence, answered_at, answered_by))
            for position, (summary, source, reliability, credibility) in enumerate(evidence, 1):
                evidence_rows.append((f"{stem}{next(children):04x}", answer_id, position,
                                      summary.text, source.text, reliability, credibility))
            if prepared.positions:
                position_rows.extend(
                    (f"{stem}{next(children):04x}", assessment_id, question_id, iso, stance)
                    for iso, stance in prepared.positions
                )
            if revision == 1:
                evidence_json = ",".join(
                    f'{{"credibility":{credibility},"reliability":"{reliability}",'
                    f'"source":{source.encoded},"summary":{summary.encoded}}}'
                    for summary, source, reliability, credibility in evidence
                )
                canonical = (f'{{"confidence":{_string(confidence)},"evidence":[{evidence_json}],'
                             f'"rationale":{rationale.encoded},"value":{prepared.canonical}}}')
                hashes.append(f'{_string(question_id)}:"{sha256_hex(canonical)}"')
        document = self._search_document(row, details_terms, answers)
        batch.search.append(document)
        row["_document"] = document
        if revision == 1:
            payload = (
                f'{{"answers":{{{",".join(hashes)}}},"file":"bench-synthetic.yaml",'
                f'"playbook_hash":"{playbook.content_hash}","playbook_id":{_string(playbook.id)},'
                f'"playbook_version":{_string(playbook.version)},"title":{_string(row["title"])}}}'
            )
            self._entry(batch, created, author, "assessment.import", "assessment",
                        assessment_id, payload)
            if self.self_checks > 0:
                self._check_payload(payload, row, playbook, answers)
        else:
            assert supersedes is not None
            self._entry(batch, created, author, "assessment.revise", "assessment", assessment_id,
                        canonical_json({"assessment_id": assessment_id,
                                        "supersedes_id": supersedes["id"],
                                        "revision": revision}))
        if decided:
            document.decision = self._decide(batch, row, answers, value_set, playbook)
        return row

    def _check_payload(self, payload: str, row: dict[str, Any], playbook: Playbook,
                       answers: list[Answer]) -> None:
        self.self_checks -= 1
        expected = canonical_json({
            "file": "bench-synthetic.yaml", "title": row["title"], "playbook_id": playbook.id,
            "playbook_version": playbook.version, "playbook_hash": playbook.content_hash,
            "answers": {
                prepared.question_id: content_hash({
                    "value": prepared.value, "rationale": rationale.text,
                    "confidence": confidence,
                    "evidence": [{"summary": e[0].text, "source": e[1].text, "reliability": e[2],
                                  "credibility": e[3]} for e in evidence],
                })
                for prepared, rationale, confidence, _at, _by, evidence in answers
            },
        })  # fmt: skip
        if payload != expected:
            raise AssertionError("bench.dataset builds import payloads differently from "
                                 f"models.canonical:\n{payload[:300]}\n{expected[:300]}")

    def _search_document(self, row: dict[str, Any], details_terms: list[str],
                         answers: list[Answer]) -> SearchDocument:
        """The text models.search indexes: details, rationales, evidence, member names, with
        its terms (tokens never span parts joined by a newline or sentences by a space)."""
        parts = [row["title"], row["proposed_action"], row["crisis"]]
        terms = list(details_terms)
        isos: set[str] = set()
        for prepared, rationale, _confidence, _at, _by, _evidence in answers:
            if rationale.text:
                parts.append(rationale.text)
                terms.extend(rationale.terms)
            if prepared.positions:
                isos.update(iso for iso, _stance in prepared.positions)
        for answer in answers:
            for summary, source, _reliability, _credibility in answer[5]:
                parts += [summary.text, source.text]
                terms.extend(summary.terms)
                terms.extend(source.terms)
        if isos:
            ordered = sorted(isos)
            parts.append(" · ".join([self.member_label[iso] for iso in ordered]))
            for iso in ordered:
                terms.extend(self.member_terms[iso])
        self.doc_ids += 1
        return SearchDocument(self.doc_ids, row, "\n".join(parts), list(dict.fromkeys(terms)))

    def _decide(self, batch: Batch, row: dict[str, Any], answers: list[Answer],
                value_set: ValueSet, playbook: Playbook) -> dict[str, Any]:
        rng = self.rng
        verdict = value_set.verdict
        follows = sorted(FOLLOWS_VERDICT[verdict])
        if verdict is Verdict.INSUFFICIENT_INFORMATION:
            choices = sorted(ALLOWED_WHEN_INCOMPLETE)
        else:
            choices = ["approve", "approve_with_conditions", "reject", "defer"]
        decision = rng.choice(follows) if rng.random() < 0.88 else rng.choice(choices)
        departs = decision not in follows
        decided_at = row["updated_at"] + timedelta(seconds=rng.randint(7200, 20 * 86400))
        by = rng.choice(MINISTERS)
        child = f"{row['_stem']}{next(row['_children']):04x}"
        fields = {
            "id": child, "decision": decision, "decided_by": by,
            "decided_at": decided_at,
            "justification": _draw(rng, self.corpus.short).text if departs else "",
            "verdict": verdict.value, "evaluation": value_set.evaluation_json,
            "playbook_hash": playbook.content_hash, "departs_from_verdict": departs,
        }  # fmt: skip
        record_hash = sha256_hex(self._record_canonical(row, answers, fields, value_set))
        batch.rows["decision"].append((
            fields["id"], row["id"], decision, by, decided_at, fields["justification"],
            verdict.value, value_set.evaluation_json, playbook.content_hash, record_hash, departs,
        ))  # fmt: skip
        row["status"] = "decided"
        row["updated_at"] = decided_at
        row["row_version"] += 1
        self._entry(batch, decided_at, by, "assessment.decide", "assessment", row["id"],
                    canonical_json({"assessment_id": row["id"], "decision_id": fields["id"],
                                    "decision": decision, "verdict": verdict.value,
                                    "record_hash": record_hash,
                                    "playbook_hash": playbook.content_hash,
                                    "departs_from_verdict": departs}))
        if rng.random() < SHARE_DISSENT:
            text = _draw(rng, self.corpus.long).text
            dissent_id = f"{row['_stem']}{next(row['_children']):04x}"
            reviewer = rng.choice(OFFICIALS)
            at = decided_at + timedelta(seconds=rng.randint(3600, 72 * 3600))
            batch.rows["dissent"].append((dissent_id, fields["id"], reviewer, text, at))
            self._entry(batch, at, reviewer, "dissent.add", "assessment", row["id"],
                        canonical_json({"assessment_id": row["id"], "decision_id": fields["id"],
                                        "dissent_id": dissent_id,
                                        "text_sha256": sha256_hex(text)}))
        if self.memos and rng.random() < SHARE_MEMO:
            self._memo(batch, row, fields["id"], decided_at)
        return fields

    def _record_canonical(self, row: dict[str, Any], answers: list[Answer],
                          fields: dict[str, Any], value_set: ValueSet) -> str:
        """canonical_json(models.records.record_content(...)), the evaluation spliced in."""
        marker = "\x00evaluation\x00"
        content = _record_content(row, answers, {**fields, "evaluation": marker})
        text = canonical_json(content).replace(_string(marker), value_set.evaluation_canonical)
        if self.self_checks > 0:
            expected = canonical_json(_record_content(
                row, answers, {**fields, "evaluation": json.loads(value_set.evaluation_json)}))
            if text != expected:
                raise AssertionError("bench.dataset builds record hashes differently")
        return text

    def _memo(self, batch: Batch, row: dict[str, Any], decision_id: str,
              decided_at: datetime) -> None:
        rng = self.rng
        rendered = rng.choice(self.memos)
        year = decided_at.year
        self.memo_numbers[year] = self.memo_numbers.get(year, 0) + 1
        reference = f"CD-{year}-{self.memo_numbers[year]:04d}"
        memo_id = f"{row['_stem']}{next(row['_children']):04x}"
        at = decided_at + timedelta(seconds=rng.randint(3600, 48 * 3600))
        head = self.chain.head
        batch.rows["memo"].append((memo_id, row["id"], decision_id, reference, "countersigned",
                                   rendered.pdf, rendered.sha256, head, at,
                                   rng.choice(OFFICIALS), None))
        for sequence, (field_name, signer, fingerprint, claimed) in enumerate(
            rendered.signatures, start=1
        ):
            batch.rows["memo_signature"].append((f"{row['_stem']}{next(row['_children']):04x}",
                                                 memo_id, sequence, field_name,
                                                 signer, fingerprint, claimed))
        self._entry(batch, at, ACTOR, "memo.store", "memo", memo_id,
                    canonical_json({"memo_id": memo_id, "assessment_id": row["id"],
                                    "reference": reference, "stage": "countersigned",
                                    "sha256": rendered.sha256, "audit_head": head,
                                    "signers": [s[2] for s in rendered.signatures]}))


def _record_content(row: dict[str, Any], answers: list[Answer],
                    decision: dict[str, Any]) -> dict[str, Any]:
    """What models.records.record_content returns for these rows (answers come in question id
    order; the chain check of bench.checks compares the resulting hashes with the record's)."""
    return {
        "assessment": {
            "id": row["id"], "root_id": row["root_id"], "revision": row["revision"],
            "supersedes_id": row["supersedes_id"], "title": row["title"],
            "proposed_action": row["proposed_action"], "crisis": row["crisis"],
            "classification": row["classification"], "playbook_id": row["playbook_id"],
            "playbook_version": row["playbook_version"], "playbook_hash": row["playbook_hash"],
            "created_at": iso_utc(row["created_at"]), "created_by": row["created_by"],
        },
        "answers": [
            {
                "question_id": prepared.question_id, "value": prepared.value,
                "rationale": rationale.text, "confidence": confidence,
                "answered_at": iso_utc(answered_at), "answered_by": answered_by,
                "evidence": [
                    {"position": n, "summary": summary.text, "source": source.text,
                     "reliability": reliability, "credibility": credibility}
                    for n, (summary, source, reliability, credibility) in enumerate(evidence, 1)
                ],
            }
            for prepared, rationale, confidence, answered_at, answered_by, evidence in answers
        ],
        "member_positions": [
            [a[0].question_id, iso, stance] for a in answers for iso, stance in a[0].positions
        ],
        "decision": {
            "id": decision["id"], "decision": decision["decision"],
            "decided_by": decision["decided_by"], "decided_at": iso_utc(decision["decided_at"]),
            "justification": decision["justification"], "verdict": decision["verdict"],
            "evaluation": decision["evaluation"], "playbook_hash": decision["playbook_hash"],
            "departs_from_verdict": decision["departs_from_verdict"],
        },
    }  # fmt: skip
