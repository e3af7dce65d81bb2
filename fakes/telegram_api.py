"""A loopback fake of the Telegram Bot API, driven by the real python-telegram-bot.

Point PTB at it with ``.base_url(f"{tg.root}/bot").base_file_url(f"{tg.root}/file/bot")``.
Updates are queued by the test (``push_*``) and long-polled by PTB; everything the bot sends is
validated the way Telegram does (markup, lengths, edits) and recorded in :attr:`FakeTelegram.sent`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import web

from fakes.telegram_markup import EntityParseError, render
from fakes.telegram_state import (
    JSON,
    ChatKey,
    ErrorRecord,
    SentRecord,
    TelegramState,
)

__all__ = ["ChatKey", "ErrorRecord", "FakeTelegram", "SentRecord"]

_Handler = Callable[[JSON], Coroutine[Any, Any, Any]]

MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024  # getFile refuses bigger files ("file is too big")
_MEDIA = {
    "sendVoice": ("voice", "voice", ".oga"),
    "sendAudio": ("audio", "music", ".mp3"),
    "sendPhoto": ("photo", "photos", ".jpg"),
    "sendDocument": ("document", "documents", ".bin"),
    "sendVideo": ("video", "videos", ".mp4"),
    "sendAnimation": ("animation", "animations", ".mp4"),
}
_JSON_FIELDS = (
    "reply_markup", "reply_parameters", "entities", "caption_entities", "commands", "scope",
    "allowed_updates", "link_preview_options", "media",
)  # fmt: skip
_ACCEPT_ONLY = (
    "setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton", "logOut",
    "close", "setMessageReaction",
)  # fmt: skip
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


@dataclass(slots=True)
class _Upload:
    filename: str | None
    data: bytes
    content_type: str | None


def _int(value: Any, default: int | None = None) -> int | None:
    return default if value is None or value == "" else int(value)


def _chat_key(value: Any) -> ChatKey | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return str(value)


def _error_body(status: int, description: str, parameters: JSON | None = None) -> web.Response:
    body: JSON = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


class FakeTelegram(TelegramState):
    """The fake Bot API server plus the test-side API to feed updates and inspect replies.

    Use as ``async with FakeTelegram(token="123:ABC") as tg:``; :attr:`root` is the base URL.
    The test-side API (``push_*``, ``wait_for*``, ``fail_next``...) is in :class:`TelegramState`.
    """

    def __init__(
        self,
        token: str = "123:ABC",
        *,
        bot_username: str = "practice_partner_bot",
        strict_html: bool = True,
        max_poll_timeout: float = 5.0,
    ) -> None:
        """Configure the fake; nothing listens until :meth:`start` (or ``async with``)."""
        super().__init__(token, bot_username)
        self.strict_html = strict_html  # reject bare '&' / '>' in HTML (Telegram shows them)
        self.max_poll_timeout = max_poll_timeout  # cap on one getUpdates long poll, seconds
        self.latency = 0.0  # seconds added to every method except getUpdates
        self.root = ""
        self._poll_generation = 0
        self._closing = False
        self._raw_text: dict[tuple[ChatKey, int], str] = {}
        self._runner: web.AppRunner | None = None
        names: dict[str, _Handler] = {
            "getMe": self._get_me, "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook, "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info, "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands, "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message, "sendChatAction": self._send_chat_action,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "answerCallbackQuery": self._answer_callback, "getFile": self._get_file,
            "deleteMessage": self._delete_message, "getChat": self._get_chat,
        }  # fmt: skip
        for media_method in _MEDIA:
            names[media_method] = self._media_handler(media_method)
        for accept_method in _ACCEPT_ONLY:
            names[accept_method] = self._accept
        self._methods = {name.lower(): (name, handler) for name, handler in names.items()}

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> str:
        """Listen on 127.0.0.1 with an ephemeral port; returns :attr:`root`."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.root = f"http://{host}:{port}"
        return self.root

    async def close(self) -> None:
        """Release pending long polls and stop the server."""
        self._closing = True
        self._wake_pollers()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ internals: HTTP
    async def _params(self, request: web.Request) -> JSON:
        params: JSON = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                for key, value in (await request.post()).items():
                    if isinstance(value, web.FileField):
                        data = value.file.read()
                        params[key] = _Upload(value.filename, data, value.content_type)
                    else:
                        params[key] = value
        for key in _JSON_FIELDS:
            raw = params.get(key)
            if isinstance(raw, str) and raw[:1] in ("{", "["):
                params[key] = json.loads(raw)
        return params

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error_body(401, "Unauthorized")
        entry = self._methods.get(request.match_info["method"].lower())
        if entry is None:
            self.calls[request.match_info["method"]] += 1
            return _error_body(404, "Not Found")
        method, handler = entry
        self.calls[method] += 1
        params: JSON = {}
        try:
            params = await self._params(request)
            if self.latency > 0 and method != "getUpdates":
                await asyncio.sleep(self.latency)
            fault = self._fault_for(method)
            if fault is not None:
                raise _ApiError(fault.status, fault.description, fault.parameters)
            result = await handler(params)
        except _ApiError as exc:
            self.errors.append(ErrorRecord(method, exc.status, exc.description, params))
            return _error_body(exc.status, exc.description, exc.parameters)
        except (ValueError, TypeError, KeyError) as exc:
            description = f"Bad Request: {exc}"
            self.errors.append(ErrorRecord(method, 400, description, params))
            return _error_body(400, description)
        return web.json_response({"ok": True, "result": result})

    async def _download(self, request: web.Request) -> web.StreamResponse:
        self.calls["download"] += 1
        fault = self._fault_for("download")
        if fault is not None:
            return _error_body(fault.status, fault.description, fault.parameters)
        data = self._paths.get(request.match_info["path"])
        if request.match_info["token"] != self.token or data is None:
            return _error_body(404, "Not Found")
        return web.Response(body=data, content_type="application/octet-stream")

    # ------------------------------------------------------------------ internals: validation
    def _target(self, params: JSON) -> ChatKey:
        chat_key = _chat_key(params.get("chat_id"))
        if chat_key is None:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        if chat_key in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_key not in self._chats:
            raise _ApiError(400, "Bad Request: chat not found")
        return chat_key

    def _render(self, text: str, parse_mode: str | None) -> str:
        try:
            return render(text, parse_mode, strict_html=self.strict_html).strip()
        except EntityParseError as exc:
            raise _ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        except ValueError:
            raise _ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode!r}") from None

    def _text(self, params: JSON) -> str:
        plain = self._render(str(params.get("text") or ""), params.get("parse_mode"))
        if not plain:
            raise _ApiError(400, "Bad Request: message text is empty")
        if len(plain) > 4096:
            raise _ApiError(400, "Bad Request: message is too long")
        return plain

    @staticmethod
    def _markup(params: JSON) -> JSON | None:
        markup = params.get("reply_markup")
        if not isinstance(markup, dict):
            return None
        for row in markup.get("inline_keyboard", ()):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _reply_to(self, chat_key: ChatKey, params: JSON) -> JSON:
        reply = params.get("reply_parameters") or {}
        target = _int(reply.get("message_id"), _int(params.get("reply_to_message_id")))
        if target is None:
            return {}
        original = self._messages.get((chat_key, target))
        if original is None:
            if reply.get("allow_sending_without_reply"):
                return {}
            raise _ApiError(400, "Bad Request: message to be replied not found")
        return {"reply_to_message": {k: v for k, v in original.items() if k != "reply_to_message"}}

    def _edit_target(self, params: JSON) -> tuple[ChatKey, int, JSON]:
        chat_key = self._target(params)
        message_id = _int(params.get("message_id"))
        message = self._messages.get((chat_key, message_id or 0))
        if message_id is None or message is None:
            raise _ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise _ApiError(400, "Bad Request: message can't be edited")
        return chat_key, message_id, message

    # ------------------------------------------------------------------ Bot API methods
    async def _get_me(self, params: JSON) -> JSON:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}  # fmt: skip

    async def _get_updates(self, params: JSON) -> list[JSON] | None:
        if self.webhook_url:
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                            "use deleteWebhook to delete the webhook first")  # fmt: skip
        offset, limit = _int(params.get("offset"), 0) or 0, _int(params.get("limit"), 100) or 100
        timeout = min(float(params.get("timeout") or 0), self.max_poll_timeout)
        if offset > 0:
            while self._pending and self._pending[0]["update_id"] < offset:
                self._pending.popleft()
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()  # an older concurrent poll gets its 409
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout, 0.0)
        while True:
            if generation != self._poll_generation:
                raise _ApiError(409, "Conflict: terminated by other getUpdates request; make "
                                "sure that only one bot instance is running")  # fmt: skip
            batch: list[JSON] = []
            while self._redeliveries and len(batch) < limit:
                batch.append(self._redeliveries.popleft())
            pending = list(itertools.islice(self._pending, max(min(limit, 100), 1)))
            if offset < 0:
                pending = list(self._pending)[offset:]
            batch += pending[: max(limit - len(batch), 0)]
            remaining = deadline - loop.time()
            if batch or remaining <= 0 or self._closing:
                return batch
            await self._wait_event(self._update_event, remaining)

    async def _delete_webhook(self, params: JSON) -> bool:
        self.webhook_url = None
        if str(params.get("drop_pending_updates", "")).lower() == "true":
            self._pending.clear()
            self._redeliveries.clear()
        return True

    async def _set_webhook(self, params: JSON) -> bool:
        self.webhook_url = str(params.get("url") or "") or None
        return True

    async def _get_webhook_info(self, params: JSON) -> JSON:
        return {"url": self.webhook_url or "", "has_custom_certificate": False,
                "pending_update_count": len(self._pending)}  # fmt: skip

    @staticmethod
    def _commands_key(params: JSON) -> str:
        return json.dumps([params.get("scope"), params.get("language_code") or ""], sort_keys=True)

    async def _set_my_commands(self, params: JSON) -> bool:
        self.commands[self._commands_key(params)] = list(params.get("commands") or [])
        self._record(SentRecord("setMyCommands", None, params=params))
        return True

    async def _get_my_commands(self, params: JSON) -> list[JSON]:
        return self.commands.get(self._commands_key(params), [])

    async def _delete_my_commands(self, params: JSON) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    async def _accept(self, params: JSON) -> bool:
        return True

    async def _send_message(self, params: JSON) -> JSON:
        chat_key = self._target(params)
        plain, markup = self._text(params), self._markup(params)
        content: JSON = {"text": plain, **self._reply_to(chat_key, params)}
        if markup and "inline_keyboard" in markup:
            content["reply_markup"] = markup
        message = self._new_message(chat_key, content, self._bot_from())
        text = str(params["text"])
        self._raw_text[(chat_key, message["message_id"])] = text
        record = SentRecord("sendMessage", chat_key, text, plain, params.get("parse_mode"), markup,
                            message["message_id"], params=params)  # fmt: skip
        self._record(record, message=True)
        return message

    def _media_handler(self, method: str) -> _Handler:
        async def handler(params: JSON) -> JSON:
            return await self._send_media(method, params)

        return handler

    async def _send_media(self, method: str, params: JSON) -> JSON:
        field_name, folder, suffix = _MEDIA[method]
        chat_key = self._target(params)
        value = params.get(field_name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        upload = value if isinstance(value, _Upload) else None
        if upload is None and not (isinstance(value, str) and value):
            raise _ApiError(400, f"Bad Request: there is no {field_name} in the request")
        if upload is None and value not in self._files and not str(value).startswith("http"):
            raise _ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        data = upload.data if upload else self._paths.get(self._files.get(str(value), ("",))[0])
        caption = params.get("caption")
        plain = self._render(str(caption), params.get("parse_mode")) if caption else None
        if plain and len(plain) > 1024:
            raise _ApiError(400, "Bad Request: message caption is too long")
        obj = self._file_object(data or b"", folder, suffix, None)
        if field_name in ("voice", "audio", "video", "animation"):
            obj["duration"] = _int(params.get("duration"), 0)
        if field_name in ("photo", "video", "animation"):
            obj.update(width=640, height=480)
        if field_name in ("audio", "document", "voice") and upload:
            obj["mime_type"] = upload.content_type or "application/octet-stream"
        if field_name in ("audio", "document") and upload and upload.filename:
            obj["file_name"] = upload.filename
        content: JSON = {field_name: [obj] if field_name == "photo" else obj}
        if plain:
            content["caption"] = plain
        markup = self._markup(params)
        if markup and "inline_keyboard" in markup:
            content["reply_markup"] = markup
        content.update(self._reply_to(chat_key, params))
        message = self._new_message(chat_key, content, self._bot_from())
        record = SentRecord(method, chat_key, None, plain, params.get("parse_mode"), markup,
                            message["message_id"], data, upload.filename if upload else None,
                            caption, params)  # fmt: skip
        self._record(record, message=True)
        return message

    async def _send_chat_action(self, params: JSON) -> bool:
        chat_key = self._target(params)
        self._record(SentRecord("sendChatAction", chat_key, params=params))
        return True

    async def _edit_message_text(self, params: JSON) -> JSON:
        chat_key, message_id, message = self._edit_target(params)
        if "text" not in message:
            raise _ApiError(400, "Bad Request: there is no text in the message to edit")
        plain, markup = self._text(params), self._markup(params)
        text = str(params["text"])
        inline = markup if markup and "inline_keyboard" in markup else None
        unchanged = self._raw_text.get((chat_key, message_id)) == text
        if unchanged and message.get("text") == plain and message.get("reply_markup") == inline:
            raise _ApiError(400, _NOT_MODIFIED)
        edited = {k: v for k, v in message.items() if k != "reply_markup"}
        edited.update(text=plain, edit_date=int(time.time()))
        if inline:
            edited["reply_markup"] = inline
        self._messages[(chat_key, message_id)] = edited
        self._raw_text[(chat_key, message_id)] = text
        record = SentRecord("editMessageText", chat_key, text, plain, params.get("parse_mode"),
                            markup, message_id, params=params)  # fmt: skip
        self._record(record)
        return edited

    async def _edit_reply_markup(self, params: JSON) -> JSON:
        chat_key, message_id, message = self._edit_target(params)
        markup = self._markup(params)
        inline = markup if markup and "inline_keyboard" in markup else None
        if message.get("reply_markup") == inline:
            raise _ApiError(400, _NOT_MODIFIED)
        edited = {k: v for k, v in message.items() if k != "reply_markup"}
        edited["edit_date"] = int(time.time())
        if inline:
            edited["reply_markup"] = inline
        self._messages[(chat_key, message_id)] = edited
        record = SentRecord("editMessageReplyMarkup", chat_key, reply_markup=markup,
                            message_id=message_id, params=params)  # fmt: skip
        self._record(record)
        return edited

    async def _answer_callback(self, params: JSON) -> bool:
        query_id = str(params.get("callback_query_id"))
        if query_id not in self._callbacks:
            raise _ApiError(400, "Bad Request: query is too old and response timeout expired or "
                            "query ID is invalid")  # fmt: skip
        self._callbacks.discard(query_id)
        self._record(SentRecord("answerCallbackQuery", None, params.get("text"), params=params))
        return True

    async def _get_file(self, params: JSON) -> JSON:
        file_id = str(params.get("file_id"))
        if file_id not in self._files:
            raise _ApiError(400, "Bad Request: invalid file_id")
        path, size = self._files[file_id]
        if size > MAX_DOWNLOAD_SIZE:
            raise _ApiError(400, "Bad Request: file is too big")
        return {"file_id": file_id, "file_unique_id": f"U{file_id}", "file_size": size,
                "file_path": path}  # fmt: skip

    async def _delete_message(self, params: JSON) -> bool:
        chat_key = self._target(params)
        message_id = _int(params.get("message_id"))
        if self._messages.pop((chat_key, message_id or 0), None) is None:
            raise _ApiError(400, "Bad Request: message to delete not found")
        self._record(SentRecord("deleteMessage", chat_key, message_id=message_id, params=params))
        return True

    async def _get_chat(self, params: JSON) -> JSON:
        chat_key = _chat_key(params.get("chat_id"))
        if chat_key not in self._chats:
            raise _ApiError(400, "Bad Request: chat not found")
        gifts = dict.fromkeys(("unlimited_gifts", "limited_gifts", "unique_gifts",
                               "premium_subscription", "gifts_from_channels"), False)  # fmt: skip
        return {**self._chats[chat_key], "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": gifts}  # fmt: skip
