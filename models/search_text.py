"""Words and snippets for search: what a word is, and where a searched word shows in a text.

Pure text handling, with no database: `search_terms` folds case and accents and splits on
anything that is not a letter, digit or spacing mark; it is the single definition of a word,
used both for the stored index (models.search.reindex_assessment, and the bench loaders) and
for a query (`query_tokens`, whose last word is a prefix while the user is still typing).
`make_snippet` / `SnippetFinder` show the first line of an assessment's indexed text that holds
a searched word, cut around it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

MAX_TOKEN_CHARS = 60  # longer tokens are cut (both when indexing and when querying)
MAX_QUERY_TOKENS = 16
# Only the first 16 words count, so longer text is cut before it is read: a pasted 10 MB text
# otherwise took seconds to tokenize and fold before matching the same 16 words.
MAX_QUERY_CHARS = 2_000
SNIPPET_CHARS = 160

_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
# Python's alphanumerics ([^\W_]) are exactly the Unicode categories L and N (checked over every
# code point by tests/models/test_search_text.py); spacing marks (Mc), the other token
# characters, are none of them and rare: text holding one gets them added to the class.
_WORD_RUN = re.compile(r"[^\W_]+")
_NON_ASCII_NON_WORD = re.compile(r"[^\w\x00-\x7f]")  # where a spacing mark could be


def _fold(text: str) -> str:
    """Case and accents folded: casefold, compatibility decomposition, combining marks dropped."""
    if text.isascii():  # the same result, without the decomposition
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii() or _below_combining_marks(decomposed):
        return decomposed
    # Only the distinct characters are classified (the per-character walk over every letter of
    # a 3 kB text was most of a snippet's time).
    marks = [c for c in set(decomposed) if c > "\x7f" and unicodedata.category(c) == "Mn"]
    if not marks:
        return decomposed
    return re.sub(f"[{''.join(sorted(marks))}]", "", decomposed)


def _below_combining_marks(text: str) -> bool:
    """Whether every character of `text` is below U+0300, where combining and spacing marks
    begin (Latin-1 text such as a '·' between member names: no character needs classifying)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _is_token_char(character: str) -> bool:
    category = unicodedata.category(character)
    return category[0] in "LN" or category == "Mc"


def _spacing_marks(folded: str) -> list[str]:
    """The distinct spacing marks (category Mc) in `folded`."""
    if folded.isascii() or _below_combining_marks(folded):
        return []
    odd = set(_NON_ASCII_NON_WORD.findall(folded))
    return sorted(c for c in odd if unicodedata.category(c) == "Mc")


def _word_runs(folded: str) -> re.Pattern[str]:
    """The pattern of a word (a maximal run of letters, digits and spacing marks) in `folded`."""
    if folded.isascii():  # capitals too: 𝓐 folds to A
        return _ASCII_WORD
    marks = _spacing_marks(folded)
    if not marks:
        return _WORD_RUN
    return re.compile(f"(?:[^\\W_]|[{''.join(marks)}])+")


def _words(folded: str) -> list[str]:
    """The words of folded text, in order."""
    return _word_runs(folded).findall(folded)


# Scripts written without spaces between words: Han ideographs (Chinese, Japanese kanji),
# Hiragana and Katakana. A word there cannot be told from its neighbours without a dictionary,
# so a run of these characters is indexed as each character and each pair of neighbouring
# characters (overlapping bigrams, the method full-text engines long used for Chinese and
# Japanese), and a query as its bigrams: 東京都庁 is found by 東京 and by 都庁.
_UNSPACED = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U0001aff0-\U0001b16f\U00020000-\U0003134f]+"
)


def has_unspaced(text: str) -> bool:
    """Whether `text` holds any character of a script written without spaces between words."""
    return _UNSPACED.search(text) is not None


def is_unspaced(character: str) -> bool:
    """Whether `character` belongs to a script written without spaces between words."""
    return _UNSPACED.fullmatch(character) is not None


def _segments(word: str) -> list[tuple[str, bool]]:
    """`word` cut where it passes between unspaced and other characters: (part, unspaced)."""
    if word.isascii():
        return [(word, False)]
    parts: list[tuple[str, bool]] = []
    at = 0
    for run in _UNSPACED.finditer(word):
        if run.start() > at:
            parts.append((word[at : run.start()], False))
        parts.append((run.group(), True))
        at = run.end()
    if at < len(word):
        parts.append((word[at:], False))
    return parts


def _index_grams(run: str) -> list[str]:
    """Each character of an unspaced run, and each pair of neighbours, in order."""
    grams: list[str] = []
    for at, character in enumerate(run):
        grams.append(character)
        if at + 1 < len(run):
            grams.append(run[at : at + 2])
    return grams


def _query_grams(run: str) -> list[str]:
    """The pairs of neighbours of an unspaced run (the character itself when alone)."""
    return [run] if len(run) == 1 else [run[at : at + 2] for at in range(len(run) - 1)]


