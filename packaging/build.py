"""Build Concert Desk's installable app: a one-folder PyInstaller bundle, and on Debian/Ubuntu a
.deb that installs it with a desktop entry, an icon and the `concert-desk` command.

    python packaging/build.py [--deb] [--out build/package]

Needs the `package` extra (`pip install -c requirements.lock -e ".[package]"`), and dpkg-deb for
--deb. The same script builds the bundle on Windows and macOS (docs/packaging.md says what each
needs and what was checked where). It refuses to build from a checkout without its built-in
playbooks, and checks the bundle it made by running its command line before packaging it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "packaging"
NAME = "concert-desk"
INSTALL_DIR = Path("/opt") / NAME  # where the .deb puts the bundle
ICON_SIZES = (48, 64, 128, 256, 512)


class BuildError(Exception):
    pass


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def check_sources() -> None:
    if not any((ROOT / "playbooks" / "builtin").glob("*.yaml")):
        raise BuildError("no built-in playbooks in playbooks/builtin: nothing worth packaging")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError('PyInstaller is missing: pip install -c requirements.lock -e ".[package]"'
                         ) from None


def build_translations() -> None:
    """The window's .qm files from the .ts sources (the spec bundles them; not committed)."""
    done = subprocess.run([sys.executable, "-m", "desktop.translations", "build"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(f"the translations could not be built: {done.stderr.strip()}")


def render_icons(work: Path) -> dict[int, Path]:
    """PNG icons at each size from packaging/concert-desk.svg (Qt's SVG renderer: no extra
    tool). PyInstaller turns the 256 px one into the Windows .ico and macOS .icns itself."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(HERE / "concert-desk.svg"))
    icons: dict[int, Path] = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = work / f"{NAME}-{size}.png"
        if not image.save(str(path)):
            raise BuildError(f"could not write {path}")
        icons[size] = path
    return icons


def build_bundle(out: Path, icon: Path) -> Path:
    env = {**os.environ, "CONCERT_ROOT": str(ROOT), "CONCERT_ICON": str(icon)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
                    str(HERE / "concert-desk.spec")], check=True, env=env, cwd=ROOT)
    bundle = out / "dist" / NAME
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller made no {bundle}")
    return bundle


def executable(bundle: Path) -> Path:
    return bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def smoke_check(bundle: Path) -> None:
    """The bundle's own command line lists the built-in playbooks on a fresh data folder."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "CONCERT_DATA_DIR": data}
        env.pop("CONCERT_DB_URL", None)
        done = subprocess.run([str(executable(bundle)), "playbooks", "list"], env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=300)
    if done.returncode != 0 or "use-of-force" not in done.stdout:
        raise BuildError(f"the bundle's `playbooks list` failed (exit {done.returncode}):\n"
                         f"{done.stdout}{done.stderr}")


# ---------------------------------------------------------------------------- Debian package


def debian_depends(bundle: Path) -> list[str]:
    """The Debian packages holding the system libraries the bundle links to but does not carry
    (libc, X11/xcb, GL, fontconfig…), found with ldd and dpkg -S as dpkg-shlibdeps would."""
    outside: set[str] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or not (path.suffix == ".so" or ".so." in path.name
                                      or path.name == NAME):
            continue
        listed = subprocess.run(["ldd", str(path)], capture_output=True, text=True)
        for line in listed.stdout.splitlines():
            parts = line.split("=>")
            if len(parts) != 2:
                continue
            target = parts[1].strip().split(" (")[0]
            if target.startswith("/") and not target.startswith(str(bundle)):
                outside.add(os.path.realpath(target))
    packages: set[str] = set()
    for library in sorted(outside):
        owner = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        if owner.returncode != 0:  # /lib vs /usr/lib on merged-/usr systems
            alias = library.replace("/usr/lib/", "/lib/", 1)
            owner = subprocess.run(["dpkg", "-S", alias], capture_output=True, text=True)
        if owner.returncode == 0:
            packages.add(owner.stdout.split(":")[0].strip())
    # Qt's xcb platform plugin loads these at run time (dlopen), so ldd cannot see them.
    packages |= {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxcb-image0",
                 "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libxcb-randr0",
                 "libxcb-xinerama0", "libxkbcommon-x11-0", "libegl1", "libgl1"}
    return sorted(packages)


def build_deb(bundle: Path, out: Path, icons: dict[int, Path]) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found: the .deb is built on Debian or Ubuntu")
    root = out / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / INSTALL_DIR.relative_to("/"), symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(INSTALL_DIR / NAME)
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(HERE / "concert-desk.desktop", applications / f"{NAME}.desktop")
    for size, png in icons.items():
        folder = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(png, folder / f"{NAME}.png")
    scalable = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(HERE / "concert-desk.svg", scalable / f"{NAME}.svg")
    doc = root / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    fonts = ROOT / "reports" / "font_files"
    (doc / "copyright").write_text(
        "Concert Desk, with the fonts it draws memos with and the colour profile its memos "
        f"embed (licences in {INSTALL_DIR}/_internal/reports/font_files and "
        "colour_profiles):\n\n"
        + (fonts / "README.md").read_text(encoding="utf-8") + "\n\n"
        + (ROOT / "reports" / "colour_profiles" / "README.md").read_text(encoding="utf-8"),
        encoding="utf-8")
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True,
                                  text=True, check=True).stdout.strip()
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_symlink()) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\nVersion: {version()}\nArchitecture: {architecture}\n"
        "Maintainer: Concert Desk team <concert-desk@localhost>\nSection: office\n"
        f"Priority: optional\nInstalled-Size: {size_kib}\n"
        f"Depends: {', '.join(debian_depends(bundle))}\n"
        "Description: Legitimacy assessments of joint actions and signed decision memos\n"
        " Offline desktop app and command line: a playbook-driven assessment, the verdict,\n"
        " the minister's decision, a PAdES-signed PDF memo and a verifiable record on\n"
        " SQLite or PostgreSQL. Makes no network connection.\n", encoding="utf-8")
    deb = out / f"{NAME}_{version()}_{architecture}.deb"
    # Fast gzip: xz (dpkg-deb's default) or gzip -9 take minutes on a small CI machine to save
    # a few percent of the 120 MB (most of the bundle is compiled code already compressed).
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(root),
                    str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "package",
                        help="work and output folder (default: build/package)")
    parser.add_argument("--deb", action="store_true", help="also build the Debian package")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    try:
        check_sources()
        build_translations()
        out.mkdir(parents=True, exist_ok=True)
        icons = render_icons(out)
        bundle = build_bundle(out, icons[256])
        smoke_check(bundle)
        print(f"bundle: {bundle} (run {executable(bundle)})")
        if args.deb:
            print(f"debian package: {build_deb(bundle, out, icons)}")
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
