"""Questions with and without an example answer, for the hint and example-answer tests.

The role files' ``example`` fields are still being written, so these tests bring their own: a
bank-like question with a hint and an example, and a question from another source with
neither (its hint is a nudge from its type; its example needs an LLM).
"""

from __future__ import annotations

from engine.ports import QuestionRequest
from engine.questions import InterviewType, Question

EXAMPLE_TEXT = (
    "At my last job our checkout API had a p95 latency of two seconds before a sales event. "
    "I profiled the slowest queries first, found a missing index on the orders table, added it "
    "and cached product data in Redis. As a result p95 fell to 300 ms and errors dropped by 40%."
)
HINT_TEXT = "Think of one time you measured a slow system before you changed anything."
WITH_EXAMPLE = Question(
    id="example-1",
    type=InterviewType.BEHAVIORAL,
    difficulty=2,
    text="Tell me about a time you made a slow service fast.",
    key_concepts=["latency", "profiling", "index", "cache"],
    hint=HINT_TEXT,
    example=EXAMPLE_TEXT,
)
WITHOUT_EXAMPLE = Question(
    id="generated-2",
    type=InterviewType.SITUATIONAL,
    difficulty=2,
    text="A customer writes that their order is a week late and they are furious. What do you do?",
    key_concepts=["apologise", "tracking", "refund"],
    source="generated",
)
THIRD = WITH_EXAMPLE.model_copy(update={"id": "example-3", "text": "How do you find a slow query?"})
QUESTIONS = (WITH_EXAMPLE, WITHOUT_EXAMPLE, THIRD)
SITUATIONAL_NUDGE = "Walk through the steps you would take"
LLM_EXAMPLE = (
    "First I would apologise and own the delay, then check the tracking with the carrier, tell "
    "the customer what I found within the hour, and offer a refund of the shipping or a voucher."
)
LLM_WHY = "It acknowledges the feeling, acts on facts and closes with a concrete remedy."


class ExampleQuestions:
    """Asks the three questions above in order, whatever the role."""

    async def next_question(self, request: QuestionRequest) -> Question:
        """The question of the request's number."""
        return QUESTIONS[(request.number - 1) % len(QUESTIONS)]
