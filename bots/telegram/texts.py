"""What the Telegram bot says on its own, by key (the words are in the catalogues).

Engine replies are rendered by bots.render; keys both chat adapters share are in
bots.shared_texts.
"""

from __future__ import annotations

from bots.render import Markup
from catalogue import CommandNames
from engine.messages import Key, Message

COMMAND_NAMES = CommandNames(
    start="/start",
    end="/end",
    skip="/skip",
    redo="/redo",
    feedback="/feedback",
    history="/history",
    roles="/roles",
    help="/help",
    remind="/remind HH:MM",
    remind_example="/remind 08:30 Europe/Berlin",
    remind_off="/remind off",
    voice_on="/voice on",
    voice_off="/voice off",
    language="/lang",
    cv="/cv",
    job="/job",
    cv_clear="/cv clear",
    job_clear="/job clear",
    cancel="/cancel",
)
COMMANDS = (
    "start",
    "interview",
    "roles",
    "skip",
    "redo",
    "hint",
    "example",
    "end",
    "feedback",
    "history",
    "progress",
    "export",
    "cv",
    "job",
    "cancel",
    "remind",
    "voice",
    "lang",
    "delete_me",
    "help",
)
DESCRIPTIONS = {name: Key(f"telegram.command.{name}") for name in COMMANDS}
WELCOME_TITLE = Key("telegram.welcome-title")
WELCOME = Key("telegram.welcome", ("name",))
SOMEONE = Key("telegram.someone")
ACTIVE_NOTE = Key("telegram.active-note")
PICK_ROLE = Key("telegram.pick-role")
PICK_TYPE = Key("telegram.pick-type", ("role",))
PICK_LEVEL = Key("telegram.pick-level", ("role", "kind"))
STARTING = Key("telegram.starting", ("role", "kind", "level"))
UNKNOWN_ROLE = Key("telegram.unknown-role", ("role",))
FILE_TOO_BIG = Key("telegram.file-too-big")
UNKNOWN_COMMAND = Key("telegram.unknown-command")
GROUP_HINT = Key("telegram.group-hint", ("link",))
GROUP_BUTTON = Key("telegram.group-button")
AGAIN_BUTTON = Key("telegram.again-button")
ROLES_BUTTON = Key("telegram.roles-button")
BACK_BUTTON = Key("telegram.back-button")
REMIND_USAGE = Key("telegram.remind-usage")
NOTHING_TO_EXPORT = Key("telegram.nothing-to-export")
EXPORT_CAPTION = Key("telegram.export-caption")
PREVIOUS = Key("telegram.newer")
NEXT = Key("telegram.older")
HELP = Key("telegram.help", ("commands",))
EXPIRED_BUTTON = Key("telegram.expired-button")
TAILORED_BUTTON = Key("telegram.tailored-button")
SUGGESTED_ROLE = Key("telegram.suggested-role", ("role",))
PICK_ROLE_TAILORED = Key("telegram.pick-role-tailored", ("role",))


def help_message(m: Markup) -> Message:
    """The /help message: what the bot does and each command with its description."""
    lines = [f"/{name} — {m.t(DESCRIPTIONS[name]())}" for name in COMMANDS]
    return HELP(commands="\n".join(lines))
