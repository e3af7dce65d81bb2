"""The question value: everything needed to ask, assess, report and resume one main question."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from engine.claims import Claim

NonEmpty = Annotated[str, Field(min_length=1)]
BANK: Final = "bank"  # the source of questions from the role files


class InterviewType(StrEnum):
    """The kinds of interview a role can offer."""

    BEHAVIORAL = "behavioral"
    TECHNICAL = "technical"
    SITUATIONAL = "situational"
    SYSTEM_DESIGN = "system_design"
    CODING = "coding"  # a task to code, with tests (engine/coding/bank.py)


class Question(BaseModel):
    """One main interview question, from any source, with what a strong and a correct answer say.

    It is stored with the turn that asks it, so an interview never needs its source again.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: NonEmpty
    type: InterviewType
    difficulty: int = Field(ge=1, le=3)
    text: NonEmpty
    key_concepts: list[NonEmpty] = Field(default_factory=list)  # what a strong answer touches
    hint: str = ""
    idea: str | None = None  # one line on what an answer could be about, shown to the confused
    example: str | None = None  # a strong answer in full, shown after the question is answered
    must_say: list[Claim] = Field(default_factory=list)  # what a correct answer must state
    must_not_say: list[Claim] = Field(default_factory=list)  # what a correct one never claims
    task: dict[str, JsonValue] | None = None  # e.g. a coding task's tests
    source: NonEmpty = BANK


def question_from_text(
    question_id: str, text: str, difficulty: int, interview_type: InterviewType | None
) -> Question:
    """A bare question rebuilt from a transcript line (its source's details are unknown)."""
    return Question(
        id=question_id,
        type=interview_type or InterviewType.BEHAVIORAL,
        difficulty=difficulty,
        text=text,
        source="transcript",
    )
