"""What a reply states, tells and plans: the reading both the non-answer rules and the reply
model make of it."""

from __future__ import annotations

import re
from functools import cache

from engine.rubric_words import words_for
from engine.scoring import Verbs
from engine.text import content_stems, sentences, stem


def is_question(sentence: str) -> bool:
    """Whether a sentence asks (it ends with a question mark)."""
    return sentence.rstrip().endswith("?")


def asks_for_questions(question: str, language: str) -> bool:
    """Whether the question asks which questions the candidate would ask ("What questions do
    you ask?"): then the questions in a reply answer it, and ask the interviewer nothing."""
    return any(pattern.search(question) for pattern in _request_patterns(language))


@cache
def _request_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(p, re.IGNORECASE) for p in words_for(language).question_request_patterns
    )


def as_statements(text: str) -> str:
    """The text with its questions told as statements: "Who signs off? Is there budget?" as
    "Who signs off. Is there budget."."""
    return text.replace("?", ".").replace("¿", "")


def with_parts(stems: list[str]) -> set[str]:
    """The stems and the stems of their hyphenated parts: "re-forecast" names "forecast" too."""
    return set(stems) | {stem(part) for word in stems if "-" in word for part in word.split("-")}


def unquoted(text: str) -> str:
    """The text without what it quotes: "I'd ask 'compared to what?'" asks the interviewer
    nothing."""
    return _QUOTED.sub("", text)


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|(?<!\w)'[^']*'(?!\w)")


def stated(text: str) -> str:
    """The sentences of the text that state something: every one but the questions."""
    return " ".join(part for part in sentences(text) if not is_question(part))


def tells_work(lowered: str, spoken: Verbs, conversation: frozenset[str]) -> bool:
    """Whether the text says something the candidate did, other than in this conversation
    ("I rewrote the checklist", not "I covered that" or "as I mentioned")."""
    return any(
        match.group().split()[-1] not in conversation for match in spoken.action.finditer(lowered)
    )


def plans_about(lowered: str, topic: set[str], spoken: Verbs) -> bool:
    """Whether a sentence of the text plans something about the question ("I'd call the
    customer"), not about answering it ("I'd like to get this one right")."""
    return any(
        spoken.plan.search(part) and topic & set(content_stems(part)) for part in sentences(lowered)
    )
