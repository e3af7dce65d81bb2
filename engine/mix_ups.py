"""Terms an answer mixes up: it says of one term what the question's reference says of another.

A wrong answer is often a right one with two terms swapped ("the forecast is the target the board
signs off") or one term put for its counterpart ("the main glazing faces north"). No list of
misconceptions foresees every wording, but the swap shows when the answer is read against the
question's reference (its example answer, hint and must-say claims): put the counterpart where the
answer names the term, and the words around it fit the reference much better.

A term's profile is the words the reference says near it, weighted by closeness and flipped
under a negation. Only terms that can be confused are compared: the language's opposites
("north", "south"), subjects the question names as alternatives ("a budget and a forecast"), and
subjects the reference sets against each other ("the median rather than the mean"). Misconceptions
are not learned from: they share too many words with the truth. Stories are not checked: what
happened to the candidate has no reference.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from engine.clauses import (
    NEGATION_REACH,
    Key,
    is_content,
    mentions_in,
    negates,
    subject_key,
    tokens_of,
)
from engine.models import InterviewType
from engine.questions import Question
from engine.rubric_words import rubric, rubric_language
from engine.text import sentences, stem

# How much better the words around a term must fit its counterpart before the answer counts as
# mixing them up: by this much (one close word of the reference is not enough, two are), and by
# this factor, when what it says fits its own term at all (a correct answer that says more about
# the terms than the reference does is not a wrong one).
MARGIN = 1.2
FACTOR = 1.45
# Closeness: a word d content words away weighs 1 / (1 + d / CLOSENESS).
CLOSENESS = 3.0
_PIECE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


@dataclass(frozen=True)
class MixUp:
    """Two terms an answer mixes up: it says of ``said`` what the reference says of ``meant``."""

    said: str
    meant: str


@dataclass(frozen=True)
class _Near:
    """A word near a mention of a term: its stem, and how much it counts (sign: negated or not)."""

    stem: str
    weight: float


@dataclass
class _Reference:
    """What the question's reference says near each term, and the pairs of terms to compare."""

    names: dict[Key, str] = field(default_factory=dict)  # each name's stems -> the term
    words: dict[str, str] = field(default_factory=dict)  # each opposite, as written -> the side
    pairs: list[tuple[str, str]] = field(default_factory=list)
    profile: dict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))

    def learn(self, text: str) -> None:
        """Add the words near each term in a correct ``text`` to the terms' profiles."""
        for term, near in _contexts(text, self.names, self.words):
            self._add(term, near)

    def learn_cue(self, cue: str, term: str) -> None:
        """A must-say cue is said of its claim's subject: its words count as next to the term."""
        weight = 1 / (1 + 1 / CLOSENESS)
        self._add(term, [_Near(stem(t), weight) for t in tokens_of(cue) if is_content(t)])

    def fit(self, term: str, near: Iterable[_Near]) -> float:
        """How well words found near a mention agree with what the reference says of ``term``."""
        known = self.profile.get(term, {})
        return sum(word.weight * known.get(word.stem, 0.0) for word in near)

    def _add(self, term: str, near: Iterable[_Near]) -> None:
        known = self.profile[term]
        for word in near:
            known[word.stem] = known.get(word.stem, 0.0) + word.weight


def mix_ups(text: str, question: Question) -> tuple[MixUp, ...]:
    """The pairs of terms the answer mixes up, against the question's reference."""
    if question.type is InterviewType.BEHAVIORAL or not question.example:
        return ()
    reference = _reference(question)
    if not reference.pairs:
        return ()
    found = list(_contexts(text, reference.names, reference.words))
    mixed: list[MixUp] = []
    for first, second in reference.pairs:
        own = swapped = 0.0
        gains: dict[str, float] = defaultdict(float)
        for term, near in found:
            if term not in (first, second):
                continue
            other = second if term == first else first
            here, there = reference.fit(term, near), reference.fit(other, near)
            own, swapped = own + here, swapped + there
            gains[term] += there - here
        if own > 0 and swapped - own >= MARGIN and swapped >= FACTOR * own:
            said = max(gains, key=gains.__getitem__)
            mixed.append(MixUp(said=said, meant=second if said == first else first))
    return tuple(mixed)


