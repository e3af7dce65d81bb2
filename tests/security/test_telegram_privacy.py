"""Telegram: users only ever reach their own data, and /delete_me removes all of it.

A real python-telegram-bot Application polls the loopback fake; rows are read straight from
the database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bots.app import App
from bots.telegram.send import MARKDOWN_V2
from engine import interview_flow
from engine.ports import UserKey
from fakes.telegram_api import FakeTelegram
from tests.bots.telegram_support import (
    STRONG,
    TOKEN,
    WAIT,
    press,
    running,
    say,
    settings_for,
    texts_to,
)
from tests.security.support import (
    footprint,
    places_holding,
    row_counts,
    rows_of,
    unfinished_updates,
)
from tests.support.users import User
from tests.waiting import until

ALICE, BOB = 7001, 7002
ALICE_MARK, BOB_MARK, TWIN_MARK = "quokka-lantern", "walrus-teacup", "narwhal-kettle"
NO_HISTORY = "No interviews yet"
NO_INTERVIEW = MARKDOWN_V2.t(interview_flow.NO_INTERVIEW())

UPDATES = "processed_updates"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


def marked(marker: str) -> str:
    """A good answer carrying a word nobody else uses, to find it wherever it is stored."""
    return f"{STRONG} The project was called {marker}."


def key(user: int) -> UserKey:
    """The service's key for a Telegram test user."""
    return UserKey("telegram", str(user))


async def build_history(fake: FakeTelegram, user: int, marker: str) -> None:
    """A finished interview with its report, one in progress, a reminder and a language."""
    await say(fake, user, "/interview nurse", "Question 1/3")
    await say(fake, user, marked(marker), "Question 2/3")
    await say(fake, user, "/end", "Interview feedback")
    await say(fake, user, "/interview teacher", "Question 1/3")
    await say(fake, user, marked(marker), "Question 2/3")
    await say(fake, user, "/remind 08:30 Europe/Berlin", "a practice question every day")
    await say(fake, user, "/lang de", "Interviewsprache auf Deutsch gesetzt")
    await say(fake, user, "/lang en", "set to English")  # chosen (the test reads English)


def job_text(marker: str) -> str:
    """A pasted job description carrying ``marker``."""
    return f"Senior nurse on the {marker} ward. Must have: triage, IV therapy, five years " * 2


def cv_file(marker: str) -> bytes:
    """A CV as a text file carrying ``marker``."""
    return f"Ana Example, registered nurse\nLed the {marker} night shift for six years.\n".encode()


async def settled(app: App) -> None:
    """Wait until every update the bot received is marked done (its payload dropped)."""
    await until(lambda: unfinished_updates(app.sql_engine) == 0, WAIT, "updates to be finished")


