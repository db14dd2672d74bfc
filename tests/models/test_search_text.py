"""Words and snippets: the index and the query must agree on what a word is, for any text, and a
snippet shows the line where a searched word is."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from models.search_text import (
    MAX_TOKEN_CHARS,
    SNIPPET_CHARS,
    _fold,
    is_unspaced,
    make_snippet,
    query_tokens,
    search_terms,
)


def unspaced(character: str) -> bool:
    """Han ideographs, Hiragana and Katakana, by their Unicode names (scripts written
    without spaces between words)."""
    name = unicodedata.name(character, "")
    return name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH",
                            "HIRAGANA", "KATAKANA", "HENTAIGANA"))


def reference_terms(text: str) -> list[str]:
    """The definition, written plainly: runs of letters, digits and spacing marks (Unicode
    categories L, N and Mc) in the text with case folded, decomposed and combining marks
    (Mn) dropped, each cut to MAX_TOKEN_CHARS; characters of the unspaced scripts stand each
    alone and with the next one of them. Every stored index holds these tokens."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    tokens: list[str] = []
    current: list[str] = []

    def end_word() -> None:
        if current:
            tokens.append("".join(current)[:MAX_TOKEN_CHARS])
            current.clear()

    for at, character in enumerate(folded):
        category = unicodedata.category(character)
        is_token = category[0] in "LN" or category == "Mc"
        if unspaced(character) and is_token:
            end_word()
            tokens.append(character)
            following = folded[at + 1 : at + 2]
            if following and unspaced(following) and unicodedata.category(following)[0] in "LN":
                tokens.append(character + following)
        elif is_token:
            current.append(character)
        else:
            end_word()
    end_word()
    return tokens


MIXED = [
    "Dual-use LATHES, São Paulo; 北京 \u200fمضيق",
    "e\u0301té ﬁne STRASSE Straße ǅ µ",
    "हिन्दी भाषा में राष्ट्र",  # Devanagari: vowel signs are spacing marks (Mc)
    "தமிழ் நாடு",
    "a_b c__d x²³ ½ Ⅻ ١٢٣",
    "\u0301abc ا\u064bب",
    "Argentina (ARG) · Côte d’Ivoire (CIV) — Türkiye (TUR)",
    "x" * 70 + " " + "é" * 70,
]


def test_every_letter_and_digit_is_a_word_character_and_nothing_else() -> None:
    # The tokenizer's fast path rests on this: Python's alphanumerics are exactly the Unicode
    # categories L and N, and spacing marks (Mc) are never among them.
    word = re.compile(r"[^\W_]")
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        category = unicodedata.category(character)
        assert (word.match(character) is not None) == (category[0] in "LN"), hex(code)


def test_folding_never_makes_or_removes_a_line_break() -> None:
    # Snippets fold the lines of a text one by one and join them with "\n".
    breaks = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        if character.casefold() == character and not unicodedata.decomposition(character):
            continue  # folds to itself, or to nothing (a combining mark)
        folded = _fold(character)
        assert len(folded.splitlines()) <= 1 or character in breaks, hex(code)
        assert not any(b in folded for b in breaks) or character in breaks, hex(code)


def test_the_words_of_mixed_scripts() -> None:
    for text in MIXED:
        assert search_terms(text) == reference_terms(text), text
    assert search_terms("भाषा में") == ["भाषा", "म"]  # ा is a spacing mark, ें combining
    assert search_terms("a_b") == ["a", "b"]
    # Kana's voicing mark is a combining mark, folded away as accents are: で is indexed as て.
    assert search_terms("東京都で ASEANの会議") == [
        "東", "東京", "京", "京都", "都", "都て", "て", "asean", "の", "の会", "会", "会議", "議"]


def test_unspaced_scripts_are_asked_for_by_neighbouring_pairs() -> None:
    # Every pair a query asks for is in the index of the text it was typed from.
    assert query_tokens("東京都庁") == (["東京", "京都", "都庁"], True)
    assert query_tokens("東") == (["東"], True)
    assert query_tokens("会議 asea") == (["会議", "asea"], True)
    assert query_tokens("カタカナ ") == (["カタ", "タカ", "カナ"], False)
    assert query_tokens("ｶﾀｶﾅ")[0] == ["カタ", "タカ", "カナ"]  # half-width folds to full
    line = "東京都庁の会議について"
    assert make_snippet(f"Title\n{line}", ["都庁"], False) == line


