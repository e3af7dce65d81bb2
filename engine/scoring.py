"""Rubric scoring of an answer, with no LLM.

The rubric first asks whether the answer answers *this* question — its key concepts, the
question's own words, and the situation it asks for (a lost deal is not a won deal) — and
whether it contradicts what the question's bank entry says a correct answer must say. Only then
does it reward what interviewers look for: the role's vocabulary, concrete specifics (numbers,
in digits or words, and examples), and a structure that fits the question (a story with its
situation, action and result for behavioural questions; steps, conditions, reasons and
trade-offs for situational and technical ones). It penalises hedging, clichés, filler and
repetition. Every feature is a density or a capped count, so a longer answer only scores higher
when the extra words carry substance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.bank_match import bank_fit
from engine.claims import ClaimCheck, check_claims
from engine.models import Scores
from engine.roles import InterviewType, Question, Role
from engine.rubric_words import words_for
from engine.text import (
    concept_hits,
    content_stems,
    count_phrases,
    quantities,
    sentences,
    stem,
    words,
)

_WORDS = words_for("en")
_SUBJECTS = "|".join(_WORDS.action_subjects)
_ADVERBS = "|".join(adverb + r"\s+" for adverb in _WORDS.action_adverbs)
_PAST_TENSE = "|".join(_WORDS.past_tense_patterns)
# "I/we" followed by a past-tense verb: the candidate describing what they actually did.
ACTION = re.compile(rf"\b(?:{_SUBJECTS})\s+(?:{_ADVERBS})?(?:{_PAST_TENSE})\b")
# Any past-tense verb: a sentence telling what happened.
PAST = re.compile(rf"\b(?:was|were|had|{_PAST_TENSE})\b")
PLAN = re.compile("|".join(_WORDS.plan_patterns))
_FRAME = frozenset(stem(word) for word in _WORDS.question_frame_words)
STORY_TYPES = (InterviewType.BEHAVIORAL,)
_FAMILY_OF = {
    frozenset(stem(w) for member in family for w in words(member)): family
    for family in (*_WORDS.situation_families, *_WORDS.participant_families)
}
ON_TOPIC = 0.3  # below this topicality an answer is about something else
MISSED_CORE = 0.2  # the most topicality an answer that misses the question's situation gets
OFF_TOPIC_WEIGHT = 0.2  # how much of an off-topic answer's knowledge and structure counts
LOW_FIT = 0.15  # an answer this close to the question asked (cosine) is about it
FIT_RATIO = 1.6  # another question fitting this many times better starts to count against it
HALF_FIT = 0.5  # below this fit an answer is about another question
OTHER_SITUATION_WEIGHT = 0.1  # ... and of one about the opposite situation (a win for a loss)


@dataclass(frozen=True)
class Rubric:
    """The measured features of an answer, kept so notes and follow-ups can cite them."""

    word_count: int
    question_concepts: tuple[str, ...]
    role_concepts: tuple[str, ...]
    question_concept_total: int
    specifics: int
    star_parts: tuple[str, ...]
    reasoning: int
    actions: int
    hedge_density: float
    filler_density: float
    cliches: int
    diversity: float
    long_sentences: int
    topicality: float = 1.0
    other_situation: bool = False
    steps: int = 0
    conditions: int = 0
    reasons: int = 0
    trade_offs: int = 0
    plans: int = 0
    contradicted: tuple[str, ...] = ()  # subjects the answer gets wrong
    corrections: tuple[str, ...] = ()  # what a correct answer says about them
    affirmed: int = 0
    fit: float = 1.0  # how well it fits this question rather than another of the bank (0-1)

    @property
    def on_topic(self) -> bool:
        """Whether the answer is about what the question asks."""
        return self.topicality >= ON_TOPIC and not self.other_situation and self.fit >= HALF_FIT


def measure(text: str, question: Question, role: Role) -> Rubric:
    """Measure an answer's features against its question and role."""
    tokens = words(text)
    count = len(tokens)
    per_100 = 100 / max(count, 25)
    stems = content_stems(text)
    diversity = len(set(stems)) / len(stems) if stems else 0.0
    lowered = text.lower()
    actions = len(ACTION.findall(lowered))
    star = _star_parts(text, actions)
    claims = check_claims(text, question)
    question_concepts = tuple(
        c for c in concept_hits(text, question.key_concepts) if not _wrong_about(c, claims)
    )
    return Rubric(
        word_count=count,
        question_concepts=question_concepts,
        role_concepts=tuple(concept_hits(text, role.concepts)),
        question_concept_total=len(question.key_concepts),
        specifics=quantities(text) + count_phrases(text, _WORDS.example_cues),
        star_parts=star,
        reasoning=count_phrases(text, _WORDS.reasoning_cues),
        actions=actions,
        hedge_density=count_phrases(text, _WORDS.hedges) * per_100,
        filler_density=count_phrases(text, _WORDS.fillers) * per_100,
        cliches=count_phrases(text, _WORDS.cliches),
        diversity=diversity,
        long_sentences=long_sentences(text),
        topicality=topicality(text, question, question_concepts),
        other_situation=other_situation(text, question),
        steps=count_phrases(text, _WORDS.step_cues),
        conditions=count_phrases(text, _WORDS.condition_cues),
        reasons=count_phrases(text, _WORDS.reason_cues),
        trade_offs=count_phrases(text, _WORDS.trade_off_cues),
        plans=len(PLAN.findall(lowered)),
        contradicted=tuple(claim.about for claim in claims.contradicted),
        corrections=tuple(
            claim.text
            for wrong in claims.contradicted
            for claim in question.must_say
            if claim.about == wrong.about
        ),
        affirmed=len(claims.affirmed),
        fit=fit_to_question(text, question, role),
    )


