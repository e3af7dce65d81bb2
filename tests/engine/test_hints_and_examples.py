"""/hint and /example through the entry point: what is shown, what is noted, what never counts.

Hints and examples are asides: stored as turns (so they survive a restart and reach the
report) but never answers, follow-ups or non-answers, and they never change whose turn it is.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bots.app import App, build_app
from engine import events
from engine import interview as machine
from engine.actions import Action, AskQuestion, Notice, ShowExample, ShowHint, ShowReport
from engine.interview_flow import HINT_INSTEAD, NO_EXAMPLE, NO_INTERVIEW
from engine.judge import Judge
from engine.models import Assessment, ExampleAnswer, Interview, ReportDraft, TurnKind
from engine.ports import ExampleContext, InterviewerError, ReportContext, TurnContext
from engine.providers.offline import OfflineInterviewer
from engine.roles import default_roles
from storage.memory import MemoryReminders, MemoryRepository, MemoryStore
from tests.support.examples import (
    EXAMPLE_TEXT,
    HINT_TEXT,
    LLM_EXAMPLE,
    LLM_WHY,
    SITUATIONAL_NUDGE,
    WITH_EXAMPLE,
    WITHOUT_EXAMPLE,
    ExampleQuestions,
)
from tests.support.users import User, offline_settings
from tests.support.words import words

ANSWER = (
    "At my last job our search API took three seconds. I profiled it, found a missing index and "
    "added a cache; as a result latency fell to 400 ms and complaints stopped."
)


@dataclass
class WritingInterviewer:
    """An LLM stand-in: the offline interviewer's judgement, its own example answers."""

    fail: bool = False
    latency: float = 0.0
    name: str = "writer"
    asked: list[ExampleContext] = field(default_factory=list)
    offline: OfflineInterviewer = field(default_factory=OfflineInterviewer)

    async def assess(self, context: TurnContext) -> Assessment:
        """The offline assessment."""
        return await self.offline.assess(context)

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """The offline report."""
        return await self.offline.write_report(context)

    async def example_answer(self, context: ExampleContext) -> ExampleAnswer | None:
        """A written example, after ``latency``; InterviewerError when it ``fail``s."""
        self.asked.append(context)
        await asyncio.sleep(self.latency)
        if self.fail:
            raise InterviewerError("scripted failure")
        return ExampleAnswer(LLM_EXAMPLE, LLM_WHY)


def app_with(store: MemoryStore | None = None, **parts: Any) -> App:
    """No follow-ups (every answer moves on), the example questions, in memory."""
    store = store or MemoryStore()
    return build_app(
        offline_settings(max_followups=0, default_questions=3, llm_timeout_seconds=1),
        repository=MemoryRepository(store),
        reminders=MemoryReminders(store),
        questions=ExampleQuestions(),
        seeds=random.Random(5),
        **parts,
    )


def only(actions: list[Action], kind: type[Any]) -> Any:
    found = [a for a in actions if isinstance(a, kind)]
    assert len(found) == 1, actions
    return found[0]


async def active(app: App, user: User) -> Interview:
    interview = await app.entry.flow.active(user.key)
    assert interview is not None
    return interview


async def test_a_hint_is_the_questions_own_and_does_not_move_the_interview() -> None:
    app = app_with()
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    before = await active(app, alice)
    shown = only(await alice.send(events.AskHint()), ShowHint)
    assert (shown.number, shown.text, shown.nudge, shown.lead) == (1, HINT_TEXT, None, None)
    after = await active(app, alice)
    assert [t.kind for t in after.turns] == [TurnKind.QUESTION, TurnKind.HINT]
    # Whose turn it is, and everything derived from the exchange, is as before the hint.
    assert after.current_prompt == before.current_prompt
    assert after.prompt_position == before.prompt_position
    assert (after.answers, after.pending_answer, machine.next_question(after)) == ([], None, None)
    assert after.follow_ups_asked(1) == 0
    # A second hint is shown again but noted once; the answer that follows is question 1's.
    assert only(await alice.send(events.AskHint()), ShowHint).text == HINT_TEXT
    assert len((await active(app, alice)).asides(TurnKind.HINT)) == 1
    asked = only(await alice.answer(ANSWER), AskQuestion)
    assert asked.number == 2 and asked.text == WITHOUT_EXAMPLE.text


