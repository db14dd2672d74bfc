"""Playbooks in several languages (issue 17 item 3): texts per language with a fallback to the
base language, missing translations named by file, line and field, and a hash that covers every
language while files in one language hash and read exactly as before."""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path

import pytest

from playbooks.diff import diff_playbooks
from playbooks.errors import InputError
from playbooks.lint import lint_playbook_bytes
from playbooks.loader import BUILTIN_FOLDER, PlaybookCatalog, load_playbook_text

BILINGUAL = textwrap.dedent("""\
    id: bilingual
    version: "1.0"
    title: Joint use of force
    description: A test playbook in English and French.
    language: en
    languages: [en, fr]
    authority:
      rule: penrose-jagiellonian
      state_share: 0.55
      weight_quota: jagiellonian
      blocking_floor: 4
      routes:
        - id: council
          label: Security Council authorisation
          when:
            security_council: [authorised]
    criteria:
      - id: cause
        title: Just cause
        gate: true
        pass_threshold: 0.5
        guidance: How grave is the harm?
        knockouts:
          - question: harm
            is: true
            because: No action without grave harm.
        questions:
          - id: harm
            prompt: Is the harm grave?
            guidance: Count the victims.
            kind: yes_no
          - id: scale
            prompt: How wide is the harm?
            kind: scale
            grades:
              - {value: 1, label: Local}
              - {value: 2, label: National}
          - id: means
            prompt: Which means are proposed?
            kind: choice
            options:
              - {id: strikes, label: Air strikes, score: 0.4}
              - {id: blockade, label: Naval blockade, score: 0.8}
      - id: authority
        title: Right authority
        gate: true
        pass_threshold: 0.5
        guidance: Who authorises?
        questions:
          - id: member_positions
            prompt: What position has each member taken?
            kind: member_positions
          - id: security_council
            prompt: What has the Security Council done?
            kind: security_council
            status_scores:
              authorised: 1
              blocked_by_veto: 0.5
              not_sought: 0
              rejected_on_merits: 0
    translations:
      fr:
        title: Recours conjoint à la force
        description: Un playbook d'essai en anglais et en français.
        routes:
          council: Autorisation du Conseil de sécurité
        criteria:
          cause:
            title: Cause juste
            guidance: Quelle est la gravité du préjudice ?
            knockouts: [Aucune action sans préjudice grave.]
          authority:
            title: Autorité légitime
            guidance: Qui autorise ?
        questions:
          harm:
            prompt: Le préjudice est-il grave ?
            guidance: Dénombrez les victimes.
          scale:
            prompt: Quelle est l'étendue du préjudice ?
            grades: [Locale, Nationale]
          means:
            prompt: Quels moyens sont proposés ?
            options: {strikes: Frappes aériennes, blockade: Blocus naval}
          member_positions:
            prompt: Quelle position chaque membre a-t-il prise ?
          security_council:
            prompt: Qu'a fait le Conseil de sécurité ?
""")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_french_texts_with_the_english_kept_where_no_french_is_given() -> None:
    without_one = BILINGUAL.replace("        guidance: Dénombrez les victimes.\n", "")
    playbook = load_playbook_text(without_one, "bilingual.yaml")
    french = playbook.in_language("fr_CA")  # a region falls back to its language
    assert french.title == "Recours conjoint à la force"
    cause, authority = french.criteria
    assert (cause.title, authority.title) == ("Cause juste", "Autorité légitime")
    assert cause.knockouts[0].because == "Aucune action sans préjudice grave."
    harm, scale, means = cause.questions
    assert harm.prompt == "Le préjudice est-il grave ?"
    assert harm.guidance == "Count the victims."  # no French text: the English one
    assert [g.label for g in scale.grades] == ["Locale", "Nationale"]
    assert [o.label for o in means.options] == ["Frappes aériennes", "Blocus naval"]
    assert french.authority is not None
    assert french.authority.routes[0].label == "Autorisation du Conseil de sécurité"
    # Only words change: the rules, ids and the file's hash are the playbook's own.
    assert french.content_hash == playbook.content_hash
    assert [o.score for o in means.options] == [0.4, 0.8]
    assert french.shown_language == "fr"
    # A language the playbook lacks, or none at all, gives the base language.
    assert playbook.in_language("ja").title == "Joint use of force"
    assert playbook.in_language(None).criteria[0].title == "Just cause"
    assert playbook.in_language("en").shown_language == "en"


