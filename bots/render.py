"""Rendering shared by every adapter: questions, reports, score bars, history, splitting.

Adapters pass a ``Markup`` that knows their platform's escaping and emphasis; nothing
here imports a platform library, and no adapter formats engine output on its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from catalogue import CommandNames, current_language, default_catalogue
from engine.actions import (
    DIMENSIONS,
    Action,
    AskQuestion,
    CodeCheck,
    CodingNote,
    CvProfile,
    Heard,
    Hint,
    JobFit,
    JobProfile,
    MaterialKind,
    MaterialSummary,
    Message,
    Notice,
    OpenAnswerForm,
    Outcome,
    Point,
    Preparation,
    QuestionNote,
    Refusal,
    Report,
    ScoreChange,
    Scores,
    ShowCodeCheck,
    ShowExample,
    ShowHint,
    ShowHistory,
    ShowReport,
    Speak,
)
from engine.labels import dimension_label, type_label
from engine.messages import Key
from engine.queries import Role, translated

BAR_WIDTH = 10
PROGRESS = Key("question.progress", ("number", "total"))
FOLLOW_UP = Key("question.follow-up", ("progress",))
HEARD = Key("voice.heard", ("text",))
SCORE_CHANGE = Key("answer.score-change", ("before", "after", "delta"))
REPORT_TITLE = Key("report.title", ("role",))
REPORT_SUMMARY = Key("report.summary", ("summary", "answered", "asked"))
REPORT_THANKS = Key("report.thanks")
REPORT_NO_ANSWERS = Key("report.no-answers")
SCORES = Key("report.section.scores")
STRENGTHS = Key("report.section.strengths")
IMPROVEMENTS = Key("report.section.improvements")
SPEAKING = Key("report.section.speaking")
QUESTIONS = Key("report.section.questions")
FIT = Key("report.section.fit")
FIT_SHOWN = Key("report.fit.shown", ("skill", "quote"))
FIT_NOT_SHOWN = Key("report.fit.not-shown", ("skill",))
PREPARE = Key("report.section.prepare")
PREPARE_ITEMS = {
    Preparation.GAP: Key("report.prepare.gap", ("skill",)),
    Preparation.DEEPEN: Key("report.prepare.deepen", ("skill",)),
    Preparation.DIMENSION: Key("report.prepare.dimension", ("dimension",)),
    Preparation.STORIES: Key("report.prepare.stories"),
}
SPEECH = Key("report.speech", ("count", "seconds", "pace", "fillers"), plural="count")
PACE_ADVICE = Key("report.pace-advice")
DIMENSION_SCORE = Key("report.dimension-score", ("dimension", "bar"))
OVERALL = Key("report.overall")
NOTE_GOOD = Key("report.note.good", ("text",))
NOTE_MISSING = Key("report.note.missing", ("text",))
NOTE_ANSWERED = Key("report.note.answered")
OUTCOME_NOTES = {
    Outcome.SKIPPED: Key("report.note.skipped"),
    Outcome.UNANSWERED: Key("report.note.unanswered"),
}
NOTE_HINT_USED = Key("report.note.hint-used")
NOTE_REDONE_AFTER_EXAMPLE = Key("report.note.redone-after-example")
QUESTION_LABEL = Key("report.question-label", ("number",))
HINT_TITLE = Key("nudge.title", ("number",))
EXAMPLE_TITLE = Key("example.title", ("number",))
EXAMPLE_WHY = Key("example.why")
HISTORY_TITLE = Key("history.title", ("page", "pages"))
HISTORY_LINE = Key("history.line", ("day", "role", "kind", "score"))
HISTORY_STATUS = {
    status: Key(f"history.status.{status}") for status in ("active", "completed", "ended")
}
CV_TITLE = Key("material.cv-title")
JOB_TITLE = Key("material.job-title")
SKILLS = Key("material.skills", ("items",))
POSITIONS = Key("material.positions", ("items",))
SINCE = Key("material.since", ("year",))
RESULTS = Key("material.results", ("count",))
EDUCATION = Key("material.education", ("items",))
JOB_ROLE = Key("material.role", ("title",))
MUST_HAVE = Key("material.must-have", ("items",))
NICE_TO_HAVE = Key("material.nice-to-have", ("items",))
SENIORITY = Key("material.seniority", ("level",))
SENIORITY_LEVELS = {
    level: Key(f"material.seniority.{level}") for level in ("junior", "mid", "senior", "lead")
}
DOMAIN = Key("material.domain", ("domain",))
NONE_FOUND = Key("material.none-found")
CV_FOOTER = Key("material.cv-footer")
JOB_FOOTER = Key("material.job-footer")
CHECK_TITLE = Key("coding.check.title", ("number", "title"))
CHECK_VERDICT = {
    verdict: Key(f"coding.verdict.{verdict}")
    for verdict in (
        "passed", "failed", "error", "syntax_error", "timeout", "memory", "output", "crashed",
        "not_run",
    )
}  # fmt: skip
CHECK_EXAMPLES = Key("coding.check.examples", ("passed", "total"))
CHECK_HIDDEN = Key("coding.check.hidden", ("passed", "total"))
CHECK_FAILED = Key("coding.check.failed", ("name",))
CHECK_INPUT = Key("coding.check.input")
CHECK_EXPECTED = Key("coding.check.expected")
CHECK_GOT = Key("coding.check.got")
CHECK_USAGE = Key("coding.check.usage", ("seconds", "memory"))
CHECK_COMPLEXITY = Key("coding.check.complexity", ("found", "expected"))
CHECK_LINT = Key("coding.check.lint", ("finding",))
CHECK_NOT_RUN = Key("coding.check.not-run")
CHECK_MESSAGE = Key("coding.check.message", ("message",))
CHECK_CODE_ATTACHED = Key("coding.check.code-attached", ("lines",))
CODING_SECTION = Key("report.section.coding")
CODING_LINE = Key("report.coding.line", ("number", "title", "verdict"))
CODING_TESTS = Key("report.coding.tests", ("passed", "total", "complexity"))
CODING_NO_CODE = Key("report.coding.no-code", ("number", "title"))
CODE_ROOM = 700  # characters a code check's lines take besides the code itself
VALUE_CHARS = 60  # an example's input, expected and got are clipped to this on screen
ROLES_TITLE = Key("roles.title")
ROLE_LINE = Key("roles.line", ("name", "id", "kinds"))


@dataclass(frozen=True)
class Markup:
    """A platform's formatting (escaping, emphasis, length limit), its name and its commands.

    ``t`` words a message from the user's language catalogue, naming this platform's commands.
    """

    escape: Callable[[str], str]
    bold: Callable[[str], str]
    italic: Callable[[str], str]
    limit: int
    platform: str
    commands: CommandNames
    language: str | None = None  # None: the language of the user being answered
    code: Callable[[str, str], str] = lambda text, language: text  # a code block (text, lang)

    def t(self, message: Message) -> str:
        """The message's words (plain text, not escaped)."""
        language = self.language or current_language()
        return default_catalogue().render(message, language, self.platform, self.commands)

    def te(self, message: Message) -> str:
        """The message's words, escaped."""
        return self.escape(self.t(message))

    def b(self, text: str) -> str:
        """Escaped, bold text."""
        return self.bold(self.escape(text))

    def i(self, text: str) -> str:
        """Escaped, italic text."""
        return self.italic(self.escape(text))


