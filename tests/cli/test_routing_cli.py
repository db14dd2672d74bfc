"""Routing from the command line (issue 18 item 4): `assess submit`, `return --comment`,
`pass`, the queue of a role (`assess queue`, table or JSON) and the stage in `assess show`; a
wrong act is one line, exit 2, and nothing written. On PostgreSQL the queue is the login's
role's and a role's wrong act is refused by name."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import Run, run_main
from tests.sessions import official_login


def new_case(cli: Run, title: str = "Joint interdiction") -> str:
    made = cli("assess", "new", "--playbook", "use-of-force", "--title", title, "--by", "Ann")
    assert made.code == 0, made.err
    return made.out.strip()


def test_a_case_is_submitted_returned_with_a_comment_and_passed(cli: Run):
    case = new_case(cli)
    submitted = cli("assess", "submit", case, "--by", "Ann")
    assert (submitted.code, submitted.out.strip()) == (
        0, f"{case}: submitted for review")
    waiting = cli("assess", "queue", "--role", "reviewer", "--json")
    assert waiting.code == 0, waiting.err
    [row] = json.loads(waiting.out)["cases"]
    assert (row["id"], row["stage"], row["by"]) == (case, "submitted", "Ann")
    returned = cli("assess", "return", case, "--comment", "Name the legal basis", "--by", "Rev")
    assert returned.code == 0, returned.err
    drafter = cli("assess", "queue", "--role", "drafter")
    assert case in drafter.out and "Name the legal basis" in drafter.out
    assert cli("assess", "submit", case, "--by", "Ann").code == 0
    assert cli("assess", "pass", case, "--by", "Rev").code == 0
    shown = cli("assess", "show", case)
    assert "  stage:          with the minister" in shown.out and "by Rev" in shown.out
    assert "returned to the drafter by Rev\n       Name the legal basis" in shown.out
    assert "nothing waits for the reviewer" in cli("assess", "queue", "--role", "reviewer").out
    verified = cli("audit", "verify")
    assert verified.code == 0, verified.out + verified.err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("pass", "{case}"), "cannot pass it to the minister: assessment {case} is a draft, "
         "not yet submitted for review; at this stage one may submit it for review"),
        (("return", "{case}", "--comment", " "), "a return needs a comment"),
        (("return", "{case}"), "the following arguments are required: --comment"),
        (("submit", "no-such-id"), "no assessment with id no-such-id"),
    ],
)
def test_a_wrong_act_is_one_line_exit_2_and_nothing_written(cli: Run, args, says: str):
    case = new_case(cli)
    result = cli("assess", *(a.format(case=case) for a in args))
    assert result.code == 2 and says.format(case=case) in result.error_line, result.err
    assert "stage:          a draft" in cli("assess", "show", case).out
    assert "Routing" not in cli("assess", "show", case).out


def test_a_decided_case_is_not_routed(cli: Run):
    case = new_case(cli)
    assert cli("decide", case, "--decision", "defer", "--by", "Minister").code == 0
    refused = cli("assess", "submit", case, "--by", "Ann")
    assert refused.code == 2
    assert refused.error_line == (f"concert-desk: assessment {case} is decided: only a draft is "
                                  "routed (routing ends with the decision)")


def test_the_queue_on_sqlite_asks_whose(cli: Run, database_url: str):
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's single user")
    result = cli("assess", "queue")
    assert result.code == 2 and "--role drafter|reviewer|minister" in result.error_line


def test_officials_see_their_own_queue_and_a_drafter_cannot_pass(database_url: str, tmp_path):
    if database_url.startswith("sqlite"):
        pytest.skip("roles are PostgreSQL's")
    env = {"CONCERT_DATA_DIR": str(tmp_path / "official")}
    with official_login(database_url, "drafter") as (drafter, as_drafter), \
            official_login(database_url, "reviewer") as (_, as_reviewer), \
            official_login(database_url, "reader") as (_, as_reader):
        case = run_main("assess", "new", "--playbook", "use-of-force", "--title", "Case",
                        db_url=as_drafter, env=env).out.strip()
        assert run_main("assess", "submit", case, db_url=as_drafter, env=env).code == 0
        queue = run_main("assess", "queue", "--json", db_url=as_reviewer, env=env)
        assert queue.code == 0, queue.err
        assert json.loads(queue.out)["role"] == "reviewer"
        assert [row["id"] for row in json.loads(queue.out)["cases"]] == [case]
        refused = run_main("assess", "pass", case, db_url=as_drafter, env=env)
        assert refused.code == 2
        assert refused.error_line == (f"concert-desk: login {drafter} is a drafter: only a "
                                      "reviewer may pass it to the minister at this stage")
        reader = run_main("assess", "pass", case, db_url=as_reader, env=env)
        assert reader.code == 2 and "may only read this record" in reader.error_line
        nobody = run_main("assess", "queue", db_url=as_reader, env=env)
        assert nobody.code == 2 and "role 'reader'" in nobody.error_line
        shown = run_main("assess", "show", case, db_url=as_reader, env=env)
        assert "stage:          submitted for review" in shown.out
