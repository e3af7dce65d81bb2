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
from functools import lru_cache

from engine.claims import check_claims
from engine.mix_ups import mix_ups
from engine.models import Scores
from engine.roles import InterviewType, Question, Role
from engine.rubric_words import ENGLISH, rubric, rubric_language, words_for
from engine.text import (
    concept_hits,
    content_stems,
    count_phrases,
    is_prose,
    quantities,
    sentences,
    without_keyword_lists,
    words,
)
from engine.topicality import (
    HALF_FIT,
    LIKELY,
    MISSED_CORE,
    ON_TOPIC_CHANCE,
    UNLIKELY,
    TopicFeatures,
    on_topic_probability,
    topic_features,
    topicality,
)


@dataclass(frozen=True)
class Verbs:
    """How one language says what was done, what happened, and what would be done."""

    action: re.Pattern[str]  # "I/we" and a past-tense verb: what the candidate actually did
    past: re.Pattern[str]  # any past-tense verb: a sentence telling what happened
    plan: re.Pattern[str]  # "I'd / I would / I will": what the candidate would do


def verbs() -> Verbs:
    """The verb patterns of the language answers are read in."""
    return verbs_of(rubric_language())


@lru_cache(maxsize=8)
def verbs_of(language: str) -> Verbs:
    """The verb patterns of ``language`` (English's where it has no word lists)."""
    vocabulary = words_for(language)
    subjects = "|".join(vocabulary.action_subjects)
    adverbs = "|".join(adverb + r"\s+" for adverb in vocabulary.action_adverbs)
    past_tense = "|".join(vocabulary.past_tense_patterns)
    was = "was|were|had|" if vocabulary is ENGLISH else ""
    return Verbs(
        action=re.compile(rf"\b(?:{subjects})\s+(?:{adverbs})?(?:{past_tense})\b"),
        past=re.compile(rf"\b(?:{was}{past_tense})\b"),
        plan=re.compile("|".join(vocabulary.plan_patterns)),
    )


STORY_TYPES = (InterviewType.BEHAVIORAL,)
OFF_TOPIC_CREDIT = 1.0  # an off-topic answer scores 1 plus this times its on-topic chance
# With an example answer to compare meanings with, the topicality model is trusted in between:
# an answer it gives a chance below SURE of being about the question keeps only part of what it
# scores above an off-topic answer, none of it at DOUBTFUL or below.
DOUBTFUL, SURE = 0.45, 0.95
MEANING_NEAR = 0.2  # this close in meaning, an answer is about a question of its own
MEASURED_OUTCOME = 2  # quantities in a story's closing line that make it a result
AFFIRMED = 0.3  # knowledge per thing a correct answer must say that the answer says (2 at most)


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
    mixed_up: tuple[tuple[str, str], ...] = ()  # terms it says of what is true of others
    corrections: tuple[str, ...] = ()  # what a correct answer says about them
    affirmed: int = 0
    fit: float = 1.0  # how well it fits this question rather than another of the bank (0-1)
    on_topic_chance: float = 1.0  # the topicality model's probability that it answers this
    # words in the sentences that speak to the question or the work (None: every word does)
    pointed_words: int | None = None

    @property
    def weighed_fit(self) -> float:
        """The bank fit, where it still counts: the topicality model weighs it with everything
        else, so where the model finds the answer likely about this question, a better fit
        elsewhere has had its say."""
        return self.fit if self.on_topic_chance < LIKELY else 1.0

    @property
    def about_another(self) -> bool:
        """Whether the answer is, by its words, about another question or the opposite
        situation, rather than only doubtfully about this one."""
        return self.other_situation or self.weighed_fit < HALF_FIT

    @property
    def on_topic(self) -> bool:
        """Whether the answer is about what the question asks."""
        missed_core = self.topicality <= MISSED_CORE and self.on_topic_chance < ON_TOPIC_CHANCE
        return not (missed_core or self.about_another or self.on_topic_chance < UNLIKELY)


