"""Size of the LLM turn prompt at question 1 and question 10 of a long interview.

Usage: python -m bench.prompt_size
Each question gets an answer of about 120 words and two follow-ups; the prompt measured is
the one sent to assess the first answer of question 1 and of question 10.
"""

from __future__ import annotations

from engine import interview as machine
from engine.context import turn_context
from engine.interview_flow import question_request
from engine.models import Assessment, Interview, InterviewConfig, Persona, Scores
from engine.providers.llm_interviewer import turn_prompt
from engine.providers.prompts import TURN_SYSTEM
from engine.question_bank import pick
from engine.roles import Role, default_roles

ANSWER = (
    "In my last role we had a reporting service that timed out every Monday morning when "
    "the weekly jobs ran. I was responsible for fixing it before a customer review. I "
    "profiled the slowest queries, found a missing index and a report that scanned the whole "
    "orders table, so I added the index, split the report into daily partitions and moved the "
    "heaviest export to a queue with retries. I also added an alert on p95 latency so we "
    "would see regressions early. As a result the p95 dropped from 9 seconds to 700 ms, the "
    "Monday timeouts stopped completely and support tickets about reports fell by about 60 "
    "percent over the next quarter. I learned to measure before changing anything."
)


def prompt_chars(question_number: int) -> int:
    """Characters of system + user prompt when assessing question ``question_number``."""
    role = default_roles()["backend_engineer"]
    config = InterviewConfig("backend_engineer", None, 2, 10, 3, seed=5)
    interview = ask_due(Interview(config), role)
    while True:
        interview = machine.record_answer(interview, ANSWER)
        if interview.question_number == question_number:
            return len(TURN_SYSTEM) + len(turn_prompt(turn_context(interview, role)))
        asked = interview.follow_ups_asked(interview.question_number)
        follow_up = "What trade-offs did you weigh?" if asked < 2 else None
        assessment = Assessment(Scores(3, 3, 3), Persona.NORMAL, "Good: specifics.",
                                "Missing: trade-offs.", follow_up=follow_up)  # fmt: skip
        interview, _ = machine.apply_assessment(interview, assessment)
        interview = ask_due(interview, role)


def ask_due(interview: Interview, role: Role) -> Interview:
    """The interview with the main question that is due (if any) asked, from the role bank."""
    due = machine.next_question(interview)
    if due is None:
        return interview
    return machine.ask_next(interview, pick(question_request(role, interview, due)))[0]


def main() -> None:
    """Print both sizes and their ratio."""
    first, tenth = prompt_chars(1), prompt_chars(10)
    print(
        f"LLM turn prompt: question 1 = {first} chars, question 10 = {tenth} chars, "
        f"ratio = {tenth / first:.2f} (goal <= 1.3)"
    )


if __name__ == "__main__":
    main()
