"""The offline code review: scores, notes and a follow-up from a code answer's check.

The three scores map as an interviewer would weigh a coding answer: communication is the
explanation around the code, role knowledge is correctness and complexity (the tests, sized for
the expected complexity, and the code's structure when nothing runs), structure is the code's
clarity (lint findings, overlong functions). The follow-up asks about what the code shows: the
example it got wrong, the syntax error, a faster way, an edge case, or the missing explanation.
"""

from __future__ import annotations

import json

from catalogue import default_catalogue
from engine.coding.answers import code_answer
from engine.coding.check import CodeCheck
from engine.coding.reading import LONG_FUNCTION_LINES, read_code, slower
from engine.messages import Key, Message
from engine.models import Assessment, Persona, Scores, TurnKind
from engine.ports import TurnContext
from engine.rubric_words import words_for
from engine.text import words

GOOD_ALL_PASSED = Key("coding.good.all-passed", ("complexity",))
GOOD_EXPLAINED = Key("coding.good.explained")
GOOD_CLEAN = Key("coding.good.clean")
GAP_FAILING = Key("coding.gap.failing", ("passed", "total"))
GAP_SYNTAX = Key("coding.gap.syntax")
GAP_SLOW = Key("coding.gap.slow", ("complexity",))
GAP_CRASHED = Key("coding.gap.crashed")
GAP_UNEXPLAINED = Key("coding.gap.unexplained")
GAP_LINT = Key("coding.gap.lint", ("finding",))
GAP_NO_CODE = Key("coding.gap.no-code")
PROBE_SYNTAX = Key("coding.probe.syntax", ("message",))
PROBE_EXAMPLE = Key("coding.probe.example", ("name", "expected", "got"))
PROBE_HIDDEN = Key("coding.probe.hidden")
PROBE_FASTER = Key("coding.probe.faster", ("complexity",))
PROBE_MEMORY = Key("coding.probe.memory")
PROBE_EXPLAIN = Key("coding.probe.explain")
PROBE_SEND_CODE = Key("coding.probe.send-code")
REASONS = words_for("en").reason_cues
COMPLEXITY_WORDS = ("o(", "complexity", "linear", "quadratic", "log n", "time", "space", "memory")


def review_offline(context: TurnContext) -> Assessment:
    """The offline review of the latest answer of a coding question's thread."""
    latest = next((t for t in reversed(context.thread) if t.kind is TurnKind.ANSWER), None)
    text = latest.text if latest is not None else ""
    language = context.language
    check = context.check
    if check is None:
        return _prose_answer(context, text)
    answer = code_answer(text)
    explanation = answer.explanation if answer else ""
    communication = explanation_score(explanation)
    knowledge = knowledge_score(check)
    structure = structure_score(check, text)
    good, gaps = _notes(check, explanation)
    asked = {t.text for t in context.thread if t.kind is TurnKind.FOLLOW_UP}
    follow_up = _probe(check, explanation, asked, language)
    return Assessment(
        scores=Scores(communication, knowledge, structure),
        persona=Persona.NORMAL,
        good=" ".join(_words(message, language) for message in good),
        missing=" ".join(_words(message, language) for message in gaps),
        follow_up=follow_up,
        concepts_hit=(check.complexity,) if check.all_passed else (),
    )


def explanation_score(explanation: str) -> float:
    """Communication: an explanation with reasons and the complexity scores best."""
    said = words(explanation)
    if not said:
        return 1.5
    lowered = f" {explanation.lower()} "
    score = 2.5 if len(said) < 8 else 3.5
    if any(f" {cue} " in lowered for cue in REASONS):
        score += 0.75
    if any(word in lowered for word in COMPLEXITY_WORDS):
        score += 0.75
    return min(5.0, score)


def knowledge_score(check: CodeCheck) -> float:
    """Role knowledge: correct (every test) and of the expected complexity scores best."""
    if not check.ran:  # read, not run: the structure is all there is to go on
        return 2.0 if slower(check.complexity, check.expected_complexity) else 3.0
    share = check.passed / check.total if check.total else 0.0
    match check.verdict:
        case "passed":
            return 5.0
        case "syntax_error":
            return 1.0
        case "timeout" | "memory":
            examples_pass = len(check.visible_passed) == check.visible_total
            return 2.5 if examples_pass else 1.5
        case "failed" | "error":
            return round(min(3.5, 1.0 + 3.0 * share), 1)
    return 1.5  # crashed, or printed too much


