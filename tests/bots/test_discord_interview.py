"""A real discord.py bot against the loopback fake: commands, buttons, the modal, the report."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from fakes.discord_api import APP_ID, GUILD_ID, FakeDiscord
from tests.bots.discord_support import (
    STRONG,
    USER,
    WAIT,
    active,
    button,
    click,
    content,
    embeds,
    is_ephemeral,
    running,
    settings_for,
    slash,
    submit,
)

# Every bot here runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
pytestmark = pytest.mark.usefixtures("app_database_url")


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


async def test_commands_are_synced_globally_at_start_up(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)):
        put = next(c for c in fake.calls if c.method == "PUT")
        assert put.path == f"/applications/{APP_ID}/commands"
        by_name = {command["name"]: command for command in fake.commands}
        assert set(by_name) == {
            "interview", "roles", "voice", "language", "privacy", "help", "remind", "cv", "job",
        }  # fmt: skip
        subcommands = {o["name"]: o for o in by_name["interview"]["options"]}
        assert set(subcommands) == {
            "start", "answer", "skip", "redo", "hint", "example", "end", "feedback", "history",
            "progress", "export",
        }  # fmt: skip
        remind = {o["name"]: o for o in by_name["remind"]["options"]}
        assert set(remind) == {"set", "off", "show"}
        zone = {o["name"]: o for o in remind["set"]["options"]}["timezone"]
        assert zone["autocomplete"] is True
        start = {o["name"]: o for o in subcommands["start"]["options"]}
        assert start["role"]["autocomplete"] is True and start["role"]["required"] is True
        assert "mixed" in [choice["value"] for choice in start["type"]["choices"]]
        assert [choice["value"] for choice in start["difficulty"]["choices"]] == [1, 2, 3]
        assert (start["questions"]["min_value"], start["questions"]["max_value"]) == (1, 10)
        assert [o["name"] for o in by_name["privacy"]["options"]] == ["delete"]
        # Asked because of the custom API root (a plain client never asks).
        assert [c.path for c in fake.calls if "gateway" in c.path] == ["/gateway/bot"]


async def test_commands_go_to_the_dev_guild_when_set(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path, dev_guild_id=GUILD_ID)):
        puts = [c.path for c in fake.calls if c.method == "PUT"]
        assert puts == [f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"]
        assert {command["name"] for command in fake.commands} >= {"interview", "roles"}


async def test_a_full_interview_by_slash_commands_in_a_server(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        start = await slash(fake, USER, "interview", {"role": "backend_engineer", "questions": 2,
                                                      "type": "behavioral", "difficulty": 1},
                            subcommand="start")  # fmt: skip
        first = await start.reply("Question 1/2")
        assert start.callback.json == {"type": 5, "data": {"flags": 64}}
        assert "Starting a behavioral interview for" in content(first)
        assert button(first, "answer").startswith("ipp:answer:")
        answer = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
        await answer.reply("Question 2/2")
        last = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer")
        report = await last.report()
        for conversation in (start, answer, last):
            assert conversation.calls and all(is_ephemeral(c) for c in conversation.calls)
        embed = embeds(report)[0]
        assert embed["title"].startswith("Interview feedback — ")
        assert "(2 of 2 answered)" in embed["description"]
        assert isinstance(embed["color"], int)
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        assert "█" in fields["Scores"] and "/5" in fields["Scores"]
        assert all(len(value) <= 1024 for value in fields.values())
        assert "“" in fields.get("Strengths", "") + fields.get("To improve", "")
        assert await active(app, USER) is None


async def test_role_autocomplete_offers_matching_roles(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)):
        interaction = await fake.send_autocomplete(USER, "interview", "start", "role", "nur")
        callback = await fake.wait_for(lambda c: f"/{interaction}/" in c.path, WAIT)
        assert callback.json["type"] == 8
        assert callback.json["data"]["choices"] == [{"name": "Registered Nurse", "value": "nurse"}]
        everything = await fake.send_autocomplete(USER, "interview", "start", "role", "")
        listed = await fake.wait_for(lambda c: f"/{everything}/" in c.path, WAIT)
        assert len(listed.json["data"]["choices"]) >= 10


async def test_the_answer_button_opens_a_modal_whose_submit_is_the_answer_in_a_dm(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start",
                            guild=False)  # fmt: skip
        question = await start.reply("Question 1/3")
        assert not is_ephemeral(question) and not is_ephemeral(start.callback)
        opened = await click(fake, USER, button(question, "answer"), guild=False)
        modal = (await opened.responded()).json
        assert modal["type"] == 9
        interview = await active(app, USER)
        assert interview is not None
        assert modal["data"]["custom_id"] == f"ipp:modal:{interview.id}:{interview.prompt_position}"
        assert modal["data"]["title"] == "Your answer · Question 1/3"
        text_input = modal["data"]["components"][0]["components"][0]
        assert (text_input["style"], text_input["max_length"]) == (2, 4000)
        assert text_input["custom_id"] == "answer" and text_input["placeholder"]
        sent = await submit(fake, USER, modal["data"]["custom_id"], STRONG, guild=False)
        assert (await sent.responded()).json["type"] == 5
        await sent.reply("Question 2/3")
        interview = await active(app, USER)
        assert interview is not None and interview.last_answer is not None
        assert interview.last_answer.text == STRONG


async def test_skip_and_end_buttons_then_feedback_and_history(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)):
        start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start")
        question = await start.reply("Question 1/3")
        skipped = await click(fake, USER, button(question, "skip"))
        second = await skipped.reply("Question 2/3")
        assert skipped.callback.json == {"type": 5, "data": {"flags": 64}}
        redo = await slash(fake, USER, "interview", subcommand="redo")
        await redo.reply("There is no answer to redo yet.")
        ended = await click(fake, USER, button(second, "end"))
        await ended.reply("Interview ended.")
        report = embeds(await ended.report())[0]
        assert "(0 of 2 answered)" in report["description"]
        feedback = await slash(fake, USER, "interview", subcommand="feedback")
        again = embeds(await feedback.report())[0]
        assert again["title"] == report["title"]
        history = await slash(fake, USER, "interview", subcommand="history")
        listed = await history.reply("Your interviews (page 1/1)")
        assert "nurse" in content(listed)


async def test_buttons_and_forms_under_an_earlier_question_act_on_nothing(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running(settings_for(fake, tmp_path)) as app:
        start = await slash(fake, USER, "interview", {"role": "nurse"}, subcommand="start",
                            guild=False)  # fmt: skip
        first = await start.reply("Question 1/3")
        opened = await click(fake, USER, button(first, "answer"), guild=False)
        form = (await opened.responded()).json["data"]["custom_id"]
        answered = await slash(fake, USER, "interview", {"text": STRONG}, subcommand="answer",
                               guild=False)  # fmt: skip
        await answered.reply("Question 2/3")

        # Skip under question 1 skips nothing and shows question 2 again.
        stale_skip = await click(fake, USER, button(first, "skip"), guild=False)
        notice = await stale_skip.reply("under an earlier question")
        await stale_skip.reply("Question 2/")
        assert "Question 3/3" not in content(notice)
        # The form opened for question 1, sent late, is not filed under question 2: it comes back.
        late = await submit(fake, USER, form, "My late answer to the first question.", guild=False)
        returned = await late.reply("form was for an earlier question")
        assert "My late answer to the first question." in content(returned)
        # The Answer button under question 1 opens nothing either.
        stale_answer = await click(fake, USER, button(first, "answer"), guild=False)
        assert (await stale_answer.responded()).json["type"] == 5
        await stale_answer.reply("under an earlier question")
        interview = await active(app, USER)
        assert interview is not None and interview.question_number == 2
        assert [t.text for t in interview.active_turns if t.kind.value == "answer"] == [STRONG]
        # End means the whole interview, whichever question it sits under.
        ended = await click(fake, USER, button(first, "end"), guild=False)
        await ended.reply("Interview ended.")
        assert await active(app, USER) is None


async def test_roles_help_and_voice_commands_reply(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running(settings_for(fake, tmp_path)):
        roles = await slash(fake, USER, "roles")
        assert "Registered Nurse (nurse)" in content(await roles.reply("Roles you can practise"))
        helped = await slash(fake, USER, "help")
        assert "/interview start" in content(await helped.reply("one question at a time"))
        voice = await slash(fake, USER, "voice", {"mode": "on"})
        await voice.reply("aren't available on this server")  # TTS_PROVIDER=none
        unknown = await slash(fake, USER, "interview", {"role": "astronaut"}, subcommand="start")
        await unknown.reply("I don't know the role “astronaut”")
