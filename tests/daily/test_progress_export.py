"""/progress data and chart, and the Markdown export of the latest interview."""

from __future__ import annotations

import struct

from bots.app import App
from bots.charts import progress_chart, progress_reply, progress_text
from bots.console import TERMINAL as PLAIN
from bots.export import export_latest, export_markdown, quote_block
from engine.models import TurnKind
from tests.daily.conftest import GOOD_ANSWER, WEAK_ANSWER, finished_interview, person

PNG = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk."""
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_three_sessions_give_a_real_png(app: App) -> None:
    someone = person(app)
    for answer in (WEAK_ANSWER, GOOD_ANSWER, GOOD_ANSWER):
        await finished_interview(someone, answer)
    points = await app.queries.progress(someone.key)
    assert len(points) == 3 and all(p.scores for p in points)
    assert [p.id for p in points] == sorted(p.id for p in points)  # oldest first
    image = progress_chart(points, PLAIN)
    assert image is not None and image.startswith(PNG)
    assert 5_000 <= len(image) <= 500_000
    assert png_size(image) == (800, 450)
    text = progress_text(points, PLAIN)
    assert text.count("overall") == 3 and "Communication" in text
    again, caption = await progress_reply(app.queries, someone.sender, PLAIN)
    assert again is not None and again.startswith(PNG) and caption == text


async def test_under_two_sessions_there_is_no_chart_but_the_scores_as_text(app: App) -> None:
    someone = person(app)
    assert progress_chart(await app.queries.progress(someone.key), PLAIN) is None
    assert "No finished interviews" in progress_text([], PLAIN)
    await finished_interview(someone, GOOD_ANSWER)
    await someone.start("nurse", questions=2)  # in progress: not counted
    points = await app.queries.progress(someone.key)
    assert len(points) == 1
    image, text = await progress_reply(app.queries, someone.sender, PLAIN)
    assert image is None
    assert "overall" in text and "one more interview" in text


async def test_export_holds_every_answer_marks_skips_and_leaves_out_redone(app: App) -> None:
    someone = person(app)
    assert await export_latest(app.queries, someone.sender, PLAIN) is None
    await someone.start("backend_engineer", questions=3)
    answers = [
        "First try: I would add an index. # not a heading",
        "Second attempt: <b>bold</b> and ```code``` and [a link](http://x) | a | table |",
        "Follow-up answer with *stars* and _underscores_ and a backslash \\ too.",
    ]
    await someone.answer(answers[0])
    await someone.redo()  # the first try is replaced
    await someone.answer(answers[1])
    await someone.answer(answers[2])
    await someone.skip()
    await someone.end()
    past = await app.queries.last_interview(someone.key)
    assert past is not None and past.report is not None
    filename, data = export_markdown(past, PLAIN)
    markdown = data.decode("utf-8")
    assert filename.startswith("interview-backend-engineer-") and filename.endswith(".md")
    transcript = past.interview.active_turns
    for turn in transcript:
        if turn.kind is TurnKind.ANSWER:
            assert quote_block(turn.text) in markdown
        elif turn.is_prompt:
            assert turn.text.split("?")[0][:30] in markdown.replace("\\", "")
    assert quote_block(answers[0]) not in markdown  # redone
    assert quote_block(answers[1]) in markdown
    assert "*Skipped.*" in markdown
    assert "## Feedback" in markdown and "Communication: " in markdown
    # No answer escapes its blockquote: every line of user text starts with "> ".
    for line in markdown.splitlines():
        if any(fragment in line for fragment in ("bold", "stars", "index")):
            # escaped lines: quotes, the report's points and their quoted excerpts
            assert line.startswith((">", "- ", "**", "• ", "  *“"))
    assert "<b>" not in markdown and "```" not in markdown
    assert (await export_latest(app.queries, someone.sender, PLAIN)) == (filename, data)


def test_quote_block_quotes_every_line() -> None:
    assert quote_block("one\n# two\n\n```") == "> one\n> \\# two\n>\n> \\`\\`\\`"
