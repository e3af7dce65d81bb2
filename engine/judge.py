"""Judging answers and writing reports, with the offline interviewer standing in on failure."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from engine.answer_language import language_of
from engine.feedback import build_report
from engine.injection import looks_like_injection
from engine.job_fit import job_fit
from engine.messages import Key
from engine.models import (
    Assessment,
    ExampleAnswer,
    Interview,
    NonAnswer,
    Persona,
    Report,
    Scores,
    TurnKind,
)
from engine.non_answers import non_answer
from engine.persona import classify
from engine.ports import (
    ExampleContext,
    Interviewer,
    InterviewerError,
    ReportContext,
    TurnContext,
)
from engine.providers.offline import OfflineInterviewer
from engine.roles import Role
from engine.rubric_words import reading

log = logging.getLogger(__name__)

FALLBACK_NOTICE = Key("interviewer.fallback")


class Judge:
    """Asks the interviewer (an LLM, usually) and falls back to the offline one when it fails."""

    def __init__(
        self,
        interviewer: Interviewer,
        timeout_seconds: float = 45.0,
        stand_in: Interviewer | None = None,
    ) -> None:
        """Judge with ``interviewer``, giving it ``timeout_seconds`` a call."""
        self.interviewer = interviewer
        self.timeout_seconds = timeout_seconds
        self.stand_in = stand_in or OfflineInterviewer()

    @property
    def name(self) -> str:
        """The interviewer's name (for the start-up log)."""
        return self.interviewer.name

    async def assess(self, context: TurnContext) -> tuple[Assessment, bool]:
        """The interviewer's assessment, or the stand-in's (True) when it fails.

        A non-answer (a clarification request, thinking aloud, ...) is recognised here, before
        any interviewer is asked: it is answered, never scored.
        """
        kind = _non_answer(context) if context.check is None else None
        if kind is not None:
            persona = _non_answer_persona(kind, context)
            return Assessment(Scores(1.0, 1.0, 1.0), persona, "", "", non_answer=kind), False
        try:
            return await asyncio.wait_for(
                self.interviewer.assess(context), self.timeout_seconds
            ), False
        except (InterviewerError, TimeoutError) as error:
            log.warning("interviewer failed, offline stand-in answers: %s", error)
            return await self.stand_in.assess(context), True

    async def report(self, interview: Interview, role: Role) -> Report:
        """The grounded report of an interview (the stand-in writes it when nothing was said),
        with the fit section when the interview had a job's must-haves."""
        context = ReportContext(role=role, interview=interview, language=interview.config.language)
        if not interview.answers:
            draft = await self.stand_in.write_report(context)
        else:
            try:
                draft = await asyncio.wait_for(
                    self.interviewer.write_report(context), self.timeout_seconds
                )
            except (InterviewerError, TimeoutError) as error:
                log.warning("report writer failed, offline stand-in writes it: %s", error)
                draft = await self.stand_in.write_report(context)
        return replace(build_report(interview, role, draft), fit=job_fit(interview))

    async def example_answer(self, context: ExampleContext) -> ExampleAnswer | None:
        """A strong answer to the question and why; None when nobody can write one.

        The question's own example comes first (the offline interviewer gives it, no LLM
        call); else the interviewer writes one, the stand-in answering when it fails.
        """
        own = await self.stand_in.example_answer(context)
        if own is not None or self.interviewer is self.stand_in:
            return own
        try:
            return await asyncio.wait_for(
                self.interviewer.example_answer(context), self.timeout_seconds
            )
        except (InterviewerError, TimeoutError) as error:
            log.warning("example writer failed, offline stand-in answers: %s", error)
            return await self.stand_in.example_answer(context)


def _non_answer_persona(kind: NonAnswer, context: TurnContext) -> Persona:
    """Asking to hear the question again is confusion. Asking back about the question is too,
    unless what is asked is about something else (pay, remote days): that is off topic. Thinking
    aloud, nerves and pointing back to an earlier answer are no sign of either, unless the reply
    also says the candidate is lost ("Hmm, an index, like index.html? Not sure how…")."""
    if kind is NonAnswer.REPEAT:
        return Persona.CONFUSED
    latest = next(t.text for t in reversed(context.thread) if t.kind is TurnKind.ANSWER)
    with reading(language_of(latest) or context.language):
        read, _ = classify(latest, context.question, context.role)
    if kind is NonAnswer.CLARIFY:
        return Persona.OFF_TOPIC if read is Persona.OFF_TOPIC else Persona.CONFUSED
    return Persona.CONFUSED if read is Persona.CONFUSED else Persona.NORMAL


def _non_answer(context: TurnContext) -> NonAnswer | None:
    """The kind of non-answer the thread's latest answer is, if it is one."""
    latest = prompt = None
    for turn in reversed(context.thread):
        if latest is None and turn.kind is TurnKind.ANSWER:
            latest = turn
        elif latest is not None and turn.is_prompt:
            prompt = turn
            break
    if latest is None or prompt is None or looks_like_injection(latest.text):
        return None
    return non_answer(latest.text, context.question, prompt.text, context.language)
