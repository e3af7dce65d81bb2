"""What the Discord bot says on its own, by key (engine replies are rendered by bots.render)."""

from __future__ import annotations

from bots.render import Markup
from catalogue import CommandNames
from engine.labels import MIXED
from engine.messages import Key, Message
from engine.queries import InterviewType

COMMAND_NAMES = CommandNames(
    start="/interview start",
    end="/interview end",
    skip="/interview skip",
    redo="/interview redo",
    feedback="/interview feedback",
    history="/interview history",
    roles="/roles",
    help="/help",
    remind="/remind set",
    remind_example="/remind set time:08:30 timezone:Europe/Berlin",
    remind_off="/remind off",
    voice_on="/voice mode:on",
    voice_off="/voice mode:off",
    language="/language",
    cv="/cv upload",
    job="/job set",
    cv_clear="/cv clear",
    job_clear="/job clear",
    cancel="/cv upload",  # Discord never waits: the file or text comes with the command
)
COMMANDS = (
    "/interview start",
    "/interview answer",
    "/interview skip",
    "/interview redo",
    "/interview hint",
    "/interview example",
    "/interview end",
    "/interview feedback",
    "/interview history",
    "/interview progress",
    "/interview export",
    "/cv upload",
    "/cv show",
    "/cv clear",
    "/job set",
    "/job show",
    "/job clear",
    "/remind set",
    "/remind off",
    "/remind show",
    "/roles",
    "/voice",
    "/language",
    "/privacy delete",
    "/help",
)
DESCRIPTIONS = {name: Key("discord.command." + name[1:].replace(" ", ".")) for name in COMMANDS}
# What the command menu shows besides each command's description: its groups, its options
# (named "<command> <option>") and the choices that are words.
GROUPS = {
    name: Key(f"discord.group.{name}") for name in ("interview", "cv", "job", "remind", "privacy")
}
OPTIONS = {
    name: Key("discord.option." + name.replace(" ", "."))
    for name in (
        "interview start role",
        "interview start type",
        "interview start difficulty",
        "interview start questions",
        "interview start source",
        "interview answer text",
        "interview answer code_file",
        "interview history page",
        "interview export include_cv",
        "voice mode",
        "language language",
        "cv upload file",
        "job set text",
        "job set file",
        "remind set time",
        "remind set timezone",
    )
}
KIND_CHOICES = {
    kind: Key(f"discord.choice.type.{kind}") for kind in (MIXED, *(k.value for k in InterviewType))
}
VOICE_ON_CHOICE = Key("discord.choice.on")
VOICE_OFF_CHOICE = Key("discord.choice.off")
FORM_AGAIN = Key("discord.form-again")
MODAL_TITLE = Key("discord.modal-title", ("number", "total"))
ANSWER_LABEL = Key("discord.answer-label")
ANSWER_BUTTON = Key("discord.answer-button")
SKIP_BUTTON = Key("discord.skip-button")
HINT_BUTTON = Key("discord.hint-button")
EXAMPLE_BUTTON = Key("discord.example-button")
END_BUTTON = Key("discord.end-button")
HELP = Key("discord.help", ("commands",))
NOTHING_TO_EXPORT = Key("discord.nothing-to-export")
EXPORTED = Key("discord.exported")
JOB_SET_USAGE = Key("discord.job-set-usage")
CONTINUED = Key("discord.continued", ("title",))
TAILORED_CHOICE = Key("discord.tailored-choice")
BANK_CHOICE = Key("discord.bank-choice")


def help_message(m: Markup) -> Message:
    """The /help message: what the bot does and each command with its description."""
    lines = [f"{name} — {m.t(DESCRIPTIONS[name]())}" for name in COMMANDS]
    return HELP(commands="\n".join(lines))
