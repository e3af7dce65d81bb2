"""The /progress chart: scores per dimension over finished interviews, as a PNG.

Figures are built with ``matplotlib.figure.Figure`` and never through pyplot, so there is no
global figure registry to leak into and no GUI backend is ever chosen; saving to PNG uses the
Agg renderer. That also makes it safe to draw in a worker thread.

The labels are in the user's language. Matplotlib's default font (DejaVu Sans) has Latin and
Cyrillic but no Devanagari, so for Hindi the chart names a fallback font that has the glyphs:
Noto Sans Devanagari from the ``fontpkg-noto-sans-devanagari`` package, or any installed
system font that has them. When no font can draw a language's labels, that chart is labelled in
English rather than in empty boxes, with one warning in the log.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from io import BytesIO

import fontpkg
from matplotlib import font_manager, ft2font, rcParams
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from bots.render import Markup
from catalogue import DEFAULT_LANGUAGE, current_language
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
TICK = Key("chart.tick", ("day", "number"))  # an interview's date and number, under its point
LAST_RESORT = "Last Resort"  # matplotlib's font of boxes: it "has" every glyph, as a box

log = logging.getLogger(__name__)
_fonts_lock = threading.Lock()  # charts are drawn in worker threads; the font registry is global
_warned: set[str] = set()  # languages whose charts fell back to English labels (warned once)


@dataclass(frozen=True)
class ChartLabels:
    """The words on the chart: one per dimension, the overall line, the y axis, the title and
    each interview's date and number."""

    dimensions: dict[str, str]
    overall: str
    y_label: str
    title: str
    ticks: tuple[str, ...] = ()

    def characters(self) -> str:
        """Every label's text, run together (what the fonts must cover)."""
        every = [*self.dimensions.values(), self.overall, self.y_label, self.title, *self.ticks]
        return "".join(every)


def progress_chart(points: Sequence[InterviewSummary], m: Markup) -> bytes | None:
    """A PNG of each dimension's score per interview (oldest first); None under 2 interviews."""
    scored = [p for p in points if p.scores]
    if len(scored) < MIN_SESSIONS:
        return None
    labels, families = chart_labels(m, scored)
    figure = Figure(figsize=(8, 4.5), dpi=100, layout="constrained")
    axes = figure.subplots()
    positions = list(range(1, len(scored) + 1))
    for name in DIMENSIONS:
        values = [float((p.scores or {}).get(name, float("nan"))) for p in scored]
        axes.plot(positions, values, marker="o", label=labels.dimensions[name], color=COLOURS[name])
    overall = [_overall(p) for p in scored]
    axes.plot(positions, overall, marker="s", linewidth=3, color="#333333", label=labels.overall)
    axes.set_ylim(0.8, 5.2)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_xticks(positions, labels.ticks, fontfamily=families)
    if len(scored) > 12:  # keep the labels readable on long histories
        axes.tick_params(axis="x", labelsize=7, labelrotation=45)
    axes.set_ylabel(labels.y_label, fontfamily=families)
    axes.set_title(labels.title, fontfamily=families)
    axes.grid(True, alpha=0.3)
    legend_font = {"family": families, "size": "small"}
    figure.legend(loc="outside lower center", ncols=4, prop=legend_font)
    buffer = BytesIO()
    figure.savefig(buffer, format="png")
    figure.clear()
    return buffer.getvalue()


def chart_labels(
    m: Markup, scored: Sequence[InterviewSummary] = ()
) -> tuple[ChartLabels, list[str]]:
    """The labels in the user's language and the font families that draw them.

    English labels in matplotlib's default font when no installed font has every glyph of the
    user's (a warning is logged once per language): never a chart of empty boxes.
    """
    labels = _labels(m, scored)
    families = label_fonts("".join(sorted(set(labels.characters()))))
    if families is not None:
        return labels, list(families)
    language = m.language or current_language()
    with _fonts_lock:
        first = language not in _warned
        _warned.add(language)
    if first:
        log.warning(
            "No installed font has the glyphs of the %r chart labels: progress charts in that "
            "language are labelled in English (fontpkg-noto-sans-devanagari, a dependency, "
            "ships the Devanagari font; a system font with the script works too)",
            language,
        )
    return _labels(replace(m, language=DEFAULT_LANGUAGE), scored), list(rcParams["font.family"])


@cache
def label_fonts(text: str) -> tuple[str, ...] | None:
    """Font families, matplotlib's default first, that between them have every glyph of ``text``.

    Just the default families when they suffice (English, Russian), so those charts look as
    before; None when no installed font has some character.
    """
    default = tuple(rcParams["font.family"])
    with _fonts_lock:
        missing = {c for c in text if c != "\n"}
        for family in default:
            missing -= _glyphs(_font_file(family), missing)
        extra = []
        for family in _candidate_families() if missing else []:
            found = _glyphs(_font_file(family), missing)
            if found:
                extra.append(family)
                missing -= found
            if not missing:
                break
    return None if missing else (*default, *extra)


@cache
def packaged_fonts() -> tuple[str, ...]:
    """The families of fonts installed as Python packages (fontpkg), made known to matplotlib."""
    names = []
    for family in fontpkg.families().values():
        for file in family.files:
            try:
                font_manager.fontManager.addfont(str(file.path))
                names.append(font_manager.ttfFontProperty(ft2font.FT2Font(str(file.path))).name)
            except (OSError, RuntimeError) as error:  # a damaged or missing file
                log.warning("font %s (%s) not usable: %s", family.name, file.path, error)
    return tuple(dict.fromkeys(names))


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


def _labels(m: Markup, scored: Sequence[InterviewSummary]) -> ChartLabels:
    return ChartLabels(
        dimensions={name: m.t(dimension_label(name)) for name in DIMENSIONS},
        overall=m.t(OVERALL()),
        y_label=m.t(Y_LABEL()),
        title=m.t(CHART_TITLE()),
        ticks=tuple(m.t(TICK(day=p.started_at, number=i)) for i, p in enumerate(scored, 1)),
    )


def _candidate_families() -> list[str]:
    """Packaged fonts first, then every other font matplotlib knows (system ones included)."""
    packaged = packaged_fonts()
    installed = {e.name for e in font_manager.fontManager.ttflist}
    others = sorted(n for n in installed - set(packaged) if not n.startswith(LAST_RESORT))
    return [*packaged, *others]


def _font_file(family: str) -> str | None:
    """The file matplotlib draws ``family`` (regular weight) from; None if it has no such font."""
    try:
        return font_manager.findfont(FontProperties(family=[family]), fallback_to_default=False)
    except ValueError:
        return None


def _glyphs(path: str | None, characters: set[str]) -> set[str]:
    """The ``characters`` the font file at ``path`` has a glyph for."""
    if path is None:
        return set()
    charmap = font_manager.get_font(path).get_charmap()
    return {c for c in characters if ord(c) in charmap}


def _overall(point: InterviewSummary) -> float:
    if point.overall is not None:
        return point.overall
    scores = point.scores or {}
    values = [scores[d] for d in DIMENSIONS if d in scores]
    return sum(values) / len(values) if values else float("nan")
