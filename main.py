"""Concert Desk: `python main.py` opens the desktop app; `python main.py COMMAND …` works on the
record from the command line (DESIGN.md §3).

This file only parses, calls down into models/ (and reports/), and prints: the text it prints
comes from `reports.console` and `reports.assessment_text`. Each sub-command is a small function
registered with `@command(...)`; adding one never touches another. Heavy modules are imported
inside the command functions, so `--help` and usage errors are instant.

Exit codes: 0 success · 1 verification failed · 2 bad input or usage (one line naming file,
line and field where there is one) · 3 internal error (one line; the traceback goes to a log) ·
130 interrupted · 141 the reader of the output went away (`main.py assess show ID | head`):
the command stops quietly, as a Unix tool killed by SIGPIPE would (128 + 13), so a script can
tell that output was cut short.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    # The memo helper process the desktop starts (reports.memo_protocol.helper_command): not a
    # command of the command line, so it is dispatched before that is built; a frozen build
    # runs it from its own executable with this flag.
    if sys.argv[1:] == ["--memo-helper"]:
        from reports.memo_helper import main as memo_helper

        sys.exit(memo_helper())
    # No command: show the desktop's window before anything below is even imported (bench:
    # this module's imports and command table took a third of a bare window's whole start).
    from desktop.launcher import database_option, launch, opens_desktop

    if opens_desktop(sys.argv[1:]):
        sys.exit(launch(database_option(sys.argv[1:])))

import argparse
import contextlib
import getpass
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TextIO

PROG = "concert-desk"
EXIT_OK, EXIT_VERIFY_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_OUTPUT_CLOSED = 130, 141
CERTIFICATE_MAX_BYTES = 1024 * 1024  # a CA certificate is a few kB


# ---------------------------------------------------------------------------------------------
# The command table


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]  # e.g. ("assess", "show")
    help: str
    arguments: tuple[tuple[tuple[str, ...], dict[str, Any]], ...]
    run: Callable[[Context, argparse.Namespace], int | None]


COMMANDS: list[Command] = []
GROUP_HELP: dict[tuple[str, ...], str] = {
    ("playbooks",): "playbooks: list, show, check, diff, template, try, add",
    ("members",): "the member registry: list, show, history, import, export, apply-review",
    ("assess",): "assessments: new, import, export, list, show, what-if, migrate; routing: "
                 "submit, return, pass, queue",
    ("audit",): "the audit chain: verify",
    ("identity",): "signing identities: new (a TEST identity from a local test CA)",
    ("bundle",): "bundles of cases with their audit chain: export, verify, import",
    ("trust",): "trust roots for memo verification: add, list",
    ("conditions",): "conditions of approvals: due, review",
    ("outcomes",): "what happened to past calls: due, record, retrospective, date",
    ("report",): "reports on the record: calibration",
    ("admin",): "a PostgreSQL record's roles: roles init, grant (run as the owner)",
    ("admin", "roles"): "the group roles and their grants: init",
}


def arg(*flags: str, **options: Any) -> tuple[tuple[str, ...], dict[str, Any]]:
    """One argparse argument, written like `add_argument`'s parameters."""
    return flags, options


def file_name(value: str) -> str:
    """The type of arguments that name files: any name the system allows, kept as given (a
    name in another encoding still opens), unlike text, which must be valid (`text_argument`)."""
    return value


def command(*words: str, help: str, args: Sequence[tuple[tuple[str, ...], dict[str, Any]]] = ()):
    """Register the decorated function as the sub-command `words`."""

    def register(run: Callable[[Context, argparse.Namespace], int | None]):
        COMMANDS.append(Command(tuple(words), help, tuple(args), run))
        return run

    return register


class OutputClosed(Exception):
    """Whoever read the standard output has closed it (`main.py … | head -5`)."""


def reader_gone(error: OSError) -> bool:
    """Whether a failed write means the reader closed the pipe: EPIPE on Linux and macOS;
    Windows reports the same as EINVAL ("Invalid argument") when the reader has exited."""
    import errno

    return isinstance(error, BrokenPipeError) or error.errno in (errno.EPIPE, errno.EINVAL)


@dataclass
class Context:
    """What a command needs from outside: where the record is, who acts, where to print."""

    db_url: str | None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    deferred_warnings: list[str] = field(default_factory=list)

    @cached_property
    def db(self) -> Any:
        from models.db import default_database_url
        from models.opening import open_record
        from models.startup import check_on_open

        db = open_record(self.db_url or default_database_url())
        # The audit head only: the page check's cost grows with the file; audit verify runs it.
        for problem in check_on_open(db, integrity=False).problems:  # chain cut back or rewritten
            if db.writes_refused is not None and problem in db.writes_refused:
                # Said once: by the refusal if the command writes, else when it has run.
                self.deferred_warnings.append(f"{problem}; writes are refused (see: main.py "
                                              "audit verify --archive, then --accept-head)")
            else:
                self.warn(f"{problem} (see: main.py audit verify --archive)")
        return db

    @cached_property
    def catalog(self) -> Any:
        """The installed playbooks and the copies the record keeps (opens the record)."""
        from models.location import user_playbook_folder
        from models.playbook_store import RecordPlaybooks
        from playbooks.loader import PlaybookCatalog

        catalog = PlaybookCatalog.load(user_playbook_folder(), record=RecordPlaybooks(self.db))
        for problem in catalog.errors:
            self.warn(f"playbook file skipped: {problem}")
        return catalog

    @property
    def record_files(self) -> tuple[Path, ...]:
        """The open record's files (SQLite: the database and its side files), which no output
        file may replace; known without opening the record."""
        from models.db import database_files, default_database_url

        return database_files(self.db_url or default_database_url())

    def print(self, *parts: object) -> None:
        self.write(" ".join(str(part) for part in parts) + "\n")

    def write(self, text: str) -> None:
        try:
            self.out.write(text)
        except OSError as error:
            raise (OutputClosed() if reader_gone(error) else error) from None

    def flush(self) -> None:
        """Push out what is buffered, so a closed pipe shows here and not at exit."""
        try:
            self.out.flush()
        except OSError as error:
            raise (OutputClosed() if reader_gone(error) else error) from None

    def warn(self, text: str) -> None:
        print(f"{PROG}: warning: {text}", file=self.err)

    def close(self) -> None:
        if "db" in self.__dict__:
            from models.startup import remember_audit_head

            with contextlib.suppress(Exception):  # the next opening compares with this head
                remember_audit_head(self.db)
            self.db.close()


def memo_language_for(asked: str | None) -> str:
    """The memo's language: --language (refused when the memo has no such language), else the
    profile's when the memo has it, else English."""
    from models.location import user_data_dir
    from models.profile import read_profile
    from reports.memo_language import available_languages, base_language, memo_language

    if asked:
        return memo_language(asked).code
    try:
        profile = read_profile(user_data_dir())
    except Exception:  # an unreadable profile: default_actor says so; the memo stays English
        return "en"
    chosen = base_language(str(getattr(profile, "language", "") or ""))
    return chosen if chosen in available_languages() else "en"


def default_actor(ctx: Context) -> str:
    """Who a write is recorded as when no --by is given: the official's profile, the one the
    desktop keeps (File > Profile…; models.profile), as "Name (Role, Unit)"; else the operating
    system's user name. A profile edited by hand into something unrecordable is not used, and
    the command says so."""
    from models.location import user_data_dir
    from models.profile import PROFILE_FILE, checked_profile, read_profile

    folder = user_data_dir()
    profile = read_profile(folder)
    if profile is not None:
        try:
            return checked_profile(profile.name, profile.role, profile.unit,
                                   profile.identity).actor
        except Exception as problem:  # InvalidInput: say it, record the OS user instead
            ctx.deferred_warnings.append(f"{folder / PROFILE_FILE}: the profile is not used "
                                         f"({problem}); set it again with File > Profile…")
    return os_user()


