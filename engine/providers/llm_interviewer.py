"""The LLM interviewer, over any chat model: bounded prompts, JSON replies validated with pydantic.

It is the same for every provider (Groq, or an OpenAI-compatible server such as Ollama): the
provider is the ``ChatModel`` it is given. A reply that fails validation is retried once with
the error quoted back (``structured.ask_json``); a second failure, a timeout, a rate limit the
SDK could not wait out or a server error raise InterviewerError, and the service lets the
offline interviewer answer the turn.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace

from pydantic import BaseModel, Field

from engine.answer_parts import answer_only, sets_aside
from engine.coding.check import CodeCheck
from engine.injection import looks_like_injection, without_injection
from engine.models import (
    Assessment,
    ExampleAnswer,
    Persona,
    Point,
    ReportDraft,
    Scores,
    TurnKind,
)
from engine.persona import classify
from engine.ports import ChatModel, ExampleContext, ReportContext, TurnContext
from engine.providers import prompts
from engine.providers.offline import assess_offline, has_substance
from engine.providers.structured import ask_json
from engine.scoring import measure
from engine.text import words

log = logging.getLogger(__name__)
_FENCE_TAG = re.compile(r"<\s*/?\s*candidate\s*>", re.IGNORECASE)
ANSWER_CHARS = 1500  # each answer is clipped to this in prompts
REPORT_ANSWER_CHARS = 900
LEAK_WORDS = 8  # this many words in a row from a system prompt in a reply count as a leak
RUBRIC_LANGUAGE = "en"  # the offline rubric reads English only


class TurnReply(BaseModel):
    """The JSON a turn call must return."""

    persona: Persona
    communication: int = Field(ge=1, le=5)
    knowledge: int = Field(ge=1, le=5)
    structure: int = Field(ge=1, le=5)
    good: str = Field(default="", max_length=400)
    missing: str = Field(default="", max_length=400)
    follow_up: str | None = Field(default=None, max_length=500)

    @property
    def scores(self) -> Scores:
        """The three scores the model gave."""
        return Scores(self.communication, self.knowledge, self.structure)


class QuotedPoint(BaseModel):
    """A strength or improvement with its quote."""

    text: str = Field(min_length=1, max_length=300)
    quote: str = Field(max_length=400)


class ReportReply(BaseModel):
    """The JSON a report call must return."""

    strengths: list[QuotedPoint] = Field(default_factory=list, max_length=6)
    improvements: list[QuotedPoint] = Field(default_factory=list, max_length=6)
    question_notes: dict[int, str] = Field(default_factory=dict)
    summary: str = Field(default="", max_length=1500)


class ExampleReply(BaseModel):
    """The JSON an example-answer call must return."""

    answer: str = Field(min_length=20, max_length=2500)
    why: str = Field(min_length=1, max_length=400)


class LLMInterviewer:
    """An interviewer backed by a chat model: a fast one for turns, a stronger one for reports."""

    def __init__(self, chat: ChatModel, turn_model: str, report_model: str) -> None:
        """Ask ``chat``'s ``turn_model`` about turns and its ``report_model`` for reports."""
        self.chat = chat
        self.name = chat.name
        self.turn_model = turn_model
        self.report_model = report_model

    async def _turn_reply(self, context: TurnContext) -> TurnReply:
        """The fast model's reply about the latest answer."""
        return await ask_json(
            self.chat, self.turn_model, prompts.TURN_SYSTEM, turn_prompt(context), TurnReply
        )

    async def assess(self, context: TurnContext) -> Assessment:
        """Ask the fast model to assess the latest answer."""
        reply = await self._turn_reply(context)
        scores = reply.scores
        if context.check is not None:
            # The run's facts bound what the model may say the code knows: at most a point
            # above the review of its results (a fooled model cannot pass failing tests).
            reviewed = assess_offline(context).scores
            scores = replace(scores, knowledge=min(scores.knowledge, reviewed.knowledge + 1.0))
        persona = reply.persona
        latest = next((t.text for t in reversed(context.thread) if t.kind is TurnKind.ANSWER), "")
        injection = looks_like_injection(latest)
        if injection:
            # The candidate tried to steer the scorer: the rubric's view of the substance caps it.
            scores = scores.capped_by(assess_offline(context).scores)
            persona = Persona.OFF_TOPIC
        elif sets_aside(latest, context.language):
            # Something in it is not the answer (rows of data, code, a grade sheet, a note to the
            # grader) and may have steered the model unnoticed: the answer without those parts is
            # asked about too, and the lower view counts.
            scores = scores.capped_by((await self._turn_reply(_answer_only(context))).scores)
        elif context.language == RUBRIC_LANGUAGE:
            # A second line of defence, for steering the injection check does not recognise:
            # an answer off the topic, with nothing in it the rubric can credit, is never worth
            # more from the LLM than from the rubric.
            persona_of_latest = classify(latest, context.question, context.role)[0]
            rubric = measure(latest, context.question, context.role)
            if persona_of_latest is Persona.OFF_TOPIC and not has_substance(rubric):
                scores = scores.capped_by(assess_offline(context).scores)
        return Assessment(
            scores=scores,
            persona=persona,
            good=without_prompt(unmarked(reply.good)),
            missing=without_prompt(unmarked(reply.missing)),
            follow_up=without_prompt(unmarked(reply.follow_up or "")) or None,
            injection=injection,
        )

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """Ask the stronger model for the report's words."""
        reply = await ask_json(
            self.chat, self.report_model, prompts.REPORT_SYSTEM, report_prompt(context), ReportReply
        )
        return ReportDraft(
            strengths=[_point(p) for p in reply.strengths if without_prompt(p.text)],
            improvements=[_point(p) for p in reply.improvements if without_prompt(p.text)],
            question_notes={
                number: unmarked(note)
                for number, note in reply.question_notes.items()
                if without_prompt(note)
            },
            summary=without_prompt(unmarked(reply.summary)),
        )

    async def example_answer(self, context: ExampleContext) -> ExampleAnswer | None:
        """Ask the stronger model for a model answer to the question and why it is strong."""
        question = context.question
        prompt = prompts.EXAMPLE_QUESTION.format(
            role=context.role.name,
            type=question.type.value,
            difficulty=question.difficulty,
            text=question.text,
            language=context.language,
        )
        reply = await ask_json(
            self.chat, self.report_model, prompts.EXAMPLE_SYSTEM, prompt, ExampleReply
        )
        answer, why = without_prompt(reply.answer), without_prompt(reply.why)
        return ExampleAnswer(answer, why) if answer and why else None


