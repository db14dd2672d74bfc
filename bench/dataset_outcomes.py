"""Outcomes of the synthetic record's past calls (issue 16), as the application records them.

For each standing decided assessment, every likelihood call whose resolution date (the decision
day plus the playbook's default, models.outcome_calls) fell at least a few days before the
record's last day gets an outcome four times in five: occurred with the probability its term
says (its ICD 203 midpoint), one in twenty "cannot tell", one in four with Admiralty-graded
evidence, one in fifty judged again later (the latest counts). Half of the decisions resolved by
then get a retrospective. The rest stay due: the due list and History's "overdue" have work.

Each row comes with the audit entry models.outcomes.record_outcome / record_retrospective would
append (same action, actor, payload and content hash, so verify_chain checks them) and its text
joins the assessment's search document as models.search.outcome_parts adds it. A generator of
its own draws them, so the rest of the record is the same rows as before outcomes existed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from models.canonical import canonical_json, content_hash
from models.outcome_calls import default_resolve_after_days, likelihood_questions, midnight
from playbooks.calibration import midpoint
from playbooks.model import LIKELIHOOD_TERMS, Playbook

if TYPE_CHECKING:
    from bench.dataset import Answer, Batch, Generator, SearchDocument

SHARE_JUDGED = 0.80  # of past calls
SHARE_CANNOT_TELL = 0.05
SHARE_OUTCOME_EVIDENCE = 0.25
SHARE_JUDGED_AGAIN = 0.02
SHARE_RETROSPECTIVE = 0.50  # of past decisions
_TERM_IDS = {term.id for term in LIKELIHOOD_TERMS}


@dataclass(frozen=True)
class _Resolving:
    calls: dict[str, int]  # likelihood question id -> days after the decision
    decision: int  # days after the decision for the retrospective


class OutcomeMaker:
    """Draws the outcomes and retrospectives of one generator's assessments."""

    def __init__(self, generator: Generator, seed: int, last_day: datetime) -> None:
        self.generator = generator
        self.rng = random.Random(seed * 7_000_003 + generator.size)
        self.last_day = last_day
        self.resolving: dict[str, _Resolving] = {}
        self.self_checks = 20  # rows whose hand-made content is compared with models.outcomes
        from bench.dataset import OFFICIALS

        self.officials = OFFICIALS

    def _official(self) -> str:
        return self.officials[int(self.rng.random() * len(self.officials))]

    def _days(self, playbook: Playbook) -> _Resolving:
        found = self.resolving.get(playbook.content_hash)
        if found is None:
            found = _Resolving({q: default_resolve_after_days(playbook, q)
                                for q in likelihood_questions(playbook)},
                               default_resolve_after_days(playbook))
            self.resolving[playbook.content_hash] = found
        return found

    def _when(self, decided_at: datetime, days: int) -> datetime | None:
        """When a call resolving `days` after the decision is judged, if before the last day."""
        due = decided_at.astimezone(UTC).date() + timedelta(days=days)
        at = midnight(due) + timedelta(seconds=self.rng.randint(3600, 60 * 86400))
        return at if at <= self.last_day else None

    def add(self, batch: Batch, row: dict[str, Any], answers: list[Answer],
            playbook: Playbook, document: SearchDocument) -> None:
        decision = document.decision
        assert decision is not None
        rng, days = self.rng, self._days(playbook)
        parts: list[tuple[datetime, str, list[str], list[str]]] = []  # at, id, texts, terms
        outcomes = []
        for prepared, *_rest in answers:
            question_id, term = prepared.question_id, prepared.value
            if question_id not in days.calls or term not in _TERM_IDS:
                continue
            at = self._when(decision["decided_at"], days.calls[question_id])
            if at is None or rng.random() >= SHARE_JUDGED:
                continue
            outcomes.append((question_id, term, at))
            if rng.random() < SHARE_JUDGED_AGAIN:
                later = at + timedelta(days=rng.randint(5, 90))
                if later <= self.last_day:
                    outcomes.append((question_id, term, later))
        for question_id, term, at in outcomes:
            parts.append(self._outcome(batch, row, question_id, term, at))
        retrospectives = []
        at = self._when(decision["decided_at"], days.decision)
        if at is not None and rng.random() < SHARE_RETROSPECTIVE:
            retrospectives.append(self._retrospective(batch, row, decision["id"], at))
        # models.search.outcome_parts: outcomes oldest first, then retrospectives oldest first.
        texts, terms = [], []
        for _at, _id, more_texts, more_terms in [*sorted(parts), *retrospectives]:
            texts += more_texts
            terms += more_terms
        if texts:
            document.content = "\n".join([document.content, *texts])
            document.terms = list(dict.fromkeys([*document.terms, *terms]))

    def _child(self, row: dict[str, Any]) -> str:
        return f"{row['_stem']}{next(row['_children']):04x}"

    def _outcome(self, batch: Batch, row: dict[str, Any], question_id: str, term: str,
                 at: datetime) -> tuple[datetime, str, list[str], list[str]]:
        rng, generator = self.rng, self.generator
        if rng.random() < SHARE_CANNOT_TELL:
            result = "cannot_tell"
        else:
            result = "occurred" if rng.random() < midpoint(term) else "not_occurred"
        note = generator.corpus.short[int(rng.random() * len(generator.corpus.short))]
        evidence: list[dict[str, Any]] = []
        texts, terms = [note.text], list(note.terms)
        if rng.random() < SHARE_OUTCOME_EVIDENCE:
            summary = generator.corpus.short[int(rng.random() * len(generator.corpus.short))]
            source = generator.sources[int(rng.random() * len(generator.sources))]
            evidence.append({"summary": summary.text, "source": source.text,
                             "reliability": "ABBCCCDEF"[int(rng.random() * 9)],
                             "credibility": (1, 2, 2, 3, 3, 4, 5, 6)[int(rng.random() * 8)]})
            texts.append(f"{summary.text} {source.text}")
            terms += [*summary.terms, *source.terms]
        outcome_id = self._child(row)
        by = self._official()
        content = {"assessment_id": row["id"], "question_id": question_id, "result": result,
                   "note": note.text, "evidence": evidence, "recorded_by": by}
        self._check(content, "outcome", outcome_id=outcome_id, at=at)
        batch.rows["outcome"].append((outcome_id, row["id"], question_id, result, note.text,
                                      json.dumps(evidence, ensure_ascii=False), by, at))
        generator._entry(batch, at, by, "outcome.record", "assessment", row["id"],
                         canonical_json({"assessment_id": row["id"], "outcome_id": outcome_id,
                                         "question_id": question_id, "result": result,
                                         "content_hash": content_hash(content)}))
        return at, outcome_id, texts, terms

    def _retrospective(self, batch: Batch, row: dict[str, Any], decision_id: str,
                       at: datetime) -> tuple[datetime, str, list[str], list[str]]:
        rng, short = self.rng, self.generator.corpus.short
        wrong = short[int(rng.random() * len(short))]
        again = short[int(rng.random() * len(short))]
        by = self._official()
        retrospective_id = self._child(row)
        content = {"assessment_id": row["id"], "decision_id": decision_id, "wrong": wrong.text,
                   "again": again.text, "recorded_by": by}
        self._check(content, "retrospective", retrospective_id=retrospective_id, at=at)
        batch.rows["retrospective"].append((retrospective_id, row["id"], decision_id,
                                            wrong.text, again.text, by, at))
        self.generator._entry(batch, at, by, "retrospective.record", "assessment", row["id"],
                              canonical_json({"assessment_id": row["id"],
                                              "retrospective_id": retrospective_id,
                                              "content_hash": content_hash(content)}))
        return at, retrospective_id, [wrong.text, again.text], [*wrong.terms, *again.terms]

    def _check(self, content: dict[str, Any], kind: str, *, at: datetime, **ids: str) -> None:
        """The first rows' content as models.outcomes hashes it (the audit check compares)."""
        if self.self_checks <= 0:
            return
        self.self_checks -= 1
        from models.outcomes import outcome_content, retrospective_content
        from models.tables import Outcome, Retrospective

        if kind == "outcome":
            expected = outcome_content(Outcome(id=ids["outcome_id"], recorded_at=at, **content))
        else:
            expected = retrospective_content(
                Retrospective(id=ids["retrospective_id"], recorded_at=at, **content))
        if canonical_json(expected) != canonical_json(content):
            raise AssertionError(f"bench.dataset_outcomes builds {kind} content differently "
                                 f"from models.outcomes:\n{content}\n{expected}")
