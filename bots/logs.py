"""Logging set-up with secrets masked wherever they might appear."""

from __future__ import annotations

import logging
import re
import sys
import threading
from types import TracebackType

from sqlalchemy import make_url

from bots.settings import Settings

# A Telegram token looks like 123456:ABC-..., and may sit inside a request URL.
TELEGRAM_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
# Credentials the process makes up or receives at run time (the webhook's secret_token, a
# request's Authorization header) are never in the settings: mask them by where they stand.
# PTB logs every Bot API call's parameters at DEBUG, setWebhook's secret_token included.
SECRET_FIELD = re.compile(
    r"""((?:secret[-_]token|api[-_]key|authorization)['"]?\s*[:=]\s*['"]?(?:bearer\s+|bot\s+)?)"""
    r"""[^'"\s,;}]+""",
    re.IGNORECASE,
)


class SecretFilter(logging.Filter):
    """Replaces known secret values (and anything token-shaped) with ***."""

    def __init__(self, secrets: list[str]) -> None:
        """Mask ``secrets`` (values shorter than 6 characters are too common to mask)."""
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the formatted message and any exception text of a record."""
        message = record.getMessage()
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = self.mask(text)
        return True

    def mask(self, text: str) -> str:
        """The text with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, "***")
        text = SECRET_FIELD.sub(r"\1***", text)
        return TELEGRAM_TOKEN.sub("***", text)


def log_uncaught(
    kind: type[BaseException], error: BaseException | None, trace: TracebackType | None
) -> None:
    """Report an exception nothing caught through logging, so its text is masked as well.

    Python would print it to stderr itself, past every filter; a rejected token, for one,
    is quoted in full in the exception's message.
    """
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error or kind(), trace)
        return
    exc_info = (kind, error or kind(), trace)
    logging.getLogger("bots").critical("stopped by an unexpected error", exc_info=exc_info)


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    log_uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def configure_logging(settings: Settings, terminal: bool = False) -> None:
    """Log to stderr at LOG_LEVEL, masking every configured secret.

    Uncaught exceptions (in any thread) and warnings go through the same masked handler.
    For the ``terminal`` interview, where stderr is the screen the candidate reads, only
    warnings and errors are logged, unless LOG_LEVEL=DEBUG asks for everything (INFO is the
    bots' everyday level, and .env.example sets it).
    """
    secrets = [
        s.get_secret_value()
        for s in (settings.telegram_bot_token, settings.discord_bot_token, settings.groq_api_key)
        if s is not None
    ]
    password = make_url(settings.database_url).password  # parsed at start (settings.py)
    if password:
        secrets.append(str(password))
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(SecretFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    level = logging.getLevelName(settings.log_level)
    if terminal and level != logging.DEBUG:
        level = max(level, logging.WARNING)
    root.setLevel(level)
    sys.excepthook = log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    logging.captureWarnings(True)
    # Request URLs carry the Telegram token; these libraries log them at INFO/DEBUG.
    for noisy in ("httpx", "httpcore", "discord.http", "discord.gateway", "apscheduler"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
