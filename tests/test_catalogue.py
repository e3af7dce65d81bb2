"""Messages by key: every key has English words with its placeholders; actions refuse sentences;
each adapter names its own commands."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import bots
import engine
from bots.console import TERMINAL
from bots.discord import texts as discord_texts
from bots.discord.send import DISCORD
from bots.render import render_action
from bots.telegram import texts as telegram_texts
from bots.telegram.send import MARKDOWN_V2
from catalogue import LOCALES, CommandNames
from engine import daily_practice, entry, interview_flow
from engine.actions import AskQuestion, Hint, Notice, Refusal, Speak
from engine.messages import Key, UserFacingError

ENGLISH = LOCALES / "en" / "LC_MESSAGES" / "messages.po"
PLATFORMS = {"telegram", "discord", "console"}


def every_key() -> dict[str, Key]:
    """Every Key declared at module level in the engine and the adapters (and in dicts there)."""
    keys: dict[str, Key] = {}
    for package in (engine, bots):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                found = value.values() if isinstance(value, dict) else [value]
                for key in found:
                    if isinstance(key, Key):
                        assert keys.get(key.id, key) == key, f"{key.id} declared twice, differently"
                        keys[key.id] = key
    return keys


def fields(words: str) -> tuple[set[str], set[str]]:
    """The values and the command names an entry's words use."""
    values, commands = set(), set()
    for _, name, _, _ in string.Formatter().parse(words):
        if name is None:
            continue
        if name.startswith("cmd."):
            commands.add(name.removeprefix("cmd."))
        else:
            values.add(name.split(".")[0].split("[")[0])
    return values, commands


def english_entries() -> list[tuple[str, str | None, list[str]]]:
    """(key, platform or None, words — one per plural form) for every English entry."""
    with ENGLISH.open("rb") as po:
        catalog = read_po(po, locale="en")
    entries = []
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        words = list(message.string) if isinstance(message.string, tuple) else [message.string]
        entries.append((key, message.context, words))
    return entries


def test_every_key_has_english_words_with_exactly_its_placeholders() -> None:
    keys = every_key()
    assert len(keys) > 150
    entries = english_entries()
    plain = {key for key, platform, _ in entries if platform is None}
    assert set(keys) - plain == set(), "keys without an English entry"
    assert plain - set(keys) == set(), "English entries no key uses"
    command_names = {field.name for field in dataclasses.fields(CommandNames)}
    for key_id, platform, variants in entries:
        key = keys[key_id]
        assert platform in (None, *PLATFORMS), f"{key_id}: unknown platform {platform}"
        assert len(variants) == (2 if key.plural else 1), f"{key_id}: plural forms"
        for words in variants:
            assert words, f"{key_id} has no words"
            values, commands = fields(words)
            assert values == set(key.params), f"{key_id} ({platform}): {values} != {key.params}"
            assert commands <= command_names, f"{key_id}: unknown commands {commands}"


@pytest.mark.parametrize(
    "build",
    [
        lambda: Notice("Interview ended."),  # type: ignore[arg-type]
        lambda: Hint("Use /end"),  # type: ignore[arg-type]
        lambda: Refusal("Go away"),  # type: ignore[arg-type]
        lambda: AskQuestion("Why?", 1, 3, False, lead="Thanks."),  # type: ignore[arg-type]
        lambda: Speak("Why?", "en", lead="Thanks."),  # type: ignore[arg-type]
        lambda: UserFacingError("Something broke."),  # type: ignore[arg-type]
        lambda: interview_flow.TOO_LONG(),
        lambda: interview_flow.TOO_LONG(limit=1, extra=2),
    ],
)
def test_actions_and_errors_refuse_sentences_and_keys_their_wrong_values(build: object) -> None:
    with pytest.raises(TypeError):
        build()  # type: ignore[operator]


def test_discords_help_and_hints_name_discords_commands() -> None:
    help_text = DISCORD.t(discord_texts.help_message(DISCORD))
    for command in ("/interview start", "/interview end", "/remind set", "/privacy delete"):
        assert command in help_text
    still_running = render_action(Notice(interview_flow.STILL_RUNNING()), DISCORD)
    assert "/interview end" in still_running
    nothing = render_action(Notice(daily_practice.NOTHING_PENDING()), DISCORD)
    assert "/remind set" in nothing and "/interview start" in nothing
    assert "/interview start" in render_action(Hint(entry.NO_SESSION()), DISCORD)
    for shown in (help_text, still_running, nothing):
        assert "/end " not in shown and "/remind HH:MM" not in shown


def test_telegrams_help_and_hints_name_telegrams_commands() -> None:
    help_text = MARKDOWN_V2.t(telegram_texts.help_message(MARKDOWN_V2))
    for command in ("/interview", "/end", "/remind", "/delete_me", "/lang"):
        assert command in help_text
    assert "/interview end" not in help_text
    still_running = MARKDOWN_V2.t(interview_flow.STILL_RUNNING())
    assert "Use /end to finish" in still_running
    nothing = MARKDOWN_V2.t(daily_practice.NOTHING_PENDING())
    assert "/remind HH:MM" in nothing and "/remind set" not in nothing
    assert "/start" in MARKDOWN_V2.t(entry.NO_SESSION())


def test_the_terminal_names_its_own_way_to_start() -> None:
    assert "Run the chat command again" in TERMINAL.t(entry.NO_SESSION())
    assert "/end" in TERMINAL.t(interview_flow.STILL_RUNNING())


def test_the_catalogue_files_are_packaged() -> None:
    assert ENGLISH.is_file() and Path(LOCALES).name == "locales"
