"""The offline interviewer: rubric scoring, heuristic persona, rule-based follow-ups.

It is the default when no LLM is configured and the stand-in whenever the LLM fails.
"""

from __future__ import annotations

from catalogue import default_catalogue
from engine.feedback import excerpt, scored_questions
from engine.messages import Key, Message
from engine.models import Assessment, Persona, Point, ReportDraft, Scores, TurnKind
from engine.persona import INJECTION, classify
from engine.ports import ReportContext, TurnContext
from engine.roles import InterviewType, Question
from engine.scoring import Rubric, assess_text
from engine.text import sentences

STRONG = 3.8
WEAK = 2.6
NO_ANSWER = Scores(1.0, 1.0, 1.0)

NOTES = Key("offline.notes", ("notes",))
GOOD_CONCEPTS = Key("offline.good.concepts", ("concepts",))
GOOD_SPECIFICS = Key("offline.good.specifics")
GOOD_STAR = Key("offline.good.star")
GAP_CONCEPTS = Key("offline.gap.concepts", ("concepts",))
GAP_SPECIFICS = Key("offline.gap.specifics")
GAP_STAR = {part: Key(f"offline.gap.{part}") for part in ("situation", "action", "result")}
GAP_HEDGING = Key("offline.gap.hedging")
PROBE_SUM_UP = Key("offline.probe.sum-up")
PROBE_SPECIFIC_TIME = Key("offline.probe.specific-time")
PROBE_STEPS = Key("offline.probe.steps")
PROBE_RESULT = Key("offline.probe.result")
PROBE_TRADE_OFFS = Key("offline.probe.trade-offs")
PROBE_CONCEPT = Key("offline.probe.concept", ("concept",))
PROBE_EXAMPLE = Key("offline.probe.example")
PROBE_DEFINITE = Key("offline.probe.definite")
STRENGTH = Key("offline.strength", ("label", "question"))
STRENGTH_LABELS = {
    name: Key(f"offline.strength.{name}") for name in ("communication", "knowledge", "structure")
}
IMPROVEMENT = Key("offline.improvement", ("question", "advice"))
BE_SPECIFIC = Key("offline.be-specific")
SUMMARY_STRONG = Key("offline.summary.strong")
SUMMARY_SOLID = Key("offline.summary.solid")
SUMMARY_GROW = Key("offline.summary.grow")


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
    language = context.language
    follow_up = _follow_up(rubric, scores, context.question, persona, asked, language)
    return Assessment(
        scores=scores,
        persona=persona,
        good=_good(rubric, language),
        missing=_missing(rubric, context.question, language),
        follow_up=follow_up,
        concepts_hit=rubric.question_concepts,
        injection=signals.injection,
    )


def _good(rubric: Rubric, language: str) -> str:
    parts = []
    if rubric.question_concepts:
        parts.append(GOOD_CONCEPTS(concepts=", ".join(rubric.question_concepts[:3])))
    if rubric.specifics:
        parts.append(GOOD_SPECIFICS())
    if len(rubric.star_parts) >= 3:
        parts.append(GOOD_STAR())
    return _sentence(parts, language)


def _missing(rubric: Rubric, question: Question, language: str) -> str:
    gaps = []
    absent = [c for c in question.key_concepts if c not in rubric.question_concepts]
    if absent and len(rubric.question_concepts) < 3:
        gaps.append(GAP_CONCEPTS(concepts=", ".join(absent[:2])))
    if not rubric.specifics:
        gaps.append(GAP_SPECIFICS())
    if question.type in (InterviewType.BEHAVIORAL, InterviewType.SITUATIONAL):
        for part in ("situation", "action", "result"):
            if part not in rubric.star_parts:
                gaps.append(GAP_STAR[part]())
                break
    if rubric.hedge_density > 3:
        gaps.append(GAP_HEDGING())
    return _sentence(gaps, language)