def _reference(question: Question) -> _Reference:
    """The question's reference, built once per language and question."""
    key = (rubric_language(), question.id, question.source, question.text, question.example or "")
    if key not in _REFERENCES:
        if len(_REFERENCES) >= _KEPT_REFERENCES:
            _REFERENCES.clear()
        _REFERENCES[key] = _built(question)
    return _REFERENCES[key]


_KEPT_REFERENCES = 512
_REFERENCES: dict[tuple[str, ...], _Reference] = {}


def _built(question: Question) -> _Reference:
    """The terms of a question (its claims' subjects, key concepts and the opposites), the pairs
    to compare, and each term's profile."""
    reference = _Reference()
    subjects: list[str] = []
    for claim in (*question.must_say, *question.must_not_say):
        if claim.checkable:
            subjects.append(claim.about)
            for name in claim.names:
                reference.names.setdefault(subject_key(name), claim.about)
    for concept in question.key_concepts:
        if subject_key(concept) not in reference.names:
            subjects.append(concept)
            reference.names[subject_key(concept)] = concept
    for sides in rubric().opposites:
        for side in sides:
            for name in side:
                reference.words.setdefault(name, side[0])
        reference.pairs.append((sides[0][0], sides[1][0]))
    reference.names.pop((), None)
    terms = set(subjects)
    said = (
        question.example or "",
        question.hint,
        *(c.text for c in (*question.must_say, *question.must_not_say)),
    )
    reference.pairs += [
        pair
        for text, links in (
            (question.text, rubric().alternative_links),
            *((t, rubric().contrast_links) for t in said),
        )
        for pair in _alternatives(text, reference.names, links)
        if set(pair) <= terms
    ]
    reference.pairs = list(dict.fromkeys(reference.pairs))
    for correct in (question.example or "", question.hint, *(c.text for c in question.must_say)):
        reference.learn(correct)
    for claim in question.must_say:
        for cue in claim.cues:
            reference.learn_cue(cue, claim.about)
    return reference


def _alternatives(
    text: str, names: dict[Key, str], links: tuple[str, ...]
) -> Iterator[tuple[str, str]]:
    """Pairs of terms the text names as alternatives, linked by one of ``links`` ("a budget and a
    forecast", "the median rather than the mean")."""
    skipped = rubric().cue_skip_words
    for sentence in sentences(text):
        tokens = tokens_of(sentence)
        found = mentions_in(tokens, {key: key for key in names})
        for before, after in pairwise(found):
            between = " ".join(t for t in tokens[before.end : after.start] if t not in skipped)
            if names[before.key] != names[after.key] and between in links:
                yield names[before.key], names[after.key]


def _contexts(
    text: str, names: dict[Key, str], words: dict[str, str]
) -> Iterator[tuple[str, list[_Near]]]:
    """Each mention of a term in the text (by the stems of its name, or an opposite as written),
    with the words of its sentence and their weights."""
    for sentence in sentences(text):
        said = [
            pair for piece in _PIECE_BREAK.split(sentence) for pair in _polarised(tokens_of(piece))
        ]
        tokens = [token for token, _ in said]
        negated = [no for _, no in said]
        found = [(names[m.key], m.start, m.end) for m in mentions_in(tokens, {k: k for k in names})]
        found += [(words[token], i, i + 1) for i, token in enumerate(tokens) if token in words]
        named = {i for _, start, end in found for i in range(start, end)}
        content = [i for i, token in enumerate(tokens) if is_content(token) and i not in named]
        for term, start, _ in found:
            place = sum(1 for i in content if i < start)
            # "never chart a dose before it is given" says the opposite of "before"
            denied = negated[start]
            near = [
                _Near(
                    stem(tokens[i]),
                    (-1.0 if negated[i] != denied else 1.0) / (1 + abs(place - rank) / CLOSENESS),
                )
                for rank, i in enumerate(content)
            ]
            yield term, near


def _polarised(tokens: list[str]) -> list[tuple[str, bool]]:
    """The tokens without their negations, each with whether a negation shortly before denies it."""
    said: list[tuple[str, bool]] = []
    reach = 0
    for token in tokens:
        if negates(token):
            reach = NEGATION_REACH
            continue
        said.append((token, reach > 0))
        reach = max(0, reach - 1)
    return said
