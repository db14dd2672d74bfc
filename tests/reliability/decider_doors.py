"""The decider tied by certificate (issue 12, item 1), tried as an attacker with the files of
one installation would, through the command line as real processes: a second minister
certificate made under the decider's very name (same CA, same common name, same role) must not
countersign the decision; a `--by` naming someone other than the certificate's person, and a
decider certificate without the minister's role, must decide nothing.

Before the decision could name a certificate (the name tie only), the same-name minister
countersigned and `verify` accepted the memo: this scenario failed there.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.doors import EXAMPLE, PASSPHRASE, Cli, _memo_count_problems, refused
from tests.reliability.harness import Outcome

DECIDER = "Amara Diallo"
TWO = {"CONCERT_PASSPHRASE_1": PASSPHRASE, "CONCERT_PASSPHRASE_2": PASSPHRASE}


def _imported(cli: Cli) -> str:
    result = cli("assess", "import", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split()[-1]


def _still_draft(cli: Cli, assessment: str) -> list[str]:
    shown = cli("assess", "show", assessment)
    return [] if "Decision: none yet (draft)" in shown.stdout else ["a decision was recorded"]


def decider_doors(folder: Path) -> Outcome:
    outcome = Outcome("decider doors: only the decider's own certificate countersigns")
    folder.mkdir(parents=True, exist_ok=True)
    cli = Cli(folder, f"sqlite:///{folder / 'record.db'}")
    files = {}
    for key, name, role in (("drafter", "Élodie Martin", "drafting-official"),
                            ("decider", DECIDER, "minister"),
                            ("same-name", DECIDER, "minister")):  # another key, same name
        files[key] = str(folder / f"{key}.p12")
        made = cli("identity", "new", "--name", name, "--role", role, "-o", files[key])
        assert made.returncode == 0, made.stderr
    trusted = cli("trust", "add", str(cli.data_dir / "test-ca" / "test-ca.pem"))
    assert trusted.returncode == 0, trusted.stderr

    # The door: the decision names the decider's certificate; a same-name minister signs.
    assessment = _imported(cli)
    decided = cli("decide", assessment, "--decision", "approve", "--decider", files["decider"])
    if decided.returncode != 0:  # before the fix: only a name could be given
        outcome.note(f"--decider refused ({decided.stderr.strip()[:120]}); decided by name")
        decided = cli("decide", assessment, "--decision", "approve", "--by",
                      f"{DECIDER} (TEST)")
        assert decided.returncode == 0, decided.stderr
    out = folder / "same-name.pdf"
    result = cli("memo", assessment, "-o", str(out), "--sign", files["drafter"], "--sign",
                 files["same-name"], **TWO)
    problems = refused(result, "only the decider's own certificate") + \
        _memo_count_problems(cli.db_url, 0)
    if out.exists():
        problems.append("a memo countersigned by the same-name minister was written")
        verified = cli("verify", str(out))
        if verified.returncode == 0:
            problems.append("and verify accepts it")
    outcome.trial(problems, "a same-name minister with another certificate countersigns")

    # The honest countersignature: the decider's own certificate, shown by verify.
    good = folder / "decider.pdf"
    issued = cli("memo", assessment, "-o", str(good), "--sign", files["drafter"], "--sign",
                 files["decider"], **TWO)
    verified = cli("verify", str(good)) if issued.returncode == 0 else issued
    problems = [] if issued.returncode == 0 else [f"exit {issued.returncode}: "
                                                  f"{issued.stderr.strip()[:160]}"]
    if "countersigned with it" not in verified.stdout:
        problems.append(f"verify does not show the decider's certificate: "
                        f"{verified.stdout[-200:]!r}")
    outcome.trial(problems + _memo_count_problems(cli.db_url, 1),
                  "the decider's own certificate countersigns; verify names it")

    # Deciding itself: a name that is not the certificate's person, a certificate without
    # the minister's role. Neither may record a decision.
    for what, extra, words in (
            ("a --by naming another person than the certificate's", [
                "--decider", files["decider"], "--by", "Jonas Berg"], ("--by", "Jonas Berg")),
            ("a decider certificate without the minister's role", [
                "--decider", files["drafter"]], ("minister role",))):
        other = _imported(cli)
        result = cli("decide", other, "--decision", "approve", *extra)
        outcome.trial(refused(result, *words) + _still_draft(cli, other), what)
    return outcome
