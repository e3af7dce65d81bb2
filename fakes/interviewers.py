"""Interviewer fakes: scripted assessments, failures and latency."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from engine.models import Assessment, ExampleAnswer, Persona, ReportDraft, Scores
from engine.ports import ExampleContext, InterviewerError, ReportContext, TurnContext


@dataclass
class ScriptedInterviewer:
    """Always proposes a follow-up and gives fixed scores, after an optional delay."""

    score: float = 2.0
    persona: Persona = Persona.NORMAL
    latency: float = 0.0
    fail: bool = False
    name: str = "scripted"
    calls: list[TurnContext] = field(default_factory=list)

    async def assess(self, context: TurnContext) -> Assessment:
        """A fixed assessment that always asks for more."""
        self.calls.append(context)
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.fail:
            raise InterviewerError("scripted failure")
        return Assessment(
            scores=Scores(self.score, self.score, self.score),
            persona=self.persona,
            good="",
            missing="",
            follow_up=f"Tell me more ({len(self.calls)})?",
        )

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """An empty draft (the engine fills scores and notes)."""
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.fail:
            raise InterviewerError("scripted failure")
        return ReportDraft(summary="Scripted summary.")

    async def example_answer(self, context: ExampleContext) -> ExampleAnswer | None:
        """None: it writes no example answers (the question's own is shown, if it has one)."""
        if self.fail:
            raise InterviewerError("scripted failure")
        return None