def measure(text: str, question: Question, role: Role) -> Rubric:
    """Measure an answer's features against its question and role."""
    text = without_keyword_lists(text, (*question.key_concepts, *role.concepts))
    tokens = words(text)
    count = len(tokens)
    stems = content_stems(text)
    diversity = len(set(stems)) / len(stems) if stems else 0.0
    lowered = text.lower()
    said, spoken = rubric(), verbs()
    actions = len(spoken.action.findall(lowered))
    star = _star_parts(text, actions)
    claims = check_claims(text, question)
    mixed = mix_ups(text, question)
    topic = topic_features(text, question, role)
    in_bank = role.has_question(question.id)
    english = rubric_language() == "en"
    wrong = {claim.about.lower() for claim in claims.contradicted} | {
        mix.said.lower() for mix in mixed
    }
    question_concepts = tuple(c for c in topic.concepts if c.lower() not in wrong)
    to_the_point = _pointed(text, question, role, spoken)
    pointed = " ".join(to_the_point)
    # Quantities count in a sentence of the answer, not in a line of data beside it (a log
    # line, a reference number, an encoded run): "It took 41 minutes" counts, "ref 4471 /
    # 0.97" does not.
    kept = set(to_the_point)
    told = " ".join(part for part in sentences(text) if part in kept or is_prose(part))
    # Hedges and fillers per 100 words of the answer proper: words padded around it (an aside,
    # a paragraph in another language or code) do not thin them out.
    pointed_words = len(words(pointed))
    per_100 = 100 / max(pointed_words, 25)
    return Rubric(
        word_count=count,
        pointed_words=pointed_words,
        question_concepts=question_concepts,
        role_concepts=tuple(concept_hits(text, role.concepts)),
        question_concept_total=len(question.key_concepts),
        specifics=quantities(told) + count_phrases(told, said.example_cues),
        star_parts=star,
        reasoning=count_phrases(text, said.reasoning_cues),
        actions=actions,
        hedge_density=count_phrases(text, said.hedges) * per_100,
        filler_density=count_phrases(text, said.fillers) * per_100,
        cliches=count_phrases(text, said.cliches),
        diversity=diversity,
        long_sentences=long_sentences(text),
        topicality=topicality(topic),
        other_situation=topic.other_situation,
        steps=count_phrases(pointed, said.step_cues),
        conditions=count_phrases(pointed, said.condition_cues),
        reasons=count_phrases(pointed, said.reason_cues),
        trade_offs=count_phrases(pointed, said.trade_off_cues),
        plans=len(spoken.plan.findall(lowered)),
        contradicted=tuple(
            dict.fromkeys(
                (*(claim.about for claim in claims.contradicted), *(mix.said for mix in mixed))
            )
        ),
        mixed_up=tuple((mix.said, mix.meant) for mix in mixed),
        corrections=tuple(
            claim.text
            for wrong in claims.contradicted
            for claim in question.must_say
            if claim.about == wrong.about
        ),
        affirmed=len(claims.affirmed),
        # The bank's fit and the topicality model were learned from English answers.
        fit=topic.fit if in_bank and english else 1.0,
        on_topic_chance=(
            on_topic_probability(topic) if in_bank and english else _own_question_chance(topic)
        ),
    )


def _pointed(text: str, question: Question, role: Role, spoken: Verbs) -> tuple[str, ...]:
    """The sentences of the text that name something of the question, the role or the work, or
    say what the candidate did or would do: an answer's length and reasoning are read there."""
    asked = set(content_stems(" ".join((question.text, question.hint, *question.key_concepts))))
    known = asked | set(content_stems(" ".join(role.concepts))) | _work_words(rubric_language())
    return tuple(
        sentence
        for sentence in sentences(text)
        if known & set(content_stems(sentence))
        or spoken.action.search(sentence.lower())
        or spoken.plan.search(sentence.lower())
    )


@lru_cache(maxsize=8)
def _work_words(language: str) -> frozenset[str]:
    return frozenset(content_stems(" ".join(words_for(language).work_words)))


def _own_question_chance(topic: TopicFeatures) -> float:
    """Whether an answer is about a question from outside the role's bank (from the candidate's
    CV or job, or an LLM's): 1 or 0.

    Such a question has no bank to be told apart from, and an answer about the candidate's own
    work often fits a bank question better than a question worded from their CV; the model
    trained on bank questions would call it off topic. It is about the question when it names
    one of its concepts, speaks to its words, or is near it in meaning.
    """
    near = topic.concepts or topic.echo > 0 or topic.meaning_asked >= MEANING_NEAR
    return 1.0 if near else 0.0


