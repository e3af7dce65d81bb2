"""Speech-to-text providers: Groq and an OpenAI-compatible server through the real SDKs against
their loopback fakes, offline pocketsphinx."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator, Awaitable
from pathlib import Path
from typing import TypeVar

import groq
import pytest

from bots.app import LLMClients, build_speech
from bots.settings import Settings
from engine.providers.fallback_speech import FallbackSpeechToText
from engine.providers.sphinx_speech import SphinxSpeechToText
from engine.providers.whisper_speech import WhisperApi, WhisperSpeechToText
from engine.speech import AudioError, SpeechToText, Transcript, TranscriptionError
from fakes.audio import corrupted_ogg, ogg_opus_bytes, silent_ogg, tone_ogg
from fakes.groq_api import FakeGroq
from fakes.openai_api import FakeOpenAI
from tests.support.words import words

T = TypeVar("T")

# Words pocketsphinx reliably gets from espeak-ng's voice at 150 wpm (checked by experiment at
# 120-150 wpm, with and without padding); most other words of synthetic speech come out wrong.
SENTENCE = "I worked on the project for three years"
KEYWORDS = ("project", "three", "years")
WAIT_SECONDS = 30.0


async def bounded(awaitable: Awaitable[T], seconds: float = WAIT_SECONDS) -> T:
    return await asyncio.wait_for(awaitable, seconds)


@pytest.fixture
async def fake() -> AsyncIterator[FakeGroq]:
    async with FakeGroq() as server:
        server.transcription_text = "I built a data pipeline with Python."
        yield server


@pytest.fixture
async def client(fake: FakeGroq) -> AsyncIterator[groq.AsyncGroq]:
    async with groq.AsyncGroq(
        api_key="test-key", base_url=fake.base_url, max_retries=1, timeout=5
    ) as sdk:
        yield sdk


@pytest.fixture(scope="module")
def sphinx() -> SphinxSpeechToText:
    # One recogniser for the module: the model takes about half a second to load.
    return SphinxSpeechToText()


def heard(transcript: Transcript) -> set[str]:
    return set(transcript.text.lower().split())


async def test_groq_transcribes_through_the_real_sdk(
    fake: FakeGroq, client: groq.AsyncGroq
) -> None:
    note = silent_ogg(4.0)
    stt = WhisperSpeechToText(WhisperApi("groq", client, groq))

    transcript = await bounded(stt.transcribe(note, filename="voice.oga", language="en-US"))

    assert transcript.text == "I built a data pipeline with Python."
    assert transcript.duration_seconds == pytest.approx(4.0, abs=0.05)
    assert transcript.provider == "groq"
    [request] = fake.requests
    assert request.path == "/openai/v1/audio/transcriptions"
    assert request.form["model"] == "whisper-large-v3-turbo"
    assert request.form["language"] == "en"
    assert request.form["response_format"] == "json"
    # Groq does not accept Telegram's ".oga"; the name follows the real container.
    assert request.file_name == "voice.ogg"
    assert request.file_bytes == note
    assert request.has_auth
    assert "test-key" not in str(request.headers)


async def test_groq_sdk_retry_recovers_from_one_server_error(
    fake: FakeGroq, client: groq.AsyncGroq
) -> None:
    fake.enqueue_fault("500", route="transcription")

    transcript = await bounded(
        WhisperSpeechToText(WhisperApi("groq", client, groq)).transcribe(
            silent_ogg(2.0), filename="v.ogg", language="en"
        )
    )

    assert transcript.provider == "groq"
    assert [r.fault for r in fake.requests] == ["500", None]
    assert fake.requests[1].headers["x-stainless-retry-count"] == "1"


async def test_groq_rate_limit_honours_retry_after(fake: FakeGroq, client: groq.AsyncGroq) -> None:
    fake.enqueue_fault("429", route="transcription", retry_after=0.5)

    started = time.monotonic()
    transcript = await bounded(
        WhisperSpeechToText(WhisperApi("groq", client, groq)).transcribe(
            silent_ogg(2.0), filename="v.ogg", language="en"
        )
    )

    assert transcript.text == "I built a data pipeline with Python."
    assert time.monotonic() - started >= 0.5
    assert len(fake.requests) == 2


@pytest.mark.parametrize("kind", ["500", "503", "429", "invalid_json", "bad_schema"])
async def test_groq_failures_become_transcription_errors(
    fake: FakeGroq, client: groq.AsyncGroq, kind: str
) -> None:
    fake.enqueue_fault(kind, route="transcription", count=2, retry_after=0.1)  # type: ignore[arg-type]

    with pytest.raises(TranscriptionError):
        await bounded(
            WhisperSpeechToText(WhisperApi("groq", client, groq)).transcribe(
                silent_ogg(2.0), filename="v.ogg", language="en"
            )
        )


async def test_groq_hang_is_cut_off_by_the_total_budget(
    fake: FakeGroq, client: groq.AsyncGroq
) -> None:
    fake.enqueue_fault("hang", route="transcription", then="never")
    stt = WhisperSpeechToText(WhisperApi("groq", client, groq), timeout_seconds=1)

    started = time.monotonic()
    with pytest.raises(TranscriptionError, match="timed out"):
        await bounded(stt.transcribe(silent_ogg(2.0), filename="v.ogg", language="en"))

    assert time.monotonic() - started < 3


async def test_groq_unreachable_is_a_transcription_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    async with groq.AsyncGroq(
        api_key="test-key", base_url=f"http://127.0.0.1:{closed_port}", max_retries=0, timeout=2
    ) as sdk:
        with pytest.raises(TranscriptionError):
            await bounded(
                WhisperSpeechToText(WhisperApi("groq", sdk, groq)).transcribe(
                    silent_ogg(1.0), filename="v.ogg", language="en"
                )
            )


async def test_unusable_audio_is_refused_before_any_upload(
    fake: FakeGroq, client: groq.AsyncGroq
) -> None:
    stt = WhisperSpeechToText(WhisperApi("groq", client, groq))

    with pytest.raises(AudioError) as undecodable:
        await bounded(stt.transcribe(corrupted_ogg(), filename="v.ogg", language="en"))
    with pytest.raises(AudioError) as too_long:
        await bounded(stt.transcribe(tone_ogg(360.0), filename="v.ogg", language="en"))

    assert "couldn't decode" in words(undecodable.value.message)
    assert "longer than 5 minutes" in words(too_long.value.message)
    assert fake.requests == []


async def test_sphinx_recognises_keywords_in_a_real_voice_note(
    sphinx: SphinxSpeechToText,
) -> None:
    note = ogg_opus_bytes(SENTENCE)

    transcript = await bounded(sphinx.transcribe(note, filename="voice.ogg", language="en"))

    assert transcript.provider == "offline"
    assert transcript.duration_seconds == pytest.approx(3.3, abs=0.5)
    assert set(KEYWORDS) <= heard(transcript), transcript.text


async def test_sphinx_hears_nothing_in_silence(sphinx: SphinxSpeechToText) -> None:
    transcript = await bounded(sphinx.transcribe(silent_ogg(2.0), filename="v.ogg", language="en"))

    assert transcript.text == ""
    assert transcript.provider == "offline"


async def test_sphinx_decoder_is_shared_safely_by_concurrent_notes(
    sphinx: SphinxSpeechToText,
) -> None:
    note = ogg_opus_bytes(SENTENCE)

    results = await bounded(
        asyncio.gather(
            *(sphinx.transcribe(note, filename="v.ogg", language="en") for _ in range(3))
        )
    )

    assert len({result.text for result in results}) == 1
    assert set(KEYWORDS) <= heard(results[0])


async def test_sphinx_refuses_other_languages_and_bad_audio(sphinx: SphinxSpeechToText) -> None:
    with pytest.raises(TranscriptionError, match="English"):
        await bounded(sphinx.transcribe(silent_ogg(1.0), filename="v.ogg", language="de"))
    with pytest.raises(AudioError, match="empty"):
        await bounded(sphinx.transcribe(b"", filename="v.ogg", language="en"))


async def test_fallback_to_sphinx_when_groq_keeps_failing(
    fake: FakeGroq, client: groq.AsyncGroq, sphinx: SphinxSpeechToText
) -> None:
    fake.enqueue_fault("500", route="transcription", count=2)
    stt = FallbackSpeechToText(WhisperSpeechToText(WhisperApi("groq", client, groq)), sphinx)

    transcript = await bounded(
        stt.transcribe(ogg_opus_bytes(SENTENCE), filename="voice.ogg", language="en")
    )

    assert transcript.provider == "offline"
    assert set(KEYWORDS) <= heard(transcript), transcript.text
    assert [r.fault for r in fake.requests] == ["500", "500"]


async def test_fallback_is_unused_when_groq_answers(
    fake: FakeGroq, client: groq.AsyncGroq, sphinx: SphinxSpeechToText
) -> None:
    stt = FallbackSpeechToText(WhisperSpeechToText(WhisperApi("groq", client, groq)), sphinx)

    transcript = await bounded(stt.transcribe(silent_ogg(2.0), filename="v.ogg", language="en"))

    assert transcript.provider == "groq"


async def test_fallback_lets_audio_errors_through(
    fake: FakeGroq, client: groq.AsyncGroq, sphinx: SphinxSpeechToText
) -> None:
    stt = FallbackSpeechToText(WhisperSpeechToText(WhisperApi("groq", client, groq)), sphinx)

    with pytest.raises(AudioError):
        await bounded(stt.transcribe(corrupted_ogg(), filename="v.ogg", language="en"))
    assert fake.requests == []


async def test_fallback_raises_when_both_fail(
    fake: FakeGroq, client: groq.AsyncGroq, sphinx: SphinxSpeechToText
) -> None:
    fake.enqueue_fault("503", route="transcription", count=2)
    stt = FallbackSpeechToText(WhisperSpeechToText(WhisperApi("groq", client, groq)), sphinx)

    with pytest.raises(TranscriptionError, match="English"):
        await bounded(stt.transcribe(silent_ogg(1.0), filename="v.ogg", language="fr"))


# --- an OpenAI-compatible server's /audio/transcriptions (whisper.cpp's server, vLLM) -------


def openai_compat_speech(fake: FakeOpenAI, tmp_path: Path) -> SpeechToText | None:
    """The product's speech-to-text, as build_speech wires it for LLM_STT_MODEL on ``fake``."""
    settings = Settings(
        _env_file=None,
        llm_base_url=fake.base_url,
        llm_turn_model="llama3.1:8b",
        llm_stt_model="whisper-1",
        llm_timeout_seconds=2,
        llm_max_retries=1,
        database_url=f"sqlite:///{tmp_path / 'stt.db'}",
    )
    assert settings.stt_backend == "openai_compat"
    return build_speech(settings, LLMClients.of(settings))


