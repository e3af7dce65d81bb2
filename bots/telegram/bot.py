"""The Telegram adapter: builds the PTB Application from settings, starts and stops it.

Every replica stores what arrives and handles what it leases from the inbox; the leader (see
``leader.py``) is the one that polls, or in webhook mode the one that calls ``setWebhook``.
"""

from __future__ import annotations

import logging
import time
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from pydantic import SecretStr
from telegram import BotCommand, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bots.app import App
from bots.conversation import DEFAULT_TTS_TIMEOUT_SECONDS, Channel, ChatNotifier, Conversation
from bots.settings import Settings
from bots.telegram import texts
from bots.telegram.channel import PLATFORM, ChatChannel, sender
from bots.telegram.handlers import TelegramHandlers
from bots.telegram.inbox import UpdateInbox
from bots.telegram.leader import Leadership
from bots.telegram.processor import PerUserUpdateProcessor
from bots.telegram.send import Outbox
from bots.telegram.webhook import WebhookServer, derived_secret
from catalogue import use_language
from engine.actions import Delivery
from engine.events import Event, Resume
from engine.languages import ENGLISH, LANGUAGE_NAMES

log = logging.getLogger(__name__)

# PTB's default pool is 256. httpcore checks every open connection on each request, which a
# profile under a burst at 512 showed as a third of the bot's CPU; 32 connections still carry
# Telegram's 30 messages/s at a one-second round trip, with room for file downloads.
CONNECTION_POOL_SIZE = 32
POOL_TIMEOUT_SECONDS = 30.0
READ_TIMEOUT_SECONDS = 15.0
POLL_TIMEOUT_SECONDS = 10
RATE_LIMIT_RETRIES = 3
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
# PTB retries a failing poll with backoff (at most about 30 s apart): an error this recent
# means updates are not coming in. Shorter than Docker's three 30-second checks, so one passing
# error never marks the container unhealthy.
POLL_FAILING_SECONDS = 60.0
TelegramApplication = Application[Any, Any, Any, Any, Any, Any]


