"""The /progress chart draws its labels in the user's language with no glyph missing (issue 16).

Matplotlib says when a font lacks a glyph ("Glyph 2360 (...) missing from font(s) DejaVu
Sans.") and then draws an empty box; these tests render the chart as the bot does and listen
for that, and record every string the Agg renderer draws with the fonts it was given.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

import pytest
from babel.dates import format_date
from matplotlib import font_manager, rcParams
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

from bots import charts
from bots.app import App
from bots.charts import progress_chart, progress_reply
from bots.console import TERMINAL as PLAIN
from bots.render import Markup
from catalogue import use_language
from engine.ports import InterviewSummary
from tests.daily.conftest import GOOD_ANSWER, WEAK_ANSWER, finished_interview, person

PNG = b"\x89PNG\r\n\x1a\n"
DEVANAGARI_SA = "स"
HINDI_TITLE = "समय के साथ आपके इंटरव्यू स्कोर"
HINDI_LEGEND = {"संवाद", "रोल की जानकारी", "संरचना", "कुल"}
RUSSIAN_TITLE = "Ваши оценки за собеседования во времени"
ENGLISH_TITLE = "Your interview scores over time"
ENGLISH_LEGEND = {"Communication", "Role knowledge", "Structure", "Overall"}


@dataclass(frozen=True)
class Drawn:
    """What rendering the chart did: the PNG, the strings drawn (with their fonts), the misses."""

    image: bytes | None
    texts: dict[str, FontProperties]
    missing: list[str]  # matplotlib's "Glyph ... missing from font(s) ..." messages


@cache
def devanagari_font() -> str | None:
    """A font file matplotlib can use that has Devanagari (packaged or system), if any."""
    paths: list[str] = []
    try:
        import fontpkg

        paths += [str(f.path) for family in fontpkg.families().values() for f in family.files]
    except ImportError:
        pass
    paths += [e.fname for e in font_manager.fontManager.ttflist if "Last Resort" not in e.name]
    for path in paths:
        if ord(DEVANAGARI_SA) in font_manager.get_font(path).get_charmap():
            return path
    return None


def need_devanagari_font() -> None:
    """Skip the test on a machine with no Devanagari font; in CI, where one is installed, fail."""
    if devanagari_font() is not None:
        return
    reason = (
        "no font with Devanagari is installed (fontpkg-noto-sans-devanagari, a dependency in "
        "pyproject.toml, ships one): Hindi labels cannot be drawn on this machine"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def glyphs_missing(text: str, prop: FontProperties) -> list[str]:
    """The characters of ``text`` that none of the fonts ``prop`` resolves to has."""
    charmaps = [
        font_manager.get_font(path).get_charmap()
        for path in font_manager.fontManager._find_fonts_by_props(prop)
    ]
    return [c for c in text if c != "\n" and not any(ord(c) in cmap for cmap in charmaps)]


@pytest.fixture
def drawn_texts(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, FontProperties]]:
    """Every string the Agg renderer draws during the test, with its font properties."""
    texts: dict[str, FontProperties] = {}
    draw_text = RendererAgg.draw_text

    def record(self: RendererAgg, gc, x, y, s, prop, angle, ismath=False, mtext=None):  # type: ignore[no-untyped-def]
        texts[s] = prop.copy()
        return draw_text(self, gc, x, y, s, prop, angle, ismath, mtext)

    monkeypatch.setattr(RendererAgg, "draw_text", record)
    yield texts


def render(
    points: Sequence[InterviewSummary],
    m: Markup,
    texts: dict[str, FontProperties],
    caplog: pytest.LogCaptureFixture,
) -> Drawn:
    """Render the chart, catching matplotlib's missing-glyph warnings (warnings and logs)."""
    texts.clear()
    caplog.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        image = progress_chart(points, m)
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    return Drawn(image, dict(texts), [s for s in messages if "missing from font" in s])


async def two_interviews(app: App) -> list[InterviewSummary]:
    """Two finished, scored interviews of one user (the least that gives a chart)."""
    someone = person(app)
    for answer in (WEAK_ANSWER, GOOD_ANSWER):
        await finished_interview(someone, answer)
    points = await app.queries.progress(someone.key)
    assert len(points) == 2 and all(p.scores for p in points)
    return points


def in_language(language: str) -> Markup:
    """The console's markup, worded in ``language``."""
    return replace(PLAIN, language=language)


