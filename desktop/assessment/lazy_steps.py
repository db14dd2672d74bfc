"""The criterion steps of an open assessment, each built the first time it is wanted.

Building a step makes every question's editor (inputs, evidence tables, member tables): about
a tenth of a second a criterion on an idle machine, most of the time an assessment took to
appear when every step was built before the first was shown (bench/README.md, "Start-up").
So the page builds the step it shows, and a step not yet built only when it is shown, asked
for (`steps[i]`), or in a pause after the page appeared (the step after the one shown).

A step not yet built has a slot in the page's stack: an empty widget that the step fills,
without margins, so a built step sits exactly where it would have sat. The decision step is
built the same way, in a slot of its own (AssessmentPage.decision).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

from PySide6.QtWidgets import QVBoxLayout, QWidget

from playbooks.model import Criterion

if TYPE_CHECKING:
    from desktop.assessment.criterion_step import CriterionStep

# Makes the step for (number from 1, criterion); called once per step at most.
MakeStep = Callable[[int, Criterion], "CriterionStep"]
# Called once a step made is in its slot (in the window): what needs it placed.
StepPlaced = Callable[["CriterionStep"], None]


class StepSlot(QWidget):
    """A page of the stack that holds one criterion step once it is built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    def hold(self, step: QWidget) -> None:
        layout = self.layout()
        assert layout is not None
        layout.addWidget(step)
        # Its size now, and shown with the slot: a step decides its layout (the guidance
        # beside the questions or folded above them) from its first resize, which must come
        # before it is first painted, as it did when the step was built with the page.
        layout.activate()
        step.show()


class CriterionSteps(Sequence["CriterionStep"]):
    """The steps in the playbook's order; `steps[i]` builds step i if it is not built yet.
    Iterating builds every step: the page itself only walks `built()`."""

    def __init__(self, criteria: Sequence[Criterion], make: MakeStep,
                 placed: StepPlaced) -> None:
        self.criteria: list[Criterion] = list(criteria)
        self.slots = [StepSlot() for _ in self.criteria]
        self._make = make
        self._placed = placed
        self._built: dict[int, CriterionStep] = {}

    @classmethod
    def none(cls) -> CriterionSteps:
        """No steps (no assessment loaded yet)."""
        return cls((), _never_made, lambda _step: None)

    def __len__(self) -> int:
        return len(self.criteria)

    @overload
    def __getitem__(self, index: int) -> CriterionStep: ...

    @overload
    def __getitem__(self, index: slice) -> list[CriterionStep]: ...

    def __getitem__(self, index: int | slice) -> CriterionStep | list[CriterionStep]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        position = range(len(self))[index]  # negative indexes, and IndexError past the end
        step = self._built.get(position)
        if step is None:
            step = self._make(position + 1, self.criteria[position])
            self._built[position] = step
            self.slots[position].hold(step)
            self._placed(step)
        return step

    def __iter__(self) -> Iterator[CriterionStep]:
        return (self[i] for i in range(len(self)))

    def is_built(self, index: int) -> bool:
        return index in self._built

    def built(self) -> list[CriterionStep]:
        """The steps built so far, in order (nothing is built by asking)."""
        return [self._built[i] for i in sorted(self._built)]

    def index_asking(self, question_id: str) -> int | None:
        """The step whose criterion asks `question_id` (built or not)."""
        for index, criterion in enumerate(self.criteria):
            if any(q.id == question_id for q in criterion.questions):
                return index
        return None


def _never_made(_number: int, _criterion: Criterion) -> CriterionStep:
    raise IndexError("no assessment is loaded")
