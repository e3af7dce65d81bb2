"""Polished answers to another question are off topic, however professional they sound."""

from __future__ import annotations

import pytest

from engine.models import Persona
from engine.persona import classify
from engine.roles import default_roles, translated
from engine.rubric_words import reading

ANSWERS_TO_ANOTHER_QUESTION = [
    (
        "nurse",
        "rn-b2",
        "My greatest strength is probably my organisation. I keep detailed notes, I plan my week "
        "on Sunday evening and colleagues often come to me when they need something found quickly. "
        "My weakness is that I can be a perfectionist, but I'm learning to let small things go.",
    ),
    (
        "teacher",
        "te-b1",
        "I really want to join your school because of its reputation and its values. I've followed "
        "your community projects online for years, and I see myself growing into a head of "
        "department role here within five years, maybe leading a team of my own.",
    ),
    (
        "data_analyst",
        "da-b1",
        "I'd expect a salary around sixty-five thousand, with some flexibility depending on the "
        "benefits package, the pension contribution and how many remote days the team works. "
        "I'm also hoping to start after my one-month notice period ends.",
    ),
]

ON_TOPIC = [
    (
        "nurse",
        "rn-b2",
        "A physician ordered a full dose of a blood thinner for a patient whose kidney labs had "
        "dropped that morning. I paged him, read back the creatinine, and asked whether he wanted "
        "to adjust it; he halved the dose and thanked me at handover.",
    ),
    (
        "data_analyst",
        "da-b1",
        "I showed that the discount emails drove no extra orders once we compared them with a "
        "holdout group, so marketing stopped the campaign and saved about 40k a quarter.",
    ),
]


@pytest.mark.parametrize(("role_id", "question_id", "text"), ANSWERS_TO_ANOTHER_QUESTION)
def test_an_answer_to_another_interview_question_is_off_topic(
    role_id: str, question_id: str, text: str
) -> None:
    role = default_roles()[role_id]
    assert classify(text, role.question(question_id), role)[0] is Persona.OFF_TOPIC


@pytest.mark.parametrize(("role_id", "question_id", "text"), ON_TOPIC)
def test_a_short_answer_to_the_question_is_not(role_id: str, question_id: str, text: str) -> None:
    role = default_roles()[role_id]
    assert classify(text, role.question(question_id), role)[0] is not Persona.OFF_TOPIC


def test_the_model_reads_translated_banks_and_never_questions_from_outside_the_bank() -> None:
    role = translated(default_roles()["data_analyst"], "es")
    strengths = (
        "Mi mayor fortaleza es la organización: planifico la semana el domingo, llevo notas "
        "detalladas y mis compañeros me buscan cuando necesitan encontrar algo rápido."
    )
    from_a_cv = role.question("da-b1").model_copy(update={"id": "cv-1"})
    with reading("es"):
        assert classify(strengths, role.question("da-b1"), role)[1].on_topic_chance < 1.0
        assert classify(strengths, from_a_cv, role)[1].on_topic_chance == 1.0