def test_a_missing_translation_is_named_by_file_line_and_field() -> None:
    without_one = BILINGUAL.replace("        prompt: Quels moyens sont proposés ?\n", "")
    playbook = load_playbook_text(without_one, "bilingual.yaml")  # it loads: English shows
    [gap] = playbook.translation_gaps
    line = _line_of(without_one, "prompt: Which means are proposed?")
    assert gap.one_line().startswith(
        f"bilingual.yaml:{line}: criteria[0].questions[2].prompt: no French (fr) text "
        "(expected at translations.fr.questions.means.prompt)"
    )
    # `playbooks check` names it among the warnings, not the errors.
    report = lint_playbook_bytes(without_one.encode(), "bilingual.yaml")
    assert report.ok
    assert [str(w) for w in report.warnings if "French" in str(w)] == [gap.one_line()]


def test_a_declared_language_without_its_section_is_one_gap_at_languages() -> None:
    head = BILINGUAL.split("translations:")[0]
    playbook = load_playbook_text(head, "b.yaml")
    [gap] = playbook.translation_gaps
    assert (gap.line, gap.field) == (_line_of(head, "languages:"), "languages")
    assert "no French (fr) text (expected at translations.fr)" in str(gap)


@pytest.mark.parametrize(("change", "needle", "field", "problem"), [
    (("language: en", "language: xx"), "language: xx", "language",
     "`xx` is not a language code"),
    (("languages: [en, fr]", "languages: [fr]"), "languages: [fr]", "languages",
     "does not list the base language English (en)"),
    (("languages: [en, fr]", "languages: [en, fr, zz]"), "languages: [en, fr, zz]",
     "languages[2]", "`zz` is not a language code"),
    (("  fr:\n", "  de:\n"), "  de:", "translations.de", "German (de) is not declared"),
    (("  fr:\n", "  en:\n"), "  en:", "translations.en", "translates into the base language"),
    (("      harm:\n        prompt: Le", "      harn:\n        prompt: Le"),
     "      harn:", "translations.fr.questions.harn",
     "`harn` names no question of this playbook — did you mean `harm`?"),
    (("blockade: Blocus naval", "blocade: Blocus naval"), "blocade",
     "translations.fr.questions.means.options.blocade",
     "`blocade` names no option of this question"),
    (("grades: [Locale, Nationale]", "grades: [Locale]"), "grades: [Locale]",
     "translations.fr.questions.scale.grades", "has 1 entries"),
    (("        prompt: Le préjudice est-il grave ?", "        prompt: 3"),
     "prompt: 3", "translations.fr.questions.harm.prompt", "is the number 3"),
])
def test_bad_language_values_are_errors_naming_file_line_and_field(
    change: tuple[str, str], needle: str, field: str, problem: str
) -> None:
    text = BILINGUAL.replace(*change)
    assert text != BILINGUAL
    with pytest.raises(InputError) as raised:
        load_playbook_text(text, "bad.yaml")
    error = raised.value
    assert (error.file, error.line, error.field) == ("bad.yaml", _line_of(text, needle), field)
    assert problem in error.problem


def test_changing_only_a_french_text_changes_the_hash() -> None:
    before = load_playbook_text(BILINGUAL)
    after = load_playbook_text(BILINGUAL.replace("Cause juste", "Juste cause"))
    assert after.content_hash != before.content_hash
    assert after.title == before.title == "Joint use of force"  # the English is the same
    assert after.in_language("fr").criteria[0].title == "Juste cause"


