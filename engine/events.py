"""What comes in: one small frozen event per user input, built by every adapter and the console.

An event says who sent it and where (``Sender``), what it is (one of the input kinds below) and,
when the platform numbers its updates, which update carried it (``UpdateRef``), so an input
replayed after a crash is acted on once. No platform object ever passes this boundary: a voice
note or a file comes with a ``fetch`` function that downloads its bytes when they are needed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from engine.candidate import MaterialKind
from engine.messages import Key, UserFacingError
from engine.ports import UpdateRef, UserKey


@dataclass(frozen=True)
class Sender:
    """Who sent an input and the chat to answer in."""

    platform: str
    user_id: str
    chat_id: str = ""
    display_name: str = ""

    @property
    def key(self) -> UserKey:
        """The user as the engine keys them."""
        return UserKey(self.platform, self.user_id)


DOWNLOAD_FAILED = Key("voice.download-failed")
FILE_DOWNLOAD_FAILED = Key("document.download-failed")


class DownloadError(UserFacingError):
    """A voice note or file could not be fetched; the message says why, for the user."""


Fetch = Callable[[], Awaitable[bytes]]


@dataclass(frozen=True)
class Text:
    """Typed text: an answer to the interview or to the question of the day."""

    text: str


@dataclass(frozen=True)
class Voice:
    """A voice note or audio file; what the platform announced, and how to fetch its bytes."""

    filename: str
    fetch: Fetch
    duration_seconds: float | None = None
    size_bytes: int | None = None


@dataclass(frozen=True)
class Upload:
    """A file that is not audio (a PDF, a Word file, a text file, …): what the platform
    announced about it, and how to fetch its bytes."""

    filename: str
    fetch: Fetch
    size_bytes: int | None = None


@dataclass(frozen=True)
class Unreadable:
    """Something that is not an answer (a photo, a sticker, a file that is not audio)."""


@dataclass(frozen=True)
class Origin:
    """The interview, and the prompt in it, that a button or answer form was made for."""

    interview_id: int
    position: int | None = None  # Interview.prompt_position; None on buttons made before it


class Button(StrEnum):
    """The buttons under a question."""

    ANSWER = "answer"  # asks for the answer form
    SKIP = "skip"
    HINT = "hint"  # a hint on the question it is under
    EXAMPLE = "example"  # the example answer to the question before the one it is under
    END = "end"


@dataclass(frozen=True)
class ButtonPress:
    """A button under a question, pressed: it acts only on the prompt it was made for."""

    button: Button
    origin: Origin


@dataclass(frozen=True)
class FormAnswer:
    """An answer typed into the form of one prompt."""

    origin: Origin
    text: str


@dataclass(frozen=True)
class StartInterview:
    """Start an interview (ending any in progress); ``kind`` None or "mixed" mixes the types;
    ``tailored`` asks about the user's stored CV and job."""

    role: str
    kind: str | None = None
    difficulty: int = 2
    questions: int | None = None
    tailored: bool = False


@dataclass(frozen=True)
class Skip:
    """Skip the current question."""


@dataclass(frozen=True)
class Redo:
    """Take back the last answer and answer its question again."""


@dataclass(frozen=True)
class AskHint:
    """A hint on the question waiting for an answer."""


@dataclass(frozen=True)
class AskExample:
    """An example answer to the question answered or skipped last (before any: a hint)."""


@dataclass(frozen=True)
class End:
    """End the interview now and get the report."""


@dataclass(frozen=True)
class Feedback:
    """The report of the latest finished interview."""


@dataclass(frozen=True)
class History:
    """One page of past interviews."""

    page: int = 1


@dataclass(frozen=True)
class CurrentQuestion:
    """Show the question that is waiting (coming back to the chat)."""


@dataclass(frozen=True)
class Resume:
    """Give back what a crash kept from the user: the question waiting, else the report."""


@dataclass(frozen=True)
class RemindAt:
    """A practice question every day at ``time`` (HH:MM), in ``zone`` or the stored one."""

    time: str
    zone: str | None = None


@dataclass(frozen=True)
class RemindOff:
    """No more daily practice questions."""


@dataclass(frozen=True)
class RemindShow:
    """The daily practice setting, the next prompt and the streak."""


@dataclass(frozen=True)
class SetVoice:
    """Spoken questions on or off; None asks for the current setting."""

    on: bool | None = None


@dataclass(frozen=True)
class SetLanguage:
    """The interview language (an ISO 639-1 code as typed); None asks for the current one."""

    code: str | None = None


@dataclass(frozen=True)
class DeleteMyData:
    """Delete everything stored about the user (already confirmed by them)."""


@dataclass(frozen=True)
class AwaitMaterial:
    """Wait for the user's CV or job: their next text or file is it, for a few minutes."""

    kind: MaterialKind


@dataclass(frozen=True)
class GiveMaterial:
    """The user's CV or job description: pasted ``text``, or a ``file`` to read."""

    kind: MaterialKind
    text: str = ""
    file: Upload | None = None


@dataclass(frozen=True)
class GiveMaterials:
    """Several at once (the terminal's --cv and --job): all are read before any is stored."""

    given: tuple[GiveMaterial, ...]


@dataclass(frozen=True)
class ShowMaterial:
    """What was read from the stored CV or job description."""

    kind: MaterialKind


@dataclass(frozen=True)
class ClearMaterial:
    """Delete the stored CV or job description."""

    kind: MaterialKind


@dataclass(frozen=True)
class Cancel:
    """Stop waiting for the CV or job description."""


@dataclass(frozen=True)
class Hello:
    """The user wrote or pressed something the adapter answers itself (menus, help).

    It still passes the allow-list and tells daily practice the user is reachable again.
    """


Command = (
    StartInterview
    | Skip
    | Redo
    | AskHint
    | AskExample
    | End
    | Feedback
    | History
    | CurrentQuestion
    | Resume
    | RemindAt
    | RemindOff
    | RemindShow
    | SetVoice
    | SetLanguage
    | DeleteMyData
    | AwaitMaterial
    | GiveMaterial
    | GiveMaterials
    | ShowMaterial
    | ClearMaterial
    | Cancel
)
Input = Text | Voice | Upload | Unreadable | ButtonPress | FormAnswer | Hello | Command


@dataclass(frozen=True)
class Event:
    """One input of one user: who and where, what, and the platform update that carried it."""

    sender: Sender
    input: Input
    update: UpdateRef | None = None
