"""Ordinary answers keep their persona, every script counts as words, quotes are whole words.

That ordinary answers are never taken for injections is tested in test_injection.py.
"""

from __future__ import annotations

import pytest

from engine.models import Persona
from engine.persona import classify
from engine.roles import default_roles
from engine.text import quote_occurs, words


def test_a_strong_answer_mentioning_someone_confused_is_not_labelled_confused() -> None:
    role = default_roles()["customer_support"]
    answer = (
        "At my last job a customer was confused by a double charge on their card. I checked "
        "the billing logs, found the duplicate payment, refunded it the same day and explained "
        "what happened; they rated the support 5 stars."
    )
    persona, _signals = classify(answer, role.questions[0], role)
    assert persona is not Persona.CONFUSED


@pytest.mark.parametrize(
    "role_id, question_id, answer",
    [
        (
            "nurse",
            "rn-s1",
            "First I'd ask why, calmly. Sometimes they don't know what the tablet is for, or it "
            "makes them sick. I'd explain it, respect a refusal, document it and tell the doctor.",
        ),
        (
            "customer_support",
            "cs-b1",
            "A customer was furious about a renewal charge; he had no idea the plan renewed "
            "itself. I listened, checked the account, refunded it and set a reminder for him.",
        ),
        (
            "teacher",
            "te-s2",
            "I'd look at which questions they missed. If most students don't understand the "
            "same step, I reteach it another way, pair them up and give a short retest.",
        ),
    ],
)
def test_someone_elses_confusion_in_an_answer_is_not_the_candidates(
    role_id: str, question_id: str, answer: str
) -> None:
    role = default_roles()[role_id]
    persona, _signals = classify(answer, role.question(question_id), role)
    assert persona is not Persona.CONFUSED


def test_the_candidates_own_confusion_still_is() -> None:
    role = default_roles()["nurse"]
    answer = "Sorry, I don't know what you mean by refusing, I don't understand the question."
    assert classify(answer, role.question("rn-s1"), role)[0] is Persona.CONFUSED


@pytest.mark.parametrize(
    "text, count",
    [
        ("Я руководил командой из пяти человек", 6),
        ("मैंने टीम का नेतृत्व किया", 5),
        ("قدت فريقا من خمسة أشخاص", 5),
        ("我负责团队", 5),  # written without spaces: one word per character
        ("naïve café don't e-mail", 4),
    ],
)
def test_words_of_every_script_count(text: str, count: int) -> None:
    assert len(words(text)) == count


def test_quotes_must_start_and_end_on_word_boundaries() -> None:
    source = ["I managed the team through a hard migration."]
    assert quote_occurs("managed the team", source)
    assert not quote_occurs("aged the team", source)
    assert not quote_occurs("managed the tea", source)
    assert quote_occurs("руководил командой", ["Я руководил командой."])
    assert quote_occurs("负责团队", ["我负责团队。"])


def test_a_question_back_about_something_else_is_off_topic_not_confused() -> None:
    """Asking about pay, with one "I guess" in it, is not being lost in the question."""
    role = default_roles()["data_analyst"]
    question = role.question("da-b1")
    asking = "Quick thing first, I guess: what's the salary range? And how many office days?"
    assert classify(asking, question, role)[0] is Persona.OFF_TOPIC
    lost = "Sorry, maybe I'm missing something, probably obvious, but which analysis do you mean?"
    assert classify(lost, question, role)[0] is Persona.CONFUSED