def fit_to_question(text: str, question: Question, role: Role) -> float:
    """1 when the answer fits the question asked; less when it fits another of the role's
    questions several times better while hardly touching this one."""
    fit = bank_fit(text, question, role)
    if fit is None or fit.asked >= LOW_FIT:
        return 1.0
    return min(1.0, FIT_RATIO / fit.ratio) if fit.ratio > 0 else 1.0


def topicality(text: str, question: Question, concepts: tuple[str, ...]) -> float:
    """How much of the answer is about this question, from 0 to 1.

    Two views, the better one counts: the share of the question's key concepts it covers, and
    the share of the question's own topic (its words, not "tell me about a time…", each with
    the words that name the same situation) that it speaks to.
    """
    coverage = len(concepts) / max(1, min(len(question.key_concepts), 3))
    focus = _focus(question.text)
    said = set(content_stems(text))
    spoken = sum(1 for item in focus if item & said or _family_said(item, text))
    echo = spoken / max(1, min(len(focus), 4))
    core = core_situation(question.text) if question.type in STORY_TYPES else ()
    told = plain(text)
    troubled = core and core[0] in _WORDS.troubled_situations
    if core and not count_phrases(told, core):
        if troubled and count_phrases(told, _WORDS.trouble_words) >= 2:
            # Told without naming it ("she opened the chat in all caps"): still the situation.
            return max(coverage, echo, ON_TOPIC)
        # The situation the question is about (a conflict, a mistake, a lost deal) is never
        # mentioned: whatever else matches, the answer is about something else.
        return min(MISSED_CORE, max(coverage, echo))
    return min(1.0, max(coverage, echo))


def plain(text: str) -> str:
    """The text's words without intensifiers, so "didn't really go well" says "didn't go well"."""
    return " ".join(w for w in words(text) if w not in _WORDS.intensifiers)


