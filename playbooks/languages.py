"""Language codes a playbook may declare: the two-letter codes of ISO 639-1.

A playbook names languages by these codes (`language: en`, `languages: [en, fr]`); a code
outside the list is refused where it is written, so a typo such as `fn` for French cannot pass
as a language of its own. Regional variants (`fr-CA`, `pt_BR`) are asked for at display time
and fall back to their language (see `language_chain`).
"""

from __future__ import annotations

BASE_DEFAULT = "en"

# ISO 639-1 (the 183 two-letter codes in force), with the English name of the ones a message
# is most likely to need; the others are named by code.
ISO_639_1 = frozenset(
    """
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
za zh zu
""".split()  # noqa: SIM905 (a list of 183 quoted codes reads worse)
)

LANGUAGE_NAMES: dict[str, str] = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "uk": "Ukrainian",
    "zh": "Chinese",
}


def language_name(code: str) -> str:
    """'fr' -> 'French (fr)'; a code without a name here is shown as itself."""
    name = LANGUAGE_NAMES.get(code)
    return f"{name} ({code})" if name else f"`{code}`"


def is_language(code: object) -> bool:
    return isinstance(code, str) and code in ISO_639_1


def language_chain(asked: str | None, base: str) -> tuple[str, ...]:
    """The languages to look in, best first: 'fr_CA' -> ('fr', base). Case and the region
    part are ignored (a playbook's texts are per language, not per country); an empty or
    unknown request gives the base language alone."""
    code = (asked or "").replace("_", "-").split("-")[0].strip().lower()
    if code == base or not is_language(code):
        return (base,)
    return (code, base)
