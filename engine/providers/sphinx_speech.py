"""Offline speech-to-text with pocketsphinx and the en-US model bundled in its wheel.

Far less accurate than Whisper (expect some wrong words), but it needs no network and no key.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from pocketsphinx import Decoder

from engine.audio import (
    VoiceLimits,
    decode_mono,
    probe_audio,
    to_pcm16,
)
from engine.speech import LanguageNotHeard, Transcript, TranscriptionError

SAMPLE_RATE = 16000
# pocketsphinx "hears" words in silence (e.g. "i'm"); below -50 dBFS RMS nobody is speaking.
SILENCE_RMS = 10 ** (-50 / 20)


class SphinxSpeechToText:
    """Transcribes English voice notes offline; the model loads on first use (about 0.5 s)."""

    provider = "offline"

    def __init__(
        self,
        *,
        limits: VoiceLimits | None = None,
    ) -> None:
        """Prepare a recogniser; nothing is loaded until the first transcription."""
        self._limits = limits or VoiceLimits()
        self._decoder: Decoder | None = None
        # One pocketsphinx decoder is not thread-safe, and loading a second one costs ~40 MB.
        self._lock = threading.Lock()
        # Its own threads: notes queued on the lock must not starve the shared pool the
        # database calls run in.
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sphinx")

    async def transcribe(self, audio: bytes, *, filename: str, language: str) -> Transcript:
        """Recognise English speech in ``audio`` in a worker thread."""
        if not language.lower().startswith("en"):
            raise LanguageNotHeard(f"the offline recogniser only knows English, not {language}")
        info = probe_audio(audio, self._limits)
        loop = asyncio.get_running_loop()
        text = await loop.run_in_executor(self._executor, self._recognise, audio)
        return Transcript(text=text, duration_seconds=info.duration_seconds, provider=self.provider)

    def warm_up(self) -> None:
        """Load the model now (blocking) instead of on the first voice note."""
        with self._lock:
            self._load()

    def _load(self) -> Decoder:
        if self._decoder is None:
            try:
                self._decoder = Decoder(samprate=SAMPLE_RATE, loglevel="FATAL")
            except (RuntimeError, ValueError) as exc:
                raise TranscriptionError(f"could not load the pocketsphinx model: {exc}") from exc
        return self._decoder

    def _recognise(self, audio: bytes) -> str:
        samples = decode_mono(audio, SAMPLE_RATE, max_seconds=self._limits.max_seconds)
        if float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) < SILENCE_RMS:
            return ""
        pcm = to_pcm16(samples)
        with self._lock:
            decoder = self._load()
            try:
                decoder.start_utt()
                try:
                    decoder.process_raw(pcm, no_search=False, full_utt=True)
                finally:
                    # Always close the utterance so the shared decoder stays usable.
                    decoder.end_utt()
            except RuntimeError as exc:
                raise TranscriptionError(f"pocketsphinx failed: {exc}") from exc
            hypothesis = decoder.hyp()
        return hypothesis.hypstr.strip() if hypothesis is not None else ""
