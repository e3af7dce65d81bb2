"""The /progress chart: scores per dimension over finished interviews, as a PNG.

Figures are built with ``matplotlib.figure.Figure`` and never through pyplot, so there is no
global figure registry to leak into and no GUI backend is ever chosen; saving to PNG uses the
Agg renderer. That also makes it safe to draw in a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from io import BytesIO

from matplotlib.figure import Figure

from bots.render import Markup
from engine.actions import DIMENSIONS
from engine.events import Sender
from engine.labels import dimension_label
from engine.messages import Key
from engine.queries import InterviewSummary, Queries

MIN_SESSIONS = 2
TEXT_ROWS = 10  # keeps the text short enough for a photo caption
COLOURS = {"communication": "#1f77b4", "knowledge": "#2ca02c", "structure": "#ff7f0e"}
NONE_YET = Key("progress.none")
TITLE = Key("progress.title")
TITLE_LAST = Key("progress.title-last", ("count",))
LINE = Key("progress.line", ("day", "role", "scores", "overall"))
DIMENSION = Key("progress.dimension", ("dimension", "score"))
ONE_MORE = Key("progress.one-more")
CODING_COUNT = Key("progress.coding-count", ("count",), plural="count")
CODING = "coding"  # the interview type of coding interviews
OVERALL = Key("chart.overall")
Y_LABEL = Key("chart.y-label")
CHART_TITLE = Key("chart.title")


def progress_chart(points: Sequence[InterviewSummary], m: Markup) -> bytes | None:
    """A PNG of each dimension's score per interview (oldest first); None under 2 interviews."""
    scored = [p for p in points if p.scores]
    if len(scored) < MIN_SESSIONS:
        return None
    figure = Figure(figsize=(8, 4.5), dpi=100, layout="constrained")
    axes = figure.subplots()
    positions = list(range(1, len(scored) + 1))
    for name in DIMENSIONS:
        values = [float((p.scores or {}).get(name, float("nan"))) for p in scored]
        axes.plot(
            positions, values, marker="o", label=m.t(dimension_label(name)), color=COLOURS[name]
        )
    overall = [_overall(p) for p in scored]
    axes.plot(positions, overall, marker="s", linewidth=3, color="#333333", label=m.t(OVERALL()))
    axes.set_ylim(0.8, 5.2)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_xticks(positions, [f"{p.started_at:%d %b}\n#{i}" for i, p in enumerate(scored, 1)])
    if len(scored) > 12:  # keep the labels readable on long histories
        axes.tick_params(axis="x", labelsize=7, labelrotation=45)
    axes.set_ylabel(m.t(Y_LABEL()))
    axes.set_title(m.t(CHART_TITLE()))
    axes.grid(True, alpha=0.3)
    figure.legend(loc="outside lower center", ncols=4, fontsize="small")
    buffer = BytesIO()
    figure.savefig(buffer, format="png")
    figure.clear()
    return buffer.getvalue()


def progress_text(points: Sequence[InterviewSummary], m: Markup) -> str:
    """The scores as text (the fallback under two interviews, and the chart's caption)."""
    scored = [p for p in points if p.scores]
    if not scored:
        return m.te(NONE_YET())
    shown = scored[-TEXT_ROWS:]
    title = TITLE() if len(shown) == len(scored) else TITLE_LAST(count=len(shown))
    lines = [m.b(m.t(title))]
    coding = sum(1 for point in scored if point.interview_type == CODING)
    if coding:
        lines.append(m.te(CODING_COUNT(count=coding)))
    for point in shown:
        scores = point.scores or {}
        parts = " · ".join(
            m.t(DIMENSION(dimension=dimension_label(d), score=scores.get(d, 0))) for d in DIMENSIONS
        )
        line = LINE(
            day=point.started_at.date(),
            role=point.role_id.replace("_", " "),
            scores=parts,
            overall=_overall(point),
        )
        lines.append(m.te(line))
    if len(scored) < MIN_SESSIONS:
        lines.append(m.te(ONE_MORE()))
    return "\n".join(lines)


async def progress_reply(queries: Queries, sender: Sender, m: Markup) -> tuple[bytes | None, str]:
    """What /progress sends: the chart (or None) and the scores as text."""
    points = await queries.progress(sender.key)
    image = await asyncio.to_thread(progress_chart, points, m) if len(points) >= 2 else None
    return image, progress_text(points, m)


def _overall(point: InterviewSummary) -> float:
    if point.overall is not None:
        return point.overall
    scores = point.scores or {}
    values = [scores[d] for d in DIMENSIONS if d in scores]
    return sum(values) / len(values) if values else float("nan")
