"""`playbooks list | show | check`, usage errors and bad database URLs (no database needed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from playbooks.loader import BUILTIN_FOLDER
from tests.cli.conftest import ROOT, run_main

BUILTIN_IDS = {
    "use-of-force",
    "humanitarian-protection",
    "un-high-level-panel",
    "counter-proliferation-interdiction",
    "sanctions",
    "public-health-emergency",
    "membership-review",
}


def test_playbooks_list_shows_the_seven_builtins() -> None:
    result = run_main("playbooks", "list")
    assert result.code == 0, result.err
    table, folder = result.out.strip().split("\n\n")
    rows = table.splitlines()[1:]
    listed = {row.split()[0] for row in rows}
    assert listed == BUILTIN_IDS
    assert all(row.rstrip().endswith("built-in") for row in rows)
    assert folder.startswith("user playbook folder: ") and folder.endswith("playbooks")


def test_a_user_playbook_is_listed_beside_the_builtins(tmp_path: Path) -> None:
    folder = tmp_path / "user-data" / "playbooks"
    folder.mkdir(parents=True)
    text = (BUILTIN_FOLDER / "sanctions.yaml").read_text(encoding="utf-8")
    (folder / "mine.yaml").write_text(
        text.replace("id: sanctions", "id: my-sanctions", 1), encoding="utf-8"
    )
    result = run_main("playbooks", "list")
    assert result.code == 0, result.err
    mine = [row for row in result.out.splitlines() if row.startswith("my-sanctions ")]
    assert len(mine) == 1 and mine[0].rstrip().endswith("user")


def test_playbooks_show_lists_criteria_and_questions() -> None:
    result = run_main("playbooks", "show", "use-of-force")
    assert result.code == 0, result.err
    assert "Just cause [just_cause]" in result.out
    assert "member_positions (member_positions; weight " in result.out
    assert "hash: " in result.out


def test_playbooks_show_prints_only_the_authority_rule_a_playbook_uses() -> None:
    # 2.0 names its rule in an `authority` section; the 1.0 double majority's defaults, which
    # the loader still fills in, are not printed as if they applied. 1.0 keeps printing its own.
    newest = run_main("playbooks", "show", "use-of-force")
    assert newest.code == 0, newest.err
    assert "double_majority" not in newest.out
    assert "Concert's double majority needs at least 55% of the full members" in " ".join(
        newest.out.split())
    first = run_main("playbooks", "show", "use-of-force", "--version", "1.0")
    assert first.code == 0, first.err
    assert "double_majority.state_share 0.5" in first.out


def test_playbooks_show_of_an_unknown_id_is_one_line_exit_2() -> None:
    result = run_main("playbooks", "show", "no-such-playbook")
    assert result.code == 2
    assert "no-such-playbook" in result.error_line


def test_playbooks_check_passes_on_every_builtin() -> None:
    # Seven playbooks' 1.0 files, and the 2.0 files issue 10 adds beside some of them.
    files = sorted(str(path) for path in BUILTIN_FOLDER.glob("*.yaml"))
    assert len(files) >= 7
    result = run_main("playbooks", "check", *files)
    assert result.code == 0, result.err
    assert result.out.count(": ok (") == len(files)


def test_playbooks_check_on_a_broken_file_names_file_and_line(tmp_path: Path) -> None:
    good = (BUILTIN_FOLDER / "use-of-force.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(good.replace("kind: scale", "kind: sliding_scale", 1), encoding="utf-8")
    line = good.splitlines().index(
        next(text for text in good.splitlines() if "kind: scale" in text)
    )
    result = run_main("playbooks", "check", str(BUILTIN_FOLDER / "sanctions.yaml"), str(broken))
    assert result.code == 2
    assert "sanctions.yaml: ok" in result.out  # the good file is still reported
    assert result.error_line.startswith(f"{broken}:{line + 1}: ")
    assert "kind" in result.error_line


def test_playbooks_check_on_a_missing_file_exits_2(tmp_path: Path) -> None:
    result = run_main("playbooks", "check", str(tmp_path / "absent.yaml"))
    assert result.code == 2
    assert result.error_line.startswith(str(tmp_path / "absent.yaml"))


@pytest.mark.parametrize(
    "args",
    [
        ("bogus",),
        ("assess",),
        ("assess", "show"),
        ("decide", "x", "--decision", "maybe", "--by", "A"),
        ("assess", "list", "--limit", "many"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    result = run_main(*args)
    assert result.code == 2
    assert result.error_line.startswith("concert-desk: ")


@pytest.mark.parametrize(
    "url",
    [
        "mysql://someone@localhost/concert",
        "not a url",
        "sqlite:////no/such/folder/concert.db",
        "postgresql+psycopg://nobody@127.0.0.1:9/concert",
    ],
)
def test_a_bad_database_url_is_one_line_and_exit_2(url: str) -> None:
    result = run_main("members", "list", db_url=url)
    assert result.code == 2
    assert result.error_line.startswith("concert-desk: ")
    assert result.out == ""


def test_the_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'from-env.db'}"
    result = run_main("members", "list", env={"CONCERT_DB_URL": url})
    assert result.code == 0, result.err
    assert (tmp_path / "from-env.db").exists()


def test_help_names_the_exit_codes() -> None:
    result = run_main("--help")
    assert result.code == 0
    assert "2 bad input" in result.out


def test_parsing_the_command_line_imports_no_heavy_module() -> None:
    # Usage errors and --help must be instant: the database, YAML and Qt stacks load lazily.
    probe = (
        "import sys, main; main.build_parser().parse_args(['assess', 'list']); "
        "heavy = ('sqlalchemy', 'sqlmodel', 'yaml', 'PySide6'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "[]"