@dataclass(frozen=True)
class ReportSection:
    """A titled block of a report (an embed field on Discord, a paragraph elsewhere)."""

    title: str
    body: str


def score_bar(score: float) -> str:
    """A bar of ten blocks with the score, e.g. ``███████░░░ 3.5/5``."""
    filled = round(max(0.0, min(5.0, score)) / 5 * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled) + f" {score:.1f}/5"


def render_action(action: Action, m: Markup) -> str:
    """One engine action as message text in the platform's markup."""
    match action:
        case AskQuestion():
            header = m.t(PROGRESS(number=action.number, total=action.total))
            if action.is_follow_up:
                header = m.t(FOLLOW_UP(progress=header))
            parts = [m.b(header)]
            if action.lead is not None:
                parts.append(m.i(m.t(action.lead)))
            parts.append(m.escape(action.text))
            if action.code is not None:
                parts.append(m.code(action.code, "python"))
            return "\n".join(parts)
        case ShowHint():
            parts = [m.i(m.t(action.lead))] if action.lead is not None else []
            parts.append(m.b(m.t(HINT_TITLE(number=action.number))))
            parts.append(m.te(action.nudge) if action.nudge is not None else m.escape(action.text))
            return "\n".join(parts)
        case ShowExample():
            answer = m.code(action.answer, "python") if action.code else m.escape(action.answer)
            return "\n".join(
                [
                    m.b(m.t(EXAMPLE_TITLE(number=action.number))),
                    m.i(action.question),
                    "",
                    answer,
                    "",
                    m.b(m.t(EXAMPLE_WHY())) + " " + m.escape(action.why),
                ]
            )
        case ShowCodeCheck():
            return code_check_text(action, m)
        case Heard():
            return m.te(HEARD(text=action.text))
        case Notice() | Refusal() | Hint():
            return m.te(action.message)
        case OpenAnswerForm():  # a platform without forms shows the question instead
            return m.escape(action.question)
        case Speak():
            return ""
        case ScoreChange():
            delta = action.after - action.before
            return m.te(SCORE_CHANGE(before=action.before, after=action.after, delta=delta))
        case ShowReport():
            return report_text(action.report, m)
        case ShowHistory():
            return history_text(action, m)
        case MaterialSummary():
            return material_text(action, m)
    raise TypeError(f"unknown action {action!r}")


