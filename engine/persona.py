"""Heuristic persona detection and prompt-injection spotting.

Signals, all measurable: length, hedges and questions back, topical overlap with the
question and the role, repetition, and instruction-like text aimed at the interviewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from engine.injection import looks_like_injection
from engine.models import Persona
from engine.reply_reading import asks_for_questions, unquoted
from engine.roles import Question, Role
from engine.rubric_words import rubric, rubric_language, words_for
from engine.scoring import verbs
from engine.text import concept_hits, content_stems, count_phrases, stem, words
from engine.topicality import UNLIKELY, on_topic_probability, topic_features


def work_stems() -> frozenset[str]:
    """The stems of words about work, in the language answers are read in."""
    return _work_stems(rubric_language())


@lru_cache(maxsize=8)
def _work_stems(language: str) -> frozenset[str]:
    return frozenset(stem(word) for word in words_for(language).work_words)


# A question the candidate quotes ("I ask 'who signs off?'") is not one put to the interviewer.
# A brief answer this full of the question's words is direct even with one hedge in it ("I tell
# them I don't know yet and won't guess, then check the knowledge base…").
SURE_OF_TOPIC = 6
# A stem this long that starts another is the same word's ("proud", "proudest"; French "fi",
# "fier").
STEM_ROOT = 2
# ... and one this long inside another, after a prefix ("orgull", "enorgullezca").
PREFIXED_ROOT = 5
# An answer opens with its first this many words: "So, the project I'm proudest of is…".
OPENING_WORDS = 12
# A question back this much about the question and the role (a share of its words) asks about
# the question: "Zoning, is that the same as the building code?".
ASKED_ABOUT = 0.2


# The topicality model judges answers of this many words up to LONG_ANSWER: a shorter one
# ("I'd first ask what outcome they need") says too little to fit any question, and a longer
# one wanders through its topic.
FITTED_WORDS = 20
LONG_ANSWER = 140
TRANSLATED_UNLIKELY = 0.5


# A cue of confusion this many words (or fewer) after someone else is theirs, not the
# candidate's: "the customer had no idea", "they really don't know what".
OTHERS_REACH = 2
# A cue's words may have this many others among them, as set phrases are said: "bin ich jetzt
# überfragt", "no lo tengo nada claro", "je ne sais pas trop ce que" ("je sais pas ce que").
CUE_GAP = 2


def _own_confusion(tokens: list[str]) -> int:
    """How many cues of confusion the candidate says of themselves, not of someone else."""
    others = _other_people(rubric_language())
    said = [token.lower() for token in tokens]
    found = 0
    for first, *rest in _confusion_cues(rubric_language()):
        for start, word in enumerate(said):
            if word == first and _follows(said, start + 1, rest):
                before = said[max(0, start - OTHERS_REACH) : start]
                found += not any(stem(w) in others for w in before)
    return found


@lru_cache(maxsize=8)
def _confusion_cues(language: str) -> tuple[tuple[str, ...], ...]:
    """The language's cues of confusion, each as its words."""
    return tuple(
        parts for cue in words_for(language).confusion_cues if (parts := tuple(words(cue)))
    )


def _follows(said: list[str], start: int, rest: list[str]) -> bool:
    """Whether the words ``rest`` come in ``said`` from ``start`` on, in their order, with at
    most ``CUE_GAP`` other words among them."""
    gaps = 0
    for word in rest:
        while start < len(said) and said[start] != word:
            start, gaps = start + 1, gaps + 1
        if start == len(said) or gaps > CUE_GAP:
            return False
        start += 1
    return True


@lru_cache(maxsize=8)
def _other_people(language: str) -> frozenset[str]:
    said = words_for(language)
    people = [word for family in said.participant_families for word in family if " " not in word]
    return frozenset(stem(word) for word in (*people, *said.third_persons))


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
    attempt: bool = False  # says what the candidate did or would do: an attempt at an answer
    on_topic_chance: float = 1.0  # the topicality model's, for a question of the role's bank
    stock_answer: bool = False  # answers a stock question ("my biggest strength is…") not asked
    asked_overlap: float = 0.0  # share of its stems from the question and the role (no work words)

    @property
    def fits_another(self) -> bool:
        """Whether the topicality model says the answer is about something else: another
        question of the bank (its story) or none (pay, small talk, a five-year plan)."""
        return FITTED_WORDS <= self.word_count < LONG_ANSWER and self.on_topic_chance < _unlikely()

    @property
    def about_another_question(self) -> bool:
        """Whether the answer answers another question than the one asked: one of the bank's
        or anything else, by the model, or a stock question of every interview."""
        return self.fits_another or (self.stock_answer and self.word_count < LONG_ANSWER)


