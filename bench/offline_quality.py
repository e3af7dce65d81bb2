"""Prints the offline interviewer's pairwise accuracy and persona macro-F1 on labelled sets.

Usage: python -m bench.offline_quality [DIR ...]   (default: tests/data/dev and, if present,
tests/data/holdout). Each directory holds pairs_*.yaml and personas_*.yaml.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from engine.models import Persona
from engine.persona import classify
from engine.providers.offline import without_injection
from engine.roles import default_roles
from engine.scoring import assess_text
from engine.text import words

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


@dataclass(frozen=True)
class Quality:
    """The figures for one labelled set."""

    pairs: int
    pairwise_accuracy: float
    weak_longer_pairs: int
    weak_longer_accuracy: float
    messages: int
    macro_f1: float
    per_label_f1: dict[str, float]
    misses: list[str]


def _items(directory: Path, prefix: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in sorted(directory.glob(f"{prefix}_*.yaml")):
        items += yaml.safe_load(path.read_text(encoding="utf-8"))
    return items


def overall(text: str, role_id: str, question_id: str) -> float:
    """The offline overall score of an answer to a question."""
    role = default_roles()[role_id]
    return assess_text(without_injection(text), role.question(question_id), role)[1].overall


def measure(directory: Path) -> Quality:
    """Pairwise accuracy (strong scored above weak) and persona macro-F1 for one directory."""
    roles = default_roles()
    pairs = _items(directory, "pairs")
    wins, longer, longer_wins, misses = 0, 0, 0, []
    for pair in pairs:
        strong = overall(pair["strong"], pair["role"], pair["question_id"])
        weak = overall(pair["weak"], pair["role"], pair["question_id"])
        won = strong > weak
        wins += won
        if len(words(pair["weak"])) > len(words(pair["strong"])):
            longer += 1
            longer_wins += won
        if not won:
            misses.append(f"pair {pair['role']}/{pair['question_id']}: {strong:.2f} <= {weak:.2f}")
    messages = _items(directory, "personas")
    labels = [p.value for p in Persona]
    truth, predicted = [], []
    for item in messages:
        role = roles[item["role"]]
        label = classify(item["text"], role.question(item["question_id"]), role)[0].value
        truth.append(item["label"])
        predicted.append(label)
        if label != item["label"]:
            misses.append(f"persona {item['label']} -> {label}: {item['text'][:70]!r}")
    f1 = {label: _f1(truth, predicted, label) for label in labels}
    return Quality(
        pairs=len(pairs),
        pairwise_accuracy=wins / len(pairs) if pairs else 0.0,
        weak_longer_pairs=longer,
        weak_longer_accuracy=longer_wins / longer if longer else 0.0,
        messages=len(messages),
        macro_f1=sum(f1.values()) / len(f1),
        per_label_f1=f1,
        misses=misses,
    )


def _f1(truth: list[str], predicted: list[str], label: str) -> float:
    tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p == label)
    fp = sum(1 for t, p in zip(truth, predicted, strict=True) if p == label != t)
    fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == label != p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str]) -> int:
    """Print the figures for each labelled set."""
    directories = [Path(a) for a in argv] or [
        d for d in (DATA / "dev", DATA / "holdout") if d.is_dir()
    ]
    for directory in directories:
        q = measure(directory)
        print(
            f"[{directory.name}] pairs={q.pairs} pairwise_accuracy={q.pairwise_accuracy:.3f} "
            f"(weak-longer pairs={q.weak_longer_pairs}, accuracy={q.weak_longer_accuracy:.3f})"
        )
        print(
            f"[{directory.name}] persona messages={q.messages} macro_f1={q.macro_f1:.3f} "
            + " ".join(f"{k}={v:.2f}" for k, v in q.per_label_f1.items())
        )
        if "-v" in sys.argv:
            print("\n".join("  " + m for m in q.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if a != "-v"]))
