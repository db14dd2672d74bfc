"""`python main.py` with no command: the desktop, started before the command line is built.

main.py calls `opens_desktop` first thing, before it imports argparse and defines its command
table (bench: 30-50 ms before the window's first paint, a third of what a bare PySide6 window
takes in all). Only the plainest forms are recognised here: no arguments at all, or only
`--db URL` / `--db=URL`; anything else (help, abbreviations, a command, text that is not valid
in the terminal's encoding) goes through main.py's parser, which also starts the desktop when
there is no command.

This module imports nothing heavy at its top: the command line imports it on every run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

PROG = "concert-desk"
EXIT_BAD_INPUT, EXIT_INTERNAL = 2, 3


def opens_desktop(argv: Sequence[str]) -> bool:
    """True when `argv` (without the program name) only opens the desktop."""
    if not argv:
        return True
    if len(argv) == 2 and argv[0] == "--db":
        value = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--db="):
        value = argv[0].removeprefix("--db=")
    else:
        return False
    # Undecodable bytes (lone surrogates) are a usage error that main.py's parser words.
    return not value.startswith("-") and not any("\ud800" <= c <= "\udfff" for c in value)


def database_option(argv: Sequence[str]) -> str | None:
    """The URL of `--db` in an argv that `opens_desktop`, else CONCERT_DB_URL, else None (the
    default database): what main.py's parser gives."""
    if len(argv) == 2:
        return argv[1]
    if len(argv) == 1:
        return argv[0].removeprefix("--db=")
    return os.environ.get("CONCERT_DB_URL") or None


def launch(db_url: str | None) -> int:
    """Run the desktop on `db_url` (None: the default database); the exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        from desktop.app import run
    except ImportError as error:
        print(f"{PROG}: the desktop app cannot start here ({error}); "
              "use a command instead, see: main.py --help", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return run(db_url)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # one line here, the details in the desktop's log
        where = _log_failure(error)
        summary = " ".join(str(error).split()) or "(no details)"
        print(f"{PROG}: internal error: {type(error).__name__}: {summary} (details in {where})",
              file=sys.stderr)
        return EXIT_INTERNAL


def _log_failure(error: Exception) -> str:
    from desktop.crash import configure_logging, describe, log
    from models.location import user_data_dir

    try:
        path = configure_logging(user_data_dir() / "logs")
    except OSError:
        return "nowhere: no writable folder"
    log.error("the desktop stopped\n%s", describe(error))
    return str(path)
