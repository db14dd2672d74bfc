"""`assess …`, `decide`, `revise` and `audit verify` on a real database, as a real process."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from models.opening import open_record
from tests.cli.conftest import EXAMPLES, Run

PORT_AMSEL = str(EXAMPLES / "port-amsel-evacuation.yaml")  # verdict: legitimate
NORTHERN_STRAIT = str(EXAMPLES / "northern-strait-strikes.yaml")  # double majority just missed
KESSARY = str(EXAMPLES / "early-draft-kessary.yaml")  # insufficient information


def imported(cli: Run, file: str) -> str:
    result = cli("assess", "import", file)
    assert result.code == 0, result.err
    assessment_id = result.out.strip()
    assert len(assessment_id) == 36
    return assessment_id


def count_rows(database_url: str, table: str) -> int:
    db = open_record(database_url)
    try:
        with db.session() as session:
            return session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        db.close()


# --- import, show, export ---------------------------------------------------------------------


def test_import_then_show_gives_verdict_reasons_and_fragility(cli: Run) -> None:
    assessment_id = imported(cli, NORTHERN_STRAIT)
    result = cli("assess", "show", assessment_id)
    assert result.code == 0, result.err
    out = result.out
    assert "Strikes on the Northern Strait missile batteries" in out
    assert "Verdict: NOT LEGITIMATE" in out
    assert "gate criterion Authority failed" in out  # the deciding rule
    assert "42 of 77 members endorse (54.5%, needed 55%)" in out  # the reasons
    assert "Fragility: fragile" in out
    assert "authority        fail" in out  # per-criterion results
    assert "harm_gravity: 2 – serious harm to many people" in out  # answers in words
    assert "evidence 1 [B2]: Missile fragments" in out
    assert "Decision: none yet (draft)" in out


def test_an_incomplete_draft_shows_insufficient_information(cli: Run) -> None:
    result = cli("assess", "show", imported(cli, KESSARY))
    assert result.code == 0, result.err
    assert "Verdict: INSUFFICIENT INFORMATION" in result.out
    assert "Missing required answers: cause_evidence_confidence" in result.out
    # A rationale without an answer is kept and shown.
    assert "civilian_harm: (unanswered)" in result.out
    assert "Waiting for the planners' estimate" in result.out


def test_export_import_export_gives_the_same_bytes(cli: Run, tmp_path: Path) -> None:
    for example in (PORT_AMSEL, NORTHERN_STRAIT, KESSARY):
        first = cli("assess", "export", imported(cli, example))
        assert first.code == 0, first.err
        exported = tmp_path / "exported.yaml"
        exported.write_text(first.out, encoding="utf-8")
        second = cli("assess", "export", imported(cli, str(exported)))
        assert second.code == 0, second.err
        assert second.out == first.out


def test_export_to_a_file_writes_it_whole(cli: Run, tmp_path: Path) -> None:
    assessment_id = imported(cli, PORT_AMSEL)
    target = tmp_path / "out" / "case.yaml"
    missing_folder = cli("assess", "export", assessment_id, "-o", str(target))
    assert missing_folder.code == 2
    assert "does not exist" in missing_folder.error_line
    target.parent.mkdir()
    written = cli("assess", "export", assessment_id, "-o", str(target))
    assert written.code == 0, written.err
    assert written.out == ""
    assert target.read_text(encoding="utf-8") == cli("assess", "export", assessment_id).out
    assert [p.name for p in target.parent.iterdir()] == ["case.yaml"]  # no temporary file left


def test_a_bad_case_file_names_file_line_and_field_and_changes_nothing(
    cli: Run, database_url: str, tmp_path: Path
) -> None:
    text = Path(PORT_AMSEL).read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    # The last answer is wrong: everything before it must not be stored either.
    bad.write_text(text.replace("answer: firm", "answer: lukewarm"), encoding="utf-8")
    line = text.splitlines().index("    answer: firm") + 1
    audit_before = count_rows(database_url, "audit_entry")
    result = cli("assess", "import", str(bad))
    assert result.code == 2
    assert result.error_line.startswith(
        f"concert-desk: {bad}:{line}: answers.partner_commitment.answer: "
    )
    assert "firm" in result.error_line  # says what was expected
    assert count_rows(database_url, "assessment") == 0
    assert count_rows(database_url, "answer") == 0
    assert count_rows(database_url, "audit_entry") == audit_before


def test_a_case_file_naming_an_unknown_member_is_refused(cli: Run, tmp_path: Path) -> None:
    text = Path(PORT_AMSEL).read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("      ZAF: abstain", "      MEX: endorse"), encoding="utf-8")
    result = cli("assess", "import", str(bad))
    assert result.code == 2
    assert "answers.member_positions.answer.MEX: MEX is not in the member registry" in (
        result.error_line
    )
    assert cli("assess", "list").out.count("\n") == 1  # the header only


def test_an_unknown_playbook_is_named(cli: Run, tmp_path: Path) -> None:
    text = Path(PORT_AMSEL).read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace('version: "1.0"', 'version: "9.0"'), encoding="utf-8")
    result = cli("assess", "import", str(bad))
    assert result.code == 2
    assert result.error_line.startswith(f"concert-desk: {bad}:6: playbook: ")
    assert "9.0" in result.error_line


def test_new_creates_a_draft_that_list_and_search_find(cli: Run) -> None:
    created = cli(
        "assess", "new", "--playbook", "sanctions", "--title", "Asset freeze on the Kell junta",
        "--action", "Freeze assets of 40 named officials",
    )  # fmt: skip
    assert created.code == 0, created.err
    assessment_id = created.out.strip()
    imported(cli, PORT_AMSEL)
    listed = cli("assess", "list")
    assert assessment_id in listed.out and "Port Amsel" in listed.out
    found = cli("assess", "list", "--search", "kell")
    assert assessment_id in found.out and "Port Amsel" not in found.out
    odd = cli("assess", "list", "--search", '"unbalanced AND (NEAR* -')
    assert odd.code == 0, odd.err


def test_unknown_assessment_id_exits_2(cli: Run) -> None:
    for args in (("assess", "show"), ("assess", "export"), ("revise",)):
        result = cli(*args, "00000000-0000-0000-0000-000000000000")
        assert result.code == 2
        assert "no assessment with id 00000000-0000-0000-0000-000000000000" in result.error_line


# --- decide, revise ---------------------------------------------------------------------------


def test_decide_freezes_the_record(cli: Run) -> None:
    assessment_id = imported(cli, PORT_AMSEL)
    decided = cli(
        "decide", assessment_id, "--decision", "approve", "--by", "Minister Amara Diallo",
        "--dissent", "J. Okafor: the legal basis is thinner than the file suggests",
    )  # fmt: skip
    assert decided.code == 0, decided.err
    assert "decided: approve by Minister Amara Diallo; verdict legitimate" in decided.out
    shown = cli("assess", "show", assessment_id).out
    assert "Decision: APPROVE by Minister Amara Diallo" in shown
    assert "(follows the verdict legitimate)" in shown
    assert "Dissent, J. Okafor" in shown
    assert "Evaluation recorded with the decision" in shown
    again = cli("decide", assessment_id, "--decision", "reject", "--by", "Someone Else")
    assert again.code == 2
    assert "decided" in again.error_line


def test_a_departing_decision_needs_a_justification(cli: Run) -> None:
    assessment_id = imported(cli, NORTHERN_STRAIT)  # not legitimate
    refused = cli("decide", assessment_id, "--decision", "approve", "--by", "Minister")
    assert refused.code == 2
    assert "justification" in refused.error_line
    assert "Decision: none yet" in cli("assess", "show", assessment_id).out
    accepted = cli(
        "decide", assessment_id, "--decision", "approve", "--by", "Minister",
        "--justification", "Shipping lanes must reopen before the harvest exports.",
    )  # fmt: skip
    assert accepted.code == 0, accepted.err
    assert "departs from the verdict" in accepted.out


def test_an_incomplete_assessment_can_only_be_deferred_or_rejected(cli: Run) -> None:
    assessment_id = imported(cli, KESSARY)
    refused = cli(
        "decide", assessment_id, "--decision", "approve-with-conditions", "--by", "Minister",
        "--justification", "urgent",
    )  # fmt: skip
    assert refused.code == 2
    assert "insufficient information" in refused.error_line
    deferred = cli("decide", assessment_id, "--decision", "defer", "--by", "Minister")
    assert deferred.code == 0, deferred.err


def test_a_malformed_dissent_is_refused_before_anything_is_decided(cli: Run) -> None:
    assessment_id = imported(cli, PORT_AMSEL)
    result = cli(
        "decide", assessment_id, "--decision", "approve", "--by", "Minister",
        "--dissent", "no reviewer named",
    )  # fmt: skip
    assert result.code == 2
    assert "NAME: TEXT" in result.error_line
    assert "Decision: none yet" in cli("assess", "show", assessment_id).out


def test_revise_makes_a_new_draft_and_supersedes_the_decided_one(cli: Run) -> None:
    assessment_id = imported(cli, PORT_AMSEL)
    assert cli("decide", assessment_id, "--decision", "approve", "--by", "Minister").code == 0
    revised = cli("revise", assessment_id)
    assert revised.code == 0, revised.err
    new_id = revised.out.strip()
    old = cli("assess", "show", assessment_id).out
    assert "revision 1 of 2, superseded" in old
    assert f"superseded by:  {new_id}" in old
    new = cli("assess", "show", new_id).out
    assert "revision 2 of 2, draft" in new
    assert "Verdict: LEGITIMATE" in new  # the answers came along
    # A revision of a draft makes no sense: refused, one line.
    assert cli("revise", new_id).code == 2
