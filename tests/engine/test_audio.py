"""Audio probing, decoding, limits and delivery statistics, on real encoded audio."""

from __future__ import annotations

import numpy as np
import pytest

from engine.audio import (
    DECODE_MESSAGE,
    EMPTY_MESSAGE,
    AudioInfo,
    VoiceLimits,
    decode_mono,
    describe_duration,
    probe_audio,
    speech_stats,
    to_pcm16,
)
from engine.speech import AudioError
from fakes.audio import (
    corrupted_ogg,
    encode_as,
    ogg_opus_bytes,
    silent_ogg,
    speak_wav,
    tone_ogg,
    truncated,
)
from tests.support.words import words

MB = 1024 * 1024
SENTENCE = "I worked on the project for three years"


def probe(data: bytes, *, max_bytes: int = 20 * MB, max_seconds: float = 300.0) -> AudioInfo:
    return probe_audio(data, VoiceLimits(max_bytes=max_bytes, max_seconds=max_seconds))


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))


def test_probe_reads_a_real_voice_note() -> None:
    samples, rate = speak_wav(SENTENCE)
    note = ogg_opus_bytes(SENTENCE, pad_seconds=0.3)

    info = probe(note)

    assert info.format == "OGG"
    assert info.samplerate == 48000
    assert info.channels == 1
    assert info.duration_seconds == pytest.approx(len(samples) / rate + 0.6, abs=0.1)
    # About 32 kbit/s, like Telegram and Discord voice notes.
    assert 20_000 < len(note) * 8 / info.duration_seconds < 45_000


def test_decode_mono_resamples_speech_to_the_target_rate() -> None:
    note = ogg_opus_bytes(SENTENCE)
    info = probe(note)

    samples = decode_mono(note, 16000)

    assert samples.dtype == np.float32
    assert samples.ndim == 1
    assert len(samples) == pytest.approx(info.duration_seconds * 16000, rel=0.01)
    assert float(np.max(np.abs(samples))) <= 1.0
    assert rms(samples) > 0.01


@pytest.mark.parametrize("audio_format", ["WAV", "MP3", "FLAC"])
def test_other_containers_decode_without_ffmpeg(audio_format: str) -> None:
    samples, rate = speak_wav(SENTENCE)
    data = encode_as(samples, rate, audio_format)

    info = probe(data)
    decoded = decode_mono(data, 16000)

    assert info.format == audio_format
    assert info.duration_seconds == pytest.approx(len(samples) / rate, abs=0.1)
    assert len(decoded) == pytest.approx(len(samples) / rate * 16000, rel=0.03)
    assert rms(decoded) > 0.01


def test_stereo_is_mixed_down_to_mono() -> None:
    samples, rate = speak_wav(SENTENCE)
    stereo = np.stack([samples, np.zeros_like(samples)], axis=1)
    data = encode_as(stereo, rate, "WAV")

    assert probe(data).channels == 2
    decoded = decode_mono(data, rate)

    assert decoded.ndim == 1
    np.testing.assert_allclose(decoded, samples / 2, atol=1e-4)


def test_silence_is_valid_audio_that_decodes_to_near_zero() -> None:
    info = probe(silent_ogg(3.0))

    assert info.duration_seconds == pytest.approx(3.0, abs=0.05)
    assert rms(decode_mono(silent_ogg(3.0), 16000)) < 1e-3


def test_empty_bytes_are_reported_as_empty() -> None:
    with pytest.raises(AudioError) as caught:
        probe(b"")
    assert caught.value.message == EMPTY_MESSAGE()
    assert words(caught.value.message).startswith("That voice note is empty")
    with pytest.raises(AudioError) as raised:
        decode_mono(b"", 16000)
    assert "empty" in words(raised.value.message)


def test_a_zero_length_recording_is_reported_as_empty() -> None:
    data = encode_as(np.zeros(0, dtype=np.float32), 16000, "WAV")

    with pytest.raises(AudioError) as raised:
        probe(data)
    assert "empty" in words(raised.value.message)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"definitely not audio " * 50, id="text"),
        pytest.param(corrupted_ogg(), id="ogg-header-then-garbage"),
        pytest.param(b"OggS" + bytes(100), id="ogg-magic-only"),
    ],
)
def test_undecodable_data_gets_the_friendly_decode_message(data: bytes) -> None:
    with pytest.raises(AudioError) as caught:
        probe(data)
    assert caught.value.message == DECODE_MESSAGE()
    assert "OGG/Opus" in words(caught.value.message)
    with pytest.raises(AudioError) as raised:
        decode_mono(data, 16000)
    assert "couldn't decode" in words(raised.value.message)