def core_situation(question: str) -> tuple[str, ...]:
    """The words of the situation the question is about: the first one its first sentence names."""
    first = " " + " ".join(words(next(iter(sentences(question)), question))) + " "
    found = [
        (first.find(f" {member} "), family)
        for family in _WORDS.situation_families
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
    for family in (*_WORDS.situation_families, *_WORDS.participant_families):
        if count_phrases(question, family):
            stems = frozenset(stem(w) for member in family for w in words(member))
            items.append(stems)
            covered |= stems
    own = {s for s in content_stems(question) if s not in _FRAME and s not in covered}
    return items + [frozenset([s]) for s in sorted(own)]


def _family_said(item: frozenset[str], text: str) -> bool:
    family = _FAMILY_OF.get(item)
    return bool(family and count_phrases(plain(text), family))


def other_situation(text: str, question: Question) -> bool:
    """Whether the answer tells the opposite of the situation asked for (a win for a loss)."""
    for one, other in _WORDS.opposite_situations:
        for asked, told in ((one, other), (other, one)):
            asks = count_phrases(question.text, asked) and not count_phrases(question.text, told)
            if asks and count_phrases(text, told) > count_phrases(text, asked):
                return True
    return False


def score(rubric: Rubric, question: Question) -> Scores:
    """Turn measured features into 1-5 scores on the three dimensions."""
    n = rubric.word_count
    if n == 0:
        return Scores(1.0, 1.0, 1.0)
    # Short answers cannot show much; very long ones lose the listener.
    brevity = min(1.0, n / 45)
    sprawl = max(0.0, (n - 260) / 200)
    repetition = max(0.0, 0.55 - rubric.diversity) * 4 if n >= 40 else 0.0
    vague = min(2.0, 0.45 * rubric.hedge_density + 0.3 * rubric.filler_density)
    cliche = min(1.5, 0.5 * rubric.cliches)

    coverage = len(rubric.question_concepts) / max(1, min(rubric.question_concept_total, 5))
    knowledge = (
        (
            1.0
            + 2.2 * min(1.0, coverage)
            + 0.35 * min(4, len(rubric.role_concepts))
            + 0.35 * min(3, rubric.specifics)
            + 0.3 * min(2, rubric.affirmed)
        )
        * (0.6 + 0.4 * brevity)
        - 0.5 * vague
        - 0.5 * cliche
        - 0.6 * repetition
    )
    structure = (1.0 + _shape(rubric, question) + 0.4 * min(1.0, coverage)) * (
        0.55 + 0.45 * brevity
    )
    structure -= 0.4 * vague + 0.8 * repetition + 0.5 * sprawl

    communication = 2.2 + 1.3 * brevity + 0.5 * min(1.0, coverage) + 0.4 * min(2, rubric.specifics)
    communication -= vague + cliche + repetition + 0.6 * sprawl
    communication -= 0.3 * min(2, rubric.long_sentences)

    # Polish on another subject is not an answer to this one: it tells the interviewer the
    # candidate did not listen, however well it is told.
    if rubric.other_situation:
        relevance = OTHER_SITUATION_WEIGHT
    elif rubric.topicality <= MISSED_CORE:
        relevance = OFF_TOPIC_WEIGHT
    else:
        relevance = min(1.0, 0.7 + rubric.topicality)
    relevance = min(relevance, rubric.fit)
    knowledge = 1.0 + (knowledge - 1.0) * relevance
    structure = 1.0 + (structure - 1.0) * relevance
    if not rubric.on_topic:
        communication = 1.0 + (communication - 1.0) * relevance
    if rubric.contradicted:
        # A wrong fact is worse than a missing one: it would sink a real interview.
        knowledge = min(knowledge, 1.8) - 0.3 * (len(rubric.contradicted) - 1)
        structure -= 0.5
    return Scores(_clamp(communication), _clamp(knowledge), _clamp(structure))


def _shape(rubric: Rubric, question: Question) -> float:
    """How well the answer is organised for its kind of question, from 0 to about 3."""
    story = 0.75 * len(rubric.star_parts) + 0.25 * min(3, rubric.actions)
    plan = (
        0.45 * min(3, rubric.steps)
        + 0.35 * min(2, rubric.conditions)
        + 0.4 * min(3, rubric.reasons)
        + 0.35 * min(2, rubric.trade_offs)
        + 0.25 * min(2, rubric.plans)
    )
    if question.type in STORY_TYPES:
        return story
    if question.type is InterviewType.SITUATIONAL:
        return max(story, plan)
    return max(plan + 0.3 * min(2, rubric.specifics), 0.5 * story)


def _star_parts(text: str, actions: int) -> tuple[str, ...]:
    """Which parts of a story (situation, task, result, action) the answer tells.

    A story's first sentence in the past tense sets its situation, and a past-tense sentence
    after what the candidate did, about what happened, is its result, whatever words they use.
    """
    told = sentences(text)
    situation = bool(count_phrases(text, _WORDS.situation_cues)) or bool(
        told and PAST.search(told[0].lower()) and len(words(told[0])) >= 5
    )
    result = bool(count_phrases(text, _WORDS.result_cues)) or (
        actions > 0
        and len(told) >= 2
        and bool(PAST.search(told[-1].lower()))
        and not ACTION.search(told[-1].lower())
    )
    parts = [
        name
        for name, present in (
            ("situation", situation),
            ("task", bool(count_phrases(text, _WORDS.task_cues))),
            ("result", result),
        )
        if present
    ]
    if actions:
        parts.append("action")
    return tuple(parts)


def _wrong_about(concept: str, claims: ClaimCheck) -> bool:
    return any(concept.lower() == claim.about.lower() for claim in claims.contradicted)


def assess_text(text: str, question: Question, role: Role) -> tuple[Rubric, Scores]:
    """Measure and score an answer in one call."""
    rubric = measure(text, question, role)
    return rubric, score(rubric, question)


def long_sentences(text: str, limit: int = 45) -> int:
    """How many sentences run past ``limit`` words (a sign of an unclear answer)."""
    return sum(1 for sentence in sentences(text) if len(words(sentence)) > limit)


def _clamp(value: float) -> float:
    return round(max(1.0, min(5.0, value)), 2)
