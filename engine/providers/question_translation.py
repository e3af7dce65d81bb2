"""Bank questions in languages without a bank: translated once by the LLM, checked, cached.

Spanish, German and French have banks of their own (``engine/roles/<lang>/``). For the other
languages the bot speaks, a bank question is translated by the model the first time anyone is
asked it in that language and kept in the database, so every later interview asks the same
words without another call. A translation is kept only when it looks like one: each field
non-empty, no braces the original lacks (placeholders), not much longer than the original, and
written in the language asked for. Anything else — or no LLM at all — asks the English words.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel, Field

from engine.answer_language import language_of
from engine.database import Database
from engine.languages import LANGUAGE_NAMES, OFFLINE
from engine.ports import (
    ChatModel,
    InterviewerError,
    InterviewRepository,
    QuestionRequest,
    QuestionSource,
)
from engine.providers.structured import ask_json
from engine.questions import BANK, Question

log = logging.getLogger(__name__)

WORDED = ("text", "hint", "idea")  # what the candidate reads; examples are written per language
LONGER = 3.0  # a translation may be this many times the original's length (plus a margin)
MARGIN = 60

SYSTEM = (
    "You translate job-interview questions for a mock-interview app. Translate each field of "
    "the JSON you are given into {language}, as a native recruiter would ask it: natural, "
    "same meaning, same numbers, same tone, no additions. Answer with a JSON object with the "
    "same keys and nothing else."
)


class Worded(BaseModel):
    """A question's words, in the JSON the model is given and gives back."""

    text: str = Field(min_length=1, max_length=2_000)
    hint: str = Field(default="", max_length=2_000)
    idea: str | None = Field(default=None, max_length=2_000)


class TranslatedQuestions:
    """A question source whose bank questions come in the interview's language."""

    def __init__(
        self,
        inner: QuestionSource,
        chat: ChatModel,
        model: str,
        store: InterviewRepository,
        database: Database,
    ) -> None:
        """Translate ``inner``'s bank questions with ``chat``'s ``model``, kept in ``store``."""
        self.inner = inner
        self.chat = chat
        self.model = model
        self.store = store
        self.database = database

    async def next_question(self, request: QuestionRequest) -> Question:
        """The inner source's question, worded in the interview's language where it can be."""
        question = await self.inner.next_question(request)
        language = request.language
        if language in OFFLINE or question.source != BANK:
            return question
        stored = await self.database.call(self.store.question_translation, question.id, language)
        if stored is None:
            try:
                stored = await self._translate(question, language)
            except InterviewerError as error:
                log.warning("could not translate question %s: %s", question.id, error)
                return question
            await self.database.call(
                self.store.save_question_translation, question.id, language, stored
            )
        return question.model_copy(update=stored)

    async def _translate(self, question: Question, language: str) -> dict[str, str]:
        original = Worded(text=question.text, hint=question.hint, idea=question.idea)
        system = SYSTEM.format(language=LANGUAGE_NAMES[language])
        reply = await ask_json(self.chat, self.model, system, original.model_dump_json(), Worded)
        words = {
            name: value
            for name in WORDED
            if (value := getattr(reply, name)) and getattr(original, name)
        }
        for name, value in words.items():
            problem = _problem(str(getattr(original, name)), value, language)
            if problem:
                raise InterviewerError(f"the {name} came back {problem}")
        if "text" not in words:
            raise InterviewerError("the question came back empty")
        return words


def _problem(original: str, translated: str, language: str) -> str | None:
    """Why ``translated`` is not a faithful rendering of ``original``, if it is not."""
    if len(translated) > LONGER * len(original) + MARGIN:
        return "far longer than the original"
    if ("{" in translated or "}" in translated) and not ("{" in original or "}" in original):
        return "with placeholders the original lacks"
    spoken = language_of(translated)
    if spoken is not None and spoken != language:
        return f"in {spoken}"
    return None