def score(rubric: Rubric, question: Question) -> Scores:
    """Turn measured features into 1-5 scores on the three dimensions."""
    n = rubric.word_count
    if n == 0:
        return Scores(1.0, 1.0, 1.0)
    # Short answers cannot show much; very long ones lose the listener.
    # Only sentences that speak to the question or the work make a short answer longer: an
    # aside ("sorry, I'm on a train") is no more answer for its words.
    pointed = n if rubric.pointed_words is None else rubric.pointed_words
    brevity = min(1.0, pointed / 45)
    sprawl = max(0.0, (n - 260) / 200)
    repetition = max(0.0, 0.55 - rubric.diversity) * 4 if n >= 40 else 0.0
    # Hedges and fillers weigh as many per 100 words, but counted against at least 100 words:
    # words added to a short answer (an aside to the grader, small talk) do not thin them out.
    undiluted = max(n, 25) / max(n, 100)
    vague = min(2.0, (0.45 * rubric.hedge_density + 0.3 * rubric.filler_density) * undiluted)
    cliche = min(1.5, 0.5 * rubric.cliches)

    coverage = len(rubric.question_concepts) / max(1, min(rubric.question_concept_total, 5))
    knowledge = (
        (
            1.0
            + 2.2 * min(1.0, coverage)
            + 0.35 * min(4, len(rubric.role_concepts))
            + 0.35 * min(3, rubric.specifics)
            + AFFIRMED * min(2, rubric.affirmed)
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
    # candidate did not listen, however well it is told. Off the topic, only how close it came
    # to the question counts; on it, a better fit to another question weighs it down.
    if not rubric.on_topic:
        near = 0.0 if rubric.other_situation else OFF_TOPIC_CREDIT * rubric.on_topic_chance
        return Scores(*(_clamp(1.0 + near) for _ in range(3)))
    knowledge = 1.0 + (knowledge - 1.0) * rubric.weighed_fit
    structure = 1.0 + (structure - 1.0) * rubric.weighed_fit
    if rubric.contradicted:
        # A wrong fact is worse than a missing one: it would sink a real interview.
        knowledge = min(knowledge, 1.8) - 0.3 * (len(rubric.contradicted) - 1)
        structure -= 0.5
    scores = Scores(_clamp(communication), _clamp(knowledge), _clamp(structure))
    return _doubted(scores, rubric) if question.example else scores


def _doubted(scores: Scores, rubric: Rubric) -> Scores:
    """Scores weighed by how sure the topicality model is that the answer is about the question:
    polish on what may be another subject does not count in full."""
    trust = min(1.0, max(0.0, (rubric.on_topic_chance - DOUBTFUL) / (SURE - DOUBTFUL)))
    floor = 1.0 + OFF_TOPIC_CREDIT * rubric.on_topic_chance

    def weighed(value: float) -> float:
        return floor + (value - floor) * trust if value > floor else value

    return Scores(
        weighed(scores.communication), weighed(scores.knowledge), weighed(scores.structure)
    )


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
    after what the candidate did, about what happened, is its result, whatever words they use;
    so is a closing line of measured outcomes ("A month later: two seconds, down from six").
    """
    told = sentences(text)
    said, spoken = rubric(), verbs()
    situation = bool(count_phrases(text, said.situation_cues)) or bool(
        told and spoken.past.search(told[0].lower()) and len(words(told[0])) >= 5
    )
    last = told[-1].lower() if told else ""
    result = bool(count_phrases(text, said.result_cues)) or (
        actions > 0
        and len(told) >= 2
        and (bool(spoken.past.search(last)) or quantities(last) >= MEASURED_OUTCOME)
        and not spoken.action.search(last)
    )
    parts = [
        name
        for name, present in (
            ("situation", situation),
            ("task", bool(count_phrases(text, said.task_cues))),
            ("result", result),
        )
        if present
    ]
    if actions:
        parts.append("action")
    return tuple(parts)


def assess_text(text: str, question: Question, role: Role) -> tuple[Rubric, Scores]:
    """Measure and score an answer in one call."""
    rubric = measure(text, question, role)
    return rubric, score(rubric, question)


def long_sentences(text: str, limit: int = 45) -> int:
    """How many sentences run past ``limit`` words (a sign of an unclear answer)."""
    return sum(1 for sentence in sentences(text) if len(words(sentence)) > limit)


def _clamp(value: float) -> float:
    return round(max(1.0, min(5.0, value)), 2)
