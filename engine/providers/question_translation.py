"""Questions in languages without a bank: translated once by the LLM, checked, cached.

Spanish, German and French have banks of their own (``engine/roles/<lang>/``) and shipped
coding-task words (``engine/coding/tasks/<lang>/``). For the other languages the bot speaks, a
bank question or coding task is translated by the model the first time anyone is asked it in
that language and kept in the database, so every later interview asks the same words without
another call. A translation is kept only when it looks like one: each field non-empty, no
braces the original lacks (placeholders), not much longer than the original, written in the
language asked for and, for a coding task, with every piece of code in its words (``nums[i]``,
``[start, end]``, numbers) as written. Anything else — or no LLM at all — asks the English words.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel, Field, JsonValue

from engine.answer_language import language_of
from engine.coding.bank import SOURCE as CODING
from engine.coding.code_tokens import dropped_code
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
TRANSLATED = (BANK, CODING)  # the sources whose questions are translated
LONGER = 3.0  # a translation may be this many times the original's length (plus a margin)
MARGIN = 60

SYSTEM = (
    "You translate job-interview questions for a mock-interview app. Translate each field of "
    "the JSON you are given into {language}, as a native recruiter would ask it: natural, "
    "same meaning, same numbers, same tone, no additions. Answer with a JSON object with the "
    "same keys and nothing else."
)
CODE_RULE = (
    " The fields are a coding task: keep every piece of code exactly as written, untranslated "
    "(function and parameter names, expressions such as nums[i] + nums[j] == target, lists "
    'such as [start, end] or ["push", x], True, False, None, numbers), and give back as many '
    "hints as you were given."
)


class Worded(BaseModel):
    """A question's words, in the JSON the model is given and gives back; a coding task's also
    its title and hints (from its payload)."""

    text: str = Field(min_length=1, max_length=2_000)
    hint: str = Field(default="", max_length=2_000)
    idea: str | None = Field(default=None, max_length=2_000)
    title: str | None = Field(default=None, max_length=200)
    hints: list[str] | None = Field(default=None, max_length=5)

    def flat(self) -> dict[str, str]:
        """The non-empty words by name, the hints numbered (``hints.1``…): as they are stored."""
        words = {name: getattr(self, name) for name in (*WORDED, "title")}
        words |= {f"hints.{n}": hint for n, hint in enumerate(self.hints or (), start=1)}
        return {name: value for name, value in words.items() if value}


class TranslatedQuestions:
    """A question source whose bank questions and coding tasks come in the interview's language."""

    def __init__(
        self,
        inner: QuestionSource,
        chat: ChatModel,
        model: str,
        store: InterviewRepository,
        database: Database,
    ) -> None:
        """Translate ``inner``'s questions with ``chat``'s ``model``, kept in ``store``."""
        self.inner = inner
        self.chat = chat
        self.model = model
        self.store = store
        self.database = database

    async def next_question(self, request: QuestionRequest) -> Question:
        """The inner source's question, worded in the interview's language where it can be."""
        question = await self.inner.next_question(request)
        language = request.language
        if language in OFFLINE or question.source not in TRANSLATED:
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
        return _with_words(question, stored)

    async def _translate(self, question: Question, language: str) -> dict[str, str]:
        coding = question.source == CODING
        original = _words_of(question)
        system = SYSTEM.format(language=LANGUAGE_NAMES[language]) + (CODE_RULE if coding else "")
        prompt = original.model_dump_json(exclude_none=True)
        reply = await ask_json(self.chat, self.model, system, prompt, Worded)
        before, after = original.flat(), reply.flat()
        words = {name: after[name] for name in before if name in after}
        for name, value in words.items():
            problem = _problem(before[name], value, language, coding)
            if problem:
                raise InterviewerError(f"the {name} came back {problem}")
        if "text" not in words:
            raise InterviewerError("the question came back empty")
        if coding and words.keys() != before.keys():
            missing = ", ".join(sorted(before.keys() - words.keys()))
            raise InterviewerError(f"the task came back without its {missing}")
        return words


def _with_words(question: Question, words: dict[str, str]) -> Question:
    """``question`` with its stored translated ``words`` (a coding task's title and hints go
    into its payload; a hint missing from ``words`` stays as it was)."""
    update: dict[str, object] = {name: words[name] for name in WORDED if name in words}
    task = question.task
    if task is not None and "title" in words:
        hints = task.get("hints")
        shown: list[JsonValue] = [
            words.get(f"hints.{n}", hint)
            for n, hint in enumerate(hints if isinstance(hints, list) else [], start=1)
        ]
        update["task"] = {**task, "title": words["title"], "hints": shown}
    return question.model_copy(update=update)


def _words_of(question: Question) -> Worded:
    """What the candidate reads of ``question``: a coding task's title and hints too."""
    if question.source != CODING:
        return Worded(text=question.text, hint=question.hint, idea=question.idea)
    task = question.task or {}
    hints = task.get("hints")
    return Worded(
        text=question.text,
        hint=question.hint,
        title=str(task.get("title", "")),
        hints=[str(hint) for hint in hints] if isinstance(hints, list) else [],
    )


def _problem(original: str, translated: str, language: str, coding: bool) -> str | None:
    """Why ``translated`` is not a faithful rendering of ``original``, if it is not."""
    if len(translated) > LONGER * len(original) + MARGIN:
        return "far longer than the original"
    if ("{" in translated or "}" in translated) and not ("{" in original or "}" in original):
        return "with placeholders the original lacks"
    dropped = dropped_code(original, translated) if coding else []
    if dropped:
        return f"without {', '.join(dropped)}"
    spoken = language_of(translated)
    if spoken is not None and spoken != language:
        return f"in {spoken}"
    return None