def os_user() -> str:
    """The operating system's name for the user, when no profile is set."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (some containers)
        return "unknown"


# ---------------------------------------------------------------------------------------------
# Parsing and running


def text_argument(value: str) -> str:
    """The type of every argument not declared otherwise (e.g. `file_name`): bytes that the
    terminal's encoding cannot decode reach Python as lone surrogates, which no database can
    store, so they are a usage error naming the argument."""
    for position, character in enumerate(value, start=1):
        if "\ud800" <= character <= "\udfff":
            code = ord(character)
            what = f"byte 0x{code - 0xDC00:02X}" if code >= 0xDC80 else f"U+{code:04X}"
            raise argparse.ArgumentTypeError(
                f"{what} at character {position} is not {sys.getfilesystemencoding()} text "
                "(check the terminal's encoding)"
            )
    return value


COUNT_MAX = 1_000_000


def count_argument(value: str) -> int:
    """A whole number from 0 to COUNT_MAX (a 401-digit --limit overflowed the database)."""
    try:
        number = int(value.strip()) if len(value) <= 20 else None
    except ValueError:
        number = None
    if number is None or not 0 <= number <= COUNT_MAX:
        shown = value if len(value) <= 20 else f"{value[:12]}… ({len(value)} characters)"
        raise argparse.ArgumentTypeError(f"{shown!r} is not a whole number from 0 to "
                                         f"{COUNT_MAX:,}")
    return number


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line and exit code 2 (argparse prints a whole usage block)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{PROG}: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description="Concert Desk. Without a command, opens the desktop app.",
        epilog="Exit codes: 0 success, 1 verification failed, 2 bad input or usage, "
        "3 internal error, 141 output closed early (e.g. piped into head).",
    )
    parser.add_argument("--db", metavar="URL", default=os.environ.get("CONCERT_DB_URL") or None,
                        type=text_argument,
                        help="sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
                        "(default: $CONCERT_DB_URL, else SQLite in the user data folder)")
    groups: dict[tuple[str, ...], Any] = {
        (): parser.add_subparsers(dest="command", title="commands")
    }
    for entry in COMMANDS:
        for depth in range(1, len(entry.words)):
            prefix = entry.words[:depth]
            if prefix not in groups:
                group = groups[prefix[:-1]].add_parser(prefix[-1], help=GROUP_HELP.get(prefix, ""))
                groups[prefix] = group.add_subparsers(dest=f"command_{depth}")
                groups[prefix].required = True
        sub = groups[entry.words[:-1]].add_parser(
            entry.words[-1], help=entry.help, description=entry.help
        )
        for flags, options in entry.arguments:
            if options.get("action", "store") in ("store", "append"):  # takes a value
                options = {"type": text_argument, **options}
            sub.add_argument(*flags, **options)
        sub.set_defaults(run=entry.run)
    for prefix, group in groups.items():
        if prefix:  # name the missing sub-command in usage errors: "list|show|check"
            group.metavar = "|".join(group.choices)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Names and rationales may hold any script: always UTF-8, whatever the console's code
        # page (Windows writes a redirected stream in the ANSI code page, cp1252, where Hebrew
        # or Chinese would come out as "?"), and never fail on a character.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    namespace = build_parser().parse_args(argv)
    context = Context(db_url=namespace.db)
    try:
        if not hasattr(namespace, "run"):
            return open_desktop(context)
        code = namespace.run(context, namespace) or EXIT_OK
        context.flush()
        for warning in context.deferred_warnings:
            context.warn(warning)
        return code
    except OutputClosed:
        return output_closed()
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # every failure ends as one line, never a traceback
        from models.errors import WritesRefused

        if not isinstance(error, WritesRefused):  # which says it already
            for warning in context.deferred_warnings:
                context.warn(warning)
        return report_failure(error)
    finally:
        with contextlib.suppress(Exception):  # closing must not hide the real outcome
            context.close()


def output_closed() -> int:
    """Stop quietly, like any Unix tool whose reader has gone: no message, no log."""
    # Python flushes stdout again at exit and would complain about the broken pipe there.
    with contextlib.suppress(Exception):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OUTPUT_CLOSED


def report_failure(error: Exception) -> int:
    from playbooks.errors import UserError

    if isinstance(error, UserError):
        print(f"{PROG}: {one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    if isinstance(error, OSError) and error.filename is not None:
        print(f"{PROG}: {error.filename}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    where = write_crash_log(error)
    print(f"{PROG}: internal error: {type(error).__name__}: {one_line(str(error))} "
          f"(details in {where})", file=sys.stderr)
    return EXIT_INTERNAL


def one_line(text: str) -> str:
    return " ".join(text.split()) or "(no details)"


def write_crash_log(error: Exception) -> str:
    """The traceback goes to a file, not the terminal; returns where."""
    import tempfile
    import traceback
    from datetime import datetime

    text = "".join(traceback.format_exception(error))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folders = []
    with contextlib.suppress(Exception):  # else fall back to the temporary folder
        from models.db import user_data_dir

        folders.append(user_data_dir() / "logs")
    folders.append(Path(tempfile.gettempdir()))
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = folder / f"concert-desk-cli-{stamp}-{os.getpid()}.log"
            # 0600: a traceback can quote the record's text
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                stream.write(text)
            return str(path)
        except OSError:
            continue
    return "nowhere: no writable folder"


def open_desktop(context: Context) -> int:
    """No command, in a form desktop.launcher left to this parser (e.g. `--d URL`)."""
    from desktop.launcher import launch

    # None: the default database, resolved once the window shows (desktop.app.run).
    return launch(context.db_url)


FORCE = arg("--force", action="store_true", help="replace FILE if it exists (never the open "
            "database, a signing identity or a device)")


def emit(ctx: Context, text: str, output: str | None, force: bool = False) -> None:
    """Print `text`, or write it atomically to `output` (an existing file only with --force)."""
    if output is None:
        ctx.write(text)
        return
    from models.files import write_atomically

    write_atomically(Path(output), text.encode("utf-8"), overwrite=force,
                     protected=ctx.record_files)
    print(f"written: {output}", file=ctx.err)


def check_output(ctx: Context, output: str | None, force: bool) -> None:
    """Refuse a bad -o FILE before any work is done (models.files says which are bad)."""
    if output is not None:
        from models.files import check_output_target

        check_output_target(output, overwrite=force, protected=ctx.record_files)


def installed_playbook(ctx: Context, record: Any) -> Any:
    """The exact playbook (by content hash) an assessment was made with: an installed file, or
    the copy the record keeps."""
    from playbooks.errors import UserError

    playbook = ctx.catalog.by_hash(record.playbook_hash)
    if playbook is None:
        raise UserError(f"assessment {record.id} uses playbook {record.playbook_id} "
                        f"{record.playbook_version} with hash {record.playbook_hash[:12]}…, "
                        "which is neither installed here nor kept in the record (install that "
                        "file: main.py playbooks add FILE)")
    return playbook


# ---------------------------------------------------------------------------------------------
# playbooks and members


@command("playbooks", "list", help="list the built-in and user playbooks, and the versions "
         "only the record keeps")
def playbooks_list(ctx: Context, ns: argparse.Namespace) -> int:
    from models.location import user_playbook_folder
    from reports.playbook_text import playbook_table

    ctx.print(playbook_table(ctx.catalog))
    ctx.print(f"\nuser playbook folder: {user_playbook_folder()}")
    for warning in ctx.catalog.warnings:
        ctx.warn(warning)
    return EXIT_OK


# The playbook's own texts (titles, questions, answer choices, guidance) in a language it
# carries; the command's own words stay English, as all command-line output does.
LANGUAGE = arg("--language", metavar="CODE", default=None,
               help="show the playbook's texts in this language (e.g. fr) where the playbook has "
               "them, else in its base language (default: the base language)")


@command("playbooks", "show", help="show a playbook: its criteria and questions, with their "
         "weights (and their share of the score) and the score of every answer",
         args=[arg("id"), arg("--version", help="a specific version (default: the default "
                              "version new assessments use)"), LANGUAGE])
def playbooks_show(ctx: Context, ns: argparse.Namespace) -> int:
    from reports.playbook_text import playbook_text

    playbook = ctx.catalog.get(ns.id, ns.version)
    ctx.print(playbook_text(playbook.in_language(ns.language), ctx.catalog.origin(playbook)))
    return EXIT_OK


@command("playbooks", "check",
         help="check playbook files as a linter: prints FILE:LINE: field: problem for every "
         "error in each file, then warnings (rules no answer can satisfy, answers that cannot "
         "change the score) and each criterion's and question's share of the score in %%; "
         "exit 2 if any file has an error — warnings alone leave it 0",
         args=[arg("files", nargs="+", metavar="FILE", type=file_name),
               arg("--complete-languages", action="store_true",
                   help="also exit 2 when a text lacks a translation into a language the file "
                   "declares (a translation unit's check; without it a missing translation is a "
                   "warning, and the base-language text is shown in its place)")])
def playbooks_check(ctx: Context, ns: argparse.Namespace) -> int:
    from playbooks.lint import effective_weights, lint_playbook_file
    from playbooks.loader import USER
    from reports.playbook_text import playbook_checked, playbook_weights_text

    reports = [lint_playbook_file(file) for file in ns.files]
    failed = 0
    for report in reports:
        for error in report.errors:
            print(one_line(str(error)), file=ctx.err)
        if len(report.errors) > 1:
            print(f"{report.file}: {len(report.errors)} errors", file=ctx.err)
        failed += bool(report.errors)
    loaded = [(r.file, r.playbook, r.warnings) for r in reports if r.playbook is not None]
    for file, playbook, warnings in loaded:
        others = [other for _, other, _ in loaded if other is not playbook]
        clash = ctx.catalog.refusal(playbook, USER, others)
        if clash is not None:
            failed += 1
            print(one_line(str(clash)), file=ctx.err)
            continue
        ctx.print(playbook_checked(file, playbook))
        ctx.print(playbook_weights_text(effective_weights(playbook)))
        for warning in warnings:
            ctx.warn(one_line(str(warning)))
        if ns.complete_languages and playbook.translation_gaps:
            failed += 1
            print(f"{file}: {len(playbook.translation_gaps)} texts lack a translation into a "
                  "declared language", file=ctx.err)
        installed = ctx.catalog.by_hash(playbook.content_hash)
        if ctx.catalog.is_builtin_id(playbook.id) and (
            installed is None or ctx.catalog.origin(installed) != "built-in"
        ):
            ctx.warn(f"{file}: playbook `{playbook.id}` uses the id of a built-in playbook: "
                     "installed, it would not become the default for new assessments")
    return EXIT_BAD_INPUT if failed else EXIT_OK


@command("playbooks", "diff", help="what changed between two versions of a playbook: criteria "
         "and questions added, removed or changed", args=[
    arg("id"), arg("old", metavar="V1"), arg("new", metavar="V2"),
])
def playbooks_diff(ctx: Context, ns: argparse.Namespace) -> int:
    from playbooks.diff import diff_playbooks
    from reports.playbook_text import playbook_diff_text

    old, new = ctx.catalog.get(ns.id, ns.old), ctx.catalog.get(ns.id, ns.new)
    ctx.print(playbook_diff_text(diff_playbooks(old, new)))
    return EXIT_OK


@command("playbooks", "template", help="write a case file listing every question of a playbook "
         "with the answers it accepts, to fill in and try or import", args=[
    arg("id"), arg("--version", help="a specific version (default: the default version)"),
    arg("-o", "--output", metavar="FILE", type=file_name, help="write to FILE (default: print)"),
    FORCE,
])
def playbooks_template(ctx: Context, ns: argparse.Namespace) -> int:
    from models.case_template import case_template

    check_output(ctx, ns.output, ns.force)
    emit(ctx, case_template(ctx.catalog.get(ns.id, ns.version)), ns.output, ns.force)
    return EXIT_OK


@command("playbooks", "try", help="evaluate a case file against a playbook file without "
         "installing it: verdict, each criterion's margin, what would change the verdict", args=[
    arg("file", metavar="FILE", type=file_name, help="the playbook file"),
    arg("case", metavar="CASE.yaml", type=file_name, help="a case file (see: playbooks template)"),
])
def playbooks_try(ctx: Context, ns: argparse.Namespace) -> int:
    from models.casefile import read_case_file
    from models.workflow import member_infos
    from playbooks.evaluate import evaluate
    from playbooks.loader import load_playbook
    from playbooks.model import AnswerQualifier
    from playbooks.options import OptionInput, evaluate_options
    from reports.playbook_text import playbook_tried_text

    playbook = load_playbook(ns.file)
    case = read_case_file(ns.case, playbook=playbook)
    notes = []
    if case.playbook_version != playbook.version:
        notes.append(f"{ns.case} was written for version {case.playbook_version}; tried "
                     f"against version {playbook.version}")
    elif case.playbook_hash not in (None, playbook.content_hash):
        notes.append(f"{ns.case} was written for another file of version {playbook.version} "
                     f"(hash {case.playbook_hash[:12]}…)")
    answers = {a.question_id: a.value for a in case.answers if a.value is not None}
    qualifiers = {
        a.question_id: AnswerQualifier(
            a.confidence, a.rationale, tuple((e.reliability, e.credibility) for e in a.evidence)
        )
        for a in case.answers
    }
    if not case.options:
        evaluation = evaluate(playbook, answers, member_infos(ctx.db), qualifiers)
        ctx.print(playbook_tried_text(playbook, ns.case, evaluation, notes))
        return EXIT_OK
    # A case comparing options: each option judged as `decide` judges it; the best-judged
    # one is shown in full, every option's verdict in the notes.
    compared = evaluate_options(playbook, answers, [OptionInput(
        name=option.name, title=option.title,
        answers={a.question_id: a.value for a in option.answers if a.value is not None},
        qualifiers={a.question_id: AnswerQualifier(a.confidence, a.rationale)
                    for a in option.answers},
    ) for option in case.options], member_infos(ctx.db), qualifiers)
    notes += [f"option {judged.name} ({judged.title}): {judged.verdict.label}"
              for judged in compared.options]
    notes.append(f"shown below: the best-judged option, {compared.best.name}")
    ctx.print(playbook_tried_text(playbook, ns.case, compared.best.evaluation, notes))
    return EXIT_OK


@command("playbooks", "add", help="install a playbook file in the user playbook folder (checked "
         "first; a changed file under a version already used is refused)",
         args=[arg("file", metavar="FILE", type=file_name)])
def playbooks_add(ctx: Context, ns: argparse.Namespace) -> int:
    from models.location import user_playbook_folder
    from models.user_playbooks import add_playbook_file

    installed = add_playbook_file(ns.file, ctx.catalog, user_playbook_folder())
    playbook = installed.playbook
    if installed.already:
        ctx.print(f"{ns.file}: already installed as {installed.path} ({playbook.id} "
                  f"{playbook.version}, hash {playbook.content_hash[:12]})")
    else:
        ctx.print(f"added: {ns.file} as {installed.path} ({playbook.id} {playbook.version}, "
                  f"hash {playbook.content_hash[:12]})")
    if installed.warning:
        ctx.warn(installed.warning)
    return EXIT_OK


@command("members", "list", help="list the member registry, with its version and hash")
def members_list(ctx: Context, ns: argparse.Namespace) -> int:
    from models.members import registry_entries
    from models.registry_revisions import current_revision
    from reports.console import member_table
    from reports.registry_text import registry_line

    ctx.print(member_table(registry_entries(ctx.db), registry_line(current_revision(ctx.db))))
    return EXIT_OK


@command("members", "show", help="one member: standing, population and its source, the index "
         "figures its standing rests on, and every registry revision that changed it",
         args=[arg("code", metavar="CODE", help="ISO 3166-1 alpha-3, e.g. CAN")])
def members_show(ctx: Context, ns: argparse.Namespace) -> int:
    from models.errors import NotFound
    from models.members import registry_entries
    from models.registry_revisions import member_history
    from reports.registry_text import member_detail

    code = ns.code.strip().upper()
    entry = next((e for e in registry_entries(ctx.db) if e.iso == code), None)
    if entry is None:
        raise NotFound(f"{code} is not in the member registry (see: main.py members list)")
    ctx.print(member_detail(entry, member_history(ctx.db, code)))
    return EXIT_OK


@command("members", "history", help="every revision of the member registry: what changed it "
         "(import, baseline, membership review), who, and its hash")
def members_history(ctx: Context, ns: argparse.Namespace) -> int:
    from models.registry_revisions import registry_history
    from reports.registry_text import registry_history_text

    ctx.print(registry_history_text(registry_history(ctx.db)))
    return EXIT_OK


@command("members", "apply-review", help="apply a decided membership review to the registry: "
         "the state's standing follows the decision, in one audited registry revision",
         args=[arg("id", metavar="ASSESSMENT_ID"),
               arg("--state", metavar="CODE", help="the reviewed state (default: the one "
                   "member the review's title names)"),
               arg("--by", metavar="NAME",
                   help="who applies it (default: your profile, else the OS user)")])
def members_apply_review(ctx: Context, ns: argparse.Namespace) -> int:
    from models.membership_reviews import apply_review
    from reports.registry_text import review_applied_text

    info, before, after = apply_review(ctx.db, ns.id, actor=ns.by or default_actor(ctx),
                                       iso=ns.state)
    ctx.print(review_applied_text(info, before, after))
    return EXIT_OK


@command("members", "import", help="add and update members from a registry file (all or nothing)",
         args=[arg("file", metavar="FILE", type=file_name),
               arg("--by", metavar="NAME", help="who imports")])
def members_import(ctx: Context, ns: argparse.Namespace) -> int:
    from models.members import load_registry_file
    from models.registry_import import import_registry

    load_registry_file(ns.file)  # a bad file is reported before the database is opened
    summary = import_registry(ctx.db, ns.file, actor=ns.by or default_actor(ctx))
    ctx.print(f"{ns.file}: {summary.one_line()}")
    return EXIT_OK


@command("members", "export", help="write the member registry as YAML",
         args=[arg("-o", "--output", metavar="FILE", type=file_name,
                   help="write to FILE (default: print)"), FORCE])
def members_export(ctx: Context, ns: argparse.Namespace) -> int:
    from models.members import export_registry

    check_output(ctx, ns.output, ns.force)
    emit(ctx, export_registry(ctx.db), ns.output, ns.force)
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# assessments


@command("assess", "new", help="create a draft assessment; prints its id", args=[
    arg("--playbook", required=True, metavar="ID"),
    arg("--version", metavar="V", help="playbook version (default: the newest)"),
    arg("--title", required=True, metavar="TEXT"),
    arg("--action", default="", metavar="TEXT", help="the proposed action"),
    arg("--crisis", default="", metavar="TEXT"),
    arg("--classification", default="UNCLASSIFIED", metavar="TEXT"),
    arg("--by", metavar="NAME", help="who creates it (default: your profile, else the OS user)"),
])
def assess_new(ctx: Context, ns: argparse.Namespace) -> int:
    from models.workflow import create_assessment

    playbook = ctx.catalog.get(ns.playbook, ns.version)
    ctx.print(create_assessment(ctx.db, playbook, title=ns.title, proposed_action=ns.action,
                                crisis=ns.crisis, classification=ns.classification,
                                actor=ns.by or default_actor(ctx)))
    return EXIT_OK


@command("assess", "import",
         help="create a draft assessment from a case file (all or nothing); prints its id",
         args=[arg("file", metavar="FILE", type=file_name),
               arg("--by", metavar="NAME", help="who imports")])
def assess_import(ctx: Context, ns: argparse.Namespace) -> int:
    from models.casefile import import_case, read_case_file

    case = read_case_file(ns.file, ctx.catalog)  # checked completely before anything is written
    ctx.print(import_case(ctx.db, case, actor=ns.by or default_actor(ctx)))
    return EXIT_OK


@command("assess", "export", help="write an assessment as a case file",
         args=[arg("id"), arg("-o", "--output", metavar="FILE", type=file_name,
                              help="write to FILE (default: print)"),
               FORCE])
def assess_export(ctx: Context, ns: argparse.Namespace) -> int:
    from models.casefile import export_case_file

    check_output(ctx, ns.output, ns.force)
    emit(ctx, export_case_file(ctx.db, ns.id, ctx.catalog), ns.output, ns.force)
    return EXIT_OK


@command("assess", "list", help="list assessments, newest first", args=[
    arg("--search", default="", metavar="TEXT", help="words in titles, rationales, evidence…"),
    arg("--status", choices=("draft", "decided", "superseded")),
    arg("--limit", type=count_argument, default=50, metavar="N",
        help=f"at most N rows (0 to {COUNT_MAX:,})"),
])
def assess_list(ctx: Context, ns: argparse.Namespace) -> int:
    from models.search import search_assessments
    from reports.console import assessment_table

    page = search_assessments(ctx.db, ns.search, status=ns.status, limit=max(ns.limit, 0))
    ctx.print(assessment_table(page))
    return EXIT_OK


@command("assess", "show", help="an assessment: answers, criteria, verdict, fragility, decision",
         args=[arg("id"), LANGUAGE])
def assess_show(ctx: Context, ns: argparse.Namespace) -> int:
    from models.option_rows import options_view
    from models.records import load_assessment
    from models.routing import stage_of, steps_of
    from models.workflow import evaluate_assessment, evaluation_snapshot
    from reports.assessment_text import assessment_body, assessment_heading
    from reports.options_text import options_lines
    from reports.routing_text import routing_lines, stage_line

    record = load_assessment(ctx.db, ns.id)
    playbook = ctx.catalog.by_hash(record.playbook_hash)
    from_record = playbook is not None and ctx.catalog.origin(playbook) == "record"
    steps = steps_of(ctx.db, record.id)
    ctx.print(assessment_heading(record, playbook_from_record=from_record))
    ctx.print("\n".join([stage_line(stage_of(ctx.db, record.id), steps), *routing_lines(steps)]))
    if playbook is None:
        ctx.warn(f"playbook {record.playbook_id} {record.playbook_version} with hash "
                 f"{record.playbook_hash[:12]}… is neither installed nor kept in the record: "
                 "answers shown without their questions")
    option_rows, best_option = options_view(ctx.db, record, playbook)
    draft_evaluation = best_option  # a draft with options: its best-judged option's evaluation
    if record.decision is None and playbook is not None and draft_evaluation is None:
        draft_evaluation = evaluation_snapshot(evaluate_assessment(ctx.db, record.id, playbook))
    shown = playbook.in_language(ns.language) if playbook is not None else None
    ctx.print(assessment_body(record, shown, draft_evaluation))
    if option_rows:
        ctx.print("\n".join(options_lines(option_rows, decided=record.decision is not None)))
    return EXIT_OK


@command("assess", "what-if", help="try changed answers or member positions on an "
         "assessment without saving anything: the verdict beside the record's, the changes, "
         "the fewest endorsements that reach authority, and how often each verdict results "
         "over draws of the likelihood answers", args=[
    arg("id"),
    arg("--set", action="append", default=[], metavar="QUESTION=VALUE", dest="sets",
        help="an answer to try (repeatable); an empty VALUE tries it unanswered"),
    arg("--endorse", action="append", default=[], metavar="ISO",
        help="a member endorsing in the scenario (repeatable)"),
    arg("--position", action="append", default=[], metavar="ISO=POSITION",
        help="a member's position in the scenario: endorse, oppose, abstain or not_consulted "
        "(repeatable)"),
    arg("--draws", type=count_argument, default=0, metavar="N",
        help="draw each likelihood within its ICD 203 range N times (default: no draws)"),
    arg("--seed", type=count_argument, default=0, metavar="S",
        help="the seed of the draws (the same seed gives the same counts; default 0)"),
    arg("--option", metavar="NAME",
        help="on a case with options, the option to try the scenario on (default: the one "
        "the decision chose, else the best-judged)"),
])
def assess_what_if(ctx: Context, ns: argparse.Namespace) -> int:
    from models.records import load_assessment
    from models.what_if import what_if
    from playbooks.scenario_input import parse_scenario
    from reports.what_if_text import what_if_text

    playbook = installed_playbook(ctx, load_assessment(ctx.db, ns.id))
    scenario = parse_scenario(playbook, ns.sets, ns.endorse, ns.position)
    report = what_if(ctx.db, ns.id, playbook, scenario, draws=ns.draws, seed=ns.seed,
                     option=ns.option)
    ctx.print(what_if_text(report, playbook))
    return EXIT_OK


# --- routing: drafter → reviewer → minister (models.routing) ------------------------------------

ROUTE_BY = arg("--by", metavar="NAME", help="who acts (default: your profile, else the OS user)")


def route_command(ctx: Context, ns: argparse.Namespace, act: str) -> int:
    from models.routing import route, stage_of
    from reports.routing_text import routed

    route(ctx.db, ns.id, act, actor=ns.by or default_actor(ctx), comment=ns.comment or "")
    ctx.print(routed(ns.id, stage_of(ctx.db, ns.id)))
    return EXIT_OK


@command("assess", "submit", help="submit a draft for review (the drafter; also a draft "
         "returned to its drafter)", args=[
    arg("id"), arg("--comment", default="", metavar="TEXT", help="a word to the reviewer"),
    ROUTE_BY])
def assess_submit(ctx: Context, ns: argparse.Namespace) -> int:
    return route_command(ctx, ns, "submit")


@command("assess", "return", help="return a submitted draft (the reviewer) or a passed one "
         "(the minister) to its drafter, saying why", args=[
    arg("id"), arg("--comment", required=True, metavar="TEXT",
                   help="what the drafter should change (required)"),
    ROUTE_BY])
def assess_return(ctx: Context, ns: argparse.Namespace) -> int:
    return route_command(ctx, ns, "return")


@command("assess", "pass", help="pass a submitted draft to the minister (the reviewer)", args=[
    arg("id"), arg("--comment", default="", metavar="TEXT", help="a word to the minister"),
    ROUTE_BY])
def assess_pass(ctx: Context, ns: argparse.Namespace) -> int:
    return route_command(ctx, ns, "pass")


@command("assess", "queue", help="the drafts waiting for you: a reviewer's submitted ones, a "
         "minister's passed ones, a drafter's returned ones (oldest first)", args=[
    arg("--role", choices=("drafter", "reviewer", "minister"),
        help="whose queue (default: your database login's role; required on SQLite, which is "
        "single-user)"),
    arg("--json", action="store_true", help="print JSON instead of a table"),
])
def assess_queue(ctx: Context, ns: argparse.Namespace) -> int:
    from models.routing import login_role, queue
    from playbooks.errors import UserError
    from reports.routing_text import queue_json, queue_table

    role = ns.role
    if role is None:
        if ctx.db.dialect != "postgresql":
            raise UserError("assess queue: this record is SQLite (single-user), so no login "
                            "has a role: say whose queue with --role drafter|reviewer|minister")
        role = login_role(ctx.db)
        if role is None:
            raise UserError("assess queue: your database login is not an official of this "
                            "record (main.py admin grant): say whose queue with --role")
    rows = queue(ctx.db, role)
    ctx.print(queue_json(rows, role) if ns.json else queue_table(rows, role))
    return EXIT_OK


PKCS11_MODULE = arg(
    "--pkcs11-module", metavar="MODULE.so",
    help="the PKCS#11 module of pkcs11: identities (else the URI's module-path, else "
         "CONCERT_PKCS11_MODULE, else Debian's p11-kit proxy)")


@command("decide", help="record the minister's decision and freeze the assessment", args=[
    arg("id"),
    arg("--decision", required=True,
        choices=("approve", "approve-with-conditions", "reject", "defer")),
    arg("--by", metavar="NAME", help="who decides (with --decider: their certificate's name "
        "by default; another name is refused)"),
    arg("--decider", metavar="CERT|FILE.p12|pkcs11:URI",
        help="the minister's certificate (recommended): a certificate file (PEM/DER), their "
             "PKCS#12 identity (its passphrase asked only to read the certificate: "
             "CONCERT_PASSPHRASE or a prompt) or their token key (pkcs11:…, no PIN); it must "
             "chain to a trust root and carry the minister's role, and only its holder can "
             "countersign the memo. Without it the decider is tied by name only"),
    arg("--justification", default="", metavar="TEXT",
        help="required when the decision departs from the verdict"),
    arg("--dissent", action="append", default=[], metavar='"NAME: TEXT"',
        help="a reviewer's dissent (repeatable)"),
    arg("--conditions", metavar="FILE", type=file_name,
        help="the conditions of an approve-with-conditions decision, a YAML file: a list "
        "`conditions` of what, owner, how_checked, review_on (YYYY-MM-DD) and tripwire"),
    PKCS11_MODULE,
    arg("--option", metavar="NAME", default=None,
        help="on a case with options: the option chosen (another than the best-judged one "
        "needs --justification); without it, none is chosen"),
])
def decide_command(ctx: Context, ns: argparse.Namespace) -> int:
    from models.condition_file import read_conditions_file
    from models.records import load_assessment
    from models.workflow import add_dissent, decide
    from playbooks.errors import UserError
    from reports.console import decision_recorded

    dissents = []
    for given in ns.dissent:
        reviewer, colon, text = given.partition(":")
        if not colon or not reviewer.strip() or not text.strip():
            raise UserError(f'--dissent {given!r}: expected "NAME: TEXT"')
        dissents.append((reviewer.strip(), text.strip()))
    conditions = read_conditions_file(ns.conditions) if ns.conditions else []  # checked first
    playbook = installed_playbook(ctx, load_assessment(ctx.db, ns.id))
    by, certificate = ns.by, None
    if ns.decider:
        from reports.decider import checked_decider, decider_name
        from reports.identity import read_passphrase
        from reports.verify import configured_roots

        decider = checked_decider(
            ns.decider, configured_roots(ctx.db), module=ns.pkcs11_module,
            passphrase=lambda: read_passphrase(f"{Path(ns.decider).name} (only its certificate "
                                               "is read)"))
        by, certificate = decider_name(ns.by, decider), decider
    elif not ns.by:
        raise UserError("decide: give --decider (the minister's certificate, recommended) or "
                        "--by NAME")
    decision_id = decide(ctx.db, ns.id, decision=ns.decision.replace("-", "_"), by=by,
                         justification=ns.justification, playbook=playbook,
                         conditions=conditions, option=ns.option,
                         decided_by_certificate=certificate.fingerprint if certificate else None,
                         decided_by_subject=certificate.subject if certificate else "")
    for reviewer, text in dissents:
        add_dissent(ctx.db, ns.id, reviewer=reviewer, text=text)
    decided = load_assessment(ctx.db, ns.id).decision
    assert decided is not None and decided.id == decision_id
    ctx.print(decision_recorded(decided))
    return EXIT_OK


def date_argument(value: str) -> Any:
    """A calendar day written YYYY-MM-DD."""
    from datetime import date

    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD") from None


@command("conditions", "due", help="conditions of standing approvals whose review is due on or "
         "before a day (default today, UTC), earliest first", args=[
    arg("--as-of", metavar="DATE", type=date_argument, help="the day (YYYY-MM-DD)"),
])
def conditions_due(ctx: Context, ns: argparse.Namespace) -> int:
    from models.conditions import due_conditions
    from models.tables import utc_now
    from reports.conditions_text import due_table

    as_of = ns.as_of or utc_now().date()
    ctx.print(due_table(due_conditions(ctx.db, as_of), as_of))
    return EXIT_OK


@command("conditions", "review", help="record a review of a condition: met, not met or "
         "withdrawn, with a note (never changed afterwards); a breached tripwire opens a draft "
         "revision of the decision", args=[
    arg("id", metavar="CONDITION_ID", help="as `conditions due` or `assess show` lists it"),
    arg("--outcome", required=True, choices=("met", "not-met", "withdrawn")),
    arg("--note", required=True, metavar="TEXT", help="what the review found"),
    arg("--by", required=True, metavar="NAME", help="who reviews"),
    arg("--next-review", metavar="DATE", type=date_argument,
        help="when it is reviewed again (met without one: fulfilled, no further review)"),
    arg("--tripwire-breached", action="store_true",
        help="the tripwire happened: the approval ends (outcome not-met)"),
])
def conditions_review(ctx: Context, ns: argparse.Namespace) -> int:
    from models.conditions import review_condition
    from reports.conditions_text import review_recorded

    result = review_condition(ctx.db, ns.id, outcome=ns.outcome, note=ns.note, by=ns.by,
                              next_review_on=ns.next_review,
                              tripwire_breached=ns.tripwire_breached)
    ctx.print(review_recorded(result, ns.outcome.replace("-", "_")))
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# outcomes and calibration (issue 16)


def evidence_argument(value: str) -> Any:
    """Graded evidence written GRADE: SUMMARY [| SOURCE], the grade as Admiralty's letter and
    digit (e.g. B2: reliability B, credibility 2)."""
    import re

    from models.records import EvidenceInput

    grade, colon, rest = value.partition(":")
    grade = grade.strip().upper()
    summary, _, source = rest.partition("|")
    if not colon or not re.fullmatch(r"[A-F][1-6]", grade) or not summary.strip():
        raise argparse.ArgumentTypeError(
            f"{value!r}: expected GRADE: SUMMARY [| SOURCE], the grade a letter A–F and a "
            "digit 1–6 (e.g. 'B2: UN situation report | OCHA')")
    return EvidenceInput(summary.strip(), source.strip(), grade[0], int(grade[1]))


@command("outcomes", "due", help="likelihood calls and decisions of standing decided "
         "assessments whose resolution date is on or before a day (default today, UTC) and "
         "whose outcome is not recorded yet, earliest first", args=[
    arg("--as-of", metavar="DATE", type=date_argument, help="the day (YYYY-MM-DD)"),
])
def outcomes_due(ctx: Context, ns: argparse.Namespace) -> int:
    from models.outcomes import due_outcomes
    from models.tables import utc_now
    from reports.outcomes_text import due_table

    as_of = ns.as_of or utc_now().date()
    ctx.print(due_table(due_outcomes(ctx.db, ctx.catalog.by_hash, as_of), as_of))
    return EXIT_OK


@command("outcomes", "record", help="record what happened to one likelihood call of a decided "
         "assessment (never changed afterwards; a later record corrects it)", args=[
    arg("id", metavar="ASSESSMENT_ID"),
    arg("--question", required=True, metavar="Q", help="the likelihood question's id"),
    arg("--result", required=True, choices=("occurred", "not-occurred", "cannot-tell")),
    arg("--note", required=True, metavar="TEXT", type=text_argument,
        help="what happened, and how we know"),
    arg("--evidence", action="append", default=[], type=evidence_argument,
        metavar="'GRADE: SUMMARY | SOURCE'",
        help="graded evidence (Admiralty, e.g. 'B2: UN report | OCHA'; repeatable)"),
    arg("--by", metavar="NAME", help="who records (default: your profile)"),
])
def outcomes_record(ctx: Context, ns: argparse.Namespace) -> int:
    from models.outcomes import record_outcome
    from models.records import load_assessment

    playbook = installed_playbook(ctx, load_assessment(ctx.db, ns.id))
    outcome_id = record_outcome(ctx.db, ns.id, ns.question, ns.result, note=ns.note,
                                actor=ns.by or default_actor(ctx), playbook=playbook,
                                evidence=ns.evidence)
    ctx.print(f"outcome {outcome_id} recorded: {ns.question} {ns.result.replace('-', ' ')}")
    return EXIT_OK


@command("outcomes", "retrospective", help="record a look back on a decision: what we got "
         "wrong and what we would do again (never changed afterwards)", args=[
    arg("id", metavar="ASSESSMENT_ID"),
    arg("--wrong", required=True, metavar="TEXT", type=text_argument,
        help="what we got wrong"),
    arg("--again", required=True, metavar="TEXT", type=text_argument,
        help="what we would do again"),
    arg("--by", metavar="NAME", help="who records (default: your profile)"),
])
def outcomes_retrospective(ctx: Context, ns: argparse.Namespace) -> int:
    from models.outcomes import record_retrospective

    retrospective_id = record_retrospective(ctx.db, ns.id, wrong=ns.wrong, again=ns.again,
                                            actor=ns.by or default_actor(ctx))
    ctx.print(f"retrospective {retrospective_id} recorded")
    return EXIT_OK


@command("outcomes", "date", help="set when a draft's likelihood call (--question) or its "
         "decision (no --question) is judged against what happened; before the decision only",
         args=[
    arg("id", metavar="ASSESSMENT_ID"),
    arg("--question", metavar="Q", help="the likelihood question's id (omit: the decision)"),
    arg("--on", required=True, metavar="DATE", type=date_argument, help="YYYY-MM-DD"),
    arg("--by", metavar="NAME", help="who sets it (default: your profile)"),
])
def outcomes_date(ctx: Context, ns: argparse.Namespace) -> int:
    from models.outcomes import set_resolution_date
    from models.records import load_assessment

    playbook = installed_playbook(ctx, load_assessment(ctx.db, ns.id))
    set_resolution_date(ctx.db, ns.id, ns.question, ns.on, actor=ns.by or default_actor(ctx),
                        playbook=playbook)
    ctx.print(f"{ns.question or 'the decision'} resolves on {ns.on.isoformat()}")
    return EXIT_OK


@command("report", "calibration", help="how well the resolved likelihood calls of a period "
         "matched what happened: Brier score and its decomposition, the calibration bins with "
         "Wilson intervals, per playbook, question and drafter, and the largest misses; as text, "
         "--json, or a PDF (-o FILE.pdf)", args=[
    arg("--from", dest="start", metavar="DATE", type=date_argument,
        help="decisions from this day (YYYY-MM-DD; default: the first)"),
    arg("--to", dest="end", metavar="DATE", type=date_argument,
        help="decisions up to this day, included (default: today)"),
    arg("--playbook", metavar="ID", help="only this playbook's assessments"),
    arg("--json", action="store_true", help="the numbers as JSON"),
    arg("-o", "--output", metavar="FILE.pdf", type=file_name, help="write the lessons PDF"),
    arg("--force", action="store_true", help="replace an existing output file"),
])
def report_calibration(ctx: Context, ns: argparse.Namespace) -> int:
    import json

    from models.outcome_calls import decided_cases
    from playbooks.errors import UserError
    from reports.lessons import lessons, lessons_json, lessons_text

    if ns.start and ns.end and ns.start > ns.end:
        raise UserError(f"--from {ns.start.isoformat()} is after --to {ns.end.isoformat()}")
    if ns.output is not None and ns.json:
        raise UserError("give --json or -o FILE.pdf, not both")
    check_output(ctx, ns.output, ns.force)
    cases = decided_cases(ctx.db, ctx.catalog.by_hash, start=ns.start, end=ns.end,
                          playbook_id=ns.playbook)
    report = lessons(cases, start=ns.start, end=ns.end, playbook_id=ns.playbook)
    if ns.output is not None:
        from models.files import write_atomically
        from reports.lessons_pdf import lessons_pdf

        write_atomically(Path(ns.output), lessons_pdf(report), overwrite=ns.force,
                         protected=ctx.record_files)
        print(f"written: {ns.output}", file=ctx.err)
    elif ns.json:
        ctx.print(json.dumps(lessons_json(report), indent=2, ensure_ascii=False))
    else:
        ctx.print(lessons_text(report))
    return EXIT_OK


@command("revise", help="start a new draft revision of a decided assessment; prints its id",
         args=[arg("id"), arg("--by", metavar="NAME", help="who revises")])
def revise_command(ctx: Context, ns: argparse.Namespace) -> int:
    from models.workflow import load_assessment, revise

    record = load_assessment(ctx.db, ns.id)
    ctx.print(revise(ctx.db, ns.id, actor=ns.by or default_actor(ctx),
                     playbook=ctx.catalog.by_hash(record.playbook_hash)))
    return EXIT_OK


@command("assess", "migrate", help="move a draft to another version of its playbook: a new "
         "draft revision, answers carried over where still valid; prints the new id, then the "
         "answers dropped or to answer again and the new questions", args=[
    arg("id"),
    arg("--version", required=True, metavar="V", help="the playbook version to move to"),
    arg("--revise", action="store_true",
        help="for a decided assessment: revise and move it at once (one new draft revision)"),
    arg("--by", metavar="NAME", help="who moves it (default: your profile, else the OS user)"),
])
def assess_migrate(ctx: Context, ns: argparse.Namespace) -> int:
    from models.version_move import move_to_version
    from models.workflow import load_assessment
    from reports.playbook_text import moved_text

    record = load_assessment(ctx.db, ns.id)
    target = ctx.catalog.get(record.playbook_id, ns.version)
    result = move_to_version(ctx.db, ns.id, target, actor=ns.by or default_actor(ctx),
                             old_playbook=ctx.catalog.by_hash(record.playbook_hash),
                             revise=ns.revise)
    ctx.print(moved_text(ns.id, result))
    return EXIT_OK


@command(
    "audit",
    "verify",
    help="recompute the audit chain; exit 1 naming the first bad entry",
    args=[
        arg("--archive", action="store_true",
            help="also check every stored memo: its bytes, signatures and printed audit head"),
        arg("--accept-head", action="store_true",
            help="after a warning on opening was looked into: accept the chain as it is now "
            "(and allow writes again)"),
        arg("--memos", metavar="DIR", type=file_name,
            help="with --archive: also report the memo PDFs in DIR (exported files) that the "
            "record does not hold"),
    ],
)
def audit_verify(ctx: Context, ns: argparse.Namespace) -> int:
    from models.audit_check import verify_chain
    from models.startup import quick_integrity_check
    from playbooks.errors import UserError

    if ns.memos is not None and not ns.archive:
        raise UserError("--memos DIR goes with --archive (audit verify --archive --memos DIR)")
    integrity = quick_integrity_check(ctx.db)
    if integrity != "ok":
        print(f"{PROG}: the database failed its integrity check: {integrity}", file=ctx.err)
        return EXIT_VERIFY_FAILED
    if ns.archive:
        from reports.archive import verify_archive

        archive = verify_archive(ctx.db)
        for problem in archive.problems:
            ctx.print(f"problem: {problem}")
        ok, summary = archive.ok, str(archive)
        if ns.memos is not None:
            from reports.archive import memos_not_held

            looked, missing = memos_not_held(ctx.db, Path(ns.memos))
            for problem in missing:
                ctx.print(f"problem: {problem}")
            summary += f"; {looked} exported memo file{'s' if looked != 1 else ''} in " \
                f"{ns.memos}: {len(missing) or 'none'} not held by the record"
            if missing:
                ok = False
                summary = f"{len(missing)} exported memo file(s) in {ns.memos} that the " \
                    f"record does not hold, e.g. {missing[0]}"
    else:
        report = verify_chain(ctx.db)
        ok, summary = report.ok, str(report)
    if not ok:
        print(f"{PROG}: {summary}", file=ctx.err)
        return EXIT_VERIFY_FAILED
    ctx.print(summary)
    print_logins(ctx)
    from models.playbook_store import playbooks_not_kept
    from reports.playbook_text import not_kept_note

    for unkept in playbooks_not_kept(ctx.db):
        ctx.print(not_kept_note(unkept))
    if ns.accept_head:
        from models.startup import acknowledge_audit_head

        acknowledge_audit_head(ctx.db)
        ctx.deferred_warnings.clear()  # looked into and accepted: writes allowed again
        ctx.print("the audit chain as it is now is accepted as the one last seen")
    return EXIT_OK


# --- backup and restore (models.backup, reports.restore; docs/deployment.md) --------------------


@command("backup", help="copy the record to FILE, consistent even while others write (SQLite: "
         "the online backup API; a PostgreSQL record: prints the pg_dump commands to run)", args=[
    arg("-o", "--output", metavar="FILE", type=file_name, required=True,
        help="the backup file (written whole or not at all)"),
    FORCE,
])
def backup(ctx: Context, ns: argparse.Namespace) -> int:
    from models.backup import backup_sqlite, pg_commands
    from models.db import default_database_url, parse_database_url
    from playbooks.errors import UserError

    url = parse_database_url(ctx.db_url or default_database_url())
    if url.get_backend_name() != "sqlite":
        for line in pg_commands(url, ns.output):
            ctx.print(line)
        ctx.flush()
        raise UserError("a PostgreSQL record is backed up with pg_dump (or pg_basebackup), run by "
                        "its owner on the server: the commands are above (docs/deployment.md)")
    taken = backup_sqlite(Path(url.database or ""), Path(ns.output), overwrite=ns.force,
                          protected=ctx.record_files)
    ctx.print(f"backup written: {taken.path} ({taken.size:,} bytes; audit chain at entry "
              f"{taken.head_seq}, {taken.head_hash[:12]}…)")
    ctx.print(f"check it with: main.py restore {taken.path} --verify")
    return EXIT_OK


@command("restore", help="check a backup before it is used (the archive check, and its audit "
         "head against this installation's anchor); then, if asked, put it in place", args=[
    arg("backup", metavar="FILE", type=file_name,
        help="a SQLite backup (backup -o), or the URL of a PostgreSQL database that pg_restore "
        "filled"),
    arg("--verify", action="store_true", help="required: a backup is only ever used checked"),
    arg("--to", metavar="PATH", type=file_name,
        help="once checked, write the restored record to PATH (a new SQLite file)"),
    arg("--replace", action="store_true",
        help="once checked, put the restored record in place of the record (--db)"),
    arg("--accept-rollback", action="store_true",
        help="restore a backup older than the head this installation saw (writes then stay "
        "refused until audit verify --archive --accept-head)"),
    FORCE,
])
def restore(ctx: Context, ns: argparse.Namespace) -> int:
    from models.db import default_database_url
    from playbooks.errors import UserError
    from reports.restore import Record, restore_sqlite, verify_database

    if not ns.verify:
        raise UserError("restore checks a backup before anything uses it: give --verify")
    if ns.to is not None and ns.replace:
        raise UserError("give --to PATH or --replace, not both")
    record = Record(ctx.db_url or default_database_url())
    if ns.backup.startswith(("postgresql:", "postgresql+")):
        if ns.to is not None or ns.replace or ns.accept_rollback:
            raise UserError("a restored PostgreSQL database is only checked here; switch to it "
                            "yourself once it passed (docs/deployment.md)")
        outcome = verify_database(ns.backup, record)
        ctx.print(outcome.checked)
        ctx.print(f"anchor: {outcome.anchor}")
        ctx.print("checked: the application may be switched to this database (--db, "
                  "CONCERT_DB_URL; docs/deployment.md)")
        return EXIT_OK
    outcome = restore_sqlite(Path(ns.backup), record, to=None if ns.to is None else Path(ns.to),
                             replace=ns.replace, force=ns.force,
                             accept_rollback=ns.accept_rollback)
    ctx.print(outcome.checked)
    ctx.print(f"anchor: {outcome.anchor}")
    if outcome.kept_damaged is not None:
        ctx.print(f"the damaged record file was kept as {outcome.kept_damaged}")
    if outcome.placed is None:
        ctx.print("checked only: nothing was put in place (give --to PATH or --replace)")
    elif ns.replace:
        ctx.print(f"restored in place of the record: {outcome.placed}")
    else:
        ctx.print(f"restored to: {outcome.placed}")
    return EXIT_OK


# --- bundles: cases with the audit chain that proves them (reports.bundle; docs/bundle-format.md)


@command("bundle", "export", help="write chosen assessments (each with all its revisions), or "
         "the whole record, as one signed bundle file", args=[
    arg("ids", metavar="ID", nargs="*", help="assessment ids (or give --all)"),
    arg("--all", action="store_true", help="every assessment of the record"),
    arg("-o", "--output", metavar="FILE", type=file_name, required=True),
    arg("--identity", metavar="FILE.p12", type=file_name, required=True,
        help="the exporting official's PKCS#12 identity, which signs the bundle (passphrase "
        "from its prompt or CONCERT_PASSPHRASE)"),
    FORCE,
])
def bundle_export(ctx: Context, ns: argparse.Namespace) -> int:
    from models.files import write_atomically
    from playbooks.errors import UserError
    from reports.bundle import export_bundle
    from reports.identity import read_passphrase, unlock_identity

    if bool(ns.ids) == ns.all:
        raise UserError("give the assessment ids to export, or --all (not both)")
    check_output(ctx, ns.output, ns.force)
    identity = unlock_identity(ns.identity, read_passphrase(f"the identity {ns.identity}"))
    data, cases = export_bundle(ctx.db, None if ns.all else ns.ids, identity)
    write_atomically(Path(ns.output), data, overwrite=ns.force, protected=ctx.record_files)
    ctx.print(f"bundle written: {ns.output} ({cases} assessments, {len(data):,} bytes, signed "
              f"by {identity.name})")
    return EXIT_OK


def _read_bundle(ctx: Context, path: str) -> tuple[bytes, list[Any]]:
    from playbooks.input_files import read_input_file
    from reports.bundle_file import BUNDLE_MAX_BYTES
    from reports.verify import configured_roots

    return read_input_file(path, BUNDLE_MAX_BYTES, what="bundle"), configured_roots(ctx.db)


def _bundle_refused(ctx: Context, path: str, problems: Sequence[str], what: str) -> int:
    for problem in problems:
        print(f"{PROG}: {path}: {problem}", file=ctx.err)
    print(f"{PROG}: {path}: {what}: {len(problems)} problem(s); nothing was written",
          file=ctx.err)
    return EXIT_VERIFY_FAILED


@command("bundle", "verify", help="check a bundle against this record's trust roots: its "
         "signature, every member, every audit link and every memo (writes nothing)", args=[
    arg("file", metavar="FILE", type=file_name),
])
def bundle_verify(ctx: Context, ns: argparse.Namespace) -> int:
    from reports.bundle import check_bundle

    checked = check_bundle(*_read_bundle(ctx, ns.file))
    if not checked.ok:
        return _bundle_refused(ctx, ns.file, checked.problems, "verification failed")
    origin = checked.manifest["origin"]
    ctx.print(f"bundle intact: {len(checked.cases)} assessments, {checked.memos} memos, "
              f"{checked.entries} audit entries of record {origin['record_id'][:12]}… up to "
              f"its head {origin['chain_head']['hash'][:12]}…, signed by {checked.signer} "
              f"on {origin['exported_at']}")
    return EXIT_OK


@command("bundle", "import", help="verify a bundle, then write what this record lacks in one "
         "transaction (the same bundle twice changes nothing; a conflict is refused)", args=[
    arg("file", metavar="FILE", type=file_name),
    arg("--by", metavar="NAME", help="who imports (default: the profile, else the system user)"),
])
def bundle_import(ctx: Context, ns: argparse.Namespace) -> int:
    from reports.bundle import import_bundle

    data, roots = _read_bundle(ctx, ns.file)
    checked, outcome = import_bundle(ctx.db, data, roots, actor=ns.by or default_actor(ctx))
    if outcome is None:
        return _bundle_refused(ctx, ns.file, checked.problems, "not imported")
    if not outcome.imported:
        ctx.print(f"nothing to import: this record already holds all {len(outcome.held)} "
                  "assessments of the bundle (nothing was written)")
        return EXIT_OK
    ctx.print(f"imported: {len(outcome.imported)} assessments ({outcome.rows} rows, "
              f"{outcome.playbooks} playbook files) from record "
              f"{checked.manifest['origin']['record_id'][:12]}…; {len(outcome.held)} already "
              "held")
    return EXIT_OK


# --- administration: PostgreSQL roles (models.roles; docs/deployment.md) ------------------------


@command("admin", "roles", "init", help="create the group roles (drafter, reviewer, minister, "
         "auditor, reader) and set their grants on this PostgreSQL record; run as its owner",
         args=[arg("--show", action="store_true",
                   help="print the SQL it would run, and run nothing")])
def admin_roles_init(ctx: Context, ns: argparse.Namespace) -> int:
    from models.roles import KINDS, group_role, init_roles

    statements = init_roles(ctx.db, show_only=ns.show)
    if ns.show:
        for statement in statements:
            ctx.print(f"{statement};")
        return EXIT_OK
    groups = ", ".join(group_role(kind) for kind in KINDS)
    ctx.print(f"roles ready on {ctx.db.display_name}: {groups}; "
              "give officials a role with: main.py admin grant LOGIN --role ROLE")
    return EXIT_OK


@command("admin", "grant", help="make LOGIN (a PostgreSQL login role, created without a "
         "password if missing) an official with one role; run as the record's owner", args=[
    arg("login", metavar="LOGIN"),
    arg("--role", required=True, choices=("drafter", "reviewer", "minister", "auditor", "reader")),
    arg("--name", default="", metavar="NAME",
        help="the official's name, as their profile gives it (compared with it)"),
    arg("--clearance", metavar="LEVEL", help="the highest classification the official may see "
        "(UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET; default the lowest)"),
    arg("--by", metavar="NAME", help="who grants (default: your profile, else the OS user)"),
])
def admin_grant(ctx: Context, ns: argparse.Namespace) -> int:
    from models.roles import grant_official

    grant = grant_official(ctx.db, ns.login, ns.role, name=ns.name, clearance=ns.clearance,
                           actor=ns.by or default_actor(ctx))
    ctx.print(f"{grant.login} is now a {grant.kind} cleared to {grant.clearance} on "
              f"{ctx.db.display_name}"
              + ("; the login is new and has no password yet (set one: psql -c '\\password "
                 f"{grant.login}')" if grant.created else ""))
    return EXIT_OK


def print_logins(ctx: Context) -> None:
    """Who wrote the chain as the server knows it (PostgreSQL logins), who this is connected
    as, and a warning where the profile's name and the login disagree. SQLite: single-user."""
    from models.location import user_data_dir
    from models.logins import login_counts, login_status
    from models.profile import read_profile

    status = login_status(ctx.db, getattr(read_profile(user_data_dir()), "name", None))
    if status.login is None:
        return
    counts = ", ".join(f"{login or '(before logins were recorded)'} {count}"
                       for login, count in login_counts(ctx.db))
    ctx.print(f"entries by database login: {counts}")
    ctx.print(f"connected as {status}")
    if status.disagreement:
        ctx.warn(status.disagreement)


