"""Bank questions in languages without a bank: translated once by the LLM, checked, cached.

A real App with the OpenAI-compatible client against the loopback fake, on the memory store.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, Unpack

import pytest

from bots.app import App, Parts
from engine.actions import AskQuestion, Notice, ShowHint, ShowReport
from engine.coding.bank import default_tasks
from engine.coding.task_source import CodingTasks
from engine.events import AskHint, SetLanguage
from engine.providers.code_runners import NoRunner
from engine.question_bank import QuestionBank
from engine.roles import default_roles
from fakes.openai_api import FakeOpenAI, interviewer_reply
from tests.support.users import User, memory_app, offline_settings

PORTUGUESE = "Conte sobre uma vez em que você resolveu um conflito com um colega de trabalho."
TRANSLATING = "You translate job-interview questions"
TWO_SUM = next(task for task in default_tasks() if task.id == "two_sum")
TWO_SUM_HINTS = [
    "Para o número na posição j, você sabe exatamente de qual valor ele precisa para fechar o "
    "par. Com que rapidez consegue saber se já o viu antes?",
    "Uma única passada basta se você lembrar o que já viu até agora, e onde.",
]
TWO_SUM_PT = {
    "text": "Você recebe uma lista de inteiros nums e um inteiro target. Exatamente um par de "
    "posições i < j satisfaz nums[i] + nums[j] == target. Retorne [i, j]. A lista pode ter "
    "60000 números, em qualquer ordem.",
    "hint": TWO_SUM_HINTS[0],
    "title": "Par com uma soma dada",
    "hints": TWO_SUM_HINTS,
}


def translator(words: Callable[[dict[str, Any]], dict[str, Any]]) -> Callable[..., str]:
    """A chat handler translating with ``words(original)``, and interviewing otherwise."""

    def reply(request: dict[str, Any]) -> str:
        system = request["messages"][0]["content"]
        if TRANSLATING not in system:
            return interviewer_reply(request)
        original = json.loads(request["messages"][-1]["content"])
        return json.dumps(words(original))

    return reply


def app_on(llm: FakeOpenAI, **parts: Unpack[Parts]) -> App:
    """An App whose LLM is the fake (memory store)."""
    settings = offline_settings(
        llm_provider="openai_compat", llm_base_url=llm.base_url, llm_turn_model="m"
    )
    return memory_app(settings, **parts)


def two_sum_app(llm: FakeOpenAI) -> App:
    """An App on the fake LLM whose coding interviews ask the two-sum task (code not run)."""
    return app_on(llm, questions=CodingTasks(QuestionBank(), [TWO_SUM]), code_runner=NoRunner())


def translations(llm: FakeOpenAI) -> int:
    """How many translation calls the fake got."""
    return sum(TRANSLATING in json.dumps(r.json) for r in llm.requests)


async def first_question(app: App, name: str, language: str) -> list[Any]:
    """A user of ``language`` starts a behavioral nurse interview; what they are shown."""
    user = User(app, name)
    await user.send(SetLanguage(language))
    return await user.start("nurse", "behavioral", questions=1)


async def test_a_question_is_translated_once_and_asked_in_the_users_language() -> None:
    words = {"text": PORTUGUESE, "hint": "Pense em um caso real: a situação, o que você fez."}
    async with FakeOpenAI(chat_handler=translator(lambda original: words)) as llm:
        app = app_on(llm)
        shown = await first_question(app, "ana", "pt")
        asked = [a for a in shown if isinstance(a, AskQuestion)]
        assert asked[0].text == PORTUGUESE
        assert "interview.in-english" not in [
            a.message.key.id for a in shown if isinstance(a, Notice)
        ]
        for name in ("bia", "caio", "davi", "enzo", "gil", "ivo", "jana"):
            again = await first_question(app, name, "pt")
            assert [a.text for a in again if isinstance(a, AskQuestion)] == [PORTUGUESE]
        stored = app.entry.flow.repository.store.translations  # type: ignore[attr-defined]
        behavioral = [q for q in default_roles()["nurse"].questions if q.type == "behavioral"]
        assert translations(llm) == len(stored) < min(8, len(behavioral) + 1)


async def test_a_translation_that_is_not_one_asks_the_english_words() -> None:
    english = {q.text for q in default_roles()["nurse"].questions}
    for bad in (
        lambda original: original,  # given back in English
        lambda original: {"text": PORTUGUESE + " {name}", "hint": ""},  # a placeholder added
        lambda original: {"text": PORTUGUESE * 20, "hint": ""},  # far too long
    ):
        async with FakeOpenAI(chat_handler=translator(bad)) as llm:
            shown = await first_question(app_on(llm), "eva", "pt")
            asked = [a for a in shown if isinstance(a, AskQuestion)]
            assert asked[0].text in english


async def test_spanish_comes_from_its_bank_not_the_llm() -> None:
    async with FakeOpenAI(chat_handler=translator(lambda original: original)) as llm:
        shown = await first_question(app_on(llm), "leo", "es")
        assert translations(llm) == 0
        asked = [a for a in shown if isinstance(a, AskQuestion)]
        assert asked[0].text not in {q.text for q in default_roles()["nurse"].questions}


async def coding_question(app: App, name: str, language: str) -> list[Any]:
    """A user of ``language`` starts a one-task coding interview; what they are shown."""
    user = User(app, name)
    await user.send(SetLanguage(language))
    return await user.start("backend_engineer", "coding", difficulty=1, questions=1)


async def test_a_coding_task_is_translated_once_with_its_title_and_hints() -> None:
    async with FakeOpenAI(chat_handler=translator(lambda original: TWO_SUM_PT)) as llm:
        app = two_sum_app(llm)
        shown = await coding_question(app, "rui", "pt")
        assert [a.text for a in shown if isinstance(a, AskQuestion)] == [TWO_SUM_PT["text"]]
        sent = next(r.json for r in llm.requests if TRANSLATING in json.dumps(r.json))
        assert json.loads(sent["messages"][-1]["content"]) == {
            "text": TWO_SUM.statement,
            "hint": TWO_SUM.hints[0],
            "title": TWO_SUM.title,
            "hints": TWO_SUM.hints,
        }
        user = User(app, "rui")
        hints = [*await user.send(AskHint()), *await user.send(AskHint())]
        assert [a.text for a in hints if isinstance(a, ShowHint)] == TWO_SUM_HINTS
        ended = await user.skip()
        (report,) = [a.report for a in ended if isinstance(a, ShowReport)]
        assert [note.title for note in report.coding] == [TWO_SUM_PT["title"]]
        for name in ("sara", "tiago", "ursula"):
            again = await coding_question(app, name, "pt")
            assert [a.text for a in again if isinstance(a, AskQuestion)] == [TWO_SUM_PT["text"]]
        assert translations(llm) == 1
        stored = app.entry.flow.repository.store.translations  # type: ignore[attr-defined]
        assert stored[("coding-two_sum", "pt")]["title"] == TWO_SUM_PT["title"]


async def test_a_coding_translation_that_drops_code_asks_the_english_task(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = str(TWO_SUM_PT["text"])
    dropped = TWO_SUM_PT | {"text": text.replace("nums[i] + nums[j] == target", "somam target")}
    for bad in (
        dropped,
        TWO_SUM_PT | {"hints": TWO_SUM_HINTS[:1]},  # a hint missing
        {"text": text, "hint": TWO_SUM_HINTS[0]},  # no title, no hints
    ):
        async with FakeOpenAI(chat_handler=translator(lambda original, bad=bad: bad)) as llm:
            with caplog.at_level(logging.WARNING, "engine.providers.question_translation"):
                shown = await coding_question(two_sum_app(llm), "vera", "pt")
            assert [a.text for a in shown if isinstance(a, AskQuestion)] == [TWO_SUM.statement]
            assert translations(llm) == 1
    assert "could not translate question coding-two_sum: the text came back without nums[i]" in (
        caplog.text
    )
