"""Whether an answer is about the question asked: its situation, its words, and the bank.

An interviewer first hears whether a candidate answered the question, then how well. Three
views, all measurable: the share of the question's key concepts and own topic words the answer
speaks to (with the words that name the same situation: "conflict", "disagreed", "clashed"),
whether it tells the opposite situation (a deal won for "a deal you lost"), and whether it fits
another question of the role's bank far better than this one, by its words and by its meaning
(``engine/bank_match.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from engine.bank_match import BankFit, bank_fit, meaning_fit
from engine.questions import InterviewType, Question
from engine.roles import Role
from engine.rubric_words import rubric, rubric_language, words_for
from engine.text import concept_hits, content_stems, count_phrases, sentences, stem, words
from engine.topic_model import TOPIC_MODEL, TOPIC_MODEL_BY_QUESTION


def _frame() -> frozenset[str]:
    """Stems of the words every question uses, in the language answers are read in."""
    return _frame_of(rubric_language())


@lru_cache(maxsize=8)
def _frame_of(language: str) -> frozenset[str]:
    return frozenset(stem(word) for word in words_for(language).question_frame_words)


def _families() -> dict[frozenset[str], tuple[str, ...]]:
    """Each situation or participant family by its stems, in the language answers are read in."""
    return _families_of(rubric_language())


@lru_cache(maxsize=8)
def _families_of(language: str) -> dict[frozenset[str], tuple[str, ...]]:
    vocabulary = words_for(language)
    return {
        frozenset(stem(w) for member in family for w in words(member)): family
        for family in (*vocabulary.situation_families, *vocabulary.participant_families)
    }


TROUBLE_WORDS = 2  # this many words of something going wrong tell a trouble without naming it
MISSED_CORE = 0.2  # the most topicality an answer that misses the question's situation gets
LOW_FIT = 0.15  # an answer this close to the question asked (cosine) is about it
FIT_RATIO = 1.6  # another question fitting this many times better starts to count against it
HALF_FIT = 0.5  # below this fit an answer is about another question...
LIKELY = 0.5  # ... unless the topicality model, which weighs the fit with the rest, finds it likely
UNLIKELY = 0.15  # below this probability of the topicality model an answer is off topic
ON_TOPIC_CHANCE = 0.35  # ... and below this one when it never names the question's situation


def fit_to_question(fit: BankFit | None) -> float:
    """1 when the answer fits the question asked; less when it fits another of the role's
    questions several times better while hardly touching this one."""
    if fit is None or fit.asked >= LOW_FIT:
        return 1.0
    return min(1.0, FIT_RATIO / fit.ratio) if fit.ratio > 0 else 1.0


def topicality(features: TopicFeatures) -> float:
    """How much of the answer is about this question, from 0 to 1.

    Two views, the better one counts: the share of the question's key concepts it covers, and
    the share of the question's own topic (its words, not "tell me about a time…", each with
    the words that name the same situation) that it speaks to. An answer that never names the
    situation a behavioural question is about (a conflict, a mistake, a lost deal) gets little.
    """
    value = min(1.0, max(features.coverage, features.echo))
    return min(MISSED_CORE, value) if features.core_missed else value


def plain(text: str) -> str:
    """The text's words without intensifiers, so "didn't really go well" says "didn't go well"."""
    return " ".join(w for w in words(text) if w not in rubric().intensifiers)


def core_situation(question: str) -> tuple[str, ...]:
    """The words of the situation the question is about: the first one its first sentence names."""
    first = " " + " ".join(words(next(iter(sentences(question)), question))) + " "
    found = [
        (first.find(f" {member} "), family)
        for family in rubric().situation_families
        for member in family
        if f" {member} " in first
    ]
    return min(found)[1] if found else ()


def _focus(question: str) -> list[frozenset[str]]:
    """The question's topic: its situation families and its other own words, as stem sets.

    Only its first sentence counts: "What did you learn?" after it asks for more, not about
    something else.
    """
    question = next(iter(sentences(question)), question)
    items: list[frozenset[str]] = []
    covered: set[str] = set()
    for family in (*rubric().situation_families, *rubric().participant_families):
        if count_phrases(question, family):
            stems = frozenset(stem(w) for member in family for w in words(member))
            items.append(stems)
            covered |= stems
    frame = _frame()
    own = {s for s in content_stems(question) if s not in frame and s not in covered}
    return items + [frozenset([s]) for s in sorted(own)]