def test_the_unspaced_scripts_are_exactly_those_named_so() -> None:
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        if unicodedata.category(character)[0] in "LN":
            assert is_unspaced(character) == unspaced(character), hex(code)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("東京都のカナ会議 ab\u3099・")), max_size=30))
def test_what_a_query_asks_for_is_in_the_index_of_its_own_text(text: str) -> None:
    tokens, _prefix = query_tokens(text)
    assert set(tokens) <= set(search_terms(text))
    assert search_terms(text) == reference_terms(text)


@settings(max_examples=600, deadline=None)
@given(st.text(max_size=80))
def test_the_words_of_any_text_are_what_the_index_holds(text: str) -> None:
    assert search_terms(text) == reference_terms(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aé e\u0301ा्क·—_-\n\r\t5ǅß")), max_size=60))
def test_the_words_of_marks_and_separators(text: str) -> None:
    assert search_terms(text) == reference_terms(text)


def reference_line(content: str, tokens: list[str], prefix: bool) -> str | None:
    """The first line holding a searched word (the last one as a prefix)."""
    wanted = set(tokens[:-1] if prefix else tokens)
    for line in content.splitlines():
        for word in reference_terms(line):
            if word in wanted or (prefix and word.startswith(tokens[-1])):
                return line
    return None


def assert_snippet_from_line(content: str, tokens: list[str], prefix: bool) -> None:
    snippet = make_snippet(content, tokens, prefix)
    line = reference_line(content, tokens, prefix)
    if line is None:
        assert snippet == ""
    elif len(line) <= SNIPPET_CHARS:
        assert snippet == line
    else:
        assert snippet.strip("…") in line and len(snippet.strip("…")) == SNIPPET_CHARS


def test_a_snippet_is_the_first_line_holding_a_searched_word() -> None:
    content = "\n".join([
        "Maritime interdiction in the Strait",
        "Software warranty expired",  # "war" inside other words does not count
        "Shipments of centrifuge parts intercepted; the war widened",
        "Argentina (ARG) · Costa Rica (CRI) · Türkiye (TUR)",
        "São Paulo harvest failure",
        "हिन्दी भाषा में",
    ])  # fmt: skip
    assert make_snippet(content, ["war"], False) == content.splitlines()[2]
    assert make_snippet(content, ["war"], True) == "Software warranty expired"  # a prefix
    assert make_snippet(content, ["turkiye"], False) == content.splitlines()[3]
    assert make_snippet(content, ["sao", "pau"], True) == "São Paulo harvest failure"
    assert make_snippet(content, ["भाषा"], False) == "हिन्दी भाषा में"
    assert make_snippet(content, ["भा"], True) == "हिन्दी भाषा में"
    assert make_snippet(content, ["absent"], False) == ""
    for tokens, prefix in ((["war"], False), (["cri"], False), (["paulo", "ha"], True)):
        assert_snippet_from_line(content, tokens, prefix)


def test_a_long_line_is_cut_around_the_word() -> None:
    line = "Before " + "filler words " * 30 + "the centrifuge cascade " + "more text " * 30
    snippet = make_snippet("Title\n" + line, ["centrif"], True)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "centrifuge" in snippet and len(snippet) == SNIPPET_CHARS + 2
    # The word's own place, not an earlier piece of another word ("arms" in "farmsteads").
    line = "farmsteads " * 20 + "arms embargo " + "x " * 100
    assert "arms embargo" in make_snippet(line, ["arms"], False)


def test_windows_line_ends_and_other_breaks() -> None:
    content = "First line\r\nsecond line with Piraeus\r\nthird\x1cfourth Piraeus"
    assert make_snippet(content, ["piraeus"], False) == "second line with Piraeus"
    assert make_snippet(content, ["fourth"], False) == "fourth Piraeus"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abé e\u0301ा्क·—_-5 ßSS")), max_size=200),
        min_size=1,
        max_size=6,
    ),
    st.lists(
        st.text(alphabet=st.sampled_from(list("abek5ßsा")), min_size=1, max_size=4),
        min_size=1,
        max_size=3,
    ),
    st.booleans(),
)
def test_any_snippet_comes_from_the_first_line_holding_a_word(
    lines: list[str], words: list[str], prefix: bool
) -> None:
    tokens = [t for word in words for t in search_terms(word)]
    if tokens:
        assert_snippet_from_line("\n".join(lines), tokens, prefix)
