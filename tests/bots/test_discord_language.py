"""Discord in the user's language: the command menu per client locale, /language, first contact."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from discord import Locale
from discord.app_commands import TranslationContext, TranslationContextLocation, locale_str

from bots.discord import texts
from bots.discord.send import DISCORD
from bots.discord.translator import CatalogueTranslator, localized
from engine.entry import LANGUAGE_SET, LANGUAGE_STATE
from engine.languages import LANGUAGE_NAMES
from engine.messages import Message
from fakes.discord_api import APP_ID, FakeDiscord
from tests.bots.discord_support import USER, content, key, running, settings_for, slash
from tests.test_catalogue import every_key

# A bot runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
on_each_database = pytest.mark.usefixtures("app_database_url")

# Discord's locales for the six languages besides English, and the language each one means.
LOCALES = {"es-ES": "es", "es-419": "es", "de": "de", "fr": "fr", "pt-BR": "pt", "ru": "ru",
           "hi": "hi"}  # fmt: skip


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


def words(language: str, message: Message) -> str:
    """``message`` as the Discord adapter words it in ``language``."""
    return replace(DISCORD, language=language).t(message)


def described(items: list[dict[str, Any]]) -> Iterator[Mapping[str, Any]]:
    """Every synced command, subcommand and option (anything with a description), nested ones
    included."""
    for item in items:
        yield item
        yield from described(item.get("options") or [])


def choices(commands: list[dict[str, Any]], *path: str) -> dict[Any, Mapping[str, Any]]:
    """The choices of the option at ``path`` ("interview", "start", "type"), by value."""
    options = commands
    found: Mapping[str, Any] = {}
    for name in path:
        found = next(item for item in options if item["name"] == name)
        options = found.get("options") or []
    return {choice["value"]: choice for choice in found["choices"]}


@on_each_database
async def test_the_synced_commands_carry_each_languages_words(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)):
        commands = fake.commands
        by_name = {command["name"]: command for command in commands}
        language = by_name["language"]
        assert language["description_localizations"] == {
            locale: words(code, texts.DESCRIPTIONS["/language"]())
            for locale, code in LOCALES.items()
        }
        assert language["description_localizations"]["de"].startswith("Deine Interviewsprache")
        assert language["description"] == words("en", texts.DESCRIPTIONS["/language"]())
        # The languages are named in their own words, in every client.
        offered = choices(commands, "language", "language")
        assert {code: choice["name"] for code, choice in offered.items()} == LANGUAGE_NAMES
        assert all(not choice.get("name_localizations") for choice in offered.values())
        # Every description — commands, groups, subcommands, options — speaks every language.
        for item in described(commands):
            localized_words = item.get("description_localizations") or {}
            assert set(localized_words) == set(LOCALES), item["name"]
            assert localized_words["de"] != item["description"], item["name"]
        # Choices that are words: interview types, levels, voice on/off.
        kinds = choices(commands, "interview", "start", "type")
        assert kinds["system_design"]["name"] == "System design"
        assert kinds["system_design"]["name_localizations"]["pt-BR"] == "Design de sistemas"
        assert kinds["coding"]["name_localizations"]["es-419"] == "Programación"
        levels = choices(commands, "interview", "start", "difficulty")
        assert levels[3]["name_localizations"]["ru"] == "3 · Сложный уровень"
        voice = choices(commands, "voice", "mode")
        assert voice["on"]["name_localizations"]["de"] == "an"
        # Names are what users type: English everywhere.
        assert all(not item.get("name_localizations") for item in described(commands))


@on_each_database
async def test_language_deutsch_is_stored_and_answered_in_german(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        chosen = await slash(fake, USER, "language", {"language": "de"})
        said = await chosen.reply("Interviewsprache auf Deutsch gesetzt")
        assert content(said) == words("de", LANGUAGE_SET(language="Deutsch"))
        assert (await app.entry.profiles.get(key(USER))).language == "de"
        # Whatever the client speaks later, the choice stands; /help lists /language.
        helped = await slash(fake, USER, "help", locale="en-US")
        shown = content(await helped.reply("/language — "))
        assert f"/language — {words('de', texts.DESCRIPTIONS['/language']())}" in shown


@on_each_database
async def test_language_without_a_choice_says_which_it_is(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        asked = await slash(fake, USER, "language", locale="fr")
        said = await asked.reply("Français")
        assert content(said) == words("fr", LANGUAGE_STATE(language="Français"))
        assert (await app.entry.profiles.get(key(USER))).language == "fr"


@on_each_database
async def test_a_new_user_with_a_brazilian_client_is_answered_in_portuguese(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        started = await slash(
            fake, USER, "interview", {"role": "backend_engineer", "questions": 2},
            subcommand="start", locale="pt-BR",
        )  # fmt: skip
        await started.reply("Pergunta 1/2")
        assert not any("Question 1/2" in content(call) for call in started.followups)
        assert (await app.entry.profiles.get(key(USER))).language == "pt"


@on_each_database
async def test_a_user_who_chose_english_keeps_it_in_a_german_client(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        chosen = await slash(fake, USER, "language", {"language": "en"}, locale="de")
        said = await chosen.reply("Interview language set to English")
        assert content(said) == words("en", LANGUAGE_SET(language="English"))
        started = await slash(
            fake, USER, "interview", {"role": "backend_engineer", "questions": 2},
            subcommand="start", locale="de",
        )  # fmt: skip
        await started.reply("Question 1/2")
        assert (await app.entry.profiles.get(key(USER))).language == "en"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [(Locale.spain_spanish, "Omitir la pregunta actual"),
     (Locale.latin_american_spanish, "Omitir la pregunta actual"),
     (Locale.brazil_portuguese, "Pular a pergunta atual"),
     (Locale.hindi, "मौजूदा सवाल छोड़ें"),
     (Locale.american_english, None), (Locale.british_english, None), (Locale.japanese, None)],
)  # fmt: skip
async def test_the_translator_words_marked_strings_for_the_languages_the_bot_speaks(
    locale: Locale, expected: str | None
) -> None:
    context = TranslationContext(TranslationContextLocation.other, None)
    marked = localized(texts.DESCRIPTIONS["/interview skip"])
    assert marked.message == "Skip the current question"
    translator = CatalogueTranslator()
    assert await translator.translate(marked, locale, context) == expected
    assert await translator.translate(locale_str(marked.message), locale, context) is None


def test_every_command_text_fits_discords_limit_in_every_language() -> None:
    menu_keys = [k for k in every_key().values() if k.id.startswith(("discord.command.",
                 "discord.group.", "discord.option.", "discord.choice."))]  # fmt: skip
    assert len(menu_keys) > 50
    too_long = [
        f"{language} {menu_key.id}"
        for language in ("en", *LOCALES.values())
        for menu_key in menu_keys
        if not 1 <= len(words(language, menu_key())) <= 100
    ]
    assert too_long == []


async def test_the_fake_refuses_localizations_discord_would_refuse(fake: FakeDiscord) -> None:
    url = f"{fake.root}/api/v10/applications/{APP_ID}/commands"
    auth = {"Authorization": f"Bot {fake.token}"}

    def command(**extra: Any) -> list[dict[str, Any]]:
        return [{"name": "help", "description": "How this works", "type": 1, **extra}]

    async with aiohttp.ClientSession() as http:
        for body in (
            command(description_localizations={"de": "x" * 101}),
            command(description_localizations={"xx": "Hilfe"}),
            command(name_localizations={"de": "Hilfe Bitte"}),
            command(options=[{"type": 3, "name": "mode", "description": "on or off",
                              "choices": [{"name": "on", "value": "on",
                                           "name_localizations": {"de": ""}}]}]),
        ):  # fmt: skip
            async with http.put(url, headers=auth, json=body) as response:
                assert response.status == 400, body
                assert (await response.json())["code"] == 50035
        async with http.put(
            url, headers=auth, json=command(description_localizations={"de": "So geht's"})
        ) as response:
            assert response.status == 200
