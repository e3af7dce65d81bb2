"""The loop every chat adapter runs: an event in, the entry point, the replies out.

An adapter parses a platform input into an ``Event`` and hands it to ``Conversation.turn``
with a ``Channel`` (where the replies go, in the platform's way). Spoken questions are
synthesized here, once for both platforms, and daily practice prompts go out through the same
channels (``ChatNotifier``). Nothing here imports a platform library.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bots.app import App
from bots.render import Markup, render_action, spoken_text
from catalogue import current_language, set_language, use_language
from engine.actions import Action, Delivery, Message, Refusal, Speak
from engine.entry import DATABASE_DOWN, SORRY, ServiceUnavailable
from engine.events import Event, Sender, UserKey
from engine.languages import from_locale

log = logging.getLogger(__name__)

DEFAULT_TTS_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class Spoken:
    """A question as audio (MP3), to go with the question before it."""

    audio: bytes


Reply = Action | Spoken


def refusal_of(replies: Sequence[Reply]) -> Refusal | None:
    """The allow-list's refusal among a turn's replies, if it refused."""
    return next((reply for reply in replies if isinstance(reply, Refusal)), None)


def text_of(replies: Sequence[Reply], m: Markup) -> str:
    """A turn's replies as one text in the platform's markup (audio left out)."""
    shown = [render_action(r, m) for r in replies if not isinstance(r, Spoken)]
    return "\n\n".join(part for part in shown if part)


class Channel(Protocol):
    """Where one turn's replies go, rendered the platform's way."""

    def working(self) -> contextlib.AbstractAsyncContextManager[None]:
        """Show "typing…" (or the like) while the turn is computed."""
        ...

    async def send(self, replies: Sequence[Reply]) -> None:
        """Send a turn's replies (a Spoken goes with the question before it)."""
        ...


@contextlib.asynccontextmanager
async def nothing_to_show() -> AsyncIterator[None]:
    """A ``working`` for channels with no indicator."""
    yield


class Conversation:
    """Runs events of any platform through the entry point and sends the replies."""

    def __init__(self, app: App, tts_timeout_seconds: float = DEFAULT_TTS_TIMEOUT_SECONDS) -> None:
        """Serve ``app``'s users; spoken questions wait at most ``tts_timeout_seconds``."""
        self.app = app
        self.tts_timeout_seconds = tts_timeout_seconds

    async def turn(self, event: Event, channel: Channel) -> list[Action]:
        """Handle ``event`` and send its replies through ``channel``, in the user's turn.

        The replies speak the user's language as it is after the turn (``/lang`` is answered
        in the language just chosen).
        """

        async def deliver(actions: list[Action]) -> None:
            replies = await self.voiced(actions)
            with use_language(await self.language_of(event.sender.key)):
                await channel.send(replies)

        async with channel.working():
            return await self.app.entry.handle(event, deliver)

    async def language(self, sender: Sender, locale: str | None = None) -> str:
        """The user's language, answering in it from now on in this task (an update's).

        On first contact it is their platform's ``locale`` when the bot speaks it; English
        when the database cannot say.
        """
        platform_language = from_locale(locale)
        if not self._admitted(sender.key):
            # Refused users are told so in their app's language, and nothing of them is kept.
            set_language(platform_language or current_language())
            return current_language()
        profiles = self.app.entry.profiles
        try:
            profile = await profiles.get(sender.key, sender.display_name, platform_language)
        except Exception as error:  # the turn itself reports a database outage
            log.warning("could not read a user's language: %s", type(error).__name__)
            return current_language()
        set_language(profile.language)
        return profile.language

    async def language_of(self, key: UserKey) -> str:
        """The language the user is answered in (a refused user's is not looked up)."""
        if not self._admitted(key):
            return current_language()
        try:
            return (await self.app.entry.profiles.get(key)).language
        except Exception:  # the replies say what went wrong, in the language known so far
            return current_language()

    def _admitted(self, key: UserKey) -> bool:
        return self.app.entry.allow_list.refusal(key) is None

    async def voiced(self, actions: Sequence[Action]) -> list[Reply]:
        """The actions with each Speak turned into audio (dropped if synthesis fails)."""
        replies: list[Reply] = []
        for action in actions:
            if not isinstance(action, Speak):
                replies.append(action)
                continue
            audio = await self._synthesize(action)
            if audio is not None:
                replies.append(Spoken(audio))
        return replies

    async def _synthesize(self, speak: Speak) -> bytes | None:
        speaker = self.app.tts
        if speaker is None:
            return None
        try:
            return await asyncio.wait_for(
                speaker.synthesize(spoken_text(speak), language=speak.language),
                self.tts_timeout_seconds,
            )
        except Exception:  # a failed voice only costs the audio: the text goes out regardless
            log.warning("text to speech failed; the question goes out as text only", exc_info=True)
            return None


ChannelFor = Callable[[str, str], Awaitable[Channel]]
Classify = Callable[[Exception], Delivery | None]


class ChatNotifier:
    """Sends unprompted messages (daily prompts) through a platform's channels.

    ``classify`` names what a platform error means (BLOCKED when the user blocked the bot);
    None for errors it does not know, which count as FAILED.
    """

    def __init__(
        self, platform: str, conversation: Conversation, channel_for: ChannelFor, classify: Classify
    ) -> None:
        """Deliver to ``channel_for(user_id, chat_id)``."""
        self.platform = platform
        self.conversation = conversation
        self.channel_for = channel_for
        self.classify = classify

    async def notify(self, platform_user_id: str, chat_id: str, actions: list[Any]) -> Delivery:
        """Send ``actions`` to the user's chat; never raises for delivery problems."""
        try:
            channel = await self.channel_for(platform_user_id, chat_id)
            replies = await self.conversation.voiced(actions)
            key = UserKey(self.platform, platform_user_id)
            with use_language(await self.conversation.language_of(key)):
                await channel.send(replies)
        except Exception as error:  # the scheduler retries a failed delivery; it must not crash
            result = self.classify(error)
            if result is None:
                log.warning("could not notify a %s user: %s", self.platform, error)
                return Delivery.FAILED
            log.info("%s user %s: %s (%s)", self.platform, platform_user_id, result, error)
            return result
        return Delivery.SENT


def failure_message(error: BaseException) -> Message:
    """What to tell a user whose turn failed outside the entry point (logged here, never
    shown): a read the adapter made itself may find the database down, as a turn can."""
    if isinstance(error, ServiceUnavailable):
        log.warning("database unavailable while an adapter read it: %s", error)
        return DATABASE_DOWN()
    log.error("turn failed", exc_info=error)
    return SORRY()
