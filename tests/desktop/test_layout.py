"""The window at the sizes officials use — 1024×700, the default 1280×820, 1920×1080, and
1024×700 at 200 % scale (2048×1400 pixels) — on the real widgets: every step's questions wrap
in a column wide enough to read with no horizontal scrollbar, the member table keeps names
and positions, History keeps its verdict and decision. Each screen is saved as a PNG in the
artefacts folder ($CONCERT_TEST_ARTEFACTS/layout in CI, else the test's temporary folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.desktop.layout import artefacts_folder, check_size, seed

ROOT = Path(__file__).resolve().parents[2]
SIZES = [(1024, 700), (1280, 820), (1920, 1080)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_step_and_history_read_whole_at(size, qtbot, make_window, database, catalog,
                                              tmp_path):
    ids = seed(database, catalog)
    window = make_window()
    out = artefacts_folder(tmp_path)

    def wait(condition) -> None:
        qtbot.wait(20)  # layouts settle on posted events
        qtbot.waitUntil(lambda: window.context.runner.is_idle()
                        and window.context.background.is_idle() and condition(),
                        timeout=20000)

    problems = check_size(QApplication.instance(), window, ids, size, out, wait)
    assert problems == []
    assert (out / f"step6-{size[0]}x{size[1]}.png").stat().st_size > 0


def test_the_verdict_panel_folds_at_1024_and_opens_by_its_button(qtbot, make_window,
                                                                 database, catalog):
    _decided, draft = seed(database, catalog)
    window = make_window()
    window.resize(1024, 700)
    window.open_assessment(draft)
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    page = window.assessment_page
    page.go_to_step(0)
    qtbot.waitUntil(lambda: not page.verdict_panel_open())
    assert "verdict so far: insufficient information" in page.position.text()
    assert page.steps[0].compact  # the guidance folded above the questions
    page.verdict_button.click()
    assert page.verdict_panel_open()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: page.verdict_panel_open() and not page.steps[0].compact)


def test_at_200_percent_scale_1024_by_700_reads_whole(tmp_path):
    out = artefacts_folder(tmp_path) / "scale-2"
    environment = {**os.environ, "QT_SCALE_FACTOR": "2",
                   "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run = subprocess.run(
        [sys.executable, "-m", "tests.desktop.layout", "--size", "1024x700", "--out", str(out)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr[-2000:]
    from PySide6.QtGui import QImage

    shot = QImage(str(out / "step6-1024x700.png"))
    assert (shot.width(), shot.height()) == (2048, 1400)  # every pixel doubled
