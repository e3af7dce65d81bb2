"""Discord rendering: report embeds within Discord's limits, 2000-char splitting, escaping."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

from bots.conversation import Spoken
from bots.discord.send import DISCORD, Outbox, Outgoing, escape, report_embeds
from bots.render import render_action, scores_block
from engine.actions import AskQuestion, Hint, Notice, OpenAnswerForm
from engine.entry import EARLIER_FORM, NO_SESSION, VOICE_IS_OFF
from engine.events import Origin
from engine.interview import SKIPPED
from engine.interview_flow import ENDED
from engine.models import Point, QuestionNote, Report, Scores, SpeechSummary
from fakes.discord_api import FakeDiscord
from tests.bots.discord_support import USER, content, running, settings_for, slash

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")


def report(points: int, note_length: int, overall: float = 4.2) -> Report:
    """A report with ``points`` strengths and improvements and long per-question notes."""
    quote = "I profiled the queries and added an index; p95 fell from 2 s to 300 ms *really*"
    return Report(
        role_name="Backend Engineer",
        answered=8,
        asked=8,
        scores=Scores(overall, overall, overall),
        strengths=tuple(Point(f"Strength {n}: measured first", quote) for n in range(points)),
        improvements=tuple(Point(f"Improve {n}: name trade-offs", quote) for n in range(points)),
        question_notes=tuple(
            QuestionNote(n, f"Question {n}?", "Note " + "x" * note_length, Scores(3, 3, 3))
            for n in range(1, 9)
        ),
        summary="Specific and measured @everyone.",
        speech=SpeechSummary(
            voice_answers=2, words_per_minute=150, filler_count=3, total_seconds=90
        ),
    )


def test_a_normal_report_is_one_embed_with_bars_and_quotes() -> None:
    (embed,) = report_embeds(report(points=3, note_length=40))
    assert embed.title == "Interview feedback — Backend Engineer"
    assert embed.description is not None and "(8 of 8 answered)" in embed.description
    assert "@\u200beveryone" in embed.description
    assert embed.colour == discord.Colour.green()
    fields = {field.name: field.value for field in embed.fields}
    assert list(fields) == ["Scores", "Strengths", "To improve", "Speaking", "Question by question"]
    assert fields["Scores"] == scores_block(Scores(4.2, 4.2, 4.2), DISCORD)
    assert "████████░░ 4.2/5" in (fields["Scores"] or "")
    assert "*“I profiled the queries" in (fields["Strengths"] or "")
    assert "\\*really\\*" in (fields["Strengths"] or "")  # the candidate's markdown is inert


def test_a_huge_report_is_split_into_fields_and_embeds_within_limits() -> None:
    embeds = report_embeds(report(points=30, note_length=900, overall=1.5))
    assert len(embeds) >= 2
    for embed in embeds:
        assert len(embed) <= 6000 and len(embed.fields) <= 25
        assert all(len(field.value or "") <= 1024 for field in embed.fields)
        assert embed.colour == discord.Colour.red()
    names = [field.name for embed in embeds for field in embed.fields]
    assert "Strengths (continued)" in names and "Question by question (continued)" in names
    notes = "".join(f.value or "" for e in embeds for f in e.fields if "Question" in (f.name or ""))
    assert notes.count("Note ") == 8  # nothing lost


def test_colour_follows_the_overall_score() -> None:
    colours = [report_embeds(report(1, 10, overall=s))[0].colour for s in (4.5, 3.2, 2.5, 1.0)]
    expected = [discord.Colour.green(), discord.Colour.gold(), discord.Colour.orange()]
    assert colours == [*expected, discord.Colour.red()]


def test_escape_defuses_mentions_and_markdown() -> None:
    text = escape("@everyone <@123456789012345678> **x** _y_ `z` > quote")
    assert "@everyone" not in text and "<@123456789012345678>" not in text
    assert "\\*\\*x\\*\\*" in text and "\\_y\\_" in text and "\\`z\\`" in text


def test_hints_name_discords_commands_and_keep_given_back_text_inert() -> None:
    assert "/interview start" in render_action(Hint(NO_SESSION()), DISCORD)
    given_back = render_action(Hint(EARLIER_FORM(text="*x*")), DISCORD)
    assert "\\*x\\*" in given_back  # the text given back stays inert
    assert "/voice mode:on" in render_action(Hint(VOICE_IS_OFF()), DISCORD)


class Recorder:
    """A Target that keeps what was sent."""

    def __init__(self) -> None:
        self.sent: list[Outgoing] = []

    async def send(self, message: Outgoing) -> None:
        """Record one message."""
        self.sent.append(message)


async def test_long_text_is_split_at_2000_with_the_buttons_on_the_last_part() -> None:
    outbox = Outbox(buttons=lambda _, example=False: discord.ui.View())
    target = Recorder()
    view = discord.ui.View()
    paragraphs = [escape(f"Paragraph {n}: " + "word " * 120) for n in range(8)]
    await outbox.text(target, paragraphs, view=view)
    assert len(target.sent) >= 3
    assert all(len(m.content) <= 2000 for m in target.sent)
    assert [m.view for m in target.sent] == [None] * (len(target.sent) - 1) + [view]
    assert "".join(m.content for m in target.sent).count("Paragraph") == 8


async def test_a_spoken_question_goes_with_its_question_and_its_buttons() -> None:
    origins: list[Origin] = []

    def buttons(origin: Origin, example: bool = False) -> discord.ui.View:
        origins.append(origin)
        return discord.ui.View()

    target = Recorder()
    question = AskQuestion("Why **this** role?", 2, 5, False, origin=Origin(7, 3))
    replies = [Notice(SKIPPED()), question, Spoken(b"mp3"), Notice(ENDED())]
    await Outbox(buttons=buttons).send(target, replies)
    first, after = target.sent
    assert "Skipped." in first.content and "Question 2/5" in first.content
    assert "\\*\\*this\\*\\*" in first.content
    assert (first.audio, first.view is not None, origins) == (b"mp3", True, [Origin(7, 3)])
    assert (after.content, after.audio, after.view) == ("Interview ended.", None, None)


async def test_an_answer_form_too_late_for_a_modal_comes_back_as_its_button() -> None:
    origins: list[Origin] = []

    def buttons(origin: Origin, example: bool = False) -> discord.ui.View:
        origins.append(origin)
        return discord.ui.View()

    target = Recorder()
    form = OpenAnswerForm(Origin(7, 3), 2, 5, "Why **this** role?")
    await Outbox(buttons=buttons).send(target, [form])
    [message] = target.sent
    assert "press Answer again" in message.content and "\\*\\*this\\*\\*" in message.content
    assert message.view is not None and origins == [Origin(7, 3)]


async def test_a_long_reply_arrives_in_several_messages(tmp_path: Path) -> None:
    async with FakeDiscord() as fake, running(settings_for(fake, tmp_path)):
        long_role = "astronaut " * 330
        unknown = await slash(fake, USER, "interview", {"role": long_role}, subcommand="start",
                              guild=False)  # fmt: skip
        await unknown.reply("See /roles for the list.")
        parts = unknown.followups
        assert len(parts) == 2 and all(len(p.json["content"]) <= 2000 for p in parts)
        assert "".join(content(p) for p in parts).count("astronaut") == 330
