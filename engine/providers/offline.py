"""The offline interviewer: rubric scoring, heuristic persona, rule-based follow-ups.

It is the default when no LLM is configured and the stand-in whenever the LLM fails.
"""

from __future__ import annotations

from dataclasses import replace

from catalogue import default_catalogue
from engine.answer_language import language_of
from engine.answer_parts import answer_only
from engine.feedback import excerpt, scored_questions
from engine.injection import without_injection
from engine.messages import Key, Message
from engine.models import (
    Assessment,
    ExampleAnswer,
    Interview,
    Persona,
    Point,
    ReportDraft,
    Scores,
    Turn,
    TurnKind,
)
from engine.persona import classify
from engine.ports import ExampleContext, ReportContext, TurnContext
from engine.providers.code_review import review_offline
from engine.roles import InterviewType, Question, default_roles, translated
from engine.rubric_words import reading, rubric_language, words_for
from engine.scoring import Rubric, assess_text
from engine.text import (
    concept_hits,
    count_phrases,
    quantities,
    sentences,
    without_keyword_lists,
)

STRONG = 3.8
WEAK = 2.6
SUBSTANCE = 2.2  # knowledge and structure a strength needs (buzzwords alone have no structure)
MAX_POINTS = 3
REASONS = words_for("en").reason_cues
NO_ANSWER = Scores(1.0, 1.0, 1.0)
# Communication points an answer loses for words aimed at its grader: what is left is scored
# as the answer, and an interviewer would think less of the attempt. Removing an instruction
# can also lift a plain answer a little (a sentence of the answer went with it); the attempt
# must never pay.
STEERING_COST = 1.0

NOTES = Key("offline.notes", ("notes",))
GOOD_CONCEPTS = Key("offline.good.concepts", ("concepts",))
GOOD_SPECIFICS = Key("offline.good.specifics")
GOOD_STAR = Key("offline.good.star")
GAP_CONCEPTS = Key("offline.gap.concepts", ("concepts",))
GAP_SPECIFICS = Key("offline.gap.specifics")
GAP_STAR = {part: Key(f"offline.gap.{part}") for part in ("situation", "action", "result")}
GAP_HEDGING = Key("offline.gap.hedging")
GAP_OTHER_QUESTION = Key("offline.gap.other-question")
GAP_UNCLEAR_LINK = Key("offline.gap.unclear-link")
GAP_WRONG = Key("offline.gap.wrong", ("correction",))
GAP_MIXED_UP = Key("offline.gap.mixed-up", ("said", "meant"))
GAP_STEPS = Key("offline.gap.steps")
GAP_REASONS = Key("offline.gap.reasons")
GAP_STEERING = Key("offline.gap.steering")
PROBE_SUM_UP = Key("offline.probe.sum-up")
PROBE_SPECIFIC_TIME = Key("offline.probe.specific-time")
PROBE_STEPS = Key("offline.probe.steps")
PROBE_RESULT = Key("offline.probe.result")
PROBE_TRADE_OFFS = Key("offline.probe.trade-offs")
PROBE_CONCEPT = Key("offline.probe.concept", ("concept",))
PROBE_EXAMPLE = Key("offline.probe.example")
PROBE_DEFINITE = Key("offline.probe.definite")
PROBE_BACK = Key("offline.probe.back", ("question",))
PROBE_CONNECT = Key("offline.probe.connect", ("question",))
PROBE_CHECK = Key("offline.probe.check", ("subject",))
PROBE_FIRST_STEPS = Key("offline.probe.first-steps")
PROBE_WHY = Key("offline.probe.why")
STRENGTH = Key("offline.strength", ("label", "question"))
STRENGTH_LABELS = {
    name: Key(f"offline.strength.{name}") for name in ("communication", "knowledge", "structure")
}
IMPROVEMENT = Key("offline.improvement", ("question", "advice"))
BE_SPECIFIC = Key("offline.be-specific")
SUMMARY_STRONG = Key("offline.summary.strong")
SUMMARY_SOLID = Key("offline.summary.solid")
SUMMARY_GROW = Key("offline.summary.grow")
CODING_EXAMPLE_WHY = Key("coding.example-why", ("complexity",))