def _answer_only(context: TurnContext) -> TurnContext:
    """The context with its latest answer cut to what engine/answer_parts.py counts of it."""
    thread = list(context.thread)
    at = max(n for n, turn in enumerate(thread) if turn.kind is TurnKind.ANSWER)
    thread[at] = replace(thread[at], text=answer_only(thread[at].text, context.language))
    return replace(context, thread=tuple(thread))


def turn_prompt(context: TurnContext) -> str:
    """The user message of a turn call: role, compact history, the current thread."""
    role, question = context.role, context.question
    lines = [
        prompts.TURN_ROLE.format(role=role.name, criteria="; ".join(role.evaluation_criteria[:4])),
        prompts.TURN_QUESTION.format(type=question.type.value, difficulty=question.difficulty),
        prompts.TURN_KEY_CONCEPTS.format(concepts=", ".join(question.key_concepts)),
    ]
    if question.must_say:
        facts = " ".join(claim.text for claim in question.must_say)
        lines.append(prompts.TURN_MUST_SAY.format(facts=facts))
    if question.must_not_say:
        claims = " ".join(claim.text for claim in question.must_not_say)
        lines.append(prompts.TURN_MUST_NOT_SAY.format(claims=claims))
    if context.check is not None:
        lines += code_run_lines(context.check)
    lines.append(prompts.TURN_FOLLOW_UPS_LEFT.format(count=context.follow_ups_left))
    if context.earlier:
        lines.append(prompts.TURN_EARLIER)
        lines += [
            prompts.TURN_EARLIER_QUESTION.format(
                number=e.number, overall=e.overall if e.overall is not None else "-", note=e.note
            )
            for e in context.earlier
        ]
    lines.append(prompts.TURN_THREAD)
    for turn in context.thread:
        if turn.kind is TurnKind.ANSWER:
            lines.append(prompts.CANDIDATE_ANSWER.format(answer=fenced(turn.text, ANSWER_CHARS)))
        elif turn.is_prompt:
            lines.append(prompts.TURN_INTERVIEWER.format(text=turn.text))
    return "\n".join(lines)


