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

# Each alternative is one way of talking to the interviewer instead of answering. English
# first; then the same few moves in other common languages (an answer may be in any language,
# and "ignore your instructions" works on an LLM whatever the language).
_STEER = (
    # override or replace the instructions
    r"ignore (all |any |the |your |my )?(previous|prior|above|earlier|preceding)",
    r"disregard (all |any |the |your )?(previous|prior|above|instructions|rules)",
    r"forget (all |your |the )?(previous |prior )?(instructions|rules|prompt)",
    r"\byou are (now|no longer) (?!able\b|ready\b|free to\b|going\b|responsible\b|in charge\b)"
    r"|\bnew (instructions|rules)\s*:",
    r"\bact as (if you were |an? |the )?(ai|llm|language model|grader|scorer|evaluator)\b",
    r"\boverride (your|the|all|any|previous|prior|my) (instructions|rules|prompt|guidelines|"
    r"scor\w*|grad\w*)",
    # fake speakers, turn markers and transcript boundaries: "System:" opening the text or a
    # sentence, or in brackets (not "I redesigned the system: first ...")
    r"(^|[.!?;]\s*|[\[<(]\s*)(system|developer|assistant)\s*(prompt|message)?\s*[:>\]]",
    r"\b(system|developer) (prompt|message)\s*[:>\]]",
    r"\[(system|inst|admin)\]|<\|?(system|im_start)\|?>|</?\s*candidate\s*>",
    r"end of (the )?(candidate'?s? )?(answer|response|input|transcript)",
    # asking for the prompt
    r"(reveal|show|print|repeat|tell me|output|leak|quote|recite|display|paste|dump)\b.{0,40}"
    r"\b((system )?prompt|instructions|everything above|all above|were told)",
    r"\bwhat (were|are|was) (you|your)\b.{0,20}\b(told|instructions|rules|prompt)",
    # asking for a score, or faking the scorer's output
    r"(give|assign|award|score|rate|grade|mark) (me|this|my answer|this answer|my response|"
    r"this response)\b.{0,30}\b(5|five|10|ten|full|perfect|max|top|100|highest)\b",
    r"\b(assign|award|give|output)s?\b.{0,25}\b(maximum|max|highest|top|full|perfect) "
    r"(score|scores|marks?|points|rating|grade)",
    r"(this|my) (answer|response) (scores|deserves|gets|earns)\b.{0,20}\b(top|full|perfect|"
    r"maximum|max|highest|5|five)",
    r"\b(give|assign|award|grant)\b.{0,25}\b(5\s*/\s*5|10\s*/\s*10)\b",
    # the scorer's output faked: JSON, or "Score: 5" standing alone ("Knowledge: 5 years" is
    # an answer)
    r"[\"'{]\s*(overall|scores?|communication|knowledge|structure)\s*[\"']?\s*:\s*\d",
    r"\b(overall|scores?|communication|knowledge|structure)\s*[:=]\s*\d+(\s*/\s*\d+)?"
    r"(\s*(out of \d+|points?|stars?))?\s*($|[.,;!}\]])",
)
_STEER_ELSEWHERE = (
    # "ignore / forget (the previous) instructions" in es, pt, it, fr, de, ru, zh, ar, hi
    r"(ignora|ignorar|ignorez|ignorer|ignoriere|ignorier\w*|игнорир\w*|olvid\w*|oubli\w*|"
    r"vergiss\w*|забудь\w*|забуд\w*|忽略|忽视|无视|忘记|忘掉|تجاهل|انس|अनदेखा|भूल)"
    r".{0,60}(instruc\w*|indicacion\w*|consigne\w*|anweisung\w*|regel\w*|regla\w*|"
    r"règle\w*|инструкц\w*|указани\w*|правил\w*|指令|指示|提示|规则|تعليمات|التعليمات|"
    r"निर्देश\w*|prompt\w*|anterior\w*|précédent\w*|vorherig\w*|предыдущ\w*|之前|以前|السابق\w*|"
    r"पिछल\w*)",
    # "the system prompt"
    r"prompt (del|do|di|du) (sistema|système|systeme)|system-?prompt|systemanweisung|"
    r"системн\w* (промпт|инструкц\w*|подсказк\w*)|系统提示|系統提示|系统指令|"
    r"(تعليمات|موجه) النظام|सिस्टम प्रॉम्प्ट",
    # "full marks / the top score"
    r"满分|滿分|最高分|note maximale|nota máxima|nota massima|puntuación máxima|"
    r"puntaje máximo|pontuação máxima|volle punktzahl|höchste punktzahl|höchstnote|"
    r"высш\w* балл|максимальн\w* балл|الدرجة الكاملة|पूरे अंक",
)
INJECTION = re.compile("|".join((*_STEER, *_STEER_ELSEWHERE)), re.IGNORECASE)
# Markup and punctuation dropped, so an instruction split by full stops, markdown or tags
# ("Ignore. All previous. <b>instructions</b>") reads as one.
_NOT_WORDS = re.compile(r"[\W_]+")

CONFUSION = (
    "what do you mean", "what does that mean", "not sure what you", "don't understand",
    "do not understand", "dont understand", "can you explain", "could you explain",
    "can you clarify", "could you clarify", "please clarify", "rephrase", "repeat the question",
    "what is meant", "what are you asking", "not sure i understand", "i'm lost", "im lost",
    "no idea", "i have no idea", "i'm confused", "im confused", "i am confused",
    "a bit confused", "confused by the question", "what exactly", "not sure how to answer",
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
    """True when the text tries to instruct the interviewer, fake its output or get its prompt.

    The text is checked as written and with its punctuation and markup flattened to spaces.
    """
    text = normalize(text)
    return bool(INJECTION.search(text) or INJECTION.search(_NOT_WORDS.sub(" ", text)))


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
