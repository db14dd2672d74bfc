"""Synthetic but plausible text for the benchmark records: titles, crises, rationales, evidence.

Word frequencies follow a Zipf-like curve (a few words everywhere, most words rare), so full-text
queries range from "matches half the record" to "matches a handful", as in a real archive.
Place names are made from syllables, so thousands of distinct crises exist and a name typed in
search finds only the assessments about that crisis.

Everything is drawn from a seeded random generator: the same seed gives the same text.
Sentences are built once into a pool and then reused, which keeps building 100k records fast.
"""

from __future__ import annotations

import functools
import json
import random
from dataclasses import dataclass, replace

from models.search_text import search_terms

# Words of the trade, roughly from common to rare within each list.
NOUNS = [
    "situation",
    "government",
    "forces",
    "population",
    "action",
    "assessment",
    "members",
    "council",
    "report",
    "evidence",
    "risk",
    "operation",
    "measures",
    "region",
    "border",
    "capital",
    "authorities",
    "civilians",
    "mission",
    "sanctions",
    "partners",
    "security",
    "conflict",
    "ministry",
    "intelligence",
    "support",
    "aid",
    "refugees",
    "corridor",
    "ceasefire",
    "militia",
    "shipment",
    "cargo",
    "vessel",
    "port",
    "airspace",
    "convoy",
    "outbreak",
    "vaccine",
    "quarantine",
    "hospitals",
    "supplies",
    "embargo",
    "assets",
    "exports",
    "imports",
    "election",
    "parliament",
    "judiciary",
    "opposition",
    "press",
    "courts",
    "constitution",
    "referendum",
    "escalation",
    "deterrence",
    "interdiction",
    "inspection",
    "monitoring",
    "observers",
    "envoy",
    "mandate",
    "coalition",
    "alliance",
    "secretariat",
    "resolution",
    "veto",
    "quorum",
    "tribunal",
    "prosecutor",
    "displacement",
    "famine",
    "drought",
    "flooding",
    "earthquake",
    "epidemic",
    "cholera",
    "measles",
    "infrastructure",
    "pipeline",
    "reactor",
    "enrichment",
    "centrifuge",
    "missile",
    "warhead",
    "precursor",
    "broker",
    "shipping",
    "insurer",
    "bank",
    "exchange",
    "currency",
    "tariff",
    "licence",
    "waiver",
    "exemption",
    "garrison",
    "brigade",
    "battalion",
    "frigate",
    "submarine",
    "drone",
    "airstrike",
    "blockade",
    "checkpoint",
    "detention",
    "torture",
    "disappearance",
    "massacre",
    "atrocity",
    "persecution",
    "expulsion",
    "siege",
    "negotiation",
    "mediation",
    "talks",
    "settlement",
    "amnesty",
    "transition",
    "roadmap",
    "benchmark",
]
ADJECTIVES = [
    "joint",
    "regional",
    "national",
    "military",
    "civilian",
    "humanitarian",
    "limited",
    "urgent",
    "credible",
    "reliable",
    "independent",
    "proportionate",
    "lawful",
    "targeted",
    "sustained",
    "temporary",
    "partial",
    "full",
    "immediate",
    "gradual",
    "coordinated",
    "unilateral",
    "multilateral",
    "significant",
    "severe",
    "grave",
    "serious",
    "moderate",
    "minor",
    "large",
    "small",
    "widespread",
    "systematic",
    "deliberate",
    "recent",
    "reported",
    "confirmed",
    "alleged",
    "unverified",
    "disputed",
    "northern",
    "southern",
    "eastern",
    "western",
    "coastal",
    "inland",
    "mountainous",
    "remote",
    "diplomatic",
    "economic",
    "financial",
    "maritime",
    "aerial",
    "naval",
    "logistical",
    "medical",
    "electoral",
    "judicial",
    "constitutional",
    "fragile",
    "contested",
    "provisional",
]
VERBS = [
    "supports",
    "confirms",
    "suggests",
    "indicates",
    "shows",
    "requires",
    "limits",
    "prevents",
    "reduces",
    "increases",
    "threatens",
    "protects",
    "documents",
    "reports",
    "estimates",
    "assesses",
    "exceeds",
    "undermines",
    "strengthens",
    "delays",
    "restricts",
    "permits",
    "obliges",
    "endorses",
    "opposes",
    "verifies",
    "contradicts",
    "corroborates",
    "outlines",
    "recommends",
    "warns",
    "anticipates",
]
CONNECTORS = [
    "in",
    "near",
    "across",
    "within",
    "along",
    "beyond",
    "around",
    "towards",
    "against",
    "after",
    "before",
    "during",
    "despite",
    "under",
    "without",
]
SOURCES = (
    "Embassy cable",
    "Field report",
    "Satellite imagery analysis",
    "UN OCHA situation report",
    "ICRC briefing",
    "Defence intelligence summary",
    "Open-source monitoring group",
    "Partner liaison officer",
    "Ministry of Health bulletin",
    "Election observation mission",
    "Customs and shipping records",
    "Legal adviser's opinion",
    "Human rights monitor",
    "WHO disease outbreak news",
    "Financial intelligence unit",
)
ACTION_KINDS = (
    "Protection corridor",
    "Naval interdiction",
    "Targeted sanctions",
    "Air exclusion zone",
    "Evacuation operation",
    "Vaccination campaign",
    "Arms embargo",
    "Asset freeze",
    "Membership review",
    "Peace enforcement mission",
    "Border monitoring mission",
    "Cargo inspection regime",
    "Humanitarian airlift",
    "Travel ban",
    "Quarantine support mission",
)
SYLLABLES = [
    "ka",
    "ra",
    "na",
    "mo",
    "lu",
    "te",
    "vi",
    "sa",
    "do",
    "ri",
    "an",
    "el",
    "or",
    "ba",
    "ze",
    "qu",
    "ta",
    "ni",
    "ko",
    "li",
    "ma",
    "su",
    "pe",
    "dar",
    "vel",
    "mor",
    "tan",
    "kel",
    "bor",
    "sar",
    "lin",
    "gor",
    "fen",
    "hal",
    "zor",
    "tek",
    "mir",
    "nav",
    "os",
    "ul",
    "et",
    "ib",
]
PLACE_SUFFIXES = ("", "", "", "ia", "stan", "land", " Basin", " Delta", " Coast", " Highlands")


