"""The webhook endpoint every replica serves: Telegram posts updates, we store them, then 200.

Behind a load balancer any replica may get any delivery, so the secret Telegram sends back in
``X-Telegram-Bot-Api-Secret-Token`` must be the same on all: ``TELEGRAM_WEBHOOK_SECRET``, else
one derived from the bot token (every replica derives the same; only Telegram and the
operator know the token). A delivery is answered 200 only once its update is stored, so
Telegram redelivers what a dying replica never stored.
"""

from __future__ import annotations

import hashlib
import hmac
import logging

from aiohttp import web
from telegram import Bot, Update

from bots.telegram.inbox import InboxQueue

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def derived_secret(token: str) -> str:
    """The webhook secret every replica computes from the bot token (Telegram's alphabet)."""
    return hmac.new(token.encode(), b"telegram-webhook-secret", hashlib.sha256).hexdigest()


class WebhookServer:
    """Serves ``POST /{path}`` on ``listen:port`` and queues each accepted update."""

    def __init__(
        self, bot: Bot, queue: InboxQueue, *, listen: str, port: int, path: str, secret: str
    ) -> None:
        """An endpoint accepting only deliveries that carry ``secret``."""
        self.bot = bot
        self.queue = queue
        self.listen = listen
        self.port = port
        self.path = "/" + path.strip("/")
        self._secret = secret.encode()
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen for deliveries."""
        app = web.Application()
        app.router.add_post(self.path, self._deliver)
        self._runner = web.AppRunner(app, access_log=None)  # its lines would carry no news
        await self._runner.setup()
        await web.TCPSite(self._runner, self.listen, self.port).start()

    async def stop(self) -> None:
        """Stop listening (deliveries under way are finished first)."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def running(self) -> bool:
        """Whether the endpoint is listening."""
        return self._runner is not None

    async def _deliver(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            log.warning("a webhook delivery without the right secret was refused")
            return web.Response(status=403)
        try:
            update = Update.de_json(await request.json(), self.bot)
        except Exception:
            update = None
        if update is None:
            log.warning("a webhook delivery that is not an update was refused")
            return web.Response(status=400)
        await self.queue.put(update)  # stored before the 200
        return web.Response()
