"""What every chat adapter needs and no platform owns: texts, spoken questions, voice answers.

Nothing here imports a platform library. Adapters keep only their own wording (command names
differ) and their own transport.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Iterable

from engine.actions import Action, AskQuestion, Notice
from engine.daily_service import DailyPractice
from engine.ports import UpdateRef, UserKey
from engine.roles import Role
from engine.service import NO_INTERVIEW, InterviewService, ServiceUnavailable
from engine.speech import TextToSpeech

log = logging.getLogger(__name__)

SORRY = (
    "Sorry, something went wrong on my side — please try again in a moment. "
    "Your interview so far is kept."
)
DOWNLOAD_FAILED = "I couldn't download that voice note — please send it again."
VOICE_UNAVAILABLE = "Spoken questions aren't available on this server, so they stay off."
DELETE_CONFIRM = (
    "This deletes every interview, answer, report and setting I stored about you. "
    "It cannot be undone. Delete everything?"
)
DELETE_YES = "Yes, delete everything"
DELETE_NO = "Cancel"
DELETED = "Done — I deleted everything I stored about you ({count} records)."
KEPT = "Nothing was deleted."
LEVELS = {1: "1 · Warm-up", 2: "2 · Standard", 3: "3 · Hard"}
DEFAULT_TTS_TIMEOUT_SECONDS = 20.0
DEFAULT_DOWNLOAD_TIMEOUT_SECONDS = 60.0


class DownloadError(Exception):
    """A voice note could not be fetched; the message says why, for the user."""


def spoken_text(action: AskQuestion) -> str:
    """What to say aloud for a question: its lead-in, then the question."""
    return f"{action.lead} {action.text}".strip()


async def synthesize(
    speaker: TextToSpeech, text: str, language: str, timeout_seconds: float
) -> bytes | None:
    """MP3 bytes speaking ``text``, or None if synthesis fails or takes too long."""
    try:
        return await asyncio.wait_for(speaker.synthesize(text, language=language), timeout_seconds)
    except Exception:  # a failed voice only costs the audio: the text goes out regardless
        log.warning("text to speech failed; the question goes out as text only", exc_info=True)
        return None


async def text_answer(
    service: InterviewService,
    key: UserKey,
    text: str,
    *,
    no_session: str,
    daily: DailyPractice | None = None,
    source: UpdateRef | None = None,
) -> list[Action]:
    """Typed text: an interview answer, else the daily question's answer, else ``no_session``.

    ``source`` is the update the text came in (an interview answer is then stored only once).
    """
    if await service.active(key) is not None:
        return await service.answer(key, text, source=source)
    if daily is not None and await daily.has_pending(key):
        return await daily.answer(key, text)
    return [Notice(no_session)]


async def voice_answer(
    service: InterviewService,
    key: UserKey,
    download: Callable[[], Awaitable[bytes]],
    *,
    filename: str,
    duration_seconds: float | None,
    size_bytes: int | None,
    no_session: str = NO_INTERVIEW,
    timeout_seconds: float = DEFAULT_DOWNLOAD_TIMEOUT_SECONDS,
    daily: DailyPractice | None = None,
    source: UpdateRef | None = None,
) -> list[Action]:
    """Check a voice note before fetching it, fetch it (bounded), then answer with it.

    With ``daily`` and no interview running, it answers a pending question of the day; with
    neither, the user gets ``no_session`` and nothing is downloaded. ``source`` is the update
    the note came in (an interview answer is then stored only once).
    """
    answer: Callable[[UserKey, bytes, str], Awaitable[list[Action]]] = functools.partial(
        service.answer_voice, source=source
    )
    if await service.active(key) is None:
        if daily is None or not await daily.has_pending(key):
            return [Notice(no_session)]
        answer = daily.answer_voice
    refusal = service.voice_precheck(duration_seconds, size_bytes)
    if refusal is not None:
        return [Notice(refusal)]
    try:
        audio = await asyncio.wait_for(download(), timeout_seconds)
    except DownloadError as error:
        return [Notice(str(error))]
    except TimeoutError:
        log.warning("voice note download timed out after %.0f s", timeout_seconds)
        return [Notice(DOWNLOAD_FAILED)]
    return await answer(key, audio, filename)


def find_role(roles: Iterable[Role], text: str) -> Role | None:
    """The role whose id or name is ``text`` (any case, spaces or underscores)."""
    wanted = text.strip().lower().replace(" ", "_")
    for role in roles:
        if wanted in (role.id, role.name.lower().replace(" ", "_")):
            return role
    return None


def matching_roles(roles: Iterable[Role], typed: str, limit: int = 25) -> list[Role]:
    """Roles whose id or name contains what the user typed so far, names first."""
    needle = typed.strip().lower()
    found = [
        r
        for r in roles
        if needle in r.name.lower() or needle in r.id or needle in r.id.replace("_", " ")
    ]
    found.sort(key=lambda r: (not r.name.lower().startswith(needle), r.name))
    return found[:limit]


async def unblock(daily: DailyPractice, key: UserKey) -> None:
    """The user talks to us again: daily prompts resume.

    Failures are only logged: the turn itself reports a database outage, once.
    """
    try:
        await daily.unblock(key)
    except Exception as error:
        log.warning("could not unblock daily prompts for %s: %s", key.platform, error)


def failure_text(error: BaseException) -> str:
    """What to tell a user whose turn failed with ``error`` (logged here, never shown)."""
    if isinstance(error, ServiceUnavailable):
        log.warning("database unavailable while handling a turn")
        return str(error)
    log.error("turn failed", exc_info=error)
    return SORRY
