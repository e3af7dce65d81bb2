"""How likely a reply is a turn of the conversation rather than an answer, learned from words.

The rules of ``engine/non_answers.py`` know the cues someone wrote down; people say "I'm
sweating", "I lost track after the first two" or "that overlaps with my last story" in more
ways than any list holds. This logistic model reads every word and word pair of a reply, with
the question's own words and all numbers made one token each ("<q>", "<n>"), so what it learns
is how people talk about the conversation, not about any one question; and a few signs of an
answer (something done, a plan about the question, how many of the question's words it names,
its length). It also reads the reply's meaning vector (engine/meaning.py), so "percolating" and
"still chewing on it" count alike though no labelled reply says either; where the meaning model
cannot load, the words alone decide. ``python -m bench.train_reply_model`` fits it on the
labelled training and dev sets and writes ``reply_model.json`` beside this file. English only:
the training replies are English.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from engine.meaning import embed
from engine.reply_reading import is_question, plans_about, stated, tells_work
from engine.scoring import Verbs
from engine.text import content_stems, sentences, stem, words

WEIGHTS = Path(__file__).with_name("reply_model.json")
QUESTION_WORD, NUMBER = "<q>", "<n>"
_LENGTHS = (3, 8, 15, 25, 40, 70)  # upper bounds of the length bands, in words


def reply_features(
    text: str, topic: set[str], spoken: Verbs, conversation: frozenset[str]
) -> set[str]:
    """The features of a reply to a question whose words' stems are ``topic``."""
    tokens = [
        NUMBER if token.isdigit() else QUESTION_WORD if stem(token) in topic else token
        for token in words(text)
    ]
    found = {f"w:{token}" for token in tokens}
    found |= {f"p:{first} {second}" for first, second in pairwise(tokens)}
    band = next((bound for bound in _LENGTHS if len(tokens) <= bound), None)
    found.add(f"length:{band or 'long'}")
    parts = sentences(text)
    if parts and is_question(parts[-1]):
        found.add("ends asking")
    statement = stated(text).lower()
    if tells_work(statement, spoken, conversation):
        found.add("tells something done")
    if plans_about(statement, topic, spoken):
        found.add("plans about the question")
    named = len(topic & set(content_stems(text)))
    found.add(f"question words:{min(named, 4)}")
    return found


def non_answer_chance(
    text: str, topic: set[str], spoken: Verbs, conversation: frozenset[str]
) -> float:
    """The model's probability that the reply is not an answer."""
    model = _model()
    found = reply_features(text, topic, spoken, conversation)
    score = model.bias + sum(model.weights.get(feature, 0.0) for feature in found)
    score += float(model.meaning @ meaning_of([text])[0])
    return 1 / (1 + math.exp(-score))


def meaning_of(texts: list[str]) -> np.ndarray:
    """The meaning vectors the model reads: of each reply's words alone, without the marks
    piled on its letters, so escape codes, emoji and zalgo, which the labelled answers hardly
    hold, do not read as talk about the conversation."""
    plain = [
        "".join(
            ch for ch in unicodedata.normalize("NFKD", text) if unicodedata.category(ch)[0] != "M"
        )
        for text in texts
    ]
    return embed([" ".join(words(text)) for text in plain])


def sure_chance() -> float:
    """The model's threshold: above it, hardly any answer of a set left out of its training
    scored (one in a thousand)."""
    return _model().threshold


@dataclass(frozen=True)
class _Model:
    bias: float
    threshold: float
    weights: dict[str, float]
    meaning: np.ndarray  # one weight per dimension of the meaning vector


@cache
def _model() -> _Model:
    stored = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights = {feature: float(weight) for feature, weight in stored["weights"].items()}
    meaning = np.asarray(stored["meaning"], dtype=np.float32)
    return _Model(float(stored["bias"]), float(stored["threshold"]), weights, meaning)
