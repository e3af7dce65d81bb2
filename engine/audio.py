"""Audio checks, decoding and delivery statistics for voice answers.

Decoding uses soundfile's bundled libsndfile (OGG/Opus, OGG/Vorbis, MP3, WAV, FLAC) and soxr
for resampling, so no ffmpeg is needed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import soundfile as sf
import soxr

from engine.messages import Key, Message
from engine.rubric_words import words_for
from engine.speech import AudioError


@dataclass(frozen=True)
class VoiceLimits:
    """How large and how long a voice answer may be: the one place these limits live."""

    # Telegram bots can download at most 20 MB; Discord attachments are usually smaller.
    max_bytes: int = 20 * 1024 * 1024
    max_seconds: float = 300.0


EMPTY_MESSAGE = Key("audio.empty")
DECODE_MESSAGE = Key("audio.undecodable")
FILE_TOO_LARGE = Key("audio.file-too-large", ("size", "limit"))
TOO_LONG_AT = Key("audio.too-long", ("limit", "length"))
TOO_LONG_WHILE_DECODING = Key("audio.too-long-decoding", ("limit",))
MINUTES = Key("duration.minutes", ("count",), plural="count")
SECONDS = Key("duration.seconds", ("count",), plural="count")
MINUTES_AND_SECONDS = Key("duration.minutes-seconds", ("minutes", "seconds"))
MEGABYTES = Key("size.megabytes", ("amount",))
KILOBYTES = Key("size.kilobytes", ("amount",))

# soundfile raises LibsndfileError (a RuntimeError) for bad data, but some malformed headers
# surface as ValueError or EOFError from its Python layer.
_DECODE_ERRORS = (sf.SoundFileError, RuntimeError, ValueError, EOFError)
_BLOCK_FRAMES = 65536


@dataclass(frozen=True)
class AudioInfo:
    """What the container header says about an audio file."""

    duration_seconds: float
    samplerate: int
    channels: int
    format: str = ""


def describe_duration(seconds: float) -> Message:
    """A duration for people: '45 seconds', '5 minutes', '2 minutes 30 seconds'."""
    minutes, secs = divmod(round(seconds), 60)
    if not minutes:
        return SECONDS(count=secs)
    if not secs:
        return MINUTES(count=minutes)
    return MINUTES_AND_SECONDS(minutes=MINUTES(count=minutes), seconds=SECONDS(count=secs))


def describe_size(num_bytes: int) -> Message:
    """A file size for people: '1.5 MB', '300 KB'."""
    megabytes = num_bytes / (1024 * 1024)
    if megabytes >= 1:
        return MEGABYTES(amount=round(megabytes, 1))
    return KILOBYTES(amount=max(1, round(num_bytes / 1024)))


def probe_audio(data: bytes, limits: VoiceLimits) -> AudioInfo:
    """Check size, format and length from the header only; raise AudioError if unusable."""
    max_bytes, max_seconds = limits.max_bytes, limits.max_seconds
    if not data:
        raise AudioError(EMPTY_MESSAGE())
    if len(data) > max_bytes:
        raise AudioError(
            FILE_TOO_LARGE(size=describe_size(len(data)), limit=describe_size(max_bytes))
        )
    try:
        info = sf.info(io.BytesIO(data))
    except _DECODE_ERRORS as exc:
        raise AudioError(DECODE_MESSAGE()) from exc
    if info.frames <= 0 or info.samplerate <= 0 or info.channels <= 0:
        raise AudioError(EMPTY_MESSAGE())
    duration = info.frames / info.samplerate
    if duration > max_seconds:
        raise AudioError(
            TOO_LONG_AT(limit=describe_duration(max_seconds), length=describe_duration(duration))
        )
    return AudioInfo(
        duration_seconds=duration,
        samplerate=int(info.samplerate),
        channels=int(info.channels),
        format=str(info.format),
    )


def decode_mono(
    data: bytes, target_rate: int, *, max_seconds: float | None = None
) -> npt.NDArray[np.float32]:
    """Decode audio to mono float32 in [-1, 1] at ``target_rate``; raise AudioError if unusable."""
    if not data:
        raise AudioError(EMPTY_MESSAGE())
    chunks: list[npt.NDArray[np.float32]] = []
    try:
        with sf.SoundFile(io.BytesIO(data)) as source:
            in_rate = int(source.samplerate)
            # A header can lie about its length, so the limit is enforced while decoding too.
            frame_limit = None if max_seconds is None else int(max_seconds * in_rate) + in_rate
            resampler = (
                soxr.ResampleStream(in_rate, target_rate, 1, dtype="float32")
                if in_rate != target_rate
                else None
            )
            frames_read = 0
            for block in source.blocks(blocksize=_BLOCK_FRAMES, dtype="float32", always_2d=True):
                frames_read += len(block)
                if frame_limit is not None and frames_read > frame_limit:
                    assert max_seconds is not None
                    raise AudioError(TOO_LONG_WHILE_DECODING(limit=describe_duration(max_seconds)))
                mono = block.mean(axis=1, dtype=np.float32)
                chunks.append(resampler.resample_chunk(mono) if resampler else mono)
            if resampler is not None:
                chunks.append(resampler.resample_chunk(np.zeros(0, np.float32), last=True))
    except AudioError:
        raise
    except _DECODE_ERRORS as exc:
        raise AudioError(DECODE_MESSAGE()) from exc
    samples = np.concatenate(chunks).astype(np.float32, copy=False) if chunks else None
    if samples is None or samples.size == 0:
        raise AudioError(EMPTY_MESSAGE())
    return np.clip(samples, -1.0, 1.0)


def to_pcm16(samples: npt.NDArray[np.float32]) -> bytes:
    """Convert float samples in [-1, 1] to little-endian signed 16-bit PCM bytes."""
    return (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


class SpeechStats(NamedTuple):
    """Delivery statistics of one spoken answer."""

    words_per_minute: float
    filler_count: int
    fillers: dict[str, int]


# Letters of any script ("básicamente", "ähm"), with an inner apostrophe ("don't").
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[,.;:!?…]|[—–]|-{2,}")


@lru_cache(maxsize=8)
def _single_fillers(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = words_for(language).spoken_filler_patterns
    return tuple((name, re.compile(pattern)) for name, pattern in patterns)


def speech_stats(text: str, duration_seconds: float, language: str = "en") -> SpeechStats:
    """Count words per minute and filler words in a transcript of ``duration_seconds``.

    Fillers counted (case-insensitive): "um", "uh", "erm", "hmm" (with stretched spellings
    such as "umm" or "hmmm"), "basically", "actually", "you know" (not after "do"/"did"/"if"…),
    "i mean" (not after "what"), "sort of"/"kind of" (not after a determiner such as "what",
    "this" or "a"), and "like" only when a comma follows it ("it was, like, fast"; "like, you
    know"). This is a heuristic: "things I like, such as Python" still counts once. Other
    languages count their own one-word fillers (``spoken_filler_patterns``: "euh", "ähm", "o
    sea").
    """
    vocabulary = words_for(language)
    single_fillers = _single_fillers(language)
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    words = [token for token in tokens if token[0].isalnum()]
    fillers: dict[str, int] = {}

    def add(name: str) -> None:
        fillers[name] = fillers.get(name, 0) + 1

    for index, token in enumerate(tokens):
        previous = tokens[index - 1] if index > 0 else ""
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        for name, pattern in single_fillers:
            if pattern.fullmatch(token):
                add(name)
                break
        if token == "like" and following == ",":
            add("like")
        elif (
            token == "you"
            and following == "know"
            and previous not in vocabulary.you_know_question_openers
        ):
            add("you know")
        elif token == "i" and following == "mean" and previous != "what":
            add("i mean")
        elif (
            token in ("sort", "kind")
            and following == "of"
            and previous not in vocabulary.determiners
        ):
            add(f"{token} of")

    minutes = duration_seconds / 60.0
    words_per_minute = len(words) / minutes if minutes > 0 else 0.0
    ordered = dict(sorted(fillers.items(), key=lambda item: (-item[1], item[0])))
    return SpeechStats(round(words_per_minute, 1), sum(fillers.values()), ordered)