def code_run_lines(check: CodeCheck) -> list[str]:
    """What running and reading a code answer found, for the turn call: the run's facts, and
    anything the candidate's code produced (its result, its error) fenced as their words."""
    findings = "; ".join(check.findings[:4]) or "nothing"
    lines = [prompts.TURN_CODING]
    if not check.ran:
        lines.append(
            prompts.TURN_CODE_NOT_RUN.format(
                complexity=check.complexity or "?",
                expected=check.expected_complexity or "?",
                findings=findings,
            )
        )
        return lines
    lines.append(
        prompts.TURN_CODE_RUN.format(
            verdict=check.verdict,
            passed=check.passed,
            total=check.total,
            visible=len(check.visible_passed),
            visible_total=check.visible_total,
            hidden=check.hidden_passed,
            hidden_total=check.hidden_total,
            seconds=check.seconds,
            expected=check.expected_complexity or "?",
            complexity=check.complexity or "?",
            findings=findings,
        )
    )
    if check.failed is not None:
        failed = check.failed
        got = failed.error or json.dumps(failed.got)
        lines.append(
            prompts.TURN_CODE_FAILED.format(
                name=failed.name,
                args=json.dumps(failed.args)[:300],
                expected=json.dumps(failed.expected)[:300],
                got=fenced(got, 300),
            )
        )
    return lines


def report_prompt(context: ReportContext) -> str:
    """The user message of the report call: every question with its answers, clipped."""
    interview = context.interview
    lines = [prompts.REPORT_ROLE.format(role=context.role.name, language=context.language)]
    for turn in interview.active_turns:
        if turn.kind is TurnKind.QUESTION:
            lines.append(
                prompts.REPORT_QUESTION.format(number=turn.question_number, text=turn.text)
            )
        elif turn.kind is TurnKind.FOLLOW_UP:
            lines.append(prompts.REPORT_FOLLOW_UP.format(text=turn.text))
        elif turn.kind is TurnKind.SKIP:
            lines.append(prompts.REPORT_SKIPPED)
        elif turn.kind is TurnKind.ANSWER:
            answer = fenced(turn.text, REPORT_ANSWER_CHARS)
            lines.append(prompts.CANDIDATE_ANSWER.format(answer=answer))
    return "\n".join(lines)


def _word_runs(text: str, size: int = LEAK_WORDS) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


_PROMPT_RUNS = _word_runs(prompts.TURN_SYSTEM) | _word_runs(prompts.REPORT_SYSTEM)


def reveals_prompt(text: str) -> bool:
    """Whether the text repeats a stretch of a system prompt (LEAK_WORDS words in a row)."""
    return not _PROMPT_RUNS.isdisjoint(_word_runs(text))


def without_prompt(text: str) -> str:
    """The LLM's text, or "" when it repeats the system prompt (a fooled model leaking it)."""
    if text and reveals_prompt(text):
        log.warning("dropped an LLM reply field that repeated the system prompt")
        return ""
    return text


def fenced(answer: str, limit: int) -> str:
    """An answer as it goes inside the candidate fence: steering left out, clipped, datamarked.

    An answer that steers the grader is sent without those parts (the rest is still assessed);
    no spelling of the fence tag ("</Candidate >", "< /candidate>") can close the fence early;
    the datamark joins the words, so none of them can pass for the prompt's own text.
    """
    if looks_like_injection(answer):
        answer = without_injection(answer) or prompts.NOTHING_BUT_STEERING
    answer = _FENCE_TAG.sub(lambda tag: tag[0].replace("<", "‹").replace(">", "›"), answer)
    answer = answer if len(answer) <= limit else answer[:limit] + " […]"
    return datamarked(answer)


def datamarked(text: str) -> str:
    """The words joined by the datamark instead of blanks (the candidate's own marks made ^)."""
    return prompts.DATAMARK.join(text.replace(prompts.DATAMARK, "^").split())


def unmarked(text: str) -> str:
    """The LLM's text with any datamark it copied read as a space again."""
    return re.sub(rf"\s*{re.escape(prompts.DATAMARK)}\s*", " ", text)


def _point(point: QuotedPoint) -> Point:
    return Point(unmarked(point.text), unmarked(point.quote))
