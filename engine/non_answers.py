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
from engine.rubric_words import RubricWords, reading, words_for
from engine.scoring import verbs_of
from engine.text import content_stems, stem, words

MAX_WORDS = 40  # longer replies are answers, whatever they start with
LEFT_OVER = 2  # at most this many content words besides the cues, whatever else it says
LOOSE_LEFT_OVER = 6  # ... or this many, when it tells nothing the candidate did
BACK_WORDS = 35  # a reply with a cue, asking back or telling nothing, is at most this long
QUESTION_WORDS = 25  # a bare question back to the interviewer is at most this long
ECHOED = 0.5  # this share of the question's own words, asked back, is the question repeated back


def non_answer(
    text: str, question: Question, prompt: str, language: str = "en"
) -> NonAnswer | None:
    """The kind of non-answer ``text`` is, replying to ``prompt`` on ``question``, or None.

    A short reply is one when it has a cue of its kind and, besides the cues and courtesy
    words, says almost nothing; or when it asks a question back and tells nothing that
    happened; or when, unprompted by any cue, it is a short question back to the interviewer.
    """
    with reading(language):
        return _kind(text, question, prompt, language)


def _kind(text: str, question: Question, prompt: str, language: str) -> NonAnswer | None:
    vocabulary = words_for(language)
    spoken = verbs_of(language)
    tokens = words(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    asks_back = "?" in text
    lowered_text = text.lower()
    told = bool(spoken.action.search(lowered_text))  # "I rewrote the checklist": an answer
    planned = bool(spoken.plan.search(lowered_text))  # "I'd call the customer": so does this
    lowered = " " + " ".join(tokens) + " "
    if asks_back and _echoes(text, (question.text, prompt)):
        return NonAnswer.CLARIFY  # the question said back, to check it
    found = {
        kind: [cue for cue in phrases if f" {cue} " in lowered]
        for kind, phrases in _cues(vocabulary).items()
    }
    found = {kind: matched for kind, matched in found.items() if matched}
    if found:
        # The most specific cue names the kind: "what do you mean" over "what".
        kind = max(found, key=lambda k: max(len(c) for c in found[k]))
        rest = lowered
        every = sorted((c for matched in found.values() for c in matched), key=len, reverse=True)
        for cue in every:
            rest = rest.replace(f" {cue} ", " ")
        left = [s for s in content_stems(rest) if s not in _courtesy(language)]
        topical = _topic(question, prompt) & set(left)
        if spoken.action.search(rest) and topical:  # "As I said, I updated the forecast": an answer
            return None
        if len(left) <= LEFT_OVER:
            return kind
        specific = any(" " in cue for cue in every)  # one word ("what", "sec") proves little
        if told or not specific or len(tokens) > BACK_WORDS:
            return None
        if asks_back:
            return kind
        if not planned and len(left) <= LOOSE_LEFT_OVER and not topical:
            return kind
        return None
    if told or planned or not asks_back:
        return None
    if _asks(tokens, vocabulary.question_openers) and _topic(question, prompt) & set(
        content_stems(text)
    ):
        return NonAnswer.CLARIFY
    return None


def _cues(vocabulary: RubricWords) -> dict[NonAnswer, tuple[str, ...]]:
    return {
        NonAnswer.CLARIFY: vocabulary.clarify_cues,
        NonAnswer.REPEAT: vocabulary.repeat_cues,
        NonAnswer.ALREADY_SAID: vocabulary.already_said_cues,
        NonAnswer.NERVOUS: vocabulary.nervous_cues,
        NonAnswer.THINKING: vocabulary.thinking_cues,
    }


def _topic(question: Question, prompt: str) -> set[str]:
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
