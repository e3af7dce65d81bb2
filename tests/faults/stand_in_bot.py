"""``python -m tests.faults.stand_in_bot``: ``python -m bots run`` with a stand-in question source.

The stand-in's questions exist in no role file, so a process that asks, assesses or reports them
can only have taken them from the turns it stored.
"""

from __future__ import annotations

import asyncio
import sys

from bots.__main__ import run
from bots.app import build_app
from bots.logs import configure_logging
from bots.settings import load_settings
from engine.ports import QuestionRequest
from engine.questions import InterviewType, Question

STAND_IN = tuple(
    Question(
        id=f"stand-in-{number}",
        type=InterviewType.SYSTEM_DESIGN,
        difficulty=2,
        text=f"Stand-in {number}: how does a leaderless store stay writable in a partition?",
        key_concepts=["quorum", "vector clock", "hinted handoff"],
        hint="Think about who may accept a write when some replicas cannot be reached.",
        must_say=["quorum"],
        source="stand-in",
    )
    for number in (1, 2, 3)
)


class StandInQuestions:
    """Asks the stand-in questions in order, whatever the role."""

    async def next_question(self, request: QuestionRequest) -> Question:
        """The stand-in question of the request's number."""
        return STAND_IN[(request.number - 1) % len(STAND_IN)]


def main() -> int:
    """Run the bots as ``python -m bots run`` does, asking the stand-in questions."""
    settings = load_settings()
    configure_logging(settings)
    app = build_app(settings, questions=StandInQuestions())
    return asyncio.run(run(app, settings))


if __name__ == "__main__":
    sys.exit(main())
