"""Export of the latest interview as a Markdown file: the full transcript and its report.

Everything the candidate wrote goes into blockquotes, one ``>`` line per line, with Markdown's
special characters backslash-escaped, so no answer can open a heading, a code block, a table or
raw HTML that would swallow the rest of the file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bots.render import Markup, report_sections, report_summary
from engine.actions import AudioFacts, Report, Turn, TurnKind
from engine.events import Sender
from engine.labels import type_label
from engine.messages import Key
from engine.queries import Material, PastInterview, Queries

# Inline markup, HTML, headings and tables; list markers inside a quote cannot escape it.
SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
TITLE = Key("export.title", ("role",))
SUBTITLE = Key("export.subtitle", ("kind", "difficulty", "count", "status"), plural="count")
STARTED = Key("export.started", ("moment",))
QUESTION = Key("export.question", ("number", "difficulty"))
INTERVIEWER = Key("export.interviewer")
FOLLOW_UP = Key("export.follow-up")
YOU = Key("export.you")
VOICE = Key("export.voice", ("seconds", "pace"))
SKIPPED = Key("export.skipped")
FEEDBACK = Key("export.feedback")
NO_REPORT = Key("export.no-report")
CV = Key("export.cv")
JOB = Key("export.job")
NO_MATERIAL = Key("export.no-material")


def escape_markdown(text: str) -> str:
    """Text with every Markdown-significant character backslash-escaped."""
    return SPECIAL.sub(r"\\\1", text)


def quote_block(text: str) -> str:
    """User text as a blockquote, every line quoted and escaped (empty lines kept)."""
    lines = text.splitlines() or [""]
    return "\n".join(f"> {escape_markdown(line)}".rstrip() for line in lines)


def markdown(m: Markup) -> Markup:
    """The same words as ``m`` (language, commands), in Markdown."""
    return replace(
        m, escape=escape_markdown, bold=lambda t: f"**{t}**", italic=lambda t: f"*{t}*", limit=10**9
    )


def export_markdown(
    past: PastInterview, m: Markup, material: Material | None = None
) -> tuple[str, bytes]:
    """The interview as ``(filename, UTF-8 Markdown)``: every question, follow-up and answer;
    with ``material``, the CV and job texts the user gave follow (quoted like answers)."""
    md = markdown(m)
    interview, config = past.interview, past.interview.config
    kind = type_label(config.interview_type.value if config.interview_type else None)
    subtitle = md.t(
        SUBTITLE(
            kind=kind,
            difficulty=config.difficulty,
            count=config.question_count,
            status=interview.status.value,
        )
    )
    if past.started_at:
        subtitle += md.t(STARTED(moment=past.started_at))
    role_name = past.role_name or config.role_id
    lines = ["# " + md.te(TITLE(role=role_name)), "", md.i(subtitle)]
    for turn in interview.active_turns:  # answers replaced by a /redo are left out
        lines += ["", *_turn_lines(turn, md)]
    lines += ["", *_report_lines(past.report, md)]
    if material is not None:
        lines += ["", *_material_lines(material, md)]
    slug = re.sub(r"[^a-z0-9]+", "-", config.role_id.lower()).strip("-") or "interview"
    date = f"-{past.started_at:%Y%m%d}" if past.started_at else ""
    filename = f"interview-{slug}{date}-{interview.id or 0}.md"
    return filename, ("\n".join(lines).rstrip() + "\n").encode("utf-8")


async def export_latest(
    queries: Queries, sender: Sender, m: Markup, with_material: bool = False
) -> tuple[str, bytes] | None:
    """The user's latest interview as a Markdown file, or None when they have none.

    The CV and job texts (personal data) go in only ``with_material``: when the user asks.
    """
    past = await queries.last_interview(sender.key)
    if past is None:
        return None
    material = await queries.material(sender.key) if with_material else None
    return export_markdown(past, m, material)


def _material_lines(material: Material, md: Markup) -> list[str]:
    if material.empty:
        return [md.i(md.t(NO_MATERIAL()))]
    lines: list[str] = []
    for title, text in ((CV, material.cv_text), (JOB, material.job_text)):
        if text:
            lines += ["## " + md.te(title()), "", quote_block(text), ""]
    return lines[:-1]


def _turn_lines(turn: Turn, md: Markup) -> list[str]:
    match turn.kind:
        case TurnKind.QUESTION:
            heading = md.te(QUESTION(number=turn.question_number, difficulty=turn.difficulty))
            return ["## " + heading, "", md.b(md.t(INTERVIEWER())) + " " + md.escape(turn.text)]
        case TurnKind.FOLLOW_UP:
            return [md.b(md.t(FOLLOW_UP())) + " " + md.escape(turn.text)]
        case TurnKind.ANSWER:
            you = md.t(YOU()) + _audio_note(turn.audio, md)
            return [md.b(you), "", quote_block(turn.text)]
        case TurnKind.SKIP:
            return [md.i(md.t(SKIPPED()))]
    raise ValueError(f"unknown turn kind {turn.kind!r}")


def _audio_note(audio: AudioFacts | None, md: Markup) -> str:
    if audio is None:
        return ""
    return md.t(VOICE(seconds=audio.duration_seconds, pace=audio.words_per_minute))


def _report_lines(report: Report | None, md: Markup) -> list[str]:
    heading = "## " + md.te(FEEDBACK())
    if report is None:
        return [heading, "", md.i(md.t(NO_REPORT()))]
    lines = [heading, "", report_summary(report, md)]
    for section in report_sections(report, md):
        # Two spaces end a line in Markdown, so the section's lines stay lines.
        lines += ["", "### " + md.escape(section.title), "", section.body.replace("\n", "  \n")]
    return lines