def spoken_text(action: Speak) -> str:
    """What is said aloud for a question: its lead line, then the question."""
    lead = default_catalogue().render(action.lead, action.language) if action.lead else ""
    return f"{lead} {action.text}".strip()


def report_sections(report: Report, m: Markup) -> list[ReportSection]:
    """The report as titled sections, each already in the platform's markup."""
    sections: list[ReportSection] = []
    if report.scores is not None:
        sections.append(ReportSection(m.t(SCORES()), scores_block(report.scores, m)))
    if report.strengths:
        sections.append(ReportSection(m.t(STRENGTHS()), _points(report.strengths, m)))
    if report.improvements:
        sections.append(ReportSection(m.t(IMPROVEMENTS()), _points(report.improvements, m)))
    if report.speech is not None:
        s = report.speech
        speech = m.t(
            SPEECH(
                count=s.voice_answers,
                seconds=s.total_seconds,
                pace=s.words_per_minute,
                fillers=s.filler_count,
            )
        )
        if not 110 <= s.words_per_minute <= 170:
            speech += m.t(PACE_ADVICE())
        sections.append(ReportSection(m.t(SPEAKING()), m.escape(speech)))
    if report.fit is not None:
        sections += fit_sections(report.fit, m)
    if report.coding:
        sections.append(ReportSection(m.t(CODING_SECTION()), coding_section(report.coding, m)))
    notes = []
    for note in report.question_notes:
        label = m.t(QUESTION_LABEL(number=note.question_number))
        score = f" ({note.scores.overall:.1f}/5)" if note.scores else ""
        line = m.b(label + score) + " " + m.escape(_note_text(note, m))
        marks = _note_marks(note, m)
        notes.append(line + " " + m.i(f"({marks})") if marks else line)
    if notes:
        sections.append(ReportSection(m.t(QUESTIONS()), "\n".join(notes)))
    return sections


def code_fits(action: ShowCodeCheck, m: Markup) -> bool:
    """Whether the code is echoed in the message (else it goes as a file beside it)."""
    return len(action.code) + CODE_ROOM <= m.limit


def code_file(action: ShowCodeCheck) -> tuple[str, bytes]:
    """The code as a file to send when it is too long to echo: its name and bytes."""
    return f"solution_{action.number}.py", action.code.encode()


