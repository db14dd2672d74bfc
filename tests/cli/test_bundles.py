"""`bundle export`, `bundle verify` and `bundle import` as real processes on real files: a SQLite
record's cases moved into a fresh SQLite record and into a fresh PostgreSQL record (when
CONCERT_TEST_PG_URL is set), which `audit verify --archive` then accepts and whose search finds
them; damaged, altered and forged bundles refused naming the problem, with nothing written;
the same bundle imported twice."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from models.decisions import add_dissent
from models.notes import add_note
from models.opening import open_record
from reports.bundle_file import MANIFEST, SIGNATURE, manifest_bytes, sign_manifest
from reports.identity import unlock_identity
from tests.cli.conftest import EXAMPLES, Result, run_main
from tests.support import PostgresDatabases, copy_sqlite, make_sqlite_template

PORT_AMSEL = str(EXAMPLES / "port-amsel-evacuation.yaml")
KESSARY = str(EXAMPLES / "early-draft-kessary.yaml")
PASSPHRASE = "a long test passphrase"
SECRET = {"CONCERT_PASSPHRASE": PASSPHRASE}


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sqlite_template(tmp_path_factory.mktemp("bundle-template"))


def sqlite_record(template: Path, path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    return copy_sqlite(template, path)


@pytest.fixture(params=["sqlite", "postgresql"])
def receiver(request: pytest.FixtureRequest, _template: Path, tmp_path: Path) -> Iterator[str]:
    """A fresh record to import into: SQLite, or PostgreSQL when CONCERT_TEST_PG_URL is set."""
    if request.param == "sqlite":
        yield sqlite_record(_template, tmp_path / "receiver" / "concert.db")
        return
    if not os.environ.get("CONCERT_TEST_PG_URL"):
        pytest.skip("CONCERT_TEST_PG_URL is not set")
    template = request.getfixturevalue("_database_template")
    assert isinstance(template, PostgresDatabases)
    with template.fresh() as url:
        yield url


def ok(result: Result) -> str:
    assert result.code == 0, result.err
    return result.out


def origin_record(template: Path, tmp_path: Path) -> tuple[str, str, str, Path]:
    """A SQLite record with a decided case (a signed memo, a dissent, a note) and a submitted
    draft: (its URL, the decided id, the draft id, the exporting official's identity)."""
    url = sqlite_record(template, tmp_path / "origin" / "concert.db")
    decided = ok(run_main("assess", "import", PORT_AMSEL, db_url=url)).split()[-1]
    draft = ok(run_main("assess", "import", KESSARY, db_url=url)).split()[-1]
    ok(run_main("decide", decided, "--decision", "approve", "--by", "Amara Diallo", db_url=url))
    identity = tmp_path / "drafter.p12"
    ok(run_main("identity", "new", "--name", "Ana Łukasiewicz", "--role", "Drafting official",
                "-o", str(identity), db_url=url, env=SECRET))
    ok(run_main("trust", "add", str(ca_file()), db_url=url))
    ok(run_main("memo", decided, "-o", str(tmp_path / "memo.pdf"), "--sign", str(identity),
                db_url=url, env=SECRET))
    ok(run_main("assess", "submit", draft, "--by", "Ana Łukasiewicz", db_url=url))
    # What happened, and a look back (schema 0012, bundle format 2): they travel with the case.
    ok(run_main("outcomes", "record", decided, "--question", "success_likelihood",
                "--result", "occurred", "--note", "Evacuees reached Tervik harbour.",
                "--evidence", "B2: UN situation report | OCHA", "--by", "Jonas Berg",
                db_url=url))
    ok(run_main("outcomes", "retrospective", decided, "--wrong", "The weather",
                "--again", "Ask the navy first", db_url=url))
    ok(run_main("outcomes", "date", draft, "--question", "success_likelihood",
                "--on", "2027-06-30", "--by", "Ana Łukasiewicz", db_url=url))
    db = open_record(url)
    try:
        add_dissent(db, decided, reviewer="Jonas Berg", text="The corridor is not defensible.")
        add_note(db, decided, "Kept for the record.", kind="scenario", actor="Jonas Berg")
    finally:
        db.close()
    return url, decided, draft, identity


def ca_file() -> Path:
    from models.db import user_data_dir

    return user_data_dir() / "test-ca" / "test-ca.pem"


def counts(url: str) -> dict[str, int]:
    db = open_record(url)
    try:
        with db.session() as session:
            return {table: session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
                    for table in ("assessment", "answer", "decision", "dissent", "case_note",
                                  "memo", "audit_entry", "outcome", "retrospective",
                                  "resolution_date")}
    finally:
        db.close()


def test_export_verify_import_twice(_template: Path, receiver: str, tmp_path: Path) -> None:
    origin, decided, draft, identity = origin_record(_template, tmp_path)
    bundle = tmp_path / "cases.bundle"
    written = ok(run_main("bundle", "export", "--all", "-o", str(bundle), "--identity",
                          str(identity), db_url=origin, env=SECRET))
    assert "2 assessments" in written and "signed by Ana Łukasiewicz" in written

    untrusting = run_main("bundle", "verify", str(bundle), db_url=receiver)
    assert untrusting.code == 1 and "trusts no certification authority" in untrusting.err
    ok(run_main("trust", "add", str(ca_file()), db_url=receiver))
    verified = ok(run_main("bundle", "verify", str(bundle), db_url=receiver))
    assert "bundle intact: 2 assessments, 1 memos" in verified

    before = counts(receiver)
    imported = ok(run_main("bundle", "import", str(bundle), "--by", "Records Officer",
                           db_url=receiver))
    assert "imported: 2 assessments" in imported
    after = counts(receiver)
    assert (after["assessment"], after["decision"], after["dissent"], after["case_note"]) == (
        2, 1, 1, 1)
    assert after["memo"] == 1  # the signed memo, byte for byte
    assert (after["outcome"], after["retrospective"], after["resolution_date"]) == (1, 1, 1)
    archive = ok(run_main("audit", "verify", "--archive", db_url=receiver))
    assert archive.startswith("archive intact") and "1 stored memos checked" in archive
    memo = ok(run_main("verify", str(tmp_path / "memo.pdf"), db_url=receiver))
    assert "matches the stored memo (drafted)" in memo
    shown = ok(run_main("assess", "show", decided, db_url=receiver))
    assert "Amara Diallo" in shown and "Dissent, Jonas Berg" in shown
    found = ok(run_main("assess", "list", "--search", "Amsel", db_url=receiver))
    assert decided in found and draft not in found
    assert decided in ok(run_main("assess", "list", "--search", "Tervik", db_url=receiver))

    again = ok(run_main("bundle", "import", str(bundle), db_url=receiver))
    assert again.startswith("nothing to import") and counts(receiver) == after
    assert before["audit_entry"] < after["audit_entry"]

    db = open_record(receiver)
    try:
        with db.session() as session:
            payload = session.execute(sa.text(
                "SELECT payload FROM audit_entry WHERE action = 'bundle.import'")).scalar_one()
    finally:
        db.close()
    provenance = json.loads(payload)["origin"]
    assert provenance["exported_by"] == "Ana Łukasiewicz (TEST)"
    assert len(provenance["record_id"]) == 64

    # An outcome recorded at the origin after the import is added by the next bundle alone.
    ok(run_main("outcomes", "record", decided, "--question", "success_likelihood",
                "--result", "cannot-tell", "--note", "The harbour log was lost.",
                "--by", "Jonas Berg", db_url=origin))
    later = tmp_path / "later.bundle"
    ok(run_main("bundle", "export", "--all", "-o", str(later), "--identity", str(identity),
                db_url=origin, env=SECRET))
    assert "imported: 1 assessments" in ok(run_main("bundle", "import", str(later),
                                                    db_url=receiver))
    assert counts(receiver)["outcome"] == 2
    assert ok(run_main("audit", "verify", "--archive", db_url=receiver)).startswith(
        "archive intact")


def rebuilt(bundle: Path, target: Path, identity: Path, change: dict[str, bytes | None]) -> Path:
    """The bundle with members changed (None: removed), re-listed and signed again by the same
    official: what an insider holding the key could make. Only the content checks can catch it."""
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    members.pop(SIGNATURE)
    for name, data in change.items():
        if data is None:
            members.pop(name)
        else:
            members[name] = data
    import hashlib

    manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in sorted(members.items())}
    text = manifest_bytes(manifest)
    signer = unlock_identity(identity, PASSPHRASE.encode())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, text)
        archive.writestr(SIGNATURE, sign_manifest(text, signer))
        for name, data in members.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def test_damaged_bundles_refused_nothing_written(_template: Path, tmp_path: Path) -> None:
    origin, decided, _, identity = origin_record(_template, tmp_path)
    bundle = tmp_path / "cases.bundle"
    ok(run_main("bundle", "export", decided, "-o", str(bundle), "--identity", str(identity),
                db_url=origin, env=SECRET))
    receiver = sqlite_record(_template, tmp_path / "receiver" / "concert.db")
    ok(run_main("trust", "add", str(ca_file()), db_url=receiver))
    with zipfile.ZipFile(bundle) as archive:
        audit = archive.read("audit.jsonl").decode().splitlines(keepends=True)
        memo_name = next(n for n in archive.namelist() if n.startswith("memos/"))
        memo = bytearray(archive.read(memo_name))
        records = json.loads(archive.read("records.json"))
    memo[len(memo) // 2] ^= 0x01
    (outcome,) = records["cases"][decided]["outcome"]
    outcome_id, outcome["result"] = outcome["id"], "not_occurred"  # an insider's better record
    altered_outcome = json.dumps(records).encode()
    flipped = bytearray(bundle.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    forged_signature = tmp_path / "forged.bundle"
    # a signature over other bytes than this manifest: the manifest changed after signing
    with zipfile.ZipFile(bundle) as archive, zipfile.ZipFile(forged_signature, "w") as forged:
        for name in archive.namelist():
            data = archive.read(name)
            if name == MANIFEST:
                data = data.replace(b"Ana \xc5\x81ukasiewicz", b"Amara Diallo")
            forged.writestr(name, data)
    cases = {
        "flipped": (tmp_path / "flipped.bundle", "not a readable bundle"),
        "entry removed": (rebuilt(bundle, tmp_path / "cut.bundle", identity,
                                  {"audit.jsonl": "".join(audit[:3] + audit[4:]).encode()}),
                          "audit.jsonl: entry 4 is missing"),
        "memo altered": (rebuilt(bundle, tmp_path / "memo.bundle", identity,
                                 {memo_name: bytes(memo)}),
                         f"{memo_name}: memo CD-"),
        "truncated": (tmp_path / "truncated.bundle", "not a readable bundle"),
        "entries reordered": (rebuilt(bundle, tmp_path / "reordered.bundle", identity,
                                      {"audit.jsonl": "".join(
                                          [*audit[:2], audit[3], audit[2], *audit[4:]]).encode()}),
                              "audit.jsonl: entry 3 is missing (the next one is entry 4)"),
        "wrong signature": (forged_signature,
                            "manifest.p7s: the signature does not match the manifest"),
        "outcome altered": (rebuilt(bundle, tmp_path / "outcome.bundle", identity,
                                    {"records.json": altered_outcome}),
                            f"outcome {outcome_id} of assessment {decided} is not as the "
                            "origin's audit entries recorded it"),
    }
    (tmp_path / "flipped.bundle").write_bytes(bytes(flipped))
    (tmp_path / "truncated.bundle").write_bytes(bundle.read_bytes()[:-200])
    before = counts(receiver)
    for what, (path, expected) in cases.items():
        for command in ("verify", "import"):
            refused = run_main("bundle", command, str(path), db_url=receiver)
            assert refused.code in (1, 2), (what, refused.out)
            assert expected in refused.err, (what, refused.err)
            assert "nothing was written" in refused.err or refused.code == 2, (what, refused.err)
        assert counts(receiver) == before, what
    altered = run_main("bundle", "verify", str(cases["memo altered"][0]), db_url=receiver)
    assert "its bytes do not match its recorded SHA-256" in altered.err


def test_conflict_refused_in_one_line(_template: Path, tmp_path: Path) -> None:
    """A case the receiver holds, arriving with other content (here a draft's title, signed
    again by the exporting official), is refused whole: one line, nothing written."""
    origin, _, draft, identity = origin_record(_template, tmp_path)
    bundle = tmp_path / "draft.bundle"
    ok(run_main("bundle", "export", draft, "-o", str(bundle), "--identity", str(identity),
                db_url=origin, env=SECRET))
    receiver = sqlite_record(_template, tmp_path / "receiver" / "concert.db")
    ok(run_main("trust", "add", str(ca_file()), db_url=receiver))
    assert "imported: 1 assessments" in ok(run_main("bundle", "import", str(bundle),
                                                    db_url=receiver))
    with zipfile.ZipFile(bundle) as archive:
        records = json.loads(archive.read("records.json"))
    records["cases"][draft]["assessment"][0]["title"] = "Another title"
    other = rebuilt(bundle, tmp_path / "other.bundle", identity,
                    {"records.json": json.dumps(records).encode()})
    before = counts(receiver)
    refused = run_main("bundle", "import", str(other), db_url=receiver)
    assert refused.code == 2
    assert refused.error_line.endswith(f"conflict: assessment {draft} is held here with other "
                                       "content; nothing was imported")
    assert counts(receiver) == before


def behind_the_triggers(path: str, statement: str) -> None:
    """What someone holding the SQLite file could do: drop the triggers, edit, restore them."""
    import sqlite3

    plain = sqlite3.connect(path.removeprefix("sqlite:///"))
    try:
        kept = plain.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _ in kept:
            plain.execute(f'DROP TRIGGER "{name}"')
        assert plain.execute(statement).rowcount == 1
        for _, sql in kept:
            plain.execute(sql)
        plain.commit()
    finally:
        plain.close()


@pytest.mark.parametrize(("statement", "expected"), [
    ("UPDATE dissent SET text = 'Softened.'", "imported dissent"),
    ("UPDATE memo SET pdf = CAST(pdf || x'20' AS BLOB)", "imported memo"),
    ("UPDATE decision SET justification = 'Rewritten.'", "imported assessment"),
    ("UPDATE outcome SET result = 'not_occurred'", "imported outcome"),
    ("UPDATE retrospective SET wrong = 'Nothing.'", "imported retrospective"),
])
def test_imported_rows_stay_under_the_audit_check(_template: Path, tmp_path: Path,
                                                  statement: str, expected: str) -> None:
    """Rows a bundle brought in are checked like any other: changed behind the triggers' back,
    `audit verify` names them."""
    origin, decided, _, identity = origin_record(_template, tmp_path)
    bundle = tmp_path / "case.bundle"
    ok(run_main("bundle", "export", decided, "-o", str(bundle), "--identity", str(identity),
                db_url=origin, env=SECRET))
    receiver = sqlite_record(_template, tmp_path / "receiver" / "concert.db")
    ok(run_main("trust", "add", str(ca_file()), db_url=receiver))
    ok(run_main("bundle", "import", str(bundle), db_url=receiver))
    behind_the_triggers(receiver, statement)
    checked = run_main("audit", "verify", db_url=receiver)
    assert checked.code == 1 and expected in checked.out + checked.err


def test_second_hop(_template: Path, tmp_path: Path) -> None:
    """A record that received a case passes it on: the second receiver checks the imported rows
    and memo against the first receiver's bundle.case entries, and its archive check passes."""
    origin, decided, _, identity = origin_record(_template, tmp_path)
    first, second = (sqlite_record(_template, tmp_path / name / "concert.db")
                     for name in ("first", "second"))
    hop1, hop2 = tmp_path / "hop1.bundle", tmp_path / "hop2.bundle"
    ok(run_main("bundle", "export", decided, "-o", str(hop1), "--identity", str(identity),
                db_url=origin, env=SECRET))
    for record in (first, second):
        ok(run_main("trust", "add", str(ca_file()), db_url=record))
    ok(run_main("bundle", "import", str(hop1), db_url=first))
    ok(run_main("bundle", "export", "--all", "-o", str(hop2), "--identity", str(identity),
                db_url=first, env=SECRET))
    assert "imported: 1 assessments" in ok(run_main("bundle", "import", str(hop2), db_url=second))
    assert ok(run_main("audit", "verify", "--archive", db_url=second)).startswith(
        "archive intact")
    assert counts(second)["memo"] == 1 and counts(second)["dissent"] == 1
    assert (counts(second)["outcome"], counts(second)["retrospective"]) == (1, 1)
