"""Issuing a memo, one operation for the command line and the desktop:
render → sign (in the order given) → store in the record → export to a file (atomically).

Everything that can fail because of the user's input (an undecided assessment, a character no
font draws, a refused signature) fails before anything is stored or written. Progress is
reported through a plain callable, so the desktop can drive a progress bar from its worker
thread without this layer knowing about Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from playbooks.errors import UserError
from playbooks.model import Playbook
from reports.context import build_memo_context
from reports.identity import SigningIdentity, unlock_identity
from reports.memo_language import memo_language
from reports.render import render_memo
from reports.sigfields import FIELD_LABELS, MINISTER_FIELD, SIGNING_ORDER
from reports.signer_rules import Decider, check_signer
from reports.signing import check_can_sign, prepare_stamp, sign_memo, signed_fields
from reports.tokens import is_token_uri, unlock_token_identity

STAGES = ("unsigned", "drafted", "countersigned")

# progress(step, done, total): step is a short sentence ("Signing as minister…").
Progress = Callable[[str, int, int], None]


def _quiet(step: str, done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class IssuedMemo:
    memo: Any  # models.workflow.MemoRecord (without PDF bytes)
    pdf: bytes
    exported_to: Path | None


def unlock(path: str | Path, passphrase: bytes, *, module: str | None = None
           ) -> SigningIdentity:
    """Open a PKCS#12 identity once (checks passphrase, validity and key usage) and prepare its
    signature stamp; the result signs any number of memos. A `pkcs11:` URI names a key on a
    token instead (reports.tokens), `passphrase` its PIN, `module` its PKCS#11 module (else
    the URI's or the configured one); its certificate is checked the same way."""
    if is_token_uri(path):
        identity = unlock_token_identity(str(path), passphrase, module=module)
    else:
        identity = unlock_identity(path, passphrase)
    prepare_stamp(identity)
    return identity


@dataclass(frozen=True)
class ExportTarget:
    """Where a memo is exported, and whether an existing file there may be replaced."""

    path: Path
    overwrite: bool = False
    protected: tuple[Path, ...] = ()  # the open record's files: never written over


def _export_target(export_to: str | Path | ExportTarget | None) -> ExportTarget | None:
    if export_to is None or isinstance(export_to, ExportTarget):
        return export_to
    return ExportTarget(Path(export_to))


def _check_export_target(target: ExportTarget | None) -> None:
    """Before anything is rendered or stored: a refused export file issues nothing."""
    if target is None:
        return
    from models.files import check_output_target

    try:
        check_output_target(target.path, overwrite=target.overwrite, protected=target.protected)
    except UserError as error:
        raise type(error)(f"{error}; nothing was issued") from None


def _export(target: ExportTarget | None, pdf: bytes) -> Path | None:
    if target is None:
        return None
    from models.files import write_atomically

    write_atomically(target.path, pdf, overwrite=target.overwrite, protected=target.protected)
    return target.path


def record_signing_rules(db: Any, assessment_id: str) -> tuple[list[Any], Decider | None]:
    """What the record adds to the signing rules: its trust roots, and whom its decision names
    as decider (the minister who must countersign)."""
    from models.records import load_assessment
    from reports.verify import configured_roots

    decision = load_assessment(db, assessment_id).decision
    decider = None
    if decision is not None:
        decider = Decider(decision.decided_by, decision.decided_by_certificate)
    return configured_roots(db), decider


UNNAMED_DRAFTER = "The drafting official whose signature follows"


def drafting_official(identities: Sequence[SigningIdentity], drafted_by: str | None) -> str:
    """Who the memo is from: the drafting official's certificate name when that identity signs
    at issue, else the name given for them; a memo issued unsigned with no name says that its
    drafting official's signature will name them (the stamp carries the certificate name)."""
    if identities:
        return identities[0].name
    return (drafted_by or "").strip() or UNNAMED_DRAFTER


def check_signers(identities: Sequence[SigningIdentity], roots: Sequence[Any],
                  decider: Decider | None) -> None:
    """Every signer against every rule, before anything is rendered or signed."""
    for index, identity in enumerate(identities):
        field_name = SIGNING_ORDER[index]
        earlier = identities[index - 1] if index else None
        check_signer(identity, field_name, roots=roots,
                     earlier=earlier.certificate if earlier else None,
                     earlier_field=SIGNING_ORDER[index - 1] if index else "",
                     decider=decider if field_name == MINISTER_FIELD else None)


def _signature_inputs(pdf: bytes, identities_by_field: dict[str, SigningIdentity]) -> list[Any]:
    from models.workflow import SignatureInput

    inputs = []
    for field_name, _signer, claimed in signed_fields(pdf):
        identity = identities_by_field.get(field_name)
        if identity is None:
            continue
        inputs.append(SignatureInput(field=field_name, signer=identity.name,
                                     cert_fingerprint=identity.fingerprint,
                                     claimed_time=claimed))
    return inputs


