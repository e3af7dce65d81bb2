"""Discord: users only ever reach their own data, and /privacy delete removes all of it.

A real discord.py client talks to the loopback fake; rows are read straight from the database
(SQLite, and PostgreSQL when TEST_DATABASE_URL is set).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bots.discord.send import DISCORD
from engine import entry, interview_flow
from fakes.discord_api import Call, FakeDiscord, SentMessage
from tests.bots.discord_support import (
    STRONG,
    active,
    button,
    click,
    content,
    custom_ids,
    dm_reply,
    key,
    running,
    settings_for,
    slash,
    submit,
)
from tests.security.support import footprint, places_holding, row_counts, rows_of
from tests.support.users import User

NO_SESSION = DISCORD.t(entry.NO_SESSION())
NOT_YOURS = DISCORD.t(entry.NOT_YOURS())


ALICE, BOB = 411_111_111_111_111_111, 422_222_222_222_222_222
ALICE_MARK, BOB_MARK, TWIN_MARK = "quokka-lantern", "walrus-teacup", "narwhal-kettle"
NO_HISTORY = "No interviews yet"
NO_INTERVIEW = DISCORD.t(interview_flow.NO_INTERVIEW())
STILL_RUNNING = DISCORD.t(interview_flow.STILL_RUNNING())


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


def marked(marker: str) -> str:
    """A good answer carrying a word nobody else uses, to find it wherever it is stored."""
    return f"{STRONG} The project was called {marker}."


async def command(
    fake: FakeDiscord, user: int, name: str, options: dict[str, object] | None, expect: str
) -> Call:
    """Run ``/name`` (``"interview start"`` style) and wait for a follow-up showing ``expect``."""
    group, _, sub = name.partition(" ")
    conversation = await slash(fake, user, group, options, subcommand=sub or None)
    return await conversation.reply(expect)


def job_text(marker: str) -> str:
    """A pasted job description carrying ``marker``."""
    return f"Senior nurse on the {marker} ward. Must have: triage, IV therapy, five years " * 2


def cv_file(marker: str) -> bytes:
    """A CV as a text file carrying ``marker``."""
    return f"Ana Example, registered nurse\nLed the {marker} night shift for six years.\n".encode()


def messages_to(fake: FakeDiscord, user: int) -> list[SentMessage]:
    """Every message the bot created for ``user``: answers to their interactions and DMs."""
    theirs = {i for i, record in fake.interactions.items() if record.user_id == user}
    replies = [m for m in fake.bot_messages.values() if m.interaction_id in theirs]
    return replies + fake.dm_messages(user)


async def build_history(fake: FakeDiscord, user: int, marker: str) -> Call:
    """A finished interview with its report, one in progress and a reminder; the last question."""
    await command(fake, user, "interview start", {"role": "nurse"}, "Question 1/3")
    await command(fake, user, "interview answer", {"text": marked(marker)}, "Question 2/3")
    ended = await slash(fake, user, "interview", subcommand="end")
    await ended.report()
    await command(fake, user, "interview start", {"role": "teacher"}, "Question 1/3")
    question = await command(
        fake, user, "interview answer", {"text": marked(marker)}, "Question 2/3"
    )
    await command(
        fake,
        user,
        "remind set",
        {"time": "08:30", "timezone": "Europe/Berlin"},
        "a practice question every day",
    )
    return question


async def delete_account(fake: FakeDiscord, user: int) -> str:
    """/privacy delete, confirmed with the Yes button; the outcome the message shows."""
    asked = await command(fake, user, "privacy delete", None, "Delete everything?")
    yes = next(i for i in custom_ids(asked) if i.endswith(":yes"))
    pressed = await click(fake, user, yes)
    edited = await pressed.wait(lambda c: c.method == "PATCH")
    return content(edited)


async def test_privacy_delete_removes_every_row_of_the_user_and_nothing_else(
    fake: FakeDiscord, app_database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path, database_url=app_database_url)
    async with running(settings) as app:
        await build_history(fake, ALICE, ALICE_MARK)
        await build_history(fake, BOB, BOB_MARK)
        # The same id on another platform is another person.
        twin_user = User(app, str(ALICE), platform="telegram")
        twin = twin_user.key
        await twin_user.start("nurse")
        await twin_user.answer(marked(TWIN_MARK))
        cv = fake.make_attachment(cv_file(ALICE_MARK), "cv.txt", "text/plain")
        await command(fake, ALICE, "cv upload", {"file": cv}, "stored your CV")
        await command(fake, ALICE, "job set", {"text": job_text(ALICE_MARK)}, "stored the job")
        await command(fake, BOB, "job set", {"text": job_text(BOB_MARK)}, "stored the job")
        alice, bob, twins = (footprint(app.sql_engine, k) for k in (key(ALICE), key(BOB), twin))
        before = row_counts(app.sql_engine, alice)
        assert before["users"] == 1 and before["interview_sessions"] == 2
        assert before["turns"] >= 6 and before["reports"] == 1 and before["reminders"] == 1
        assert before["materials"] == 2
        kept = {who: rows_of(app.sql_engine, who) for who in (bob, twins)}

        outcome = await delete_account(fake, ALICE)

        assert "I deleted everything" in outcome and f"({sum(before.values())} records)" in outcome
        after = row_counts(app.sql_engine, alice)
        assert after == dict.fromkeys(before, 0), after
        assert places_holding(app.sql_engine, ALICE_MARK) == []
        for who, rows in kept.items():
            assert rows_of(app.sql_engine, who) == rows, who.key
        await command(fake, ALICE, "interview history", None, NO_HISTORY)


async def test_a_user_reads_answers_and_deletes_only_their_own_sessions(
    fake: FakeDiscord, app_database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path, database_url=app_database_url)
    async with running(settings) as app:
        question = await build_history(fake, ALICE, ALICE_MARK)
        asked = await command(fake, ALICE, "privacy delete", None, "Delete everything?")
        alice = footprint(app.sql_engine, key(ALICE))
        alice_rows = rows_of(app.sql_engine, alice)
        interview = await active(app, ALICE)
        assert interview is not None

        # Bob has nothing yet: every read comes back empty, never with Alice's data.
        await command(fake, BOB, "interview feedback", None, NO_HISTORY)
        await command(fake, BOB, "interview history", None, NO_HISTORY)
        # An answer with nothing to answer gets the hint a DM gets (it names /interview start).
        await command(fake, BOB, "interview answer", {"text": marked(BOB_MARK)}, NO_SESSION)
        for sub in ("skip", "redo", "end"):
            await command(fake, BOB, f"interview {sub}", None, NO_INTERVIEW)
        since = time.monotonic()
        await fake.send_dm(BOB, marked(BOB_MARK))
        await dm_reply(fake, BOB, NO_SESSION, since)

        # Bob pressing Alice's buttons (or forging her modal) is refused and changes nothing.
        for action in ("skip", "end"):
            pressed = await click(fake, BOB, button(question, action))
            await pressed.reply(NOT_YOURS)
        opened = await click(fake, BOB, button(question, "answer"))
        refused = await opened.responded()
        assert refused.json["type"] == 4 and NOT_YOURS in content(refused)
        forged = await submit(fake, BOB, f"ipp:modal:{interview.id}", marked(BOB_MARK))
        await forged.reply(NOT_YOURS)
        yes = next(i for i in custom_ids(asked) if i.endswith(":yes"))
        intruder = await click(fake, BOB, yes)
        refused = await intruder.responded()
        assert refused.json["type"] == 4 and content(refused) == NOT_YOURS

        # Bob's own interview: his answers go to it, his feedback and history are his.
        await command(fake, BOB, "interview start", {"role": "data_analyst"}, "Question 1/3")
        await command(fake, BOB, "interview answer", {"text": marked(BOB_MARK)}, "Question 2/3")
        await command(fake, BOB, "interview feedback", None, STILL_RUNNING)
        ended = await slash(fake, BOB, "interview", subcommand="end")
        report = await ended.report()
        assert "1 of" in str(report.json)
        history = await command(fake, BOB, "interview history", None, "page 1/1")
        assert "data analyst" in content(history) and "nurse" not in content(history)
        assert "I deleted everything" in await delete_account(fake, BOB)

        assert rows_of(app.sql_engine, alice) == alice_rows
        shown_to_bob = [str(m.payload) for m in messages_to(fake, BOB)]
        assert shown_to_bob and not any(ALICE_MARK in text for text in shown_to_bob)
        # Alice's interview carries on where she left it.
        await command(fake, ALICE, "interview answer", {"text": marked(ALICE_MARK)}, "Question 3/3")
