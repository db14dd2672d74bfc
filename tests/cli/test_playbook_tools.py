"""The tools for playbook authors and the record's own copies, from the command line:
`playbooks show | check | diff | template | try | add`, `assess migrate`, and a decided record
that still reads, re-evaluates and revises after its playbook file is gone."""

from __future__ import annotations

from pathlib import Path

from playbooks.loader import PlaybookCatalog
from tests.cli.conftest import EXAMPLES, ROOT, Run

# The built-in use-of-force 1.0 (the examples' version), whatever newer versions ship beside it.
BUILTINS = PlaybookCatalog.load(None)
USE_OF_FORCE = Path(BUILTINS.get("use-of-force", "1.0").file).read_text("utf-8")
SANCTIONS_1 = BUILTINS.get("sanctions", "1.0").file
DEFAULT_USE_OF_FORCE = BUILTINS.get("use-of-force").version
STRIKES = EXAMPLES / "northern-strait-strikes.yaml"
NEXT = "90.0"  # a version no built-in playbook will have


def _ministry(text: str = USE_OF_FORCE) -> str:
    return text.replace("id: use-of-force", "id: ministry-force", 1)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def _case_for_ministry(tmp_path: Path) -> Path:
    """The Northern Strait example, written for the ministry's copy of use-of-force."""
    text = STRIKES.read_text("utf-8").replace("id: use-of-force", "id: ministry-force", 1)
    text = "\n".join(line for line in text.splitlines() if "hash:" not in line) + "\n"
    return _write(tmp_path / "case.yaml", text)


def test_a_decided_record_whose_playbook_file_is_deleted_still_works_in_words(
    cli: Run, tmp_path: Path
) -> None:
    added = cli("playbooks", "add", str(_write(tmp_path / "ministry.yaml", _ministry())))
    assert added.code == 0, added.err
    installed = tmp_path / "user-data" / "playbooks" / "ministry-force-1.0.yaml"
    assert f"as {installed}" in added.out
    assessment_id = cli("assess", "import", str(_case_for_ministry(tmp_path))).out.strip()
    assert cli("decide", assessment_id, "--decision", "reject", "--by", "Minister").code == 0
    installed.unlink()

    shown = cli("assess", "show", assessment_id)
    assert shown.code == 0 and shown.err == "", shown.err
    assert "harm_gravity: 2 – serious harm to many people" in shown.out  # words, not raw
    assert "Just cause (gate)" in shown.out
    listed = cli("playbooks", "list")
    assert any(row.startswith("ministry-force ") and row.rstrip().endswith("record")
               for row in listed.out.splitlines())

    revision = cli("revise", assessment_id)
    assert revision.code == 0, revision.err
    decided = cli("decide", revision.out.strip(), "--decision", "reject", "--by", "Minister")
    assert decided.code == 0, decided.err
    assert "verdict not legitimate" in decided.out
    assert cli("audit", "verify").code == 0


def test_check_refuses_a_same_version_clash_whatever_the_file_names(
    cli: Run, tmp_path: Path
) -> None:
    a = _write(tmp_path / "a.yaml", _ministry())
    b = _write(tmp_path / "b.yaml", _ministry().replace("title: Joint use of force",
                                                         "title: Edited", 1))
    for order in ((a, b), (b, a)):
        result = cli("playbooks", "check", *map(str, order))
        assert result.code == 2
        lines = sorted(result.err.strip().splitlines())
        assert lines == [
            f"{a}:4: version: playbook `ministry-force` version 1.0 differs from {b} (same id "
            "and version): it cannot be installed beside it (expected a new version number for a "
            "changed playbook)",
            f"{b}:4: version: playbook `ministry-force` version 1.0 differs from {a} (same id "
            "and version): it cannot be installed beside it (expected a new version number for a "
            "changed playbook)",
        ]


