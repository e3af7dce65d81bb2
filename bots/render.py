"""Rendering shared by every adapter: questions, reports, score bars, history, splitting.

Adapters pass a ``Markup`` that knows their platform's escaping and emphasis; nothing
here imports a platform library, and no adapter formats engine output on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from engine.actions import (
    DIMENSIONS,
    Action,
    AskQuestion,
    Heard,
    Hint,
    HintKind,
    Notice,
    OpenAnswerForm,
    Point,
    Refusal,
    Report,
    ScoreChange,
    Scores,
    ShowHistory,
    ShowReport,
    Speak,
)
from engine.queries import Role

BAR_WIDTH = 10
DIMENSION_NAMES = {
    "communication": "Communication",
    "knowledge": "Role knowledge",
    "structure": "Structure",
}


@dataclass(frozen=True)
class Markup:
    """A platform's formatting (escaping, emphasis, length limit) and its own hints' wording."""

    escape: Callable[[str], str]
    bold: Callable[[str], str]
    italic: Callable[[str], str]
    limit: int
    hints: Mapping[HintKind, str] = field(default_factory=dict)  # "{value}" is the hint's value

    def b(self, text: str) -> str:
        """Escaped, bold text."""
        return self.bold(self.escape(text))

    def i(self, text: str) -> str:
        """Escaped, italic text."""
        return self.italic(self.escape(text))


PLAIN = Markup(escape=str, bold=str, italic=str, limit=100_000)


def hint_text(hint: Hint, m: Markup) -> str:
    """A hint in the platform's words (plain text, not escaped)."""
    return m.hints.get(hint.kind, hint.kind.value).format(value=hint.value)


@dataclass(frozen=True)
class ReportSection:
    """A titled block of a report (an embed field on Discord, a paragraph elsewhere)."""

    title: str
    body: str


def score_bar(score: float) -> str:
    """A bar of ten blocks with the score, e.g. ``███████░░░ 3.5/5``."""
    filled = round(max(0.0, min(5.0, score)) / 5 * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled) + f" {score:.1f}/5"


def progress(number: int, total: int) -> str:
    """``Question k/n``."""
    return f"Question {number}/{total}"


def render_action(action: Action, m: Markup) -> str:
    """One engine action as message text in the platform's markup."""
    match action:
        case AskQuestion():
            header = progress(action.number, action.total)
            if action.is_follow_up:
                header = f"Follow-up · {header}"
            parts = [m.b(header)]
            if action.lead:
                parts.append(m.i(action.lead))
            parts.append(m.escape(action.text))
            return "\n".join(parts)
        case Heard():
            return m.escape("🎙 I heard: “") + m.escape(action.text) + m.escape("”")
        case Notice() | Refusal():
            return m.escape(action.text)
        case Hint():
            return m.escape(hint_text(action, m))
        case OpenAnswerForm():  # a platform without forms shows the question instead
            return m.escape(action.question)
        case Speak():
            return ""
        case ScoreChange():
            delta = action.after - action.before
            return m.escape(
                f"Score change for this answer: {action.before:.1f} → {action.after:.1f} "
                f"({delta:+.1f})"
            )
        case ShowReport():
            return report_text(action.report, m)
        case ShowHistory():
            return history_text(action, m)
    raise TypeError(f"unknown action {action!r}")