def code_check_text(action: ShowCodeCheck, m: Markup) -> str:
    """What running a code answer found, short lines for a phone, and the code echoed."""
    check = action.check
    title = m.t(CHECK_TITLE(number=action.number, title=check.title))
    lines = [m.b(title), m.b(m.t(CHECK_VERDICT[check.verdict]()))]
    if not check.ran:
        lines.append(m.te(CHECK_NOT_RUN()))
    elif check.verdict == "syntax_error" or (check.message and not check.passed):
        lines.append(m.te(CHECK_MESSAGE(message=check.message)))
    else:
        marks = "  ".join(
            ("✅ " if name in check.visible_passed else "❌ ") + name
            for name in _visible_names(check)
        )
        lines.append(
            m.te(CHECK_EXAMPLES(passed=len(check.visible_passed), total=check.visible_total))
        )
        lines.append(m.escape(marks))
        lines.append(m.te(CHECK_HIDDEN(passed=check.hidden_passed, total=check.hidden_total)))
        if check.failed is not None:
            failed = check.failed
            got = failed.error or _clipped(failed.got)
            rows = [
                (m.t(CHECK_INPUT()), ", ".join(_clipped(arg) for arg in failed.args)),
                (m.t(CHECK_EXPECTED()), _clipped(failed.expected)),
                (m.t(CHECK_GOT()), got),
            ]
            width = max(len(label) for label, _ in rows)
            table = "\n".join(f"{label.ljust(width)}  {value}" for label, value in rows)
            lines.append(m.te(CHECK_FAILED(name=failed.name)))
            lines.append(m.code(table, ""))
        lines.append(m.te(CHECK_USAGE(seconds=check.seconds, memory=check.memory_mb)))
    if check.complexity:
        found = CHECK_COMPLEXITY(found=check.complexity, expected=check.expected_complexity)
        lines.append(m.te(found))
    lines += [m.te(CHECK_LINT(finding=finding)) for finding in check.findings]
    if code_fits(action, m):
        lines.append(m.code(action.code, "python"))
    else:
        lines.append(m.i(m.t(CHECK_CODE_ATTACHED(lines=action.code.count("\n") + 1))))
    return "\n".join(lines)


def coding_section(notes: Iterable[CodingNote], m: Markup) -> str:
    """The report's coding section: per task, the verdict, tests passed, complexity, review."""
    blocks = []
    for note in notes:
        check = note.check
        if check is None:
            blocks.append(m.te(CODING_NO_CODE(number=note.question_number, title=note.title)))
            continue
        verdict = m.t(CHECK_VERDICT[check.verdict]())
        line = CODING_LINE(number=note.question_number, title=note.title, verdict=verdict)
        tests = CODING_TESTS(
            passed=check.passed, total=check.total, complexity=check.complexity or "?"
        )
        parts = [m.b(m.t(line)), m.te(tests) if check.ran else m.te(CHECK_NOT_RUN())]
        if note.review:
            parts.append(m.escape(note.review))
        blocks.append("\n".join(parts))
    return "\n\n".join(blocks)


def _visible_names(check: CodeCheck) -> list[str]:
    names = list(check.visible_passed)
    if check.failed is not None and check.failed.name not in names:
        names.append(check.failed.name)
    return sorted(names) if len(names) == check.visible_total else names


def _clipped(value: object) -> str:
    text = json.dumps(value)
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def fit_sections(fit: JobFit, m: Markup) -> list[ReportSection]:
    """The job's must-haves with the candidate's words that show them, and what to prepare."""
    lines = [
        m.te(FIT_SHOWN(skill=r.skill, quote=r.quote) if r.shown else FIT_NOT_SHOWN(skill=r.skill))
        for r in fit.requirements
    ]
    steps = []
    for number, item in enumerate(fit.prepare, start=1):
        key = PREPARE_ITEMS[item.kind]
        if item.kind is Preparation.DIMENSION:
            words = key(dimension=dimension_label(item.subject))
        else:
            words = key(skill=item.subject) if key.params else key()
        steps.append(m.escape(f"{number}. ") + m.te(words))
    return [
        ReportSection(m.t(FIT()), "\n".join(lines)),
        ReportSection(m.t(PREPARE()), "\n".join(steps)),
    ]


def _note_text(note: QuestionNote, m: Markup) -> str:
    """The interviewer's note on a question, else its good and missing points, else the outcome."""
    if note.outcome in OUTCOME_NOTES:
        return note.note or m.t(OUTCOME_NOTES[note.outcome]())
    if note.note:
        return note.note
    parts = []
    if note.good:
        parts.append(m.t(NOTE_GOOD(text=note.good)))
    if note.missing:
        parts.append(m.t(NOTE_MISSING(text=note.missing)))
    return " ".join(parts) or m.t(NOTE_ANSWERED())


def _note_marks(note: QuestionNote, m: Markup) -> str:
    """What the candidate was shown on a question: a hint, an example before a redo."""
    marks = []
    if note.hint_used:
        marks.append(m.t(NOTE_HINT_USED()))
    if note.redone_after_example:
        marks.append(m.t(NOTE_REDONE_AFTER_EXAMPLE()))
    return ", ".join(marks)


def report_title(report: Report, m: Markup) -> str:
    """The report's heading (plain text)."""
    return m.t(REPORT_TITLE(role=report.role_name))


