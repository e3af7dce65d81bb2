"""The Google TTS fake speaks to the real gTTS library through the proxy environment."""

from __future__ import annotations

import asyncio
import io
from urllib.parse import urlsplit

import pytest
from gtts import gTTS, gTTSError

from fakes.google_tts import FakeGoogleTts
from fakes.speaker import MP3

WAIT = 15.0


def speak(text: str, **options: str) -> bytes:
    """The MP3 that gTTS writes for ``text``, with a bounded wait."""
    buffer = io.BytesIO()
    gTTS(text, timeout=5, **options).write_to_fp(buffer)
    return buffer.getvalue()


async def test_gtts_gets_the_mp3_through_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    async with FakeGoogleTts() as fake:
        monkeypatch.setenv("HTTPS_PROXY", fake.proxy_url)
        monkeypatch.delenv("https_proxy", raising=False)  # the lower-case name would win
        audio = await asyncio.wait_for(asyncio.to_thread(speak, "hola", lang="es"), WAIT)
    assert audio == MP3
    assert fake.spoken == [("hola", "es")]
    assert fake.refused == []


async def test_any_other_host_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    async with FakeGoogleTts() as fake:
        monkeypatch.setenv("HTTPS_PROXY", fake.proxy_url)
        monkeypatch.delenv("https_proxy", raising=False)
        with pytest.raises(gTTSError):  # translate.google.de: the proxy says 403
            await asyncio.wait_for(asyncio.to_thread(speak, "hallo", lang="de", tld="de"), WAIT)
        reader, writer = await asyncio.open_connection("127.0.0.1", urlsplit(fake.proxy_url).port)
        writer.write(b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n")
        status = await asyncio.wait_for(reader.readline(), WAIT)
        writer.close()
    assert status.startswith(b"HTTP/1.1 403")
    assert fake.spoken == []
    assert fake.refused == ["translate.google.de:443", "example.com:443"]
