"""The final report: scores computed from the per-answer notes, quotes checked verbatim."""

from __future__ import annotations

import re
from statistics import mean

from engine.models import (
    DIMENSIONS,
    Assessment,
    CodingNote,
    Interview,
    Outcome,
    Persona,
    QuestionNote,
    Report,
    ReportDraft,
    Scores,
    SpeechSummary,
    TurnKind,
)
from engine.roles import InterviewType, Role
from engine.text import quote_occurs, sentences, words

MAX_POINTS = 3
MAX_QUOTE_WORDS = 25


def scored_questions(interview: Interview) -> dict[int, Assessment]:
    """The latest assessment of every question that got at least one real answer."""
    result: dict[int, Assessment] = {}
    for turn in interview.answers:
        if turn.assessment is None:
            continue
        answer = turn.assessment.persona is not Persona.OFF_TOPIC or turn.assessment.answers_another
        real = answer and words(turn.text)
        if real or turn.question_number in result:
            result[turn.question_number] = turn.assessment
    return result


def excerpt(text: str, must_contain: str = "") -> str:
    """A short verbatim stretch of the text: the sentence holding ``must_contain``, trimmed.

    A sentence cut short ends with an ellipsis, so the quote never reads as complete.
    """
    chosen = next(
        (s for s in sentences(text) if must_contain.lower() in s.lower()),
        sentences(text)[0] if sentences(text) else "",
    )
    match = re.match(rf"\s*((?:\S+\s+){{0,{MAX_QUOTE_WORDS - 1}}}\S+)", chosen)
    if not match:
        return ""
    quote = match.group(1)
    if len(quote) < len(chosen.strip()):
        return quote.rstrip(",;:") + "…"
    return quote


def build_report(interview: Interview, role: Role, draft: ReportDraft) -> Report:
    """Assemble the report, dropping every point whose quote the candidate never said."""
    answers = [turn.text for turn in interview.answers]
    scored = scored_questions(interview)
    asked = max((t.question_number for t in interview.active_turns if t.is_prompt), default=0)
    notes = _question_notes(interview, draft, scored)
    speech = speech_summary(interview)
    coding = coding_notes(interview)
    if not scored:
        return Report(
            role_name=role.name,
            answered=0,
            asked=asked,
            scores=None,
            strengths=(),
            improvements=(),
            question_notes=notes,
            summary="",
            speech=speech,
            coding=coding,
        )
    strengths = [p for p in draft.strengths if quote_occurs(p.quote, answers)]
    improvements = [p for p in draft.improvements if quote_occurs(p.quote, answers)]
    dropped = len(draft.strengths) + len(draft.improvements) - len(strengths) - len(improvements)
    scores = Scores(
        *(round(mean(getattr(a.scores, d) for a in scored.values()), 1) for d in DIMENSIONS)
    )
    return Report(
        role_name=role.name,
        answered=len(scored),
        asked=asked,
        scores=scores,
        strengths=tuple(strengths[:MAX_POINTS]),
        improvements=tuple(improvements[:MAX_POINTS]),
        question_notes=notes,
        summary=draft.summary.strip(),
        speech=speech,
        dropped_quotes=dropped,
        coding=coding,
    )


def coding_notes(interview: Interview) -> tuple[CodingNote, ...]:
    """One note per coding task asked: the latest checked code answer and its review."""
    notes = []
    for turn in interview.active_turns:
        question = turn.question
        if turn.kind is not TurnKind.QUESTION or question is None:
            continue
        if question.type is not InterviewType.CODING:
            continue
        checked = [
            t.assessment
            for t in interview.thread(turn.question_number)
            if t.assessment is not None and t.assessment.code is not None
        ]
        title = str((question.task or {}).get("title", "")) or question.id
        if not checked:
            notes.append(CodingNote(turn.question_number, title, None))
            continue
        last = checked[-1]
        review = " ".join(part for part in (last.good, last.missing) if part)
        notes.append(CodingNote(turn.question_number, title, last.code, review))
    return tuple(notes)


def speech_summary(interview: Interview) -> SpeechSummary | None:
    """Pace and filler words over the voice answers, if there were any."""
    voiced = [t.audio for t in interview.answers if t.audio is not None]
    if not voiced:
        return None
    seconds = sum(a.duration_seconds for a in voiced)
    spoken_words = sum(a.words_per_minute * a.duration_seconds / 60 for a in voiced)
    return SpeechSummary(
        voice_answers=len(voiced),
        words_per_minute=round(spoken_words / seconds * 60, 1) if seconds else 0.0,
        filler_count=sum(a.filler_count for a in voiced),
        total_seconds=round(seconds, 1),
    )


def redone_after_example(interview: Interview) -> set[int]:
    """The questions with an answer redone (/redo) after their example answer was shown.

    The redone answer is the first that stands after one a redo took back; it counts when the
    question's example was shown before it (before or after the redo).
    """
    shown: set[int] = set()
    taken_back: set[int] = set()
    redone: set[int] = set()
    for turn in interview.turns:
        number = turn.question_number
        if turn.kind is TurnKind.EXAMPLE:
            shown.add(number)
        elif turn.kind is TurnKind.ANSWER and turn.superseded:
            taken_back.add(number)
        elif turn.kind is TurnKind.ANSWER and number in taken_back:
            taken_back.discard(number)
            if number in shown:
                redone.add(number)
    return redone


def _question_notes(
    interview: Interview, draft: ReportDraft, scored: dict[int, Assessment]
) -> tuple[QuestionNote, ...]:
    notes = []
    hinted = {t.question_number for t in interview.asides(TurnKind.HINT)}
    redone = redone_after_example(interview)
    for turn in interview.active_turns:
        if turn.kind is not TurnKind.QUESTION:
            continue
        number = turn.question_number
        assessment = scored.get(number)
        skipped = any(t.kind is TurnKind.SKIP for t in interview.thread(number))
        if assessment is None:
            outcome = Outcome.SKIPPED if skipped else Outcome.UNANSWERED
            notes.append(
                QuestionNote(number, turn.text, "", None, outcome, hint_used=number in hinted)
            )
            continue
        notes.append(
            QuestionNote(
                number,
                turn.text,
                draft.question_notes.get(number, ""),
                assessment.scores,
                good=assessment.good,
                missing=assessment.missing,
                hint_used=number in hinted,
                redone_after_example=number in redone,
            )
        )
    return tuple(notes)
