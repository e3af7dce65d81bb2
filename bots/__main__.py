"""Entry point: ``python -m bots run|chat|roles|health|migrate``."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from sqlalchemy.exc import OperationalError

from bots.app import MAX_QUESTIONS, App, build_app
from bots.console import TERMINAL, Console, stdin_line
from bots.health import check
from bots.llm import llm_probe
from bots.logs import configure_logging
from bots.render import roles_text
from bots.settings import ConfigError, Settings, load_settings
from catalogue import set_language
from engine.events import (
    FILE_DOWNLOAD_FAILED,
    DownloadError,
    GiveMaterial,
    MaterialKind,
    SetLanguage,
    StartInterview,
    Upload,
)
from engine.languages import LanguageError, available, parse_language
from engine.queries import InterviewType, RoleFileError, default_roles
from storage.db import DatabaseInUse, make_engine, migrate, single_process_lock

NO_TOKEN_HINT = (
    "No TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN is set, so here is the interview in your "
    "terminal.\nTo run the bots, put a token in .env (see README: 'Create the bots') and run "
    "again."
)


def question_count(text: str) -> int:
    """``--questions``: a whole number of main questions, 1 to MAX_QUESTIONS."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_QUESTIONS:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_QUESTIONS}, not {text!r}"
        )
    return count


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m bots", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run every bot whose token is set (else the terminal chat)")
    chat = commands.add_parser("chat", help="a mock interview in the terminal")
    chat.add_argument("--role", help="role id (see `python -m bots roles`)")
    chat.add_argument(
        "--type",
        choices=[kind.value for kind in InterviewType] + ["mixed"],
        default="mixed",
        help="interview type",
    )
    chat.add_argument("--difficulty", type=int, choices=(1, 2, 3), default=2)
    chat.add_argument(
        "--lang",
        metavar="LANGUAGE",
        help=f"the interview's language, kept for next time: {available()}",
    )
    chat.add_argument(
        "--questions",
        type=question_count,
        metavar="N",
        help=f"number of main questions, 1 to {MAX_QUESTIONS} (default: DEFAULT_QUESTIONS)",
    )
    chat.add_argument(
        "--new",
        action="store_true",
        help="start a new interview even if one is unfinished (that one ends, with its "
        "feedback); without it, an unfinished interview is resumed",
    )
    for flag, what in (("--cv", "your CV"), ("--job", "the job description")):
        chat.add_argument(
            flag,
            type=Path,
            metavar="PATH",
            help=f"{what} as a PDF, Word (.docx) or text file, read and stored before the "
            "interview",
        )
    chat.add_argument(
        "--tailored",
        action="store_true",
        help="questions tailored to your stored CV and job (give them with --cv and --job): "
        "about your own experience and the job's must-haves; without --role, the role that "
        "fits the job best is suggested",
    )
    commands.add_parser("roles", help="list the roles")
    commands.add_parser("health", help="report the running service's health (exit 1 if not)")
    commands.add_parser(
        "migrate",
        help="bring the database (DATABASE_URL) to the current schema and exit; `run` does it "
        "at start too, so this is for deploys that migrate once before starting replicas",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen command; return the process exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        settings = load_settings()
        # The terminal interview's screen is stderr too: no log lines there by default.
        terminal = args.command == "chat" or (args.command == "run" and not has_token(settings))
        configure_logging(settings, terminal=terminal)
        if args.command == "roles":
            print(roles_text(default_roles().values(), TERMINAL))
            return 0
        if args.command == "health":
            engine = None if settings.health_port else make_engine(settings.database_url)
            ok, detail = check(settings.health_port, engine, lambda: llm_probe(settings))
            print(detail)
            return 0 if ok else 1
        if args.command == "migrate":
            migrate(settings.database_url)
            print("The database schema is up to date.")
            return 0
        # Held until the process ends: a second bot on one SQLite file is refused.
        lock = single_process_lock(settings.database_url) if is_service(args, settings) else None
        app = build_app(settings)
    except (ConfigError, RoleFileError) as error:
        print(f"Configuration error: {error}", file=sys.stderr)
        return 2
    except OperationalError as error:  # unreachable server, bad credentials, unwritable file
        reason = " ".join(str(error.orig).split())
        print(f"Database error (DATABASE_URL): {reason}", file=sys.stderr)
        return 3
    except DatabaseInUse as error:
        print(f"Database in use (DATABASE_URL): {error}", file=sys.stderr)
        return 3
    if args.command == "chat":
        # Without --role, the same options start the interview of the role the user picks.
        options = StartInterview(
            args.role or "", args.type, args.difficulty, args.questions, tailored=args.tailored
        )
        start = options if args.role is not None else None
        files = {MaterialKind.CV: args.cv, MaterialKind.JOB: args.job}
        return asyncio.run(
            chat(app, start, new=args.new, files=files, options=options, language=args.lang)
        )
    try:
        return asyncio.run(run(app, settings))
    finally:
        if lock is not None:
            lock.release()


async def chat(
    app: App,
    start: StartInterview | None,
    new: bool = False,
    files: dict[MaterialKind, Path | None] | None = None,
    options: StartInterview | None = None,
    language: str | None = None,
) -> int:
    """The terminal interview: the unfinished one resumed, else (or with ``new``) the one
    ``start`` names, else one with ``options`` for a role the user picks.

    ``files`` (the CV and job description) are read and stored first; one that cannot be read
    ends the chat with exit code 2, and nothing is stored. ``language`` (a code or name) is
    stored as the user's language first; the chat speaks the stored one.
    """
    if start is not None and start.role not in app.roles:
        print(f"Unknown role {start.role!r}. Try `python -m bots roles`.", file=sys.stderr)
        return 2
    console = Console(app.entry, app.queries, stdin_line, sys.stdout)
    if language is not None:
        try:
            parse_language(language)
        except LanguageError as error:
            print(TERMINAL.t(error.message), file=sys.stderr)
            return 2
        await console.handle(SetLanguage(language))
    set_language((await app.entry.profiles.get(console.sender.key)).language)
    given = []
    for kind, path in (files or {}).items():
        if path is None:
            continue
        upload = file_upload(path)
        if upload is None:
            return 2
        given.append(GiveMaterial(kind, file=upload))
    if given and not await console.give(tuple(given), sys.stderr):
        return 2
    try:
        await console.run(start, new=new, options=options)
    except BrokenPipeError:
        # The reader went away (`python -m bots chat | head`): stop quietly, as command-line
        # tools do; every answer given is stored already. Python's own flush at exit would
        # fail on the closed pipe too, so stdout points at nothing from here on.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def file_upload(path: Path) -> Upload | None:
    """A file named on the command line, as an upload (its size told before it is read);
    None, with the reason printed, when it cannot be opened."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(21, "Is a directory")
    except OSError as error:
        print(f"Cannot read {path}: {error.strerror or error}", file=sys.stderr)
        return None

    async def fetch() -> bytes:
        try:
            return await asyncio.to_thread(path.read_bytes)
        except OSError as error:  # gone or unreadable since it was looked at
            raise DownloadError(FILE_DOWNLOAD_FAILED()) from error

    return Upload(path.name, fetch, size)


def is_service(args: argparse.Namespace, settings: Settings) -> bool:
    """True for ``run`` with a bot token: the long-running service (not the terminal chat)."""
    return args.command == "run" and has_token(settings)


def has_token(settings: Settings) -> bool:
    """True when a bot has a token to run with."""
    return settings.telegram_bot_token is not None or settings.discord_bot_token is not None


async def run(app: App, settings: Settings) -> int:
    """Every adapter whose token is set, or the terminal chat when there is none."""
    if not has_token(settings):
        print(NO_TOKEN_HINT)
        return await chat(app, None)
    from bots.service_runner import run_bots

    await run_bots(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
