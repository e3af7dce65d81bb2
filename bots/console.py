"""The terminal chat: a full interview on the same engine, no bot token needed."""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TextIO

from bots.render import ROLES_TITLE, Markup, render_all, role_name
from catalogue import CommandNames
from engine import events
from engine.actions import Action, AskQuestion, MaterialSummary, ShowReport
from engine.entry import EntryPoint
from engine.events import Event, GiveMaterial, Input, MaterialKind, Sender
from engine.labels import type_label
from engine.messages import Key
from engine.queries import Queries, Role

HELP = Key("console.help")
UNKNOWN_COMMAND = Key("console.unknown-command", ("command",))
WHICH_ROLE = Key("console.which-role")
PICK_FROM_LIST = Key("console.pick-from-list")
NUMBERED_ROLE = Key("console.role-line", ("number", "name", "id", "kinds"))
RESUMING = Key("console.resuming", ("role",))
SAVED = Key("console.saved")
NOTHING_STORED = Key("console.nothing-stored")
TAILORED_ROLE = Key("console.tailored-role", ("role",))
# The terminal's commands; the bots' other commands are named as the chat command offers them.
COMMAND_NAMES = CommandNames(
    start="python -m bots chat",
    end="/end",
    skip="/skip",
    redo="/redo",
    feedback="python -m bots chat",
    history="the Telegram or Discord bot's history",
    roles="python -m bots roles",
    help="/help",
    remind="the Telegram or Discord bot's /remind",
    remind_example="the Telegram or Discord bot's /remind",
    remind_off="the Telegram or Discord bot's /remind",
    voice_on="the Telegram or Discord bot's /voice",
    voice_off="the Telegram or Discord bot's /voice",
    language="the Telegram bot's /lang",
    cv="python -m bots chat --cv PATH",
    job="python -m bots chat --job PATH",
    cv_clear="/cv clear",
    job_clear="/job clear",
    cancel="Ctrl-D",  # the terminal never waits for a CV: it is given on the command line
)
TERMINAL = Markup(
    escape=str,
    bold=str,
    italic=str,
    limit=100_000,
    platform="console",
    commands=COMMAND_NAMES,
    code=lambda text, language: f"```{language}\n{text}\n```",
)
FENCE = "```"  # a line with an opening fence starts a multi-line code answer
COMMANDS: dict[str, Input] = {
    "/skip": events.Skip(),
    "/redo": events.Redo(),
    "/hint": events.AskHint(),
    "/example": events.AskExample(),
    "/end": events.End(),
    "/cv show": events.ShowMaterial(MaterialKind.CV),
    "/cv clear": events.ClearMaterial(MaterialKind.CV),
    "/job show": events.ShowMaterial(MaterialKind.JOB),
    "/job clear": events.ClearMaterial(MaterialKind.JOB),
}