def structure_score(check: CodeCheck, text: str) -> float:
    """Structure: the code's clarity (lint findings and overlong functions cost)."""
    if check.verdict == "syntax_error":
        return 1.5
    answer = code_answer(text)
    reading = read_code(answer.code) if answer else None
    score = 4.5 - 0.5 * len(check.findings)
    if reading is not None and reading.longest_function > LONG_FUNCTION_LINES:
        score -= 1.0
    return max(1.0, score)


def _notes(check: CodeCheck, explanation: str) -> tuple[list[Message], list[Message]]:
    good: list[Message] = []
    gaps: list[Message] = []
    if check.all_passed:
        good.append(GOOD_ALL_PASSED(complexity=check.complexity))
    elif check.verdict == "syntax_error":
        gaps.append(GAP_SYNTAX())
    elif check.verdict in ("timeout", "memory") or (
        not check.ran and slower(check.complexity, check.expected_complexity)
    ):
        gaps.append(GAP_SLOW(complexity=check.expected_complexity))
    elif check.verdict in ("failed", "error"):
        gaps.append(GAP_FAILING(passed=check.passed, total=check.total))
    elif check.ran:
        gaps.append(GAP_CRASHED())
    if explanation_score(explanation) >= 3.5:
        good.append(GOOD_EXPLAINED())
    else:
        gaps.append(GAP_UNEXPLAINED())
    if check.findings:
        gaps.append(GAP_LINT(finding=check.findings[0]))
    elif check.verdict != "syntax_error":
        good.append(GOOD_CLEAN())
    return good, gaps


def _probe(check: CodeCheck, explanation: str, asked: set[str], language: str) -> str | None:
    """The follow-up the check calls for first, skipping one already asked."""
    probes: list[Message] = []
    if check.verdict == "syntax_error":
        probes.append(PROBE_SYNTAX(message=check.message or "?"))
    if check.failed is not None:
        got = check.failed.error or _shown(check.failed.got)
        probes.append(
            PROBE_EXAMPLE(name=check.failed.name, expected=_shown(check.failed.expected), got=got)
        )
    if check.verdict == "timeout" or (
        not check.ran and slower(check.complexity, check.expected_complexity)
    ):
        probes.append(PROBE_FASTER(complexity=check.expected_complexity))
    if check.verdict == "memory":
        probes.append(PROBE_MEMORY())
    if check.ran and check.failed is None and check.verdict in ("failed", "error"):
        probes.append(PROBE_HIDDEN())
    if explanation_score(explanation) < 3.5:
        probes.append(PROBE_EXPLAIN())
    for probe in probes:
        text = _words(probe, language)
        if text not in asked:
            return text
    return None


def _prose_answer(context: TurnContext, text: str) -> Assessment:
    """An answer without code: an explanation of code sent before, or no code yet."""
    earlier = next(
        (
            t.assessment
            for t in reversed(context.thread)
            if t.assessment is not None and t.assessment.code is not None
        ),
        None,
    )
    communication = explanation_score(text)
    if earlier is None:  # nothing to run yet: the candidate is asked for the code
        return Assessment(
            scores=Scores(communication, 1.5, 1.0),
            persona=Persona.NORMAL,
            good="",
            missing=_words(GAP_NO_CODE(), context.language),
            follow_up=_words(PROBE_SEND_CODE(), context.language),
        )
    scores = earlier.scores
    return Assessment(
        scores=Scores(max(scores.communication, communication), scores.knowledge, scores.structure),
        persona=Persona.NORMAL,
        good=earlier.good,
        missing=earlier.missing,
        code=earlier.code,
    )


def _shown(value: object) -> str:
    text = json.dumps(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _words(message: Message, language: str) -> str:
    return default_catalogue().render(message, language)
