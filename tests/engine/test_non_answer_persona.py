"""Who asks back is confused only when what they ask is about the question."""

from __future__ import annotations

import asyncio

import pytest

from engine.judge import Judge
from engine.models import Assessment, NonAnswer, Persona, Turn, TurnKind
from engine.ports import TurnContext
from engine.providers.offline import OfflineInterviewer
from engine.roles import default_roles


def _assessed(text: str, role_id: str, question_id: str) -> Assessment:
    """The judge's note on ``text`` as the first reply to a bank question."""
    role = default_roles()[role_id]
    question = role.question(question_id)
    level = question.difficulty
    thread = (
        Turn(TurnKind.QUESTION, 1, question.id, level, question.text, question=question),
        Turn(TurnKind.ANSWER, 1, question.id, level, text),
    )
    context = TurnContext(role, question, thread, (), follow_ups_left=2, language="en")
    return asyncio.run(Judge(OfflineInterviewer()).assess(context))[0]


@pytest.mark.parametrize(
    ("role_id", "question_id", "text"),
    [
        (
            "backend_engineer",
            "be-s2",
            "Before I answer, could you tell me the salary band for this position? And is there "
            "an equity component?",
        ),
        (  # "what" and "again" are in any question back; they ask to hear nothing again
            "data_analyst",
            "da-t1",
            "Sorry, before we start, what's the team like here? How big is it, and who would I "
            "report to?",
        ),
        (
            "nurse",
            "rn-s1",
            "Did you watch the final last night? I can't believe they lost again, my whole "
            "street was shouting at the telly.",
        ),
        (
            "customer_support",
            "cs-s4",
            "Quick question first: is this position fully remote, or would I need to come into "
            "the office a few days a week? And do you provide the headset and laptop?",
        ),
    ],
)
def test_a_question_back_about_something_else_is_off_topic(
    role_id: str, question_id: str, text: str
) -> None:
    judged = _assessed(text, role_id, question_id)
    assert judged.non_answer is not None  # still answered, never scored
    assert judged.persona is Persona.OFF_TOPIC


@pytest.mark.parametrize(
    ("role_id", "question_id", "text", "kind"),
    [
        (
            "backend_engineer",
            "be-t1",
            "Sorry, what do you mean by an index here, the database kind? Could you explain?",
            NonAnswer.CLARIFY,
        ),
        ("backend_engineer", "be-t1", "Sorry, can you repeat the question?", NonAnswer.REPEAT),
    ],
)
def test_a_question_back_about_the_question_is_confusion(
    role_id: str, question_id: str, text: str, kind: NonAnswer
) -> None:
    judged = _assessed(text, role_id, question_id)
    assert judged.non_answer is kind
    assert judged.persona is Persona.CONFUSED


def test_thinking_aloud_is_no_persona_sign() -> None:
    judged = _assessed("Hmm, let me think for a second.", "backend_engineer", "be-t1")
    assert judged.non_answer is NonAnswer.THINKING
    assert judged.persona is Persona.NORMAL


def test_thinking_aloud_while_lost_in_the_question_is_confusion() -> None:
    text = (
        "Um, one sec. Indexes... is that the index.html thing? No idea how that fits with a "
        "database."
    )
    judged = _assessed(text, "backend_engineer", "be-t1")
    assert judged.non_answer is NonAnswer.THINKING
    assert judged.persona is Persona.CONFUSED


def test_the_questions_asked_for_are_an_answer_not_questions_back() -> None:
    # "What questions do you ask?": the candidate's questions answer it
    text = (
        "I ask: what problem are you trying to solve? Who signs off? Is there budget for it "
        "this year? And when do you need it live?"
    )
    judged = _assessed(text, "sales_associate", "sa-t2")
    assert judged.counts
    assert judged.non_answer is None
    assert judged.persona is not Persona.CONFUSED
    asked_back = _assessed("Sorry, what do you mean by qualify here?", "sales_associate", "sa-t2")
    assert asked_back.non_answer is NonAnswer.CLARIFY
