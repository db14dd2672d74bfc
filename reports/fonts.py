"""Fonts for memos: find TrueType fonts, register them with ReportLab and choose one font per
character.

ReportLab has no font fallback, no OpenType/CFF outlines and embeds only TrueType fonts, so this
module keeps an ordered list of TrueType faces (Noto for most scripts, Droid Sans Fallback for
Chinese and Japanese, Nanum Gothic for Korean) and answers "which face draws this character?".
Those faces ship with the application (`font_files/`, searched before the machine's font
folders), so a memo draws the same on Linux, Windows and macOS, from a checkout or a frozen
bundle; the machine's folders (each OS's own) only add fallbacks for rarer characters. A
character no face covers is a `MissingGlyphs` error naming it and a font to install: a memo is
never drawn with a missing glyph.

`configure_reportlab()` must run before `reportlab.lib.styles`, `reportlab.platypus` or
`reportlab.graphics` are imported: they copy the base font name at import time, and the default
(Helvetica) would end up in the PDF as a font that is not embedded. `reports/__init__.py` calls it.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from playbooks.errors import UserError

# The name every ReportLab default (canvas, styles, tables, graphics) is pointed at.
BASE_FONT = "ConcertSans"
BASE_FONT_BOLD = "ConcertSans-Bold"
BASE_FONT_ITALIC = "ConcertSans-Italic"
BASE_FONT_BOLD_ITALIC = "ConcertSans-BoldItalic"

# The faces of PREFERRED_FACES, with their licences (README.md there says where each came from).
SHIPPED_FONT_DIR = Path(__file__).resolve().parent / "font_files"

# Each system's own font folders, for the fallbacks (never needed for the shipped scripts).
LINUX_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts",
                   "~/.fonts")
MACOS_FONT_DIRS = ("/System/Library/Fonts", "/Library/Fonts", "~/Library/Fonts")


def windows_font_dirs() -> tuple[str, ...]:
    """%WINDIR%\\Fonts and the per-user folder fonts installed without admin rights land in."""
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    dirs = [str(Path(windir) / "Fonts")]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(str(Path(local) / "Microsoft" / "Windows" / "Fonts"))
    return tuple(dirs)


def system_font_dirs(platform: str | None = None) -> tuple[str, ...]:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return windows_font_dirs()
    if platform == "darwin":
        return MACOS_FONT_DIRS
    return LINUX_FONT_DIRS


@dataclass(frozen=True)
class FaceSpec:
    """A font family we know how to use: its files, its Debian package, whether it needs shaping."""

    key: str  # ReportLab font name prefix, e.g. "ConcertHebrew"
    regular: str  # file name searched for in the font directories
    bold: str | None
    package: str  # Debian package that ships the files
    complex: bool  # needs HarfBuzz shaping (joining, reordering, conjuncts, marks)
    subfont_index: int = 0  # for TrueType collections (.ttc)
    italic: str | None = None
    bold_italic: str | None = None


# Tried in this order for every character; the first face whose character map has it wins.
# All of them ship in font_files/; `package` names the Debian package they were copied from.
PREFERRED_FACES: tuple[FaceSpec, ...] = (
    FaceSpec("ConcertSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "fonts-noto-core",
             False, italic="NotoSans-Italic.ttf", bold_italic="NotoSans-BoldItalic.ttf"),
    FaceSpec("ConcertHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
             "fonts-noto-core", True),
    FaceSpec("ConcertArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
             "fonts-noto-core", True),
    FaceSpec("ConcertDevanagari", "NotoSansDevanagari-Regular.ttf",
             "NotoSansDevanagari-Bold.ttf", "fonts-noto-core", True),
    FaceSpec("ConcertCJK", "DroidSansFallbackFull.ttf", None, "fonts-droid-fallback", False),
    FaceSpec("ConcertKorean", "NanumGothic.ttf", None, "fonts-nanum", False),
)

# Searched, after the preferred faces, only when a character is not covered by them.
FALLBACK_GLOBS: tuple[tuple[str, str], ...] = (
    ("NotoSans*-Regular.ttf", "fonts-noto-core"),
    ("NotoSerif*-Regular.ttf", "fonts-noto-core"),
    ("DejaVuSans.ttf", "fonts-dejavu-core"),
)

# Which package to suggest for a character nobody covers, by Unicode range (rare Han
# characters beyond the shipped faces).
_PACKAGE_HINTS: tuple[tuple[int, int, str], ...] = (
    (0x1100, 0x11FF, "fonts-wqy-zenhei"),
    (0x2E80, 0x9FFF, "fonts-wqy-zenhei"),
    (0xA960, 0xA97F, "fonts-wqy-zenhei"),
    (0xAC00, 0xD7FF, "fonts-wqy-zenhei"),
    (0xF900, 0xFAFF, "fonts-wqy-zenhei"),
    (0xFF00, 0xFFEF, "fonts-wqy-zenhei"),
    (0x20000, 0x3FFFF, "fonts-wqy-zenhei"),
    (0x1F000, 0x1FAFF, "a TrueType emoji or symbol font (e.g. fonts-symbola)"),
)


class MissingGlyphs(UserError):
    """Some characters cannot be drawn with any installed font: the memo is not issued."""

    def __init__(self, characters: Iterable[str], where: str = "") -> None:
        unique = sorted(set(characters))
        self.characters = tuple(unique)
        names = ", ".join(f"U+{ord(c):04X} {_printable(c)}" for c in unique[:12])
        if len(unique) > 12:
            names += f" and {len(unique) - 12} more"
        packages = sorted({suggest_package(c) for c in unique})
        place = f" in {where}" if where else ""
        super().__init__(
            f"no installed font can draw {names}{place}; install {' or '.join(packages)} "
            "(TrueType fonts) and issue the memo again"
        )


class FontNotFound(UserError):
    def __init__(self, spec: FaceSpec) -> None:
        super().__init__(
            f"the font file {spec.regular} was not found in {', '.join(font_dirs())}; "
            "this installation of Concert Desk is incomplete (it ships the file in "
            f"{SHIPPED_FONT_DIR}): reinstall it"
        )


def _printable(char: str) -> str:
    if unicodedata.category(char)[0] in "CZ":
        return f"({unicodedata.name(char, 'unnamed character').lower()})"
    return repr(char)


def suggest_package(char: str) -> str:
    code = ord(char)
    for low, high, package in _PACKAGE_HINTS:
        if low <= code <= high:
            return package
    return "fonts-noto-core"


def font_dirs() -> list[str]:
    """Font folders, first one wins per file name: CONCERT_FONT_DIRS (path-separated), then
    the shipped fonts, then this system's font folders."""
    extra = [d for d in os.environ.get("CONCERT_FONT_DIRS", "").split(os.pathsep) if d]
    dirs = (*extra, str(SHIPPED_FONT_DIR), *system_font_dirs())
    return [str(Path(d).expanduser()) for d in dirs]


