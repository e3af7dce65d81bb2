"""Every language's catalogue against English: every entry there, with the same placeholders and
the language's own plural forms, and every message renders on every platform."""

from __future__ import annotations

import gettext
import string
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.catalog import Message as Entry
from babel.messages.pofile import read_po

from bots.console import TERMINAL
from bots.discord.send import DISCORD
from bots.telegram.send import MARKDOWN_V2
from catalogue import DEFAULT_LANGUAGE, LOCALES, Catalogue
from engine.messages import Key, Value
from tests.test_catalogue import ENGLISH, english_entries, every_key, fields

LANGUAGES = sorted(
    path.parent.parent.name
    for path in LOCALES.glob("*/LC_MESSAGES/messages.po")
    if path.parent.parent.name != DEFAULT_LANGUAGE
)
MARKUPS = (MARKDOWN_V2, DISCORD, TERMINAL)
COUNTS = (0, 1, 2, 3, 5, 11, 21, 22, 101)  # one of each plural form in the languages offered
MOMENT = datetime(2024, 5, 6, 7, 8, tzinfo=UTC)  # for a value formatted as a date
NUMBER = 1234  # for a value with a number's format (:.1f, :, :g, :>2)
DESCRIPTION_LIMITS = {"discord.command.": 100, "telegram.command.": 256}  # the platforms' limits


def catalogue_path(language: str, locales: Path = LOCALES) -> Path:
    """Where ``language``'s catalogue is kept."""
    return locales / language / "LC_MESSAGES" / "messages.po"


def read_catalogue(path: Path, language: str) -> Catalog:
    """The catalogue at ``path``, refusing a malformed one (more forms than the header allows)."""
    with path.open("rb") as po:
        return read_po(po, locale=language, abort_invalid=True)


def problems(path: Path, language: str) -> list[str]:
    """What the catalogue at ``path`` gets wrong against English, one line per entry."""
    catalog = read_catalogue(path, language)
    found = []
    if str(catalog.locale) != language:
        found.append(f"header: Language is {catalog.locale}, not {language}")
    pick = gettext.c2py(catalog.plural_expr)
    if any(not 0 <= pick(n) < catalog.num_plurals for n in range(1000)):
        found.append("header: Plural-Forms picks a form beyond nplurals")
    english = english_entries()
    for key, platform, english_words in english:
        where = _where(key, platform)
        entry = catalog.get(key, context=platform)
        if entry is None:
            found.append(f"{where}: missing")
            continue
        if entry.fuzzy:
            found.append(f"{where}: fuzzy (compiled catalogues leave it out)")
        words = _forms(entry)
        forms = catalog.num_plurals if len(english_words) > 1 else 1
        if entry.pluralizable != (len(english_words) > 1) or len(words) != forms:
            found.append(f"{where}: {len(words)} forms, not {forms}")
        for form, text in enumerate(words):
            wrong = _placeholder_problems(text, english_words)
            found.extend(f"{where}[{form}]: {problem}" for problem in wrong)
    known = {(key, platform) for key, platform, _ in english}
    for entry in catalog:
        if entry.id and (_key(entry), entry.context) not in known:
            found.append(f"{_where(_key(entry), entry.context)}: not an English entry")
    return found


def _key(entry: Entry) -> str:
    """An entry's key (a plural entry's id is its two English ids, both the key)."""
    return entry.id if isinstance(entry.id, str) else entry.id[0]


def _forms(entry: Entry) -> list[str]:
    """An entry's words, one per plural form."""
    words = entry.string
    return [words] if isinstance(words, str) else [form or "" for form in words or ()]


def _where(key: str, platform: str | None) -> str:
    """An entry's name in a problem: its key, and its platform if it is a variant."""
    return key if platform is None else f"{key} ({platform})"


def _placeholder_problems(text: str, english_words: list[str]) -> list[str]:
    """Why one form's words differ from English in their values or commands, if they do."""
    if not text:
        return ["empty"]
    try:
        used = fields(text)
    except ValueError as error:  # an unmatched brace
        return [f"unreadable placeholders ({error})"]
    expected = fields(english_words[0])
    return [] if used == expected else [f"placeholders {used}, English has {expected}"]


def english_specs() -> dict[str, dict[str, set[str]]]:
    """key → value → the format specs English gives it (what the engine's values must accept)."""
    specs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, _, words in english_entries():
        for text in words:
            for _, name, spec, _ in string.Formatter().parse(text):
                if name and not name.startswith("cmd."):
                    specs[key][name.split(".")[0].split("[")[0]].add(spec or "")
    return specs


def sample_values(key: Key, specs: dict[str, set[str]], count: int | None) -> dict[str, Value]:
    """A value for each of the key's parameters of the kind its English format specs ask for."""
    values: dict[str, Value] = {}
    for name in key.params:
        given = specs.get(name, set()) - {""}
        if name == key.plural and count is not None:
            values[name] = count
        elif any("%" in spec for spec in given):
            values[name] = MOMENT
        elif given:
            values[name] = NUMBER
        else:
            values[name] = f"<{name}>"
    return values


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_english_entry_is_there_with_its_placeholders_and_plural_forms(
    language: str,
) -> None:
    assert problems(catalogue_path(language), language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_renders_on_every_platform(language: str) -> None:
    catalogue = Catalogue()
    specs = english_specs()
    failures = []
    for key in every_key().values():
        for count in COUNTS if key.plural else (None,):
            message = key(**sample_values(key, specs[key.id], count))
            for markup in MARKUPS:
                try:
                    words = catalogue.render(message, language, markup.platform, markup.commands)
                except (KeyError, ValueError, TypeError, AttributeError, IndexError) as error:
                    failures.append(f"{key.id} ({markup.platform}, count {count}): {error!r}")
                else:
                    if not words.strip():
                        failures.append(f"{key.id} ({markup.platform}): renders empty")
    assert failures == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_command_descriptions_fit_the_platforms_limits(language: str) -> None:
    catalog = read_catalogue(catalogue_path(language), language)
    too_long = [
        f"{_key(entry)}: {len(words)} characters, at most {limit}"
        for entry in catalog
        for prefix, limit in DESCRIPTION_LIMITS.items()
        for words in _forms(entry)
        if _key(entry).startswith(prefix) and len(words) > limit
    ]
    assert too_long == []


def test_the_check_names_each_entry_a_catalogue_gets_wrong(tmp_path: Path) -> None:
    words = ENGLISH.read_text(encoding="utf-8")
    for old, new in (
        ('msgid "interview.ended"\nmsgstr "Interview ended."\n\n', ""),
        ("start a new one with {cmd.start}", "start a new one with {cmd.end}"),
        ('msgstr[1] "{count} minutes"', 'msgstr[1] ""'),
        ('msgid "report.thanks"', '#, fuzzy\nmsgid "report.thanks"'),
        ('"That voice note is empty — please', '"That voice note {is empty — please'),
    ):
        assert old in words, old
        words = words.replace(old, new, 1)
    broken = catalogue_path("it", tmp_path)
    broken.parent.mkdir(parents=True)
    broken.write_text(words + '\nmsgid "no.such-key"\nmsgstr "Nothing"\n', encoding="utf-8")
    found = problems(broken, "it")
    assert [line.split(": ")[0] for line in found] == [
        "header",
        "interview.finished[0]",
        "interview.ended",
        "voice.empty[0]",
        "duration.minutes[1]",
        "report.thanks",
        "no.such-key",
    ]
    assert found[0] == "header: Language is en, not it"
    assert "{'end'}" in found[1] and "{'start'}" in found[1]
    assert found[3].startswith("voice.empty[0]: unreadable placeholders")