async def test_openai_compat_transcribes_a_voice_note_through_the_real_sdk(
    tmp_path: Path,
) -> None:
    note = silent_ogg(3.0)  # real OGG/Opus; the fake hears what it is told to
    async with FakeOpenAI(transcription_text=SENTENCE) as fake:
        stt = openai_compat_speech(fake, tmp_path)
        assert stt is not None
        transcript = await bounded(stt.transcribe(note, filename="voice.oga", language="en-GB"))
    assert transcript.text == SENTENCE and transcript.provider == "openai_compat"
    assert transcript.duration_seconds == pytest.approx(3.0, abs=0.05)
    [call] = fake.calls("transcription")
    assert call.path == "/v1/audio/transcriptions" and call.file_bytes == note
    assert call.file_name == "voice.ogg"  # named for the container, not Telegram's .oga
    assert call.form["model"] == "whisper-1" and call.form["language"] == "en"


async def test_openai_compat_failing_falls_back_to_the_offline_recogniser(
    tmp_path: Path,
) -> None:
    async with FakeOpenAI(transcription_text="never heard") as fake:
        fake.enqueue_fault("500", route="transcription", count=2)
        stt = openai_compat_speech(fake, tmp_path)
        assert stt is not None
        transcript = await bounded(
            stt.transcribe(silent_ogg(2.0), filename="voice.ogg", language="en")
        )
        assert [r.fault for r in fake.calls("transcription")] == ["500", "500"]
    assert transcript.provider == "offline"  # pocketsphinx: what it hears in silence


async def test_openai_compat_refuses_unusable_audio_before_any_upload(tmp_path: Path) -> None:
    async with FakeOpenAI() as fake:
        stt = openai_compat_speech(fake, tmp_path)
        assert stt is not None
        with pytest.raises(AudioError):
            await bounded(stt.transcribe(tone_ogg(360.0), filename="v.ogg", language="en"))
        assert fake.requests == []
