"""Prints the offline interviewer's quality on labelled sets, per kind of case.

Usage: python -m bench.offline_quality [-v] [DIR ...]   (default: every set under tests/data:
dev, holdout, honest/ dev, holdout, dev2 … dev16, holdout2 … holdout9, and the languages' sets).
A directory may hold:

- ``pairs*.yaml``: a better and a worse answer to one question (``strong``/``weak`` in the
  first sets, ``better``/``worse`` with a ``kind`` in the honest sets); the figure is how often
  the better one scores strictly higher.
- ``personas*.yaml``: answers labelled with a persona; the figure is macro-F1 of the persona
  the interviewer's assessment gives (a non-answer's included), as the candidate meets it.
- ``non_answers.yaml``: replies that are not answers; the figure is how many are never scored.
- ``answers*.yaml``: real answers that look like non-answers; with the personas' answers, the
  figure is how many are taken for non-answers.
- ``injections.yaml``: an answer and the same answer with an attack; the figures are how many
  attacks are spotted, and how many lift the score above the answer without the attack.

Sets under ``languages/<lang>/`` hold answers in that language, judged in an interview in it
(the question worded in it, the language's word lists).

Every score is the offline interviewer's full assessment of the answer as the first reply to
its question (topicality, contradictions, injection handling included). The ``holdout``
directories are never used for tuning: report them, do not fit to them.
"""

from __future__ import annotations

import asyncio
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.injection import looks_like_injection
from engine.judge import Judge
from engine.models import Assessment, Persona, Turn, TurnKind
from engine.ports import TurnContext
from engine.providers.offline import OfflineInterviewer
from engine.roles import default_roles, translated
from engine.text import normalize

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
LANGUAGE_SETS = tuple(
    f"languages/{lang}/{half}"
    for lang in ("es", "de", "fr")
    for half in ("dev", "holdout", "dev2", "holdout2", "dev3", "dev4", "dev5", "dev6", "holdout3")
)
SETS = ("dev", "holdout", "honest/dev", "honest/holdout", "honest/dev2", "honest/holdout2",
        "honest/dev3", "honest/holdout3", "honest/dev4", "honest/holdout4", "honest/dev5",
        "honest/dev6", "honest/holdout5", "honest/dev7", "honest/dev8", "honest/holdout6",
        "honest/dev9", "honest/holdout7", "honest/dev10", "honest/holdout8", "honest/dev11",
        "honest/holdout9", "honest/dev12", "honest/dev13", "honest/dev14", "honest/dev15",
        "honest/dev16", "honest/dev17", "honest/holdout10", "honest/dev18", "honest/holdout11",
        *LANGUAGE_SETS)  # fmt: skip
_JUDGE = Judge(OfflineInterviewer())


