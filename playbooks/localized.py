"""A playbook's human text in one language, falling back to its base language.

A playbook is written in its base language (`language:`, English unless said otherwise); a
`translations:` section gives the same texts in other languages, keyed by the ids the playbook
already has (docs/playbook-format.md, "Languages"). `texts_of` lists every text a translation
may cover, each under a `TextKey` and with the path of the base-language text in the file;
`localize` returns the same playbook with every text it has in the language asked for
replaced, and every other text left in the base language. Only words change: ids, kinds,
weights, thresholds, rules and the content hash are the playbook's own, so a localized
playbook judges exactly as the original and still names the file a record keeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from playbooks.languages import language_chain, language_name
from playbooks.model import Condition, Criterion, LegalBasis, Playbook, Question
from playbooks.strict_yaml import Path

# ("question", "harm_scale", "prompt"), ("option", "harm_scale", "mass_killing"),
# ("grade", "harm_scale", "2") (the grade's index), ("knockout", "just_cause", "0")…
TextKey = tuple[str, ...]


@dataclass(frozen=True)
class BaseText:
    key: TextKey
    path: Path  # where the base-language text is in the file
    translation_path: tuple[str | int, ...]  # where its translation goes, after translations.<lang>
    text: str


@dataclass(frozen=True)
class TranslationGap:
    """A text the playbook declares a language for but does not give in it (a warning: the
    base-language text is shown in its place)."""

    file: str
    line: int | None
    field: str  # the base-language text's field, e.g. criteria[0].questions[1].prompt
    language: str
    translation_field: str  # where the translation belongs, e.g. translations.fr.questions.x.prompt

    @property
    def problem(self) -> str:
        return (
            f"no {language_name(self.language)} text (expected at {self.translation_field}); "
            "the base-language text is shown in its place"
        )

    def one_line(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return " ".join(f"{where}: {self.field}: {self.problem}".split())

    def __str__(self) -> str:
        return self.one_line()


def texts_of(playbook: Playbook, routes_in_file: bool = True) -> Iterator[BaseText]:
    """Every human text of `playbook` a translation may give, in file order (empty texts,
    e.g. a knock-out without `because`, need none). Sources are cited as published and are
    not translated."""
    yield BaseText(("title",), ("title",), ("title",), playbook.title)
    yield BaseText(("description",), ("description",), ("description",), playbook.description)
    if routes_in_file and playbook.authority is not None:
        for index, route in enumerate(playbook.authority.routes):
            yield BaseText(("route", route.id), ("authority", "routes", index, "label"),
                           ("routes", route.id), route.label)
    for c_index, criterion in enumerate(playbook.criteria):
        at: Path = ("criteria", c_index)
        to: tuple[str | int, ...] = ("criteria", criterion.id)
        for name in ("title", "guidance"):
            yield BaseText(("criterion", criterion.id, name), (*at, name), (*to, name),
                           getattr(criterion, name))
        for q_index, question in enumerate(criterion.questions):
            yield from _question_texts(question, (*at, "questions", q_index))
        for k, knockout in enumerate(criterion.knockouts):
            yield BaseText(("knockout", criterion.id, str(k)), (*at, "knockouts", k, "because"),
                           (*to, "knockouts", k), knockout.because)
        for b_index, basis in enumerate(criterion.bases):
            b_at: Path = (*at, "bases", b_index)
            b_to = ("bases", basis.id)
            for name in ("title", "guidance"):
                yield BaseText(("basis", basis.id, name), (*b_at, name), (*b_to, name),
                               getattr(basis, name))
            for k, element in enumerate(basis.requires):
                yield BaseText(("requires", basis.id, str(k)), (*b_at, "requires", k, "because"),
                               (*b_to, "requires", k), element.because)


def _question_texts(question: Question, at: Path) -> Iterator[BaseText]:
    to = ("questions", question.id)
    for name in ("prompt", "guidance", "unit"):
        yield BaseText(("question", question.id, name), (*at, name), (*to, name),
                       getattr(question, name))
    for index, option in enumerate(question.options):
        yield BaseText(("option", question.id, option.id), (*at, "options", index, "label"),
                       (*to, "options", option.id), option.label)
    for index, grade in enumerate(question.grades):
        yield BaseText(("grade", question.id, str(index)), (*at, "grades", index, "label"),
                       (*to, "grades", index), grade.label)


def localize(playbook: Playbook, language: str | None) -> Playbook:
    """`playbook` with its texts in `language` where it has them, else in its base language."""
    chain = language_chain(language, playbook.language)
    if chain[0] == playbook.language or chain[0] not in playbook.translations:
        return playbook if playbook.shown_language == playbook.language else replace(
            playbook, shown_language=playbook.language)
    table = playbook.translations[chain[0]]

    def text(key: TextKey, base: str) -> str:
        return table.get(key, base) if base else base

    def condition(kind: str, owner: str, index: int, found: Condition) -> Condition:
        return replace(found, because=text((kind, owner, str(index)), found.because))

    def question(q: Question) -> Question:
        return replace(
            q,
            prompt=text(("question", q.id, "prompt"), q.prompt),
            guidance=text(("question", q.id, "guidance"), q.guidance),
            unit=text(("question", q.id, "unit"), q.unit),
            options=tuple(replace(o, label=text(("option", q.id, o.id), o.label))
                          for o in q.options),
            grades=tuple(replace(g, label=text(("grade", q.id, str(i)), g.label))
                         for i, g in enumerate(q.grades)),
        )

    def basis(b: LegalBasis) -> LegalBasis:
        return replace(
            b,
            title=text(("basis", b.id, "title"), b.title),
            guidance=text(("basis", b.id, "guidance"), b.guidance),
            requires=tuple(condition("requires", b.id, i, r) for i, r in enumerate(b.requires)),
        )

    def criterion(c: Criterion) -> Criterion:
        return replace(
            c,
            title=text(("criterion", c.id, "title"), c.title),
            guidance=text(("criterion", c.id, "guidance"), c.guidance),
            questions=tuple(question(q) for q in c.questions),
            knockouts=tuple(condition("knockout", c.id, i, k) for i, k in enumerate(c.knockouts)),
            bases=tuple(basis(b) for b in c.bases),
        )

    authority = playbook.authority
    if authority is not None:
        authority = replace(authority, routes=tuple(
            replace(r, label=table.get(("route", r.id), r.label)) for r in authority.routes
        ))
    return replace(
        playbook,
        title=text(("title",), playbook.title),
        description=text(("description",), playbook.description),
        criteria=tuple(criterion(c) for c in playbook.criteria),
        authority=authority,
        shown_language=chain[0],
    )