class OfflineInterviewer:
    """An interviewer that needs no network."""

    name = "offline"

    async def assess(self, context: TurnContext) -> Assessment:
        """Assess the thread's answers with the rubric (a coding answer by its check)."""
        if context.question.type is InterviewType.CODING:
            return review_offline(context)
        return assess_offline(context)

    async def write_report(self, context: ReportContext) -> ReportDraft:
        """Write strengths and improvements quoting the candidate's strongest and weakest."""
        with reading(context.language):
            return draft_report(context)

    async def example_answer(self, context: ExampleContext) -> ExampleAnswer | None:
        """The question's own example answer with what the rubric credits; None without one."""
        question = context.question
        if not question.example:
            return None
        if question.type is InterviewType.CODING:
            complexity = str((question.task or {}).get("complexity", ""))
            why = _words(CODING_EXAMPLE_WHY(complexity=complexity), context.language)
            return ExampleAnswer(question.example, why)
        with reading(context.language):
            rubric, _ = assess_text(question.example, question, context.role)
        return ExampleAnswer(question.example, _good(rubric, context.language))


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
    spoken = language_of(latest)
    foreign = spoken is not None and spoken != context.language
    if foreign:  # read it against the question as worded in its language, where a bank has it
        context = _worded_in(context, spoken or context.language)
    with reading(spoken if foreign and spoken else context.language):
        return _assessed(context, answers, latest, foreign)


def _assessed(context: TurnContext, answers: list[Turn], latest: str, foreign: bool) -> Assessment:
    persona, signals = classify(latest, context.question, context.role)
    if foreign and persona is Persona.OFF_TOPIC and not signals.injection:
        persona = Persona.NORMAL  # another language is no sign of another topic
    if persona is Persona.OFF_TOPIC and not signals.injection and len(answers) > 1:
        # A reply to a follow-up is read with what it follows ("I already told you: she calmed
        # down within 20 minutes" finishes the story before it).
        joined = "\n".join(t.text for t in answers)
        persona = classify(joined, context.question, context.role)[0]
    clean = answer_only(without_injection(context.thread_answers), rubric_language())
    rubric, scores = assess_text(clean, context.question, context.role)
    if persona is Persona.EFFICIENT and (not rubric.on_topic or rubric.contradicted):
        persona = Persona.NORMAL  # brief, but about something else or wrong: not "clear"
    if signals.injection and not has_substance(rubric):
        # Words around an instruction ("Please note the following.") are not an answer either:
        # an attempt to steer the scorer with nothing else in it scores like no answer at all.
        scores = NO_ANSWER
    elif signals.injection:
        scores = replace(scores, communication=max(1.0, scores.communication - STEERING_COST))
    asked = {t.text for t in context.thread if t.kind is TurnKind.FOLLOW_UP}
    language = context.language
    # About something else, by the bank's words or by the persona's reading (a stock answer, a
    # polished answer to another question), rather than only doubtfully about this one.
    another = rubric.about_another or signals.about_another_question
    follow_up = _follow_up(rubric, scores, context.question, persona, asked, language, another)
    return Assessment(
        scores=scores,
        persona=persona,
        good=_good(rubric, language),
        missing=_missing(rubric, context.question, language, another, signals.injection),
        follow_up=follow_up,
        concepts_hit=rubric.question_concepts,
        injection=signals.injection,
        # A polished answer to another question is heard as one and told so in the report; small
        # talk and attempts to steer are not answers.
        answers_another=(
            persona is Persona.OFF_TOPIC
            and signals.about_another_question
            and not signals.injection
            and not signals.questions_back
            and (signals.attempt or has_substance(rubric))
        ),
    )