def test_check_and_add_refuse_a_changed_file_under_a_version_the_record_keeps(
    cli: Run, tmp_path: Path
) -> None:
    assert cli("playbooks", "add", str(_write(tmp_path / "m.yaml", _ministry()))).code == 0
    assert cli("assess", "new", "--playbook", "ministry-force", "--title", "T").code == 0
    (tmp_path / "user-data" / "playbooks" / "ministry-force-1.0.yaml").unlink()
    edited = _write(tmp_path / "edited.yaml", _ministry().replace("title: Joint use of force",
                                                                  "title: Edited", 1))
    for command in ("check", "add"):
        result = cli("playbooks", command, str(edited))
        assert result.code == 2
        assert f"{edited}:4: version: playbook `ministry-force` version 1.0 differs from the " \
               "copy the record keeps (hash " in result.error_line
    assert not (tmp_path / "user-data" / "playbooks" / "ministry-force-1.0.yaml").exists()


def test_a_file_under_a_builtin_id_is_reported_and_not_the_default(
    cli: Run, tmp_path: Path
) -> None:
    newer = _write(tmp_path / "uof.yaml", USE_OF_FORCE.replace('version: "1.0"',
                                                               'version: "93.0"', 1))
    checked = cli("playbooks", "check", str(newer))
    assert checked.code == 0
    assert "uses the id of a built-in playbook" in checked.err
    added = cli("playbooks", "add", str(newer))
    assert added.code == 0 and "uses the id of a built-in playbook" in added.err
    listed = cli("playbooks", "list")
    assert (f"new assessments still start from the built-in version {DEFAULT_USE_OF_FORCE}"
            in listed.err)
    created = cli("assess", "new", "--playbook", "use-of-force", "--title", "Default")
    shown = cli("assess", "show", created.out.strip())
    assert f"playbook:       use-of-force {DEFAULT_USE_OF_FORCE} " in shown.out


def test_show_gives_weights_shares_and_scores(cli: Run) -> None:
    result = cli("playbooks", "show", "use-of-force", "--version", "1.0")
    assert result.code == 0, result.err
    assert "Just cause [just_cause] — gate (a necessary condition); weight 2 (" in result.out
    assert "harm_gravity (scale; weight 2: 50% of Just cause, " in result.out
    assert "0 – no serious harm established → 0.00;" in result.out
    assert "scores: 1 when the double majority is met — at least 55% of the full members" in (
        result.out
    )


def test_diff_names_what_changed_between_two_versions(cli: Run, tmp_path: Path) -> None:
    version_2 = (
        USE_OF_FORCE.replace('version: "1.0"', f'version: "{NEXT}"', 1)
        .replace("id: cause_summary", "id: cause_account", 1)
    )
    assert cli("playbooks", "add", str(_write(tmp_path / "v2.yaml", version_2))).code == 0
    result = cli("playbooks", "diff", "use-of-force", "1.0", NEXT)
    assert result.code == 0, result.err
    assert result.out.startswith("use-of-force: version 1.0 (hash ")
    assert "added question `cause_account`: text, in Just cause: “In two or three sentences" in (
        result.out
    )
    assert "removed question `cause_summary`: was in Just cause" in result.out
    same = cli("playbooks", "diff", "use-of-force", "1.0", "1")
    assert "the same file: nothing differs" in same.out


def test_a_template_lists_every_question_and_tries_and_imports(cli: Run, tmp_path: Path) -> None:
    template = tmp_path / "case.yaml"
    written = cli("playbooks", "template", "sanctions", "--version", "1.0", "-o", str(template))
    assert written.code == 0, written.err
    text = template.read_text("utf-8")
    assert "  # choice: one of individuals (named individuals and entities) → 1.00," in text
    assert "  targeting_breadth:\n    answer: null\n" in text

    tried = cli("playbooks", "try", SANCTIONS_1, str(template))
    assert tried.code == 0, tried.err
    assert "Verdict: INSUFFICIENT INFORMATION" in tried.out
    filled = _write(tmp_path / "filled.yaml", text.replace(
        "  conduct_severity:\n    answer: null", "  conduct_severity:\n    answer: 0"))
    tried = cli("playbooks", "try", SANCTIONS_1, str(filled))
    assert "conduct_severity: 0 – a policy disagreement scores 0.00" in tried.out
    assert "What if: each criterion's margin to its pass mark" in tried.out

    imported = cli("assess", "import", str(template))
    assert imported.code == 0, imported.err


