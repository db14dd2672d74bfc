"""Bad input beyond what tests/playbooks and tests/files already generate: hostile search text
(query syntax of both databases, quotes, NUL, right-to-left marks, lone surrogates, 10 MB), and
10 MB strings in playbooks, case files and member registries — with the whole database dumped
before and after each refused import.

Each check returns the problems it saw (an empty list is a pass); the hypothesis tests and the
command-line runner share them.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from models.db import Database
from playbooks.errors import UserError
from tests.reliability.harness import Backend, Outcome, full_dump

ROOT = Path(__file__).resolve().parents[2]
TEN_MB = 10 * 1024 * 1024

# Pieces of query syntax (FTS5, tsquery, LIKE, SQL) and text that trips parsers.
SYNTAX = ['"', "'", "*", "^", ":", "-", "+", "(", ")", "{", "}", "[", "]", "NEAR(", "AND",
          "OR", "NOT", "&", "|", "!", "<->", "<2>", ":*", "%", "_", "\\", ";", "--", "/*",
          "\x00", "\u200f", "\u202e", "\u2066", "\ufeff", "e\u0301", "\ud800", "\U0001f642",
          "ﷺ", "北京", "مضيق", "title:", "column:", "NULL", "' OR 1=1 --"]



def hostile_text(sizes: tuple[int, ...] = (5_000, 1_000_000, TEN_MB)) -> st.SearchStrategy[str]:
    """Query syntax and odd characters mixed with text, or one piece repeated to `sizes`."""
    return st.one_of(
        st.lists(st.sampled_from(SYNTAX) | st.text(max_size=5), max_size=12).map("".join),
        st.text(max_size=200),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
        st.builds(lambda piece, size: (piece * (size // max(1, len(piece)) + 1))[:size],
                  st.sampled_from(["x", "strait ", '"OR" ', "\u200f", "\x00"]),
                  st.sampled_from(sizes)),
    )


HOSTILE_TEXT = hostile_text()


def one_line_error(error: BaseException) -> list[str]:
    text = str(error)
    problems = []
    if not text.strip():
        problems.append(f"{type(error).__name__} without a message")
    if "\n" in text:
        problems.append(f"{type(error).__name__} message spans lines: {text[:120]!r}")
    if "Traceback" in text:
        problems.append("a traceback in the message")
    return problems


def search_problems(db: Database, text: str) -> list[str]:
    from models.search import search_assessments

    try:
        page = search_assessments(db, text)
    except UserError as error:
        return one_line_error(error)
    except Exception as error:  # the point: nothing else may escape
        return [f"search raised {type(error).__name__}: {str(error)[:150]}"]
    if page.total < 0 or len(page.rows) > page.total:
        return [f"inconsistent page: {len(page.rows)} rows of {page.total}"]
    return []


def _refused_without_change(db: Database, attempt: Any) -> list[str]:
    """Run `attempt`; if it is refused, the database must be exactly as before."""
    before = full_dump(db)
    try:
        attempt()
    except UserError as error:
        problems = one_line_error(error)
        if full_dump(db) != before:
            problems.append(f"the refused import changed the database ({error})")
        return problems
    except Exception as error:
        return [f"raised {type(error).__name__}: {str(error)[:150]}"]
    return []


def case_file_with(value: str, where: str) -> dict[str, Any]:
    """A valid case file (the first example) with `value` put into one of its text fields."""
    example = yaml.safe_load((ROOT / "desktop" / "help" / "examples" / "port-amsel-evacuation.yaml")
                             .read_text(encoding="utf-8"))
    data = copy.deepcopy(example)
    if where in ("title", "proposed_action", "crisis", "classification"):
        data[where] = value
    else:
        _question, answer = next(iter(data["answers"].items()))
        if where == "rationale":
            answer["rationale"] = value
        elif where == "evidence":
            answer.setdefault("evidence", []).append(
                {"summary": value, "source": value, "reliability": "B", "credibility": 2})
        else:  # an answer id
            data["answers"][value] = answer
    return data


CASE_FIELDS = ["title", "proposed_action", "crisis", "classification", "rationale",
               "evidence", "question id"]


def case_file_problems(db: Database, content: bytes, folder: Path) -> list[str]:
    from models.casefile import import_case, read_case_file
    from playbooks.loader import PlaybookCatalog

    path = folder / "case.yaml"
    path.write_bytes(content)
    catalog = PlaybookCatalog.load(None)
    return _refused_without_change(
        db, lambda: import_case(db, read_case_file(path, catalog), actor="fuzzer"))


def registry_problems(db: Database, content: bytes, folder: Path) -> list[str]:
    from models.registry_import import import_registry

    path = folder / "members.yaml"
    path.write_bytes(content)
    return _refused_without_change(db, lambda: import_registry(db, path, actor="fuzzer"))


def registry_with(value: str, field: str) -> bytes:
    from models.members import default_registry_path

    data = yaml.safe_load(default_registry_path().read_text(encoding="utf-8"))
    data["members"][0][field] = value
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")


def playbook_problems(content: bytes) -> list[str]:
    from playbooks.loader import load_playbook_bytes

    try:
        load_playbook_bytes(content, "generated.yaml")
    except UserError as error:
        return one_line_error(error)
    except Exception as error:
        return [f"loader raised {type(error).__name__}: {str(error)[:150]}"]
    return []


def playbook_with(value: str, field: str) -> bytes:
    builtin = sorted((ROOT / "playbooks" / "builtin").glob("*.yaml"))[0]
    data = yaml.safe_load(builtin.read_text(encoding="utf-8"))
    if field in ("title", "description"):
        data[field] = value
    elif field == "criterion title":
        data["criteria"][0]["title"] = value
    else:
        data["criteria"][0]["questions"][0]["prompt"] = value
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")


PLAYBOOK_FIELDS = ["title", "description", "criterion title", "question prompt"]


# ---------------------------------------------------------------------------------------------
# The scenarios (hypothesis run without shrinking, every example counted)

SMALL_HOSTILE = st.one_of(
    st.lists(st.sampled_from(SYNTAX) | st.text(max_size=5), max_size=12).map("".join),
    st.text(max_size=100),
    st.sampled_from(["x" * 5_000, "\u200f" * 1000, "\x00" * 10]),
)
REGISTRY_FIELDS = ["name", "review_reference", "note", "iso", "standing"]


def _run_property(outcome: Outcome, strategy: st.SearchStrategy[Any],
                  check: Any, examples: int) -> None:
    from hypothesis import HealthCheck, Phase, given, settings

    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def property_(value: Any) -> None:
        outcome.trial(check(value), repr(value)[:80])

    property_()


def ten_megabyte_inputs(folder: Path) -> dict[str, tuple[str, bytes]]:
    """One 10 MB string in each kind of file (what a runaway script or a paste could make)."""
    marker = "HUGE-VALUE-MARKER"
    huge = b"x" * TEN_MB  # put in after dumping: PyYAML's emitter is slow on 10 MB

    def swap(text: bytes) -> bytes:
        return text.replace(marker.encode(), huge)

    return {
        "case file": ("case", swap(yaml.safe_dump(case_file_with(marker, "rationale")).encode())),
        "member registry": ("registry", swap(registry_with(marker, "note"))),
        "playbook": ("playbook", swap(playbook_with(marker, "description"))),
    }


def bad_input_outcomes(backend: Backend, folder: Path, counts: dict[str, int]) -> list[Outcome]:
    from tests.reliability.harness import complete_draft, opened

    work = folder / f"bad-input-{backend.kind}"
    work.mkdir(parents=True, exist_ok=True)
    outcomes = []
    with backend.database(migrated=False) as url, opened(url) as db:
        from models.opening import open_record

        open_record(url).close()  # migrate and seed the default registry
        complete_draft_ok = True
        try:
            complete_draft(db, "Naval interdiction in the strait")
        except UserError:
            complete_draft_ok = False  # the default registry lacks a sample member: fine
        search = Outcome(f"hostile search text, incl. 10 MB ({backend.kind})")
        _run_property(search, HOSTILE_TEXT, lambda text: search_problems(db, text),
                      counts["search_texts"])
        search.note("query syntax of FTS5 and tsquery, quotes, NUL, bidi marks, lone "
                    "surrogates, 5 kB to 10 MB" + ("" if complete_draft_ok else
                                                   " (on an empty record)"))
        outcomes.append(search)
        cases = Outcome(f"case files with hostile values: refused without a trace, or stored "
                        f"({backend.kind})")
        _run_property(cases, st.tuples(SMALL_HOSTILE, st.sampled_from(CASE_FIELDS)),
                      lambda pair: case_file_problems(
                          db, yaml.safe_dump(case_file_with(*pair), allow_unicode=True)
                          .encode("utf-8", "surrogatepass"), work), counts["case_files"])
        outcomes.append(cases)
        registries = Outcome(f"member registries with hostile values ({backend.kind})")
        _run_property(registries, st.tuples(SMALL_HOSTILE, st.sampled_from(REGISTRY_FIELDS)),
                      lambda pair: registry_problems(db, registry_with(*pair), work),
                      counts["registries"])
        outcomes.append(registries)
        huge = Outcome(f"10 MB strings in a case file, registry and playbook ({backend.kind})")
        for label, (kind, content) in ten_megabyte_inputs(work).items():
            if kind == "case":
                problems = case_file_problems(db, content, work)
            elif kind == "registry":
                problems = registry_problems(db, content, work)
            else:
                problems = playbook_problems(content)
            huge.trial(problems, label)
        outcomes.append(huge)
    if backend.kind == "sqlite":  # no database involved: once is enough
        playbooks = Outcome("playbooks with hostile values")
        _run_property(playbooks, st.tuples(SMALL_HOSTILE, st.sampled_from(PLAYBOOK_FIELDS)),
                      lambda pair: playbook_problems(playbook_with(*pair)), counts["playbooks"])
        outcomes.append(playbooks)
    return outcomes
