"""Slash commands in the user's language, through discord.py's translator.

A command's description, its options' descriptions and the choices that are words are marked
with a catalogue key (``localized``); Discord shows the English words by default, and the
words of the user's client language where a catalogue has them (sent with the commands when
the tree is synced). Command and option names stay English: they are what users type.
"""

from __future__ import annotations

from dataclasses import replace

from discord import Locale
from discord.app_commands import TranslationContextTypes, Translator, locale_str

from bots.discord import texts
from bots.discord.send import DISCORD
from catalogue import DEFAULT_LANGUAGE
from engine.languages import from_locale
from engine.messages import Key

ENGLISH = replace(DISCORD, language=DEFAULT_LANGUAGE)


def localized(key: Key) -> locale_str:
    """The English words of ``key`` (what Discord shows by default), to be translated by key."""
    return locale_str(ENGLISH.t(key()), key=key.id)


def described(command: str) -> locale_str:
    """A command's description (``"/interview start"``), worded as /help words it."""
    return localized(texts.DESCRIPTIONS[command])


def option(name: str) -> locale_str:
    """An option's description, by ``"<command> <option>"`` (``"interview start role"``)."""
    return localized(texts.OPTIONS[name])


def group(name: str) -> locale_str:
    """A command group's description (``"interview"``)."""
    return localized(texts.GROUPS[name])


class CatalogueTranslator(Translator):
    """Words a ``localized`` string from the catalogue of the Discord locale's language."""

    async def translate(
        self, string: locale_str, locale: Locale, context: TranslationContextTypes
    ) -> str | None:
        """The catalogue's words for ``locale`` (es-ES and es-419 are Spanish, pt-BR is
        Portuguese); None for English, for languages the bot lacks and for unmarked strings."""
        key = string.extras.get("key")
        language = from_locale(locale.value)
        if key is None or language is None or language == DEFAULT_LANGUAGE:
            return None
        words = replace(DISCORD, language=language).t(Key(key)())
        return words if words != string.message else None
