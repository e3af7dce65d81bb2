"""Daily practice, the pure part: fire times across time zones, streaks and the question of the day.

Nothing here reads the clock or the database; the time is always passed in. A reminder is a
local wall-clock time ("08:30") in an IANA zone, so it follows daylight saving time: on the day
the clocks change it still fires at 08:30 local, which is a different UTC instant.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from statistics import mean
from typing import Protocol
from zoneinfo import ZoneInfo, available_timezones

from engine.feedback import excerpt
from engine.labels import type_label
from engine.messages import Key, Message, UserFacingError
from engine.models import DIMENSIONS, Assessment
from engine.ports import QuestionRequest, QuestionSource, UserKey
from engine.roles import InterviewType, Question, Role
from engine.text import quote_occurs

TIME_FORMAT = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$", re.IGNORECASE)
SEEN_KEPT = 200  # question ids remembered per user; older ones may come round again
QUOTE_WORDS = 20
FOCUS_TYPES: dict[str | None, tuple[InterviewType, ...]] = {
    None: (InterviewType.BEHAVIORAL,),
    "structure": (InterviewType.BEHAVIORAL, InterviewType.SITUATIONAL),
    "knowledge": (InterviewType.TECHNICAL, InterviewType.SYSTEM_DESIGN),
    "communication": tuple(InterviewType),
}
FOCUS_LEAD = {
    None: Key("daily.focus.warm-up"),
    "structure": Key("daily.focus.structure"),
    "knowledge": Key("daily.focus.knowledge"),
    "communication": Key("daily.focus.communication"),
}
TIME_NOT_UNDERSTOOD = Key("remind.time-not-understood", ("text",))
TWELVE_HOURS = Key("remind.twelve-hours")
NO_SUCH_TIME = Key("remind.no-such-time")
UNKNOWN_ZONE = Key("remind.unknown-zone", ("zone",))
PROMPT = Key("daily.prompt", ("role", "kind", "focus", "question"))
PROMPT_WITH_STREAK = Key(
    "daily.prompt-with-streak", ("role", "kind", "focus", "question", "count"), plural="count"
)
FEEDBACK = Key("daily.feedback", ("scores", "good", "missing", "quote", "streak"))
SCORES = Key("daily.scores", ("overall", "communication", "knowledge", "structure"))
ANY_ANSWER_COUNTS = Key("daily.any-answer-counts")
ADD_A_NUMBER = Key("daily.add-a-number")
YOU_SAID = Key("daily.you-said", ("quote",))
STREAK_DAYS = Key("daily.streak-days", ("count",), plural="count")
STREAK_FIRST_DAY = Key("daily.streak-first-day")


class ReminderInputError(UserFacingError):
    """A time or time zone the user typed is not valid."""


@dataclass(frozen=True)
class Reminder:
    """A user's daily practice setting, the question waiting for an answer and the streak."""

    id: int
    user_id: int
    key: UserKey
    chat_id: str
    local_time: str  # "HH:MM", 24-hour
    timezone: str  # IANA name
    enabled: bool
    updated_at: datetime
    blocked: bool = False
    last_sent_on: str | None = None  # local date ("YYYY-MM-DD") of the last prompt
    pending_question_id: str | None = None
    pending_role_id: str | None = None
    streak: int = 0
    last_answered_on: str | None = None
    seen_question_ids: tuple[str, ...] = ()


class ReminderStore(Protocol):
    """Storage of reminders (synchronous; run off the event loop)."""

    def get(self, user_id: int) -> Reminder | None:
        """The user's reminder, if they ever set one."""
        ...

    def save(
        self, user_id: int, chat_id: str, local_time: str, timezone: str, now: datetime
    ) -> Reminder:
        """Create or change the user's reminder and turn it on."""
        ...

    def disable(self, user_id: int) -> bool:
        """Turn the reminder off; False if there was none on."""
        ...

    def active(self) -> list[Reminder]:
        """Every reminder that is on, for users who have not blocked the bot."""
        ...

    def versions(self) -> dict[int, datetime]:
        """For every reminder in ``active()``: its user id and when its settings last changed."""
        ...

    def claim(self, reminder_id: int, day: str, question_id: str, role_id: str) -> bool:
        """Atomically take the right to send ``day``'s prompt; True for exactly one caller."""
        ...

    def release(self, reminder_id: int, day: str, previous: Reminder) -> None:
        """Undo a claim whose prompt could not be delivered, so it may be tried again."""
        ...

    def record_answer(self, reminder_id: int, question_id: str) -> int | None:
        """Clear the pending question and return the new streak; None if already answered."""
        ...

    def drop_pending(self, reminder_id: int, question_id: str) -> bool:
        """Clear a pending question that can no longer be answered (the streak is untouched)."""
        ...

    def set_blocked(self, user_id: int, blocked: bool) -> bool:
        """Mark the user as having blocked the bot (or not); True if that changed anything."""
        ...


