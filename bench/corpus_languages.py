"""Synthetic case text in French, Japanese, Hebrew, Arabic and Hindi, for the multilingual part
of the search benchmark (issue 17 item 5: search in every language).

Each language gives the same shapes as bench/corpus.py's English: a pool of prose sentences
(words on a Zipf-like curve, invented places), short and long paragraphs drawn from it, and the
titles and openings of a case. French carries accents (a search typed without them must find
them); Japanese is written without spaces between words (search must find a word inside a
sentence); Hebrew runs right to left, with its definite article joined to the noun. The text
is plausible rather than literary: enough that typed queries are words people would type.
Arabic and Hindi (Devanagari) are written in bench.corpus_ar_hi.

Everything is drawn from a seeded random generator: the same seed gives the same text.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from bench import corpus_ar_hi as ar_hi
from bench.corpus import Corpus, Paragraph, _zipf_weights
from models.search_text import search_terms

LANGUAGES = ("fr", "ja", "he", "ar", "hi")

# --- French ------------------------------------------------------------------------------------

# (noun, gender) — the article follows: le/la/l'/les.
FR_NOUNS = [
    ("situation", "f"), ("gouvernement", "m"), ("forces", "fp"), ("population", "f"),
    ("action", "f"), ("évaluation", "f"), ("membres", "mp"), ("conseil", "m"),
    ("rapport", "m"), ("preuves", "fp"), ("risque", "m"), ("opération", "f"),
    ("mesures", "fp"), ("région", "f"), ("frontière", "f"), ("capitale", "f"),
    ("autorités", "fp"), ("civils", "mp"), ("mission", "f"), ("sanctions", "fp"),
    ("partenaires", "mp"), ("sécurité", "f"), ("conflit", "m"), ("ministère", "m"),
    ("renseignement", "m"), ("soutien", "m"), ("aide", "f"), ("réfugiés", "mp"),
    ("corridor", "m"), ("cessez-le-feu", "m"), ("milice", "f"), ("cargaison", "f"),
    ("navire", "m"), ("port", "m"), ("espace aérien", "m"), ("convoi", "m"),
    ("épidémie", "f"), ("quarantaine", "f"), ("vaccin", "m"), ("hôpitaux", "mp"),
    ("embargo", "m"), ("avoirs", "mp"), ("élections", "fp"), ("délégation", "f"),
    ("traité", "m"), ("accord", "m"), ("résolution", "f"), ("enquête", "f"),
    ("témoins", "mp"), ("détenus", "mp"), ("déplacés", "mp"), ("famine", "f"),
    ("récoltes", "fp"), ("carburant", "m"), ("centrale", "f"), ("centrifugeuses", "fp"),
    ("missiles", "mp"), ("drones", "mp"), ("artillerie", "f"), ("blocus", "m"),
    ("côte", "f"), ("détroit", "m"), ("vallée", "f"), ("camps", "mp"),
]
# (masculine, feminine, masculine plural, feminine plural)
FR_ADJECTIVES = [
    ("grave", "grave", "graves", "graves"),
    ("régional", "régionale", "régionaux", "régionales"),
    ("militaire", "militaire", "militaires", "militaires"),
    ("humanitaire", "humanitaire", "humanitaires", "humanitaires"),
    ("fragile", "fragile", "fragiles", "fragiles"),
    ("imminent", "imminente", "imminents", "imminentes"),
    ("étranger", "étrangère", "étrangers", "étrangères"),
    ("armé", "armée", "armés", "armées"),
    ("sécuritaire", "sécuritaire", "sécuritaires", "sécuritaires"),
    ("économique", "économique", "économiques", "économiques"),
    ("précaire", "précaire", "précaires", "précaires"),
    ("récent", "récente", "récents", "récentes"),
    ("élevé", "élevée", "élevés", "élevées"),
    ("prolongé", "prolongée", "prolongés", "prolongées"),
    ("coordonné", "coordonnée", "coordonnés", "coordonnées"),
    ("isolé", "isolée", "isolés", "isolées"),
    ("considérable", "considérable", "considérables", "considérables"),
    ("général", "générale", "généraux", "générales"),
]
# (singular, plural)
FR_VERBS = [
    ("menace", "menacent"), ("affaiblit", "affaiblissent"), ("renforce", "renforcent"),
    ("soutient", "soutiennent"), ("confirme", "confirment"), ("contredit", "contredisent"),
    ("retarde", "retardent"), ("entrave", "entravent"), ("protège", "protègent"),
    ("surveille", "surveillent"), ("exige", "exigent"), ("signale", "signalent"),
    ("dénonce", "dénoncent"), ("précède", "précèdent"), ("aggrave", "aggravent"),
    ("réduit", "réduisent"), ("élargit", "élargissent"), ("bloque", "bloquent"),
    ("approuve", "approuvent"), ("corrobore", "corroborent"),
]
FR_PLACES = ["près de", "autour de", "au nord de", "au sud de", "à l’est de", "à l’ouest de",
             "au large de", "dans la région de"]
FR_KINDS = (
    "Corridor de protection", "Interdiction navale", "Sanctions ciblées",
    "Zone d’exclusion aérienne", "Opération d’évacuation", "Campagne de vaccination",
    "Embargo sur les armes", "Gel des avoirs", "Examen de l’adhésion",
    "Mission d’imposition de la paix", "Mission de surveillance des frontières",
    "Régime d’inspection des cargaisons", "Pont aérien humanitaire", "Interdiction de voyager",
    "Mission d’appui à la quarantaine",
)


def _fr_phrase(rng: random.Random, pick: Callable[[str], int]) -> tuple[str, bool]:
    """A noun phrase with its article and, one time in two, an adjective: (text, plural)."""
    noun, gender = FR_NOUNS[pick("nouns")]
    plural = gender.endswith("p")
    if plural:
        article = "les "
    elif noun[0] in "aeéèêiouhâô":
        article = "l’"
    else:
        article = "la " if gender == "f" else "le "
    text = article + noun
    if rng.random() < 0.5:
        forms = FR_ADJECTIVES[pick("adjectives")]
        text += " " + forms[(1 if gender.startswith("f") else 0) + (2 if plural else 0)]
    return text, plural


def _fr_sentence(rng: random.Random, pick: Callable[[str], int], places: list[str]) -> str:
    subject, plural = _fr_phrase(rng, pick)
    verb = FR_VERBS[pick("verbs")][1 if plural else 0]
    target, _ = _fr_phrase(rng, pick)
    where = f" {rng.choice(FR_PLACES)} {rng.choice(places)}" if rng.random() < 0.5 else ""
    text = f"{subject} {verb} {target}{where}"
    if rng.random() < 0.4:
        other, other_plural = _fr_phrase(rng, pick)
        text += (f", tandis que {other} "
                 f"{FR_VERBS[pick('verbs')][1 if other_plural else 0]} {_fr_phrase(rng, pick)[0]}")
    if rng.random() < 0.2:
        text += f" depuis {rng.randint(2, 90)} jours"
    return text[0].upper() + text[1:] + "."


# --- Japanese ----------------------------------------------------------------------------------

JA_NOUNS = [
    "状況", "政府", "部隊", "住民", "行動", "評価", "加盟国", "理事会", "報告", "証拠", "危険",
    "作戦", "措置", "地域", "国境", "首都", "当局", "民間人", "任務", "制裁", "協力国", "安全保障",
    "紛争", "省庁", "情報機関", "支援", "援助", "難民", "回廊", "停戦", "民兵", "貨物", "船舶",
    "港湾", "空域", "車列", "感染症", "検疫", "ワクチン", "病院", "禁輸", "資産", "選挙",
    "代表団", "条約", "合意", "決議", "調査", "証人", "避難民", "飢饉", "燃料", "発電所",
    "ミサイル", "無人機", "砲撃", "封鎖", "海峡", "渓谷", "難民キャンプ",
]
JA_ADJECTIVES = [
    "深刻な", "大規模な", "地域の", "軍事的な", "人道的な", "脆弱な", "差し迫った", "武装した",
    "新たな", "継続的な", "限定的な", "組織的な", "国際的な", "緊急の", "外国の",
]
JA_VERBS = [
    "脅かしています", "弱めています", "強めています", "支えています", "裏付けています",
    "妨げています", "守っています", "監視しています", "求めています", "報告しています",
    "非難しています", "悪化させています", "減らしています", "広げています", "封鎖しています",
    "承認しています",
]
JA_SYLLABLES = ["カ", "ラ", "ナ", "モ", "ル", "テ", "ヴィ", "サ", "ド", "リ", "アン", "エル",
                "オル", "バ", "ゼ", "タ", "ニ", "コ", "マ", "ス", "ペ", "ダル", "ヴェル", "モル",
                "タン", "ケル", "ボル", "サル", "リン", "ゴル"]
JA_PLACE_SUFFIXES = ("", "", "", "地方", "州", "川流域", "沿岸", "高原")
JA_KINDS = (
    "保護回廊", "海上阻止", "的を絞った制裁", "飛行禁止区域", "退避作戦", "予防接種運動",
    "武器禁輸", "資産凍結", "加盟資格審査", "平和強制任務", "国境監視任務", "貨物検査制度",
    "人道空輸", "渡航禁止", "検疫支援任務",
)


def _ja_phrase(rng: random.Random, pick: Callable[[str], int]) -> str:
    noun = JA_NOUNS[pick("nouns")]
    return (JA_ADJECTIVES[pick("adjectives")] + noun) if rng.random() < 0.5 else noun


def _ja_sentence(rng: random.Random, pick: Callable[[str], int], places: list[str]) -> str:
    subject, target = _ja_phrase(rng, pick), _ja_phrase(rng, pick)
    verb = JA_VERBS[pick("verbs")]
    form = rng.randrange(3)
    if form == 0:
        text = f"{rng.choice(places)}では{subject}が{target}を{verb}"
    elif form == 1:
        text = f"{_ja_phrase(rng, pick)}によると、{subject}は{target}を{verb}"
    else:
        text = f"{subject}が{rng.randint(2, 90)}日前から{target}を{verb}"
    return text + "。"


# --- Hebrew ------------------------------------------------------------------------------------

HE_NOUNS = [
    "המצב", "הממשלה", "הכוחות", "האוכלוסייה", "הפעולה", "ההערכה", "החברות", "המועצה", "הדוח",
    "הראיות", "הסיכון", "המבצע", "הצעדים", "האזור", "הגבול", "הבירה", "הרשויות", "האזרחים",
    "המשימה", "הסנקציות", "השותפות", "הביטחון", "הסכסוך", "המשרד", "המודיעין", "התמיכה",
    "הסיוע", "הפליטים", "המסדרון", "המיליציה", "המטען", "הספינה", "הנמל", "השיירה", "המגפה",
    "ההסגר", "החיסונים", "האמברגו", "הנכסים", "הבחירות", "המשלחת", "האמנה", "ההסכם",
    "ההחלטה", "החקירה", "העדים", "העקורים", "הרעב", "הדלק", "הטילים", "הרחפנים", "הארטילריה",
    "המצור", "החוף", "המצר", "העמק", "המחנות",
]
# Masculine singular subjects and verbs in the present tense with "את": they agree.
HE_SUBJECTS = ["הדוח", "המודיעין", "הצבא", "הארגון", "המשרד", "הנציג", "הממשל", "המשקיף",
               "השליח", "המפקד", "הצוות", "הכתב"]
HE_VERBS = ["מאשר את", "מתאר את", "מבקר את", "דורש את", "מאמת את", "סותר את", "מגנה את",
            "בוחן את", "מחזק את", "מחליש את", "חוסם את", "מלווה את", "מעריך את", "מנטר את"]
HE_PLACES = ["ליד", "באזור", "בסביבת", "בקרבת", "בגבול"]
HE_SYLLABLES = ["קר", "נה", "מו", "לו", "טה", "וי", "סה", "דו", "רי", "אן", "אל", "אור", "בה",
                "זה", "תה", "ני", "קו", "לי", "מה", "סו", "פה", "דר", "ול", "מור", "טן", "כל",
                "בור", "סר", "לין", "גור"]
HE_KINDS = (
    "מסדרון הגנה", "יירוט ימי", "סנקציות ממוקדות", "אזור אסור לטיסה", "מבצע פינוי",
    "מבצע חיסונים", "אמברגו נשק", "הקפאת נכסים", "בחינת חברות", "משימת אכיפת שלום",
    "משימת פיקוח על הגבול", "משטר בדיקת מטענים", "רכבת אווירית הומניטרית", "איסור נסיעה",
    "משימת תמיכה בהסגר",
)


def _he_sentence(rng: random.Random, pick: Callable[[str], int], places: list[str]) -> str:
    subject = rng.choice(HE_SUBJECTS)
    verb = HE_VERBS[pick("verbs")]
    target = HE_NOUNS[pick("nouns")]
    text = f"{subject} {verb} {target}"
    if rng.random() < 0.5:
        text += f" {rng.choice(HE_PLACES)} {rng.choice(places)}"
    if rng.random() < 0.4:
        other = f"{rng.choice(HE_SUBJECTS)} {HE_VERBS[pick('verbs')]} {HE_NOUNS[pick('nouns')]}"
        text += f", בעוד {other}"
    if rng.random() < 0.2:
        text += f" מזה {rng.randint(2, 90)} ימים"
    return text + "."


# --- the language's corpus ---------------------------------------------------------------------


@dataclass(frozen=True)
class Language:
    """A language's case text: its corpus and how it writes a case's title and opening."""

    code: str
    corpus: Corpus
    kinds: tuple[str, ...]

    def title(self, rng: random.Random, kind: str, place: str, year: int) -> str:
        form = rng.randrange(4)
        sentence = rng.choice(self.corpus.sentences)
        if self.code == "fr":
            return (f"{kind} pour {place}", f"{kind} — {place} ({year})",
                    f"{kind} : {place}, {sentence[:40].rstrip()}",
                    f"{place} : {kind[0].lower()}{kind[1:]} {year}")[form]
        if self.code == "ja":
            return (f"{place}における{kind}", f"{kind} — {place}({year}年)",
                    f"{place}での{kind}:{sentence[:20]}", f"{year}年 {place}の{kind}")[form]
        if self.code == "ar":
            return ar_hi.ar_title(form, kind, place, year, sentence)
        if self.code == "hi":
            return ar_hi.hi_title(form, kind, place, year, sentence)
        return (f"{kind} עבור {place}", f"{kind} — {place} ({year})",
                f"{kind} באזור {place}: {sentence[:40].rstrip()}", f"{place}: {kind} {year}")[form]

    def opening(self, rng: random.Random, kind: str, place: str) -> str:
        if self.code == "fr":
            return f"{kind} {rng.choice(('pour', 'au-dessus de', 'au large de', 'à'))} {place}."
        if self.code == "ja":
            return f"{place}に対する{kind}。"
        if self.code == "ar":
            return ar_hi.ar_opening(rng, kind, place)
        if self.code == "hi":
            return ar_hi.hi_opening(rng, kind, place)
        return f"{kind} {rng.choice(('באזור', 'עבור', 'מול'))} {place}."


# Each language's sentence maker and the sizes of the word lists it picks from (by Zipf weight).
_MAKERS: dict[str, tuple[Callable[..., str], dict[str, int]]] = {
    "fr": (_fr_sentence, {"nouns": len(FR_NOUNS), "adjectives": len(FR_ADJECTIVES),
                          "verbs": len(FR_VERBS)}),
    "ja": (_ja_sentence, {"nouns": len(JA_NOUNS), "adjectives": len(JA_ADJECTIVES),
                          "verbs": len(JA_VERBS)}),
    "he": (_he_sentence, {"nouns": len(HE_NOUNS), "verbs": len(HE_VERBS)}),
    "ar": (ar_hi.ar_sentence, {"nouns": len(ar_hi.AR_NOUNS),
                               "adjectives": len(ar_hi.AR_ADJECTIVES),
                               "verbs": len(ar_hi.AR_VERBS)}),
    "hi": (ar_hi.hi_sentence, {"nouns": len(ar_hi.HI_NOUNS),
                               "adjectives": len(ar_hi.HI_ADJECTIVES),
                               "verbs": len(ar_hi.HI_VERBS)}),
}


def _place(rng: random.Random, code: str) -> str:
    if code == "fr":  # French places are written in Latin letters, some with accents
        body = "".join(rng.choice(("ka", "ré", "na", "mo", "lu", "té", "vi", "sa", "do", "ri",
                                   "an", "el", "or", "bé", "zè", "ta", "ni", "ko", "li", "ma"))
                       for _ in range(rng.randint(2, 3)))
        return body.capitalize() + rng.choice(("", "", "", "ie", "-sur-Mer", "-les-Bains"))
    if code == "ja":
        body = "".join(rng.choice(JA_SYLLABLES) for _ in range(rng.randint(2, 3)))
        return body + rng.choice(JA_PLACE_SUFFIXES)
    if code == "ar":
        return ar_hi.ar_place(rng)
    if code == "hi":
        return ar_hi.hi_place(rng)
    return "".join(rng.choice(HE_SYLLABLES) for _ in range(rng.randint(2, 3)))


@functools.lru_cache(maxsize=8)
def language(code: str, seed: int, sentences: int = 3_000, places: int = 800) -> Language:
    """`code`'s corpus (fewer sentences and places than the English one: a language is a share
    of the record), built as bench.corpus.build_corpus builds the English one."""
    make, sizes = _MAKERS[code]
    rng = random.Random(f"{seed}-{code}")
    names = sorted({_place(rng, code) for _ in range(places)})
    rng.shuffle(names)
    weights = {kind: _zipf_weights(size) for kind, size in sizes.items()}
    indices = {kind: list(range(size)) for kind, size in sizes.items()}

    def pick(kind: str) -> int:
        return rng.choices(indices[kind], weights[kind])[0]

    pool = tuple(make(rng, pick, names) for _ in range(sentences))
    corpus = Corpus(pool, tuple(tuple(search_terms(s)) for s in pool), tuple(names), seed)

    def paragraphs(count: int, low: int, high: int) -> tuple[Paragraph, ...]:
        made = []
        for _ in range(count):
            text, terms = corpus.paragraph_with_terms(rng, low, high)
            made.append(Paragraph(text, tuple(terms), json.encoder.encode_basestring(text)))
        return tuple(made)

    corpus = replace(corpus, short=paragraphs(sentences * 3, 1, 2),
                     long=paragraphs(sentences * 5, 1, 3))
    kinds = {"fr": FR_KINDS, "ja": JA_KINDS, "he": HE_KINDS, "ar": ar_hi.AR_KINDS,
             "hi": ar_hi.HI_KINDS}[code]
    return Language(code, corpus, kinds)
