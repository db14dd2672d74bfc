"""SHA256SUMS manifests of the folders whose files' bytes are hashed by the application.

Check: `python -m tests.packaging.sums`; after adding a built-in playbook version or changing the
member registry or the memo template on purpose, refresh them: `python -m tests.packaging.sums
--write` (the manifests are in `sha256sum` format, so `sha256sum -c SHA256SUMS` in a folder
checks it too). tests/packaging/test_hashed_files.py fails with that command when they differ.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HASHED_FOLDERS = ("playbooks/builtin", "models/data", "reports/templates")
MANIFEST = "SHA256SUMS"
REFRESH_COMMAND = "python -m tests.packaging.sums --write"


def current(folder: Path) -> dict[str, str]:
    """File name -> SHA-256 of every file in the folder but the manifest itself."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.iterdir())
            if path.is_file() and path.name != MANIFEST and not path.name.startswith(".")}


def recorded(folder: Path) -> dict[str, str]:
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return {}
    sums: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        sums[name] = digest
    return sums


def render(sums: dict[str, str]) -> str:
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items()))


def differences(folder: Path) -> list[str]:
    now, then = current(folder), recorded(folder)
    label = folder.relative_to(ROOT).as_posix() if folder.is_relative_to(ROOT) else folder.name
    problems = [f"{label}/{name}: not in {MANIFEST}" for name in sorted(now.keys() - then)]
    problems += [f"{label}/{name}: in {MANIFEST} but missing"
                 for name in sorted(then.keys() - now)]
    problems += [f"{label}/{name}: bytes differ from {MANIFEST}"
                 for name in sorted(now.keys() & then) if now[name] != then[name]]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.packaging.sums", description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite the manifests")
    args = parser.parse_args(argv)
    failed = False
    for name in HASHED_FOLDERS:
        folder = ROOT / name
        if args.write:
            (folder / MANIFEST).write_bytes(render(current(folder)).encode("utf-8"))
            print(f"wrote {name}/{MANIFEST}")
        for problem in differences(folder):
            print(problem)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
