"""The conditions of an approval are part of the decision: printed on its memo, so that the
signatures cover them, and the signed memo still verifies (pyHanko and pdfsig)."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from models.condition_records import ConditionInput
from models.db import Database
from models.tables import utc_now
from models.workflow import decide
from reports.identity import certificate_from_pem
from reports.issue import issue_memo
from reports.verify import verify_memo_file
from tests.models.sample import sample_playbook
from tests.reports.conftest import MINISTER_NAME, Identities, pdfsig
from tests.reports.test_issue import _assessment

REVIEW = utc_now().date() + timedelta(days=45)


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def test_the_memo_prints_every_condition_and_still_verifies(
    database: Database, unlocked: tuple, identities: Identities, nss_dir: str, tmp_path: Path
) -> None:
    assessment_id = _assessment(database)
    decide(database, assessment_id, decision="approve_with_conditions", by=MINISTER_NAME,
           playbook=sample_playbook(), conditions=[
               ConditionInput("Humanitarian access stays open", "Head of the aid office",
                              "Weekly report of the agencies on the ground", REVIEW,
                              "Aid convoys are blocked for more than 72 hours"),
               ConditionInput("Partners pay their agreed share", "Finance director",
                              "Quarterly statement of contributions", REVIEW + timedelta(days=1)),
           ])
    target = tmp_path / "memo.pdf"
    issued = issue_memo(database, assessment_id, sample_playbook(), actor="Ana",
                        identities=unlocked, export_to=target)
    text = _pdf_text(target)
    assert "Conditions of the approval" in text
    for words in ("Humanitarian access stays open", "Head of the aid office",
                  "Weekly report of the agencies on the ground",
                  f"{REVIEW.day} {REVIEW:%B %Y}",
                  "Aid convoys are blocked for more than 72 hours",
                  "Partners pay their agreed share", "None stated."):
        assert words in text, words
    roots = [certificate_from_pem(identities.ca_pem.read_bytes(), "ca")]
    report = verify_memo_file(database, issued.pdf, roots)
    assert report.ok, report.reason
    checked = pdfsig(target, nss_dir)
    assert checked.count("Signature is Valid.") == 2, checked
    assert checked.count("Certificate is Trusted.") == 2, checked


def test_a_memo_of_a_decision_without_conditions_prints_no_conditions_section(
    database: Database, tmp_path: Path
) -> None:
    assessment_id = _assessment(database)
    decide(database, assessment_id, decision="approve", by=MINISTER_NAME,
           justification="Approved after the partners' plans were read in full",
           playbook=sample_playbook())
    target = tmp_path / "memo.pdf"
    issue_memo(database, assessment_id, sample_playbook(), actor="Ana", export_to=target)
    text = _pdf_text(target)
    assert "Conditions of the approval" not in text
    assert "Approved after the partners' plans were read in full" in text
