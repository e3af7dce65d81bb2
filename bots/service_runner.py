"""Runs every configured adapter in one process until SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Protocol

from bots.app import App
from bots.conversation import ChatNotifier
from bots.health import Health, database_probe, serve
from bots.llm import llm_probe

log = logging.getLogger(__name__)


class Adapter(Protocol):
    """A platform adapter the runner can start and stop."""

    name: str

    def health(self) -> tuple[bool, str]:
        """Whether the platform connection is up, with a short detail."""
        ...

    async def start(self) -> None:
        """Connect and begin handling updates (returns once running)."""
        ...

    async def stop(self) -> None:
        """Stop handling updates and disconnect cleanly."""
        ...


class Scheduler(Protocol):
    """The daily practice scheduler, as the runner starts and stops it."""

    def health(self) -> tuple[bool, str]:
        """Whether it runs, with a short detail."""
        ...

    async def start(self) -> None:
        """Plan the prompts and start firing them."""
        ...

    async def stop(self) -> None:
        """Stop firing; let deliveries under way finish."""
        ...


def notifiers_of(adapters: list[Adapter]) -> dict[str, ChatNotifier]:
    """The notifier of every adapter that has one (its ``notifier`` attribute), by platform."""
    found: dict[str, ChatNotifier] = {}
    for adapter in adapters:
        notifier: ChatNotifier | None = getattr(adapter, "notifier", None)
        if notifier is not None:
            found[notifier.platform] = notifier
    return found


def configured_adapters(app: App) -> list[Adapter]:
    """One adapter per platform whose token is set."""
    adapters: list[Adapter] = []
    if app.settings.telegram_bot_token is not None:
        from bots.telegram.bot import TelegramAdapter

        adapters.append(TelegramAdapter(app))
    if app.settings.discord_bot_token is not None:
        from bots.discord.bot import DiscordAdapter

        adapters.append(DiscordAdapter(app))
    return adapters


async def run_bots(app: App, stop: asyncio.Event | None = None) -> None:
    """Start the adapters, wait for a stop signal (or ``stop``), then shut down in order."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    adapters = configured_adapters(app)
    probes = {"database": database_probe(app.sql_engine)} if app.sql_engine else {}
    health = Health(probes)
    health.add("llm", lambda: llm_probe(app.settings))
    health.add("replica", lambda: (True, app.settings.replica_id))  # whose line this is
    for adapter in adapters:
        health.add(adapter.name, adapter.health)
    health_runner = (
        await serve(health, app.settings.health_port) if app.settings.health_port else None
    )
    started: list[Adapter] = []
    scheduler: Scheduler | None = None
    try:
        for adapter in adapters:
            await adapter.start()
            started.append(adapter)
            log.info("%s bot running", adapter.name)
        notifiers = notifiers_of(started)
        if notifiers:
            scheduler = app.reminder_scheduler(notifiers)
            await scheduler.start()
            health.add("scheduler", scheduler.health)
        await stop.wait()
        log.info("stopping")
    finally:
        if scheduler is not None:
            await scheduler.stop()
        for adapter in reversed(started):
            try:
                await asyncio.wait_for(adapter.stop(), 15)
            except Exception:
                log.exception("%s did not stop cleanly", adapter.name)
        if health_runner is not None:
            await health_runner.cleanup()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
        app.close()
