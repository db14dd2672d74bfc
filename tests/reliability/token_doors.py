"""Issue 12, item 2, tried as an attacker would: the signing doors with keys that never leave a
PKCS#11 token (SoftHSM2), through the command line as real processes. Each attempt must be
refused with one line and leave no memo and no file behind; the PIN must appear in no output
and no file the app keeps; the private key must be sensitive and never extractable.

The same checks as the PKCS#12 doors (tests/reliability/signer_doors.py), because a token is
only another place for the key: the rules are about the certificate and the person.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.reliability.doors import EXAMPLE, Cli, _memo_count_problems, refused
from tests.reliability.harness import Outcome

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"  # Debian's softhsm2 (installed by .ci/install)
DRAFTER_PIN = "drafter-pin-reliability-6172"  # distinctive, so that any leak is found
MINISTER_PIN = "minister-pin-reliability-8830"
DRAFTER = "pkcs11:token=Drafting%20card;object=drafter"
MINISTER = "pkcs11:token=Minister%20card;object=minister"
DECIDER = "Amara Diallo"


def available() -> bool:
    return shutil.which("softhsm2-util") is not None and Path(SOFTHSM_MODULE).is_file()


def _tokens(folder: Path) -> dict[str, str]:
    """Two fresh tokens in a SoftHSM2 store of this scenario's own, and the environment that
    makes main.py use them."""
    store = folder / "softhsm"
    (store / "tokens").mkdir(parents=True)
    conf = store / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {store / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    env = {"SOFTHSM2_CONF": str(conf), "CONCERT_PKCS11_MODULE": SOFTHSM_MODULE}
    for label, pin in (("Drafting card", DRAFTER_PIN), ("Minister card", MINISTER_PIN)):
        subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label,
                        "--so-pin", "so-pin-2718", "--pin", pin], check=True,
                       capture_output=True, env={**os.environ, **env})
    return env


def _decided(cli: Cli) -> str:
    imported = cli("assess", "import", str(EXAMPLE))
    assert imported.returncode == 0, imported.stderr
    assessment = imported.stdout.strip().splitlines()[-1].split()[-1]
    decided = cli("decide", assessment, "--decision", "approve", "--by", DECIDER)
    assert decided.returncode == 0, decided.stderr
    return assessment


def _pin_leaks(places: list[Path], texts: list[str]) -> list[str]:
    files = [p for place in places
             for p in ([place] if place.is_file() else place.rglob("*")) if p.is_file()]
    problems = []
    for pin in (DRAFTER_PIN, MINISTER_PIN):
        if any(pin in text for text in texts):
            problems.append("a PIN was printed")
        kept = [p.name for p in files if pin.encode() in p.read_bytes()]
        if kept:
            problems.append(f"a PIN is kept in {kept}")
    return problems


def token_doors(folder: Path) -> Outcome:
    outcome = Outcome("token doors: a token key is held to the same rules, never leaves, no PIN "
                      "kept")
    if not available():
        outcome.note("SoftHSM2 is not installed here (.ci/install installs it): not tried")
        return outcome
    folder.mkdir(parents=True, exist_ok=True)
    cli = Cli(folder, f"sqlite:///{folder / 'record.db'}")
    env = _tokens(folder)

    def made(uri: str, pin: str, name: str, role: str) -> None:
        result = cli("identity", "new", "--name", name, "--role", role, "-o", uri,
                     **{**env, "CONCERT_PASSPHRASE": pin})
        assert result.returncode == 0, result.stderr

    made(DRAFTER, DRAFTER_PIN, "Élodie Martin", "drafting-official")
    made(MINISTER, MINISTER_PIN, "Jonas Berg", "minister")  # not the decider
    made("pkcs11:token=Drafting%20card;object=again", DRAFTER_PIN, "Élodie Martin", "minister")
    minister_p12 = folder / "minister.p12"
    made_p12 = cli("identity", "new", "--name", DECIDER, "--role", "minister",
                   "-o", str(minister_p12))
    assert made_p12.returncode == 0, made_p12.stderr
    ca = cli.data_dir / "test-ca" / "test-ca.pem"
    outputs: list[str] = []

    def attempt(what: str, first: str, second: str, pins: tuple[str, str], *words: str) -> None:
        assessment = _decided(cli)
        out = folder / f"{what.split()[0]}-{len(outputs)}.pdf"
        result = cli("memo", assessment, "-o", str(out), "--sign", first, "--sign", second,
                     **{**env, "CONCERT_PASSPHRASE_1": pins[0], "CONCERT_PASSPHRASE_2": pins[1]})
        outputs.extend((result.stdout, result.stderr))
        problems = refused(result, *words) + _memo_count_problems(cli.db_url, 0)
        if out.exists():
            problems.append("a memo file was written")
        outcome.trial(problems, what)

    # Before the record trusts the CA: the token's certificate chains to no trust root.
    attempt("untrusted: a token key whose CA the record does not trust", DRAFTER,
            str(minister_p12), (DRAFTER_PIN, "a passphrase for the doors"), "trust")
    trusted = cli("trust", "add", str(ca))
    assert trusted.returncode == 0, trusted.stderr
    attempt("role: a minister's token key in the drafting official's field", MINISTER, DRAFTER,
            (MINISTER_PIN, DRAFTER_PIN), "drafting official")
    attempt("person: one official's two token keys in both fields", DRAFTER,
            "pkcs11:token=Drafting%20card;object=again", (DRAFTER_PIN, DRAFTER_PIN),
            "two different people")
    attempt("decider: a token minister who did not take the decision", DRAFTER, MINISTER,
            (DRAFTER_PIN, MINISTER_PIN), f"taken by {DECIDER}")
    attempt("PIN: a wrong PIN for the drafting card", DRAFTER, str(minister_p12),
            ("wrong-pin-5521", "a passphrase for the doors"), "wrong PIN")

    # The one honest memo: a token drafter and the decider's own file, then verified.
    assessment = _decided(cli)
    good = folder / "good.pdf"
    issued = cli("memo", assessment, "-o", str(good), "--sign", DRAFTER, "--sign",
                 str(minister_p12), **{**env, "CONCERT_PASSPHRASE_1": DRAFTER_PIN,
                                       "CONCERT_PASSPHRASE_2": "a passphrase for the doors"})
    verified = cli("verify", str(good))
    outputs.extend((issued.stdout, issued.stderr, verified.stdout, verified.stderr))
    problems = [] if issued.returncode == 0 else [f"exit {issued.returncode}: "
                                                  f"{issued.stderr.strip()[:200]}"]
    if verified.returncode != 0 or "Élodie Martin" not in verified.stdout:
        problems.append(f"verify exit {verified.returncode}: {verified.stdout[-200:]}")
    outcome.trial(problems + _memo_count_problems(cli.db_url, 1), "a token drafter and the "
                  "decider's file: issued and verified")

    if shutil.which("pkcs11-tool") is None:
        outcome.note("pkcs11-tool (Debian opensc) is not installed: key attributes not read")
    else:
        keys = subprocess.run(
            ["pkcs11-tool", "--module", SOFTHSM_MODULE, "--token-label", "Drafting card",
             "--login", "--pin", DRAFTER_PIN, "--list-objects", "--type", "privkey"],
            capture_output=True, text=True, check=False, env={**os.environ, **env}).stdout
        problems = [] if ("sensitive" in keys and "never extractable" in keys) else [
            f"the drafting key is not marked sensitive and never extractable: {keys[:200]}"]
        outcome.trial(problems, "the private key never leaves the token")
    # The app's own files: its data folder, the record, the memos (not the token's store).
    kept = [cli.data_dir, folder / "record.db", *folder.glob("*.pdf")]
    outcome.trial(_pin_leaks(kept, outputs), "no PIN printed or kept")
    return outcome
