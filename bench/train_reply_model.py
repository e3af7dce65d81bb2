"""Trains the reply model (engine/reply_model.py): is a reply a turn of the conversation?

Usage: python -m bench.train_reply_model [--write]

Non-answers: every ``non_answers*.yaml`` item of the training and dev sets. Answers: their
answers (persona examples other than confused and off-topic ones, both sides of every pair,
the base of every injection pair, ``answers*.yaml``) and every bank question's example answer,
each also as a reply to another question, drawn at random. Held-out directories are never
read.

Each source (a dev set, a training writer's two files, the bank) is left out in turn: the
model fitted on the others scores it. The threshold is set just above all but one in a
thousand (``TAKEN``) of those scores of answers short enough for the product to ask the model
about (``LONG_WORDS``), so hardly any answer of a source the model never saw would have been
taken for a non-answer; the figures printed per source are how many of its non-answers reach
it, and how many of its answers do. With --write, the model fitted on every source and that
threshold go to engine/reply_model.json.

The model reads each reply's words and its meaning vector (engine/meaning.py), scaled by
``MEANING_SCALE`` before fitting: the scale sets how far the shared L2 penalty holds the meaning
weights back. It was chosen by the left-out figures alone, before the training batches f and g
(non-answers found over every source, of 753, at the threshold above: words alone 544; scale
1: 598, 1.5: 641, 2: 647, 3: 605, 6: 520).
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from engine.non_answers import LONG_WORDS, question_topic
from engine.reply_model import WEIGHTS, meaning_of, reply_features
from engine.roles import default_roles
from engine.rubric_words import reading, words_for
from engine.scoring import verbs_of
from engine.text import words

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEV_SETS = ("dev", "honest/dev", "honest/dev2", "honest/dev3", "honest/dev4", "honest/dev5",
            "honest/dev6", "honest/dev7", "honest/dev9")  # fmt: skip
TRAINING = DATA / "honest" / "train"
MIN_COUNT = 2  # a feature seen fewer times than this carries no weight
L2, STEPS, RATE = 1.0, 3000, 0.5
# The share of short answers, each scored by the model fitted without its source, the threshold
# may take for non-answers: one in a thousand (the highest score of any would set it by the one
# hardest answer of thousands, and leave most non-answers scored).
TAKEN = 0.001
SEED = 7  # which other question each answer is also asked as
MEANING_SCALE = 2.0


@dataclass(frozen=True)
class Reply:
    """One labelled reply, with the features the model reads and where it came from."""

    features: frozenset[str]
    non_answer: bool
    source: str
    asked: bool = True  # short enough for the product to ask the model (LONG_WORDS)
    text: str = ""
    meaning: np.ndarray = field(default_factory=lambda: np.zeros(0), compare=False)


def _load(path: Path) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def replies() -> list[Reply]:
    """Every labelled reply of the training and dev sets and the bank's examples."""
    roles = default_roles()
    spoken, conversation = verbs_of("en"), words_for("en").conversation_verbs
    found: list[Reply] = []

    others = [(role, question) for role in roles.values() for question in role.questions]
    shuffled = random.Random(SEED)

    def add(text: str, role_id: str, question_id: str, non_answer: bool, source: str) -> None:
        question = roles[role_id].question(question_id)
        asked = [question]
        if not non_answer:
            # An answer to another question is still an answer: told so, the model cannot
            # learn that naming none of the question's words makes a reply a non-answer.
            asked.append(shuffled.choice([q for _, q in others if q.id != question.id]))
        for each in asked:
            topic = question_topic(each, each.text)
            features = reply_features(text, topic, spoken, conversation)
            short = len(words(text)) <= LONG_WORDS
            found.append(Reply(frozenset(features), non_answer, source, short, text))

    sources = [(name, DATA / name) for name in DEV_SETS]
    # a training file is left out with its writer's other file: both ways of talking
    sources += [
        (f"train/{path.stem.rpartition('_')[2]}", path) for path in sorted(TRAINING.glob("*.yaml"))
    ]
    for name, where in sources:
        files = [where] if where.is_file() else sorted(where.glob("*.yaml"))
        for path in files:
            for item in _load(path):
                role, question = item.get("role", ""), item.get("question_id", "")
                if path.stem.startswith("non_answers"):
                    add(item["text"], role, question, True, name)
                elif path.stem.startswith("answers"):
                    add(item["text"], role, question, False, name)
                elif path.stem.startswith("personas"):
                    if item["label"] not in ("confused", "off_topic"):
                        add(item["text"], role, question, False, name)
                elif path.stem.startswith("pairs"):
                    for side in ("better", "worse", "strong", "weak"):
                        if side in item:
                            add(item[side], role, question, False, name)
                elif path.stem.startswith("injections"):
                    add(item["base"], role, question, False, name)
    for role in roles.values():
        for question in role.questions:
            if question.example:
                add(question.example, role.id, question.id, False, "bank examples")
    vectors = meaning_of([reply.text for reply in found]) * MEANING_SCALE
    return [replace(reply, meaning=vector) for reply, vector in zip(found, vectors, strict=True)]


