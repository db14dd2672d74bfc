"""The memo's fonts travel with the application, so a memo draws every script on a machine
with no font packages (Windows, macOS, a bare Linux) and looks the same wherever it is issued."""

from __future__ import annotations

from pathlib import Path

import pytest

from reports.fonts import (
    PREFERRED_FACES,
    SHIPPED_FONT_DIR,
    FontChooser,
    font_dirs,
    system_font_dirs,
)
from tests.reports.samples import SCRIPTS


def test_every_preferred_face_ships_with_its_licence() -> None:
    for spec in PREFERRED_FACES:
        for name in (spec.regular, spec.bold, spec.italic, spec.bold_italic):
            if name:
                assert (SHIPPED_FONT_DIR / name).is_file(), f"{name} not shipped"
    assert (SHIPPED_FONT_DIR / "OFL-1.1.txt").is_file()
    assert (SHIPPED_FONT_DIR / "LICENSE-Apache-2.0.txt").is_file()


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_shipped_fonts_alone_draw_every_script(script: str) -> None:
    only_shipped = FontChooser(dirs=[str(SHIPPED_FONT_DIR)])
    assert only_shipped.missing(SCRIPTS[script]) == []


def test_shipped_fonts_come_before_the_machines_so_memos_look_the_same_everywhere(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONCERT_FONT_DIRS", raising=False)
    assert Path(font_dirs()[0]) == SHIPPED_FONT_DIR
    assert FontChooser().base_face().regular_path.startswith(str(SHIPPED_FONT_DIR))


def test_each_systems_own_font_folders_are_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WINDIR", r"C:\Windows")
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\ana\AppData\Local")
    windows = system_font_dirs("win32")
    assert any(d.endswith("Fonts") and "Windows" in d for d in windows)
    assert any("AppData" in d for d in windows)
    assert "/System/Library/Fonts" in system_font_dirs("darwin")
    assert "/usr/share/fonts" in system_font_dirs("linux")


def test_concert_font_dirs_still_come_first(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setenv("CONCERT_FONT_DIRS", str(tmp_path))
    assert Path(font_dirs()[0]) == tmp_path
