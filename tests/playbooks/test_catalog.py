"""The built-in playbooks and the catalog of built-in and user playbooks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from playbooks.errors import InputError
from playbooks.evaluate import evaluate
from playbooks.loader import (
    BUILTIN_FOLDER,
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
        assert playbook.version == "1.0"
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
    playbook = catalog.get("sanctions")
    assert playbook.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert catalog.by_hash(playbook.content_hash) is playbook
    assert catalog.by_hash(playbook.content_hash.upper()) is playbook
    assert catalog.by_hash("0" * 64) is None
    assert load_playbook_text(path.read_text("utf-8")).content_hash == playbook.content_hash


def test_versions_compare_as_numbers() -> None:
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2") > version_key("1.99.3")
    assert version_key("1.0") == version_key("1")


def _user_copy(folder: Path, version: str, title: str, name: str) -> Path:
    text = (BUILTIN_FOLDER / "sanctions.yaml").read_text("utf-8")
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
    (folder / "same-as-builtin.yaml").write_bytes((BUILTIN_FOLDER / "sanctions.yaml").read_bytes())
    (folder / "notes.txt").write_text("not a playbook")

    catalog = PlaybookCatalog.load(folder)
    assert catalog.get("sanctions").version == "1.10"  # latest by number, not by text
    assert catalog.get("sanctions", "1.9").title == "Sanctions (older)"
    assert catalog.get("sanctions", "1").file.endswith("sanctions.yaml")
    assert [p.version for p in catalog.all() if p.id == "sanctions"] == ["1.10", "1.9", "1.0"]
    assert len(catalog.latest()) == 7
    messages = sorted(str(error) for error in catalog.errors)
    assert len(messages) == 2
    assert messages[0].startswith(f"{folder / 'broken.yaml'}:4: criteria: is the number 3")
    assert messages[1].startswith(f"{folder / 'clash.yaml'}:1: version: playbook `sanctions` "
                                  "version 1.0 already comes from")
    assert all(isinstance(error, InputError) for error in catalog.errors)


def test_unknown_playbook_is_a_user_error(catalog: PlaybookCatalog) -> None:
    with pytest.raises(UnknownPlaybook, match="no playbook `nope`"):
        catalog.get("nope")
    with pytest.raises(UnknownPlaybook, match="no playbook `sanctions` version 9"):
        catalog.get("sanctions", "9")


def test_missing_user_folder_is_fine(tmp_path: Path) -> None:
    assert len(PlaybookCatalog.load(tmp_path / "absent").all()) == 7


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