async def test_a_question_without_a_hint_gets_a_nudge_from_its_type() -> None:
    app = app_with()
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    await alice.answer(ANSWER)
    shown = only(await alice.send(events.AskHint()), ShowHint)
    assert shown.number == 2 and shown.text == "" and shown.nudge is not None
    assert words(shown.nudge).startswith(SITUATIONAL_NUDGE)
    assert shown.nudge.key == machine.NUDGES[WITHOUT_EXAMPLE.type]
    for kind, nudge in machine.NUDGES.items():  # every type has its nudge, none is the answer
        assert words(nudge()) and kind.value


async def test_example_before_any_answer_is_the_current_hint_instead() -> None:
    app = app_with()
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    shown = only(await alice.send(events.AskExample()), ShowHint)
    assert shown.lead == HINT_INSTEAD() and shown.text == HINT_TEXT and shown.number == 1
    assert "no example to show" in words(HINT_INSTEAD())


async def test_example_after_an_answer_is_the_banks_own_and_no_llm_is_asked() -> None:
    writer = WritingInterviewer()
    app = app_with(interviewer=writer)
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    await alice.answer(ANSWER)  # question 2 is asked: the example is question 1's
    shown = only(await alice.send(events.AskExample()), ShowExample)
    assert (shown.number, shown.question, shown.answer) == (1, WITH_EXAMPLE.text, EXAMPLE_TEXT)
    assert shown.why  # what the rubric credits in it
    assert writer.asked == []
    interview = await active(app, alice)
    assert [t.question_number for t in interview.asides(TurnKind.EXAMPLE)] == [1]
    assert interview.current_prompt is not None and interview.current_prompt.question_number == 2
    assert len(interview.answers) == 1


async def test_a_question_without_an_example_gets_the_llms_or_a_friendly_none() -> None:
    writer = WritingInterviewer()
    app = app_with(interviewer=writer)
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    await alice.answer(ANSWER)
    await alice.skip()  # question 2 skipped: the latest one answered or skipped
    shown = only(await alice.send(events.AskExample()), ShowExample)
    assert (shown.number, shown.answer, shown.why) == (2, LLM_EXAMPLE, LLM_WHY)
    assert [c.question.id for c in writer.asked] == [WITHOUT_EXAMPLE.id]

    offline = app_with()
    bob = User(offline, "bob")
    await bob.start("backend_engineer")
    await bob.answer(ANSWER)
    await bob.skip()
    notice = only(await bob.send(events.AskExample()), Notice)
    assert notice.message == NO_EXAMPLE(number=2)
    assert "no example answer for question 2 yet" in words(notice.message)
    assert (await active(offline, bob)).asides(TurnKind.EXAMPLE) == []


@pytest.mark.parametrize("writer", [WritingInterviewer(fail=True), WritingInterviewer(latency=5)])
async def test_a_failing_or_slow_llm_leaves_the_stand_in_which_has_none(
    writer: WritingInterviewer,
) -> None:
    judge = Judge(writer, timeout_seconds=0.2)
    role = default_roles()["backend_engineer"]
    assert await judge.example_answer(ExampleContext(role, WITHOUT_EXAMPLE, "en")) is None
    own = await judge.example_answer(ExampleContext(role, WITH_EXAMPLE, "en"))
    assert own is not None and own.text == EXAMPLE_TEXT
    assert len(writer.asked) == 1  # the question with its own example never reached the LLM


