"""The memo a minister reads in two minutes (issue 15 item 4): page 1 is the submission (bottom
line, options with verdicts, recommendation, decision, conditions, signatures), the rest an
annex; no answer is printed twice; FROM names the drafting official, never the system account.

Run over the example case files shipped with the user guide (desktop/help/examples), issued
and signed through the record as the command line and the desktop issue them."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.condition_records import ConditionInput
from models.db import Database
from models.workflow import decide, load_assessment
from playbooks.loader import PlaybookCatalog
from reports.context import build_memo_context
from reports.issue import UNNAMED_DRAFTER, issue_memo
from tests.reports.conftest import DRAFTER_NAME, MINISTER_NAME, pdfsig

EXAMPLES = Path(__file__).resolve().parents[2] / "desktop" / "help" / "examples"
# Each example with a decision that its verdict allows (an incomplete file only defers).
CASES = {
    "port-amsel-evacuation": "approve_with_conditions",
    "northern-strait-strikes": "reject",
    "early-draft-kessary": "defer",
}
DECISION_WORDS = {"approve_with_conditions": "Approve with conditions", "reject": "Reject",
                  "defer": "Defer"}


def page_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    text = subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return " ".join(text.split())


def conditions(count: int, words: int = 1) -> list[ConditionInput]:
    filler = " ".join(["and the partners report on it weekly"] * words)
    return [ConditionInput(f"Condition {n} holds throughout the operation {filler}.",
                           f"Owner {n}", f"Checked by review {n} {filler}.",
                           date.today() + timedelta(days=7 + n),
                           f"Tripwire {n}: the corridor is attacked {filler}.")
            for n in range(1, count + 1)]


def issued_example(db: Database, name: str, tmp_path: Path, unlocked: tuple, *,
                   title: str = "", many: int = 2, words: int = 1) -> tuple[Path, str]:
    from models.casefile import import_case_file

    catalog = PlaybookCatalog.load(None)
    assessment_id = import_case_file(db, EXAMPLES / f"{name}.yaml", catalog, "analyst")
    if title:
        from sqlalchemy import text

        with db.session() as session:  # a draft's title, as long as the record allows
            session.execute(text("UPDATE assessment SET title = :t WHERE id = :i"),
                            {"t": title, "i": assessment_id})
            session.commit()
    record = load_assessment(db, assessment_id)
    playbook = catalog.by_hash(record.playbook_hash)
    decision = CASES[name]
    decide(db, assessment_id, decision=decision, by=MINISTER_NAME, playbook=playbook,
           conditions=conditions(many, words) if decision == "approve_with_conditions" else ())
    out = tmp_path / f"{name}.pdf"
    issue_memo(db, assessment_id, playbook, actor="root", identities=unlocked, export_to=out)
    return out, assessment_id


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_one_holds_bottom_line_options_recommendation_decision_and_signatures(
        database: Database, unlocked: tuple, tmp_path: Path, name: str) -> None:
    pdf, _ = issued_example(database, name, tmp_path, unlocked)
    first = page_text(pdf, 1, 1)
    for expected in ("Bottom line", f"Decision: {DECISION_WORDS[CASES[name]]}", "Options",
                     "A. The proposed action", "Recommendation", "Signatures",
                     "Digital signature field “drafting_official”",
                     "Digital signature field “minister”", f"FROM {DRAFTER_NAME}"):
        assert expected in first, f"{name}: page 1 lacks {expected!r}"
    if CASES[name] == "approve_with_conditions":
        assert "Conditions of the approval" in first and "Tripwire 1" in first
    annex = page_text(pdf, 2)
    assert first and "Annex" in annex and "Findings and evidence by criterion" in annex
    assert "Bottom line" not in annex and "Recommendation" not in annex


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_answer_is_printed_twice(database: Database, unlocked: tuple, tmp_path: Path,
                                    name: str) -> None:
    """Each answer appears once, on its own line in the annex: not again in its score note
    ("Answer: low · low scores 0.00") nor in a criterion sentence that quotes it. Only the
    fragility line on page 1 may name an answer: it says which change would flip the verdict."""
    pdf, assessment_id = issued_example(database, name, tmp_path, unlocked)
    record = load_assessment(database, assessment_id)
    playbook = PlaybookCatalog.load(None).by_hash(record.playbook_hash)
    ctx = build_memo_context(database, assessment_id, playbook, reference="x", issued_by="x")
    text = page_text(pdf)
    answers = [a for c in ctx.criteria for a in c.answers] + list(ctx.legal_answers)
    everyone = [" ".join(a.answer.split()) for a in answers]
    checked = 0
    for answer in answers:
        shown = " ".join(answer.answer.split())
        if not shown:
            continue
        assert shown not in answer.score_note
        assert f"Answer: {shown} · {shown}" not in text
        if len(shown) < 10:  # "yes", "moderate": words other answers and sentences use too
            continue
        expected = sum(other.count(shown) for other in everyone)  # two may answer alike
        expected += sum(" ".join(o.fragility.split()).count(shown) for o in ctx.options)
        assert text.count(shown) == expected, f"{name}: {shown!r} printed " \
                                              f"{text.count(shown)} times"
        checked += 1
    assert checked >= 3 or name == "early-draft-kessary"


def test_a_long_case_keeps_the_submission_and_signatures_on_page_one(
        database: Database, unlocked: tuple, tmp_path: Path) -> None:
    """A 500-character title and 14 wordy conditions over a memo of 77 members: page 1 keeps
    what must be decided and signed; each condition's check and tripwire move to the annex,
    printed there once."""
    title = ("Protected evacuation corridor for Port Amsel with naval escort, air cover and a "
             "humanitarian air bridge ") * 5
    pdf, _ = issued_example(database, "port-amsel-evacuation", tmp_path, unlocked,
                            title=title.strip()[:500], many=14, words=6)
    first = page_text(pdf, 1, 1)
    assert "Decision: Approve with conditions" in first
    assert "Digital signature field “minister”" in first
    assert "14 conditions, the first review due on" in first
    text = page_text(pdf)
    assert "G. Conditions of the approval" in text
    for n in (1, 14):
        assert text.count(f"Tripwire {n}: the corridor is attacked") == 1
        assert text.count(f"Checked by review {n} ") == 1


def test_signed_memos_still_pass_pdfsig(database: Database, unlocked: tuple, tmp_path: Path,
                                        nss_dir: str) -> None:
    pdf, _ = issued_example(database, "port-amsel-evacuation", tmp_path, unlocked)
    report = pdfsig(pdf, nss_dir)
    assert report.count("Signature is Valid.") == 2, report
    assert report.count("Certificate is Trusted.") == 2, report


def test_from_is_the_drafting_officials_certificate_name_never_the_system_account(
        database: Database, unlocked: tuple, tmp_path: Path) -> None:
    """Signed at issue, the memo is from the name in the drafting official's certificate,
    whoever runs the command; issued unsigned, from the name given (--by, the profile) or,
    with none, from the drafting official whose signature follows: never the actor the audit
    records, which may be the system account."""
    signed, _ = issued_example(database, "northern-strait-strikes", tmp_path, unlocked)
    assert re.search(f"FROM {DRAFTER_NAME}( \\(TEST\\))? DATE", page_text(signed, 1, 1))
    catalog = PlaybookCatalog.load(None)
    from models.casefile import import_case_file

    for drafted_by, expected in (("Ana Drafter (Desk officer, Crisis Unit)",
                                  "Ana Drafter (Desk officer, Crisis Unit)"),
                                 (None, UNNAMED_DRAFTER)):
        assessment_id = import_case_file(database, EXAMPLES / "early-draft-kessary.yaml",
                                         catalog, "analyst")
        playbook = catalog.by_hash(load_assessment(database, assessment_id).playbook_hash)
        decide(database, assessment_id, decision="defer", by=MINISTER_NAME, playbook=playbook)
        out = tmp_path / f"unsigned-{assessment_id}.pdf"
        issue_memo(database, assessment_id, playbook, actor="root", export_to=out,
                   drafted_by=drafted_by)
        first = page_text(out, 1, 1)
        assert f"FROM {expected} DATE" in first
        assert "root" not in first


def test_a_case_with_options_lists_every_option_on_page_one(database: Database, unlocked: tuple,
                                                            tmp_path: Path) -> None:
    """Issue 15 items 1 and 4: page 1's options table holds every option of the case, "no
    action" included, the best-judged one recommended and the chosen one marked; choosing
    another than the best-judged departs from the recommendation, with its justification."""
    from tests.models.test_options_record import OPTIONS_PLAYBOOK, three_option_case

    assessment_id = three_option_case(database)
    decide(database, assessment_id, decision="approve-with-conditions", by=MINISTER_NAME,
           option="blockade", justification="Partners will not fly", playbook=OPTIONS_PLAYBOOK,
           conditions=conditions(1))
    out = tmp_path / "options.pdf"
    issue_memo(database, assessment_id, OPTIONS_PLAYBOOK, actor="root", identities=unlocked,
               export_to=out)
    first = page_text(out, 1, 1)
    for expected in ("A. No action", "B. Air strikes (recommended)", "C. Naval blockade (chosen)",
                     "option B (air strikes)", "departs from the recommendation",
                     "Partners will not fly"):
        assert expected in first, f"page 1 lacks {expected!r}"
    assert "The proposed action" not in first


def test_six_options_with_long_titles_keep_the_recommendation_and_signatures_on_page_one(
    database: Database, unlocked: tuple, tmp_path: Path
) -> None:
    """Page 1 with the most options a case holds: each row says in one short line what would
    change its verdict (the criterion, the answer from → to, the verdict it gives), so the
    recommendation, the legal basis and both signature fields stay on page 1."""
    from models.options import OptionSpec, save_option_answer, set_options
    from playbooks.options import NO_ACTION
    from tests.models.test_options_record import OPTIONS_PLAYBOOK, three_option_case

    assessment_id = three_option_case(database)
    titles = ["An arms embargo enforced at sea by the partners' navies and coast guards",
              "A protected zone around the port city held by ground forces of three partners",
              "A no-fly zone over the northern provinces with airborne early warning"]
    specs = [OptionSpec(NO_ACTION, "No action", "Stand aside and keep monitoring"),
             OptionSpec("air_strikes", "Air strikes", "Strikes on the artillery positions"),
             OptionSpec("blockade", "Naval blockade", "Close the port to arms shipments"),
             *(OptionSpec(f"option_{n}", title, "") for n, title in enumerate(titles, 4))]
    set_options(database, assessment_id, specs, actor="a", playbook=OPTIONS_PLAYBOOK)
    for n in range(4, 7):
        save_option_answer(database, assessment_id, f"option_{n}", "halts_harm", n % 3,
                           actor="a", playbook=OPTIONS_PLAYBOOK)
    decide(database, assessment_id, decision="approve", by=MINISTER_NAME,
           option="air_strikes", playbook=OPTIONS_PLAYBOOK)
    out = tmp_path / "six.pdf"
    issue_memo(database, assessment_id, OPTIONS_PLAYBOOK, actor="root", identities=unlocked,
               export_to=out)
    first = page_text(out, 1, 1)
    for label in "ABCDEF":
        assert f"{label}. " in first
    assert "Recommendation" in first and "Signatures" in first
    assert "Drafting official" in first and "Minister" in first.split("Signatures")[1]
    assert "makes it" in first  # each option's change in its short form
    assert "halts_harm" not in first  # questions and criteria in words, never by id