def _worded_in(context: TurnContext, language: str) -> TurnContext:
    """The context with its role and bank question as worded in ``language`` (as they are
    where that language has no bank)."""
    shipped = default_roles().get(context.role.id)
    if shipped is None:
        return context
    role = translated(shipped, language)
    try:
        question = role.question(context.question.id)
    except KeyError:  # not a bank question (generated, tailored): as asked
        return replace(context, role=role)
    return replace(context, role=role, question=question)


def _good(rubric: Rubric, language: str) -> str:
    if not rubric.on_topic:
        return ""
    parts = []
    if rubric.question_concepts:
        parts.append(GOOD_CONCEPTS(concepts=", ".join(rubric.question_concepts[:3])))
    if rubric.specifics:
        parts.append(GOOD_SPECIFICS())
    if len(rubric.star_parts) >= 3:
        parts.append(GOOD_STAR())
    return _sentence(parts, language)


def _missing(
    rubric: Rubric, question: Question, language: str, another: bool, steered: bool
) -> str:
    gaps: list[Message] = [GAP_STEERING()] if steered else []
    if not rubric.on_topic:
        gaps.append(GAP_OTHER_QUESTION() if another else GAP_UNCLEAR_LINK())
    for correction in rubric.corrections[:2]:
        gaps.append(GAP_WRONG(correction=correction.rstrip(".")))
    for said, meant in rubric.mixed_up[:1]:
        gaps.append(GAP_MIXED_UP(said=said, meant=meant))
    absent = _absent(rubric, question)
    if rubric.on_topic and absent and len(rubric.question_concepts) < 3:
        gaps.append(GAP_CONCEPTS(concepts=", ".join(absent[:2])))
    if not rubric.specifics and question.type is not InterviewType.TECHNICAL:
        gaps.append(GAP_SPECIFICS())
    if question.type is InterviewType.BEHAVIORAL:
        for part in ("situation", "action", "result"):
            if part not in rubric.star_parts:
                gaps.append(GAP_STAR[part]())
                break
    elif not _planned(rubric):
        gaps.append(GAP_STEPS() if question.type is InterviewType.SITUATIONAL else GAP_REASONS())
    if rubric.hedge_density > 3:
        gaps.append(GAP_HEDGING())
    return _sentence(gaps, language)


def _absent(rubric: Rubric, question: Question) -> list[str]:
    """Key concepts the answer never mentions (one it got wrong is not absent, it is wrong)."""
    wrong = {subject.lower() for subject in rubric.contradicted}
    return [
        c for c in question.key_concepts if c not in rubric.question_concepts and c not in wrong
    ]


def _planned(rubric: Rubric) -> bool:
    """Whether the answer lays out steps or reasons (a plan, not a list of words)."""
    planned = rubric.steps + rubric.reasons + rubric.conditions + rubric.trade_offs
    return planned >= 2 or len(rubric.star_parts) >= 3


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
    another: bool,
) -> str | None:
    """The most useful probe for what the thread still lacks, never for what it already has
    (``another``: the answer is about something else, not only doubtfully about this)."""
    story = question.type is InterviewType.BEHAVIORAL
    absent = _absent(rubric, question)
    probes: list[Message] = []
    if not rubric.on_topic:
        # Only an answer that is about something else is told so; one the judge merely doubts
        # is asked how it answers.
        back = PROBE_BACK if another else PROBE_CONNECT
        probes.append(back(question=question.text))
    if rubric.contradicted:
        probes.append(PROBE_CHECK(subject=rubric.contradicted[0]))
    if persona is Persona.CHATTY or rubric.word_count > 260:
        probes.append(PROBE_SUM_UP())
    if story:
        if "situation" not in rubric.star_parts and not rubric.actions:
            probes.append(PROBE_SPECIFIC_TIME())
        if "action" not in rubric.star_parts:
            probes.append(PROBE_STEPS())
        if "result" not in rubric.star_parts:
            probes.append(PROBE_RESULT())
    elif question.type is InterviewType.SITUATIONAL:
        if not rubric.steps and rubric.plans + rubric.actions < 2:
            probes.append(PROBE_FIRST_STEPS())
        if not rubric.reasons and not rubric.conditions:
            probes.append(PROBE_WHY())
    elif rubric.reasoning < 2 and not rubric.trade_offs:
        probes.append(PROBE_TRADE_OFFS())
    if absent and len(rubric.question_concepts) < 2:
        probes.append(PROBE_CONCEPT(concept=absent[0]))
    if not rubric.specifics:
        probes.append(PROBE_EXAMPLE())
    if rubric.hedge_density > 3:
        probes.append(PROBE_DEFINITE())
    if scores.overall >= STRONG and rubric.on_topic and not rubric.contradicted:
        return None
    worded = (_words(probe, language) for probe in probes)
    return next((p for p in worded if p not in asked), None)


