"""The terminal chat: a full interview on the same engine, no bot token needed."""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from typing import TextIO

from bots.render import PLAIN, Markup, render_all, roles_text
from engine import events
from engine.actions import Action, AskQuestion, HintKind, ShowReport
from engine.entry import EntryPoint
from engine.events import Event, Input, Sender
from engine.queries import Role

HELP = """Commands:
  /skip   skip this question
  /redo   answer the last question again (your new answer replaces the old one)
  /end    end the interview now and get feedback
  /help   show this help
Anything else you type is your answer. Press Ctrl-D to leave (your interview is saved)."""
TERMINAL = Markup(
    escape=PLAIN.escape,
    bold=PLAIN.bold,
    italic=PLAIN.italic,
    limit=PLAIN.limit,
    hints={
        HintKind.NO_SESSION: "You have no interview in progress. Run the chat command again.",
        HintKind.NOT_AN_ANSWER: "Please type your answer.",
    },
)
COMMANDS: dict[str, Input] = {"/skip": events.Skip(), "/redo": events.Redo(), "/end": events.End()}


class Console:
    """Reads answers from a text stream and prints the interviewer's replies."""

    def __init__(
        self,
        entry: EntryPoint,
        roles: dict[str, Role],
        read_line: Callable[[str], Awaitable[str | None]],
        out: TextIO,
        user: str | None = None,
    ) -> None:
        """Interview the terminal's user through ``entry``."""
        self.entry = entry
        self.roles = roles
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

    async def run(self, start: events.StartInterview | None) -> bool:
        """Run (or resume) one interview to its report; False if the input ended first."""
        waiting = await self.handle(events.CurrentQuestion()) if start is None else []
        if any(isinstance(action, AskQuestion) for action in waiting):
            print("Resuming your interview in progress.", file=self.out)
            self.show(waiting)
        else:
            role_id = start.role if start else await self._choose_role()
            if role_id is None:
                return False
            request = start or events.StartInterview(role_id)
            actions = await self.handle(request)
            self.show(actions)
            if not any(isinstance(action, AskQuestion) for action in actions):
                return False
        print(HELP, file=self.out)
        while True:
            line = await self.read_line("\nyou> ")
            if line is None:
                print("\nSaved. Run the same command again to continue.", file=self.out)
                return False
            actions = await self._dispatch(line.strip())
            self.show(actions)
            if any(isinstance(action, ShowReport) for action in actions):
                return True

    async def _dispatch(self, line: str) -> list[Action]:
        command = line.lower()
        if command in ("/help", "help", "?"):
            print(HELP, file=self.out)
            return []
        if command in COMMANDS:
            return await self.handle(COMMANDS[command])
        if command.startswith("/"):
            print(f"Unknown command {line.split()[0]!r}.\n{HELP}", file=self.out)
            return []
        return await self.handle(events.Text(line))

    async def _choose_role(self) -> str | None:
        roles = list(self.roles.values())
        print(roles_text(roles, PLAIN), file=self.out)
        while True:
            line = await self.read_line("\nWhich role? (number or id) > ")
            if line is None:
                return None
            choice = line.strip()
            if choice.isdigit() and 1 <= int(choice) <= len(roles):
                return roles[int(choice) - 1].id
            if choice in self.roles:
                return choice
            print("Please type a number from the list or a role id.", file=self.out)


async def stdin_line(prompt: str) -> str | None:
    """Read a line from the terminal without blocking the event loop (None at end of input)."""
    try:
        return await asyncio.to_thread(input, prompt)
    except EOFError:
        return None