def _family_said(item: frozenset[str], text: str) -> bool:
    family = _families().get(item)
    return bool(family and count_phrases(plain(text), family))


def other_situation(text: str, question: Question) -> bool:
    """Whether the answer tells the opposite of the situation asked for (a win for a loss).

    Its outcome tells: the second half of the story. A success story may well open on what was
    failing before ("the old job failed one night in five"); it ends on what went right.
    """
    told_sentences = sentences(text)
    outcome = " ".join(told_sentences[len(told_sentences) // 2 :])
    for one, other in rubric().opposite_situations:
        for asked, told in ((one, other), (other, one)):
            asks = count_phrases(question.text, asked) and not count_phrases(question.text, told)
            if asks and count_phrases(outcome, told) > count_phrases(text, asked):
                return True
    return False


@dataclass(frozen=True)
class TopicFeatures:
    """The measured signals of whether an answer is about the question asked."""

    asked: float  # cosine similarity to the question asked (its text, hint, concepts, example)
    best_other: float  # ... to the role's best-fitting other question
    coverage: float  # share of the question's key concepts mentioned
    echo: float  # share of the question's own topic spoken to
    core_missed: bool  # a behavioural question's situation is never named
    other_situation: bool  # the opposite situation is told
    meaning_asked: float = 0.0  # closeness in meaning to the question asked (``meaning_fit``)
    meaning_other: float = 0.0  # ... to the role's closest other question
    by_example: bool = True  # meaning measured against examples of strong answers
    fit: float = 1.0  # ``fit_to_question`` (not a model input)
    concepts: tuple[str, ...] = ()  # the question's key concepts it mentions (not a model input)

    def vector(self) -> tuple[float, ...]:
        """The features as the model reads them."""
        ratio = math.log((self.best_other + 0.02) / (self.asked + 0.02))
        return (
            self.asked,
            self.best_other,
            ratio,
            min(1.0, self.coverage),
            min(1.0, self.echo),
            float(self.core_missed),
            float(self.other_situation),
            self.meaning_asked,
            self.meaning_other,
            self.meaning_asked - self.meaning_other,
        )


def topic_features(text: str, question: Question, role: Role) -> TopicFeatures:
    """Measure every topicality signal of an answer."""
    fit = bank_fit(text, question, role)
    meaning = meaning_fit(text, question, role)
    concepts = tuple(concept_hits(text, question.key_concepts))
    focus = _focus(question.text)
    said = set(content_stems(text))
    spoken = sum(1 for item in focus if item & said or _family_said(item, text))
    core = core_situation(question.text) if question.type is InterviewType.BEHAVIORAL else ()
    told = plain(text)
    # A trouble told without naming it ("she opened the chat in all caps") is still told.
    troubled = bool(core) and core[0] in rubric().troubled_situations
    indirectly = troubled and count_phrases(told, rubric().trouble_words) >= TROUBLE_WORDS
    return TopicFeatures(
        asked=fit.asked if fit else 0.0,
        best_other=fit.best_other if fit else 0.0,
        coverage=len(concepts) / max(1, min(len(question.key_concepts), 3)),
        echo=spoken / max(1, min(len(focus), 4)),
        core_missed=bool(core) and not count_phrases(told, core) and not indirectly,
        other_situation=other_situation(text, question),
        meaning_asked=meaning.asked if meaning else 0.0,
        meaning_other=meaning.best_other if meaning else 0.0,
        by_example=bool(question.example),
        fit=fit_to_question(fit),
        concepts=concepts,
    )


def on_topic_probability(features: TopicFeatures) -> float:
    """The learned probability that the answer is about the question asked.

    A logistic model over the features; its weights are trained on the labelled dev sets by
    ``python -m bench.train_topicality`` (never on a held-out set) and kept as data. A question
    with no example answer has its own weights, trained on the same answers measured as if their
    questions had none, since its meaning signals are measured against questions, not answers.
    """
    model = TOPIC_MODEL if features.by_example else TOPIC_MODEL_BY_QUESTION
    z = model.bias + sum(w * x for w, x in zip(model.weights, features.vector(), strict=True))
    return 1 / (1 + math.exp(-z))