# --- memos: identities, trust roots, issuing, verifying (reports/) ------------------------------


@command("identity", "new", help="create a TEST signing identity (PKCS#12 with its test CA "
         "certificate as chain; or a key generated on a PKCS#11 token); passphrase (a token's "
         "PIN) from CONCERT_PASSPHRASE or a prompt", args=[
    arg("--name", required=True, metavar="NAME", help="the signer's name"),
    arg("--role", required=True, metavar="ROLE",
        help="the signing role its certificate grants: drafting-official or minister"),
    arg("-o", "--output", required=True, metavar="FILE.p12|pkcs11:URI", type=file_name,
        help="a new PKCS#12 file, or pkcs11:token=…;object=LABEL: a key pair generated on that "
             "token (its private key never leaves it) with its certificate written beside it"),
    arg("--force", action="store_true",
        help="replace FILE.p12 if it exists and is not an identity (an identity is never "
        "replaced)"),
    PKCS11_MODULE,
])
def identity_new(ctx: Context, ns: argparse.Namespace) -> int:
    from models.files import write_atomically
    from reports.identity import create_test_identity, load_or_create_test_ca, read_passphrase
    from reports.tokens import is_token_uri, parse_token_uri, put_test_identity_on_token

    if is_token_uri(ns.output):
        parse_token_uri(ns.output)  # a bad URI before any passphrase is asked for
        authority = load_or_create_test_ca()
        pin = read_passphrase(f"the token {ns.output}", secret="PIN")
        uri = put_test_identity_on_token(ns.output, pin, ns.name, role=ns.role,
                                         module=ns.pkcs11_module, authority=authority)
        ctx.print(f"generated on the token: {uri} (TEST identity of {ns.name}; CA "
                  f"certificate: {authority.certificate_path})")
        return EXIT_OK
    output = Path(ns.output)
    check_output(ctx, ns.output, ns.force)  # before any passphrase is asked for
    authority = load_or_create_test_ca()
    passphrase = read_passphrase(f"the new identity {output.name}", confirm=True)
    write_atomically(output, create_test_identity(ns.name, passphrase, role=ns.role,
                                                  authority=authority),
                     overwrite=ns.force, protected=ctx.record_files)
    ctx.print(f"written: {output} (TEST identity of {ns.name}; CA certificate: "
              f"{authority.certificate_path})")
    return EXIT_OK