def test_try_reads_an_uninstalled_file_and_names_bad_answers(cli: Run, tmp_path: Path) -> None:
    draft = _write(tmp_path / "draft.yaml", _ministry().replace('version: "1.0"',
                                                                'version: "0.9"', 1))
    tried = cli("playbooks", "try", str(draft), str(_case_for_ministry(tmp_path)))
    assert tried.code == 0, tried.err
    assert "note: " in tried.out and "written for version 1.0; tried against version 0.9" in (
        tried.out
    )
    assert "Verdict: NOT LEGITIMATE" in tried.out
    assert "ministry-force" not in cli("playbooks", "list").out  # nothing was installed

    bad = _write(tmp_path / "bad.yaml", _case_for_ministry(tmp_path).read_text("utf-8")
                 .replace("answer: 2", "answer: 9", 1))
    refused = cli("playbooks", "try", str(draft), str(bad))
    assert refused.code == 2
    assert refused.error_line.startswith(f"concert-desk: {bad}:")
    assert "answers.harm_gravity.answer: is the whole number 9 (expected one of the grades" in (
        refused.error_line
    )


def test_migrate_carries_answers_and_lists_the_dropped_and_new(cli: Run, tmp_path: Path) -> None:
    version_2 = (
        USE_OF_FORCE.replace('version: "1.0"', f'version: "{NEXT}"', 1)
        .replace("id: cause_summary", "id: cause_account", 1)
    )
    assert cli("playbooks", "add", str(_write(tmp_path / "v2.yaml", version_2))).code == 0
    text = STRIKES.read_text("utf-8")
    text = text.replace("answers:\n", "answers:\n  cause_summary:\n    answer: Ships sunk\n", 1)
    draft = cli("assess", "import", str(_write(tmp_path / "case.yaml", text))).out.strip()

    moved = cli("assess", "migrate", draft, "--version", NEXT, "--by", "Editor")
    assert moved.code == 0, moved.err
    new_id, *report = moved.out.strip().splitlines()
    assert f"assessment {draft} (version 1.0) is superseded by the new draft above" in report[0]
    assert f"  dropped: cause_summary: version {NEXT} no longer asks it" in report
    assert "  new question: cause_account" in report
    shown = cli("assess", "show", new_id).out
    assert f"use-of-force {NEXT}" in shown and "revision 2 of 2" in shown
    assert "harm_gravity: 2 – serious harm to many people" in shown

    assert cli("decide", new_id, "--decision", "defer", "--by", "M",
               "--justification", "wait").code == 0
    refused = cli("assess", "migrate", new_id, "--version", "1.0")
    assert refused.code == 2
    assert "revise it first (or move it with --revise" in refused.error_line
    again = cli("assess", "migrate", new_id, "--version", "1.0", "--revise")
    assert again.code == 0, again.err
    assert "new question: cause_summary" in again.out
    assert cli("audit", "verify").code == 0


def test_the_example_in_the_case_file_format_document_imports(cli: Run, tmp_path: Path) -> None:
    document = (ROOT / "docs" / "case-file-format.md").read_text("utf-8")
    example = document.split("```yaml\n", 1)[1].split("```", 1)[0]
    imported = cli("assess", "import", str(_write(tmp_path / "example.yaml", example)))
    assert imported.code == 0, imported.err
    shown = cli("assess", "show", imported.out.strip()).out
    assert "harm_gravity: 3 – grave, widespread and systematic harm" in shown
    assert "rationale: To be written after Tuesday's briefing." in shown
