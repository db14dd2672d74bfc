"""`python -m tests.reliability.audited_main ARGS…` runs main.py with ARGS, writing the path of
every file the process opens to $CONCERT_OPEN_LOG (Python's audit hook for "open"), so the
suite can show which files a command read — the test CA's key, above all."""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def _install(log_path: str) -> None:
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 (open for the whole process)

    def hook(event: str, args: tuple) -> None:
        if event == "open" and isinstance(args[0], str | bytes):
            path = os.fsdecode(args[0])
            if path != log_path:
                log.write(path + "\n")
                log.flush()

    sys.addaudithook(hook)


if __name__ == "__main__":
    _install(os.environ["CONCERT_OPEN_LOG"])
    sys.argv = [str(MAIN), *sys.argv[1:]]
    runpy.run_path(str(MAIN), run_name="__main__")
