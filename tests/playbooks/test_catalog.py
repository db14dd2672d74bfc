"""The built-in playbooks and the catalog of built-in and user playbooks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from playbooks.errors import InputError
from playbooks.evaluate import evaluate
from playbooks.loader import (
    BUILTIN_FOLDER,
    KeptPlaybook,
    PlaybookCatalog,
    UnknownPlaybook,
    load_playbook,
    load_playbook_text,
    version_key,
)
from playbooks.model import QuestionKind, Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS

BUILTIN_IDS = {
    "use-of-force",
    "humanitarian-protection",
    "un-high-level-panel",
    "counter-proliferation-interdiction",
    "sanctions",
    "public-health-emergency",
    "membership-review",
}
JOINT_ACTIONS = BUILTIN_IDS - {"membership-review"}


def test_all_seven_builtins_load(catalog: PlaybookCatalog) -> None:
    assert {p.id for p in catalog.all()} == BUILTIN_IDS
    assert catalog.errors == []
    for playbook in catalog.all():
        # issue 10 adds 2.0 files beside the 1.0 files, which stay as they were; issue 15
        # adds humanitarian-protection 2.1, which asks the means and prospects per option;
        # issue 17 adds each newest version again in English and French (2.0.1, 2.1.1)
        assert playbook.version in ("1.0", "2.0", "2.1", "2.0.1", "2.1.1")
        assert playbook.description and playbook.sources
        assert all(source.title and source.author and source.year for source in playbook.sources)
        kinds = {q.kind for q in playbook.questions()}
        assert {QuestionKind.LIKELIHOOD, QuestionKind.CONFIDENCE} <= kinds, playbook.id
        assert all(c.guidance for c in playbook.criteria)
        assert any(c.gate for c in playbook.criteria)


@pytest.mark.parametrize("playbook_id", sorted(JOINT_ACTIONS))
def test_every_joint_action_has_an_authority_criterion_with_member_positions(
    catalog: PlaybookCatalog, playbook_id: str
) -> None:
    playbook = catalog.get(playbook_id)
    holders = [c for c in playbook.criteria
               if any(q.kind is QuestionKind.MEMBER_POSITIONS for q in c.questions)]
    assert len(holders) == 1 and "authority" in holders[0].id
    kinds = {q.kind for q in holders[0].questions}
    assert QuestionKind.SECURITY_COUNCIL in kinds
    assert any(q.regional_support for q in holders[0].questions)


def test_hash_is_sha256_of_the_file_bytes(catalog: PlaybookCatalog) -> None:
    path = BUILTIN_FOLDER / "sanctions.yaml"
    playbook = catalog.get("sanctions", "1.0")
    assert playbook.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert catalog.by_hash(playbook.content_hash) is playbook
    assert catalog.by_hash(playbook.content_hash.upper()) is playbook
    assert catalog.by_hash("0" * 64) is None
    assert load_playbook_text(path.read_text("utf-8")).content_hash == playbook.content_hash


def test_versions_compare_as_numbers() -> None:
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2") > version_key("1.99.3")
    assert version_key("1.0") == version_key("1")


# The built-in sanctions playbook's 1.0 file, whatever newer versions ship beside it.
SANCTIONS_1 = Path(PlaybookCatalog.load(None).get("sanctions", "1.0").file)
DEFAULT_SANCTIONS = PlaybookCatalog.load(None).get("sanctions").version


def _user_copy(folder: Path, version: str, title: str, name: str) -> Path:
    text = SANCTIONS_1.read_text("utf-8")
    text = text.replace('version: "1.0"', f'version: "{version}"', 1)
    text = text.replace("title: Sanctions and economic measures", f"title: {title}", 1)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_user_folder_adds_versions_and_keeps_broken_files_as_errors(tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    folder.mkdir()
    _user_copy(folder, "1.10", "Sanctions (ministry edition)", "a.yaml")
    _user_copy(folder, "1.9", "Sanctions (older)", "b.yml")
    (folder / "broken.yaml").write_text("id: broken\nversion: '1'\ntitle: x\ncriteria: 3\n")
    _user_copy(folder, "1.0", "Sanctions edited without a new version", "clash.yaml")
    (folder / "same-as-builtin.yaml").write_bytes(SANCTIONS_1.read_bytes())
    (folder / "notes.txt").write_text("not a playbook")

    catalog = PlaybookCatalog.load(folder)
    assert catalog.get("sanctions", "1.10").title == "Sanctions (ministry edition)"
    assert catalog.get("sanctions", "1.9").title == "Sanctions (older)"
    assert catalog.get("sanctions", "1").file.endswith("sanctions.yaml")
    versions = [p.version for p in catalog.all() if p.id == "sanctions"]
    assert versions == ["2.0.1", "2.0", "1.10", "1.9", "1.0"]
    assert len(catalog.latest()) == 7
    messages = sorted(str(error) for error in catalog.errors)
    assert len(messages) == 2
    assert messages[0].startswith(f"{folder / 'broken.yaml'}:4: criteria: is the number 3")
    # The clash is reported on the line of `version:` (line 4), naming the built-in file.
    assert messages[1].startswith(
        f"{folder / 'clash.yaml'}:4: version: playbook `sanctions` version 1.0 differs from "
        f"{SANCTIONS_1} (same id and version): the built-in file is kept"
    )
    assert all(isinstance(error, InputError) for error in catalog.errors)


def test_a_user_file_under_a_builtin_id_is_reported_and_never_the_default(tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    folder.mkdir()
    newer = _user_copy(folder, "70.0", "Sanctions (ministry edition)", "sanctions-70.yaml")
    catalog = PlaybookCatalog.load(folder)
    assert catalog.get("sanctions").version == DEFAULT_SANCTIONS  # the built-in stays default
    assert [p.version for p in catalog.latest() if p.id == "sanctions"] == [DEFAULT_SANCTIONS]
    assert catalog.get("sanctions", "70.0").title == "Sanctions (ministry edition)"
    assert catalog.origin(catalog.get("sanctions", "70.0")) == "user"
    assert catalog.warnings == [
        f"{newer}: playbook `sanctions` version 70.0 uses the id of a built-in playbook: new "
        f"assessments still start from the built-in version {DEFAULT_SANCTIONS} unless version "
        "70.0 is chosen by name"
    ]


@pytest.mark.parametrize("names", [("a.yaml", "b.yaml"), ("b.yaml", "a.yaml")])
def test_two_user_files_with_one_version_and_different_bytes_are_both_refused(
    tmp_path: Path, names: tuple[str, str]
) -> None:
    """Whatever their names sort to, neither silently wins."""
    folder = tmp_path / "playbooks"
    folder.mkdir()
    text = SANCTIONS_1.read_text("utf-8").replace("id: sanctions", "id: ministry-sanctions", 1)
    first, second = (folder / name for name in names)
    first.write_text(text, "utf-8")
    second.write_text(text.replace("title: Sanctions", "title: Edited sanctions", 1), "utf-8")
    catalog = PlaybookCatalog.load(folder)
    assert not [p for p in catalog.all() if p.id == "ministry-sanctions"]
    lines = sorted(str(error) for error in catalog.errors)
    a, b = folder / "a.yaml", folder / "b.yaml"
    assert lines == [
        f"{a}:4: version: playbook `ministry-sanctions` version 1.0 differs from {b} (same id "
        "and version): neither file is loaded (expected a new version number for a changed "
        "playbook)",
        f"{b}:4: version: playbook `ministry-sanctions` version 1.0 differs from {a} (same id "
        "and version): neither file is loaded (expected a new version number for a changed "
        "playbook)",
    ]


def test_the_same_bytes_in_two_files_load_once(tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    folder.mkdir()
    for name in ("one.yaml", "two.yaml"):
        _user_copy(folder, "70.1", "Sanctions 70.1", name)
    catalog = PlaybookCatalog.load(folder)
    assert catalog.errors == []
    assert [p.version for p in catalog.all() if p.id == "sanctions"].count("70.1") == 1


class _Record:
    """A record that keeps the given playbook files (what models.playbook_store provides)."""

    def __init__(self, *contents: bytes) -> None:
        self.files = {hashlib.sha256(c).hexdigest(): c for c in contents}
        self.reads = 0

    def kept(self) -> list[KeptPlaybook]:
        return [
            KeptPlaybook(p.id, p.version, h)
            for h, c in self.files.items()
            for p in [load_playbook_text(c.decode("utf-8"))]
        ]

    def content(self, sha256: str) -> bytes | None:
        self.reads += 1
        return self.files.get(sha256)


def test_the_records_copy_wins_over_a_changed_file(tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    folder.mkdir()
    used = _user_copy(folder, "70.2", "Sanctions as decided", "sanctions-70.yaml").read_bytes()
    changed = _user_copy(folder, "70.2", "Sanctions edited later", "sanctions-70.yaml")
    record = _Record(used)
    catalog = PlaybookCatalog.load(folder, record=record)
    assert [str(e) for e in catalog.errors] == [
        f"{changed}:4: version: playbook `sanctions` version 70.2 differs from the copy the "
        f"record keeps (hash {hashlib.sha256(used).hexdigest()[:12]}…), which its assessments "
        "were made with: this file is not loaded (expected a new version number for a changed "
        "playbook)"
    ]
    kept = catalog.get("sanctions", "70.2")
    assert kept.title == "Sanctions as decided"
    assert catalog.origin(kept) == "record"
    assert kept.file.startswith("the record's copy of sanctions 70.2")
    assert catalog.get("sanctions").version == "2.0.1"  # a record copy is never the default
    assert catalog.versions("sanctions") == [
        ("70.2", "record"), ("2.0.1", "built-in"), ("2.0", "built-in"), ("1.0", "built-in")]


def test_copies_in_the_record_are_read_only_when_asked_for(tmp_path: Path) -> None:
    used = _user_copy(tmp_path, "70.3", "Sanctions 70.3", "s.yaml").read_bytes()
    record = _Record(used)
    catalog = PlaybookCatalog.load(tmp_path / "none", record=record)
    assert record.reads == 0
    playbook = catalog.by_hash(hashlib.sha256(used).hexdigest())
    assert playbook is not None and playbook.title == "Sanctions 70.3"
    assert catalog.by_hash(playbook.content_hash) is playbook  # parsed once
    assert record.reads == 1
    assert catalog.by_hash("0" * 64) is None


def test_adding_a_file_that_clashes_is_refused_naming_both(tmp_path: Path) -> None:
    catalog = PlaybookCatalog.load(None)
    edited = _user_copy(tmp_path, "1.0", "Sanctions edited", "edited.yaml")
    with pytest.raises(InputError, match=r"edited\.yaml:4: version: .* differs from .*"
                       r"sanctions[^ ]*\.yaml \(same id and version\): it cannot be installed"):
        catalog.add(load_playbook(edited))
    assert catalog.get("sanctions", "1.0").file == str(SANCTIONS_1)


def test_unknown_playbook_is_a_user_error(catalog: PlaybookCatalog) -> None:
    with pytest.raises(UnknownPlaybook, match="no playbook `nope`"):
        catalog.get("nope")
    with pytest.raises(UnknownPlaybook, match="no playbook `sanctions` version 9"):
        catalog.get("sanctions", "9")


def test_missing_user_folder_is_fine(tmp_path: Path) -> None:
    every_file = list(BUILTIN_FOLDER.glob("*.yaml"))  # seven 1.0 files and the 2.0 ones
    assert len(PlaybookCatalog.load(tmp_path / "absent").all()) == len(every_file)


def test_load_playbook_reads_a_builtin_directly() -> None:
    playbook = load_playbook(BUILTIN_FOLDER / "use-of-force.yaml")
    assert playbook.question("member_positions").state_share == 0.55
    assert playbook.question("member_positions").population_share == 0.65
    assert playbook.settings["legitimate_min_score"] == 0.7


def test_the_example_in_the_format_document_loads_and_evaluates() -> None:
    document = (BUILTIN_FOLDER.parent.parent / "docs" / "playbook-format.md").read_text("utf-8")
    example = document.split("```yaml\n", 1)[1].split("```", 1)[0]
    playbook = load_playbook_text(example, "example.yaml")
    assert playbook.id == "port-inspection"
    answers = {"cargo_likelihood": "very_likely", "intelligence_confidence": "moderate",
               "member_positions": ALL_ENDORSE, "security_council": "not_sought"}
    assert evaluate(playbook, answers, MEMBERS).verdict is Verdict.LEGITIMATE


def test_an_installation_without_its_built_in_playbooks_fails_instead_of_listing_none(
    tmp_path: Path,
) -> None:
    # A frozen build that left its package data behind listed no playbooks and exited 0.
    from playbooks.errors import IncompleteInstallation

    empty = tmp_path / "builtin"
    empty.mkdir()
    for folder in (empty, tmp_path / "missing"):
        with pytest.raises(IncompleteInstallation) as caught:
            PlaybookCatalog.load(None, builtin_folder=folder)
        assert caught.value.exit_code == 3
        assert str(folder) in str(caught.value) and "reinstall" in str(caught.value)


def test_a_builtin_read_alone_by_hash_is_the_one_the_catalog_gives() -> None:
    # The desktop shows the first assessment while the catalog still loads (desktop.opening).
    catalog = PlaybookCatalog.load(None)
    builtins = [p for p in catalog.all() if catalog.origin(p) == "built-in"]
    # builtin_by_hash relies on this: no two built-in files share an id and version.
    assert len({(p.id, version_key(p.version)) for p in builtins}) == len(builtins)
    for playbook in builtins:
        assert PlaybookCatalog.builtin_by_hash(playbook.content_hash.upper()) == playbook
    assert PlaybookCatalog.builtin_by_hash("0" * 64) is None


def test_a_builtin_the_catalog_refuses_is_not_read_alone_either(tmp_path: Path) -> None:
    # The record keeps other content as sanctions 1.0: the built-in 1.0 file is not loaded.
    other = _user_copy(tmp_path, "1.0", "Sanctions as the record keeps it", "s.yaml")
    record = _Record(other.read_bytes())
    builtin_hash = hashlib.sha256(SANCTIONS_1.read_bytes()).hexdigest()
    catalog = PlaybookCatalog.load(None, record=record)
    assert all(p.content_hash != builtin_hash for p in catalog.all())
    assert PlaybookCatalog.builtin_by_hash(builtin_hash, kept=record.kept()) is None
    kept_alike = _Record(SANCTIONS_1.read_bytes())  # the record keeps the very same file
    assert PlaybookCatalog.builtin_by_hash(builtin_hash, kept=kept_alike.kept()) == load_playbook(
        SANCTIONS_1)