def _sentence(parts: list[Message], language: str) -> str:
    """Notes joined into one sentence of the interview's language ("" without any)."""
    if not parts:
        return ""
    return _words(NOTES(notes="; ".join(_words(part, language) for part in parts)), language)


def _follow_up(
    rubric: Rubric,
    scores: Scores,
    question: Question,
    persona: Persona,
    asked: set[str],
    language: str,
) -> str | None:
    """The most useful probe for what the thread still lacks, not asked before."""
    behavioural = question.type in (InterviewType.BEHAVIORAL, InterviewType.SITUATIONAL)
    absent = [c for c in question.key_concepts if c not in rubric.question_concepts]
    probes: list[Message] = []
    if persona is Persona.CHATTY or rubric.word_count > 260:
        probes.append(PROBE_SUM_UP())
    if behavioural and "situation" not in rubric.star_parts and rubric.word_count < 60:
        probes.append(PROBE_SPECIFIC_TIME())
    if behavioural and "action" not in rubric.star_parts:
        probes.append(PROBE_STEPS())
    if behavioural and "result" not in rubric.star_parts:
        probes.append(PROBE_RESULT())
    if not behavioural and rubric.reasoning < 2:
        probes.append(PROBE_TRADE_OFFS())
    if absent and len(rubric.question_concepts) < 2:
        probes.append(PROBE_CONCEPT(concept=absent[0]))
    if not rubric.specifics:
        probes.append(PROBE_EXAMPLE())
    if rubric.hedge_density > 3:
        probes.append(PROBE_DEFINITE())
    if scores.overall >= STRONG:
        return None
    worded = (_words(probe, language) for probe in probes)
    return next((p for p in worded if p not in asked), None)


def draft_report(context: ReportContext) -> ReportDraft:
    """Strengths from the best-scored answers, improvements from the weakest, each quoted."""
    interview, language = context.interview, context.language
    scored = scored_questions(interview)
    by_score = sorted(scored.items(), key=lambda item: item[1].scores.overall, reverse=True)
    strengths: list[Point] = []
    improvements: list[Point] = []
    for number, assessment in by_score:
        text = "\n".join(t.text for t in interview.thread(number) if t.kind is TurnKind.ANSWER)
        question = interview.thread(number)[0].text
        if assessment.scores.overall >= WEAK and len(strengths) < 3:
            anchor = assessment.concepts_hit[0] if assessment.concepts_hit else ""
            point = STRENGTH(label=_strength_label(assessment), question=_short(question))
            strengths.append(Point(_words(point, language), excerpt(text, anchor)))
    for number, assessment in reversed(by_score):
        if assessment.scores.overall >= STRONG or len(improvements) >= 3:
            continue
        text = "\n".join(t.text for t in interview.thread(number) if t.kind is TurnKind.ANSWER)
        question = interview.thread(number)[0].text
        advice = assessment.missing or _words(BE_SPECIFIC(), language)
        point = IMPROVEMENT(question=_short(question), advice=advice)
        improvements.append(Point(_words(point, language), excerpt(text)))
    return ReportDraft(
        strengths=strengths,
        improvements=improvements,
        summary=_words(_summary(scored), language),
    )


def _strength_label(assessment: Assessment) -> Message:
    s = assessment.scores
    best = max(("communication", s.communication), ("knowledge", s.knowledge),
               ("structure", s.structure), key=lambda item: item[1])[0]  # fmt: skip
    return STRENGTH_LABELS[best]()


def _short(question: str, limit: int = 60) -> str:
    return question if len(question) <= limit else question[: limit - 1].rstrip() + "…"


def _summary(scored: dict[int, Assessment]) -> Message:
    overall = sum(a.scores.overall for a in scored.values()) / len(scored) if scored else 0
    if overall >= STRONG:
        return SUMMARY_STRONG()
    if overall >= WEAK:
        return SUMMARY_SOLID()
    return SUMMARY_GROW()


def _words(message: Message, language: str) -> str:
    """A message in the interview's language: the offline interviewer's own words."""
    return default_catalogue().render(message, language)