async def test_delete_me_removes_every_row_of_the_user_and_nothing_else(
    fake: FakeTelegram, app_database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path, database_url=app_database_url)
    async with running(settings) as app:
        await build_history(fake, ALICE, ALICE_MARK)
        await build_history(fake, BOB, BOB_MARK)
        # The same numeric id on another platform is another person.
        twin_user = User(app, str(ALICE), platform="discord")
        twin = twin_user.key
        await twin_user.start("nurse")
        await twin_user.answer(marked(TWIN_MARK))
        # Her CV (a file), a pasted job description, and the bot waiting for a new CV.
        await say(fake, ALICE, "/cv", "Send me your CV")
        fake.push_document(ALICE, cv_file(ALICE_MARK), "cv.txt")
        await fake.wait_for(
            lambda r: r.chat_id == ALICE and "stored your CV" in (r.plain or ""), WAIT
        )
        await say(fake, ALICE, f"/job {job_text(ALICE_MARK)}", "stored the job description")
        await say(fake, ALICE, "/cv", "Send me your CV")
        await say(fake, BOB, f"/job {job_text(BOB_MARK)}", "stored the job description")
        await settled(app)
        alice, bob, twins = (footprint(app.sql_engine, k) for k in (key(ALICE), key(BOB), twin))
        before = row_counts(app.sql_engine, alice)
        assert before["users"] == 1 and before["interview_sessions"] == 2
        assert before["turns"] >= 6 and before["reports"] == 1 and before["reminders"] == 1
        assert before["materials"] == 2 and before["material_waits"] == 1
        kept = {who: rows_of(app.sql_engine, who) for who in (bob, twins)}

        ask = await say(fake, ALICE, "/delete_me", "cannot be undone")
        await press(fake, ALICE, ask, "delete:no", "Nothing was deleted")
        await settled(app)
        kept_after_no = row_counts(app.sql_engine, alice)
        # Nothing went; the two updates (command and button press) are recorded as hers.
        assert kept_after_no == {**before, UPDATES: before[UPDATES] + 2}
        ask = await say(fake, ALICE, "/delete_me", "cannot be undone")
        done = await press(fake, ALICE, ask, "delete:yes", "I deleted everything")
        await settled(app)

        after = row_counts(app.sql_engine, alice)
        assert after == dict.fromkeys(before, 0), after
        # Her rows, plus the second /delete_me and the press that asked for it.
        assert f"({sum(kept_after_no.values()) + 2} records)" in (done.plain or "")
        assert places_holding(app.sql_engine, ALICE_MARK) == []
        for who, rows in kept.items():
            assert rows_of(app.sql_engine, who) == rows, who.key
        assert places_holding(app.sql_engine, BOB_MARK) and places_holding(
            app.sql_engine, TWIN_MARK
        )
        await say(fake, ALICE, "/history", NO_HISTORY)  # a new, empty profile


async def test_a_user_reads_answers_and_deletes_only_their_own_sessions(
    fake: FakeTelegram, app_database_url: str, tmp_path: Path
) -> None:
    settings = settings_for(fake, tmp_path, database_url=app_database_url)
    async with running(settings) as app:
        await build_history(fake, ALICE, ALICE_MARK)
        await settled(app)
        alice = footprint(app.sql_engine, key(ALICE))
        alice_rows = rows_of(app.sql_engine, alice)

        # Bob has nothing yet: every read comes back empty, never with Alice's data.
        await say(fake, BOB, "/feedback", NO_HISTORY)
        await say(fake, BOB, "/history", NO_HISTORY)
        await say(fake, BOB, "/history 1", NO_HISTORY)
        for command in ("/skip", "/redo", "/end"):
            await say(fake, BOB, command, NO_INTERVIEW)
        await say(fake, BOB, marked(BOB_MARK), "don't have an interview running")
        history_button = await say(fake, ALICE, "/history", "page 1/1")
        assert history_button.message_id is not None
        fake.push_callback(BOB, "hist:1", history_button.message_id)  # the same button data
        await fake.wait_for(lambda r: r.chat_id == BOB and NO_HISTORY in (r.plain or ""), WAIT)

        # Bob's own interview: his answers go to it, his feedback and history are his.
        await say(fake, BOB, "/interview data_analyst", "Question 1/3")
        await say(fake, BOB, marked(BOB_MARK), "Question 2/3")
        await say(fake, BOB, "/feedback", "still in progress")
        report = await say(fake, BOB, "/end", "Interview feedback")
        assert "(1 of" in (report.plain or "")
        history = await say(fake, BOB, "/history", "page 1/1")
        assert "data analyst" in (history.plain or "") and "nurse" not in (history.plain or "")
        ask = await say(fake, BOB, "/delete_me", "cannot be undone")
        await press(fake, BOB, ask, "delete:yes", "I deleted everything")
        await settled(app)

        now = rows_of(app.sql_engine, alice)
        # Untouched, but for the /history she sent since (updates are recorded as hers).
        assert now[UPDATES][: len(alice_rows[UPDATES])] == alice_rows[UPDATES]
        assert {**now, UPDATES: alice_rows[UPDATES]} == alice_rows
        assert not any(ALICE_MARK in text for text in texts_to(fake, BOB))
        # Alice's interview carries on where she left it, and her report is still hers.
        await say(fake, ALICE, marked(ALICE_MARK), "Question 3/3")
        history = await say(fake, ALICE, "/history", "page 1/1")
        assert "nurse" in (history.plain or "") and "teacher" in (history.plain or "")