# ---------------------------------------------------------------------- input
def parse_local_time(text: str) -> str:
    """``"8:30"``, ``"08.30"``, ``"8pm"`` or ``"20:30"`` as ``"HH:MM"``, else ReminderInputError."""
    match = TIME_FORMAT.match(text.strip())
    if match is None or (match.group(2) is None and match.group(3) is None):
        raise ReminderInputError(TIME_NOT_UNDERSTOOD(text=text.strip()[:20]))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower()
    if meridiem and not 1 <= hour <= 12:
        raise ReminderInputError(TWELVE_HOURS())
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ReminderInputError(NO_SUCH_TIME())
    return f"{hour:02d}:{minute:02d}"


def resolve_zone(name: str) -> str:
    """The canonical IANA name for ``name`` (any letter case); ReminderInputError if unknown."""
    zone = _zones_by_lower_name().get(name.strip().lower())
    if zone is None:
        raise ReminderInputError(UNKNOWN_ZONE(zone=name.strip()[:40]))
    return zone


@lru_cache(maxsize=1)
def _zones_by_lower_name() -> dict[str, str]:
    return {zone.lower(): zone for zone in available_timezones()}


# ---------------------------------------------------------------------- fire times
def fire_on(day: date, local_time: str, tz_name: str) -> datetime:
    """The UTC instant the wall clock in ``tz_name`` reads ``local_time`` on ``day``.

    In a spring-forward gap (02:30 that never happens) this is the moment the clock jumps past
    it (03:30 local); in an autumn overlap (02:30 happens twice) it is the first occurrence.
    """
    hour, minute = map(int, local_time.split(":"))
    local = datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(tz_name))  # fold=0
    return local.astimezone(UTC)


def next_fire(local_time: str, tz_name: str, after_utc: datetime) -> datetime:
    """The first daily fire time strictly after ``after_utc``, as an aware UTC datetime."""
    today = after_utc.astimezone(ZoneInfo(tz_name)).date()
    for offset in range(-1, 3):
        candidate = fire_on(today + timedelta(days=offset), local_time, tz_name)
        if candidate > after_utc:
            return candidate
    raise AssertionError("a daily time always recurs within two days")


def last_fire(local_time: str, tz_name: str, now_utc: datetime) -> datetime:
    """The most recent daily fire time at or before ``now_utc``."""
    today = now_utc.astimezone(ZoneInfo(tz_name)).date()
    for offset in range(1, -3, -1):
        candidate = fire_on(today + timedelta(days=offset), local_time, tz_name)
        if candidate <= now_utc:
            return candidate
    raise AssertionError("a daily time always recurs within two days")


def local_day(instant: datetime, tz_name: str) -> str:
    """The local date (``YYYY-MM-DD``) of an instant in a zone."""
    return instant.astimezone(ZoneInfo(tz_name)).date().isoformat()


def missed_fire(reminder: Reminder, now: datetime, grace: timedelta) -> datetime | None:
    """The fire time to deliver late at start-up, if one was missed within ``grace``.

    Nothing is owed when the prompt for that local day went out already, when it is older than
    the grace period, or when the reminder was set (or changed) only after that time.
    """
    last = last_fire(reminder.local_time, reminder.timezone, now)
    if now - last > grace or last < reminder.updated_at:
        return None
    if reminder.last_sent_on and reminder.last_sent_on >= local_day(last, reminder.timezone):
        return None
    return last


def upcoming(reminder: Reminder, now: datetime) -> datetime:
    """When the next prompt will come (skipping days whose prompt was already sent).

    Days are compared in order, not only for equality: after a move west, the new zone's next
    day can still be the day already served in the old one.
    """
    fire = next_fire(reminder.local_time, reminder.timezone, now)
    for _ in range(3):  # last_sent_on is at most a day ahead of any zone's today
        if (
            reminder.last_sent_on is None
            or local_day(fire, reminder.timezone) > reminder.last_sent_on
        ):
            break
        fire = next_fire(reminder.local_time, reminder.timezone, fire)
    return fire


