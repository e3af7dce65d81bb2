"""The interview service: the one entry point adapters call.

It loads and stores interviews through the repository, calls the interviewer (falling
back to the offline one), runs the pure state machine and returns actions to render.
One lock per user keeps a user's messages strictly in order; different users never wait
for each other.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import ParamSpec, TypeVar

from cachetools import LRUCache
from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_fixed

from engine import interview as machine
from engine.actions import Action, Heard, Notice, ShowHistory, ShowReport
from engine.audio import probe_audio, speech_stats
from engine.context import turn_context
from engine.feedback import build_report
from engine.locks import KeyedLocks
from engine.models import Assessment, AudioFacts, Interview, InterviewConfig, Report, Status
from engine.ports import (
    AlreadyHandled,
    Interviewer,
    InterviewerError,
    InterviewRepository,
    ReceivedUpdate,
    ReportContext,
    StorageError,
    TurnContext,
    UpdateRef,
    UserKey,
    UserProfile,
)
from engine.providers.offline import OfflineInterviewer
from engine.roles import InterviewType, Role
from engine.speech import AudioError, SpeechToText, TranscriptionError
from engine.text import normalize

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")

FALLBACK_NOTICE = (
    "(The AI interviewer is unavailable right now, so the built-in interviewer is standing "
    "in. Your answers are all kept.)"
)
TRANSCRIPTION_FAILED = (
    "Sorry, I couldn't transcribe that voice note. Please try again or type your answer."
)
NOTHING_HEARD = (
    "I couldn't make out any words in that voice note — could you try again, a little "
    "closer to the microphone?"
)
STILL_RUNNING = "Your interview is still in progress. Use /end to finish it and get feedback now."
NOT_ALLOWED = "Sorry — this bot is private. Ask its owner to add you to the allow-list."
TOO_FAST = (
    "You're sending answers very quickly — the limit is {limit} a minute. Please wait a "
    "moment and send that answer again."
)
NO_INTERVIEW = "You have no interview in progress. Start one with /interview."
ROLE_GONE = (
    "That interview's role is no longer offered, so I can't go on with it or write its report. "
    "Start a new one with /interview."
)
DATABASE_DOWN = "Sorry — I couldn't reach my database just now. Please try again in a moment."
DB_RETRY_SECONDS = 0.5
WHERE_WE_ARE = "Here's where we are:"
MAX_ANSWER_CHARS = 20_000
HISTORY_PAGE = 5
CACHE_SIZE = 10_000


class VoiceRejected(ValueError):
    """A voice note that could not be used; the message tells the user why."""


class ServiceUnavailable(RuntimeError):
    """Storage is unreachable; the message asks the user to try again."""


@dataclass(frozen=True)
class ServiceConfig:
    """Tunable limits of the service."""

    follow_up_limit: int = 3
    default_questions: int = 5
    max_questions: int = 10
    llm_timeout_seconds: float = 45.0
    stt_timeout_seconds: float = 60.0
    max_voice_seconds: float = 300.0
    max_voice_bytes: int = 20 * 1024 * 1024
    turns_per_minute: int = 20
    allowed_users: frozenset[str] | None = None  # "123" (any platform) or "telegram:123"


class InterviewService:
    """Runs interviews for users of any platform."""

    def __init__(
        self,
        roles: dict[str, Role],
        repository: InterviewRepository,
        interviewer: Interviewer,
        speech: SpeechToText | None = None,
        config: ServiceConfig | None = None,
        seed_source: random.Random | None = None,
    ) -> None:
        """The service over ``roles``, storing through ``repository``, judging with
        ``interviewer`` (the offline one stands in when it fails) and transcribing with
        ``speech``; ``seed_source`` fixes question order in tests."""
        self.roles = roles
        self.repository = repository
        self.interviewer = interviewer
        self.stand_in = OfflineInterviewer()
        self.speech = speech
        self.config = config or ServiceConfig()
        self._seeds = seed_source or random.SystemRandom()
        self._locks: KeyedLocks[UserKey] = KeyedLocks()
        # Read-through caches: this process is the only writer, and every write goes
        # through the service (under the user's lock), so they never go stale.
        self._turn_limit = RateLimitItemPerMinute(self.config.turns_per_minute)
        self._turn_limiter = MovingWindowRateLimiter(MemoryStorage())
        self._profiles: LRUCache[UserKey, UserProfile] = LRUCache(CACHE_SIZE)
        self._active: LRUCache[UserKey, Interview | None] = LRUCache(CACHE_SIZE)

    def refusal(self, key: UserKey) -> str | None:
        """Why this user may not use the bot (the allow-list), or None when they may."""
        allowed = self.config.allowed_users
        if allowed is None:
            return None
        if key.platform_user_id in allowed or f"{key.platform}:{key.platform_user_id}" in allowed:
            return None
        return NOT_ALLOWED

    def lock(self, key: UserKey) -> asyncio.Lock:
        """The lock that keeps one user's turns in order."""
        return self._locks(key)

    async def user(self, key: UserKey, display_name: str = "") -> UserProfile:
        """The stored profile of a user (created on first contact)."""
        profile = self._profiles.get(key)
        if profile is None:
            profile = await self.db(self.repository.get_or_create_user, key, display_name)
            self._profiles[key] = profile
        return profile

    async def active(self, key: UserKey) -> Interview | None:
        """The user's interview in progress, if any."""
        if key in self._active:
            return self._active[key]
        profile = await self.user(key)
        interview = await self.db(self.repository.active_interview, profile.id)
        self._active[key] = interview
        return interview

    async def start(
        self,
        key: UserKey,
        role_id: str,
        interview_type: InterviewType | None = None,
        difficulty: int = 2,
        questions: int | None = None,
        display_name: str = "",
    ) -> list[Action]:
        """Start a new interview (ending any in progress) and ask the first question."""
        role = self.roles.get(role_id)
        if role is None:
            return [Notice(f"I don't know the role “{role_id}”. See /roles for the list.")]
        if interview_type is not None and interview_type not in role.interview_types:
            kinds = ", ".join(k.value for k in role.interview_types)
            return [Notice(f"{role.name} interviews can be: {kinds}, or mixed.")]
        count = questions or self.config.default_questions
        if not 1 <= count <= self.config.max_questions:
            return [Notice(f"An interview can have 1 to {self.config.max_questions} questions.")]
        if not 1 <= difficulty <= 3:
            return [Notice("Difficulty goes from 1 (warm-up) to 3 (hard).")]
        async with self.lock(key):
            profile = await self.user(key, display_name)
            config = InterviewConfig(
                role_id=role.id,
                interview_type=interview_type,
                difficulty=difficulty,
                question_count=count,
                follow_up_limit=self.config.follow_up_limit,
                language=profile.language,
                seed=self._seeds.randrange(2**31),
            )
            interview, actions = machine.start(config, role)
            stored = await self.db(self.repository.create_interview, profile.id, interview)
            self._active[key] = stored
            kind = interview_type.value.replace("_", " ") if interview_type else "mixed"
            intro = Notice(
                f"Starting a {kind} interview for {role.name}: {count} question(s), "
                f"difficulty {difficulty}. Answer in your own words; you can skip a question, "
                "redo your last answer or end at any time (see help)."
            )
            return [intro, *actions]

    async def answer(
        self,
        key: UserKey,
        text: str,
        audio: AudioFacts | None = None,
        *,
        source: UpdateRef | None = None,
    ) -> list[Action]:
        """Take an answer to the current question and reply with the next turn.

        ``source`` (the update the answer came in) makes it exactly-once: an update replayed
        after a crash gets the question that is waiting instead of being stored again.
        """
        text = normalize(text)
        if not text:
            return [Notice("That message was empty — please type your answer.")]
        notices: list[Action] = []
        if len(text) > MAX_ANSWER_CHARS:
            text = text[:MAX_ANSWER_CHARS]
            notices.append(
                Notice(f"That was very long, so I kept the first {MAX_ANSWER_CHARS:,} characters.")
            )
        if not self._turn_limiter.hit(self._turn_limit, key.platform, key.platform_user_id):
            return [Notice(TOO_FAST.format(limit=self.config.turns_per_minute))]
        async with self.lock(key):
            interview, role, recovered = await self._load_active(key)
            if interview is None or role is None:
                return recovered or [Notice(NO_INTERVIEW)]
            before = interview
            interview = machine.record_answer(interview, text, audio)
            try:
                # Committed (with its update claimed) before any reply is produced.
                await self._save(key, interview, before, source)
            except AlreadyHandled:
                log.info("answer of %s was stored before; repeating the question", source)
                return _waiting(before, recovered)
            interview, actions = await self._assess_and_advance(key, interview, role)
            return recovered + notices + actions

    async def answer_voice(
        self, key: UserKey, audio: bytes, filename: str, *, source: UpdateRef | None = None
    ) -> list[Action]:
        """Transcribe a voice answer, echo what was heard and take it as the answer."""
        if await self.active(key) is None:
            return [Notice(NO_INTERVIEW)]
        try:
            heard, facts = await self.transcribe(key, audio, filename)
        except VoiceRejected as problem:
            return [Notice(str(problem))]
        return [Heard(heard), *await self.answer(key, heard, facts, source=source)]

    async def transcribe(self, key: UserKey, audio: bytes, filename: str) -> tuple[str, AudioFacts]:
        """What a voice note says, with its pace and fillers; VoiceRejected says why not."""
        if self.speech is None:
            raise VoiceRejected("Voice answers are not available here — please type your answer.")
        try:
            info = probe_audio(
                audio,
                max_bytes=self.config.max_voice_bytes,
                max_seconds=self.config.max_voice_seconds,
            )
            profile = await self.user(key)
            transcript = await asyncio.wait_for(
                self.speech.transcribe(audio, filename=filename, language=profile.language),
                self.config.stt_timeout_seconds,
            )
        except AudioError as error:  # also a header that lied about the length, found decoding
            raise VoiceRejected(str(error)) from error
        except (TimeoutError, TranscriptionError) as error:
            log.warning("transcription failed", exc_info=True)
            raise VoiceRejected(TRANSCRIPTION_FAILED) from error
        heard = normalize(transcript.text)
        if not heard:
            raise VoiceRejected(NOTHING_HEARD)
        pace, fillers, _ = speech_stats(heard, info.duration_seconds)
        facts = AudioFacts(
            duration_seconds=round(info.duration_seconds, 1),
            words_per_minute=pace,
            filler_count=fillers,
            provider=transcript.provider,
        )
        return heard, facts

    def voice_precheck(self, duration_seconds: float | None, size_bytes: int | None) -> str | None:
        """A friendly refusal when a voice note's announced size or length is over the limits."""
        if size_bytes is not None and size_bytes > self.config.max_voice_bytes:
            limit = self.config.max_voice_bytes // (1024 * 1024)
            return f"That voice note is too large — the limit is {limit} MB. Please send a shorter one."  # noqa: E501
        if duration_seconds is not None and duration_seconds > self.config.max_voice_seconds:
            minutes = self.config.max_voice_seconds / 60
            return (
                f"That voice note is longer than {minutes:g} minutes — please keep answers shorter."
            )
        if (duration_seconds is not None and duration_seconds <= 0) or size_bytes == 0:
            return "That voice note is empty — please record your answer again."
        return None

    async def skip(self, key: UserKey, *, source: UpdateRef | None = None) -> list[Action]:
        """Skip the current question (once per ``source`` update, as :meth:`answer`)."""
        return await self._step(key, lambda interview, role: machine.skip(interview, role), source)

    async def redo(self, key: UserKey, *, source: UpdateRef | None = None) -> list[Action]:
        """Take back the last answer and ask its question again (once per ``source``)."""
        return await self._step(key, lambda interview, _role: machine.redo(interview), source)

    async def end(self, key: UserKey, *, source: UpdateRef | None = None) -> list[Action]:
        """End the interview now and report on what was answered (once per ``source``)."""
        async with self.lock(key):
            interview, role, recovered = await self._load_active(key)
            if interview is None or role is None:
                return recovered or [Notice(NO_INTERVIEW)]
            ended = machine.end(interview)
            try:
                await self._save(key, ended, interview, source)
            except AlreadyHandled:
                return _waiting(interview, recovered)
            report = await self._report(ended, role)
            return [*recovered, Notice("Interview ended."), ShowReport(report)]

    async def feedback(self, key: UserKey) -> list[Action]:
        """The report of the latest finished interview (written now if it is missing)."""
        async with self.lock(key):
            profile = await self.user(key)
            latest = await self.db(self.repository.latest_interview, profile.id)
            if latest is None:
                return [Notice("No interviews yet — start one with /interview.")]
            if latest.status is Status.ACTIVE:
                return [Notice(STILL_RUNNING)]
            assert latest.id is not None
            report = await self.db(self.repository.get_report, latest.id)
            if report is None:
                role = self.roles.get(latest.config.role_id)
                if role is None:
                    return [Notice(ROLE_GONE)]
                report = await self._report(latest, role)
            return [ShowReport(report)]

    async def history(self, key: UserKey, page: int = 1) -> list[Action]:
        """One page of past interviews, newest first."""
        profile = await self.user(key)
        total = await self.db(self.repository.count_interviews, profile.id)
        pages = max(1, math.ceil(total / HISTORY_PAGE))
        page = min(max(1, page), pages)
        items = await self.db(
            self.repository.list_interviews, profile.id, HISTORY_PAGE, (page - 1) * HISTORY_PAGE
        )
        if not items:
            return [Notice("No interviews yet — start one with /interview.")]
        return [ShowHistory(tuple(items), page, pages)]

    async def current_question(self, key: UserKey) -> list[Action]:
        """Repeat the current question (resuming after a restart if an answer was pending)."""
        async with self.lock(key):
            interview, _role, recovered = await self._load_active(key)
            if interview is None:
                return recovered or [Notice(NO_INTERVIEW)]
            return _waiting(interview, recovered)

    async def resume(self, key: UserKey) -> list[Action]:
        """What a crash kept from the user: the question waiting, else the latest report."""
        async with self.lock(key):
            interview, _role, recovered = await self._load_active(key)
            if interview is not None:
                return _waiting(interview, recovered)
            if recovered:
                return recovered
        return await self.feedback(key)

    async def set_preferences(
        self,
        key: UserKey,
        *,
        voice: bool | None = None,
        language: str | None = None,
        timezone: str | None = None,
    ) -> UserProfile:
        """Change voice replies, language or time zone (an IANA name, already validated)."""
        profile = await self.user(key)
        profile = replace(
            profile,
            voice_replies=profile.voice_replies if voice is None else voice,
            language=profile.language if language is None else language,
            timezone=profile.timezone if timezone is None else timezone,
        )
        await self.db(self.repository.update_user, profile)
        self._profiles[key] = profile
        return profile

    async def delete_user(self, key: UserKey) -> int:
        """Delete every stored row of the user; return how many rows went."""
        async with self.lock(key):
            profile = await self.user(key)
            removed = await self.db(self.repository.delete_user, profile.id)
            self._profiles.pop(key, None)
            self._active.pop(key, None)
            return removed

    async def receive_update(
        self, source: UpdateRef, payload: dict[str, object], sender: str | None = None
    ) -> bool:
        """Keep an update until it is finished; False for a redelivery of one received before."""
        return await self.db(self.repository.receive_update, source, payload, sender)

    async def forget_updates(self, older_than: timedelta) -> int:
        """Drop the record of updates finished longer than ``older_than`` ago."""
        return await self.db(self.repository.forget_updates, older_than)

    async def finish_update(self, source: UpdateRef) -> None:
        """Mark a received update as fully processed."""
        await self.db(self.repository.finish_update, source)

    async def unfinished_updates(self, platform: str) -> list[ReceivedUpdate]:
        """Updates received but never finished (the process stopped), oldest first."""
        return await self.db(self.repository.unfinished_updates, platform)

    async def _step(
        self,
        key: UserKey,
        transition: Callable[[Interview, Role], tuple[Interview, list[Action]]],
        source: UpdateRef | None = None,
    ) -> list[Action]:
        async with self.lock(key):
            interview, role, recovered = await self._load_active(key)
            if interview is None or role is None:
                return recovered or [Notice(NO_INTERVIEW)]
            try:
                changed, actions = transition(interview, role)
            except machine.InterviewStateError as error:
                return [*recovered, Notice(str(error))]
            try:
                await self._save(key, changed, interview, source)
            except AlreadyHandled:  # a replay after a crash: it was done already
                return _waiting(interview, recovered)
            if changed.status is Status.COMPLETED:
                actions.append(ShowReport(await self._report(changed, role)))
            return recovered + actions

    async def _load_active(
        self, key: UserKey
    ) -> tuple[Interview | None, Role | None, list[Action]]:
        """The active interview, first finishing any answer a restart left unassessed."""
        interview = await self.active(key)
        if interview is None:
            return None, None, []
        role = self.roles.get(interview.config.role_id)
        if role is None:
            return None, None, [Notice(ROLE_GONE)]
        if interview.pending_answer is None:
            return interview, role, []
        interview, actions = await self._assess_and_advance(key, interview, role)
        if interview.status is not Status.ACTIVE:
            return None, None, actions
        return interview, role, actions

    async def _assess_and_advance(
        self, key: UserKey, interview: Interview, role: Role
    ) -> tuple[Interview, list[Action]]:
        before = interview
        context = turn_context(interview, role)
        assessment, fell_back = await self.assess(context)
        actions: list[Action] = []
        if fell_back and not interview.fallback_notified:
            interview = replace(interview, fallback_notified=True)
            actions.append(Notice(FALLBACK_NOTICE))
        interview, next_actions = machine.apply_assessment(interview, role, assessment)
        await self._save(key, interview, before)
        actions += next_actions
        if interview.status is Status.COMPLETED:
            actions.append(ShowReport(await self._report(interview, role)))
        return interview, actions

    async def assess(self, context: TurnContext) -> tuple[Assessment, bool]:
        """The interviewer's assessment, or the offline stand-in's (True) when it fails."""
        try:
            return await asyncio.wait_for(
                self.interviewer.assess(context), self.config.llm_timeout_seconds
            ), False
        except (InterviewerError, TimeoutError) as error:
            log.warning("interviewer failed, offline stand-in answers: %s", error)
            return await self.stand_in.assess(context), True

    async def _report(self, interview: Interview, role: Role) -> Report:
        context = ReportContext(role=role, interview=interview, language=interview.config.language)
        if not interview.answers:
            draft = await self.stand_in.write_report(context)
        else:
            try:
                draft = await asyncio.wait_for(
                    self.interviewer.write_report(context), self.config.llm_timeout_seconds
                )
            except (InterviewerError, TimeoutError) as error:
                log.warning("report writer failed, offline stand-in writes it: %s", error)
                draft = await self.stand_in.write_report(context)
        report = build_report(interview, role, draft)
        assert interview.id is not None
        await self.db(self.repository.save_report, interview.id, report)
        return report

    async def _save(
        self,
        key: UserKey,
        interview: Interview,
        before: Interview,
        source: UpdateRef | None = None,
    ) -> None:
        """Store what changed between ``before`` and ``interview`` in one transaction."""
        changed = [
            (index, turn)
            for index, turn in enumerate(interview.turns)
            if index >= len(before.turns) or before.turns[index] is not turn
        ]
        try:
            await self.db(self.repository.save_interview, interview, changed, source)
        except BaseException:
            self._active.pop(key, None)  # unsure what was stored: read it again next time
            raise
        self._active[key] = interview if interview.status is Status.ACTIVE else None

    async def db(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a repository call off the event loop, retrying once if the database hiccups."""
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(StorageError),
                stop=stop_after_attempt(2),
                wait=wait_fixed(DB_RETRY_SECONDS),
                before_sleep=lambda state: log.warning(
                    "database call failed (attempt %d)",
                    state.attempt_number,
                    exc_info=state.outcome.exception() if state.outcome else None,
                ),
                reraise=True,
            ):
                with attempt:
                    return await asyncio.to_thread(function, *args, **kwargs)
        except StorageError:
            log.warning("database call failed (attempt 2)", exc_info=True)
            raise ServiceUnavailable(DATABASE_DOWN) from None
        raise AssertionError("unreachable")  # reraise=True: the last error propagates


def _waiting(interview: Interview, recovered: list[Action]) -> list[Action]:
    """What a restart recovered for the user, else the question that is waiting."""
    return recovered or machine.repeat_prompt(interview, WHERE_WE_ARE)
