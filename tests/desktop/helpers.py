"""Driving the stepper the way an official would: click, type, move between steps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.widgets.member_positions import MemberPositionsInput
from desktop.widgets.questions import ChoiceInput, NumberInput, TextInput
from playbooks.model import QuestionKind


def supportive_value(question):
    """The answer that most supports legitimacy (what a strong case looks like)."""
    kind = question.kind
    higher = question.better in ("higher", "yes", "")
    if kind == QuestionKind.SCALE:
        return (question.grades[-1] if higher else question.grades[0]).value
    if kind == QuestionKind.CHOICE:
        return max(question.options, key=lambda o: o.score).id
    if kind == QuestionKind.LIKELIHOOD:
        return "almost_certain" if higher else "almost_no_chance"
    if kind == QuestionKind.CONFIDENCE:
        return "high" if higher else "low"
    if kind == QuestionKind.YES_NO:
        return question.better != "no"
    if kind == QuestionKind.SECURITY_COUNCIL:
        return max(question.status_scores, key=question.status_scores.get)
    if kind == QuestionKind.NUMBER:
        return question.full_score_at if question.full_score_at is not None else 1
    return None


def answer(qtbot, editor, value) -> None:
    """Give one answer through its control (clicks and typing, not set_value)."""
    widget = editor.input
    if isinstance(widget, ChoiceInput):
        widget.choose(value)
    elif isinstance(widget, NumberInput):
        widget.line_edit().clear()
        qtbot.keyClicks(widget.line_edit(), f"{value:g}")
    elif isinstance(widget, TextInput):
        widget.text_edit().setFocus()
        qtbot.keyClicks(widget.text_edit(), value)
    elif isinstance(widget, MemberPositionsInput):
        for iso, position in value.items():
            widget.set_position(iso, position)
    else:
        raise AssertionError(f"no way to answer {type(widget).__name__}")


def answer_everything(qtbot, page, member_isos, *, skip=()) -> None:
    """Answer every question of the open assessment, step by step with the keyboard."""
    page.go_to_step(0)
    for index, step in enumerate(page.steps):
        assert page.current_step() == index
        for question_id, editor in step.editors.items():
            if question_id in skip:
                continue
            question = editor.question
            if question.kind == QuestionKind.TEXT:
                answer(qtbot, editor, f"Answer to {question.id}")
            elif question.kind == QuestionKind.MEMBER_POSITIONS:
                table = editor.input
                table.fill_position.setCurrentIndex(table.fill_position.findData("endorse"))
                table.fill_button.click()  # every member endorses, in one change
                assert set(table.value()) >= set(member_isos)
            else:
                answer(qtbot, editor, supportive_value(question))
            if question.kind == QuestionKind.LIKELIHOOD:
                # Format 2 playbooks judge a likelihood only with its rationale (ICD 203).
                editor.backing.rationale.setPlainText("From the force assessment and precedents.")
        qtbot.keyClick(page, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)


def settle(qtbot, page) -> None:
    """Wait until every edit is written and the verdict recomputed."""
    page.flush()
    qtbot.waitUntil(lambda: page.is_settled() and page.context.runner.is_idle(), timeout=20000)


def decided_record(db, catalog, title="Naval interdiction", *, signers=()):
    """A decided use-of-force assessment written straight through the models (quicker than the
    widgets when a test is about what comes after), with a memo signed by `signers` (unlocked
    identities) when given. Returns (assessment id, memo id or None)."""
    from models.workflow import create_assessment, decide, member_infos, save_answer
    from reports.issue import issue_memo

    playbook = catalog.get("use-of-force", "1.0")  # answers every 1.0 question supportively
    assessment_id = create_assessment(db, playbook, title=title, proposed_action="Interdiction",
                                      actor="analyst")
    endorse = {m.iso: "endorse" for m in member_infos(db) if m.standing == "full"}
    for question in playbook.questions():
        if question.kind == QuestionKind.MEMBER_POSITIONS:
            value = endorse
        elif question.kind == QuestionKind.TEXT:
            value = f"Answer to {question.id}"
        else:
            value = supportive_value(question)
        save_answer(db, assessment_id, question.id, value, actor="analyst", playbook=playbook)
    decide(db, assessment_id, decision="approve", by="Min Ister", playbook=playbook)
    if not signers:
        return assessment_id, None
    from reports.issue import record_signing_rules

    roots, _decider = record_signing_rules(db, assessment_id)
    if not roots:
        return assessment_id, signed_before_roots_were_checked(db, assessment_id, playbook,
                                                               signers)
    memo = issue_memo(db, assessment_id, playbook, actor="analyst", identities=list(signers))
    return assessment_id, memo.memo.id


def signed_before_roots_were_checked(db, assessment_id, playbook, signers) -> str:
    """A memo signed by identities whose CA the record does not trust, issued as versions
    before issue 12 issued it (signing did not check the record's trust roots then): render,
    sign, store one row. What an older record holds, and what the trust-root page, the badge
    and the archive check must handle."""
    from models.audit import chain_head
    from models.workflow import SignatureInput, next_memo_reference, store_memo
    from reports.context import build_memo_context
    from reports.issue import STAGES
    from reports.render import render_memo
    from reports.sigfields import SIGNING_ORDER
    from reports.signing import sign_memo, signed_fields

    head = chain_head(db)
    context = build_memo_context(db, assessment_id, playbook, reference=next_memo_reference(db),
                                 issued_by="analyst", audit_head=head)
    pdf = render_memo(context).pdf
    for index, identity in enumerate(signers):
        pdf = sign_memo(pdf, identity, SIGNING_ORDER[index])
    signatures = [SignatureInput(field, identity.name, identity.fingerprint, claimed)
                  for (field, _name, claimed), identity in zip(signed_fields(pdf), signers,
                                                                strict=True)]
    return store_memo(db, assessment_id=assessment_id, pdf=pdf, stage=STAGES[len(signers)],
                      signatures=signatures, actor="analyst", reference=context.reference,
                      audit_head=head).id


def untrusted_signers(folder, passphrase=b"test passphrase"):
    """Two TEST identities (drafting official, minister) under a fresh TEST CA that the record
    does not trust yet. Returns (the CA, [unlocked identities])."""
    from reports.identity import create_test_identity, load_or_create_test_ca
    from reports.issue import unlock

    authority = load_or_create_test_ca(folder / "test-ca")
    signers = []
    for name, role in (("Ana Drafter", "Drafting official"), ("Min Ister", "Minister")):
        path = folder / f"{name.split()[0].lower()}.p12"
        path.write_bytes(create_test_identity(name, passphrase, role=role, authority=authority))
        signers.append(unlock(path, passphrase))
    return authority, signers


def select_in_history(qtbot, window, assessment_id) -> None:
    """Show History and select the row of `assessment_id`, waiting for its details."""
    from desktop.main_window import HISTORY

    window.show_page(HISTORY)
    history = window.history
    history.refresh()
    qtbot.waitUntil(lambda: window.context.runner.is_idle()
                    and history.model.rowCount() > 0, timeout=20000)
    row = next(r for r in range(history.model.rowCount())
               if history.model.assessment_id(r) == assessment_id)
    history.table.selectRow(row)
    qtbot.waitUntil(lambda: history.detail.record is not None
                    and history.detail.record.id == assessment_id
                    and window.context.runner.is_idle(), timeout=20000)


def unnamed_controls(root) -> list[str]:
    """Controls visible in `root` that a screen reader could not name (no accessible name and
    no text of their own)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
             QPlainTextEdit, QTextEdit)
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                       QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo box or spin box speaks through its owner
        if isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            continue  # a table's header: its section titles name the columns
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll area corners, spin box arrows)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.strip()):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return unnamed
