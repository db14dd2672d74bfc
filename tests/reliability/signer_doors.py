"""Who signs (issue 12, item 1), tried as an attacker with the files of one installation: one
person filling both fields, a CA of one's own under the trusted CA's name, a minister who did
not take the decision. Each must be refused before anything is stored."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.harness import PLAYBOOK, Identities, Outcome, complete_draft, opened, trust


def _identity(folder: Path, name: str, role: str, authority=None) -> Path:
    from reports.identity import create_test_identity, load_or_create_test_ca
    from tests.reliability.harness import PASSPHRASE

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name.split()[0].lower()}-{role.split()[0].lower()}.p12"
    authority = authority or load_or_create_test_ca(folder.parent / "ca")
    path.write_bytes(create_test_identity(name, PASSPHRASE.encode(), role=role,
                                          authority=authority))
    return path


def signer_doors(url: str, identities: Identities, folder: Path) -> Outcome:
    from models.workflow import decide
    from playbooks.errors import UserError
    from reports.identity import load_or_create_test_ca
    from reports.issue import issue_memo, unlock

    outcome = Outcome("who signs: one person in both fields, a look-alike CA, not the decider")
    secret = identities.passphrase
    drafter = unlock(identities.drafter, secret)
    minister = unlock(identities.minister, secret)
    same_person = unlock(_identity(folder / "twin", "Ana Drafter", "Minister",
                                   load_or_create_test_ca(identities.folder / "ca")), secret)
    look_alike = load_or_create_test_ca(folder / "rogue-ca")  # same name as the trusted CA
    rogue = unlock(_identity(folder / "rogue", "Mina Minister", "Minister", look_alike), secret)
    attempts = {
        "the drafting official's file given twice": ([drafter, drafter], "Mina Minister"),
        "the drafting official with a second, minister certificate": (
            [drafter, same_person], "Ana Drafter"),
        "a minister certificate from a look-alike CA": ([drafter, rogue], "Mina Minister"),
        "the minister's countersignature on a decision someone else took": (
            [drafter, minister], "Someone Else"),
    }
    with opened(url) as db:
        trust(db, identities)
        for what, (signers, decider) in attempts.items():
            assessment_id = complete_draft(db, title=what)
            decide(db, assessment_id, decision="approve", by=decider, playbook=PLAYBOOK)
            problems = []
            try:
                issued = issue_memo(db, assessment_id, PLAYBOOK, actor="officer",
                                    identities=signers)
            except UserError as error:
                outcome.note(f"{what}: refused: {error}")
            else:
                problems.append(f"{what}: issued as {issued.memo.stage} "
                                f"({issued.memo.reference})")
            outcome.trial(problems, what)
    return outcome
