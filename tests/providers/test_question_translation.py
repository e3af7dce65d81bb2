"""Bank questions in languages without a bank: translated once by the LLM, checked, cached.

A real App with the OpenAI-compatible client against the loopback fake, on the memory store.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from bots.app import App
from engine.actions import AskQuestion, Notice
from engine.events import SetLanguage
from engine.roles import default_roles
from fakes.openai_api import FakeOpenAI, interviewer_reply
from tests.support.users import User, memory_app, offline_settings

PORTUGUESE = "Conte sobre uma vez em que você resolveu um conflito com um colega de trabalho."
TRANSLATING = "You translate job-interview questions"


def translator(words: Callable[[dict[str, Any]], dict[str, Any]]) -> Callable[..., str]:
    """A chat handler translating with ``words(original)``, and interviewing otherwise."""

    def reply(request: dict[str, Any]) -> str:
        system = request["messages"][0]["content"]
        if TRANSLATING not in system:
            return interviewer_reply(request)
        original = json.loads(request["messages"][-1]["content"])
        return json.dumps(words(original))

    return reply


def app_on(llm: FakeOpenAI) -> App:
    """An App whose LLM is the fake (memory store)."""
    settings = offline_settings(
        llm_provider="openai_compat", llm_base_url=llm.base_url, llm_turn_model="m"
    )
    return memory_app(settings)


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