def signals(text: str, question: Question, role: Role) -> PersonaSignals:
    """Measure the persona signals of an answer."""
    tokens = words(text)
    stems = content_stems(text)
    topic = set(content_stems(question.text + " " + question.hint)) | set(
        content_stems(" ".join((*question.key_concepts, *role.concepts)))
    )
    hits = len(concept_hits(text, (*question.key_concepts, *role.concepts)))
    on_topic = sum(1 for s in stems if s in topic)
    working = work_stems()
    work = sum(1 for w in tokens if stem(w) in working)
    overlap = (on_topic + 0.5 * work) / max(1, len(stems))
    return PersonaSignals(
        word_count=len(tokens),
        overlap=overlap,
        topical_hits=hits + on_topic,
        hedges=count_phrases(text, rubric().hedges),
        confusion=_own_confusion(tokens),
        # what the candidate would ask, when the question asks that, asks the interviewer nothing
        questions_back=0
        if asks_for_questions(question.text, rubric_language())
        else unquoted(text).count("?"),
        tangents=count_phrases(text, rubric().tangent_cues),
        diversity=len(set(stems)) / len(stems) if stems else 1.0,
        injection=looks_like_injection(text),
        attempt=bool(verbs().action.search(text.lower()) or verbs().plan.search(text.lower())),
        on_topic_chance=_on_topic_chance(text, question, role),
        stock_answer=_stock_answer(text, question),
        asked_overlap=on_topic / max(1, len(stems)),
    )


def _stock_answer(text: str, question: Question) -> bool:
    """Whether the text answers a stock interview question that is not the one asked (a
    question about strengths makes "my biggest strength" an answer to it, and one about a
    project the candidate is proud of, "the project I'm proudest of")."""
    asked = set(content_stems(f"{question.text} {question.hint}"))
    said = rubric()
    unasked = [cue for cue in said.stock_answer_cues if not asked & set(content_stems(cue))]
    # an opener is asked for when the question has its main word ("proud", not "most")
    unopened = [
        cue
        for cue in said.stock_openers
        if not any(_same_word(a, max(content_stems(cue), key=len)) for a in asked)
    ]
    opening = " ".join(words(text)[:OPENING_WORDS])
    return count_phrases(text, unasked) + count_phrases(opening, unopened) > 0


def _same_word(one: str, other: str) -> bool:
    """Whether two stems are one word's: equal, or one a longer form of the other that the
    stemmer leaves apart ("proud", "proudest"; "orgull", "enorgullezc")."""
    shorter, longer = sorted((one, other), key=len)
    if longer.startswith(shorter):
        return len(shorter) >= STEM_ROOT
    return len(shorter) >= PREFIXED_ROOT and shorter in longer  # "orgull", "enorgullezc"


def _on_topic_chance(text: str, question: Question, role: Role) -> float:
    """The topicality model's probability that the answer is about the question; 1 where the
    model does not apply (a question from outside the role's bank, which has no bank to be told
    apart from)."""
    if not text.strip() or not role.has_question(question.id):
        return 1.0
    return on_topic_probability(topic_features(text, question, role))


def _unlikely() -> float:
    """Below this on-topic chance an answer is about something else. The model was learned on
    English answers; in another language its meaning signals see less, and even answers to
    another question keep a higher chance (0.1-0.9 on the dev sets, genuine answers 0.54-1)."""
    return UNLIKELY if rubric_language() == "en" else TRANSLATED_UNLIKELY


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
        # Lost in the question: it says so, hedges again and again, or asks about the question.
        # One "I guess" in a question about pay is no sign of it, nor words of any job ("how big
        # is the team, who would I report to?").
        about_it = s.asked_overlap >= ASKED_ABOUT or (s.hedges and s.topical_hits >= 2)
        lost = s.confusion or s.hedges >= 2 or about_it
        return Persona.CONFUSED if lost else Persona.OFF_TOPIC, s
    unrelated = s.overlap < 0.12 and s.topical_hits <= 1 and not s.attempt
    if s.word_count >= 4 and unrelated and (s.word_count < 150 or s.overlap < 0.06):
        return Persona.OFF_TOPIC, s
    if s.about_another_question:  # a polished answer to another: a strength, another story
        return Persona.OFF_TOPIC, s
    if s.tangents >= 2 and s.word_count < 100 and s.topical_hits <= 3:
        return Persona.OFF_TOPIC, s
    if s.hedges >= 3 and s.word_count < 60 and s.topical_hits < 3:
        return Persona.CONFUSED, s
    digressing = s.tangents >= 1 or s.hedges >= 3 or s.overlap < 0.3 or s.diversity < 0.5
    if s.word_count >= 220 or (s.word_count >= 140 and digressing):
        return Persona.CHATTY, s
    if s.tangents >= 3 and s.word_count >= 100:
        return Persona.CHATTY, s
    direct = s.hedges <= int(s.topical_hits >= SURE_OF_TOPIC)
    if s.word_count <= 50 and s.topical_hits >= 2 and direct:
        return Persona.EFFICIENT, s
    return Persona.NORMAL, s
