"""Mixed-up terms: an answer that says of one term what the question's reference says of another.

The answers are written in their own words, not the bank's: the check must find the swap from
how the answer's words fit the reference, not from a listed misconception.
"""

from __future__ import annotations

import asyncio

import pytest

from engine.judge import Judge
from engine.mix_ups import MixUp, mix_ups
from engine.models import Assessment, Turn, TurnKind
from engine.ports import TurnContext
from engine.providers.offline import OfflineInterviewer
from engine.questions import Question
from engine.roles import default_roles
from engine.text import normalize

# (role, question id, a correct answer, the same answer with two terms mixed up, the mix-up)
SWAPS = [
    (
        "architect",
        "ar-t4",
        "Orientation first: in the northern hemisphere I put the main glazing on the south "
        "facade, with overhangs sized to block the high summer sun and let the low winter sun "
        "in. Then insulation and airtightness.",
        "Orientation first: in the northern hemisphere I put the main glazing on the north "
        "facade, with overhangs sized to block the high summer sun and let the low winter sun "
        "in. Then insulation and airtightness.",
        MixUp(said="north", meant="south"),
    ),
    (
        "retail_associate",
        "ra-t2",
        "Upselling means steering the customer to a better version of what they came for, like "
        "the next model up. Cross-selling is suggesting something that goes with it, like a case "
        "for the phone. I only do either when it helps them.",
        "Cross-selling means steering the customer to a better version of what they came for, "
        "like the next model up. Upselling is suggesting something that goes with it, like a "
        "case for the phone. I only do either when it helps them.",
        MixUp(said="cross selling", meant="upselling"),
    ),
    (
        "finance_analyst",
        "fa-t2",
        "The budget is the target the board signs off before the year starts, and we hold "
        "managers to it. The forecast is our latest estimate of where we will land, refreshed "
        "every quarter with actuals, so we can act on a gap early.",
        "The forecast is the target the board signs off before the year starts, and we hold "
        "managers to it. The budget is our latest estimate of where we will land, refreshed "
        "every quarter with actuals, so we can act on a gap early.",
        MixUp(said="forecast", meant="budget"),
    ),
    (
        "teacher",
        "te-t2",
        "Formative checks happen while we are still learning, like exit tickets or mini "
        "whiteboards, so I can change tomorrow's lesson. Summative assessment comes at the end "
        "of a unit, a final test that measures what they learned and goes in the grade book.",
        "Summative checks happen while we are still learning, like exit tickets or mini "
        "whiteboards, so I can change tomorrow's lesson. Formative assessment comes at the end "
        "of a unit, a final test that measures what they learned and goes in the grade book.",
        MixUp(said="summative", meant="formative"),
    ),
]


def _question(role_id: str, question_id: str) -> Question:
    return default_roles()[role_id].question(question_id)


@pytest.mark.parametrize(("role_id", "question_id", "right", "wrong", "mix"), SWAPS)
def test_a_swap_is_found_and_the_right_answer_is_left_alone(
    role_id: str, question_id: str, right: str, wrong: str, mix: MixUp
) -> None:
    question = _question(role_id, question_id)
    assert {(found.said, found.meant) for found in mix_ups(wrong, question)} & {
        (mix.said, mix.meant),
        (mix.meant, mix.said),
    }
    assert mix_ups(right, question) == ()


@pytest.mark.parametrize(("role_id", "question_id", "right", "wrong", "mix"), SWAPS)
def test_the_judge_scores_the_right_answer_above_the_swapped_one_and_says_why(
    role_id: str, question_id: str, right: str, wrong: str, mix: MixUp
) -> None:
    wrong_note = _assessed(wrong, role_id, question_id)
    assert _assessed(right, role_id, question_id).scores.overall > wrong_note.scores.overall
    assert any(
        f"check {said} and {meant} — you may have mixed them up" in wrong_note.missing
        for said, meant in ((mix.said, mix.meant), (mix.meant, mix.said))
    )


def _assessed(text: str, role_id: str, question_id: str) -> Assessment:
    """The offline judge's note on ``text`` as the first answer to a bank question."""
    role = default_roles()[role_id]
    question = role.question(question_id)
    thread = (
        Turn(
            TurnKind.QUESTION, 1, question.id, question.difficulty, question.text, question=question
        ),
        Turn(TurnKind.ANSWER, 1, question.id, question.difficulty, normalize(text)),
    )
    context = TurnContext(role, question, thread, (), follow_ups_left=2, language="en")
    return asyncio.run(Judge(OfflineInterviewer()).assess(context))[0]


def test_a_term_denied_says_its_opposite() -> None:
    """ "I never chart a dose before it is given" is not "before" where the bank says "after"."""
    question = _question("nurse", "rn-t1")
    answer = (
        "After I scan the wristband and the medication I give the dose, and I chart it straight "
        "after. I never chart a dose before it has been given."
    )
    assert mix_ups(answer, question) == ()


def test_stories_are_not_checked() -> None:
    """What happened to the candidate has no reference to be mixed up with."""
    role = default_roles()["architect"]
    story = next(q for q in role.questions if q.type.value == "behavioral")
    assert mix_ups("The north facade was over budget, so the south one went first.", story) == ()