async def test_the_current_question_once_answered_is_the_one_exemplified() -> None:
    app = build_app(
        offline_settings(max_followups=3, default_questions=3),
        repository=MemoryRepository(MemoryStore()),
        reminders=MemoryReminders(MemoryStore()),
        questions=ExampleQuestions(),
        seeds=random.Random(5),
    )
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    asked = only(await alice.answer("I made it faster."), AskQuestion)
    assert asked.is_follow_up and asked.number == 1
    assert only(await alice.send(events.AskExample()), ShowExample).number == 1
    interview = await active(app, alice)
    assert interview.follow_ups_asked(1) == 1 and len(interview.answers) == 1


async def test_the_report_notes_hints_and_an_answer_redone_after_the_example() -> None:
    app = app_with()
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    await alice.send(events.AskHint())  # question 1: hint used
    await alice.answer(ANSWER)
    await alice.send(events.AskExample())  # question 1's example, then a better answer
    redone = only(await alice.redo(), AskQuestion)
    assert redone.number == 1
    await alice.answer(EXAMPLE_TEXT.replace("At my last job", "In my previous role"))
    await alice.answer(ANSWER)  # question 2: no hint, no example
    await alice.send(events.AskExample())  # question 2's (none offline), not redone
    report = only(await alice.answer(ANSWER), ShowReport).report
    notes = {
        note.question_number: (note.hint_used, note.redone_after_example)
        for note in report.question_notes
    }
    assert notes == {1: (True, True), 2: (False, False), 3: (False, False)}
    assert (report.answered, report.asked) == (3, 3)


async def test_an_answer_to_a_follow_up_after_the_example_is_not_a_redo() -> None:
    app = build_app(
        offline_settings(max_followups=3, default_questions=2),
        repository=MemoryRepository(MemoryStore()),
        reminders=MemoryReminders(MemoryStore()),
        questions=ExampleQuestions(),
        seeds=random.Random(5),
    )
    alice = User(app, "alice")
    await alice.start("backend_engineer")
    await alice.answer("I made it faster.")
    await alice.send(events.AskExample())
    await alice.answer("I added an index.")
    report = only(await alice.end(), ShowReport).report
    assert not any(n.redone_after_example for n in report.question_notes)


async def test_hints_and_examples_survive_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hints.db'}"

    def sql() -> App:
        return build_app(
            offline_settings(max_followups=0, default_questions=2, database_url=url),
            questions=ExampleQuestions(),
            seeds=random.Random(5),
        )

    first = sql()
    alice = User(first, "alice")
    await alice.start("backend_engineer")
    await alice.send(events.AskHint())
    await alice.answer(ANSWER)
    await alice.send(events.AskExample())
    await alice.redo()

    restarted = sql()  # a new process on the same database
    alice = User(restarted, "alice")
    interview = await active(restarted, alice)
    assert [t.kind for t in interview.asides(TurnKind.HINT)] == [TurnKind.HINT]
    assert [t.superseded for t in interview.asides(TurnKind.EXAMPLE)] == [True]
    await alice.answer(ANSWER + " I also wrote a runbook.")
    report = only(await alice.answer(ANSWER), ShowReport).report
    assert [(n.hint_used, n.redone_after_example) for n in report.question_notes] == [
        (True, True),
        (False, False),
    ]
    assert (report.answered, report.asked) == (2, 2)


async def test_no_hint_without_a_question_waiting() -> None:
    app = app_with()
    alice = User(app, "alice")
    assert only(await alice.send(events.AskHint()), Notice).message == NO_INTERVIEW()
    assert only(await alice.send(events.AskExample()), Notice).message == NO_INTERVIEW()
    await alice.start("backend_engineer", questions=1)
    await alice.answer(ANSWER)  # the interview is over: its last question's example
    assert only(await alice.send(events.AskExample()), ShowExample).number == 1
    notice = only(await alice.send(events.AskHint()), Notice)
    assert notice.message == NO_INTERVIEW()


def test_a_hint_waits_for_no_answer_being_assessed() -> None:
    interview, _ = machine.start(
        machine.InterviewConfig("backend_engineer", None, 2, 2, 0), WITH_EXAMPLE
    )
    pending = machine.record_answer(interview, ANSWER)
    with pytest.raises(machine.InterviewStateError):
        machine.hint(pending)
    assert machine.example_target(interview) is None
