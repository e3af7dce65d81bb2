"""Actions as the English words a terminal user reads, for tests that check what was said."""

from __future__ import annotations

from collections.abc import Iterable

from bots.console import TERMINAL
from bots.render import render_action
from engine.actions import Action, Message


def words(what: Message | Action | Iterable[Action]) -> str:
    """A message, an action or several actions in the terminal's English words."""
    if isinstance(what, Message):
        return TERMINAL.t(what)
    actions = [what] if not isinstance(what, Iterable) else list(what)
    return "\n".join(render_action(action, TERMINAL) for action in actions)
