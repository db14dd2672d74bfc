"""A client that keeps writing cases through a primary's failure (tests/reliability/
test_standby_takeover.py runs it as its own process): `python -m tests.reliability.
standby_writer URL LOG STOP`.

It opens the record once, then creates one draft assessment after another with
models.workflow.create_assessment, each titled `takeover-NNNN`, never the same title twice (a
write whose outcome it could not learn is not retried: retrying it could double it). After each
attempt it appends one line to LOG and flushes it:
- `ok <time> <title>`     create_assessment returned: the commit was acknowledged;
- `fail <time> <title> <message>`  it raised a UserError (the one line an official would see).
Any other exception ends the process with a traceback (the test then fails). It stops after
the attempt during which the file STOP appears. `<time>` is time.time().
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from models.opening import open_record
from models.workflow import create_assessment
from playbooks.errors import UserError
from playbooks.loader import PlaybookCatalog

PAUSE_AFTER_FAILURE_S = 0.05


def main(url: str, log_path: str, stop_path: str) -> int:
    playbook = PlaybookCatalog.load(None).get("sanctions")
    db = open_record(url)
    stop = Path(stop_path)
    with open(log_path, "a", encoding="utf-8") as log:
        number = 0
        while not stop.exists():
            title = f"takeover-{number:04d}"
            number += 1
            try:
                create_assessment(db, playbook, title=title, actor="standby-writer")
            except UserError as error:
                log.write(f"fail {time.time():.6f} {title} {str(error).replace(chr(10), ' | ')}\n")
                log.flush()
                time.sleep(PAUSE_AFTER_FAILURE_S)
                continue
            log.write(f"ok {time.time():.6f} {title}\n")
            log.flush()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
