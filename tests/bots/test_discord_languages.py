"""A whole Discord interview in each language the bot speaks shows its user no English.

The user's Discord client speaks the language; the LLM (a loopback fake) answers in it. Every
message, embed and button label the bot sends is checked against the English catalogue.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fakes.discord_api import FakeDiscord
from fakes.openai_api import FakeOpenAI
from tests.bots.discord_support import plain, running, settings_for, slash
from tests.bots.language_support import ANSWERS, english_phrases, leaked, speaking

USER = 7070
LOCALES = {"es": "es-ES", "de": "de", "fr": "fr", "pt": "pt-BR", "ru": "ru", "hi": "hi"}


def sent_words(fake: FakeDiscord) -> str:
    """Everything the bot sent: contents, embeds and button labels, as shown."""
    shown = []
    for call in fake.calls:
        body = call.json if isinstance(call.json, dict) else {}
        data = body.get("data", body) if "type" in body and "data" in body else body
        if not isinstance(data, dict):
            continue
        shown.append(plain(str(data.get("content") or "")))
        shown += [
            plain(json.dumps(embed, ensure_ascii=False)) for embed in data.get("embeds") or []
        ]
        rows: list[dict[str, Any]] = data.get("components") or []
        shown += [str(b.get("label", "")) for row in rows for b in row.get("components", [])]
    return "\n".join(shown)


@pytest.mark.parametrize("language", sorted(LOCALES))
async def test_a_whole_interview_in_the_users_language(language: str, tmp_path: Path) -> None:
    locale = LOCALES[language]
    async with (
        FakeDiscord() as fake,
        FakeOpenAI(chat_handler=speaking(language)) as llm,
    ):
        settings = settings_for(
            fake, tmp_path, llm_provider="openai_compat", llm_base_url=llm.base_url,
            llm_turn_model="m", default_questions=2,
        )  # fmt: skip
        async with running(settings):
            await (await slash(fake, USER, "help", locale=locale)).responded()
            await (await slash(fake, USER, "roles", locale=locale)).responded()
            started = await slash(
                fake, USER, "interview", {"role": "nurse", "questions": 2},
                subcommand="start", locale=locale,
            )  # fmt: skip
            await started.wait(lambda c: c.path.startswith("/webhooks/"))
            for _ in range(2):
                answered = await slash(
                    fake, USER, "interview", {"text": ANSWERS[language]},
                    subcommand="answer", locale=locale,
                )  # fmt: skip
                await answered.wait(lambda c: c.path.startswith("/webhooks/"))
            report = await slash(fake, USER, "interview", subcommand="feedback", locale=locale)
            await report.report()
    seen = sent_words(fake)
    assert "4.0/5" in seen or "4,0/5" in seen  # the report was shown
    found = leaked(english_phrases(language), seen)
    assert found == [], json.dumps(found, ensure_ascii=False)