def test_a_truncated_voice_note_still_decodes_shorter() -> None:
    note = ogg_opus_bytes(SENTENCE)
    half = truncated(note)

    full_info, half_info = probe(note), probe(half)

    assert 0 < half_info.duration_seconds < full_info.duration_seconds
    assert len(decode_mono(half, 16000)) < len(decode_mono(note, 16000))


def test_too_large_files_are_refused_before_decoding() -> None:
    with pytest.raises(AudioError) as caught:
        probe(silent_ogg(3.0), max_bytes=1024)
    message = words(caught.value.message)
    assert "too large" in message
    assert "1 KB" in message


def test_a_six_minute_note_is_over_the_five_minute_limit() -> None:
    long_note = tone_ogg(360.0)
    assert len(long_note) < 1 * MB

    with pytest.raises(AudioError) as caught:
        probe(long_note, max_seconds=300)

    assert words(caught.value.message).startswith("That voice note is longer than 5 minutes")
    assert "6 minutes" in words(caught.value.message)


def test_limits_are_phrased_from_the_arguments() -> None:
    with pytest.raises(AudioError) as raised:
        probe(silent_ogg(100.0), max_seconds=90)
    assert "longer than 1 minute 30 seconds" in words(raised.value.message)
    assert probe(silent_ogg(100.0), max_seconds=120).duration_seconds == pytest.approx(100, 0.01)


def test_decode_mono_enforces_max_seconds_while_decoding() -> None:
    with pytest.raises(AudioError) as raised:
        decode_mono(silent_ogg(20.0), 16000, max_seconds=10)
    assert "longer than 10 seconds" in words(raised.value.message)
    assert len(decode_mono(silent_ogg(20.0), 16000, max_seconds=30)) == pytest.approx(320000, 0.01)


def test_to_pcm16_clips_and_scales() -> None:
    pcm = to_pcm16(np.array([0.0, 1.0, -1.0, 2.0], dtype=np.float32))

    assert np.frombuffer(pcm, dtype="<i2").tolist() == [0, 32767, -32767, 32767]


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(45.4, "45 seconds"), (60, "1 minute"), (150, "2 minutes 30 seconds"), (300, "5 minutes")],
)
def test_describe_duration(seconds: float, expected: str) -> None:
    assert words(describe_duration(seconds)) == expected


def test_speech_stats_words_per_minute() -> None:
    stats = speech_stats("one two three four five six seven eight nine ten", 5.0)

    assert stats.words_per_minute == 120.0
    assert stats.filler_count == 0
    assert stats.fillers == {}


def test_speech_stats_counts_fillers_and_their_stretched_spellings() -> None:
    text = "Um, so, uh, I basically, ummm, built it. Erm, hmmm, actually it was, like, fine."

    words_per_minute, filler_count, fillers = speech_stats(text, 30.0)

    expected = {"um": 2, "uh": 1, "erm": 1, "hmm": 1, "basically": 1, "actually": 1, "like": 1}
    assert fillers == expected
    assert filler_count == 8
    assert words_per_minute == 15 / 0.5


def test_speech_stats_counts_phrases_but_not_their_literal_uses() -> None:
    fillers = speech_stats(
        "You know, it was kind of slow, I mean really. Like, you know, sort of fine.", 10.0
    ).fillers
    assert fillers == {"you know": 2, "kind of": 1, "i mean": 1, "like": 1, "sort of": 1}

    literal = (
        "I like Python. Do you know Kafka? What kind of database? This sort of problem. "
        "What I mean is that it scales."
    )
    assert speech_stats(literal, 10.0).filler_count == 0


def test_speech_stats_handles_empty_text_and_zero_duration() -> None:
    assert speech_stats("", 10.0) == (0.0, 0, {})
    assert speech_stats("um hello", 0.0).words_per_minute == 0.0
    assert speech_stats("um hello", 0.0).filler_count == 1