# ---------------------------------------------------------------------- streaks
def next_streak(streak: int, last_answered_on: str | None, day: str) -> int:
    """The streak after answering ``day``'s question: +1 after yesterday, else back to 1.

    A day not after the last one answered (possible after a move west) keeps the streak.
    """
    if last_answered_on is not None and day <= last_answered_on:
        return max(streak, 1)
    yesterday = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    return streak + 1 if last_answered_on == yesterday else 1


def current_streak(streak: int, last_answered_on: str | None, today: str) -> int:
    """The streak still alive today (answered today or yesterday), else 0."""
    if last_answered_on is None:
        return 0
    yesterday = (date.fromisoformat(today) - timedelta(days=1)).isoformat()
    return streak if last_answered_on in (today, yesterday) else 0


# ---------------------------------------------------------------------- question of the day
def weakest_dimension(history: Sequence[Mapping[str, float]]) -> str | None:
    """The dimension with the lowest average score over past reports (None without any)."""
    averages = {
        name: mean(scores[name] for scores in history if name in scores)
        for name in DIMENSIONS
        if any(name in scores for scores in history)
    }
    if not averages:
        return None
    return min(averages, key=lambda name: (averages[name], DIMENSIONS.index(name)))


async def choose_question(
    source: QuestionSource,
    role: Role,
    focus: str | None,
    overall: float | None,
    seen: Sequence[str],
    seed: str,
) -> Question:
    """Pick a question of the day: the focus's types, a fitting difficulty, unseen if possible.

    Weak structure favours behavioural and situational questions (STAR practice), weak
    knowledge technical ones, weak communication any short (difficulty 1-2) question. An
    unseen question of another difficulty, then of any type, comes before a repeat; when
    everything was seen, the fitting one seen longest ago comes back.
    """
    kinds = FOCUS_TYPES.get(focus, tuple(InterviewType))
    easy = focus in (None, "communication") or (overall is not None and overall < 3.0)
    hard = overall is not None and overall >= 4.0 and focus != "communication"
    low, high = (2 if hard else 1), (2 if easy else 3)
    wanted = 1 if easy else 3 if hard else 2
    # Only the order of ``seen`` is known (oldest first), so it stands in for the times.
    history = {question_id: datetime.fromtimestamp(i, UTC) for i, question_id in enumerate(seen)}
    widening = ((kinds, (low, high)), (kinds, (1, 3)), ((), (1, 3)))
    first: Question | None = None
    for types, allowed in widening:
        request = QuestionRequest(role, types, wanted, allowed, 1, seed, history=history)
        question = await source.next_question(request)
        if question.id not in history:
            return question
        first = first or question
    assert first is not None
    return first


def remember_seen(seen: Sequence[str], question_id: str) -> list[str]:
    """The seen list with ``question_id`` moved to the end, trimmed to the newest ones."""
    kept = [item for item in seen if item != question_id]
    kept.append(question_id)
    return kept[-SEEN_KEPT:]


# ---------------------------------------------------------------------- texts
def prompt_text(question: Question, role: Role, focus: str | None, streak: int) -> Message:
    """The daily practice message."""
    kind = type_label(question.type.value)
    lead = FOCUS_LEAD.get(focus, FOCUS_LEAD[None])()
    if streak:
        return PROMPT_WITH_STREAK(
            role=role.name, kind=kind, focus=lead, question=question.text, count=streak
        )
    return PROMPT(role=role.name, kind=kind, focus=lead, question=question.text)


def feedback_text(assessment: Assessment, answer: str, streak: int) -> Message:
    """Short grounded feedback: scores, one good point, one gap, a quote and the streak."""
    scores = assessment.scores
    anchor = assessment.concepts_hit[0] if assessment.concepts_hit else ""
    quote = " ".join(excerpt(answer, anchor).split()[:QUOTE_WORDS])
    return FEEDBACK(
        scores=SCORES(
            overall=round(scores.overall, 1),
            communication=round(scores.communication, 1),
            knowledge=round(scores.knowledge, 1),
            structure=round(scores.structure, 1),
        ),
        good=_sentence(assessment.good) or ANY_ANSWER_COUNTS(),
        missing=_sentence(assessment.missing) or ADD_A_NUMBER(),
        quote=YOU_SAID(quote=quote) if quote and quote_occurs(quote, [answer]) else "",
        streak=STREAK_DAYS(count=streak) if streak >= 2 else STREAK_FIRST_DAY(),
    )


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else ""