def _zipf_weights(count: int, exponent: float = 1.05) -> list[float]:
    return [1.0 / (rank**exponent) for rank in range(1, count + 1)]


@dataclass(frozen=True)
class Paragraph:
    text: str
    terms: tuple[str, ...]  # its search terms, in order (models.search_text.search_terms)
    encoded: str  # as a JSON string (for hand-assembled canonical JSON)


@dataclass(frozen=True)
class Corpus:
    sentences: tuple[str, ...]  # pool of prose sentences
    sentence_terms: tuple[tuple[str, ...], ...]  # the search terms of each sentence
    places: tuple[str, ...]  # invented place names, one per "crisis theatre"
    seed: int
    short: tuple[Paragraph, ...] = ()  # 1–2 sentences: summaries, details
    long: tuple[Paragraph, ...] = ()  # 1–3 sentences: rationales, dissents

    def paragraph(self, rng: random.Random, low: int, high: int) -> str:
        return self.paragraph_with_terms(rng, low, high)[0]

    def paragraph_with_terms(
        self, rng: random.Random, low: int, high: int
    ) -> tuple[str, list[str]]:
        """Sentences joined by spaces, and their search terms in order (a space never joins
        two tokens, so the terms of the whole are the terms of the parts, concatenated)."""
        picks = [rng.randrange(len(self.sentences)) for _ in range(rng.randint(low, high))]
        terms: list[str] = []
        for index in picks:
            terms.extend(self.sentence_terms[index])
        return " ".join(self.sentences[i] for i in picks), terms


def _place(rng: random.Random) -> str:
    body = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return body.capitalize() + rng.choice(PLACE_SUFFIXES)


def _sentence(rng: random.Random, weights: dict[str, list[float]], places: list[str]) -> str:
    def pick(words: list[str] | tuple[str, ...], key: str) -> str:
        return rng.choices(words, weights[key])[0]

    noun = lambda: pick(NOUNS, "nouns")  # noqa: E731
    adjective = lambda: pick(ADJECTIVES, "adjectives")  # noqa: E731
    clauses = [
        f"the {adjective()} {noun()} {pick(VERBS, 'verbs')} the {noun()} of the {noun()}",
        f"{rng.choice(CONNECTORS)} {rng.choice(places)} the {noun()} {pick(VERBS, 'verbs')} "
        f"{adjective()} {noun()}",
        f"an estimated {rng.randint(2, 900) * 100:,} {noun()} {pick(VERBS, 'verbs')} "
        f"{adjective()} {noun()} {rng.choice(CONNECTORS)} the {noun()}",
        f"{adjective()} {noun()} and {adjective()} {noun()} {pick(VERBS, 'verbs')} the {noun()}",
    ]
    first, second = rng.sample(clauses, 2)
    text = f"{first}, while {second}" if rng.random() < 0.5 else first
    return text[0].upper() + text[1:] + "."


@functools.lru_cache(maxsize=4)
def build_corpus(seed: int, sentences: int = 12_000, places: int = 4_000) -> Corpus:
    rng = random.Random(seed)
    place_names = sorted({_place(rng) for _ in range(places)})
    rng.shuffle(place_names)
    weights = {
        "nouns": _zipf_weights(len(NOUNS)),
        "adjectives": _zipf_weights(len(ADJECTIVES)),
        "verbs": _zipf_weights(len(VERBS)),
    }
    pool = tuple(_sentence(rng, weights, place_names) for _ in range(sentences))
    corpus = Corpus(pool, tuple(tuple(search_terms(s)) for s in pool), tuple(place_names), seed)

    def paragraphs(count: int, low: int, high: int) -> tuple[Paragraph, ...]:
        made = []
        for _ in range(count):
            text, terms = corpus.paragraph_with_terms(rng, low, high)
            made.append(Paragraph(text, tuple(terms), json.encoder.encode_basestring(text)))
        return tuple(made)

    # Paragraphs are drawn from pools (rationales recur in a real archive too): making a
    # million of them afresh would dominate building the large records.
    return replace(
        corpus, short=paragraphs(sentences * 3, 1, 2), long=paragraphs(sentences * 5, 1, 3)
    )
