"""What reading a document gives back, the limits it keeps to, and the errors it names."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from engine.messages import Key, Message, UserFacingError

MB = 1024 * 1024


@dataclass(frozen=True)
class DocumentLimits:
    """How large, long and costly a document may be: the one place these limits live."""

    # Telegram bots can download at most 20 MB; checked before any parsing.
    max_bytes: int = 20 * MB
    max_pages: int = 10
    max_chars: int = 30_000
    timeout_seconds: float = 10.0  # wall clock for the child, start-up included
    memory_mb: int = 512  # the child's address space


class DocumentKind(enum.Enum):
    """The kinds of file that are read, told by their bytes."""

    PDF = "pdf"
    DOCX = "docx"
    TEXT = "text"


@dataclass(frozen=True)
class DocumentText:
    """A document's plain text, normalised, and what it was read from."""

    text: str
    kind: DocumentKind
    pages: int | None = None  # PDFs only


EMPTY = Key("document.empty")
TOO_LARGE = Key("document.too-large", ("size", "limit"))
IMAGE = Key("document.image")
NOT_A_DOCUMENT = Key("document.not-a-document")
LEGACY_OFFICE = Key("document.legacy-office")
ENCRYPTED = Key("document.encrypted")
NO_TEXT_LAYER = Key("document.no-text-layer")
NO_TEXT = Key("document.no-text")
CORRUPT = Key("document.corrupt")
TOO_MANY_PAGES = Key("document.too-many-pages", ("pages", "limit"))
TOO_LONG = Key("document.too-long", ("limit",))
UNPACKS_TOO_LARGE = Key("document.unpacks-too-large")
LINK_ONLY = Key("document.link-only")
TIMED_OUT = Key("document.timed-out")
TOO_COMPLEX = Key("document.too-complex")
READER_FAILED = Key("document.reader-failed")

# The keys the child process may answer with, by id (it names a key; it cannot invent one).
CHILD_KEYS = {
    key.id: key
    for key in (
        EMPTY,
        NOT_A_DOCUMENT,
        ENCRYPTED,
        NO_TEXT_LAYER,
        NO_TEXT,
        CORRUPT,
        TOO_MANY_PAGES,
        TOO_LONG,
        UNPACKS_TOO_LARGE,
        LINK_ONLY,
        TOO_COMPLEX,
    )
}


class DocumentError(UserFacingError):
    """A document that is not read; its message tells the user why and what to send instead."""

    def __init__(self, message: Message) -> None:
        """Carry ``message``; its key tells the kinds of failure apart."""
        super().__init__(message)
        self.key = message.key
