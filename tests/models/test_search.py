"""Search: any text a user types works, on both databases, over every indexed field."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from models.db import Database
from models.search import search_assessments
from models.search_text import search_terms
from models.workflow import EvidenceInput, decide, revise
from tests.models.sample import add_members
from tests.models.test_workflow import PLAYBOOK, answer, complete_draft, new_draft

HOSTILE = [
    '"',
    "'",
    '""',
    "AND OR NOT",
    "NOT",
    "*",
    "**",
    "NEAR(",
    "NEAR(a b",
    "-",
    "--",
    "-strait",
    ":",
    "title:strait",
    "a:b:c",
    "(",
    ")",
    "{}",
    "[",
    "^",
    "\\",
    "%",
    "_",
    "a OR",
    "OR b",
    "\u200f",
    "\u200fمضيق\u200f",
    "\x00",
    "strait\x00",
    "'; DROP TABLE assessment; --",
    "&|!<->",
    "'strait':*",
    "Ωμέγα",
    "北京",
    "🙂",
    " ",
    "\t\n",
    "x" * 5000,
    "e\u0301",
]


@pytest.fixture
def filled(database: Database) -> dict[str, str]:
    add_members(database)
    strait = new_draft(database, "Maritime interdiction in the Strait")
    answer(
        database,
        strait,
        "gravity",
        2,
        rationale="Shipments of centrifuge parts intercepted",
        evidence=[
            EvidenceInput("Manifest shows dual-use lathes", "Port authority of Piraeus", "B", 2)
        ],
    )
    answer(database, strait, "positions", {"CRI": "endorse", "ISR": "abstain"})
    famine = new_draft(database, "Famine relief corridor")
    answer(database, famine, "gravity", 1, rationale="Harvest failure in São Paulo region")
    decided = complete_draft(database)  # titled like the first one: "Maritime interdiction…"
    decide(database, decided, decision="approve", by="minister", playbook=PLAYBOOK)
    return {"strait": strait, "famine": famine, "decided": decided}


def ids(page: object) -> set[str]:
    return {row.id for row in page.rows}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("famine", {"famine"}),  # title
        ("centrifuge", {"strait"}),  # rationale
        ("lathes", {"strait"}),  # evidence summary
        ("Piraeus", {"strait"}),  # evidence source
        ("Costa Rica", {"strait"}),  # name of a member whose position is recorded
        ("ISR", {"strait"}),  # its ISO code
        ("dual-use", {"strait"}),  # punctuation inside the words
        ("Sao Paulo", {"famine"}),  # accents folded
        ("SÃO PAULO", {"famine"}),
        ("mariti", {"strait", "decided"}),  # the last word is a prefix while typing
        ("interdiction strai", {"strait", "decided"}),
        ("maritime famine", set()),  # every word must match
        ("mariti ", set()),  # a finished word is a whole word
        ("Board flagged", {"strait", "famine", "decided"}),  # proposed action
    ],
)
def test_finds_by_every_indexed_field(
    database: Database, filled: dict[str, str], text: str, expected: set[str]
) -> None:
    page = search_assessments(database, text)
    assert ids(page) == {filled[name] for name in expected}
    assert page.total == len(expected)


def test_any_text_is_a_valid_search(database: Database, filled: dict[str, str]) -> None:
    for text in HOSTILE:
        for order in ("newest", "relevance"):
            page = search_assessments(database, text, order=order)
            assert page.total == len(page.rows) <= 3, text


def test_operators_are_plain_words(database: Database, filled: dict[str, str]) -> None:
    assert search_assessments(database, '"famine" OR "strait"').total == 0  # or is not in any
    assert ids(search_assessments(database, "famine -relief")) == {filled["famine"]}
    assert ids(search_assessments(database, "NEAR(famine")) == set()  # "near" is a word too
    assert ids(search_assessments(database, "\u200ffamine\u200f")) == {filled["famine"]}
    assert ids(search_assessments(database, "title:famine*")) == set()  # "title" is not there


def test_snippet_shows_where_the_text_was_found(database: Database, filled: dict) -> None:
    (row,) = search_assessments(database, "piraeus").rows
    assert row.snippet == "Port authority of Piraeus"
    (row,) = search_assessments(database, "centrif").rows
    assert "centrifuge" in row.snippet


def test_filters_and_order(database: Database, filled: dict[str, str]) -> None:
    everything = search_assessments(database)
    assert everything.total == 3
    assert [r.id for r in everything.rows] == [
        filled["decided"],
        filled["famine"],
        filled["strait"],
    ]
    oldest = search_assessments(database, order="oldest").rows
    assert [r.id for r in oldest] == [filled["strait"], filled["famine"], filled["decided"]]
    titles = [r.title for r in search_assessments(database, order="title").rows]
    assert titles == sorted(titles, key=str.lower)
    (decided,) = search_assessments(database, status="decided").rows
    assert (decided.id, decided.verdict, decided.decision) == (
        filled["decided"],
        "legitimate",
        "approve",
    )
    assert ids(search_assessments(database, verdict="legitimate")) == {filled["decided"]}
    assert ids(search_assessments(database, decision=["approve", "defer"])) == {filled["decided"]}
    assert search_assessments(database, decision="reject").total == 0
    assert search_assessments(database, status=("draft",)).total == 2
    assert search_assessments(database, playbook_id="other").total == 0
    assert search_assessments(database, "maritime", status="draft").total == 1
    today = datetime.now(UTC).date()
    assert search_assessments(database, date_from=today, date_to=today).total == 3
    assert search_assessments(database, date_to=today - timedelta(days=1)).total == 0
    assert search_assessments(database, date_from=date(2999, 1, 1)).total == 0
    page = search_assessments(database, limit=2, offset=2)
    assert page.total == 3 and len(page.rows) == 1


def test_relevance_ranks_the_better_match_first(database: Database, filled: dict) -> None:
    rows = search_assessments(database, "maritime", order="relevance").rows
    assert {r.id for r in rows} == {filled["strait"], filled["decided"]}


def test_revisions_are_indexed(database: Database, filled: dict[str, str]) -> None:
    new = revise(database, filled["decided"], actor="analyst")
    rows = search_assessments(database, "mass atrocities").rows
    assert {(r.id, r.status, r.revision) for r in rows} == {
        (filled["decided"], "superseded", 1),
        (new, "draft", 2),
    }


def test_the_same_words_on_both_databases() -> None:
    assert search_terms("Dual-use LATHES, São Paulo; 北京 \u200fمضيق") == [
        "dual",
        "use",
        "lathes",
        "sao",
        "paulo",
        "北",
        "北京",
        "京",
        "مضيق",
    ]
    assert search_terms("AND OR NOT NEAR( * - : \" '") == ["and", "or", "not", "near"]


# Issue 17 item 5: words typed in the languages the Concert's members govern in find the
# assessments holding them, prefixes included, on SQLite and PostgreSQL alike.
IN_LANGUAGES = {
    "fr": ("Corridor humanitaire vers Göteborg", "Les réfugiés arrivent à la frontière"),
    "he": ("מסדרון הומניטרי", "הפליטים מגיעים לגבול הצפוני"),
    "ar": ("ممر إنساني", "يصل اللاجئون إلى الحدود الشمالية"),
    "ja": ("人道回廊の設置", "難民が北部国境に到着している"),
    "hi": ("मानवीय गलियारा", "शरणार्थी उत्तरी सीमा पर पहुँच रहे हैं"),
}


@pytest.fixture
def in_languages(database: Database) -> dict[str, str]:
    made = {}
    for language, (title, rationale) in IN_LANGUAGES.items():
        made[language] = new_draft(database, title)
        answer(database, made[language], "gravity", 2, rationale=rationale)
    return made


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("réfugiés", "fr"),  # accents as typed
        ("refugies", "fr"),  # and folded
        ("REFUG", "fr"),  # a prefix while typing
        ("goteborg", "fr"),
        ("הפליטים", "he"),
        ("הפלי", "he"),
        ("اللاجئون", "ar"),
        ("اللاج", "ar"),
        ("難民", "ja"),  # a word inside a sentence with no spaces
        ("国境", "ja"),
        ("北部国境", "ja"),
        ("回廊", "ja"),  # in the title
        ("人", "ja"),  # one character typed so far
        ("शरणार्थी", "hi"),
        ("शरणा", "hi"),
        ("सीमा", "hi"),
    ],
)
def test_words_typed_in_any_language_find_their_assessment(
    database: Database, in_languages: dict[str, str], text: str, expected: str
) -> None:
    page = search_assessments(database, text)
    assert ids(page) == {in_languages[expected]}, text
    (row,) = page.rows
    assert row.snippet, text  # and the snippet shows where


def test_unspaced_words_not_in_the_text_find_nothing(
    database: Database, in_languages: dict[str, str]
) -> None:
    assert search_assessments(database, "東京").total == 0
    assert search_assessments(database, "国難").total == 0  # both characters there, not as a pair


def test_an_upgraded_record_finds_words_of_unspaced_scripts(
    database: Database, in_languages: dict[str, str]
) -> None:
    """Migration 0011_unspaced_search_terms: a record indexed before it (a Japanese sentence
    stored as one term) finds a word inside that sentence once upgraded."""
    import sqlalchemy as sa
    from alembic import command

    from models.migrations.runner import alembic_config, head_revision

    japanese = in_languages["ja"]
    before_words = "人道回廊の設置 難民が北部国境に到着している"  # runs as the old index kept them
    with database._write_engine.begin() as connection:
        if database.dialect == "sqlite":
            connection.execute(sa.text(
                "UPDATE assessment_search_text SET terms = :terms WHERE doc_id = (SELECT doc_id "
                "FROM assessment_search WHERE assessment_id = :id)"),
                {"terms": before_words, "id": japanese})
        else:
            connection.execute(sa.text(
                "UPDATE assessment_search SET document = array_to_tsvector(CAST(:terms AS "
                "TEXT[])) WHERE assessment_id = :id"),
                {"terms": before_words.split(), "id": japanese})
    # Back to the revision before 0011, so that 0011 runs again.
    from alembic.script import ScriptDirectory

    before = ScriptDirectory.from_config(alembic_config()).get_revision(
        "0011_unspaced_search_terms").down_revision
    with database._write_engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = :old"),
                           {"old": before})
    # The old index: one long term, found only by its beginning.
    assert search_assessments(database, "国境").total == 0
    assert search_assessments(database, "回廊").total == 0
    # Migration 0011 alone (the later ones made their tables already), then back at the head.
    with database._write_engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0011_unspaced_search_terms")
        connection.execute(sa.text("UPDATE alembic_version SET version_num = :head"),
                           {"head": head_revision()})
    assert ids(search_assessments(database, "国境")) == {japanese}
    assert ids(search_assessments(database, "回廊")) == {japanese}
    assert ids(search_assessments(database, "refugies")) == {in_languages["fr"]}  # untouched