@dataclass(frozen=True)
class Rows:
    """Replies as sparse 0/1 rows (the (row, column) of every feature present), their scaled
    meaning vectors, and labels."""

    rows: np.ndarray
    columns: np.ndarray
    meanings: np.ndarray
    labels: np.ndarray

    def scores(self, b: float, w: np.ndarray, v: np.ndarray) -> np.ndarray:
        """Each row's linear score: feature weights ``w``, meaning weights ``v``."""
        counted = np.bincount(self.rows, weights=w[self.columns], minlength=len(self.labels))
        return counted + self.meanings @ v + b


def matrix(found: list[Reply], vocabulary: list[str]) -> Rows:
    """The replies' features as sparse rows, and the labels (1: not an answer)."""
    index = {feature: i for i, feature in enumerate(vocabulary)}
    cells = [
        (row, index[feature])
        for row, reply in enumerate(found)
        for feature in reply.features
        if feature in index
    ]
    rows, columns = (np.array(part, dtype=np.int64) for part in zip(*cells, strict=True))
    labels = np.array([float(reply.non_answer) for reply in found])
    meanings = np.array([reply.meaning for reply in found], dtype=np.float64)
    return Rows(rows, columns, meanings, labels)


def fit(data: Rows, size: int) -> tuple[float, np.ndarray, np.ndarray]:
    """Logistic regression by gradient descent on sparse rows and meaning vectors, classes
    weighted to balance, L2 on the weights: the bias, feature weights and meaning weights."""
    y = data.labels
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w, v, b = np.zeros(size), np.zeros(data.meanings.shape[1]), 0.0
    for _ in range(STEPS):
        error = (1 / (1 + np.exp(-data.scores(b, w, v))) - y) * weight
        gradient = np.bincount(data.columns, weights=error[data.rows], minlength=size)
        w -= RATE * (gradient / len(y) + L2 * w / len(y))
        v -= RATE * (data.meanings.T @ error / len(y) + L2 * v / len(y))
        b -= RATE * error.mean()
    return b, w, v


def predict(b: float, w: np.ndarray, v: np.ndarray, data: Rows) -> np.ndarray:
    """Non-answer probabilities."""
    return np.asarray(1 / (1 + np.exp(-data.scores(b, w, v))))


def vocabulary_of(found: list[Reply]) -> list[str]:
    """The features seen in at least MIN_COUNT replies."""
    counts: dict[str, int] = {}
    for reply in found:
        for feature in reply.features:
            counts[feature] = counts.get(feature, 0) + 1
    return sorted(feature for feature, count in counts.items() if count >= MIN_COUNT)


def left_out_scores(found: list[Reply]) -> np.ndarray:
    """Each reply's score by the model fitted on every other source."""
    scores = np.zeros(len(found))
    for source in sorted({reply.source for reply in found}):
        inside = [reply for reply in found if reply.source != source]
        vocabulary = vocabulary_of(inside)
        b, w, v = fit(matrix(inside, vocabulary), len(vocabulary))
        rows = [i for i, reply in enumerate(found) if reply.source == source]
        scores[rows] = predict(b, w, v, matrix([found[i] for i in rows], vocabulary))
    return scores


def main(argv: list[str]) -> int:
    """Print the left-out figures per source, and optionally write the model."""
    with reading("en"):
        found = replies()
    scores = left_out_scores(found)
    # The product asks the model only about replies up to LONG_WORDS long: a longer answer's
    # score would set a threshold no reply it is asked about ever meets.
    answers = [
        s for s, reply in zip(scores, found, strict=True) if not reply.non_answer and reply.asked
    ]
    allowed = int(TAKEN * len(answers))
    threshold = round(float(sorted(answers, reverse=True)[allowed]) + 0.001, 3)
    print(f"replies={len(found)} non-answers={sum(r.non_answer for r in found)}")
    print(f"threshold={threshold} (above all but {allowed} of {len(answers)} left-out answers)")
    for source in sorted({reply.source for reply in found}):
        mine = [(s, r) for s, r in zip(scores, found, strict=True) if r.source == source]
        non = [s for s, r in mine if r.non_answer]
        ans = [s for s, r in mine if not r.non_answer]
        caught = sum(s >= threshold for s in non)
        taken = sum(s >= threshold for s, r in mine if not r.non_answer and r.asked)
        figures = f"non-answers found {caught}/{len(non)}, answers taken {taken}/{len(ans)}"
        print(f"  {source}: {figures}")
    if "--write" in argv:
        vocabulary = vocabulary_of(found)
        b, w, v = fit(matrix(found, vocabulary), len(vocabulary))
        weights = {f: round(float(x), 4) for f, x in zip(vocabulary, w, strict=True)}
        stored = {
            "bias": round(float(b), 4),
            "threshold": threshold,
            "weights": {f: x for f, x in weights.items() if abs(x) >= 0.001},
            # the product reads unscaled vectors: the scale goes into the weights
            "meaning": [round(float(x) * MEANING_SCALE, 5) for x in v],
        }
        WEIGHTS.write_text(json.dumps(stored, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