def issue_memo(
    db: Any,
    assessment_id: str,
    playbook: Playbook,
    *,
    actor: str,
    identities: Sequence[SigningIdentity] = (),
    export_to: str | Path | ExportTarget | None = None,
    progress: Progress | None = None,
    issued_at: datetime | None = None,
    drafted_by: str | None = None,
    language: str | None = None,
    second_language: str | None = None,
) -> IssuedMemo:
    """Render the memo of a decided assessment, sign it with the identities in order (drafting
    official, then minister), store it and export it. Returns the stored memo.

    The memo is FROM its drafting official (`drafting_official`): the name in the certificate
    of the first identity when one signs now (what the signature itself will say), else
    `drafted_by` (the official's profile, or the command line's --by). `actor` is who the
    audit chain records as issuing it; it may be the system account, which a memo never
    names. `language` is the memo's (reports.memo_language; None or "": English), and
    `second_language` the other of a bilingual memo (signed once, like any memo); an unknown
    one is refused before anything is reserved or stored."""
    from models.audit import chain_head
    from models.workflow import reserve_memo_reference, store_memo

    written_in = memo_language(language, second_language)
    report = progress or _quiet
    if len(identities) > len(SIGNING_ORDER):
        raise UserError(f"a memo takes at most {len(SIGNING_ORDER)} signatures (drafting "
                        f"official, then minister); {len(identities)} identities were given")
    target = _export_target(export_to)
    _check_export_target(target)
    from models.memos import MemoAlreadyIssued, memo_of_decision

    existing = memo_of_decision(db, assessment_id)
    if existing is not None:  # before any rendering or signing (store_memo refuses it too)
        raise MemoAlreadyIssued(existing.reference)
    roots, decider = record_signing_rules(db, assessment_id)
    check_signers(identities, roots, decider)
    total = 2 + len(identities) + (1 if target else 0)
    report("Collecting the decided record…", 0, total)
    # Reserved before rendering (it is printed on the PDF), in its own short transaction, so
    # memos issued at once never draw the same number; the head printed is the one after it.
    reference = reserve_memo_reference(db, assessment_id, actor=actor)
    head = chain_head(db)
    context = build_memo_context(db, assessment_id, playbook, reference=reference,
                                 issued_by=drafting_official(identities, drafted_by),
                                 issued_at=issued_at, audit_head=head, language=written_in.code,
                                 second_language=written_in.second)
    report("Rendering the memo…", 0, total)
    pdf = render_memo(context).pdf
    by_field: dict[str, SigningIdentity] = {}
    for index, identity in enumerate(identities):
        field_name = SIGNING_ORDER[index]
        report(f"Signing as {FIELD_LABELS[field_name].lower()} ({identity.name})…", 1 + index,
               total)
        pdf = sign_memo(pdf, identity, field_name, roots=roots, decider=decider)
        by_field[field_name] = identity
    report("Storing the memo in the record…", 1 + len(identities), total)
    memo = store_memo(db, assessment_id=assessment_id, pdf=pdf, stage=STAGES[len(identities)],
                      signatures=_signature_inputs(pdf, by_field), actor=actor,
                      reference=context.reference, audit_head=head)
    if target:
        report(f"Writing {target.path.name}…", total - 1, total)
    exported = _export_stored(target, pdf, memo.reference)
    report("Done.", total, total)
    return IssuedMemo(memo, pdf, exported)


def _export_stored(target: ExportTarget | None, pdf: bytes, reference: str) -> Path | None:
    """Export a memo that is already stored: if writing the file fails (a full disk), say that
    it is stored and how to export it again, so nobody issues it a second time."""
    try:
        return _export(target, pdf)
    except UserError as error:
        raise type(error)(f"{error}; memo {reference} is stored in the record: export it again "
                          f"with `memo {reference} -o FILE`") from None


def export_stored_memo(db: Any, reference: str, export_to: str | Path | ExportTarget
                       ) -> IssuedMemo:
    """Write the latest stored stage of a memo to a file again, byte for byte, without
    signing anything (after a failed export, or for another copy)."""
    from models.workflow import get_memo

    target = _export_target(export_to)
    assert target is not None
    _check_export_target(target)
    stored = get_memo(db, reference)
    exported = _export(target, stored.stored_pdf)
    return IssuedMemo(stored, stored.stored_pdf, exported)


def sign_stored_memo(
    db: Any,
    memo_id_or_reference: str,
    identity: SigningIdentity,
    *,
    actor: str,
    export_to: str | Path | ExportTarget | None = None,
    progress: Progress | None = None,
) -> IssuedMemo:
    """Add the next signature (in order) to a stored memo; the signed PDF is stored as a new row
    of the same memo (the next stage) and exported when asked."""
    from models.workflow import SignatureInput, get_memo, store_memo

    report = progress or _quiet
    target = _export_target(export_to)
    _check_export_target(target)
    total = 3 if target else 2
    report("Reading the stored memo…", 0, total)
    stored = get_memo(db, memo_id_or_reference)
    state = check_can_sign(stored.stored_pdf, SIGNING_ORDER[len(stored.signatures)]
                           if len(stored.signatures) < len(SIGNING_ORDER) else "")
    field_name = state.next_field
    assert field_name is not None
    roots, decider = record_signing_rules(db, stored.assessment_id)
    report(f"Signing as {FIELD_LABELS[field_name].lower()} ({identity.name})…", 1, total)
    pdf = sign_memo(stored.stored_pdf, identity, field_name, roots=roots, decider=decider)
    previous = [SignatureInput(s.field, s.signer, s.cert_fingerprint, s.claimed_time)
                for s in stored.signatures]
    new = _signature_inputs(pdf, {field_name: identity})
    report("Storing the memo in the record…", 2, total)
    memo = store_memo(db, assessment_id=stored.assessment_id, pdf=pdf,
                      stage=STAGES[len(previous) + 1], signatures=[*previous, *new],
                      actor=actor, reference=stored.reference, supersedes_memo_id=stored.id,
                      audit_head=stored.audit_head)
    exported = _export_stored(target, pdf, memo.reference)
    report("Done.", total, total)
    return IssuedMemo(memo, pdf, exported)