@cache
def _font_index(dirs: tuple[str, ...]) -> dict[str, str]:
    """File name -> path of every TrueType font below the given folders (first folder wins)."""
    index: dict[str, str] = {}
    for folder in dirs:
        if not os.path.isdir(folder):
            continue
        for root, subdirs, files in os.walk(folder):
            subdirs.sort()
            for name in sorted(files):
                if name.lower().endswith((".ttf", ".ttc")):
                    index.setdefault(name, os.path.join(root, name))
    return index


@cache
def _character_map(path: str, subfont_index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont as ToolsFont

    font = ToolsFont(path, fontNumber=subfont_index, lazy=True) if path.endswith(".ttc") else \
        ToolsFont(path, lazy=True)
    try:
        return frozenset(font.getBestCmap() or ())
    finally:
        font.close()


@dataclass(frozen=True)
class Face:
    """A face found on this machine."""

    spec: FaceSpec
    regular_path: str
    bold_path: str | None
    italic_path: str | None
    bold_italic_path: str | None

    @property
    def complex(self) -> bool:
        return self.spec.complex

    def covers(self, char: str) -> bool:
        return ord(char) in _character_map(self.regular_path, self.spec.subfont_index)

    def font_name(self, bold: bool = False, italic: bool = False) -> str:
        """The ReportLab name for this weight/slant, registered on first use; faces without a
        bold or italic file use the regular one."""
        if bold and italic and self.bold_italic_path:
            return _register(f"{self.spec.key}-BoldItalic", self.bold_italic_path, 0)
        if italic and self.italic_path and not bold:
            return _register(f"{self.spec.key}-Italic", self.italic_path, 0)
        if bold and self.bold_path:
            return _register(f"{self.spec.key}-Bold", self.bold_path, 0)
        return _register(self.spec.key, self.regular_path, self.spec.subfont_index)


_register_lock = threading.Lock()
_registered: set[str] = set()  # asked for once per character laid out: kept apart from
# ReportLab's list, which sorts its names on every question


def _register(name: str, path: str, subfont_index: int) -> str:
    if name in _registered:
        return name
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _register_lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=subfont_index))
        _registered.add(name)
    return name