def report_sections(report: Report, m: Markup) -> list[ReportSection]:
    """The report as titled sections, each already in the platform's markup."""
    sections: list[ReportSection] = []
    if report.scores is not None:
        sections.append(ReportSection("Scores", scores_block(report.scores, m)))
    if report.strengths:
        sections.append(ReportSection("Strengths", _points(report.strengths, m)))
    if report.improvements:
        sections.append(ReportSection("To improve", _points(report.improvements, m)))
    if report.speech is not None:
        s = report.speech
        sections.append(
            ReportSection(
                "Speaking",
                m.escape(
                    f"{s.voice_answers} voice answer(s), {s.total_seconds:.0f} s in all · "
                    f"pace {s.words_per_minute:.0f} words/min · {s.filler_count} filler word(s)"
                    + (
                        " — aim for 120-160 words/min."
                        if not 110 <= s.words_per_minute <= 170
                        else ""
                    )
                ),
            )
        )
    notes = []
    for note in report.question_notes:
        score = f" ({note.scores.overall:.1f}/5)" if note.scores else ""
        notes.append(m.b(f"Q{note.question_number}{score}") + " " + m.escape(note.note))
    if notes:
        sections.append(ReportSection("Question by question", "\n".join(notes)))
    return sections


def report_title(report: Report) -> str:
    """The report's heading (plain text)."""
    return f"Interview feedback — {report.role_name}"


def report_summary(report: Report, m: Markup) -> str:
    """The report's summary line with how many questions were answered."""
    return m.escape(f"{report.summary} ({report.answered} of {report.asked} answered)")


def scores_block(scores: Scores, m: Markup) -> str:
    """One score bar per dimension plus the overall score."""
    lines = [m.escape(f"{DIMENSION_NAMES[d]}: {score_bar(getattr(scores, d))}") for d in DIMENSIONS]
    lines.append(m.b("Overall: ") + m.escape(score_bar(scores.overall)))
    return "\n".join(lines)


def report_text(report: Report, m: Markup) -> str:
    """The whole report as one text (split later if it is too long)."""
    blocks = [m.b(report_title(report)), report_summary(report, m)]
    blocks += [m.b(section.title) + "\n" + section.body for section in report_sections(report, m)]
    return "\n\n".join(blocks)


def history_text(history: ShowHistory, m: Markup) -> str:
    """A page of past interviews: date, role, type and overall score."""
    lines = [m.b(f"Your interviews (page {history.page}/{history.pages})")]
    for item in history.items:
        score = f"{item.overall:.1f}/5" if item.overall is not None else item.status
        lines.append(
            m.escape(
                f"• {item.started_at:%Y-%m-%d} · {item.role_id.replace('_', ' ')} · "
                f"{item.interview_type.replace('_', ' ')} · {score}"
            )
        )
    return "\n".join(lines)


def roles_text(roles: Iterable[Role], m: Markup) -> str:
    """The list of roles with their ids and interview types."""
    lines = [m.b("Roles you can practise")]
    for role in roles:
        kinds = ", ".join(k.value.replace("_", " ") for k in role.interview_types)
        lines.append(m.escape(f"• {role.name} ({role.id}) — {kinds}"))
    return "\n".join(lines)


def split_message(text: str, limit: int) -> list[str]:
    """Split text into chunks of at most ``limit`` characters, preferring paragraph breaks.

    A chunk never ends in the middle of a backslash escape, so escaped markup stays valid.
    """
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest.strip() or not chunks:
        chunks.append(rest)
    return [chunk for chunk in chunks if chunk] or [""]


def _cut_point(text: str, limit: int) -> int:
    for separator in ("\n\n", "\n", " "):
        cut = text.rfind(separator, 0, limit)
        if cut > limit // 3:
            return _not_inside_escape(text, cut)
    return _not_inside_escape(text, limit)


def _not_inside_escape(text: str, cut: int) -> int:
    backslashes = len(text[:cut]) - len(text[:cut].rstrip("\\"))
    return cut - 1 if backslashes % 2 else cut


def render_all(actions: Iterable[Action], m: Markup) -> list[str]:
    """Every action with text, rendered and split to the platform's message limit."""
    texts = [render_action(action, m) for action in actions]
    return [chunk for text in texts if text for chunk in split_message(text, m.limit)]


def _points(points: Iterable[Point], m: Markup) -> str:
    return "\n".join(
        m.escape(f"• {point.text}") + "\n  " + m.i(f"“{point.quote}”") for point in points
    )