def report_summary(report: Report, m: Markup) -> str:
    """The report's summary line with how many questions were answered."""
    fallback = REPORT_NO_ANSWERS() if report.scores is None else REPORT_THANKS()
    summary = report.summary or m.t(fallback)
    return m.te(REPORT_SUMMARY(summary=summary, answered=report.answered, asked=report.asked))


def scores_block(scores: Scores, m: Markup) -> str:
    """One score bar per dimension plus the overall score."""
    lines = [
        m.te(DIMENSION_SCORE(dimension=dimension_label(d), bar=score_bar(getattr(scores, d))))
        for d in DIMENSIONS
    ]
    lines.append(m.b(m.t(OVERALL())) + " " + m.escape(score_bar(scores.overall)))
    return "\n".join(lines)


def report_text(report: Report, m: Markup) -> str:
    """The whole report as one text (split later if it is too long)."""
    blocks = [m.b(report_title(report, m)), report_summary(report, m)]
    blocks += [m.b(section.title) + "\n" + section.body for section in report_sections(report, m)]
    return "\n\n".join(blocks)


def history_text(history: ShowHistory, m: Markup) -> str:
    """A page of past interviews: date, role, type and overall score."""
    lines = [m.b(m.t(HISTORY_TITLE(page=history.page, pages=history.pages)))]
    for item in history.items:
        if item.overall is not None:
            score = f"{item.overall:.1f}/5"
        else:
            score = m.t(HISTORY_STATUS.get(item.status, HISTORY_STATUS["ended"])())
        line = HISTORY_LINE(
            day=item.started_at.date(),
            role=item.role_id.replace("_", " "),
            kind=type_label(item.interview_type),
            score=score,
        )
        lines.append(m.te(line))
    return "\n".join(lines)


def role_name(role: Role) -> str:
    """The role's name in the language of the user being answered."""
    return translated(role, current_language()).name


def roles_text(roles: Iterable[Role], m: Markup) -> str:
    """The list of roles with their ids and interview types."""
    lines = [m.b(m.t(ROLES_TITLE()))]
    for role in roles:
        kinds = ", ".join(m.t(type_label(k.value)) for k in role.interview_types)
        lines.append(m.te(ROLE_LINE(name=role_name(role), id=role.id, kinds=kinds)))
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


def material_text(summary: MaterialSummary, m: Markup) -> str:
    """What was read from a CV or a job description, a line per part, and how to change it."""
    if summary.kind is MaterialKind.CV:
        lines = [m.b(m.t(CV_TITLE())), *_cv_lines(summary.cv or CvProfile(), m)]
        footer = CV_FOOTER()
    else:
        lines = [m.b(m.t(JOB_TITLE())), *_job_lines(summary.job or JobProfile(), m)]
        footer = JOB_FOOTER()
    return "\n".join([*lines, "", m.i(m.t(footer))])


def _listed(items: Iterable[str], m: Markup) -> str:
    """Items joined with commas, or the words for "none found"."""
    shown = [item for item in items if item]
    return ", ".join(shown) if shown else m.t(NONE_FOUND())


def _cv_lines(cv: CvProfile, m: Markup) -> list[str]:
    positions = []
    for position in cv.positions:
        named = ", ".join(part for part in (position.title, position.employer) if part)
        if position.start_year is not None and position.end_year is not None:
            named += f" ({position.start_year}–{position.end_year})"
        elif position.start_year is not None:
            named += f" ({m.t(SINCE(year=str(position.start_year)))})"
        positions.append(named)
    education = [
        ", ".join(part for part in (e.degree, e.institution, str(e.year or "")) if part)
        for e in cv.education
    ]
    return [
        m.te(SKILLS(items=_listed(cv.skills, m))),
        m.te(POSITIONS(items=_listed(positions, m))),
        m.te(RESULTS(count=len(cv.achievements))),
        m.te(EDUCATION(items=_listed(education, m))),
    ]


def _job_lines(job: JobProfile, m: Markup) -> list[str]:
    level = SENIORITY_LEVELS.get(job.seniority or "")
    lines = [m.te(JOB_ROLE(title=job.title or m.t(NONE_FOUND())))]
    lines += [
        m.te(MUST_HAVE(items=_listed(job.must_have, m))),
        m.te(NICE_TO_HAVE(items=_listed(job.nice_to_have, m))),
    ]
    if level is not None:
        lines.append(m.te(SENIORITY(level=level())))
    if job.domain:
        lines.append(m.te(DOMAIN(domain=job.domain)))
    return lines
