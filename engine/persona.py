"""Heuristic persona detection and prompt-injection spotting.

Signals, all measurable: length, hedges and questions back, topical overlap with the
question and the role, repetition, and instruction-like text aimed at the interviewer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.models import Persona
from engine.roles import Question, Role
from engine.scoring import HEDGES
from engine.text import concept_hits, content_stems, count_phrases, normalize, stem, words

INJECTION = re.compile(
    r"ignore (all |any |the |your |my )?(previous|prior|above|earlier|preceding)"
    r"|disregard (all |any |the |your )?(previous|prior|above|instructions|rules)"
    r"|forget (all |your |the )?(previous |prior )?(instructions|rules|prompt)"
    r"|(system|developer|assistant)\s*(prompt|message)?\s*[:>\]]"
    r"|\[(system|inst|admin)\]|<\|?(system|im_start)\|?>"
    r"|(reveal|show|print|repeat|tell me|output|leak)\b.{0,30}\b(system )?(prompt|instructions)"
    r"|you are (now|no longer)|act as (an?|the) |new instructions|override"
    r"|(give|score|rate|grade|mark) (me|this|my answer|this answer)\b.{0,30}"
    r"(5|five|10|ten|full|perfect|max|top|100|highest)"
    r"|\b(5|10)\s*/\s*(5|10)\b|\"?(overall|score|scores|communication|knowledge)\"?\s*:\s*\d",
    re.IGNORECASE,
)
CONFUSION = (
    "what do you mean", "what does that mean", "not sure what you", "don't understand",
    "do not understand", "dont understand", "can you explain", "could you explain",
    "can you clarify", "could you clarify", "clarify", "rephrase", "repeat the question",
    "what is meant", "what are you asking", "not sure i understand", "i'm lost", "im lost",
    "no idea", "i have no idea", "confused", "what exactly", "not sure how to answer",
    "don't know what", "dont know what", "not familiar", "never heard", "which one do you",
    "do you mean", "you mean", "can you give me an example", "could you give an example",
)  # fmt: skip
TANGENTS = (
    "anyway", "by the way", "funny story", "long story", "side note", "speaking of",
    "off topic", "but i digress", "where was i", "oh and", "as i said", "like i said",
    "fun fact", "my wife", "my husband", "my dog", "my cat", "my mom", "my kids", "weekend",
    "vacation", "back in college", "back in school", "random", "haha", "lol", "oh wow",
    "don't get me started", "where do i start", "fun one", "true story",
)  # fmt: skip
WORK_WORDS = frozenset(
    stem(w)
    for w in """
    i we my our team project customer client user manager work job role company
    colleague problem issue result goal plan process data time deadline task approach
    decided handled worked built improved learned because situation example
    """.split()
)


@dataclass(frozen=True)
class PersonaSignals:
    """The measured signals behind a persona label."""

    word_count: int
    overlap: float
    topical_hits: int
    hedges: int
    confusion: int
    questions_back: int
    tangents: int
    diversity: float
    injection: bool


def looks_like_injection(text: str) -> bool:
    """True when the text tries to instruct the interviewer or fake its output."""
    return bool(INJECTION.search(normalize(text)))


def signals(text: str, question: Question, role: Role) -> PersonaSignals:
    """Measure the persona signals of an answer."""
    tokens = words(text)
    stems = content_stems(text)
    topic = set(content_stems(question.text + " " + question.hint)) | set(
        content_stems(" ".join((*question.key_concepts, *role.concepts)))
    )
    hits = len(concept_hits(text, (*question.key_concepts, *role.concepts)))
    on_topic = sum(1 for s in stems if s in topic)
    work = sum(1 for w in tokens if stem(w) in WORK_WORDS)
    overlap = (on_topic + 0.5 * work) / max(1, len(stems))
    return PersonaSignals(
        word_count=len(tokens),
        overlap=overlap,
        topical_hits=hits + on_topic,
        hedges=count_phrases(text, HEDGES),
        confusion=count_phrases(text, CONFUSION),
        questions_back=text.count("?"),
        tangents=count_phrases(text, TANGENTS),
        diversity=len(set(stems)) / len(stems) if stems else 1.0,
        injection=looks_like_injection(text),
    )


def classify(text: str, question: Question, role: Role) -> tuple[Persona, PersonaSignals]:
    """Label an answer with the persona its signals point to."""
    s = signals(text, question, role)
    if s.injection:
        return Persona.OFF_TOPIC, s
    if s.word_count == 0:
        return Persona.CONFUSED, s
    if s.confusion and (s.word_count < 80 or s.confusion >= 2):
        return Persona.CONFUSED, s
    asking_back = s.questions_back >= 2 or (s.questions_back and (s.hedges or s.topical_hits < 3))
    if asking_back and s.word_count < 60:
        lost = s.confusion or s.hedges or s.overlap >= 0.3
        return Persona.CONFUSED if lost else Persona.OFF_TOPIC, s
    if s.word_count >= 4 and s.overlap < 0.12 and s.topical_hits <= 1:
        return Persona.OFF_TOPIC, s
    if s.hedges >= 3 and s.word_count < 60 and s.topical_hits < 3:
        return Persona.CONFUSED, s
    digressing = s.tangents >= 1 or s.hedges >= 3 or s.overlap < 0.3 or s.diversity < 0.5
    if s.word_count >= 220 or (s.word_count >= 140 and digressing):
        return Persona.CHATTY, s
    if s.tangents >= 3 and s.word_count >= 100:
        return Persona.CHATTY, s
    if s.word_count <= 50 and s.hedges == 0 and s.topical_hits >= 2:
        return Persona.EFFICIENT, s
    return Persona.NORMAL, s
