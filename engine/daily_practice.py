"""Daily practice: /remind settings, the question of the day, instant scoring and the streak.

A daily answer is judged by the same judge as an interview answer. The scheduler
(``engine/reminder_scheduler.py``) decides *when*; this decides *what*. Calls that come from a
user run in that user's turn (the entry point keeps them in order).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from statistics import mean
from zoneinfo import ZoneInfo

from cachetools import LRUCache

from engine.actions import Action, Notice
from engine.daily import (
    Reminder,
    ReminderInputError,
    ReminderStore,
    choose_question,
    current_streak,
    feedback_text,
    local_day,
    parse_local_time,
    prompt_text,
    resolve_zone,
    upcoming,
    weakest_dimension,
)
from engine.database import Database
from engine.interview_flow import EMPTY_ANSWER, MAX_ANSWER_CHARS
from engine.judge import Judge
from engine.messages import Key, Message
from engine.models import AudioFacts, NonAnswer, Turn, TurnKind
from engine.ports import (
    Clock,
    Delivery,
    InterviewRepository,
    Notifier,
    QuestionSource,
    TurnContext,
    UserKey,
)
from engine.profiles import CACHE_SIZE, Profiles
from engine.roles import Question, Role
from engine.text import normalize

log = logging.getLogger(__name__)

DEFAULT_ROLE = "customer_support"  # people-facing questions suit someone with no history yet
HISTORY_LOOKBACK = 20  # recent interviews that decide the weakest dimension
ASK_ZONE = Key("remind.ask-zone", ("time",))
NOTHING_PENDING = Key("daily.nothing-pending")
QUESTION_GONE = Key("daily.question-gone")
REPHRASED = Key("daily.rephrased", ("question",))
STILL_WAITING = Key("daily.still-waiting", ("question",))
REMINDER_SET = Key("remind.set", ("time", "zone", "when"))
ALREADY_OFF = Key("remind.already-off")
TURNED_OFF = Key("remind.turned-off")
IS_OFF = Key("remind.is-off")
SETTING = Key("remind.setting", ("time", "zone", "when", "count", "waiting"), plural="count")
WAITING = Key("remind.question-waiting")
TODAY_AT = Key("when.today", ("time",))
TOMORROW_AT = Key("when.tomorrow", ("time",))
ON_DAY_AT = Key("when.day", ("day", "time"))

Listener = Callable[[int], Awaitable[None]]


class DailyPractice:
    """Daily practice for users of any platform; public methods are safe to call concurrently."""

    def __init__(
        self,
        roles: dict[str, Role],
        questions: QuestionSource,
        reminders: ReminderStore,
        interviews: InterviewRepository,
        judge: Judge,
        profiles: Profiles,
        database: Database,
        clock: Clock,
        default_role_id: str = DEFAULT_ROLE,
    ) -> None:
        """Daily practice over ``roles`` asking ``questions``, keeping reminders in
        ``reminders`` and reading past ``interviews`` to choose each day's question."""
        self.roles = roles
        self.questions = questions
        self.reminders = reminders
        self.interviews = interviews
        self.judge = judge
        self.profiles = profiles
        self.database = database
        self.clock = clock
        self.default_role_id = default_role_id
        self._listeners: list[Listener] = []
        self._checked_unblocked: LRUCache[int, bool] = LRUCache(CACHE_SIZE)

    # ------------------------------------------------------------------ a user's turn
    async def set_reminder(
        self, key: UserKey, chat_id: str, time_text: str, zone_text: str | None = None
    ) -> list[Action]:
        """Send a practice question every day at ``time_text`` (HH:MM) in the user's zone."""
        try:
            local_time = parse_local_time(time_text)
            zone = resolve_zone(zone_text) if zone_text else None
        except ReminderInputError as error:
            return [Notice(error.message)]
        profile = await self.profiles.get(key)
        if zone is None:
            if profile.timezone is None:
                return [Notice(ASK_ZONE(time=local_time))]
            zone = profile.timezone
        elif zone != profile.timezone:
            await self.profiles.change(key, timezone=zone)
        now = self.clock.now()
        reminder = await self.database.call(
            self.reminders.save, profile.id, chat_id, local_time, zone, now
        )
        if reminder.blocked:  # they are talking to us again
            await self.database.call(self.reminders.set_blocked, profile.id, False)
            reminder = replace(reminder, blocked=False)
        await self._changed(profile.id)
        when = self._when(upcoming(reminder, now), zone)
        return [Notice(REMINDER_SET(time=local_time, zone=zone, when=when))]

    async def disable(self, key: UserKey) -> list[Action]:
        """Stop the daily questions."""
        profile = await self.profiles.get(key)
        changed = await self.database.call(self.reminders.disable, profile.id)
        await self._changed(profile.id)
        if not changed:
            return [Notice(ALREADY_OFF())]
        return [Notice(TURNED_OFF())]

    async def describe(self, key: UserKey) -> list[Action]:
        """The user's daily practice setting, next prompt and streak."""
        profile = await self.profiles.get(key)
        reminder = await self.database.call(self.reminders.get, profile.id)
        if reminder is None or not reminder.enabled:
            return [Notice(IS_OFF())]
        now = self.clock.now()
        today = local_day(now, reminder.timezone)
        streak = current_streak(reminder.streak, reminder.last_answered_on, today)
        setting = SETTING(
            time=reminder.local_time,
            zone=reminder.timezone,
            when=self._when(upcoming(reminder, now), reminder.timezone),
            count=streak,
            waiting=WAITING() if reminder.pending_question_id else "",
        )
        return [Notice(setting)]

    async def has_pending(self, key: UserKey) -> bool:
        """True when a question of the day waits for the user's answer."""
        profile = await self.profiles.get(key)
        reminder = await self.database.call(self.reminders.get, profile.id)
        return reminder is not None and reminder.pending_question_id is not None

    async def answer(
        self, key: UserKey, text: str, audio: AudioFacts | None = None
    ) -> list[Action]:
        """Score an answer to the question of the day at once, with feedback and the streak."""
        text = normalize(text)[:MAX_ANSWER_CHARS]
        if not text:
            return [Notice(EMPTY_ANSWER())]
        profile = await self.profiles.get(key)
        reminder = await self.database.call(self.reminders.get, profile.id)
        if reminder is None or reminder.pending_question_id is None:
            return [Notice(NOTHING_PENDING())]
        role = self.roles.get(reminder.pending_role_id or "")
        question = _find_question(role, reminder.pending_question_id)
        if role is None or question is None:
            await self.database.call(
                self.reminders.drop_pending, reminder.id, reminder.pending_question_id
            )
            return [Notice(QUESTION_GONE())]
        context = _daily_context(role, question, text, audio, profile.language)
        assessment, _fell_back = await self.judge.assess(context)
        if assessment.non_answer is NonAnswer.CLARIFY:
            return [Notice(REPHRASED(question=question.hint or question.text))]
        if assessment.non_answer is not None:  # nothing recorded: the question still waits
            return [Notice(STILL_WAITING(question=question.text))]
        streak = await self.database.call(self.reminders.record_answer, reminder.id, question.id)
        if streak is None:  # answered meanwhile, or replaced by a newer question
            return [Notice(NOTHING_PENDING())]
        return [Notice(feedback_text(assessment, text, streak))]

    async def unblock(self, key: UserKey) -> bool:
        """Call on any message from the user: one who had blocked the bot gets reminders back.

        Cheap after the first call per user and process (the answer is remembered).
        """
        profile = await self.profiles.get(key)
        if profile.id in self._checked_unblocked:
            return False
        changed = await self.database.call(self.reminders.set_blocked, profile.id, False)
        self._checked_unblocked[profile.id] = True
        if changed:
            await self._changed(profile.id)
        return changed

    async def forget(self, key: UserKey) -> None:
        """Check again whether the user blocked the bot (another replica may have seen it)."""
        profile = await self.profiles.get(key)
        self._checked_unblocked.pop(profile.id, None)

    # ------------------------------------------------------------------ scheduler API
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(user_id)`` whenever a user's reminder changes (the scheduler's hook).

        Only changes made in this process are announced; other replicas' changes are found by
        polling ``reminder_versions``.
        """
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    async def active_reminders(self) -> list[Reminder]:
        """Every reminder that is on, for users who have not blocked the bot."""
        return await self.database.call(self.reminders.active)

    async def reminder_versions(self) -> dict[int, datetime]:
        """For every active reminder: its user id and when its settings last changed."""
        return await self.database.call(self.reminders.versions)

    async def reminder(self, user_id: int) -> Reminder | None:
        """One user's reminder, fresh from the database."""
        return await self.database.call(self.reminders.get, user_id)

    async def deliver(
        self, reminder: Reminder, scheduled: datetime, notifier: Notifier
    ) -> Delivery | None:
        """Send the question of the day for ``scheduled``'s local date, at most once per day.

        Returns None when another scheduler (or an earlier run) already sent it.
        """
        day = local_day(scheduled, reminder.timezone)
        if reminder.last_sent_on == day:
            return None
        role, question, focus = await self._question_of_the_day(reminder, day)
        claimed = await self.database.call(
            self.reminders.claim, reminder.id, day, question.id, role.id
        )
        if not claimed:
            return None
        streak = current_streak(reminder.streak, reminder.last_answered_on, day)
        text = prompt_text(question, role, focus, streak)
        try:
            result = await notifier.notify(
                reminder.key.platform_user_id, reminder.chat_id, [Notice(text)]
            )
        except asyncio.CancelledError:
            # Shut down while queued at the rate limiter: give the day back, so a restart
            # within the grace period still sends it (rather than losing it for sure).
            release = self.database.call(self.reminders.release, reminder.id, day, reminder)
            await asyncio.shield(release)
            raise
        except Exception:
            log.exception("notifier %s raised", notifier.platform)
            result = Delivery.FAILED
        if result is Delivery.BLOCKED:
            await self.database.call(self.reminders.set_blocked, reminder.user_id, True)
            self._checked_unblocked.pop(reminder.user_id, None)
        if result is not Delivery.SENT:
            # Never delivered: the question must not wait for an answer the user can't give.
            await self.database.call(self.reminders.release, reminder.id, day, reminder)
        return result

    async def _question_of_the_day(
        self, reminder: Reminder, day: str
    ) -> tuple[Role, Question, str | None]:
        history = await self.database.call(
            self.interviews.list_interviews, reminder.user_id, HISTORY_LOOKBACK, 0
        )
        roles = self.roles
        role_id = next((item.role_id for item in history if item.role_id in roles), None)
        role = roles.get(role_id or self.default_role_id) or next(iter(roles.values()))
        scored = [item for item in history if item.scores]
        focus = weakest_dimension([item.scores for item in scored if item.scores])
        overalls = [item.overall for item in scored if item.overall is not None]
        overall = mean(overalls) if overalls else None
        seed = f"{reminder.user_id}:{day}"
        question = await choose_question(
            self.questions, role, focus, overall, reminder.seen_question_ids, seed
        )
        return role, question, focus

    async def _changed(self, user_id: int) -> None:
        for listener in list(self._listeners):
            try:
                await listener(user_id)
            except Exception:
                log.exception("reminder listener failed for user %s", user_id)

    def _when(self, instant: datetime, zone: str) -> Message:
        local = instant.astimezone(ZoneInfo(zone))
        today = self.clock.now().astimezone(ZoneInfo(zone)).date()
        clock_time = local.strftime("%H:%M")
        if local.date() == today:
            return TODAY_AT(time=clock_time)
        if local.date() == today + timedelta(days=1):
            return TOMORROW_AT(time=clock_time)
        return ON_DAY_AT(day=local.date(), time=clock_time)


def _find_question(role: Role | None, question_id: str) -> Question | None:
    if role is None:
        return None
    try:
        return role.question(question_id)
    except KeyError:
        return None


def _daily_context(
    role: Role, question: Question, text: str, audio: AudioFacts | None, language: str
) -> TurnContext:
    """A one-question thread, so any interviewer can assess a daily answer like any other."""
    asked = Turn(TurnKind.QUESTION, 1, question.id, question.difficulty, question.text)
    answered = Turn(TurnKind.ANSWER, 1, question.id, question.difficulty, text, audio=audio)
    return TurnContext(
        role=role,
        question=question,
        thread=(asked, answered),
        earlier=(),
        follow_ups_left=0,
        language=language,
    )
