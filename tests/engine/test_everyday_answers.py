"""Ordinary answers are never mistaken for injections, and every script counts as words."""

from __future__ import annotations

import pytest

from engine.injection import looks_like_injection
from engine.models import Persona
from engine.persona import classify
from engine.roles import default_roles
from engine.text import quote_occurs, words

# Sentences a candidate may well write; each once tripped an over-eager pattern elsewhere.
EVERYDAY = {
    "colon after system": "I redesigned the system: first I split reads from writes.",
    "override a default": "We had to override the default config so deploys were safe.",
    "act as an admin": "I act as the system administrator for our team of twelve.",
    "new rules": "We introduced new rules for code review and the defect rate fell by half.",
    "dates and ratings": "On 5/10 we shipped the release and customers rated it 5/5.",
    "labels with numbers": "Knowledge: 5 years of Postgres. Communication: daily standups.",
    "you are now": "You are now able to deploy in ten minutes, I told the team.",
    "developer as a noun": "The developer: a junior, so I paired with her for a week.",
    "someone else confused": "A customer was confused by a double charge, so I refunded it.",
}


@pytest.mark.parametrize("text", EVERYDAY.values(), ids=EVERYDAY.keys())
def test_everyday_sentences_are_not_injections(text: str) -> None:
    assert not looks_like_injection(text)


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
