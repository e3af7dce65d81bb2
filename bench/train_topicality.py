"""Trains the topicality model on the labelled dev sets and writes engine/topic_model.py.

Usage: python -m bench.train_topicality [--write]

On-topic examples: every answer in the dev pair files except the off-topic ``worse`` ones, and
persona examples not labelled off_topic. Off-topic examples: the ``worse`` answers of
off_topic pairs and persona examples labelled off_topic. Held-out directories are never read.
Two models are trained on the same answers: one for questions with an example of a strong
answer (their meaning signals compare answers with examples) and one for questions without
(measured as if no question had one). Prints each one's 5-fold cross-validated accuracy and
off-topic pairwise figure, then (with --write) the fitted weights into engine/topic_model.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from engine.roles import default_roles
from engine.topicality import topic_features

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = (
    "tests/data/dev",
    "tests/data/honest/dev",
    "tests/data/honest/dev2",
    "tests/data/honest/dev3",
)
MODEL_FILE = ROOT / "engine" / "topic_model.py"
L2 = 0.3
STEPS = 4000
RATE = 0.5


def _items(prefix: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for directory in DEV_SETS:
        for path in sorted((ROOT / directory).glob(f"{prefix}*.yaml")):
            items += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return items


def examples(by_example: bool) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """Feature rows, labels (1 on topic), and the row pairs of the off-topic pairs.

    ``by_example``: False measures every answer as if its question had no example answer.
    """
    roles = default_roles()
    rows: list[tuple[float, ...]] = []
    labels: list[int] = []
    pairs: list[tuple[int, int]] = []

    def add(text: str, role_id: str, question_id: str, label: int) -> int:
        role = roles[role_id]
        question = role.question(question_id)
        if not by_example:
            question = question.model_copy(update={"example": None})
        rows.append(topic_features(text, question, role).vector())
        labels.append(label)
        return len(rows) - 1

    for pair in _items("pairs"):
        role, question = pair["role"], pair["question_id"]
        better = pair.get("better", pair.get("strong", ""))
        worse = pair.get("worse", pair.get("weak", ""))
        off = pair.get("kind") == "off_topic"
        b = add(better, role, question, 1)
        w = add(worse, role, question, 0 if off else 1)
        if off:
            pairs.append((b, w))
    for item in _items("personas"):
        add(item["text"], item["role"], item["question_id"], int(item["label"] != "off_topic"))
    return np.array(rows), np.array(labels, dtype=float), pairs


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Logistic regression by gradient descent, classes weighted to balance, L2 on weights."""
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        error = (p - y) * weight
        w -= RATE * (x.T @ error / len(y) + L2 * w / len(y))
        b -= RATE * error.mean()
    return b, w


def predict(b: float, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """On-topic probabilities."""
    return np.asarray(1 / (1 + np.exp(-(x @ w + b))))


def train(by_example: bool) -> tuple[float, np.ndarray]:
    """Cross-validate and print one model's figures; return it fitted on every example."""
    x, y, pairs = examples(by_example)
    folds = np.arange(len(y)) % 5
    correct = 0
    for fold in range(5):
        b, w = fit(x[folds != fold], y[folds != fold])
        correct += int(((predict(b, w, x[folds == fold]) >= 0.5) == y[folds == fold]).sum())
    b, w = fit(x, y)
    p = predict(b, w, x)
    ordered = sum(1 for on, off in pairs if p[on] > p[off])
    print(f"[{'by example' if by_example else 'by question'}]")
    print(f"examples={len(y)} on_topic={int(y.sum())} off_topic={int(len(y) - y.sum())}")
    print(f"5-fold accuracy={correct / len(y):.3f}")
    print(f"off-topic pairs ordered (fit on all)={ordered}/{len(pairs)}")
    print(f"bias={b:.3f} weights={np.round(w, 3).tolist()}")
    return b, w


def _model_text(name: str, b: float, w: np.ndarray) -> str:
    weights = "".join(f"        {v:.4f},\n" for v in w)
    return f"{name} = TopicModel(\n    bias={b:.4f},\n    weights=(\n{weights}    ),\n)\n"


def main(argv: list[str]) -> int:
    """Train both models, print their figures, and optionally write the weights."""
    by_example = train(by_example=True)
    by_question = train(by_example=False)
    if "--write" in argv:
        text = MODEL_FILE.read_text(encoding="utf-8")
        start = text.index("TOPIC_MODEL = ")
        models = _model_text("TOPIC_MODEL", *by_example)
        models += "\n" + _model_text("TOPIC_MODEL_BY_QUESTION", *by_question)
        MODEL_FILE.write_text(text[:start] + models, encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
