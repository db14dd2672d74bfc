"""playbooks.phrases: an engine sentence is exactly its English text wherever it is stored or
compared, and can be said again in another language with that language's figures."""

from __future__ import annotations

import copy
import dataclasses
import gettext
import json
import pickle

from playbooks.phrases import (
    Figure,
    Phrase,
    PlaybookText,
    joined,
    phrase,
    phrase_plural,
    phrases_in,
    recognised,
)

FRENCH = {
    "{answer} scores {score}": "{answer} : note {score}",
    "{criterion} passes with {score} (needs {needed}): {drivers}.":
        "{criterion} est rempli avec {score} (seuil {needed}) : {drivers}.",
    "unanswered (required)": "sans réponse (obligatoire)",
    "lost field {x}": "champ perdu",
}


class French(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return FRENCH.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if singular == "{count} member":
            return "{count} membre" if n <= 1 else "{count} membres"
        return singular if n == 1 else plural


def comma(figure: Figure) -> str:
    return str(figure).replace(".", ",")


def sample() -> Phrase:
    note = phrase("{answer} scores {score}", answer="yes", score=Figure("1.00", 1.0))
    return phrase("{criterion} passes with {score} (needs {needed}): {drivers}.",
                  criterion="Just cause", score=Figure("0.85", 0.85),
                  needed=Figure("0.60", 0.6),
                  drivers=joined("; ", [note, phrase("unanswered (required)")]))


def test_a_phrase_is_its_english_text_wherever_it_goes() -> None:
    sentence = sample()
    english = "Just cause passes with 0.85 (needs 0.60): yes scores 1.00; unanswered (required)."
    assert sentence == english and str(sentence) == english and hash(sentence) == hash(english)
    assert json.dumps({"reasons": [sentence]}) == json.dumps({"reasons": [english]})
    for copied in (pickle.loads(pickle.dumps(sentence)), copy.deepcopy(sentence)):
        assert copied == english and isinstance(copied, Phrase)
        assert copied.render(French(), comma) == sentence.render(French(), comma)
    assert sentence.count("scores") == 1  # still every str method


def test_a_phrase_is_said_in_another_language_with_its_figures() -> None:
    assert sample().render(French(), comma) == (
        "Just cause est rempli avec 0,85 (seuil 0,60) : yes : note 1,00; "
        "sans réponse (obligatoire).")
    assert sample().render(gettext.NullTranslations()) == str(sample())


def test_plural_forms_follow_the_count_in_each_language() -> None:
    one = phrase_plural("{count} member", "{count} members", 1, count=Figure("1", 1, "count"))
    two = phrase_plural("{count} member", "{count} members", 2, count=Figure("2", 2, "count"))
    assert (one, two) == ("1 member", "2 members")
    assert (one.render(French()), two.render(French())) == ("1 membre", "2 membres")


def test_a_translation_that_lost_a_field_falls_back_to_english() -> None:
    assert phrase("lost field {x}", x="y").render(French()) == "lost field y"


def test_stored_text_takes_the_phrase_only_where_it_is_the_same_english() -> None:
    @dataclasses.dataclass(frozen=True)
    class Stored:
        reasons: tuple[str, ...]
        note: str

    fresh = Stored((sample(),), "other")
    stored = Stored((str(sample()), "a sentence written since"), "unanswered (required)")
    said = recognised(stored, phrases_in(fresh))
    assert said == stored
    assert isinstance(said.reasons[0], Phrase) and not isinstance(said.reasons[1], Phrase)
    assert not isinstance(said.note, Phrase)  # not a sentence of this evaluation


def test_a_playbook_s_text_inside_a_sentence_is_said_in_the_playbook_s_language() -> None:
    title = PlaybookText("Just cause {x}", {"fr": "Juste cause {x}"})
    sentence = phrase("{criterion} passes with {score} (needs {needed}): {drivers}.",
                      criterion=title, score=Figure("0.85", 0.85), needed=Figure("0.60", 0.6),
                      drivers="")
    assert title == "Just cause {x}" and sentence.startswith("Just cause {x} passes")
    assert sentence.render(French(), comma, "fr").startswith("Juste cause {x} est rempli")
    # a language the playbook lacks: its stored text; the catalogs never translate it
    assert sentence.render(French(), comma, "ja").startswith("Just cause {x} est rempli")
    assert title.render(French(), comma, "fr_CA") == "Juste cause {x}"
    copied = pickle.loads(pickle.dumps(sentence))
    assert copied.render(French(), comma, "fr") == sentence.render(French(), comma, "fr")