async def test_hindi_chart_draws_every_glyph_in_hindi(
    app: App, drawn_texts: dict[str, FontProperties], caplog: pytest.LogCaptureFixture
) -> None:
    need_devanagari_font()
    drawn = render(await two_interviews(app), in_language("hi"), drawn_texts, caplog)
    assert drawn.image is not None and drawn.image.startswith(PNG)
    assert drawn.missing == []
    assert HINDI_TITLE in drawn.texts  # in Hindi, not the English fallback
    assert set(drawn.texts) >= HINDI_LEGEND
    assert {text: glyphs_missing(text, prop) for text, prop in drawn.texts.items()} == {
        text: [] for text in drawn.texts
    }


async def test_hindi_user_gets_the_chart_in_hindi_through_progress_reply(
    app: App, drawn_texts: dict[str, FontProperties]
) -> None:
    need_devanagari_font()
    someone = person(app)
    for answer in (WEAK_ANSWER, GOOD_ANSWER):
        await finished_interview(someone, answer)
    with use_language("hi"), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        image, _ = await progress_reply(app.queries, someone.sender, PLAIN)
    assert image is not None and image.startswith(PNG)
    assert [str(w.message) for w in caught if "missing from font" in str(w.message)] == []
    assert HINDI_TITLE in drawn_texts


async def test_russian_chart_draws_every_glyph_in_russian(
    app: App, drawn_texts: dict[str, FontProperties], caplog: pytest.LogCaptureFixture
) -> None:
    drawn = render(await two_interviews(app), in_language("ru"), drawn_texts, caplog)
    assert drawn.image is not None and drawn.image.startswith(PNG)
    assert drawn.missing == []
    assert RUSSIAN_TITLE in drawn.texts
    assert all(glyphs_missing(text, prop) == [] for text, prop in drawn.texts.items())


async def test_english_chart_keeps_matplotlibs_default_font(
    app: App, drawn_texts: dict[str, FontProperties], caplog: pytest.LogCaptureFixture
) -> None:
    points = await two_interviews(app)
    if devanagari_font() is not None:  # a Hindi chart first must not change English ones
        render(points, in_language("hi"), drawn_texts, caplog)
    drawn = render(points, in_language("en"), drawn_texts, caplog)
    assert drawn.missing == []
    assert {ENGLISH_TITLE, *ENGLISH_LEGEND} <= set(drawn.texts)
    default = font_manager.findfont(FontProperties())
    for text, prop in drawn.texts.items():
        assert prop.get_family() == list(rcParams["font.family"]), text
        assert font_manager.fontManager._find_fonts_by_props(prop) == [default], text


async def test_without_a_font_for_the_labels_the_chart_falls_back_to_english_and_warns_once(
    app: App,
    drawn_texts: dict[str, FontProperties],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    points = await two_interviews(app)
    real = charts.label_fonts

    def without_devanagari(text: str) -> tuple[str, ...] | None:
        """As on a machine with no Devanagari font."""
        return None if any("\u0900" <= c <= "\u097f" for c in text) else real(text)

    monkeypatch.setattr(charts, "label_fonts", without_devanagari)
    monkeypatch.setattr(charts, "_warned", set())
    warned = []
    for _ in range(2):
        with caplog.at_level(logging.WARNING, logger="bots.charts"):
            drawn = render(points, in_language("hi"), drawn_texts, caplog)
            warned += [r for r in caplog.records if r.name == "bots.charts"]
        assert drawn.image is not None and drawn.image.startswith(PNG)
        assert drawn.missing == []
        assert ENGLISH_TITLE in drawn.texts and HINDI_TITLE not in drawn.texts
        assert set(drawn.texts) >= ENGLISH_LEGEND
    assert len(warned) == 1 and "'hi'" in warned[0].getMessage()


def test_label_fonts_name_none_for_characters_no_font_has() -> None:
    assert charts.label_fonts("Score (1-5)") == tuple(rcParams["font.family"])
    assert charts.label_fonts("Оценка (1-5)") == tuple(rcParams["font.family"])
    assert charts.label_fonts("\U0010fffd") is None  # private use: no font has it


@pytest.mark.parametrize("language", ["de", "fr", "ru"])
async def test_the_dates_under_the_points_are_in_the_users_language(
    app: App,
    language: str,
    drawn_texts: dict[str, FontProperties],
    caplog: pytest.LogCaptureFixture,
) -> None:
    points = await two_interviews(app)
    drawn = render(points, in_language(language), drawn_texts, caplog)
    day = points[0].started_at
    month = format_date(day, "MMM", locale=language)
    assert any(month in text for text in drawn.texts)  # matplotlib draws a tick line by line
    english = f"{day:%d %b}"
    assert month == f"{day:%b}" or english not in drawn.texts
