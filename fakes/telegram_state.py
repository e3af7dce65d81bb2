"""State and test-side API of the fake Telegram Bot API (see :mod:`fakes.telegram_api`).

Holds the update queue, chats, messages, files and everything the bot sent; the HTTP side lives in
:class:`fakes.telegram_api.FakeTelegram`, which subclasses :class:`TelegramState`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

JSON = dict[str, Any]
ChatKey = int | str


@dataclass(slots=True)
class SentRecord:
    """One successful bot call with a visible effect (send, edit, delete, answer...)."""

    method: str
    chat_id: ChatKey | None
    text: str | None = None  # raw text as sent (markup included)
    plain: str | None = None  # text or caption as displayed: markup removed, escapes resolved
    parse_mode: str | None = None
    reply_markup: JSON | None = None
    message_id: int | None = None
    file: bytes | None = None
    filename: str | None = None
    caption: str | None = None
    params: JSON = field(default_factory=dict)
    ts: float = field(default_factory=time.monotonic)


@dataclass(slots=True)
class ErrorRecord:
    """A call the fake refused (validation error, injected fault, blocked chat...)."""

    method: str
    status: int
    description: str
    params: JSON
    ts: float = field(default_factory=time.monotonic)


@dataclass(slots=True)
class _Fault:
    status: int
    description: str
    parameters: JSON | None
    times: int


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class TelegramState:
    """Updates to deliver, known chats/messages/files, records of what the bot did, faults."""

    def __init__(self, token: str, bot_username: str) -> None:
        """Empty state for the bot with ``token``."""
        self.token = token
        self.bot_user: JSON = {
            "id": int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1,
            "is_bot": True,
            "first_name": "Interview Practice Partner",
            "username": bot_username,
        }
        self.sent: list[SentRecord] = []
        self.errors: list[ErrorRecord] = []
        self.calls: Counter[str] = Counter()
        self.history: dict[int, JSON] = {}  # every update ever queued, by update_id
        self.webhook_url: str | None = None
        self.commands: dict[str, list[JSON]] = {}  # key: json [scope, language_code]
        self.user_languages: dict[int, str] = {}  # a user's app language (default "en")
        self._pending: deque[JSON] = deque()
        self._redeliveries: deque[JSON] = deque()
        self._next_update_id = 1
        self._update_event = asyncio.Event()
        self._record_event = asyncio.Event()
        self._chats: dict[ChatKey, JSON] = {}
        self._last_message_id: dict[ChatKey, int] = {}
        self._messages: dict[tuple[ChatKey, int], JSON] = {}
        self._by_chat: dict[ChatKey, list[SentRecord]] = {}
        self._files: dict[str, tuple[str, int]] = {}  # file_id -> (file_path, file_size)
        self._paths: dict[str, bytes] = {}
        self._callbacks: set[str] = set()
        self._faults: dict[str, deque[_Fault]] = {}
        self._blocked: set[ChatKey] = set()
        self._ids = itertools.count(1)

    # ------------------------------------------------------------------ fault injection
    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int = 1,
        times: int = 1,
        description: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``status``.

        ``method="*"`` matches any method but getUpdates; ``"download"`` matches file downloads.
        429 carries ``parameters.retry_after`` (PTB raises ``RetryAfter``); 403 defaults to
        "Forbidden: bot was blocked by the user"; 5xx to the HTTP reason phrase.
        """
        parameters = None
        if status == 429:
            description = description or f"Too Many Requests: retry after {retry_after}"
            parameters = {"retry_after": retry_after}
        elif status == 403:
            description = description or "Forbidden: bot was blocked by the user"
        elif description is None:
            phrase = HTTPStatus(status).phrase
            description = f"Bad Request: {phrase}" if status == 400 else phrase
        fault = _Fault(status, description, parameters, times)
        self._faults.setdefault(method.lower(), deque()).append(fault)

    def block(self, chat_id: ChatKey) -> None:
        """Every later send/edit to ``chat_id`` answers 403 "bot was blocked by the user"."""
        self._blocked.add(chat_id)

    def unblock(self, chat_id: ChatKey) -> None:
        """Undo :meth:`block`."""
        self._blocked.discard(chat_id)

    # ------------------------------------------------------------------ test-side updates
    def add_chat(
        self, chat_id: int, chat_type: str = "private", first_name: str = "Ana", title: str = ""
    ) -> JSON:
        """Make a chat known (bots get "chat not found" for chats that never wrote)."""
        if chat_type == "private":
            chat: JSON = {"id": chat_id, "type": "private", "first_name": first_name}
        else:
            chat = {"id": chat_id, "type": chat_type, "title": title or f"Group {chat_id}"}
        return self._chats.setdefault(chat_id, chat)

    def push_text(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Ana",
    ) -> int:
        """Queue a text message from a user; a leading ``/command`` gets its entity."""
        content: JSON = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        message = self._user_message(user_id, first_name, chat_id, chat_type, content)
        return self._queue({"message": message})

    def push_command(self, user_id: int, command: str, **kwargs: Any) -> int:
        """Queue ``/command args`` (the leading slash is optional)."""
        return self.push_text(
            user_id, command if command.startswith("/") else f"/{command}", **kwargs
        )

    def push_group_text(
        self, user_id: int, group_chat_id: int, text: str, first_name: str = "Ana"
    ) -> int:
        """Queue a text message from a user in a group chat."""
        return self.push_text(user_id, text, group_chat_id, "group", first_name)

    def register_file(
        self,
        data: bytes,
        *,
        folder: str = "documents",
        suffix: str = ".bin",
        file_size: int | None = None,
    ) -> str:
        """Store bytes for getFile + download; returns the file_id. ``file_size`` may lie."""
        n = next(self._ids)
        file_id, path = f"FILE{n:06d}", f"{folder}/file_{n}{suffix}"
        self._files[file_id] = (path, len(data) if file_size is None else file_size)
        self._paths[path] = data
        return file_id

    def push_voice(
        self,
        user_id: int,
        ogg_bytes: bytes,
        duration: int,
        mime_type: str = "audio/ogg",
        file_size: int | None = None,
        *,
        chat_id: int | None = None,
        first_name: str = "Ana",
    ) -> int:
        """Queue a voice note; its file is registered so getFile and the download work."""
        voice = self._file_object(ogg_bytes, "voice", ".oga", file_size)
        voice.update(duration=duration, mime_type=mime_type)
        return self._push_media(user_id, first_name, chat_id, {"voice": voice})

    def push_audio(
        self,
        user_id: int,
        data: bytes,
        duration: int,
        mime_type: str = "audio/mpeg",
        file_name: str = "answer.mp3",
        file_size: int | None = None,
        *,
        chat_id: int | None = None,
        first_name: str = "Ana",
    ) -> int:
        """Queue an audio file message (``message.audio``)."""
        audio = self._file_object(data, "music", "." + file_name.rsplit(".", 1)[-1], file_size)
        audio.update(duration=duration, mime_type=mime_type, file_name=file_name)
        return self._push_media(user_id, first_name, chat_id, {"audio": audio})

    def push_document(
        self,
        user_id: int,
        data: bytes,
        file_name: str = "file.bin",
        mime_type: str = "application/octet-stream",
        file_size: int | None = None,
        *,
        caption: str | None = None,
        chat_id: int | None = None,
        first_name: str = "Ana",
    ) -> int:
        """Queue a document message (``message.document``), optionally captioned."""
        document = self._file_object(
            data, "documents", "." + file_name.rsplit(".", 1)[-1], file_size
        )
        document.update(file_name=file_name, mime_type=mime_type)
        content: JSON = {"document": document}
        if caption is not None:
            content["caption"] = caption
        return self._push_media(user_id, first_name, chat_id, content)

    def push_callback(
        self,
        user_id: int,
        data: str,
        message_id: int,
        *,
        chat_id: int | None = None,
        first_name: str = "Ana",
    ) -> int:
        """Queue a button press on ``message_id`` (a bot message; synthesised if unknown)."""
        chat_key = user_id if chat_id is None else chat_id
        user = self._user(user_id, first_name)
        self.add_chat(chat_key, "private" if chat_key == user_id else "group", first_name)
        message = self._messages.get((chat_key, message_id))
        if message is None:
            message = self._store(
                chat_key, message_id, {"text": "(earlier message)"}, self._bot_from()
            )
        query_id = str(next(self._ids))
        self._callbacks.add(query_id)
        query = {"id": query_id, "from": user, "chat_instance": str(chat_key), "data": data}
        return self._queue({"callback_query": {**query, "message": message}})

    def push_raw(self, update: JSON) -> int:
        """Queue an arbitrary update dict (an ``update_id`` is assigned when missing)."""
        update = dict(update)
        for value in update.values():
            if isinstance(value, dict):
                message = value.get("message", value)
                if isinstance(message.get("chat"), dict):
                    self._chats.setdefault(message["chat"]["id"], message["chat"])
                if "chat_instance" in value:
                    self._callbacks.add(str(value["id"]))
        return self._queue(update)

    def redeliver(self, update_id: int) -> int:
        """Deliver an already queued update again, same ``update_id`` (as after a crash)."""
        self._redeliveries.append(self.history[update_id])
        self._wake_pollers()
        return update_id

    # ------------------------------------------------------------------ test-side inspection
    @property
    def pending_updates(self) -> int:
        """Updates queued but not yet confirmed by a getUpdates offset."""
        return len(self._pending) + len(self._redeliveries)

    def menu(self, language: str = "") -> list[JSON]:
        """The command list set for users of ``language`` ("": the default, for everyone else)."""
        return self.commands.get(json.dumps([None, language], sort_keys=True), [])

    def messages_to(self, chat_id: ChatKey) -> list[SentRecord]:
        """Messages the bot sent to ``chat_id`` (send* methods, not chat actions or edits)."""
        return list(self._by_chat.get(chat_id, ()))

    async def wait_for(
        self, predicate: Callable[[SentRecord], bool], timeout: float = 10.0, *, start: int = 0
    ) -> SentRecord:
        """First record in ``sent[start:]`` matching ``predicate``, waiting up to ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline, index = loop.time() + timeout, start
        while True:
            while index < len(self.sent):
                record = self.sent[index]
                index += 1
                if predicate(record):
                    return record
            remaining = deadline - loop.time()
            if remaining <= 0:
                tail = [(r.method, r.chat_id, r.plain) for r in self.sent[-5:]]
                raise TimeoutError(f"no matching record in {timeout}s; last records: {tail}")
            await self._wait_event(self._record_event, remaining)

    async def wait_for_text(
        self, chat_id: ChatKey, contains: str, timeout: float = 10.0
    ) -> SentRecord:
        """First message to ``chat_id`` whose displayed text/caption contains ``contains``."""
        return await self.wait_for(
            lambda r: r.chat_id == chat_id and r.plain is not None and contains in r.plain, timeout
        )

    async def wait_for_count(
        self, chat_id: ChatKey, n: int, timeout: float = 10.0
    ) -> list[SentRecord]:
        """Wait until at least ``n`` messages went to ``chat_id``; returns them all."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(self._by_chat.get(chat_id, ())) < n:
            remaining = deadline - loop.time()
            if remaining <= 0:
                got = len(self._by_chat.get(chat_id, ()))
                raise TimeoutError(f"{got}/{n} messages to {chat_id} after {timeout}s")
            await self._wait_event(self._record_event, remaining)
        return self.messages_to(chat_id)

    # ------------------------------------------------------------------ internals: updates
    @staticmethod
    async def _wait_event(event: asyncio.Event, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout)

    def _wake_pollers(self) -> None:
        event, self._update_event = self._update_event, asyncio.Event()
        event.set()

    def _queue(self, update: JSON) -> int:
        update_id = update.setdefault("update_id", self._next_update_id)
        self._next_update_id = max(self._next_update_id, update_id + 1)
        self.history[update_id] = update
        self._pending.append(update)
        if len(self._pending) > 1 and self._pending[-2]["update_id"] > update_id:
            self._pending = deque(sorted(self._pending, key=lambda u: u["update_id"]))
        self._wake_pollers()
        return update_id

    def _user(self, user_id: int, first_name: str) -> JSON:
        language = self.user_languages.get(user_id, "en")
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language}

    def _bot_from(self) -> JSON:
        return {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")}

    def _store(self, chat_key: ChatKey, message_id: int, content: JSON, sender: JSON) -> JSON:
        last = self._last_message_id.get(chat_key, 0)
        self._last_message_id[chat_key] = max(last, message_id)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chats[chat_key],
            "from": sender,
            **content,
        }
        self._messages[(chat_key, message_id)] = message
        return message

    def _new_message(self, chat_key: ChatKey, content: JSON, sender: JSON) -> JSON:
        return self._store(chat_key, self._last_message_id.get(chat_key, 0) + 1, content, sender)

    def _user_message(
        self, user_id: int, first_name: str, chat_id: int | None, chat_type: str, content: JSON
    ) -> JSON:
        if chat_type == "private" or chat_id is None:
            chat_key = user_id if chat_id is None else chat_id
            self.add_chat(chat_key, first_name=first_name)
        else:
            chat_key = chat_id
            self.add_chat(chat_id, chat_type)
        return self._new_message(chat_key, content, self._user(user_id, first_name))

    def _file_object(self, data: bytes, folder: str, suffix: str, file_size: int | None) -> JSON:
        file_id = self.register_file(data, folder=folder, suffix=suffix, file_size=file_size)
        unique = f"U{file_id}"
        return {"file_id": file_id, "file_unique_id": unique, "file_size": self._files[file_id][1]}

    def _push_media(self, user_id: int, first_name: str, chat_id: int | None, content: JSON) -> int:
        message = self._user_message(user_id, first_name, chat_id, "private", content)
        return self._queue({"message": message})

    def _fault_for(self, method: str) -> _Fault | None:
        for key in (method.lower(), "*"):
            if key == "*" and method in ("getUpdates", "download"):
                continue
            faults = self._faults.get(key)
            if faults:
                fault = faults[0]
                fault.times -= 1
                if fault.times <= 0:
                    faults.popleft()
                return fault
        return None

    def _record(self, record: SentRecord, *, message: bool = False) -> None:
        self.sent.append(record)
        if message and record.chat_id is not None:
            self._by_chat.setdefault(record.chat_id, []).append(record)
        event, self._record_event = self._record_event, asyncio.Event()
        event.set()