class FontChooser:
    """Picks, for each character, the first face that covers it."""

    def __init__(self, dirs: Iterable[str] | None = None) -> None:
        self.dirs = tuple(dirs) if dirs is not None else tuple(font_dirs())
        index = _font_index(self.dirs)
        self._index = index
        self.preferred: list[Face] = []
        for spec in PREFERRED_FACES:
            face = self._find(spec)
            if face is not None:
                self.preferred.append(face)
        self._fallbacks: list[Face] | None = None
        self._cache: dict[str, Face | None] = {}

    def _find(self, spec: FaceSpec) -> Face | None:
        regular = self._index.get(spec.regular)
        if regular is None:
            return None

        def optional(name: str | None) -> str | None:
            return self._index.get(name) if name else None

        return Face(spec, regular, optional(spec.bold), optional(spec.italic),
                    optional(spec.bold_italic))

    def base_face(self) -> Face:
        for face in self.preferred:
            if face.spec is PREFERRED_FACES[0]:
                return face
        raise FontNotFound(PREFERRED_FACES[0])

    def fallbacks(self) -> list[Face]:
        if self._fallbacks is None:
            import fnmatch

            known = {f.regular_path for f in self.preferred}
            found: list[Face] = []
            for pattern, package in FALLBACK_GLOBS:
                for name in sorted(self._index):
                    path = self._index[name]
                    if fnmatch.fnmatch(name, pattern) and path not in known:
                        known.add(path)
                        key = "ConcertFallback-" + name.rsplit(".", 1)[0].replace("-Regular", "")
                        bold = name.replace("-Regular", "-Bold") if "-Regular" in name else None
                        spec = FaceSpec(key, name, bold, package, complex=True)
                        found.append(Face(spec, path, self._index.get(bold or ""), None, None))
            self._fallbacks = found
        return self._fallbacks

    def face_for(self, char: str) -> Face | None:
        """The face that draws `char`, or None when no installed face covers it."""
        try:
            return self._cache[char]
        except KeyError:
            pass
        choice = next((f for f in self.preferred if f.covers(char)), None)
        if choice is None:
            choice = next((f for f in self.fallbacks() if f.covers(char)), None)
        self._cache[char] = choice
        return choice

    def missing(self, text: str) -> list[str]:
        """Characters of `text` that no face covers (controls and invisible format marks aside)."""
        return [c for c in set(text) if needs_glyph(c) and self.face_for(c) is None]

    def check(self, text: str, where: str = "") -> None:
        missing = self.missing(text)
        if missing:
            raise MissingGlyphs(missing, where)


def needs_glyph(char: str) -> bool:
    """Whether a character must be drawn (line breaks, controls and format marks need no glyph)."""
    category = unicodedata.category(char)
    return category not in ("Cc", "Cf", "Zl", "Zp")


_chooser: FontChooser | None = None
_chooser_lock = threading.Lock()


def chooser() -> FontChooser:
    """The process-wide chooser over the default font folders (built once: it reads the folders)."""
    global _chooser
    with _chooser_lock:
        if _chooser is None:
            _chooser = FontChooser()
        return _chooser


def configure_reportlab() -> None:
    """Register the base face and point every ReportLab default font at it (idempotent).

    Call before reportlab.lib.styles / platypus / graphics are imported."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping

    base = chooser().base_face()
    regular = base.font_name()
    bold = base.font_name(bold=True)
    italic = base.font_name(italic=True)
    bold_italic = base.font_name(bold=True, italic=True)
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, italic)
    addMapping(regular, 1, 1, bold_italic)
    rl_config.canvas_basefontname = regular
    rl_config.defaultGraphicsFontName = regular