def build_application(
    settings: Settings, *, rate_limited: bool = True, inbox: UpdateInbox | None = None
) -> TelegramApplication:
    """A PTB Application for the configured token and Bot API server (no handlers yet).

    With an ``inbox``, updates are stored as they are queued and marked done once processed.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    root = settings.telegram_api_root
    processor = PerUserUpdateProcessor(on_processed=inbox.finish if inbox else None)
    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(processor)
        .connection_pool_size(CONNECTION_POOL_SIZE)
        .pool_timeout(POOL_TIMEOUT_SECONDS)
        .read_timeout(READ_TIMEOUT_SECONDS)
        .job_queue(None)
    )
    if inbox is not None:
        builder = builder.update_queue(inbox.queue)
    if rate_limited:
        # Telegram's flood limits (30 messages/s overall, 20/min per group); 429s are retried.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
    return builder.build()


class TelegramAdapter:
    """Runs the Telegram bot: long polling by default, a webhook when one is configured."""

    name = "telegram"

    def __init__(
        self,
        app: App,
        *,
        rate_limited: bool = True,
        tts_timeout_seconds: float = DEFAULT_TTS_TIMEOUT_SECONDS,
        webhook_listen: str = "0.0.0.0",
        webhook_secret: str | None = None,
    ) -> None:
        """Wire the handlers; nothing touches the network until :meth:`start`.

        ``rate_limited=False`` drops the AIORateLimiter (for measurements only); the webhook
        listener binds ``webhook_listen`` and checks ``webhook_secret`` (by default
        TELEGRAM_WEBHOOK_SECRET, else one derived from the token, the same on every replica).
        """
        settings = self.settings = app.settings
        self.webhook_listen = webhook_listen
        # Telegram sends it back in a header, so only Telegram can post updates to the webhook.
        configured = settings.telegram_webhook_secret
        token = settings.telegram_bot_token
        self._webhook_secret = webhook_secret or (
            configured.get_secret_value() if configured else derived_secret(_token(token))
        )
        # Every update is stored before Telegram considers it delivered (see inbox.py).
        arrivals = partial(app.arrivals.listen, PLATFORM) if app.arrivals else None
        self.inbox = UpdateInbox(app.updates, settings.replica_id, arrivals=arrivals)
        self.application = build_application(settings, rate_limited=rate_limited, inbox=self.inbox)
        self.outbox = Outbox(self.application.bot)
        self.conversation = Conversation(app, tts_timeout_seconds)
        self.application.add_handler(self.inbox.resumer(self._resume), group=-2)
        TelegramHandlers(self.conversation, self.outbox).register(self.application)
        # Daily prompts go through the same rendering and rate-limited bot as every reply.
        self.notifier = ChatNotifier(PLATFORM, self.conversation, self._chat, _delivery)
        self.webhook: WebhookServer | None = None
        if settings.telegram_webhook_url:
            self.webhook = WebhookServer(
                self.application.bot,
                self.inbox.queue,
                listen=webhook_listen,
                port=settings.telegram_webhook_port,
                path=urlsplit(settings.telegram_webhook_url).path,
                secret=self._webhook_secret,
            )
        lead, step_down = (
            (self._set_webhook, _nothing) if self.webhook else (self._poll, self._stop_polling)
        )
        self.leadership = Leadership(app.updates, settings.replica_id, lead, step_down)
        self._poll_error: tuple[float, str] | None = None  # when getUpdates last failed, and why

    def health(self) -> tuple[bool, str]:
        """Whether updates are being received, and this replica's part in it."""
        if not self.application.running:
            return False, "stopped"
        if self.webhook is not None:
            role = ", sets the webhook" if self.leadership.leading else ""
            return self.webhook.running, f"webhook{role}"
        if not self.leadership.leading:
            return True, "polling by another replica"
        if self._poll_error and time.monotonic() - self._poll_error[0] < POLL_FAILING_SECONDS:
            return False, f"polling fails: {self._poll_error[1]}"
        return True, "polling"

    async def _resume(self, update: Update) -> None:
        """Give back what a crash kept from the user (a replayed, already stored answer)."""
        channel = ChatChannel.of(self.outbox, update)
        await self.conversation.turn(Event(sender(update), Resume()), channel)

    async def _chat(self, platform_user_id: str, chat_id: str) -> Channel:
        return ChatChannel(self.outbox, int(chat_id))

    def _polling_failed(self, error: TelegramError) -> None:
        # Called by PTB (synchronously) for each failed getUpdates; it retries by itself.
        log.warning("polling for updates failed: %s", error)
        self._poll_error = (time.monotonic(), type(error).__name__)

    async def start(self) -> None:
        """Connect (getMe), register the command list and start receiving updates."""
        await self.application.initialize()
        try:
            await self._register_commands()
            await self.application.start()
            await self.inbox.start(self.application.bot)
            if self.webhook is not None:
                await self.webhook.start()
            await self.leadership.start()
        except BaseException:
            await self.stop()
            raise
        log.info("telegram: receiving updates as @%s", self.application.bot.username)

    async def stop(self) -> None:
        """Stop receiving, finish what this replica took on, give up the rest, and close."""
        await self.leadership.stop()
        if self.webhook is not None:
            await self.webhook.stop()
        await self.inbox.stop_taking()
        if self.application.running:
            await self.application.stop()  # handles everything already queued here
        await self.inbox.close()
        await self.application.shutdown()

    async def _register_commands(self) -> None:
        """The command menu in every language (English for users of any other)."""
        m = self.outbox.markup
        for language in LANGUAGE_NAMES:
            with use_language(language):
                commands = [
                    BotCommand(name, m.t(texts.DESCRIPTIONS[name]())) for name in texts.COMMANDS
                ]
            try:
                await self.application.bot.set_my_commands(
                    commands, language_code=None if language == ENGLISH else language
                )
            except TelegramError as error:  # the bot works without the menu; start anyway
                log.warning("could not register the %s command list: %s", language, error)

    async def _poll(self) -> None:
        updater = self.application.updater
        assert updater is not None
        await updater.start_polling(
            timeout=POLL_TIMEOUT_SECONDS,
            allowed_updates=ALLOWED_UPDATES,
            error_callback=self._polling_failed,
        )

    async def _stop_polling(self) -> None:
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()

    async def _set_webhook(self) -> None:
        await self.application.bot.set_webhook(
            url=str(self.settings.telegram_webhook_url),
            allowed_updates=ALLOWED_UPDATES,
            secret_token=self._webhook_secret,
        )


async def _nothing() -> None:
    """A webhook stays set when its leader steps down: the next leader sets the same one."""


def _token(token: SecretStr | None) -> str:
    if token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    return token.get_secret_value()


def _delivery(error: Exception) -> Delivery | None:
    """What a failed prompt means: 403 is a user who blocked the bot."""
    if isinstance(error, Forbidden):
        return Delivery.BLOCKED
    return Delivery.FAILED if isinstance(error, TelegramError) else None
