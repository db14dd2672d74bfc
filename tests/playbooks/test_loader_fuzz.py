"""Property tests: whatever bytes a user puts in a playbook file, the loader either returns a
Playbook or raises InputError (one line naming the file) — never another exception. Mutated
playbooks that still load must also evaluate without crashing."""

from __future__ import annotations

import copy
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.answers import ordered_values
from playbooks.errors import InputError
from playbooks.evaluate import evaluate
from playbooks.loader import BUILTIN_FOLDER, load_playbook_bytes
from playbooks.model import Playbook, QuestionKind
from playbooks.strict_yaml import iter_paths, load_yaml
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _seeds() -> list[dict[str, Any]]:
    """Real playbooks cut down to one criterion each, so thousands of variants parse quickly."""
    seeds = []
    for path in sorted(BUILTIN_FOLDER.glob("*.yaml")):
        data = load_yaml(path.read_bytes(), str(path)).data
        for criterion in data["criteria"]:
            seeds.append({**data, "criteria": [criterion]})
    return seeds


SEEDS = _seeds()
SEED_TEXTS = [yaml.safe_dump(seed, sort_keys=False, allow_unicode=True) for seed in SEEDS]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["yes", "no", "scale", "member_positions", "1.0", "", "~", "0.5"])
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=6,
)


def _parent(data: Any, path: tuple) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    data = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in iter_paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = _parent(data, path), path[-1]
        operation = draw(st.sampled_from(["delete", "replace", "add_key", "duplicate", "wrap"]))
        if operation == "delete":
            del parent[last]
        elif operation == "replace":
            parent[last] = draw(values)
        elif operation == "add_key" and isinstance(parent[last], dict):
            parent[last][draw(st.text(min_size=1, max_size=10))] = draw(values)
        elif operation == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif operation == "wrap":
            parent[last] = [parent[last]]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


@st.composite
def edited_texts(draw: st.DrawFn) -> str:
    """Line and character edits of a real playbook's text, as a careless editor makes them."""
    lines = draw(st.sampled_from(SEED_TEXTS)).splitlines()
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "insert", "cut"]))
        if edit == "delete":
            del lines[index]
        elif edit == "duplicate":
            lines.insert(index, lines[index])
        elif edit == "indent":
            lines[index] = "  " + lines[index]
        elif edit == "dedent":
            lines[index] = lines[index][2:]
        elif edit == "insert":
            at = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:at] + draw(st.text(max_size=6)) + lines[index][at:]
        else:
            lines = lines[:index]
        if not lines:
            break
    return "\n".join(lines) + "\n"


def _best_answers(playbook: Playbook) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for question in playbook.questions():
        options = ordered_values(question)
        if options:
            answers[question.id] = options[-1]
        elif question.kind is QuestionKind.MEMBER_POSITIONS:
            answers[question.id] = ALL_ENDORSE
        elif question.kind is QuestionKind.NUMBER:
            bounds = [b for b in (question.minimum, question.maximum) if b is not None]
            answers[question.id] = bounds[0] if bounds else 0
        else:
            answers[question.id] = "noted"
    return answers


def _load_or_input_error(content: bytes) -> None:
    try:
        playbook = load_playbook_bytes(content, "fuzz.yaml")
    except InputError as error:
        message = str(error)
        assert message.startswith("fuzz.yaml") and "\n" not in message
        return
    evaluate(playbook, {}, MEMBERS)
    evaluate(playbook, _best_answers(playbook), MEMBERS)


@FUZZ
@given(mutated_documents())
def test_structural_mutations_of_real_playbooks(text: str) -> None:
    _load_or_input_error(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(edited_texts())
def test_text_edits_of_real_playbooks(text: str) -> None:
    _load_or_input_error(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    _load_or_input_error(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=800, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes(content: bytes) -> None:
    _load_or_input_error(content)