class Console:
    """Reads answers from a text stream and prints the interviewer's replies."""

    def __init__(
        self,
        entry: EntryPoint,
        queries: Queries,
        read_line: Callable[[str], Awaitable[str | None]],
        out: TextIO,
        user: str | None = None,
    ) -> None:
        """Interview the terminal's user through ``entry`` (``queries`` has the roles)."""
        self.entry = entry
        self.queries = queries
        self.roles: dict[str, Role] = queries.roles
        self.read_line = read_line
        self.out = out
        self.sender = Sender("console", user or getpass.getuser())

    def show(self, actions: list[Action]) -> None:
        """Print rendered actions."""
        for text in render_all(actions, TERMINAL):
            print(f"\n{text}", file=self.out, flush=True)

    async def handle(self, what: Input) -> list[Action]:
        """The entry point's reply to one input of the terminal's user."""
        return await self.entry.handle(Event(self.sender, what))

    async def give(self, given: tuple[GiveMaterial, ...], errors: TextIO) -> bool:
        """Read and store the CV and job given on the command line; False (the reason
        printed to ``errors``, nothing stored) if any of them is refused."""
        actions = await self.handle(events.GiveMaterials(given))
        if any(isinstance(action, MaterialSummary) for action in actions):
            self.show(actions)
            return True
        for text in [*render_all(actions, TERMINAL), TERMINAL.t(NOTHING_STORED())]:
            print(text, file=errors, flush=True)
        return False

    async def run(
        self,
        start: events.StartInterview | None,
        new: bool = False,
        options: events.StartInterview | None = None,
    ) -> bool:
        """Run one interview to its report; False if the input ended first.

        An unfinished interview is resumed, whatever ``start`` names (the same command
        continues it); with ``new`` it is ended, with its feedback, and a new one starts: the
        one ``start`` names, else one with ``options`` (type, length, tailored…) for the role
        the user picks (for a tailored one, the role that fits the job best is suggested).
        """
        waiting = await self.handle(events.CurrentQuestion())
        unfinished = any(isinstance(action, AskQuestion) for action in waiting)
        if unfinished and not new:
            past = await self.queries.last_interview(self.sender.key)
            print(TERMINAL.t(RESUMING(role=past.role_name if past else "")), file=self.out)
            self.show(waiting)
        else:
            # Ended as /end would end it, or (nothing unfinished) what a restart finished.
            self.show(await self.handle(events.End()) if unfinished else waiting)
            tailored = options is not None and options.tailored
            role_id = start.role if start else await self._choose_role(tailored)
            if role_id is None:
                return False
            picked = replace(options, role=role_id) if options else events.StartInterview(role_id)
            request = start or picked
            actions = await self.handle(request)
            self.show(actions)
            if not any(isinstance(action, AskQuestion) for action in actions):
                return False
        print(TERMINAL.t(HELP()), file=self.out)
        while True:
            line = await self.read_line("\nyou> ")
            if line is not None and line.count(FENCE) % 2:
                line = await self._fenced(line)
            if line is None:
                print("\n" + TERMINAL.t(SAVED()), file=self.out)
                return False
            actions = await self._dispatch(line.strip())
            self.show(actions)
            if any(isinstance(action, ShowReport) for action in actions):
                return True

    async def _fenced(self, first: str) -> str | None:
        """A code block typed over several lines, from the line opening a ``` fence to the one
        closing it, as one answer (words before and after the fence kept); None at the end of
        input."""
        lines = [first]
        while True:
            line = await self.read_line("... ")
            if line is None:
                return None
            lines.append(line)
            if FENCE in line:
                return "\n".join(lines)

    async def _dispatch(self, line: str) -> list[Action]:
        command = line.lower()
        if command in ("/help", "help", "?"):
            print(TERMINAL.t(HELP()), file=self.out)
            return []
        if command in COMMANDS:
            return await self.handle(COMMANDS[command])
        if command.startswith("/"):
            unknown = TERMINAL.t(UNKNOWN_COMMAND(command=line.split()[0]))
            print(f"{unknown}\n{TERMINAL.t(HELP())}", file=self.out)
            return []
        return await self.handle(events.Text(line))

    async def _choose_role(self, tailored: bool = False) -> str | None:
        roles = list(self.roles.values())
        print(numbered_roles(roles), file=self.out)
        suggested = (await self.queries.tailoring(self.sender.key)).suggested if tailored else None
        if suggested is not None:
            print("\n" + TERMINAL.t(TAILORED_ROLE(role=suggested.name)), file=self.out)
        while True:
            line = await self.read_line("\n" + TERMINAL.t(WHICH_ROLE()))
            if line is None:
                return None
            choice = line.strip()
            if not choice and suggested is not None:
                return suggested.id
            if choice.isdigit() and 1 <= int(choice) <= len(roles):
                return roles[int(choice) - 1].id
            if choice in self.roles:
                return choice
            print(TERMINAL.t(PICK_FROM_LIST()), file=self.out)


def numbered_roles(roles: list[Role]) -> str:
    """The roles to pick from, numbered from 1 as the role prompt takes them."""
    lines = [TERMINAL.t(ROLES_TITLE())]
    for number, role in enumerate(roles, start=1):
        kinds = ", ".join(TERMINAL.t(type_label(kind.value)) for kind in role.interview_types)
        line = NUMBERED_ROLE(number=number, name=role_name(role), id=role.id, kinds=kinds)
        lines.append(TERMINAL.t(line))
    return "\n".join(lines)


async def stdin_line(prompt: str) -> str | None:
    """Read a line from the terminal without blocking the event loop (None at end of input)."""
    try:
        return await asyncio.to_thread(input, prompt)
    except EOFError:
        return None
