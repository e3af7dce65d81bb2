"""A loopback fake of the OpenAI-compatible API (Ollama, llama.cpp, vLLM) for the real SDKs.

Usage::

    async with FakeOpenAI() as fake:
        fake.chat_handler = lambda request: {"score": 4}
        fake.transcription_text = "I built a data pipeline"
        fake.enqueue_fault("500", route="transcription")
        client = openai.AsyncOpenAI(api_key="x", base_url=fake.base_url, max_retries=1)

It serves ``POST /v1/chat/completions``, ``POST /v1/audio/transcriptions`` (multipart) and
``GET /v1/models``; ``base_url`` ends in ``/v1`` as the openai SDK wants it. ``FakeGroq``
(``fakes.groq_api``) is the same server under Groq's ``/openai/v1`` prefix. Faults apply, in
order, to the next requests of their route; everything the fake receives is kept in
``fake.requests``. ``json_mode=False`` makes it a server that refuses ``response_format``
(as LM Studio refuses ``json_object``) on every request.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import itertools
import json
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, Self

import soundfile as sf
from aiohttp import web

Route = Literal["chat", "transcription", "models"]
FaultKind = Literal[
    "429", "500", "503", "hang", "invalid_json", "bad_schema", "fenced", "prose",
    "reject_response_format",
]  # fmt: skip
ChatReply = str | dict[str, Any]
ChatHandler = Callable[[dict[str, Any]], ChatReply | Awaitable[ChatReply]]
TranscriptionSource = str | Callable[[bytes, str], str]

FAULT_KINDS = frozenset(FaultKind.__args__)  # type: ignore[attr-defined]
NOT_JSON = "Sure! Here is my assessment: the answer was {great, but"
BAD_SCHEMA: dict[str, Any] = {"unexpected": "shape", "items": [1, 2, 3]}
# How small local models wrap a valid JSON reply.
FENCED = "```json\n{content}\n```"
PROSE = "Here is the JSON you asked for: {content}\nLet me know if you need {{anything}} else!"
REFUSED_RESPONSE_FORMAT = "'response_format.type' must be 'json_schema' or 'text'"
DEFAULT_MODELS = ("llama3.1:8b", "whisper-1")


@dataclass
class Fault:
    """One scripted misbehaviour for the next request of a route."""

    kind: FaultKind
    retry_after: float = 1.0
    seconds: float = 30.0
    then: Literal["answer", "never"] = "answer"


@dataclass
class RecordedRequest:
    """A request as the fake saw it (the Authorization value is never kept)."""

    route: Route
    path: str
    headers: dict[str, str]
    has_auth: bool
    json: dict[str, Any] | None = None
    form: dict[str, str] = field(default_factory=dict)
    file_name: str | None = None
    file_bytes: bytes | None = None
    fault: FaultKind | None = None
    received_at: float = 0.0


class FakeOpenAI:
    """An aiohttp server on 127.0.0.1 speaking the chat, transcription and models endpoints."""

    api_prefix = "/v1"  # where the SDK's paths start below the root

    def __init__(
        self,
        *,
        latency: float = 0.0,
        chat_handler: ChatHandler | None = None,
        transcription_text: TranscriptionSource = "",
        json_mode: bool = True,
        models: tuple[str, ...] = DEFAULT_MODELS,
    ) -> None:
        """Configure behaviour; the server starts in ``async with``."""
        self.latency = latency
        self.chat_handler = chat_handler
        self.transcription_text = transcription_text
        self.json_mode = json_mode
        self.models = models
        self.requests: list[RecordedRequest] = []
        self.prompt_chars: list[int] = []
        self._faults: dict[Route, deque[Fault]] = {
            "chat": deque(), "transcription": deque(), "models": deque()
        }  # fmt: skip
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()
        self._port = 0

    @property
    def root(self) -> str:
        """The server's root URL."""
        if not self._port:
            name = type(self).__name__
            raise RuntimeError(f"{name} is not running; use 'async with {name}() as fake'")
        return f"http://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        """The URL to pass as ``base_url`` to ``openai.AsyncOpenAI`` (the root and /v1)."""
        return self.root + self.api_prefix

    def enqueue_fault(
        self,
        kind: FaultKind,
        *,
        route: Route = "chat",
        count: int = 1,
        retry_after: float = 1.0,
        seconds: float = 30.0,
        then: Literal["answer", "never"] = "answer",
    ) -> None:
        """Make the next ``count`` requests of ``route`` misbehave as ``kind``.

        "429" answers with a Retry-After of ``retry_after`` seconds; "500"/"503" with
        OpenAI-style error bodies; "hang" waits ``seconds`` and then answers normally
        (``then="answer"``) or waits until the fake closes (``then="never"``); "invalid_json"
        and "bad_schema" return 200 with content that is not JSON, or JSON of the wrong shape;
        "fenced" and "prose" wrap the handler's valid reply in a ```json fence or in sentences;
        "reject_response_format" answers 400 if the request asks for ``response_format``.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; expected one of {sorted(FAULT_KINDS)}")
        if route not in self._faults:
            raise ValueError(f"unknown route {route!r}")
        for _ in range(count):
            self._faults[route].append(Fault(kind, retry_after, seconds, then))

    def pending_faults(self, route: Route = "chat") -> int:
        """How many scripted faults ``route`` has not used yet."""
        return len(self._faults[route])

    def calls(self, route: Route) -> list[RecordedRequest]:
        """The recorded requests of one route, oldest first."""
        return [request for request in self.requests if request.route == route]

    async def __aenter__(self) -> Self:
        """Start listening on an ephemeral loopback port."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post(f"{self.api_prefix}/chat/completions", self._chat)
        app.router.add_post(f"{self.api_prefix}/audio/transcriptions", self._transcription)
        app.router.add_get(f"{self.api_prefix}/models", self._models)
        self._closing = asyncio.Event()
        self._runner = web.AppRunner(app, shutdown_timeout=2.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Release hanging requests and stop the server."""
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = None
        self._port = 0

    # --- handlers -----------------------------------------------------------------------

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        try:
            payload = json.loads(await request.text())
        except json.JSONDecodeError:
            return _error(400, "Request body is not valid JSON", "invalid_request_error")
        fault = self._next_fault("chat")
        self.requests.append(self._record(request, "chat", fault, json_body=payload))
        self.prompt_chars.append(_prompt_chars(payload.get("messages", [])))
        early = await self._before_answer(fault, model=str(payload.get("model", "")))
        if early is not None:
            return early
        refuses = not self.json_mode or (
            fault is not None and fault.kind == "reject_response_format"
        )
        if refuses and "response_format" in payload:
            return _error(400, REFUSED_RESPONSE_FORMAT, "invalid_request_error")
        if payload.get("stream"):
            return _error(400, "the fake does not stream", "invalid_request_error")
        if fault is not None and fault.kind == "invalid_json":
            content = NOT_JSON
        elif fault is not None and fault.kind == "bad_schema":
            content = json.dumps(BAD_SCHEMA)
        elif self.chat_handler is None:
            return _error(500, "the fake has no chat_handler set", "internal_server_error")
        else:
            try:
                reply = self.chat_handler(payload)
                if inspect.isawaitable(reply):
                    reply = await reply
            except Exception as exc:
                return _error(500, f"chat_handler raised {exc!r}", "internal_server_error")
            content = reply if isinstance(reply, str) else json.dumps(reply)
            if fault is not None and fault.kind in ("fenced", "prose"):
                content = (FENCED if fault.kind == "fenced" else PROSE).format(content=content)
        return _json(self._completion(payload, content))

    async def _models(self, request: web.Request) -> web.StreamResponse:
        fault = self._next_fault("models")
        self.requests.append(self._record(request, "models", fault))
        early = await self._before_answer(fault, model="")
        if early is not None:
            return early
        models = [
            {"id": model, "object": "model", "created": 0, "owned_by": "fake"}
            for model in self.models
        ]
        return _json({"object": "list", "data": models})

    async def _transcription(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        fields: dict[str, str] = {}
        file_name: str | None = None
        file_bytes: bytes | None = None
        for name, value in form.items():
            if isinstance(value, web.FileField):
                file_name = value.filename
                file_bytes = value.file.read()
            else:
                fields[name] = str(value)
        fault = self._next_fault("transcription")
        recorded = self._record(request, "transcription", fault, form=fields)
        recorded.file_name, recorded.file_bytes = file_name, file_bytes
        self.requests.append(recorded)
        early = await self._before_answer(fault, model=fields.get("model", ""))
        if early is not None:
            return early
        if file_bytes is None:
            return _error(400, "file or url must be provided", "invalid_request_error")
        if fault is not None and fault.kind == "invalid_json":
            return web.Response(
                status=200, text="<html>upstream hiccup</html>", content_type="application/json"
            )
        if fault is not None and fault.kind == "bad_schema":
            return _json(BAD_SCHEMA)
        source = self.transcription_text
        text = source if isinstance(source, str) else source(file_bytes, file_name or "")
        response_format = fields.get("response_format", "json")
        if response_format == "text":
            return web.Response(text=text, content_type="text/plain")
        body: dict[str, Any] = {"text": text, "x_groq": {"id": f"req_fake_{next(self._ids)}"}}
        if response_format == "verbose_json":
            duration = _duration(file_bytes)
            body |= {
                "task": "transcribe",
                "language": fields.get("language", "en"),
                "duration": duration,
                "segments": [
                    {
                        "id": 0,
                        "seek": 0,
                        "start": 0.0,
                        "end": duration,
                        "text": text,
                        "tokens": [],
                        "temperature": 0.0,
                        "avg_logprob": -0.2,
                        "compression_ratio": 1.0,
                        "no_speech_prob": 0.01,
                    }
                ],
            }
        return _json(body)

    # --- helpers ------------------------------------------------------------------------

    def _next_fault(self, route: Route) -> Fault | None:
        queue = self._faults[route]
        return queue.popleft() if queue else None

    def _record(
        self,
        request: web.Request,
        route: Route,
        fault: Fault | None,
        *,
        json_body: dict[str, Any] | None = None,
        form: dict[str, str] | None = None,
    ) -> RecordedRequest:
        authorization = request.headers.get("Authorization", "")
        headers = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
        return RecordedRequest(
            route=route,
            path=request.path,
            headers=headers,
            has_auth=authorization.startswith("Bearer ") and len(authorization) > len("Bearer "),
            json=json_body,
            form=form or {},
            fault=fault.kind if fault else None,
            received_at=time.monotonic(),
        )

    async def _before_answer(self, fault: Fault | None, *, model: str) -> web.Response | None:
        """Apply latency and any status/hang fault; a response means: answer with this."""
        if self.latency > 0:
            await self._sleep(self.latency)
        if fault is None:
            return None
        if fault.kind == "hang":
            released = await self._sleep(None if fault.then == "never" else fault.seconds)
            if released:
                return _error(503, "the fake is shutting down", "internal_server_error")
            return None
        if fault.kind == "429":
            return _error(
                429,
                f"Rate limit reached for model `{model}` in organization `org_fake` service "
                f"tier `on_demand` on requests per minute (RPM): Limit 30, Used 30, "
                f"Requested 1. Please try again in {fault.retry_after:g}s.",
                "requests",
                code="rate_limit_exceeded",
                headers={"retry-after": f"{fault.retry_after:g}"},
            )
        if fault.kind == "500":
            return _error(500, "Internal Server Error", "internal_server_error")
        if fault.kind == "503":
            return _error(503, "Service Unavailable", "internal_server_error")
        return None

    async def _sleep(self, seconds: float | None) -> bool:
        """Wait ``seconds`` (None: forever); True if the fake closed meanwhile."""
        try:
            await asyncio.wait_for(self._closing.wait(), seconds)
        except TimeoutError:
            return False
        return True

    def _completion(self, payload: dict[str, Any], content: str) -> dict[str, Any]:
        prompt_tokens = max(1, _prompt_chars(payload.get("messages", [])) // 4)
        completion_tokens = max(1, len(content) // 4)
        return {
            "id": f"chatcmpl-fake-{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(payload.get("model", "")),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
            "system_fingerprint": "fp_fake",
        }


def _prompt_chars(messages: Any) -> int:
    total = 0
    for message in messages if isinstance(messages, list) else []:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            total += len(content)
        elif isinstance(content, list):
            total += sum(
                len(part.get("text", ""))
                for part in content
                if isinstance(part, dict) and isinstance(part.get("text"), str)
            )
    return total


def _duration(data: bytes) -> float:
    try:
        info = sf.info(io.BytesIO(data))
    except (sf.SoundFileError, RuntimeError, ValueError, EOFError):
        return 0.0
    return round(info.frames / info.samplerate, 3) if info.samplerate else 0.0


def _json(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    # Bare "application/json" like the real API (aiohttp would add "; charset=utf-8").
    return web.Response(
        status=status,
        body=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def _error(
    status: int,
    message: str,
    error_type: str,
    *,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    error: dict[str, Any] = {"message": message, "type": error_type}
    if code is not None:
        error["code"] = code
    return _json({"error": error}, status=status, headers=headers)


TURN_REPLY = {
    "persona": "normal", "communication": 4, "knowledge": 4, "structure": 4,
    "good": "Concrete and measured.", "missing": "", "follow_up": None,
}  # fmt: skip
REPORT_REPLY = {"strengths": [], "improvements": [], "question_notes": {}, "summary": "Solid."}


def interviewer_reply(request: dict[str, Any]) -> str:
    """A chat handler answering as the interviewer: a valid turn, or the report when asked."""
    system = request["messages"][0]["content"]
    return json.dumps(REPORT_REPLY if "final feedback" in system else TURN_REPLY)