@dataclass
class Quality:
    """The figures for one labelled set."""

    pairs: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    truth: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)
    non_answers: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    attacks_spotted: list[bool] = field(default_factory=list)
    attacks_lifting: list[bool] = field(default_factory=list)
    answers_dropped: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def pairwise_accuracy(self) -> float:
        """Share of all pairs where the better answer scored higher."""
        every = [won for results in self.pairs.values() for won in results]
        return sum(every) / len(every) if every else 0.0

    @property
    def per_label_f1(self) -> dict[str, float]:
        """F1 of every persona label."""
        return {p.value: _f1(self.truth, self.predicted, p.value) for p in Persona}

    def found(self, label: str) -> str:
        """How many messages of a label were labelled so, as "found/total"."""
        pairs = list(zip(self.truth, self.predicted, strict=True))
        return f"{sum(t == p == label for t, p in pairs)}/{sum(t == label for t, _ in pairs)}"

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the persona labels."""
        f1 = self.per_label_f1
        return sum(f1.values()) / len(f1)


def _items(directory: Path, prefix: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in sorted(directory.glob(f"{prefix}*.yaml")):
        items += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return items


def assessment(text: str, role_id: str, question_id: str, language: str = "en") -> Assessment:
    """The offline interviewer's assessment of ``text`` as the first answer to a bank question
    in an interview in ``language`` (the question worded in it)."""
    role = translated(default_roles()[role_id], language)
    question = role.question(question_id)
    level = question.difficulty
    thread = (
        Turn(TurnKind.QUESTION, 1, question.id, level, question.text, question=question),
        Turn(TurnKind.ANSWER, 1, question.id, level, normalize(text)),  # as the flow stores it
    )
    context = TurnContext(role, question, thread, (), follow_ups_left=2, language=language)
    return asyncio.run(_JUDGE.assess(context))[0]


def overall(text: str, role_id: str, question_id: str, language: str = "en") -> float:
    """The offline overall score of an answer to a question (0 for a non-answer)."""
    judged = assessment(text, role_id, question_id, language)
    return judged.scores.overall if judged.counts else 0.0


def set_language(directory: Path) -> str:
    """The language of a labelled set: ``languages/<lang>/…`` holds answers in <lang>."""
    return directory.parent.name if directory.parent.parent.name == "languages" else "en"


def measure(directory: Path) -> Quality:
    """Every figure for the labelled files in one directory."""
    language = set_language(directory)
    quality = Quality()
    for pair in _items(directory, "pairs"):
        where = (pair["role"], pair["question_id"], language)
        better = overall(pair.get("better", pair.get("strong", "")), *where)
        worse = overall(pair.get("worse", pair.get("weak", "")), *where)
        kind = pair.get("kind", "strong_weak")
        quality.pairs[kind].append(better > worse)
        if better <= worse:
            quality.misses.append(
                f"{kind} {pair['role']}/{pair['question_id']}: {better:.2f} <= {worse:.2f}"
            )
    for item in _items(directory, "personas"):
        # the persona the interviewer reads, as the candidate meets it (a question back about
        # pay is off topic though it is answered as a clarification)
        judged = assessment(item["text"], item["role"], item["question_id"], language)
        label = judged.persona.value
        quality.truth.append(item["label"])
        quality.predicted.append(label)
        if item["label"] not in (Persona.CONFUSED, Persona.OFF_TOPIC):
            dropped = not judged.counts
            quality.answers_dropped.append(dropped)
            if dropped:
                quality.misses.append(f"answer taken for a non-answer: {item['text'][:70]!r}")
        if label != item["label"]:
            quality.misses.append(f"persona {item['label']} -> {label}: {item['text'][:70]!r}")
    for item in _items(directory, "answers"):  # real answers that look like non-answers
        dropped = not assessment(item["text"], item["role"], item["question_id"], language).counts
        quality.answers_dropped.append(dropped)
        if dropped:
            quality.misses.append(f"answer taken for a non-answer: {item['text'][:70]!r}")
    for item in _items(directory, "non_answers"):
        judged = assessment(item["text"], item["role"], item["question_id"])
        quality.non_answers[item["kind"]].append(not judged.counts)
        if judged.counts:
            quality.misses.append(f"non-answer {item['kind']} scored: {item['text'][:70]!r}")
    for item in _items(directory, "injections"):
        spotted = looks_like_injection(item["attack"])
        base = overall(item["base"], item["role"], item["question_id"])
        attacked = overall(item["attack"], item["role"], item["question_id"])
        quality.attacks_spotted.append(spotted)
        quality.attacks_lifting.append(attacked > base)
        if not spotted or attacked > base:
            quality.misses.append(
                f"injection {item['kind']}: spotted={spotted} {attacked:.2f} vs base {base:.2f}"
            )
    return quality


def _f1(truth: list[str], predicted: list[str], label: str) -> float:
    tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p == label)
    fp = sum(1 for t, p in zip(truth, predicted, strict=True) if p == label != t)
    fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == label != p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(name: str, q: Quality) -> list[str]:
    """The lines of figures for one set."""
    lines = []
    for kind, results in sorted(q.pairs.items()):
        lines.append(f"[{name}] pairs {kind}: {sum(results)}/{len(results)} = "
                     f"{sum(results) / len(results):.3f}")  # fmt: skip
    if q.truth:
        labels = " ".join(f"{k}={v:.2f}" for k, v in q.per_label_f1.items())
        lines.append(f"[{name}] personas: {len(q.truth)} macro_f1={q.macro_f1:.3f} {labels}")
        found = " ".join(f"{label}={q.found(label)}" for label in sorted(set(q.truth)))
        lines.append(f"[{name}] personas found per label: {found}")
    if q.answers_dropped:
        lines.append(f"[{name}] answers taken for non-answers: "
                     f"{sum(q.answers_dropped)}/{len(q.answers_dropped)}")  # fmt: skip
    for kind, results in sorted(q.non_answers.items()):
        lines.append(f"[{name}] non-answers {kind}: never scored {sum(results)}/{len(results)}")
    if q.attacks_spotted:
        n = len(q.attacks_spotted)
        lines.append(f"[{name}] injections: spotted {sum(q.attacks_spotted)}/{n}, "
                     f"lifting the score {sum(q.attacks_lifting)}/{n}")  # fmt: skip
    return lines


def main(argv: list[str]) -> int:
    """Print the figures for each labelled set."""
    verbose = "-v" in argv
    names = [a for a in argv if a != "-v"]
    directories = [Path(a) for a in names] or [DATA / s for s in SETS if (DATA / s).is_dir()]
    for directory in directories:
        name = (
            str(directory.relative_to(DATA)) if directory.is_relative_to(DATA) else str(directory)
        )
        quality = measure(directory)
        print("\n".join(report(name, quality)))
        if verbose:
            print("\n".join("  " + m for m in quality.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
