"""The pure part of daily practice: fire times across DST, grace, streaks, question choice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engine.daily import (
    Reminder,
    ReminderInputError,
    choose_question,
    current_streak,
    feedback_text,
    last_fire,
    local_day,
    missed_fire,
    next_fire,
    next_streak,
    parse_local_time,
    remember_seen,
    resolve_zone,
    upcoming,
    weakest_dimension,
)
from engine.models import Assessment, Persona, Scores
from engine.ports import UserKey
from engine.question_bank import QuestionBank
from engine.roles import InterviewType, default_roles
from tests.support.words import words

BANK = QuestionBank()
BERLIN = "Europe/Berlin"
HOUR = timedelta(hours=1)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def reminder(**changes: object) -> Reminder:
    values: dict[str, object] = dict(
        id=1,
        user_id=1,
        key=UserKey("telegram", "42"),
        chat_id="42",
        local_time="09:00",
        timezone=BERLIN,
        enabled=True,
        updated_at=utc(2027, 1, 1),
    )
    values.update(changes)
    return Reminder(**values)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- input
@pytest.mark.parametrize(
    ("text", "expected"),
    [("8:30", "08:30"), ("08:30", "08:30"), ("20.05", "20:05"), ("7pm", "19:00"),
     ("12am", "00:00"), ("12:15 PM", "12:15"), ("0:00", "00:00"), (" 23:59 ", "23:59")],
)  # fmt: skip
def test_parse_local_time_accepts_common_forms(text: str, expected: str) -> None:
    assert parse_local_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "8", "08:60", "13pm", "noon", "", "8:3", "-1:00"])
def test_parse_local_time_rejects_with_a_friendly_message(text: str) -> None:
    with pytest.raises(ReminderInputError) as error:
        parse_local_time(text)
    assert (
        "HH:MM" in words(error.value.message)
        or "hour" in words(error.value.message)
        or "exist" in words(error.value.message)
    )


def test_zones_are_iana_names_in_any_case() -> None:
    assert resolve_zone("europe/berlin") == BERLIN
    assert resolve_zone("UTC") == "UTC"
    for bad in ("Mars/Olympus", "../etc/passwd", "CEST", "/usr/share/zoneinfo/UTC"):
        with pytest.raises(ReminderInputError) as error:
            resolve_zone(bad)
        assert "IANA" in words(error.value.message)


# ---------------------------------------------------------------------- fire times and DST
def test_next_fire_on_the_spring_forward_day_keeps_the_local_time() -> None:
    # 2027-03-28: Berlin moves from UTC+1 to UTC+2 at 02:00 local.
    before = next_fire("09:00", BERLIN, utc(2027, 3, 27, 8, 0, 1))
    assert before == utc(2027, 3, 28, 7, 0)  # 09:00 CEST
    assert next_fire("09:00", BERLIN, utc(2027, 3, 26, 12)) == utc(2027, 3, 27, 8, 0)  # CET
    assert before.astimezone(ZoneInfo(BERLIN)).hour == 9


def test_next_fire_on_the_fall_back_day_keeps_the_local_time() -> None:
    # 2026-10-25: Berlin moves from UTC+2 back to UTC+1 at 03:00 local.
    assert next_fire("09:00", BERLIN, utc(2026, 10, 24, 8)) == utc(2026, 10, 25, 8, 0)  # CET
    assert next_fire("09:00", BERLIN, utc(2026, 10, 23, 8)) == utc(2026, 10, 24, 7, 0)  # CEST


def test_a_time_in_the_spring_gap_fires_when_the_clock_jumps_past_it() -> None:
    fire = next_fire("02:30", BERLIN, utc(2027, 3, 27, 12))
    assert fire == utc(2027, 3, 28, 1, 30)  # 03:30 CEST, the first moment after the gap
    assert local_day(fire, BERLIN) == "2027-03-28"
    assert next_fire("02:30", BERLIN, fire) == utc(2027, 3, 29, 0, 30)


def test_a_time_in_the_autumn_overlap_fires_once() -> None:
    first = next_fire("02:30", BERLIN, utc(2026, 10, 24, 12))
    assert first == utc(2026, 10, 25, 0, 30)  # the first 02:30 (CEST)
    # The second 02:30 (01:30 UTC) is the same local day: it must not fire again.
    assert next_fire("02:30", BERLIN, first) == utc(2026, 10, 26, 1, 30)


def test_next_fire_is_strictly_after_and_last_fire_at_or_before() -> None:
    at_nine = utc(2027, 1, 5, 8)  # 09:00 CET
    assert next_fire("09:00", BERLIN, at_nine) == utc(2027, 1, 6, 8)
    assert last_fire("09:00", BERLIN, at_nine) == at_nine
    assert last_fire("09:00", BERLIN, at_nine - timedelta(seconds=1)) == utc(2027, 1, 4, 8)


def test_zones_far_from_utc_use_their_own_local_date() -> None:
    # 08:00 in Auckland (UTC+13 in January) is the previous day in UTC.
    fire = next_fire("08:00", "Pacific/Auckland", utc(2027, 1, 5, 12))
    assert fire == utc(2027, 1, 5, 19)
    assert local_day(fire, "Pacific/Auckland") == "2027-01-06"


# ---------------------------------------------------------------------- missed while down
def test_a_prompt_missed_within_grace_is_owed_once() -> None:
    now = utc(2027, 1, 5, 8, 30)  # 09:30 Berlin, 30 minutes after the 09:00 prompt
    assert missed_fire(reminder(), now, HOUR) == utc(2027, 1, 5, 8)
    assert missed_fire(reminder(last_sent_on="2027-01-05"), now, HOUR) is None
    assert missed_fire(reminder(last_sent_on="2027-01-04"), now, HOUR) == utc(2027, 1, 5, 8)


def test_a_prompt_missed_beyond_grace_is_skipped() -> None:
    assert missed_fire(reminder(), utc(2027, 1, 5, 9, 30), HOUR) is None


def test_a_reminder_set_after_its_time_owes_nothing_today() -> None:
    set_late = reminder(updated_at=utc(2027, 1, 5, 8, 10))
    assert missed_fire(set_late, utc(2027, 1, 5, 8, 30), HOUR) is None


def test_upcoming_skips_a_day_already_sent() -> None:
    now = utc(2027, 1, 5, 7)  # 08:00 Berlin
    assert upcoming(reminder(), now) == utc(2027, 1, 5, 8)
    assert upcoming(reminder(last_sent_on="2027-01-05"), now) == utc(2027, 1, 6, 8)
    # A day later than today's already served (the zone moved west): skipped too.
    assert upcoming(reminder(last_sent_on="2027-01-06"), now) == utc(2027, 1, 7, 8)


# ---------------------------------------------------------------------- streaks
def test_streak_grows_on_consecutive_days_and_resets_after_a_gap() -> None:
    assert next_streak(0, None, "2027-01-05") == 1
    assert next_streak(1, "2027-01-05", "2027-01-06") == 2
    assert next_streak(4, "2027-01-06", "2027-01-07") == 5
    assert next_streak(5, "2027-01-07", "2027-01-09") == 1
    assert next_streak(5, "2027-01-07", "2027-01-07") == 5
    assert next_streak(7, "2027-02-28", "2027-03-01") == 8  # across a month end
    assert next_streak(10, "2027-01-06", "2027-01-05") == 10  # an earlier day (moved west)


def test_current_streak_dies_after_a_missed_day() -> None:
    assert current_streak(3, "2027-01-05", "2027-01-06") == 3
    assert current_streak(3, "2027-01-05", "2027-01-07") == 0
    assert current_streak(0, None, "2027-01-07") == 0


# ---------------------------------------------------------------------- question of the day
def test_weakest_dimension_is_the_lowest_average() -> None:
    history = [
        {"communication": 4.0, "knowledge": 2.0, "structure": 3.0},
        {"communication": 4.2, "knowledge": 3.0, "structure": 2.0},
    ]
    assert weakest_dimension(history) == "knowledge"  # 2.5 vs structure 2.5: knowledge first
    assert weakest_dimension([{"communication": 2, "knowledge": 4, "structure": 4}]) == (
        "communication"
    )
    assert weakest_dimension([]) is None


@pytest.mark.parametrize("day", range(12))
async def test_question_follows_the_weakest_dimension(day: int) -> None:
    role = default_roles()["backend_engineer"]
    seed = f"7:2027-01-{day + 1:02d}"
    structure = await choose_question(BANK, role, "structure", 3.0, [], seed)
    assert structure.type in (InterviewType.BEHAVIORAL, InterviewType.SITUATIONAL)
    knowledge = await choose_question(BANK, role, "knowledge", 3.0, [], seed)
    assert knowledge.type in (InterviewType.TECHNICAL, InterviewType.SYSTEM_DESIGN)
    communication = await choose_question(BANK, role, "communication", 3.0, [], seed)
    assert communication.difficulty <= 2
    first_timer = await choose_question(BANK, role, None, None, [], seed)
    assert first_timer.type is InterviewType.BEHAVIORAL and first_timer.difficulty <= 2


async def test_unseen_questions_come_first_then_the_oldest_seen() -> None:
    role = default_roles()["nurse"]
    seen: list[str] = []
    for day in range(len(role.questions)):
        question = await choose_question(BANK, role, "structure", 3.0, seen, f"1:{day}")
        assert question.id not in seen
        seen = remember_seen(seen, question.id)
    assert sorted(seen) == sorted(q.id for q in role.questions)
    again = await choose_question(BANK, role, "structure", 3.0, seen, "1:again")
    fitting = [q.id for q in role.questions if q.type.value in ("behavioral", "situational")]
    assert again.id == next(qid for qid in seen if qid in fitting)  # seen longest ago


def test_remember_seen_moves_to_the_end_and_is_bounded() -> None:
    assert remember_seen(["a", "b", "c"], "a") == ["b", "c", "a"]
    assert len(remember_seen([str(i) for i in range(300)], "x")) == 200


# ---------------------------------------------------------------------- feedback text
def test_feedback_quotes_the_answer_verbatim_and_shows_the_streak() -> None:
    answer = (
        "At my last job our checkout API was slow. I added an index on orders.user_id and "
        "cached the totals, which cut p95 latency from 900 ms to 120 ms."
    )
    assessment = Assessment(
        scores=Scores(3.5, 4.0, 3.0),
        persona=Persona.NORMAL,
        good="covered index; gave specifics.",
        missing="the trade-offs were unclear.",
        concepts_hit=("index",),
    )
    text = words(feedback_text(assessment, answer, 4))
    assert "Score: 3.5/5 (communication 3.5 · knowledge 4.0 · structure 3.0)" in text
    assert "👍 Covered index; gave specifics." in text
    assert "🎯 Next time: The trade-offs were unclear." in text
    quote = text.split("You said: “")[1].split("”")[0]
    assert quote and quote in answer
    assert "🔥 4 days in a row" in text
    assert "Day 1" in words(feedback_text(assessment, answer, 1))
