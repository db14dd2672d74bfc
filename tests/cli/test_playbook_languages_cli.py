"""Playbooks in several languages from the command line (issue 17 item 3): a record decided
under the bilingual built-in keeps verifying and shows its questions in French on request, and
`playbooks check --complete-languages` is the check a translation unit runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from playbooks.loader import BUILTIN_FOLDER
from tests.cli.conftest import Run
from tests.cli.test_gates_cli import strait_case_2_0


def test_a_record_decided_under_the_bilingual_built_in_verifies_and_shows_in_french(
    cli: Run, tmp_path: Path
) -> None:
    case = strait_case_2_0()
    case["playbook"] = {"id": "use-of-force", "version": "2.0.1"}
    file = tmp_path / "strait.yaml"
    file.write_text(yaml.safe_dump(case, allow_unicode=True), "utf-8")
    imported = cli("assess", "import", str(file))
    assert imported.code == 0, imported.err
    assessment_id = imported.out.strip()
    decided = cli("decide", assessment_id, "--decision", "reject", "--by", "Minister")
    assert decided.code == 0, decided.err
    assert cli("audit", "verify").code == 0

    english = cli("assess", "show", assessment_id)
    french = cli("assess", "show", assessment_id, "--language", "fr")
    assert english.code == french.code == 0, french.err
    assert "Juste cause (gate)" not in english.out and "Just cause (gate)" in english.out
    assert "Juste cause (gate)" in french.out
    # Answers read in the playbook's words: grade and option labels in French.
    assert "préjudice grave, généralisé et systématique" in french.out
    assert "grave, widespread and systematic harm" in english.out
    assert "engagements fermes couvrant le plan" in french.out
    # The same record, the same file: the hash it holds is the bilingual file's.
    bilingual = hashlib.sha256((BUILTIN_FOLDER / "use-of-force-2.0.1.yaml").read_bytes())
    assert bilingual.hexdigest()[:12] in english.out
    # The decision froze the evaluation; showing it in French changes no verdict.
    assert "Verdict: JUSTIFIED IN SUBSTANCE; AUTHORITY SHORT" in " ".join(french.out.split())


def test_check_names_each_missing_translation_and_fails_only_when_asked(
    cli: Run, tmp_path: Path
) -> None:
    source = (BUILTIN_FOLDER / "sanctions-2.0.1.yaml").read_text("utf-8")
    missing = "        prompt: Comment les mesures sont-elles ciblées ?\n"
    assert missing in source
    text = source.replace('version: "2.0.1"', 'version: "9.0"').replace(missing, "")
    file = tmp_path / "sanctions-fr.yaml"
    file.write_text(text, "utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1)
                if row.strip() == "prompt: How are the measures targeted?")

    checked = cli("playbooks", "check", str(file))
    assert checked.code == 0, checked.err
    expected = (f"{file}:{line}: criteria[1].questions[0].prompt: no French (fr) text "
                "(expected at translations.fr.questions.targeting_breadth.prompt)")
    assert expected in checked.err

    strict = cli("playbooks", "check", "--complete-languages", str(file))
    assert strict.code == 2
    assert expected in strict.err
    assert f"{file}: 1 texts lack a translation into a declared language" in strict.err
    assert cli("playbooks", "check", "--complete-languages",
               str(BUILTIN_FOLDER / "sanctions-2.0.1.yaml")).code == 0


def test_playbooks_show_in_french_for_a_translation_unit_to_read() -> None:
    from tests.cli.conftest import run_main

    shown = run_main("playbooks", "show", "use-of-force", "--language", "fr")
    assert shown.code == 0, shown.err
    assert shown.out.startswith("Recours conjoint à la force  (use-of-force 2.0.1)")
    assert "Autorité appropriée" in shown.out
    assert "hash: " in shown.out  # the same file: the hash covers every language
