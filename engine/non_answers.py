"""Replies that are turns of the conversation, not answers: they are answered, never scored.

A candidate may ask what the question means, ask to hear it again, think aloud, say they are
nervous, or say they answered already. An interviewer replies to these; scoring them as
answers would put "1 of 1 answered" and a quoted weakness in the report for a question the
candidate never tried. A reply is one of these when, with its cue words and courtesy words
taken away, almost nothing is left; or, in English, when the reply model
(``engine/reply_model.py``), learned from hundreds of labelled replies, is surer than it ever
was of an answer it had not seen (less sure, where the reply has a cue). Where the rules only
loosely take a reply for one, the model's near-certainty that it is an answer overrules them.
Anything else is an answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from engine.answer_language import language_of
from engine.models import NonAnswer
from engine.questions import Question
from engine.reply_model import non_answer_chance, sure_chance
from engine.reply_reading import (
    as_statements,
    asks_for_questions,
    is_question,
    plans_about,
    stated,
    tells_work,
    unquoted,
    with_parts,
)
from engine.rubric_words import LANGUAGES, RubricWords, reading, rubric, words_for
from engine.rubric_words.few_cues import FEW_CUES, UNSPOKEN_CUES
from engine.scoring import verbs_of
from engine.text import UNSPACED, content_stems, sentences, stem, words

MAX_WORDS = 40  # longer replies are answers, whatever they start with...
LONG_WORDS = 90  # ... unless, up to this long, they only say several times that they are not
BARE_CUE_WORDS = 3  # a reply this short is its one-word cue ("sorry, what")
LEFT_OVER = 2  # at most this many content words besides the cues, whatever else it says
# Content words the rest of a reply offering choices may say ("It would change a lot."); more
# is an answer that asked itself ("was it the questions or my teaching? Then reteach …").
CHOICES_REST = 3
LOOSE_LEFT_OVER = 6  # ... or this many, when it tells nothing the candidate did
BACK_WORDS = 35  # a reply with a cue, asking back or telling nothing, is at most this long
QUESTION_WORDS = 25  # a bare question back to the interviewer is at most this long
# Thinking aloud is short, and names few words, few of them the question's.
ALOUD_WORDS, ALOUD_LEFT, ALOUD_TOPIC = 25, 10, 3
REPEATED = 3  # a long reply says it is not an answer in this many phrases
ECHOED = 0.5  # this share of the question's own words, asked back, is the question repeated back
STATED_TOPIC = 3  # a reply that asks back, then states this many of the question's words, answers
# Below this chance of the reply model, a reply the rules read loosely as a non-answer is an
# answer (on replies it never saw, answers the rules took had at most 0.21, non-answers 0.42)
SURELY_ANSWER = 0.3
# ... and at or above this one, a reply with a cue the rules left alone is a non-answer (there,
# replies it never saw, answers had at most 0.72, most non-answers above 0.8)
SURELY_CUED = 0.8
# A reply in a language with only a few cues (Portuguese, Russian, Hindi) is one when it has a
# cue and is at most this long, with no figure in it; up to the longer length, when it has
# this many cues apart.
FEW_CUES_WORDS, FEW_CUES_LONG, FEW_CUES_REPEATED = 20, 60, 2


def non_answer(
    text: str, question: Question, prompt: str, language: str = "en"
) -> NonAnswer | None:
    """The kind of non-answer ``text`` is, replying to ``prompt`` on ``question``, or None.

    A short reply is one when it has a cue of its kind and, besides the cues and courtesy
    words, says almost nothing (thinking aloud may name the question's words); or when it asks
    a question back and tells nothing that happened; or when, unprompted by any cue, it is a
    short question back to the interviewer, or offers it choices about the question. A longer
    one is one only when it says so again and again and tells and plans nothing. Talk about
    this conversation ("as I mentioned", "I walked you through it") tells nothing done, and
    neither do its questions ("so you're asking how I'd decide?"): what it states is read.
    A reply written in another language the rules have cues for is read with that language's
    cues as well, and any reply with another such language's cue and almost nothing else
    besides; one in Portuguese, Russian, Hindi or a language the bot does not speak,
    which have only a few cues, when it is short. A reply these rules leave alone, up to
    ``LONG_WORDS`` long, written in English, is one when the reply model takes it for one.
    """
    if asks_for_questions(question.text, language):
        text = as_statements(text)  # "Who signs off? Is there budget?" answers it
    kind = _read(text, question, prompt, language)
    spoken = language_of(text) or language
    if kind is None and spoken != language and spoken in LANGUAGES:
        # "Disculpa, estoy muy nervioso" in an English interview: read with Spanish cues too
        kind = _read(text, question, prompt, spoken)
    for other in LANGUAGES:  # a short reply's language is too hard to tell
        if kind is None and other not in (language, spoken):
            kind = _read_cued(text, question, prompt, other)
    if kind is None:
        topic = question_topic(question, prompt)
        few = [spoken] if spoken in FEW_CUES else []
        for cued in (*few, *UNSPOKEN_CUES):  # UNSPOKEN_CUES: languages the bot does not speak
            kind = kind or _few_cued(text, cued, topic)
    return kind


def _few_cued(text: str, language: str, topic: set[str]) -> NonAnswer | None:
    """The kind of a reply with a cue of a language that has only a few ("Deixa eu pensar um
    pouquinho…", "Минутку, дайте подумать", "稍等，让我想想"): a short one with a cue, or a
    longer one that says it twice and ends soon after ("Извините, я очень волнуюсь… дайте мне
    секунду"), with no figure in it, not naming the question's own words and telling nothing
    done in English ("Хвилинку... promises go to the microtask queue" answers)."""
    length = _length(text)
    if length > FEW_CUES_LONG or any(char.isdigit() for char in text):
        return None
    lowered = text.lower()
    # in the patterns' order, most specific kind first
    found = [
        (match.start(), match.end(), kind)
        for kind, pattern in _few_cue_patterns(language)
        for match in pattern.finditer(lowered)
    ]
    if not found:
        return None
    after = len(lowered[max(end for _, end, _ in found) :].split())
    if length > FEW_CUES_WORDS and (
        _disjoint((start, end) for start, end, _ in found) < FEW_CUES_REPEATED
        or after > FEW_CUES_WORDS
    ):
        return None  # "Секунду, дайте соберусь с мыслями... Обычно это так: …" answers
    english = words_for("en")
    if len(topic & set(content_stems(text))) >= STATED_TOPIC or tells_work(
        stated(text).lower(), verbs_of("en"), english.conversation_verbs
    ):
        return None
    return NonAnswer(found[0][2])


def _length(text: str) -> int:
    """The reply's length in words, a run of Chinese or Japanese characters counting one word
    for every two characters (they are written without spaces)."""
    unspaced = sum(len(run) for run in _UNSPACED_RUN.findall(text))
    return len(_UNSPACED_RUN.sub(" ", text).split()) + unspaced // 2


def _disjoint(spans: Iterable[tuple[int, int]]) -> int:
    """How many of the (start, end) spans follow each other without overlapping."""
    count, reach = 0, -1
    for start, end in sorted(spans):
        if start >= reach:
            count, reach = count + 1, end
    return count


@cache
def _few_cue_patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind's cues in ``language`` as one pattern, most specific kind first."""
    cues = FEW_CUES.get(language) or UNSPOKEN_CUES[language]
    return tuple(
        (kind, re.compile("|".join(_cue_pattern(cue) for cue in kind_cues)))
        for kind, kind_cues in cues.items()
    )


def _cue_pattern(cue: str) -> str:
    """A cue from the start of a word to the end of one (in Devanagari, to anywhere; in
    Chinese, Japanese and Korean, anywhere in a run of characters)."""
    if any(_UNSPACED.match(char) for char in cue):
        return re.escape(cue)
    devanagari = any("\u0900" <= char <= "\u097f" for char in cue)
    return rf"(?<!\w){re.escape(cue)}" + ("" if devanagari else r"(?!\w)")


# Scripts that run words together, and Hangul: Korean spaces words, but ties endings to them
# ("생각해볼게요")
_UNSPACED = re.compile(f"[{UNSPACED}\uac00-\ud7af]")
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")


def _read(text: str, question: Question, prompt: str, language: str) -> NonAnswer | None:
    """The kind of non-answer ``text`` is, read with the rules (and the model) of ``language``."""
    with reading(language):
        plain = _spelled_out(text, words_for(language).plain_words)
        topic = question_topic(question, prompt)
        kind = _kind(plain, question, prompt, topic, language)
        if isinstance(kind, _Loose):
            return None if _learned_answer(text, topic, language) else kind.kind
        if kind is None and language == "en":  # the model learned from English replies
            kind = _learned(text, plain, topic, language)
        return kind


def _read_cued(text: str, question: Question, prompt: str, language: str) -> NonAnswer | None:
    """The kind of a reply with a cue of ``language`` and, read in it, almost nothing else
    ("perdón, estoy nerviosa", too short to tell its language). Only a cue's plain reading
    counts: an English answer read with Spanish words is all words that reading cannot place."""
    with reading(language):
        vocabulary = words_for(language)
        plain = _spelled_out(text, vocabulary.plain_words)
        lowered = " " + " ".join(words(plain)) + " "
        own = _own_cues(vocabulary)
        if not any(f" {cue} " in lowered for cues in own.values() for cue in cues):
            return None
        kind = _kind(plain, question, prompt, question_topic(question, prompt), language)
        return kind if isinstance(kind, NonAnswer) else None


@dataclass(frozen=True)
class _Loose:
    """A kind the rules found by a loose reading (a cue, and words they could not place): the
    reply model may still know the reply for an answer."""

    kind: NonAnswer


def _learned_answer(text: str, topic: set[str], language: str) -> bool:
    """Whether the reply model is all but sure that an English reply is an answer ("Good
    question — zoning and code first, then meet the planner")."""
    if language != "en" or language_of(text) not in (None, "en"):
        return False
    return _chance(text, topic, language) < SURELY_ANSWER


def _learned(text: str, plain: str, topic: set[str], language: str) -> NonAnswer | None:
    """The kind of a reply the model takes for a non-answer (it reads the reply as written):
    its most specific cue's, or else a question back asks to hear it put another way and
    anything else waits. A reply with a cue the rules left alone needs less of the model's
    certainty than one with none."""
    vocabulary = words_for(language)
    tokens = words(plain)
    if not tokens or len(tokens) > LONG_WORDS:
        return None
    # A reply written in another language is not for the model to read: its words and meaning
    # are those of no reply it learned from.
    if language_of(text) not in (None, "en"):
        return None
    found = _found_cues(" " + " ".join(tokens) + " ", vocabulary)
    if _chance(text, topic, language) < (SURELY_CUED if found else sure_chance()):
        return None
    # "what's the salary band?" asks about something else than hearing the question again.
    if found and not _only_passing_words(found):
        return _most_specific(found)
    asks = any(is_question(part) for part in sentences(plain))
    return NonAnswer.CLARIFY if asks else NonAnswer.THINKING


def _chance(text: str, topic: set[str], language: str) -> float:
    """The reply model's probability that the reply is not an answer."""
    vocabulary = words_for(language)
    return non_answer_chance(text, topic, verbs_of(language), vocabulary.conversation_verbs)


def _kind(
    text: str, question: Question, prompt: str, topic: set[str], language: str
) -> NonAnswer | _Loose | None:
    vocabulary = words_for(language)
    spoken = verbs_of(language)
    tokens = words(text)
    if not tokens or len(tokens) > LONG_WORDS:
        return None
    # "Is the budget fixed or…" asks back without a question mark too; "Is it fixed? Yes, …"
    # answers itself.
    after = words(text.rpartition("?")[2])
    # ... but "Do now, mini lesson, guided practice" is a list: an inverted opener asks when a
    # person or a determiner follows it ("is the", "should I").
    said = rubric()
    inverted = tokens[0] in vocabulary.inverted_openers and (
        len(tokens) > 1 and tokens[1] in said.personal_pronouns | said.determiners
    )
    asks_back = ("?" in unquoted(text) or inverted) and not (
        after and after[0] in vocabulary.self_answers
    )
    # What the reply states, not what it asks: "should I say how I'd decide?" plans nothing.
    statement = stated(text).lower()
    # "I rewrote the checklist": an answer
    told = tells_work(statement, spoken, vocabulary.conversation_verbs)
    # "I'd call the customer": so does this; "I'd like to get this right" plans nothing
    planned = plans_about(statement, topic, spoken)
    lowered = " " + " ".join(tokens) + " "
    if asks_back and _echoes(text, (question.text, prompt)):
        return NonAnswer.CLARIFY  # the question said back, to check it
    found = _found_cues(lowered, vocabulary)
    if found:
        kind = _most_specific(found)
        rest = lowered
        every = sorted((c for matched in found.values() for c in matched), key=len, reverse=True)
        for cue in every:
            rest = rest.replace(f" {cue} ", " ")
        left = [s for s in content_stems(rest) if s not in _courtesy(language)]
        topical = topic & with_parts(left)
        if tells_work(rest, spoken, vocabulary.conversation_verbs) and topical:
            # "As I said, I updated the forecast": an answer
            return None
        specific = any(" " in cue for cue in every)  # one word ("what", "sec") proves little
        # "what?" asks; "Ask why, and what would make them stay." does not. ("nerves", "sec"
        # need no question mark.)
        bare = specific or asks_back or len(tokens) <= BARE_CUE_WORDS or kind not in _ASKING
        if len(left) <= LEFT_OVER and bare:
            return kind
        if len(tokens) > MAX_WORDS:
            # A long reply is a non-answer only when it says so again and again ("I can't find
            # it in my head… so embarrassing… I need a second to calm down") and tells and
            # plans nothing about the question.
            repeated = len([cue for cue in every if " " in cue]) >= REPEATED
            return kind if repeated and not told and not planned else None
        if told or len(tokens) > BACK_WORDS:
            return None
        if not specific:  # one word ("what") proves little; choices offered back do
            return NonAnswer.CLARIFY if asks_back and _offers_choices(text, topic) else None
        # "What do you mean, a flat no? Then I ask why, explain …": it answers after asking.
        # Not one asking to hear the question again, which says what it caught of it.
        stated_topic = topic & with_parts(content_stems(unquoted(statement)))
        answers_anyway = kind is not NonAnswer.REPEAT and len(stated_topic) >= STATED_TOPIC
        if asks_back and not planned and not answers_anyway:
            return _Loose(kind)
        # Thinking aloud names what it is about ("narrow… sloping… a sec"), and so does
        # pointing back twice ("I covered that a few minutes ago, same reasoning").
        aloud = kind in _ALOUD or (
            kind is NonAnswer.ALREADY_SAID and _apart(lowered, found[kind]) >= 2
        )
        if aloud and _aloud(tokens, left, topical, planned):
            return _Loose(kind)
        if not planned and len(left) <= LOOSE_LEFT_OVER and not topical:
            return _Loose(kind)
        return None
    if len(tokens) > MAX_WORDS:
        return None
    if asks_back and not told and _offers_choices(text, topic):
        return NonAnswer.CLARIFY  # "up from the street or down from it?"
    if told or planned or not asks_back:
        return None
    if _asks(tokens, vocabulary.question_openers) and topic & set(content_stems(text)):
        return _Loose(NonAnswer.CLARIFY)
    if len(tokens) <= BACK_WORDS and _only_asks_about(text, topic):
        return NonAnswer.CLARIFY  # "so you're asking how I'd split the tasks?"
    return None


# Cues of the model's English replies that any question back may hold: they name no kind.
IN_PASSING = frozenset({"what", "again"})
# Kinds that ask the interviewer something: their one-word cues ("what") ask only in a question.
_ASKING = (NonAnswer.CLARIFY, NonAnswer.REPEAT)
# Kinds that talk about the candidate, not the question, though its words may come up. ("As I
# said, the budget is the plan" is an answer again: "I said that" needs two cues.)
_ALOUD = (NonAnswer.THINKING, NonAnswer.NERVOUS)


def _aloud(tokens: list[str], left: list[str], topical: set[str], planned: bool) -> bool:
    """Whether a reply with a cue of thinking or nerves is only that, though it names the
    question's topic: short, saying little, and planning nothing about the topic."""
    small = len(tokens) <= ALOUD_WORDS and len(left) <= ALOUD_LEFT
    return small and len(topical) <= ALOUD_TOPIC and not planned


def _spelled_out(text: str, plain: tuple[tuple[str, str], ...]) -> str:
    """The text with informal spellings and phrasal verbs in plain words ("gimme a sec": "give
    me a sec")."""
    if not plain:
        return text
    pattern, words_for_spelling = _spellings(plain)
    return pattern.sub(lambda found: words_for_spelling[found[0].lower()], text)


@cache
def _spellings(plain: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every spelling of a language (longest first), and what each stands for."""
    spellings = sorted((short for short, _ in plain), key=len, reverse=True)
    alternatives = "|".join(re.escape(short) for short in spellings)
    pattern = re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", re.IGNORECASE)
    return pattern, dict(plain)


def _only_asks_about(text: str, topic: set[str]) -> bool:
    """Whether the reply ends asking about the question and states nothing about it: its
    questions name the question's words, its other sentences none of them. ("A forecast? It's
    our best estimate" answers its own question.)"""
    parts = sentences(text)
    asked = " ".join(part for part in parts if is_question(part))
    return (
        is_question(parts[-1])
        and bool(topic & set(content_stems(asked)))
        and not topic & set(content_stems(stated(text)))
    )


def _offers_choices(text: str, topic: set[str]) -> bool:
    """Whether a question back offers choices about the question ("sloping up from the street
    or down from it?") and, besides it, the reply says almost nothing about the topic."""
    parts = sentences(text)
    asked = [part for part in parts if _asking(part) and " or " in f" {part.lower()} "]
    if not any(set(content_stems(part)) & topic for part in asked):
        return False  # choices about something else ("is the pay fixed or variable?")
    rest = " ".join(part for part in parts if part not in asked)
    said = set(content_stems(rest)) - {stem(word) for word in rubric().clause_connectives}
    return len(said & topic) <= LEFT_OVER and len(said) <= CHOICES_REST


def _asking(sentence: str) -> bool:
    """Whether a sentence asks: it ends with "?", or opens like a question once its connectives
    are past ("and is this one box or spread over a few regions"); "anyway, first I check
    whether X or Y" states."""
    if is_question(sentence):
        return True
    said = rubric()
    opening = next((w for w in words(sentence.lower()) if w not in said.clause_connectives), "")
    return opening in said.inverted_openers or opening in said.question_openers


def _found_cues(lowered: str, vocabulary: RubricWords) -> dict[NonAnswer, list[str]]:
    """The cues of each kind the reply (its words, space-joined and padded) says."""
    found = {
        kind: [cue for cue in phrases if f" {cue} " in lowered]
        for kind, phrases in _cues(vocabulary).items()
    }
    return {kind: matched for kind, matched in found.items() if matched}


def _apart(lowered: str, cues: list[str]) -> int:
    """How many of the cues the reply says apart from each other: "like I said earlier" says
    "like I said" and "said earlier" once."""
    return _disjoint(
        (found.start(), found.start() + len(cue) + 1)
        for cue in cues
        for found in re.finditer(f"(?= {re.escape(cue)} )", lowered)
    )


def _only_passing_words(found: dict[NonAnswer, list[str]]) -> bool:
    """Whether every cue found is a word any question back may hold ("what", "again")."""
    return all(cue in IN_PASSING for cues in found.values() for cue in cues)


def _most_specific(found: dict[NonAnswer, list[str]]) -> NonAnswer:
    """The kind the longest cue found names: "what do you mean" over "what"."""
    return max(found, key=lambda kind: max(len(cue) for cue in found[kind]))


@cache
def _cues(vocabulary: RubricWords) -> dict[NonAnswer, tuple[str, ...]]:
    """Each kind's cues: the language's own, and the other languages' phrases of two words or
    more, since a candidate may switch language for a moment ("déjame pensar…", "schon
    erzählt"); their single words could be words of this language ("attends")."""
    own = _own_cues(vocabulary)
    others = [_own_cues(other) for other in LANGUAGES.values() if other is not vocabulary]
    return {
        kind: cues
        + tuple(
            dict.fromkeys(
                cue for other in others for cue in other[kind] if " " in cue and cue not in cues
            )
        )
        for kind, cues in own.items()
    }


def _own_cues(vocabulary: RubricWords) -> dict[NonAnswer, tuple[str, ...]]:
    return {
        NonAnswer.CLARIFY: vocabulary.clarify_cues,
        NonAnswer.REPEAT: vocabulary.repeat_cues,
        NonAnswer.ALREADY_SAID: vocabulary.already_said_cues,
        NonAnswer.NERVOUS: vocabulary.nervous_cues,
        NonAnswer.THINKING: vocabulary.thinking_cues,
    }


def question_topic(question: Question, prompt: str) -> set[str]:
    """The stems of what the question is about: its text, hint, concepts and the prompt."""
    about = " ".join((question.text, question.hint, " ".join(question.key_concepts), prompt))
    return set(content_stems(about))


def _asks(tokens: list[str], openers: frozenset[str]) -> bool:
    """Whether a short reply opens like a question ("is it…", "should I…", "any…")."""
    return len(tokens) <= QUESTION_WORDS and tokens[0] in openers


def _echoes(text: str, prompts: tuple[str, ...]) -> bool:
    """Whether the text is mostly the prompt's own words, asked back."""
    said = set(content_stems(text))
    for prompt in prompts:
        own = set(content_stems(prompt))
        if own and len(said & own) >= ECHOED * len(own) and len(said - own) <= len(own):
            return True
    return False


@cache
def _courtesy(language: str) -> frozenset[str]:
    return frozenset(stem(word) for word in words_for(language).courtesy_words)
