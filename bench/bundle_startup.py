"""Start-up of the installable bundle beside the checkout's, measured in the same run.

    python -m bench.bundle_startup [--bundle PATH] [--runs N]

PATH is the bundle's executable (default: the one packaging/build.py leaves in
build/package/dist/, else the installed /usr/bin/concert-desk). Three figures, each the median of
N runs on one warmed-up data folder, printed as bundle / checkout ratios (below 1: the bundle
is faster):
- `--help`: the command line's own start (argument parsing only);
- `playbooks list`: a command that opens the record and loads the playbooks;
- window: from launch until the main window is visible on an X server (Xvfb, xcb plugin),
  polled with xdotool every 20 ms (both sides carry the same polling error).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLES = (ROOT / "build" / "package" / "dist" / "concert-desk" / "concert-desk",
                   Path("/usr/bin/concert-desk"))


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True, timeout=300)
    return time.perf_counter() - start


def window_seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while process.poll() is None and time.perf_counter() - start < 60:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                    "Concert Desk"], env=env, capture_output=True)
            if found.returncode == 0:
                return time.perf_counter() - start
            time.sleep(0.02)
        raise RuntimeError(f"no window from {command[0]}")
    finally:
        process.terminate()
        process.wait(timeout=30)


class Xvfb:
    def __enter__(self) -> str:
        self.display = f":{200 + os.getpid() % 300}"
        self.process = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1280x820x24",
                                         "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
        for _ in range(100):
            if subprocess.run(["xdpyinfo", "-display", self.display],
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        return self.display

    def __exit__(self, *_: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    bundle = args.bundle or next((p for p in DEFAULT_BUNDLES if p.exists()), None)
    if bundle is None or not bundle.exists():
        print("no bundle: run python packaging/build.py first, or pass --bundle", file=sys.stderr)
        return 2
    sides = {"checkout": [sys.executable, str(ROOT / "main.py")], "bundle": [str(bundle)]}
    results: dict[str, dict[str, float]] = {side: {} for side in sides}
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "CONCERT_DATA_DIR": data, "QT_QPA_PLATFORM": "xcb"}
        env.pop("CONCERT_DB_URL", None)
        for command in sides.values():  # create and migrate the record once, warm the caches
            timed([*command, "playbooks", "list"], env)
        for name, extra in (("--help", ["--help"]), ("playbooks list", ["playbooks", "list"])):
            for side, command in sides.items():
                results[side][name] = statistics.median(
                    timed([*command, *extra], env) for _ in range(args.runs))
        if shutil.which("Xvfb") and shutil.which("xdotool"):
            with Xvfb() as display:
                env["DISPLAY"] = display
                for side, command in sides.items():
                    results[side]["window"] = statistics.median(
                        window_seconds(command, env) for _ in range(args.runs))
    print(f"bundle: {bundle}; median of {args.runs} runs each")
    print(f"{'figure':<16}{'checkout s':>12}{'bundle s':>10}{'ratio':>8}")
    for name, checkout in results["checkout"].items():
        frozen = results["bundle"][name]
        print(f"{name:<16}{checkout:>12.3f}{frozen:>10.3f}{frozen / checkout:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
