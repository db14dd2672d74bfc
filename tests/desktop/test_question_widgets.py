"""The input controls for each question kind show every choice and give back the JSON value
the workflow stores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.widgets.evidence import EvidenceRow, RationaleEditor
from desktop.widgets.member_positions import MemberPositionsInput
from desktop.widgets.questions import ChoiceInput, NumberInput, TextInput, make_input
from desktop.widgets.verdict import VerdictPanel
from desktop.widgets.wrapping import WrappingRadioButton
from playbooks.evaluate import evaluate
from playbooks.model import LIKELIHOOD_TERMS, MemberInfo, QuestionKind


@pytest.fixture
def use_of_force(catalog):
    return catalog.get("use-of-force", "1.0")


def first_of(playbook, kind):
    return next(q for q in playbook.questions() if q.kind == kind)


def test_likelihood_picker_shows_every_icd_203_term_with_its_range(qtbot, use_of_force):
    widget = make_input(first_of(use_of_force, QuestionKind.LIKELIHOOD))
    qtbot.addWidget(widget)
    assert isinstance(widget, ChoiceInput)
    labels = [button.text() for button in widget.buttons()]
    assert labels == [term.display for term in LIKELIHOOD_TERMS]
    assert "likely (55–80%)" in labels
    with qtbot.waitSignal(widget.changed):
        widget.buttons()[4].click()
    assert widget.value() == "likely"


def test_scale_shows_grade_labels_and_can_be_cleared(qtbot, use_of_force):
    question = first_of(use_of_force, QuestionKind.SCALE)
    widget = make_input(question)
    qtbot.addWidget(widget)
    labels = [button.text() for button in widget.buttons()]
    assert all(grade.label in label for grade, label in zip(question.grades, labels, strict=True))
    widget.choose(question.grades[-1].value)
    assert widget.value() == question.grades[-1].value
    widget.set_value(None)
    assert widget.value() is None


def test_a_grade_label_asks_the_height_its_text_now_needs(qtbot):
    """The height a wrapped grade label asks is remembered per width (layouts ask it many times
    over) but never outlives the text or font it was measured in: a larger font, or a longer
    label, asks more lines at the same width."""
    button = WrappingRadioButton("4 — mass killing, atrocity crimes or use of weapons of mass "
                                 "destruction")
    qtbot.addWidget(button)
    at_first = button.heightForWidth(220)
    assert button.heightForWidth(220) == at_first
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    button.setFont(font)
    larger = button.heightForWidth(220)
    assert larger > at_first
    button.setText(button.text() + ", and the harm is under way and spreading")
    assert button.heightForWidth(220) > larger


def test_yes_no_confidence_security_council_and_choice_values(qtbot, use_of_force):
    for kind, expected in (
        (QuestionKind.YES_NO, False),
        (QuestionKind.CONFIDENCE, "high"),
        (QuestionKind.SECURITY_COUNCIL, "blocked_by_veto"),
    ):
        widget = make_input(first_of(use_of_force, kind))
        qtbot.addWidget(widget)
        widget.choose(expected)
        assert widget.value() == expected
    choice = first_of(use_of_force, QuestionKind.CHOICE)
    widget = make_input(choice)
    qtbot.addWidget(widget)
    assert [b.text() for b in widget.buttons()] == [o.label for o in choice.options]
    widget.choose(choice.options[1].id)
    assert widget.value() == choice.options[1].id


def test_number_accepts_only_numbers_in_range(qtbot, use_of_force):
    question = first_of(use_of_force, QuestionKind.NUMBER)
    widget = make_input(question)
    qtbot.addWidget(widget)
    assert isinstance(widget, NumberInput)
    qtbot.keyClicks(widget.line_edit(), "120")
    assert widget.value() == 120
    widget.line_edit().clear()
    qtbot.keyClicks(widget.line_edit(), "abc")
    assert widget.value() is None


def test_text_input_emits_on_typing_and_not_on_loading(qtbot, use_of_force):
    widget = make_input(first_of(use_of_force, QuestionKind.TEXT))
    qtbot.addWidget(widget)
    assert isinstance(widget, TextInput)
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_value("stored text")
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.text_edit(), "!")
    assert widget.value() == "stored text!"


MEMBERS = [
    MemberInfo("CAN", "Canada", 40_000_000, "full"),
    MemberInfo("IND", "India", 1_400_000_000, "full"),
    MemberInfo("CRI", "Costa Rica", 5_000_000, "full"),
    MemberInfo("XKX", "Candidate land", 2_000_000, "candidate"),
]


def test_member_positions_table_lists_members_with_population_and_a_running_tally(
    qtbot, use_of_force
):
    question = first_of(use_of_force, QuestionKind.MEMBER_POSITIONS)
    widget = MemberPositionsInput(question, MEMBERS)
    qtbot.addWidget(widget)
    names = [widget.table.item(r, 0).text() for r in range(widget.table.rowCount())]
    assert names == sorted(m.name for m in MEMBERS)
    populations = {widget.table.item(r, 1).text(): widget.table.item(r, 2).text()
                   for r in range(widget.table.rowCount())}
    assert populations["IND"] == "1,400,000,000"
    with qtbot.waitSignal(widget.changed):
        widget.set_position("IND", "endorse")
    widget.set_position("CAN", "oppose")
    assert widget.value() == {"IND": "endorse", "CAN": "oppose"}
    with qtbot.waitSignal(widget.changed):
        widget.fill_position.setCurrentIndex(widget.fill_position.findData("abstain"))
        widget.fill_button.click()
    assert widget.value() == {"IND": "endorse", "CAN": "oppose", "CRI": "abstain",
                              "XKX": "abstain"}
    widget.set_position("CRI", None)
    widget.set_position("XKX", None)
    evaluation = evaluate(use_of_force, {question.id: widget.value()}, MEMBERS)
    widget.set_tally(evaluation.authority)
    assert "1 of 3 members endorse" in widget.tally.text()
    assert "1,400,000,000" in widget.tally.text()


def test_evidence_rows_carry_admiralty_grades(qtbot):
    editor = RationaleEditor("Is the harm grave?")
    qtbot.addWidget(editor)
    editor.set_values("because", "moderate", [EvidenceRow("UN report", "OCHA", "B", 2)])
    assert editor.values() == ("because", "moderate", [EvidenceRow("UN report", "OCHA", "B", 2)])
    with qtbot.waitSignal(editor.typing_changed):
        editor.evidence.add_button.click()
    item = editor.evidence.items[1]
    assert len(editor.values()[2]) == 1  # an empty new item is not evidence yet
    with qtbot.waitSignal(editor.typing_changed):
        qtbot.keyClicks(item.summary, "Satellite images")
    item.reliability.setCurrentIndex(0)  # A
    reliability = [item.reliability.itemText(i) for i in range(6)]
    assert reliability[0].startswith("A — completely reliable")
    assert reliability[5].startswith("F")
    assert item.credibility.count() == 6
    assert editor.values()[2][1] == EvidenceRow("Satellite images", "", "A", 6)
    with qtbot.waitSignal(editor.typing_changed):
        editor.evidence.items[0].remove.click()
    assert editor.values()[2] == [EvidenceRow("Satellite images", "", "A", 6)]


def test_verdict_panel_shows_criteria_reasons_and_fragility(qtbot, use_of_force):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    evaluation = evaluate(use_of_force, {}, MEMBERS)
    panel.show_evaluation(evaluation, use_of_force)
    assert "Insufficient information" in panel.verdict.text()
    for criterion in use_of_force.criteria:
        assert criterion.title in panel.criteria.text()
    assert "Required answers missing" in panel.missing.text()
    assert panel.fragility.text()
    assert Qt.TextFormat.RichText == panel.verdict.textFormat()


@pytest.mark.parametrize("stored", [1_234_567.0, 2_500_000.5, 0.000123, 10**12])
def test_a_stored_number_is_shown_in_a_form_the_field_accepts_and_reads_back(
    qtbot, use_of_force, stored
):
    # %g showed 1.23457e+06, which the field's own validator then rejected (issue 13).
    widget = make_input(use_of_force.question("expected_civilian_deaths"))
    qtbot.addWidget(widget)
    widget.set_value(stored)
    assert "e" not in widget.line_edit().text().lower()
    assert widget.line_edit().hasAcceptableInput()
    assert widget.value() == stored
