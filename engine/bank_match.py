"""How well an answer fits each question of its role's bank: a polished answer that fits
another question far better than the one asked answers that other question.

Two views. By words: each question is a bag of stems from its text, hint, key concepts and idea,
weighted by how rare a stem is across the role's questions (TF-IDF), and an answer is compared
with every question by cosine similarity. By meaning: the answer is compared with each
question's example of a strong answer (its text and hint where it has none) in the embedding
space of ``engine/meaning.py``, where answers about the same thing lie close whatever words
they use.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from engine.meaning import embed
from engine.questions import Question
from engine.roles import Role
from engine.text import content_stems


@dataclass(frozen=True)
class BankFit:
    """The answer's similarity to the question asked and to the best other question."""

    asked: float
    best_other: float
    best_other_id: str

    @property
    def ratio(self) -> float:
        """How many times better the best other question fits than the one asked."""
        return self.best_other / max(self.asked, 0.01)


def bank_fit(text: str, question: Question, role: Role) -> BankFit | None:
    """How the answer fits the question asked and the role's other questions (None: no bank)."""
    index = _index(role)
    if not index.vectors:
        return None
    answer = _weigh(Counter(content_stems(text)), index.idf)
    asked = _cosine(answer, _weigh(_profile(question), index.idf))
    others = [(q_id, _cosine(answer, v)) for q_id, v in index.vectors if q_id != question.id]
    if not others:
        return None
    best_id, best = max(others, key=lambda item: item[1])
    return BankFit(asked, best, best_id)


def meaning_fit(text: str, question: Question, role: Role) -> BankFit | None:
    """How close the answer's meaning is to the question asked and to the role's closest other
    question (None: no other question to compare with).

    With the asked question's example of a strong answer, answers are compared with examples
    (each question's, or its text and hint where it has none); without one (a question from a
    CV, a generated one), with every question's text and hint, so both sides are alike.
    """
    by_example = bool(question.example)
    ids, exemplars = _exemplars(role, by_example)
    others = [number for number, q_id in enumerate(ids) if q_id != question.id]
    if not others:
        return None
    answer, asked = embed([text, _exemplar(question, by_example)])
    similarities = exemplars[others] @ answer
    best = int(np.argmax(similarities))
    return BankFit(float(asked @ answer), float(similarities[best]), ids[others[best]])


_EXEMPLARS: dict[tuple[object, ...], tuple[tuple[str, ...], np.ndarray]] = {}


def _exemplars(role: Role, by_example: bool) -> tuple[tuple[str, ...], np.ndarray]:
    """The role's question ids and the meaning vectors of their exemplars, built once."""
    key = (role.id, by_example, *(f"{q.id}\n{q.text}" for q in role.questions))
    if key not in _EXEMPLARS:
        ids = tuple(q.id for q in role.questions)
        _EXEMPLARS[key] = ids, embed([_exemplar(q, by_example) for q in role.questions])
    return _EXEMPLARS[key]


def _exemplar(question: Question, by_example: bool) -> str:
    """What an answer to the question is close to: its example, else what it asks."""
    if by_example and question.example:
        return question.example
    return f"{question.text} {question.hint} {' '.join(question.key_concepts)}"


@dataclass(frozen=True)
class _Index:
    idf: dict[str, float]
    vectors: tuple[tuple[str, dict[str, float]], ...]


_INDEXES: dict[tuple[str, ...], _Index] = {}


def _index(role: Role) -> _Index:
    """The role's index, built once per version of its bank."""
    key = (role.id, *(f"{q.id}\n{q.text}" for q in role.questions))
    if key not in _INDEXES:
        _INDEXES[key] = _build_index(role.questions)
    return _INDEXES[key]


def _build_index(questions: Sequence[Question]) -> _Index:
    profiles = [(q.id, _profile(q)) for q in questions]
    documents = len(profiles)
    seen = Counter(stem for _, profile in profiles for stem in profile)
    idf = {stem: math.log((documents + 1) / (count + 1)) + 1 for stem, count in seen.items()}
    return _Index(idf, tuple((q_id, _weigh(p, idf)) for q_id, p in profiles))


def _profile(question: Question) -> Counter[str]:
    """The stems of what the question is about; its own words count twice."""
    about = " ".join((question.hint, " ".join(question.key_concepts), question.idea or ""))
    return Counter(content_stems(question.text) * 2 + content_stems(about))


def _weigh(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    # Stems no question uses say nothing about which question is answered.
    return {s: (1 + math.log(n)) * idf[s] for s, n in counts.items() if s in idf}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(value * b.get(stem, 0.0) for stem, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0