def _terms(text: str, grams: Callable[[str], list[str]]) -> list[str]:
    terms: list[str] = []
    for word in _words(_fold(text)):
        for part, unspaced in _segments(word):
            if unspaced:
                terms.extend(grams(part))
            else:
                terms.append(part[:MAX_TOKEN_CHARS])
    return terms


def search_terms(text: str) -> list[str]:
    """The tokens of `text` the index stores, in order (duplicates kept): the single definition
    of a word.

    A word is a maximal run of letters, digits and spacing marks (categories L, N, Mc) in the
    folded text, cut to MAX_TOKEN_CHARS; where a word holds characters of an unspaced script
    (see _UNSPACED), those stand as their characters and neighbouring pairs, and the rest of
    the word as words of its own. Any change of this definition needs a migration that
    re-indexes the assessments it changes (0011_unspaced_search_terms did, for the unspaced
    scripts)."""
    return _terms(text, _index_grams)


# --- queries and snippets ---------------------------------------------------------------------


def query_tokens(text: str) -> tuple[list[str], bool]:
    """The tokens to match and whether the last one is a prefix (the user is still typing):
    the words of `text` as search_terms makes them, except that an unspaced run is asked for
    by its neighbouring pairs only (each of them is in the index)."""
    text = text[:MAX_QUERY_CHARS]
    tokens = _terms(text.replace("\x00", ""), _query_grams)[:MAX_QUERY_TOKENS]
    typing = bool(tokens) and bool(text) and _is_token_char(_fold(text.rstrip("\x00"))[-1:] or " ")
    return tokens, typing


class SnippetFinder:
    """Finds where the searched words are in an assessment's indexed text: the first line that
    holds one of them (the last as a prefix while typing), cut around it.

    Lines are folded one at a time (most are ASCII: lower case is their folding) until one
    holds a word: one regular expression per word, which starts with the word itself so that
    the regex engine finds it by its fast literal search. A word boundary is any character that
    is not a token character."""

    def __init__(self, tokens: list[str], prefix: bool) -> None:
        self.tokens = tokens
        self.prefix = prefix

    @functools.cached_property
    def patterns(self) -> list[re.Pattern[str]]:
        # Compiled when a snippet is first cut (a row's tooltip), not with every search typed:
        # most pages show none, and compiling a new word's patterns took ~0.3 ms a search
        # (cProfile, SQLite 10k: a fifth of the page's own statement).
        last = self.tokens[-1] if self.prefix else None
        words = [(token, token == last) for token in dict.fromkeys(self.tokens)]
        return [
            re.compile(re.escape(token)) if is_unspaced(token[0]) else  # no word boundaries
            re.compile(
                re.escape(token)
                + rf"(?<![^\W_]{re.escape(token)})"  # no token character before it
                + ("" if is_prefix or len(token) >= MAX_TOKEN_CHARS else r"(?![^\W_])")
            )
            for token, is_prefix in words
        ]  # fmt: skip

    def snippet(self, content: str) -> str:
        # Line by line, stopping at the first hit: most hits are in the first lines (title,
        # action, crisis), and a line that does not hold a word's letters is skipped at once.
        for line in content.splitlines():
            folded = line.lower() if line.isascii() else _fold(line)
            if not any(token in folded for token in self.tokens):
                continue
            if _spacing_marks(folded):  # rare scripts: [^\W_] is not their word boundary
                where = _first_word_by_tokenizer(folded, self.tokens, self.prefix)
            else:
                where = self._first_word(folded)
            if where is not None:
                return _cut(line, where)
        return ""

    def _first_word(self, folded: str) -> int | None:
        found = [m.start() for m in map(lambda p: p.search(folded), self.patterns) if m]
        return min(found, default=None)


def make_snippet(content: str, tokens: list[str], prefix: bool) -> str:
    """The first line of `content` holding a searched word, cut around it."""
    return SnippetFinder(tokens, prefix).snippet(content) if tokens else ""


def _first_word_by_tokenizer(folded: str, tokens: list[str], prefix: bool) -> int | None:
    """Where the first searched word of a folded line starts, found with the tokenizer itself
    (for text with spacing marks, which the word patterns' boundaries do not know)."""
    wanted = set(tokens[:-1] if prefix else tokens)
    last = tokens[-1] if prefix else None
    for found in _word_runs(folded).finditer(folded):
        word = found.group()[:MAX_TOKEN_CHARS]
        if word in wanted or (last is not None and word.startswith(last)):
            return found.start()
    return None


def _cut(line: str, where: int) -> str:
    """`line`, or SNIPPET_CHARS of it around position `where` (in its folded text; the same
    position when folding kept the length, near it otherwise)."""
    if len(line) <= SNIPPET_CHARS:
        return line
    start = max(0, min(where - SNIPPET_CHARS // 3, len(line) - SNIPPET_CHARS))
    text = line[start : start + SNIPPET_CHARS]
    return ("…" if start else "") + text + ("…" if start + SNIPPET_CHARS < len(line) else "")