def draft_report(context: ReportContext) -> ReportDraft:
    """Strengths from the best-scored answers, improvements from the weakest, each quoted.

    A strength needs substance as well as a good score (a list of buzzwords is not one) and
    quotes the answer's most concrete sentence; an improvement quotes another sentence, the
    answer's weakest, so no sentence is praised and criticised at once.
    """
    interview, language = context.interview, context.language
    scored = scored_questions(interview)
    by_score = sorted(scored.items(), key=lambda item: item[1].scores.overall, reverse=True)
    strengths: list[Point] = []
    improvements: list[Point] = []
    praised: set[str] = set()
    for number, assessment in by_score:
        if len(strengths) >= MAX_POINTS or not _substantial(assessment):
            continue
        ranked = _ranked_sentences(_quotable(context, number), assessment.concepts_hit)
        if ranked:
            point = STRENGTH(
                label=_strength_label(assessment), question=_short_question(interview, number)
            )
            strengths.append(Point(_words(point, language), excerpt(ranked[0])))
            praised.add(ranked[0])
    for number, assessment in reversed(by_score):
        if assessment.scores.overall >= STRONG or len(improvements) >= MAX_POINTS:
            continue
        ranked = _ranked_sentences(_quotable(context, number), assessment.concepts_hit)
        weakest = next((s for s in reversed(ranked) if s not in praised), None)
        if weakest is None:
            continue
        advice = assessment.missing or _words(BE_SPECIFIC(), language)
        point = IMPROVEMENT(question=_short_question(interview, number), advice=advice)
        improvements.append(Point(_words(point, language), excerpt(weakest)))
    return ReportDraft(
        strengths=strengths,
        improvements=improvements,
        summary=_words(_summary(scored), language),
    )


def _substantial(assessment: Assessment) -> bool:
    """Whether an answer earned a strength: a good score with knowledge and a shape to it."""
    s = assessment.scores
    return s.overall >= WEAK and s.knowledge >= SUBSTANCE and s.structure >= SUBSTANCE


def _quotable(context: ReportContext, number: int) -> str:
    """The answers to question ``number`` without their lists of the subject's words ("Tags:
    cache, index, latency"): the judge did not count them, and a report does not quote them."""
    interview = context.interview
    asked = interview.thread(number)[0].question
    concepts = (*(asked.key_concepts if asked else ()), *context.role.concepts)
    answers = "\n".join(t.text for t in interview.answers if t.question_number == number)
    return without_keyword_lists(answers, concepts)


def _short_question(interview: Interview, number: int) -> str:
    return _short(interview.thread(number)[0].text)


def _ranked_sentences(text: str, concepts: tuple[str, ...]) -> list[str]:
    """The answer's sentences, most concrete first: concepts, quantities and reasons count."""
    told = sentences(text)

    def weight(sentence: str) -> float:
        return (
            len(concept_hits(sentence, concepts))
            + quantities(sentence)
            + 0.5 * count_phrases(sentence, REASONS)
        )

    return sorted(told, key=lambda sentence: (-weight(sentence), told.index(sentence)))


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
