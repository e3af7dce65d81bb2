"""The terminal chat: a full interview on the same engine, no bot token needed."""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from typing import TextIO

from bots.render import PLAIN, render_all, roles_text
from engine.actions import Action, ShowReport
from engine.ports import UserKey
from engine.roles import InterviewType
from engine.service import InterviewService

HELP = """Commands:
  /skip   skip this question
  /redo   answer the last question again (your new answer replaces the old one)
  /end    end the interview now and get feedback
  /help   show this help
Anything else you type is your answer. Press Ctrl-D to leave (your interview is saved)."""


class Console:
    """Reads answers from a text stream and prints the interviewer's replies."""

    def __init__(
        self,
        service: InterviewService,
        read_line: Callable[[str], Awaitable[str | None]],
        out: TextIO,
        user: str | None = None,
    ) -> None:
        self.service = service
        self.read_line = read_line
        self.out = out
        self.key = UserKey("console", user or getpass.getuser())

    def show(self, actions: list[Action]) -> None:
        """Print rendered actions."""
        for text in render_all(actions, PLAIN):
            print(f"\n{text}", file=self.out, flush=True)

    async def run(
        self,
        role_id: str | None,
        interview_type: InterviewType | None,
        difficulty: int,
        questions: int | None,
    ) -> bool:
        """Run (or resume) one interview to its report; False if the input ended first."""
        resumed = await self.service.active(self.key)
        if resumed is not None and role_id is None:
            print("Resuming your interview in progress.", file=self.out)
            self.show(await self.service.current_question(self.key))
        else:
            role_id = role_id or await self._choose_role()
            if role_id is None:
                return False
            self.show(
                await self.service.start(self.key, role_id, interview_type, difficulty, questions)
            )
        print(HELP, file=self.out)
        while await self.service.active(self.key) is not None:
            line = await self.read_line("\nyou> ")
            if line is None:
                print("\nSaved. Run the same command again to continue.", file=self.out)
                return False
            actions = await self._dispatch(line.strip())
            self.show(actions)
            if any(isinstance(action, ShowReport) for action in actions):
                return True
        return True

    async def _dispatch(self, line: str) -> list[Action]:
        command = line.lower()
        if command in ("/help", "help", "?"):
            print(HELP, file=self.out)
            return []
        if command == "/skip":
            return await self.service.skip(self.key)
        if command == "/redo":
            return await self.service.redo(self.key)
        if command == "/end":
            return await self.service.end(self.key)
        if command.startswith("/"):
            print(f"Unknown command {line.split()[0]!r}.\n{HELP}", file=self.out)
            return []
        return await self.service.answer(self.key, line)

    async def _choose_role(self) -> str | None:
        roles = list(self.service.roles.values())
        print(roles_text(roles, PLAIN), file=self.out)
        while True:
            line = await self.read_line("\nWhich role? (number or id) > ")
            if line is None:
                return None
            choice = line.strip()
            if choice.isdigit() and 1 <= int(choice) <= len(roles):
                return roles[int(choice) - 1].id
            if choice in self.service.roles:
                return choice
            print("Please type a number from the list or a role id.", file=self.out)


async def stdin_line(prompt: str) -> str | None:
    """Read a line from the terminal without blocking the event loop (None at end of input)."""
    try:
        return await asyncio.to_thread(input, prompt)
    except EOFError:
        return None
