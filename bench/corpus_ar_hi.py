"""Synthetic case text in Arabic and Hindi, for the multilingual search benchmark
(bench.corpus_languages builds their corpora as it builds French, Japanese and Hebrew).

Arabic runs right to left, with its definite article "ال" joined to the noun (our search keeps
it as part of the word, so the text holds nouns both with it and, in construct phrases such as
"تقرير البعثة", without it) and hamza seats (أ, إ, ؤ, ئ) that a user often types bare. Hindi
is written in Devanagari, whose vowel signs are partly spacing marks (kept in a word) and partly
non-spacing ones (folded away, as accents are), with the danda "।" ending a sentence. The
sentences are plain ministry prose: who weakens, supports or threatens what, and where.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# --- Arabic ------------------------------------------------------------------------------------

# (noun without its article, agreement): "m" and "f" take an adjective of that gender and a verb
# of that gender; "h" (people, plural) takes a masculine verb and no adjective here.
AR_NOUNS = [
    ("وضع", "m"), ("حكومة", "f"), ("قوات", "f"), ("سكان", "h"), ("تقييم", "m"), ("أعضاء", "h"),
    ("مجلس", "m"), ("تقرير", "m"), ("أدلة", "f"), ("خطر", "m"), ("عملية", "f"), ("تدابير", "f"),
    ("منطقة", "f"), ("حدود", "f"), ("عاصمة", "f"), ("سلطات", "f"), ("بعثة", "f"),
    ("عقوبات", "f"), ("شركاء", "h"), ("أمن", "m"), ("نزاع", "m"), ("وزارة", "f"),
    ("استخبارات", "f"), ("دعم", "m"), ("مساعدات", "f"), ("لاجئون", "h"), ("ممر", "m"),
    ("ميليشيا", "f"), ("شحنة", "f"), ("سفينة", "f"), ("ميناء", "m"), ("قافلة", "f"),
    ("وباء", "m"), ("لقاح", "m"), ("مستشفيات", "f"), ("حظر", "m"), ("أصول", "f"),
    ("انتخابات", "f"), ("وفد", "m"), ("معاهدة", "f"), ("اتفاق", "m"), ("قرار", "m"),
    ("تحقيق", "m"), ("شهود", "h"), ("نازحون", "h"), ("مجاعة", "f"), ("محاصيل", "f"),
    ("وقود", "m"), ("صواريخ", "f"), ("مدفعية", "f"), ("حصار", "m"), ("ساحل", "m"),
    ("مضيق", "m"), ("مخيمات", "f"), ("إمدادات", "f"), ("مفاوضات", "f"),
]
# Nouns that head a construct phrase ("report of the mission"): written without the article.
AR_HEADS = [("تقرير", "m"), ("بعثة", "f"), ("وزارة", "f"), ("مجلس", "m"), ("قوات", "f"),
            ("أمن", "m"), ("سلامة", "f"), ("حماية", "f"), ("مراقبة", "f"), ("تأمين", "m"),
            ("دعم", "m")]
AR_ADJECTIVES = [  # (masculine, feminine); with the article when the noun has it
    ("خطير", "خطيرة"), ("إقليمي", "إقليمية"), ("عسكري", "عسكرية"), ("إنساني", "إنسانية"),
    ("هش", "هشة"), ("وشيك", "وشيكة"), ("أجنبي", "أجنبية"), ("مسلح", "مسلحة"),
    ("أمني", "أمنية"), ("اقتصادي", "اقتصادية"), ("جديد", "جديدة"), ("مستمر", "مستمرة"),
    ("منسق", "منسقة"), ("دولي", "دولية"), ("محدود", "محدودة"),
]
AR_VERBS = [  # present tense (masculine, feminine): the verb leads and agrees with its subject
    ("يهدد", "تهدد"), ("يضعف", "تضعف"), ("يعزز", "تعزز"), ("يدعم", "تدعم"), ("يؤكد", "تؤكد"),
    ("يناقض", "تناقض"), ("يؤخر", "تؤخر"), ("يعرقل", "تعرقل"), ("يحمي", "تحمي"),
    ("يراقب", "تراقب"), ("يتطلب", "تتطلب"), ("يفاقم", "تفاقم"), ("يقلص", "تقلص"),
    ("يوسع", "توسع"), ("يعيق", "تعيق"), ("يسبق", "تسبق"),
]
AR_PLACES = ["قرب", "شمال", "جنوب", "شرق", "غرب", "في منطقة", "على حدود", "قبالة"]
AR_SYLLABLES = ["كا", "را", "نا", "مو", "لو", "تي", "في", "سا", "دو", "ري", "أن", "إل", "أور",
                "با", "زي", "تا", "ني", "كو", "لي", "ما", "سو", "بي", "دار", "ول", "مور", "تان",
                "كل", "بور", "سر", "لين"]
AR_KINDS = (
    "ممر حماية", "اعتراض بحري", "عقوبات محددة الأهداف", "منطقة حظر طيران", "عملية إجلاء",
    "حملة تطعيم", "حظر الأسلحة", "تجميد الأصول", "مراجعة العضوية", "بعثة فرض السلام",
    "بعثة مراقبة الحدود", "نظام تفتيش الشحنات", "جسر جوي إنساني", "حظر السفر",
    "بعثة دعم الحجر الصحي",
)


def _ar_phrase(rng: random.Random, pick: Callable[[str], int]) -> tuple[str, str]:
    """A noun phrase and its agreement: the noun with its article (and one time in two an
    adjective), or a construct phrase whose head has none."""
    noun, agreement = AR_NOUNS[pick("nouns")]
    if rng.random() < 0.25:
        head, head_agreement = rng.choice(AR_HEADS)  # the head agrees, not the noun after it
        return f"{head} ال{noun}", head_agreement
    text = "ال" + noun
    if agreement != "h" and rng.random() < 0.5:
        text += " ال" + AR_ADJECTIVES[pick("adjectives")][agreement == "f"]
    return text, agreement


def ar_sentence(rng: random.Random, pick: Callable[[str], int], places: list[str]) -> str:
    subject, agreement = _ar_phrase(rng, pick)
    text = f"{AR_VERBS[pick('verbs')][agreement == 'f']} {subject} {_ar_phrase(rng, pick)[0]}"
    if rng.random() < 0.5:
        text += f" {rng.choice(AR_PLACES)} {rng.choice(places)}"
    if rng.random() < 0.4:
        other, other_agreement = _ar_phrase(rng, pick)
        verb = AR_VERBS[pick("verbs")][other_agreement == "f"]
        text += f"، بينما {verb} {other} {_ar_phrase(rng, pick)[0]}"
    if rng.random() < 0.2:
        text += f" منذ {rng.randint(2, 90)} يوما"
    return text + "."


def ar_place(rng: random.Random) -> str:
    return "".join(rng.choice(AR_SYLLABLES) for _ in range(rng.randint(2, 3)))


def ar_title(form: int, kind: str, place: str, year: int, sentence: str) -> str:
    return (f"{kind} من أجل {place}", f"{kind} — {place} ({year})",
            f"{kind} في {place}: {sentence[:40].rstrip()}", f"{place}: {kind} {year}")[form]


def ar_opening(rng: random.Random, kind: str, place: str) -> str:
    return f"{kind} {rng.choice(('في', 'قبالة', 'فوق', 'من أجل'))} {place}."


# --- Hindi -------------------------------------------------------------------------------------

HI_NOUNS = [  # (noun, gender)
    ("स्थिति", "f"), ("सरकार", "f"), ("सेना", "f"), ("आबादी", "f"), ("कार्रवाई", "f"),
    ("आकलन", "m"), ("परिषद", "f"), ("रिपोर्ट", "f"), ("सबूत", "m"), ("जोखिम", "m"),
    ("अभियान", "m"), ("क्षेत्र", "m"), ("सीमा", "f"), ("राजधानी", "f"), ("प्रशासन", "m"),
    ("मिशन", "m"), ("प्रतिबंध", "m"), ("सुरक्षा", "f"), ("संघर्ष", "m"), ("मंत्रालय", "m"),
    ("सहायता", "f"), ("गलियारा", "m"), ("युद्धविराम", "m"), ("मिलिशिया", "f"),
    ("जहाज़", "m"), ("बंदरगाह", "m"), ("काफ़िला", "m"), ("महामारी", "f"), ("टीका", "m"),
    ("अस्पताल", "m"), ("चुनाव", "m"), ("प्रतिनिधिमंडल", "m"), ("संधि", "f"),
    ("समझौता", "m"), ("प्रस्ताव", "m"), ("जाँच", "f"), ("अकाल", "m"), ("फ़सल", "f"),
    ("ईंधन", "m"), ("मिसाइल", "f"), ("तोपखाना", "m"), ("नाकाबंदी", "f"), ("तट", "m"),
    ("घाटी", "f"), ("शिविर", "m"), ("आपूर्ति", "f"), ("वार्ता", "f"), ("निगरानी", "f"),
]
HI_ADJECTIVES = ["गंभीर", "क्षेत्रीय", "सैन्य", "मानवीय", "नाज़ुक", "विदेशी", "सशस्त्र",
                 "आर्थिक", "अंतरराष्ट्रीय", "तात्कालिक", "संगठित", "सीमित", "व्यापक", "अस्थिर"]
# Verb stems taking an object marked with को; "रहा/रही है" follows, agreeing with the subject.
HI_VERBS = ["कमज़ोर कर", "मज़बूत कर", "प्रभावित कर", "बाधित कर", "खतरे में डाल",
            "सुरक्षित कर", "रोक", "बढ़ा", "सीमित कर", "जटिल बना", "अस्थिर कर", "नियंत्रित कर",
            "कम कर", "उजागर कर"]
HI_SYLLABLES = ["का", "रा", "ना", "मो", "लु", "ते", "वि", "सा", "दो", "री", "अन", "एल", "ओर",
                "बा", "ज़े", "ता", "नी", "को", "ली", "मा", "सु", "पे", "दार", "वेर", "मोर", "तान",
                "केल", "बोर", "सार", "लिन"]
HI_PLACE_SUFFIXES = ("", "", "", "पुर", "नगर", "गढ़")
HI_KINDS = (
    "सुरक्षा गलियारा", "नौसैनिक अवरोधन", "लक्षित प्रतिबंध", "उड़ान निषिद्ध क्षेत्र",
    "निकासी अभियान", "टीकाकरण अभियान", "हथियार प्रतिबंध", "परिसंपत्ति फ़्रीज़",
    "सदस्यता समीक्षा", "शांति प्रवर्तन मिशन", "सीमा निगरानी मिशन", "माल निरीक्षण व्यवस्था",
    "मानवीय हवाई आपूर्ति", "यात्रा प्रतिबंध", "संगरोध सहायता मिशन",
)


def _hi_phrase(rng: random.Random, pick: Callable[[str], int], oblique: bool) -> tuple[str, str]:
    """A noun, one time in two after an adjective, and its gender; `oblique` before a
    postposition (को, के अनुसार), where a masculine noun in -ा ends in -े."""
    noun, gender = HI_NOUNS[pick("nouns")]
    if oblique and gender == "m" and noun.endswith("ा"):
        noun = noun[:-1] + "े"
    if rng.random() < 0.5:
        noun = f"{HI_ADJECTIVES[pick('adjectives')]} {noun}"
    return noun, gender


def _hi_clause(rng: random.Random, pick: Callable[[str], int]) -> tuple[str, str]:
    """Subject and the rest: "the conflict is weakening security" as subject, "को" and verb."""
    subject, gender = _hi_phrase(rng, pick, oblique=False)
    target, _ = _hi_phrase(rng, pick, oblique=True)
    verb = f"{HI_VERBS[pick('verbs')]} {'रहा' if gender == 'm' else 'रही'} है"
    return subject, f"{target} को {verb}"


def hi_sentence(rng: random.Random, pick: Callable[[str], int], places: list[str]) -> str:
    subject, rest = _hi_clause(rng, pick)
    form = rng.randrange(3)
    if form == 0:
        text = f"{rng.choice(places)} में {subject} {rest}"
    elif form == 1:
        text = f"{_hi_phrase(rng, pick, oblique=True)[0]} के अनुसार {subject} {rest}"
    else:
        text = f"{subject} पिछले {rng.randint(2, 90)} दिनों से {rest}"
    if rng.random() < 0.4:
        other, other_rest = _hi_clause(rng, pick)
        text += f", जबकि {other} {other_rest}"
    return text + "।"


def hi_place(rng: random.Random) -> str:
    body = "".join(rng.choice(HI_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return body + rng.choice(HI_PLACE_SUFFIXES)


def hi_title(form: int, kind: str, place: str, year: int, sentence: str) -> str:
    return (f"{place} के लिए {kind}", f"{kind} — {place} ({year})",
            f"{place} में {kind}: {sentence[:40].rstrip()}", f"{year} {place} {kind}")[form]


def hi_opening(rng: random.Random, kind: str, place: str) -> str:
    return f"{place} {rng.choice(('के लिए', 'में', 'के ऊपर', 'के तट पर'))} {kind}।"
