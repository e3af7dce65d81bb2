"""Export of the latest interview as a Markdown file: the full transcript and its report.

Everything the candidate wrote goes into blockquotes, one ``>`` line per line, with Markdown's
special characters backslash-escaped, so no answer can open a heading, a code block, a table or
raw HTML that would swallow the rest of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bots.render import DIMENSION_NAMES
from engine.actions import DIMENSIONS, AudioFacts, Point, Report, Turn, TurnKind
from engine.events import Sender
from engine.queries import PastInterview, Queries

# Inline markup, HTML, headings and tables; list markers inside a quote cannot escape it.
SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def escape_markdown(text: str) -> str:
    """Text with every Markdown-significant character backslash-escaped."""
    return SPECIAL.sub(r"\\\1", text)


def quote_block(text: str) -> str:
    """User text as a blockquote, every line quoted and escaped (empty lines kept)."""
    lines = text.splitlines() or [""]
    return "\n".join(f"> {escape_markdown(line)}".rstrip() for line in lines)


def export_markdown(past: PastInterview) -> tuple[str, bytes]:
    """The interview as ``(filename, UTF-8 Markdown)``: every question, follow-up and answer."""
    interview, config = past.interview, past.interview.config
    kind = config.interview_type.value.replace("_", " ") if config.interview_type else "mixed"
    when = f" · {past.started_at:%Y-%m-%d %H:%M} UTC" if past.started_at else ""
    role_name = past.role_name or config.role_id
    lines = [
        f"# Mock interview — {escape_markdown(role_name)}",
        "",
        f"*{kind.capitalize()} interview · difficulty {config.difficulty} · "
        f"{config.question_count} question(s) · {interview.status.value}{when}*",
    ]
    for turn in interview.active_turns:  # answers replaced by a /redo are left out
        lines += ["", *_turn_lines(turn)]
    lines += ["", *_report_lines(past.report)]
    slug = re.sub(r"[^a-z0-9]+", "-", config.role_id.lower()).strip("-") or "interview"
    date = f"-{past.started_at:%Y%m%d}" if past.started_at else ""
    filename = f"interview-{slug}{date}-{interview.id or 0}.md"
    return filename, ("\n".join(lines).rstrip() + "\n").encode("utf-8")


async def export_latest(queries: Queries, sender: Sender) -> tuple[str, bytes] | None:
    """The user's latest interview as a Markdown file, or None when they have none."""
    past = await queries.last_interview(sender.key)
    return export_markdown(past) if past is not None else None


def _turn_lines(turn: Turn) -> list[str]:
    match turn.kind:
        case TurnKind.QUESTION:
            return [
                f"## Question {turn.question_number} (difficulty {turn.difficulty})",
                "",
                f"**Interviewer:** {escape_markdown(turn.text)}",
            ]
        case TurnKind.FOLLOW_UP:
            return [f"**Interviewer (follow-up):** {escape_markdown(turn.text)}"]
        case TurnKind.ANSWER:
            return [f"**You{_audio_note(turn.audio)}:**", "", quote_block(turn.text)]
        case TurnKind.SKIP:
            return ["*Skipped.*"]
    raise ValueError(f"unknown turn kind {turn.kind!r}")


def _audio_note(audio: AudioFacts | None) -> str:
    if audio is None:
        return ""
    return f" (voice, {audio.duration_seconds:.0f} s, {audio.words_per_minute:.0f} words/min)"


def _report_lines(report: Report | None) -> list[str]:
    if report is None:
        return ["## Feedback", "", "*No report yet — finish the interview (/end) to get one.*"]
    lines = [
        "## Feedback",
        "",
        f"{escape_markdown(report.summary)} ({report.answered} of {report.asked} answered)",
    ]
    if report.scores is not None:
        lines += ["", "| Dimension | Score |", "|---|---|"]
        lines += [
            f"| {DIMENSION_NAMES[d]} | {getattr(report.scores, d):.1f}/5 |" for d in DIMENSIONS
        ]
        lines.append(f"| **Overall** | **{report.scores.overall:.1f}/5** |")
    lines += _points("Strengths", report.strengths)
    lines += _points("To improve", report.improvements)
    if report.speech is not None:
        s = report.speech
        lines += [
            "",
            "### Speaking",
            "",
            f"{s.voice_answers} voice answer(s), {s.total_seconds:.0f} s in all · pace "
            f"{s.words_per_minute:.0f} words/min · {s.filler_count} filler word(s)",
        ]
    if report.question_notes:
        lines += ["", "### Question by question", ""]
        for note in report.question_notes:
            score = f" ({note.scores.overall:.1f}/5)" if note.scores else ""
            lines.append(f"- **Q{note.question_number}{score}** {escape_markdown(note.note)}")
    return lines


def _points(title: str, points: Iterable[Point]) -> list[str]:
    items = list(points)
    if not items:
        return []
    lines = ["", f"### {title}"]
    for point in items:
        lines += ["", f"- {escape_markdown(point.text)}", "", quote_block(point.quote)]
    return lines
