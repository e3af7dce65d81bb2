"""The languages on offer: choosing one, the platform's default, banks and names in each, and
answers written in another language than the interview's."""

from __future__ import annotations

import pytest

from engine.actions import AskQuestion, Hint, Notice, ShowReport, Speak
from engine.answer_language import language_of
from engine.events import SetLanguage, SetVoice
from engine.languages import OFFLINE, SUPPORTED, LanguageError, from_locale, parse_language
from engine.roles import default_roles, translated
from fakes.speaker import RecordingSpeaker
from tests.support.users import User, memory_app

SPANISH_CONFLICT = (
    "Tuve un conflicto con una compañera por el reparto de pacientes en el turno de noche. "
    "Hablé con ella en privado, escuché su punto de vista y acordamos un reparto más justo."
)
GERMAN_CONFLICT = (
    "Ich hatte einen Konflikt mit einem Kollegen wegen der Dienstplanung. Ich habe ruhig mit "
    "ihm gesprochen, zugehört, und wir haben mit der Stationsleitung einen fairen Plan vereinbart."
)
FRENCH_CONFLICT = (
    "J'ai eu un conflit avec une collègue sur la répartition des patients de nuit. Je lui ai "
    "parlé en privé, je l'ai écoutée et nous avons convenu d'une répartition plus juste."
)
CONFLICTS = {"es": SPANISH_CONFLICT, "de": GERMAN_CONFLICT, "fr": FRENCH_CONFLICT}


@pytest.mark.parametrize(
    ("text", "code"),
    [("de", "de"), (" DE ", "de"), ("pt-BR", "pt"), ("en_GB", "en"), ("Deutsch", "de"),
     ("español", "es"), ("Русский", "ru"), ("हिन्दी", "hi")],
)  # fmt: skip
def test_a_language_is_named_by_its_code_a_locale_or_its_own_name(text: str, code: str) -> None:
    assert parse_language(text) == code


def test_a_language_not_on_offer_gets_the_list() -> None:
    with pytest.raises(LanguageError) as italian:
        parse_language("it")
    assert italian.value.message.key.id == "language.not-offered"
    offered = str(italian.value.message.values["available"])
    assert all(code in offered for code in SUPPORTED) and "Português" in offered
    with pytest.raises(LanguageError) as gibberish:
        parse_language("klingon")
    assert gibberish.value.message.key.id == "language.not-a-code"


@pytest.mark.parametrize(
    ("locale", "code"),
    [("pt-BR", "pt"), ("es-419", "es"), ("en-US", "en"), ("ru", "ru"), ("zh-CN", None),
     ("", None), (None, None)],
)  # fmt: skip
def test_a_platform_locale_names_a_language_only_when_the_bot_speaks_it(
    locale: str | None, code: str | None
) -> None:
    assert from_locale(locale) == code


@pytest.mark.parametrize("language", sorted(OFFLINE - {"en"}))
def test_every_role_has_its_whole_bank_in_each_offline_language(language: str) -> None:
    for role in default_roles().values():
        worded = translated(role, language)
        assert worded.description != role.description  # names may be the same ("Product Manager")
        pairs = list(zip(role.questions, worded.questions, strict=True))
        assert all(q.id == w.id and q.type == w.type for q, w in pairs)
        assert all(q.difficulty == w.difficulty for q, w in pairs)
        assert all(q.text != w.text and w.key_concepts for q, w in pairs), role.id


@pytest.mark.parametrize("language", sorted(SUPPORTED - OFFLINE))
def test_other_languages_name_each_role_and_keep_its_english_bank(language: str) -> None:
    for role in default_roles().values():
        worded = translated(role, language)
        assert worded.name != role.name
        assert [q.text for q in worded.questions] == [q.text for q in role.questions]


@pytest.mark.parametrize(
    ("text", "code"),
    [(SPANISH_CONFLICT, "es"), (GERMAN_CONFLICT, "de"),
     ("J'ai d'abord écouté le client, puis j'ai vérifié sa commande.", "fr"),
     ("Primeiro eu ouvi o cliente e depois verifiquei o pedido dele.", "pt"),
     ("Сначала я выслушал клиента, а потом проверил его заказ.", "ru"),
     ("मैंने पहले ग्राहक की बात सुनी और फिर उसका ऑर्डर जाँचा।", "hi"),
     ("I listened to the customer first, then checked the order.", "en"),
     ("SBAR handoff", None), ("ok", None)],
)  # fmt: skip
def test_the_language_of_an_answer(text: str, code: str | None) -> None:
    assert language_of(text) == code


async def test_a_user_met_in_spanish_is_interviewed_in_spanish() -> None:
    app = memory_app()
    user = User(app, "ana")
    await app.entry.profiles.get(user.key, "Ana", "es")  # first contact, from a Spanish client
    asked = [a for a in await user.start("nurse", "behavioral") if isinstance(a, AskQuestion)]
    spanish = {q.text for q in translated(default_roles()["nurse"], "es").questions}
    assert asked and asked[0].text in spanish


async def test_a_portuguese_user_is_told_the_interview_is_in_english() -> None:
    app = memory_app()
    user = User(app, "rui")
    await user.send(SetLanguage("pt"))
    started = await user.start("nurse", "behavioral")
    notices = [a.message.key.id for a in started if isinstance(a, Notice)]
    assert "interview.in-english" in notices
    asked = [a for a in started if isinstance(a, AskQuestion)]
    assert asked[0].text in {q.text for q in default_roles()["nurse"].questions}


async def test_an_interview_held_in_english_is_spoken_in_english() -> None:
    app = memory_app(tts=RecordingSpeaker())
    user = User(app, "rui")
    await user.send(SetLanguage("pt"))
    await user.send(SetVoice(True))
    started = await user.start("nurse", "behavioral")
    assert [a.language for a in started if isinstance(a, Speak)] == ["en"]


@pytest.mark.parametrize("language", sorted(CONFLICTS))
async def test_answers_in_another_language_are_kept_scored_and_offered_a_switch_once(
    language: str,
) -> None:
    answer = CONFLICTS[language]
    app = memory_app()
    user = User(app, "eva")
    await user.start("nurse", "behavioral", questions=2)
    interview = await app.entry.flow.active(user.key)
    assert interview is not None
    interview_id = interview.id
    first = await user.answer(answer)
    offers = [a.message for a in first if isinstance(a, Hint)]
    assert [o.values["code"] for o in offers if o.key.id == "answer.other-language"] == [language]
    asked = [a for a in first if isinstance(a, AskQuestion)]
    assert asked and (asked[0].lead is None or asked[0].lead.key.id != "lead.off-topic")
    second = await user.answer(answer + " " + answer)
    assert not [a for a in second if isinstance(a, Hint) and a.message.key.id.startswith("answer.")]
    await user.end()
    report = next(a for a in await user.feedback() if isinstance(a, ShowReport)).report
    assert report.answered >= 1 and report.scores is not None and report.scores.overall > 1.0
    past = await app.queries.last_interview(user.key)
    assert past is not None and past.interview.id == interview_id
    assert answer in [t.text for t in past.interview.answers]
