"""The catalogues: the words for every message key, one gettext catalogue per language.

Each language's ``.po`` file is compiled with Babel the first time it is needed and kept; a
message is rendered for one user's language per call, and nothing is installed globally.
The language of the user being answered is set once per update (``use_language``), so every
rendering on the way to them, down to a button's label, speaks it. An entry may have a
platform's variant (its ``msgctxt`` is the platform) where the wording
differs by more than a command's name; ``{cmd.…}`` in an entry is the rendering adapter's own
name for that command.
"""

from __future__ import annotations

import gettext
import io
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from engine.messages import Message

LOCALES = Path(__file__).parent / "locales"
DOMAIN = "messages"
DEFAULT_LANGUAGE = "en"
_language: ContextVar[str] = ContextVar("language", default=DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language of the user this task is answering (English until one is set)."""
    return _language.get()


def set_language(language: str) -> None:
    """Answer in ``language`` for the rest of this task (an update's processing)."""
    _language.set(language)


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Answer in ``language`` inside the block."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


@dataclass(frozen=True)
class CommandNames:
    """How one adapter names the commands a message may mention (``{cmd.end}``)."""

    start: str  # start an interview
    end: str
    skip: str
    redo: str
    feedback: str
    history: str
    roles: str
    help: str
    remind: str  # set the daily question's time
    remind_example: str  # the same with an example time and zone
    remind_off: str
    voice_on: str
    voice_off: str
    language: str
    cv: str  # give a CV
    job: str  # give a job description
    cv_clear: str
    job_clear: str
    cancel: str  # stop waiting for a CV or job


class Catalogue:
    """Every language's catalogue, compiled on first use."""

    def __init__(self, locales: Path = LOCALES) -> None:
        """Catalogues read from ``locales/<language>/LC_MESSAGES/messages.po``."""
        self.locales = locales
        self._compiled: dict[str, gettext.GNUTranslations] = {}
        self._lock = threading.RLock()  # compiling a language compiles English first

    def translations(self, language: str) -> gettext.GNUTranslations:
        """The compiled catalogue of ``language``, falling back to English for missing keys."""
        with self._lock:
            if language not in self._compiled:
                self._compiled[language] = self._compile(language)
            return self._compiled[language]

    def render(
        self,
        message: Message,
        language: str = DEFAULT_LANGUAGE,
        platform: str | None = None,
        commands: CommandNames | None = None,
    ) -> str:
        """``message`` in ``language``, with the platform's variant and command names."""
        catalogue = self.translations(language)
        values = {
            name: self.render(value, language, platform, commands)
            if isinstance(value, Message)
            else _localized(value, language)
            for name, value in message.values.items()
        }
        return _lookup(catalogue, message, platform).format(**values, cmd=commands)

    def _compile(self, language: str) -> gettext.GNUTranslations:
        path = self.locales / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not path.exists():
            return self.translations(DEFAULT_LANGUAGE)
        with path.open("rb") as po:
            catalog = read_po(po, locale=language, domain=DOMAIN)
        mo = io.BytesIO()
        write_mo(mo, catalog)
        mo.seek(0)
        compiled = gettext.GNUTranslations(mo)
        if language != DEFAULT_LANGUAGE:
            compiled.add_fallback(self.translations(DEFAULT_LANGUAGE))
        return compiled


def _lookup(catalogue: gettext.GNUTranslations, message: Message, platform: str | None) -> str:
    """The entry's words: the platform's variant first, then the plain entry.

    gettext gives back the key itself for a missing entry, which no entry's words are.
    """
    key, count = message.key.id, message.count
    if platform is not None:
        if count is None:
            found = catalogue.pgettext(platform, key)
        else:
            found = catalogue.npgettext(platform, key, key, count)
        if found != key:
            return found
    found = catalogue.gettext(key) if count is None else catalogue.ngettext(key, key, count)
    if found == key:
        raise KeyError(f"no catalogue entry for {key!r}")
    return found


# strftime codes in entries ("{day:%a %d %b}") and the CLDR fields Babel words them with.
_DATE_FIELDS = {"%Y": "yyyy", "%m": "MM", "%d": "dd", "%H": "HH", "%M": "mm", "%a": "EEE",
                "%b": "MMM"}  # fmt: skip
_NUMBER_SPEC = re.compile(r"(?P<sign>\+?)(?:\.(?P<places>\d+))?(?P<kind>[fg,])")


@dataclass(frozen=True)
class _Local:
    """A value formatted the way its language writes it (dates in its words, "3,5", "20 000")."""

    value: date | int | float
    language: str

    def __format__(self, spec: str) -> str:
        value, locale = self.value, self.language
        if isinstance(value, date):
            if not spec:
                return format(value, spec)
            pattern = re.sub(r"%[A-Za-z]", lambda code: _DATE_FIELDS.get(code[0], code[0]), spec)
            if isinstance(value, datetime):
                return format_datetime(value, pattern, locale=locale)
            return format_date(value, pattern, locale=locale)
        number = _NUMBER_SPEC.fullmatch(spec)
        if number is None:
            return format(value, spec)
        places = int(number["places"] or 0)
        pattern = "#,##0" + ("." + "0" * places if places else "")
        if number["kind"] == "g":
            pattern = "#,##0.###"
        words = format_decimal(abs(value) if number["sign"] else value, pattern, locale=locale)
        return ("+" if value >= 0 else "-") + words if number["sign"] else words


def _localized(value: object, language: str) -> object:
    """``value`` as the language writes it: English keeps Python's own formatting."""
    if language == DEFAULT_LANGUAGE or isinstance(value, bool):
        return value
    if isinstance(value, date | int | float):
        return _Local(value, language)
    return value


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The catalogues shipped with the product (compiled once per process)."""
    return Catalogue()
