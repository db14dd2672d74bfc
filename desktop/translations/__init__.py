"""The window's translations: Qt Linguist sources (<area>_<language>.ts, kept in the repository)
and the compiled .qm files desktop.i18n loads (build output: not committed).

    python -m desktop.translations build            # every .ts -> .qm beside it
    python -m desktop.translations update [AREA…]   # re-read the strings of the code into .ts

`build` runs from .ci/install and from the package build (setup.py, packaging/build.py), so an
installed app always carries its .qm files. `update` runs Qt's lupdate with the same options
for everyone (-locations none -no-obsolete), one area of the window at a time, so that files
written by different people stay alike.

No Qt imported here: the tools are Qt's own programs (shipped in the PySide6 wheel), run as
processes, and the package build loads this file by path, before the app can be imported.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
DESKTOP = FOLDER.parent
LANGUAGES = ("fr", "ja", "he")  # translated into; English is the source, written in the code
# The startup and profile code (this area's author) is kept apart from `shell`, the other
# top-level modules, so that the two can be updated without overwriting each other.
CORE_FILES = ("app.py", "profile.py", "i18n.py", "locale_format.py")
AREAS = ("assessment", "widgets", "history", "pages", "memo", "shell", "core")


class ToolMissing(RuntimeError):
    pass


def area_sources(area: str, desktop: Path = DESKTOP) -> list[Path]:
    """The .py files whose strings go into `area`'s .ts files."""
    if area == "core":
        return [desktop / name for name in CORE_FILES if (desktop / name).is_file()]
    if area == "shell":
        return sorted(path for path in desktop.glob("*.py") if path.name not in CORE_FILES)
    if area not in AREAS:
        raise ValueError(f"unknown area {area!r}: one of {', '.join(AREAS)}")
    return sorted((desktop / area).glob("*.py"))


def tool(name: str) -> str:
    """Qt's `lrelease` or `lupdate` as PySide6 installs it: its `pyside6-<name>` command beside
    this Python (or on the PATH), else the program inside the PySide6 package (a build
    environment without the commands), found without importing Qt."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.is_file() else shutil.which(f"pyside6-{name}")
    if found is not None:
        return found
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    raise ToolMissing(f"Qt's {name} was not found: install PySide6 "
                      f'(pip install -c requirements.lock -e ".[test]")')


def sources(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("*.ts"))


def build(folder: Path = FOLDER, *, quiet: bool = True) -> list[Path]:
    """Compile every .ts in `folder` into the .qm beside it; returns the .qm files."""
    ts_files = sources(folder)
    if not ts_files:
        return []
    lrelease = tool("lrelease")
    built = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        done = subprocess.run([lrelease, str(ts), "-qm", str(qm)], capture_output=True,
                              text=True, check=False)
        if done.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"{ts}: lrelease failed: {done.stderr.strip() or done.stdout}")
        if not quiet:
            print(qm)
        built.append(qm)
    return built


def update(areas: list[str] | tuple[str, ...] = AREAS) -> None:
    """Re-read each area's strings into its .ts files (one per language), as the brief's
    command does: `pyside6-lupdate -locations none -no-obsolete <files> -ts <area>_fr.ts …`."""
    lupdate = tool("lupdate")
    for area in areas:
        files = area_sources(area)
        if not files:
            continue
        targets = [str(FOLDER / f"{area}_{language}.ts") for language in LANGUAGES]
        subprocess.run([lupdate, "-locations", "none", "-no-obsolete",
                        *(str(path) for path in files), "-ts", *targets], check=True)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in ("build", "update"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        if args[0] == "build":
            build(quiet=False)
        else:
            update(args[1:] or AREAS)
    except (ToolMissing, RuntimeError, ValueError, subprocess.CalledProcessError) as problem:
        print(f"desktop.translations: {problem}", file=sys.stderr)
        return 1
    return 0
