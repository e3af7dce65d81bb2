"""Replies that are turns of the conversation, not answers: they are answered, never scored.

A candidate may ask what the question means, ask to hear it again, think aloud, say they are
nervous, or say they answered already. An interviewer replies to these; scoring them as
answers would put "1 of 1 answered" and a quoted weakness in the report for a question the
candidate never tried. A reply is one of these only when, with its cue words and courtesy
words taken away, almost nothing is left: anything more is an answer.
"""

from __future__ import annotations

from functools import cache

from engine.models import NonAnswer
from engine.questions import Question
from engine.rubric_words import words_for
from engine.text import content_stems, numbers, stem, words

MAX_WORDS = 30  # longer replies are answers, whatever they start with
LEFT_OVER = 2  # at most this many content words besides the cues
QUESTION_BACK_WORDS = 25  # a question back this short may carry its own words ("do you mean X?")
ECHOED = 0.5  # this share of the question's own words, asked back, is the question repeated back


def non_answer(
    text: str, question: Question, prompt: str, language: str = "en"
) -> NonAnswer | None:
    """The kind of non-answer ``text`` is, replying to ``prompt`` on ``question``, or None."""
    vocabulary = words_for(language)
    tokens = words(text)
    if not tokens or len(tokens) > MAX_WORDS or numbers(text):
        return None
    asks_back = "?" in text
    lowered = " " + " ".join(tokens) + " "
    cues = {
        NonAnswer.CLARIFY: vocabulary.clarify_cues,
        NonAnswer.REPEAT: vocabulary.repeat_cues,
        NonAnswer.ALREADY_SAID: vocabulary.already_said_cues,
        NonAnswer.NERVOUS: vocabulary.nervous_cues,
        NonAnswer.THINKING: vocabulary.thinking_cues,
    }
    found = {kind: [c for c in phrases if f" {c} " in lowered] for kind, phrases in cues.items()}
    found = {kind: matched for kind, matched in found.items() if matched}
    if found:
        # The most specific cue names the kind: "what do you mean" over "what".
        kind = max(found, key=lambda k: max(len(c) for c in found[k]))
        rest = lowered
        for cue in sorted(
            (c for matched in found.values() for c in matched), key=len, reverse=True
        ):
            rest = rest.replace(f" {cue} ", " ")
        left = [s for s in content_stems(rest) if s not in _courtesy(language)]
        if len(left) <= LEFT_OVER:
            return kind
        if kind is NonAnswer.CLARIFY and asks_back and len(tokens) <= QUESTION_BACK_WORDS:
            return kind
    if asks_back and _echoes(text, (question.text, prompt)):
        return NonAnswer.CLARIFY
    return None


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
