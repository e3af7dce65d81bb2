"""A whole Telegram interview in each language the bot speaks shows its user no English.

The user's Telegram app is set to the language; the LLM (a loopback fake) answers in it. Every
message and button the user sees is checked against the English catalogue's phrases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fakes.audio import ogg_opus_bytes
from fakes.google_tts import FakeGoogleTts
from fakes.openai_api import FakeOpenAI
from fakes.telegram_api import FakeTelegram
from tests.bots.language_support import ANSWERS, english_phrases, leaked, speaking
from tests.bots.telegram_support import WAIT, running, settings_for, texts_to

USER = 6060
LANGUAGES = ["es", "de", "fr", "pt", "ru", "hi"]


def shown(fake: FakeTelegram) -> list[str]:
    """Everything the user saw: messages, captions and button labels."""
    seen = []
    for record in fake.messages_to(USER):
        seen.append(record.plain or "")
        markup = record.reply_markup or {}
        seen += [b.get("text", "") for row in markup.get("inline_keyboard", []) for b in row]
    return seen


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_whole_interview_in_the_users_language(language: str, tmp_path: Path) -> None:
    async with (
        FakeTelegram() as fake,
        FakeOpenAI(chat_handler=speaking(language)) as llm,
    ):
        fake.user_languages[USER] = {"pt": "pt-br"}.get(language, language)
        settings = settings_for(
            fake, tmp_path, llm_provider="openai_compat", llm_base_url=llm.base_url,
            llm_turn_model="m", max_followups=1, default_questions=2,
        )  # fmt: skip
        async with running(settings):
            for command in ("/start", "/help", "/roles", "/interview nurse", "/hint"):
                before = len(fake.messages_to(USER))
                fake.push_text(USER, command)
                await fake.wait_for_count(USER, before + 1, WAIT)
            for _ in range(4):  # two questions, with a follow-up or not: until the report
                before = len(fake.messages_to(USER))
                fake.push_text(USER, ANSWERS[language])
                replies = await fake.wait_for_count(USER, before + 1, WAIT)
                if any("4.0/5" in (r.plain or "") for r in replies[before:]):
                    break
            else:
                raise AssertionError("no report after four answers")
            for command in ("/example", "/feedback", "/history"):
                before = len(fake.messages_to(USER))
                fake.push_text(USER, command)
                await fake.wait_for_count(USER, before + 1, WAIT)
    seen = "\n".join(shown(fake))
    english = english_phrases(language)
    assert len(english) > 300  # the check has the catalogue's phrases to look for
    found = leaked(english, seen)
    assert found == [], json.dumps(found, ensure_ascii=False)
    assert len(fake.messages_to(USER)) >= 10  # a reply to every command and answer


async def test_spanish_voice_notes_go_to_whisper_in_spanish_and_questions_are_spoken_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = ogg_opus_bytes(ANSWERS["es"], voice="es")  # espeak-ng speaking Spanish
    async with (
        FakeTelegram() as fake,
        FakeOpenAI(chat_handler=speaking("es"), transcription_text=ANSWERS["es"]) as llm,
        FakeGoogleTts() as google,
    ):
        # gTTS reaches Google only through the proxy: the fake, with the loopback fakes exempt.
        monkeypatch.setenv("HTTPS_PROXY", google.proxy_url)
        monkeypatch.delenv("https_proxy", raising=False)  # the lower-case name would win
        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        fake.user_languages[USER] = "es"
        settings = settings_for(
            fake, tmp_path, llm_provider="openai_compat", llm_base_url=llm.base_url,
            llm_turn_model="m", stt_provider="openai_compat", llm_stt_model="whisper-1",
            tts_provider="gtts",
        )  # fmt: skip
        async with running(settings):
            for command in ("/voice on", "/interview nurse"):
                before = len(fake.messages_to(USER))
                fake.push_text(USER, command)
                await fake.wait_for_count(USER, before + 1, WAIT)
            voice = await fake.wait_for(
                lambda r: r.method == "sendVoice" and r.chat_id == USER, WAIT
            )
            before = len(fake.messages_to(USER))
            fake.push_voice(USER, note, duration=6)
            await fake.wait_for_count(USER, before + 2, WAIT)  # what was heard, the next turn
    [heard] = [r for r in llm.requests if r.route == "transcription"]
    assert heard.form["language"] == "es"
    assert google.spoken and {language for _, language in google.spoken} == {"es"}
    shown_text = " ".join(texts_to(fake, USER))
    assert all(text in shown_text for text, _ in google.spoken), google.spoken
    # gTTS asks for a long question in parts (a request each) and joins their MP3s
    assert voice.file and voice.file == google.audio * (len(voice.file) // len(google.audio))
    assert any(ANSWERS["es"][:30] in (r.plain or "") for r in fake.messages_to(USER))
