"""The built wheel (what pip installs, and what the PyInstaller bundle is made from) holds every
file of the application's packages: built-in playbooks, migrations, the member registry and its
country codes, the memo template and fonts. A trial bundle once lacked
models/data/iso3166_alpha3.txt because the package data globs named only *.yaml."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("playbooks", "models", "reports", "desktop")


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z", "--", *PACKAGES, "main.py", "pyproject.toml",
                             "setup.py", "README.md"], cwd=ROOT, capture_output=True,
                            check=True).stdout
    return [name for name in listed.decode("utf-8").split("\0") if name]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the tracked files are unknown")
    source = tmp_path_factory.mktemp("source")
    for name in tracked_files():  # only what a clone has: no caches, no stray local files
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, target)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(out), str(source)],
                   check=True, capture_output=True)
    (wheel,) = out.glob("concert_desk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_translation_source_ships_compiled(wheel_names: set[str]) -> None:
    """The .qm files are build output (not in git): the package build makes one per .ts."""
    sources = {name for name in tracked_files() if name.endswith(".ts")}
    assert sources, "no translation sources tracked"
    missing = sorted(name[:-3] + ".qm" for name in sources if name[:-3] + ".qm" not in wheel_names)
    assert not missing, f"not compiled into the wheel: {missing}"


def test_the_wheel_holds_every_file_of_the_packages(wheel_names: set[str]) -> None:
    expected = {name for name in tracked_files() if name.split("/")[0] in PACKAGES}
    missing = sorted(expected - wheel_names)
    assert not missing, f"not in the wheel (add them to [tool.setuptools.package-data]): {missing}"


def test_the_wheel_holds_the_files_the_code_opens(wheel_names: set[str]) -> None:
    for name in ("models/data/iso3166_alpha3.txt", "models/data/members.yaml",
                 "models/migrations/script.py.mako", "playbooks/builtin/use-of-force.yaml",
                 "reports/templates/memo.xml.j2", "reports/font_files/NotoSans-Regular.ttf",
                 "reports/colour_profiles/sRGB.icc",
                 "reports/locale/he/LC_MESSAGES/memo.po",
                 "main.py", "desktop/translations/core_fr.qm", "desktop/translations/core_he.qm"):
        assert name in wheel_names, name
    assert any(n.startswith("models/migrations/versions/0001_") for n in wheel_names)
