"""The offline interviewer: rubric scoring, heuristic persona, rule-based follow-ups.

It is the default when no LLM is configured and the stand-in whenever the LLM fails.
"""

from __future__ import annotations

from engine.feedback import excerpt, scored_questions
from engine.models import Assessment, Persona, Point, ReportDraft, Scores, TurnKind
from engine.persona import INJECTION, classify
from engine.ports import ReportContext, TurnContext
from engine.roles import InterviewType, Question
from engine.scoring import Rubric, assess_text
from engine.text import sentences

STRONG = 3.8
WEAK = 2.6
NO_ANSWER = Scores(1.0, 1.0, 1.0)


class OfflineInterviewer:
    """An interviewer that needs no network."""

    name = "offline"

    async def assess(self, context: TurnContext) -> Assessment:
        """Assess the thread's answers with the rubric; classify the latest answer."""
        return assess_offline(context)

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """Write strengths and improvements quoting the candidate's strongest and weakest."""
        return draft_report(context)


def without_injection(text: str) -> str:
    """The answer with instruction-like sentences removed (they are data, never scored)."""
    return " ".join(s for s in sentences(text) if not INJECTION.search(s))


def has_substance(rubric: Rubric) -> bool:
    """Whether an answer says something real: concepts, specifics, or what the candidate did.

    One concept alone does not count: a stray word ("following" for "follow up") is not an
    answer.
    """
    concepts = len(rubric.question_concepts) + len(rubric.role_concepts)
    return (
        concepts >= 2 or rubric.specifics > 0 or rubric.actions > 0 or len(rubric.star_parts) >= 2
    )


def assess_offline(context: TurnContext) -> Assessment:
    """The offline assessment of a question's thread so far."""
    answers = [t for t in context.thread if t.kind is TurnKind.ANSWER]
    latest = answers[-1].text if answers else ""
    persona, signals = classify(latest, context.question, context.role)
    clean = without_injection(context.thread_answers)
    rubric, scores = assess_text(clean, context.question, context.role)
    if signals.injection and not has_substance(rubric):
        # Words around an instruction ("Please note the following.") are not an answer either:
        # an attempt to steer the scorer with nothing else in it scores like no answer at all.
        scores = NO_ANSWER
    asked = {t.text for t in context.thread if t.kind is TurnKind.FOLLOW_UP}
    follow_up = _follow_up(rubric, scores, context.question, persona, asked)
    return Assessment(
        scores=scores,
        persona=persona,
        good=_good(rubric),
        missing=_missing(rubric, context.question),
        follow_up=follow_up,
        concepts_hit=rubric.question_concepts,
        injection=signals.injection,
    )


def _good(rubric: Rubric) -> str:
    parts = []
    if rubric.question_concepts:
        parts.append("covered " + ", ".join(rubric.question_concepts[:3]))
    if rubric.specifics:
        parts.append("gave specifics")
    if len(rubric.star_parts) >= 3:
        parts.append("clear situation-action-result shape")
    return ("Good: " + "; ".join(parts) + ".") if parts else ""


def _missing(rubric: Rubric, question: Question) -> str:
    gaps = []
    absent = [c for c in question.key_concepts if c not in rubric.question_concepts]
    if absent and len(rubric.question_concepts) < 3:
        gaps.append("could touch on " + ", ".join(absent[:2]))
    if not rubric.specifics:
        gaps.append("no concrete numbers or example")
    if question.type in (InterviewType.BEHAVIORAL, InterviewType.SITUATIONAL):
        for part in ("situation", "action", "result"):
            if part not in rubric.star_parts:
                gaps.append(f"the {part} was unclear")
                break
    if rubric.hedge_density > 3:
        gaps.append("a lot of hedging")
    return ("Missing: " + "; ".join(gaps) + ".") if gaps else ""


def _follow_up(
    rubric: Rubric, scores: Scores, question: Question, persona: Persona, asked: set[str]
) -> str | None:
    """The most useful probe for what the thread still lacks, not asked before."""
    behavioural = question.type in (InterviewType.BEHAVIORAL, InterviewType.SITUATIONAL)
    absent = [c for c in question.key_concepts if c not in rubric.question_concepts]
    probes = []
    if persona is Persona.CHATTY or rubric.word_count > 260:
        probes.append("If you had to sum it up in two sentences, what was the key point?")
    if behavioural and "situation" not in rubric.star_parts and rubric.word_count < 60:
        probes.append("Can you walk me through a specific time this happened — where were you?")
    if behavioural and "action" not in rubric.star_parts:
        probes.append("What did you personally do, step by step?")
    if behavioural and "result" not in rubric.star_parts:
        probes.append("What was the result — can you put a number or an outcome on it?")
    if not behavioural and rubric.reasoning < 2:
        probes.append("Why that approach — what trade-offs did you weigh?")
    if absent and len(rubric.question_concepts) < 2:
        probes.append(f"How would {absent[0]} come into your answer?")
    if not rubric.specifics:
        probes.append("Could you give a concrete example, with a number if you have one?")
    if rubric.hedge_density > 3:
        probes.append("Could you say that more definitely — what would you actually do?")
    if scores.overall >= STRONG:
        return None
    return next((p for p in probes if p not in asked), None)


def draft_report(context: ReportContext) -> ReportDraft:
    """Strengths from the best-scored answers, improvements from the weakest, each quoted."""
    interview = context.interview
    scored = scored_questions(interview)
    by_score = sorted(scored.items(), key=lambda item: item[1].scores.overall, reverse=True)
    strengths: list[Point] = []
    improvements: list[Point] = []
    for number, assessment in by_score:
        text = "\n".join(t.text for t in interview.thread(number) if t.kind is TurnKind.ANSWER)
        question = interview.thread(number)[0].text
        if assessment.scores.overall >= WEAK and len(strengths) < 3:
            anchor = assessment.concepts_hit[0] if assessment.concepts_hit else ""
            label = _strength_label(assessment)
            strengths.append(Point(f"{label} on “{_short(question)}”", excerpt(text, anchor)))
    for number, assessment in reversed(by_score):
        if assessment.scores.overall >= STRONG or len(improvements) >= 3:
            continue
        text = "\n".join(t.text for t in interview.thread(number) if t.kind is TurnKind.ANSWER)
        question = interview.thread(number)[0].text
        advice = assessment.missing.removeprefix("Missing: ") or "be more specific"
        improvements.append(Point(f"On “{_short(question)}”: {advice}", excerpt(text)))
    return ReportDraft(
        strengths=strengths,
        improvements=improvements,
        summary=_summary(scored),
    )


def _strength_label(assessment: Assessment) -> str:
    s = assessment.scores
    best = max(("communication", s.communication), ("knowledge", s.knowledge),
               ("structure", s.structure), key=lambda item: item[1])[0]  # fmt: skip
    return {
        "communication": "Clear, direct communication",
        "knowledge": "Solid role knowledge",
        "structure": "Well-structured answer",
    }[best]


def _short(question: str, limit: int = 60) -> str:
    return question if len(question) <= limit else question[: limit - 1].rstrip() + "…"


def _summary(scored: dict[int, Assessment]) -> str:
    overall = sum(a.scores.overall for a in scored.values()) / len(scored) if scored else 0
    if overall >= STRONG:
        verdict = "A strong interview: your answers were specific and well organised."
    elif overall >= WEAK:
        verdict = "A solid base: the answers that worked had concrete examples; others needed more detail."  # noqa: E501
    else:
        verdict = (
            "There is a lot of room to grow: answers were mostly short on specifics and structure."
        )
    return verdict