@command("trust", "add", help="trust a CA certificate (PEM or DER) when verifying memos",
         args=[arg("certificate", metavar="CERT.pem", type=file_name), arg("--by", metavar="NAME")])
def trust_add(ctx: Context, ns: argparse.Namespace) -> int:
    from models.workflow import add_trust_root
    from playbooks.input_files import read_input_file
    from reports.console import trust_root_added

    certificate = read_input_file(ns.certificate, CERTIFICATE_MAX_BYTES, what="certificate")
    root = add_trust_root(ctx.db, certificate, ns.by or default_actor(ctx))
    ctx.print(trust_root_added(root))
    return EXIT_OK


@command("trust", "list", help="list the trust roots that memo verification accepts")
def trust_list(ctx: Context, ns: argparse.Namespace) -> int:
    from models.workflow import list_trust_roots
    from reports.console import trust_root_table

    ctx.print(trust_root_table(list_trust_roots(ctx.db)))
    return EXIT_OK


@command("memo", help="issue the memo of a decided assessment (render, sign in the order "
         "given, store); given a memo reference instead, add the next signatures to that stored "
         "memo, or without --sign export it again as stored (nothing is signed)", args=[
    arg("id", metavar="ID", help="assessment id, or memo reference (CD-YYYY-NNNN)"),
    arg("-o", "--output", required=True, metavar="FILE.pdf", type=file_name),
    arg("--sign", action="append", default=[], metavar="FILE.p12|pkcs11:URI", type=file_name,
        help="drafting official first, then minister (repeatable): a PKCS#12 file or a key on "
             "a token (pkcs11:token=…;object=…); each identity's passphrase (a token's PIN) "
             "from its own prompt, or CONCERT_PASSPHRASE_1, CONCERT_PASSPHRASE_2… in this "
             "order (CONCERT_PASSPHRASE for a single one)"),
    arg("--by", metavar="NAME",
        help="the drafting official, printed as the memo's FROM when no --sign names them "
             "(default: the first signer's certificate name; recorded as who issues, else "
             "the system user, whom the memo never names)"),
    arg("--language", metavar="CODE",
        help="when issuing, the language the memo is written in: en, fr, ja or he (default: "
             "the profile's language, else English); names, titles and answers stay as "
             "recorded"),
    arg("--second-language", metavar="CODE",
        help="when issuing, a bilingual memo: every heading, label and sentence of the memo "
             "also in this language (en, fr, ja or he), after the first; one document, signed "
             "once"),
    PKCS11_MODULE,
    FORCE,
])
def memo_command(ctx: Context, ns: argparse.Namespace) -> int:
    from models.memos import is_memo_reference
    from models.records import load_assessment
    from reports.console import memo_written
    from reports.identity import read_passphrases
    from reports.issue import ExportTarget, issue_memo, sign_stored_memo, unlock

    check_output(ctx, ns.output, ns.force)  # before any passphrase, rendering or signing
    # An unknown language is refused before any passphrase is asked for.
    language = memo_language_for(ns.language)
    second_language = memo_language_for(ns.second_language) if ns.second_language else ""
    target = ExportTarget(Path(ns.output), ns.force, ctx.record_files)
    identities = [unlock(path, passphrase, module=ns.pkcs11_module)
                  for path, passphrase in zip(ns.sign, read_passphrases(ns.sign), strict=True)]
    # The audit records whoever runs this (--by, the first signer, the profile, else the OS
    # user); the memo is FROM its drafting official: the first signer's certificate name, else
    # --by or the profile, never the system account (reports.issue).
    recorded = default_actor(ctx) if not ns.by and not identities else ""
    actor = ns.by or (identities[0].name if identities else recorded)
    drafted_by = ns.by or (recorded if recorded and recorded != os_user() else None)
    if is_memo_reference(ns.id) and not identities:
        from reports.console import memo_reexported
        from reports.issue import export_stored_memo

        issued = export_stored_memo(ctx.db, ns.id, target)
        ctx.print(memo_reexported(issued.memo, ns.output))
        return EXIT_OK
    if is_memo_reference(ns.id):
        signed = None
        for identity in identities:  # the file is written once, with the last signature
            signed = sign_stored_memo(ctx.db, ns.id, identity, actor=actor,
                                      export_to=target if identity is identities[-1] else None)
        assert signed is not None  # identities is not empty here
        issued = signed
    else:
        record = load_assessment(ctx.db, ns.id)
        issued = issue_memo(ctx.db, ns.id, installed_playbook(ctx, record), actor=actor,
                            identities=identities, export_to=target, drafted_by=drafted_by,
                            language=language, second_language=second_language)
    ctx.print(memo_written(issued.memo, ns.output))
    return EXIT_OK


@command("verify", help="verify a memo PDF: exit 0 only if every signature is intact, trusted "
         "and permitted and, when its reference is in this record, it is the stored memo", args=[
    arg("file", metavar="FILE.pdf", type=file_name),
    arg("--trust", action="append", default=[], metavar="CERT.pem", type=file_name,
        help="also trust this CA for this check (repeatable)"),
])
def verify_command(ctx: Context, ns: argparse.Namespace) -> int:
    from models.memos import PDF_MAX_BYTES
    from playbooks.input_files import read_input_file
    from reports.identity import certificate_from_pem
    from reports.verify import verify_memo_file

    extra = [certificate_from_pem(read_input_file(p, CERTIFICATE_MAX_BYTES, what="certificate"),
                                  p) for p in ns.trust]
    pdf = read_input_file(ns.file, PDF_MAX_BYTES, what="memo PDF")
    report = verify_memo_file(ctx.db, pdf, extra)
    for line in report.lines()[:-1]:
        ctx.print(line)
    if report.ok:
        ctx.print(f"OK: {report.reason}")
        return EXIT_OK
    print(f"{PROG}: verification failed: {report.reason}", file=ctx.err)
    return EXIT_VERIFY_FAILED


if __name__ == "__main__":
    sys.exit(main())