# The built-in files as they were before playbooks had languages, with the hashes records made
# under them hold: each must still load and hash exactly so.
SINGLE_LANGUAGE_FILES = {
    "counter-proliferation-interdiction-2.0.yaml":
        "64c5b670c309b56a7441dbb3e55eea54bc78c03e5454a23a6030a1e3e91eb440",
    "counter-proliferation-interdiction.yaml":
        "6a601c1f69ad5cc65018e1fec90560d5ab98c28efc23a9d2b4e20012d7ef658f",
    "humanitarian-protection-2.0.yaml":
        "8525fd09d1dce64c7cdb34a05f975090d710cc9cac57cd3806881028c9b44e40",
    "humanitarian-protection-2.1.yaml":
        "95465d1841ac802c6c2ac9143e2cfa5cf2e9820986166442a5993a603d250bfb",
    "humanitarian-protection.yaml":
        "8ebfd772f09393b1bee45f08f1ed2ce813aff2feb1941b12fad419650c81dbc3",
    "membership-review-2.0.yaml":
        "16e9cbff4f6f3f2a9424c1eab2769749a2b3602d023ea2466c84b21c5bb236f7",
    "membership-review.yaml":
        "aaeddffc47494e2c9468eb24816eb6b1183df507de59cd059acff2e4c60ad06e",
    "public-health-emergency-2.0.yaml":
        "7add99518eb2e922b3c5436c4f551209e4c2baf4b97ae5b14f7994838f7899e3",
    "public-health-emergency.yaml":
        "b8b7f3780730b0a17e318e8a06a8f69a09fc8c772ee5e820f59256ec63e5a0af",
    "sanctions-2.0.yaml":
        "90724528b387333c6cb384d3fae0fd16790f70ea2555859295c55a219593c51a",
    "sanctions.yaml":
        "45e341aba55110b9284cf750b9069cb983268e6e88047ab7cef2a90fd79e4aaf",
    "un-high-level-panel-2.0.yaml":
        "7708b4e91a4f5fd65b0518ccc75fe0fb25d4718907e2e89c50c00cf128d2de4a",
    "un-high-level-panel.yaml":
        "b73d2b4eabc011c18b0f8a2154009311bd49bf35869f148e6134767d8ab25c76",
    "use-of-force-2.0.yaml":
        "a5581e05941257056558a8eb898ab58a6bfe3098c4afd474596b4324dfc29643",
    "use-of-force.yaml":
        "4f9c00b62d77d6276bf26f9567c83ec633b665666614b516cfa3674ffcb13750",
}


def test_every_single_language_built_in_hashes_and_reads_as_before() -> None:
    catalog = PlaybookCatalog.load()
    for name, pinned in SINGLE_LANGUAGE_FILES.items():
        assert hashlib.sha256((BUILTIN_FOLDER / name).read_bytes()).hexdigest() == pinned, name
        playbook = catalog.by_hash(pinned)
        assert playbook is not None and playbook.file.endswith(name)
        assert (playbook.language, playbook.languages, playbook.translations) == ("en", ("en",), {})
        assert playbook.in_language("fr") is playbook  # nothing to translate: the same texts


def test_a_user_playbook_lacking_translations_is_named_in_the_catalog_warnings(
    tmp_path: Path,
) -> None:
    text = BILINGUAL.replace("        prompt: Quels moyens sont proposés ?\n", "")
    (tmp_path / "bilingual.yaml").write_text(text, "utf-8")
    catalog = PlaybookCatalog.load(tmp_path)
    assert catalog.errors == []
    [warning] = catalog.warnings
    assert "playbook `bilingual` version 1.0: 1 text lacks a translation" in warning
    assert "criteria[0].questions[2].prompt: no French (fr) text" in warning


def test_every_built_in_default_is_complete_in_english_and_french() -> None:
    catalog = PlaybookCatalog.load()
    assert catalog.warnings == []
    for playbook in catalog.latest():
        assert playbook.languages == ("en", "fr"), playbook.id
        assert playbook.translation_gaps == (), playbook.id
        french = playbook.in_language("fr")
        english_texts = [q.prompt for q in playbook.questions()]
        french_texts = [q.prompt for q in french.questions()]
        # Every question is asked in French: none is left the same as its English.
        assert all(f != e for f, e in zip(french_texts, english_texts, strict=True)), playbook.id
        assert french.title != playbook.title


def test_diff_of_a_translation_names_the_language_and_how_many_texts() -> None:
    catalog = PlaybookCatalog.load()
    diff = diff_playbooks(catalog.get("use-of-force", "2.0"), catalog.get("use-of-force", "2.0.1"))
    [change] = diff.changes  # no criterion or question changed: only the languages
    assert change.details == ("languages [en] → [en, fr]", "French (fr) texts added (117)")
    before = load_playbook_text(BILINGUAL)
    after = load_playbook_text(BILINGUAL.replace("Cause juste", "Juste cause"))
    [change] = diff_playbooks(before, after).changes
    assert change.details == ("French (fr) texts: 1 changed",)
