"""A loopback fake of Google Translate's text-to-speech endpoint for the real gTTS library.

Usage::

    async with FakeGoogleTts() as fake:
        monkeypatch.setenv("HTTPS_PROXY", fake.proxy_url)
        await asyncio.to_thread(gTTS("hola", lang="es").write_to_fp, buffer)
        assert fake.spoken == [("hola", "es")] and buffer.getvalue() == fake.audio

gTTS POSTs its text to ``https://translate.google.com/_/TranslateWebserverUi/data/batchexecute``
through whatever proxy the environment names (``urllib.request.getproxies()``), and it does not
verify certificates. So the fake is an HTTPS proxy: it answers ``CONNECT translate.google.com:443``,
terminates TLS itself with a throwaway certificate for that host, reads the batchexecute form
(``f.req``: the rpc ``jQ1olc`` with the text and the language code), keeps ``(text, language)`` in
``fake.spoken`` and answers with a batchexecute body carrying ``fake.audio``. Every other CONNECT
target and every plain proxied request gets 403 and is kept in ``fake.refused``: nothing leaves
the machine.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import ssl
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs

import trustme

from fakes.speaker import MP3

HOST = "translate.google.com"
PATH = "/_/TranslateWebserverUi/data/batchexecute"
RPC = "jQ1olc"
WAIT = 15.0  # bounds each connection: a client that stalls is dropped


class FakeGoogleTts:
    """An HTTPS proxy on 127.0.0.1 that is Google's TTS endpoint for ``translate.google.com``."""

    def __init__(self, audio: bytes = MP3) -> None:
        self.audio = audio
        self.spoken: list[tuple[str, str]] = []  # (text, language), one per request
        self.refused: list[str] = []  # request targets other than translate.google.com:443
        self._tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        trustme.CA().issue_cert(HOST).configure_cert(self._tls)
        self._server: asyncio.Server | None = None

    @property
    def proxy_url(self) -> str:
        """The URL to put in ``HTTPS_PROXY``."""
        if self._server is None:
            raise RuntimeError("FakeGoogleTts is not running; use 'async with FakeGoogleTts()'")
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def __aenter__(self) -> Self:
        """Start listening on an ephemeral loopback port."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the server."""
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
        self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, EOFError, LookupError, ValueError, TimeoutError):
            async with asyncio.timeout(WAIT):
                await self._tunnel(reader, writer)
        writer.close()

    async def _tunnel(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        method, target, _ = await _read_head(reader)
        if method != "CONNECT" or target != f"{HOST}:443":
            self.refused.append(target)
            await _respond(writer, "403 Forbidden")
            return
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await writer.start_tls(self._tls)
        method, path, headers = await _read_head(reader)
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        spoken = _rpc_text_and_language(body) if (method, path) == ("POST", PATH) else None
        if spoken is None:
            await _respond(writer, "404 Not Found")
            return
        self.spoken.append(spoken)
        await _respond(writer, "200 OK", batchexecute_body(self.audio))


async def _respond(writer: asyncio.StreamWriter, status: str, body: bytes = b"") -> None:
    """Write one HTTP response; the connection closes after it."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json; charset=utf-8\r\n"
    head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    writer.write(head.encode() + body)
    await writer.drain()


async def _read_head(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str]]:
    """The method, target and lower-cased headers of one HTTP request."""
    lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
    return method, target, {name.lower(): value.strip() for name, value in headers.items()}


def _rpc_text_and_language(body: bytes) -> tuple[str, str] | None:
    """(text, language) of a batchexecute form calling the TTS rpc, else None."""
    [rpc] = parse_qs(body.decode("ascii"))["f.req"]
    [[[name, parameter, *_]]] = json.loads(rpc)
    if name != RPC:
        return None
    text, language, *_ = json.loads(parameter)
    return text, language


def batchexecute_body(audio: bytes) -> bytes:
    """A batchexecute reply with ``audio`` as the rpc's result, framed as Google frames it."""
    result = json.dumps([base64.b64encode(audio).decode("ascii")])
    envelope = json.dumps(
        [["wrb.fr", RPC, result, None, None, None, "generic"]], separators=(",", ":")
    )
    return f")]}}'\n\n{len(envelope)}\n{envelope}\n".encode()
