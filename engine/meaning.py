"""How close texts are in meaning, offline: static word embeddings (WordLlama's bundled model).

Words that share no letters can share a meaning ("came in well short" and "missed the target"),
which counting shared words cannot see. The model ships inside the wordllama wheel (16 MB), is
loaded once, on first use, and never downloads anything; if it cannot be loaded, every text is
equally far from every other and the judge falls back on its word-based signals alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)
DIMENSIONS = 256


@cache
def _model() -> Any | None:
    try:
        import wordllama
        from wordllama import WordLlama

        # The wheel keeps its files in the package directory's weights/ and tokenizers/, which
        # is the layout of a cache directory; downloads are off, so nothing leaves the machine.
        package = Path(wordllama.__file__).parent
        return WordLlama.load(cache_dir=package, disable_download=True, dim=DIMENSIONS)
    except Exception as error:  # any failure: the judge goes on without this signal
        log.warning("meaning model unavailable (%s); judging by words alone", error)
        return None


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length meaning vectors, one row per text (all zeros when the model is missing)."""
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    model = _model()
    filled = [number for number, text in enumerate(texts) if text.strip()]
    if model is None or not filled:
        return vectors
    raw = np.asarray(model.embed([texts[number] for number in filled]), dtype=np.float32)
    norms = np.linalg.norm(raw, axis=1, keepdims=True)
    # A text of no known token has no direction: it stays all zeros, close to nothing.
    vectors[filled] = np.divide(raw, norms, out=np.zeros_like(raw), where=norms > 0)
    return vectors
