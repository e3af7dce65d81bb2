"""Real audio for tests: espeak-ng speech encoded as OGG/Opus voice notes, silence, tones.

Voice notes from Telegram and Discord are mono OGG/Opus at 48 kHz and about 32 kbit/s;
``ogg_opus_bytes`` produces the same. Speech needs the ``espeak-ng`` binary; the helpers that
need it call ``pytest.skip`` when it is missing.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
import tempfile

import numpy as np
import numpy.typing as npt
import pytest
import soundfile as sf
import soxr

OPUS_RATE = 48000
# libsndfile maps compression_level to the Opus bitrate; 0.9 gives about 32 kbit/s.
VOICE_NOTE_COMPRESSION = 0.9
ESPEAK_TIMEOUT_SECONDS = 30


def espeak_available() -> bool:
    """Whether the espeak-ng binary is on PATH."""
    return shutil.which("espeak-ng") is not None


def require_espeak() -> None:
    """Skip the calling test when espeak-ng is not installed."""
    if not espeak_available():
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")


@functools.lru_cache(maxsize=64)
def _speak_cached(text: str, words_per_minute: int, voice: str) -> tuple[bytes, int]:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "speech.wav")
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", path, "--", text],
            check=True,
            capture_output=True,
            timeout=ESPEAK_TIMEOUT_SECONDS,
        )
        samples, rate = sf.read(path, dtype="float32", always_2d=False)
    return np.ascontiguousarray(samples, dtype=np.float32).tobytes(), int(rate)


def speak_wav(
    text: str, *, words_per_minute: int = 150, voice: str = "en"
) -> tuple[npt.NDArray[np.float32], int]:
    """Speak ``text`` with espeak-ng; return mono float32 samples and their rate (22.05 kHz)."""
    require_espeak()
    raw, rate = _speak_cached(text, words_per_minute, voice)
    return np.frombuffer(raw, dtype=np.float32).copy(), rate


def encode_ogg_opus(samples: npt.NDArray[np.float32], samplerate: int) -> bytes:
    """Encode mono samples as an OGG/Opus voice note (48 kHz, about 32 kbit/s)."""
    if samplerate != OPUS_RATE:
        samples = soxr.resample(samples, samplerate, OPUS_RATE).astype(np.float32)
    buffer = io.BytesIO()
    sf.write(
        buffer,
        samples,
        OPUS_RATE,
        format="OGG",
        subtype="OPUS",
        compression_level=VOICE_NOTE_COMPRESSION,
    )
    return buffer.getvalue()


def encode_as(samples: npt.NDArray[np.float32], samplerate: int, audio_format: str) -> bytes:
    """Encode mono samples in another container: "WAV", "MP3" or "FLAC"."""
    buffer = io.BytesIO()
    sf.write(buffer, samples, samplerate, format=audio_format)
    return buffer.getvalue()


def ogg_opus_bytes(
    text: str, *, pad_seconds: float = 0.3, words_per_minute: int = 150, voice: str = "en"
) -> bytes:
    """A spoken OGG/Opus voice note of ``text`` (espeak-ng's ``voice``: "en", "es", …), with a
    little silence around it."""
    samples, rate = speak_wav(text, words_per_minute=words_per_minute, voice=voice)
    pad = np.zeros(int(pad_seconds * rate), dtype=np.float32)
    return encode_ogg_opus(np.concatenate([pad, samples, pad]), rate)


@functools.lru_cache(maxsize=16)
def silent_ogg(seconds: float) -> bytes:
    """An OGG/Opus voice note of pure silence (tiny: about 14 KB per minute)."""
    return encode_ogg_opus(np.zeros(int(seconds * OPUS_RATE), dtype=np.float32), OPUS_RATE)


@functools.lru_cache(maxsize=16)
def tone_ogg(seconds: float, *, every_seconds: float = 10.0) -> bytes:
    """A long OGG/Opus note: a quiet 440 Hz beep every ``every_seconds``, silence between.

    Six minutes encode in about two seconds to about 170 KB, so over-long voice notes need
    neither espeak-ng nor megabytes of fixtures.
    """
    total = int(seconds * OPUS_RATE)
    samples = np.zeros(total, dtype=np.float32)
    beep_time = np.arange(OPUS_RATE // 10) / OPUS_RATE
    beep = (0.1 * np.sin(2 * np.pi * 440.0 * beep_time)).astype(np.float32)
    step = max(1, int(every_seconds * OPUS_RATE))
    for start in range(0, total, step):
        end = min(total, start + beep.size)
        samples[start:end] = beep[: end - start]
    return encode_ogg_opus(samples, OPUS_RATE)


def corrupted_ogg() -> bytes:
    """Valid OGG/Opus header pages followed by garbage: recognised as OGG, undecodable."""
    real = silent_ogg(2.0)
    pages = [index for index in range(len(real)) if real.startswith(b"OggS", index)]
    # Page 0 is OpusHead, page 1 OpusTags; audio starts at page 2.
    header_end = pages[2] if len(pages) > 2 else min(len(real), 200)
    garbage = np.random.default_rng(7).integers(0, 256, 4096, dtype=np.uint8).tobytes()
    return real[:header_end] + garbage


def truncated(data: bytes, fraction: float = 0.5) -> bytes:
    """The first ``fraction`` of ``data``, like an interrupted upload."""
    return data[: int(len(data) * fraction)]
