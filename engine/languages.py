"""The languages the bot speaks, how users choose one, and what a platform's locale means.

Seven languages have every message; four of them (English, Spanish, German, French) also
have the offline interviewer's question banks and word lists. A platform's locale ("pt-BR",
"en-GB") names the user's language when they first arrive.
"""

from __future__ import annotations

from engine.messages import Key, UserFacingError

ENGLISH = "en"
# Each language in its own words, in the order the list is shown.
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt": "Português",
    "ru": "Русский",
    "hi": "हिन्दी",
}
SUPPORTED = frozenset(LANGUAGE_NAMES)
# Languages the offline interviewer has question banks and word lists for.
OFFLINE = frozenset({"en", "es", "de", "fr"})

NOT_A_CODE = Key("language.not-a-code", ("text", "examples"))
NOT_OFFERED = Key("language.not-offered", ("code", "available"))


class LanguageError(UserFacingError):
    """Text that is not one of the languages the bot speaks."""


def language_name(code: str) -> str:
    """A language as its speakers name it ("Deutsch"); the code for one the bot lacks."""
    return LANGUAGE_NAMES.get(code, code)


def available() -> str:
    """The languages on offer, as a user reads them: "en (English), es (Español), …"."""
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGE_NAMES.items())


def parse_language(text: str) -> str:
    """The language ``text`` names (a code such as "de" or "pt-BR", or a name such as
    "Deutsch"); LanguageError lists the languages on offer when it names none of them."""
    given = text.strip()
    code = from_locale(given) or _by_name(given)
    if code is not None:
        return code
    if len(given) == 2 and given.isascii() and given.isalpha():
        raise LanguageError(NOT_OFFERED(code=given.lower(), available=available()))
    raise LanguageError(NOT_A_CODE(text=given, examples=available()))


def from_locale(locale: str | None) -> str | None:
    """The supported language of a platform locale ("pt-BR" → "pt", "en_GB" → "en"), if any."""
    if not locale:
        return None
    code = locale.strip().replace("_", "-").split("-")[0].lower()
    return code if code in SUPPORTED else None


def _by_name(text: str) -> str | None:
    folded = text.casefold()
    return next((code for code, name in LANGUAGE_NAMES.items() if name.casefold() == folded), None)
