"""The one way in: every user input arrives here as an ``Event`` and leaves as actions.

``EntryPoint.handle`` admits the user (the allow-list), keeps each user's events strictly in
order (one turn at a time per user, across replicas too; different users never wait for each
other), routes the event to its
handler (an interview answer, the question of the day's answer, a command, a button) and adds
what the user's settings ask for (spoken questions). Handlers are registered by input type in
one table, so a new kind of input is a new event variant, a handler and one line here.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

from engine.actions import (
    Action,
    AskQuestion,
    Heard,
    Hint,
    Notice,
    OpenAnswerForm,
    Refusal,
    ShowHistory,
    Speak,
)
from engine.coding.answers import from_file, is_code_file
from engine.daily_practice import DailyPractice
from engine.database import DATABASE_DOWN, ServiceUnavailable  # adapters see outages here too
from engine.events import (
    FILE_DOWNLOAD_FAILED,
    AskExample,
    AskHint,
    AwaitMaterial,
    Button,
    ButtonPress,
    Cancel,
    ClearMaterial,
    CurrentQuestion,
    DeleteMyData,
    End,
    Event,
    Feedback,
    FormAnswer,
    GiveMaterial,
    GiveMaterials,
    Hello,
    History,
    Origin,
    Redo,
    RemindAt,
    RemindOff,
    RemindShow,
    Resume,
    SetLanguage,
    SetVoice,
    ShowMaterial,
    Skip,
    StartInterview,
    Text,
    Unreadable,
    Upload,
    Voice,
)
from engine.guards import AllowList, TurnLimit
from engine.interview_flow import NO_INTERVIEWS_YET, NOT_YOURS, InterviewFlow, awaits_code
from engine.languages import language_name, parse_language
from engine.locks import LocalTurnLocks, TurnLocks
from engine.material_flow import USE_COMMANDS, MaterialFlow
from engine.messages import Key, UserFacingError
from engine.models import AudioFacts
from engine.ports import UserKey
from engine.profiles import Profiles
from engine.queries import Queries
from engine.voice_intake import VoiceIntake, VoiceRejected

log = logging.getLogger(__name__)

SORRY = Key("failure.sorry")
VOICE_UNAVAILABLE = Key("voice.replies-unavailable")
DELETED = Key("privacy.deleted", ("count",), plural="count")
NO_SESSION = Key("hint.no-session")
NOT_AN_ANSWER = Key("hint.not-an-answer")
EARLIER_QUESTION = Key("hint.earlier-question")
EARLIER_FORM = Key("hint.earlier-form", ("text",))
VOICE_IS_ON = Key("hint.voice-is-on")
VOICE_IS_OFF = Key("hint.voice-is-off")
VOICE_ON = Key("hint.voice-on")
VOICE_OFF = Key("hint.voice-off")
LANGUAGE_STATE = Key("hint.language-state", ("language",))
LANGUAGE_SET = Key("hint.language-set", ("language",))
CODE_FILE_TOO_LARGE = Key("coding.file-too-large", ("limit",))
MAX_CODE_FILE_BYTES = 64_000
CODE_DOWNLOAD_SECONDS = 30.0

Deliver = Callable[[list[Action]], Awaitable[None]]
Handler = Callable[[Any], Awaitable[list[Action]]]
Answer = Callable[[str, AudioFacts | None], Awaitable[list[Action]]]


class EntryPoint:
    """Takes an event, returns the actions to show; the one way into the engine."""

    def __init__(
        self,
        flow: InterviewFlow,
        daily: DailyPractice,
        voice: VoiceIntake,
        profiles: Profiles,
        queries: Queries,
        material: MaterialFlow,
        allow_list: AllowList | None = None,
        turn_limit: TurnLimit | None = None,
        spoken_questions: bool = False,
        turns: TurnLocks | None = None,
    ) -> None:
        """Route events to ``flow`` and ``daily``; ``spoken_questions`` says TTS is available.

        ``turns`` orders each user's turns (by default within this process only).
        """
        self.flow = flow
        self.daily = daily
        self.voice = voice
        self.profiles = profiles
        self.queries = queries
        self.material = material
        self.allow_list = allow_list or AllowList()
        self.turn_limit = turn_limit or TurnLimit()
        self.spoken_questions = spoken_questions
        self.turns = turns or LocalTurnLocks()
        self._handlers: dict[type, Callable[[Event], Awaitable[list[Action]]]] = {
            Text: self._text,
            Voice: self._voice,
            Upload: self._upload,
            Unreadable: self._unreadable,
            ButtonPress: self._button,
            FormAnswer: self._form,
            Hello: self._hello,
            StartInterview: self._start,
            Skip: lambda event: self.flow.skip(event.sender.key, event.update),
            Redo: lambda event: self.flow.redo(event.sender.key, event.update),
            AskHint: lambda event: self.flow.hint(event.sender.key),
            AskExample: lambda event: self.flow.example(event.sender.key),
            End: lambda event: self.flow.end(event.sender.key, event.update),
            Feedback: lambda event: self.flow.feedback(event.sender.key),
            History: self._history,
            CurrentQuestion: lambda event: self.flow.current_question(event.sender.key),
            Resume: lambda event: self.flow.resume(event.sender.key),
            RemindAt: self._remind_at,
            RemindOff: lambda event: self.daily.disable(event.sender.key),
            RemindShow: lambda event: self.daily.describe(event.sender.key),
            SetVoice: self._set_voice,
            SetLanguage: self._set_language,
            DeleteMyData: self._delete,
            **dict.fromkeys(
                (AwaitMaterial, GiveMaterial, GiveMaterials, ShowMaterial, ClearMaterial, Cancel),
                self._material,
            ),
        }

    async def handle(self, event: Event, deliver: Deliver | None = None) -> list[Action]:
        """The actions answering ``event``, in the user's turn.

        With ``deliver``, the actions are also handed to it before the user's next event
        starts, so one user's replies go out in the order their inputs came. Failures of the
        engine become a friendly notice here; failures of ``deliver`` are the caller's.
        """
        key = event.sender.key
        refusal = self.allow_list.refusal(key)
        if refusal is not None:
            actions: list[Action] = [Refusal(refusal)]
            if deliver is not None:
                await deliver(actions)
            return actions
        async with AsyncExitStack() as turn:
            try:
                await turn.enter_async_context(self.turns(key))
            except ServiceUnavailable:
                log.warning("could not take the user's turn (%s)", type(event.input).__name__)
                actions = [Notice(DATABASE_DOWN())]
            else:
                actions = await self._actions(event)
            if deliver is not None:
                await deliver(actions)
        return actions

    async def _actions(self, event: Event) -> list[Action]:
        key = event.sender.key
        try:
            if self.turns.shared:  # another replica may have changed what this one cached
                await self._refresh(key)
            await self._reachable(key)
            actions = await self._handlers[type(event.input)](event)
            return await self._spoken(key, actions)
        except ServiceUnavailable:
            log.warning("database unavailable while handling a %s", type(event.input).__name__)
            return [Notice(DATABASE_DOWN())]
        except Exception:
            log.exception("handling a %s failed", type(event.input).__name__)
            return [Notice(SORRY())]

    async def _refresh(self, key: UserKey) -> None:
        """Forget what this process cached about the user, so the turn reads it afresh."""
        self.profiles.forget(key)
        self.flow.forget(key)
        await self.daily.forget(key)

    async def _reachable(self, key: UserKey) -> None:
        """The user talks to us: daily prompts resume if they had blocked the bot."""
        try:
            await self.daily.unblock(key)
        except Exception as error:  # the turn itself reports a database outage, once
            log.warning("could not unblock daily prompts for %s: %s", key.platform, error)

    async def _spoken(self, key: UserKey, actions: list[Action]) -> list[Action]:
        """Each question followed by its spoken form, when the user turned voice replies on."""
        if not self.spoken_questions or not any(isinstance(a, AskQuestion) for a in actions):
            return actions
        profile = await self.profiles.get(key)
        if not profile.voice_replies:
            return actions
        # An interview held in English for a user of another language is spoken in English.
        interview = await self.flow.active(key)
        language = interview.config.language if interview is not None else profile.language
        spoken: list[Action] = []
        for action in actions:
            spoken.append(action)
            if isinstance(action, AskQuestion):
                spoken.append(Speak(action.text, language, action.lead))
        return spoken

    # ------------------------------------------------------------------ answers
    async def _answerer(self, key: UserKey, event: Event) -> Answer | None:
        """Where a plain answer goes: the interview, else a waiting question of the day."""
        if await self.flow.active(key) is not None:

            async def interview_answer(text: str, audio: AudioFacts | None) -> list[Action]:
                refusal = await self.turn_limit.refusal(key)
                if refusal is not None:
                    return [Notice(refusal)]
                return await self.flow.answer(key, text, audio, event.update)

            return interview_answer
        if await self.daily.has_pending(key):
            return lambda text, audio: self.daily.answer(key, text, audio)
        return None

    async def _text(self, event: Event) -> list[Action]:
        assert isinstance(event.input, Text)
        key = event.sender.key
        # While the bot waits for a CV or job, typed text is that, never an answer.
        awaited, expired = await self.material.awaited(key)
        if awaited is not None:
            return await self.material.give(key, (GiveMaterial(awaited, event.input.text),))
        answer = await self._answerer(key, event)
        if answer is None:
            return [*expired, Hint(NO_SESSION())]
        return [*expired, *await answer(event.input.text, None)]

    async def _upload(self, event: Event) -> list[Action]:
        upload = event.input
        assert isinstance(upload, Upload)
        key = event.sender.key
        awaited, expired = await self.material.awaited(key)
        if awaited is not None:
            return await self.material.give(key, (GiveMaterial(awaited, file=upload),))
        interview = await self.flow.active(key)
        if interview is not None and awaits_code(interview) and is_code_file(upload.filename):
            # A code file while a coding task waits is its answer, never CV material.
            answer = await self._answerer(key, event)
            if answer is not None:
                try:
                    text = await self._code_of(upload)
                except UserFacingError as problem:
                    return [*expired, Notice(problem.message)]
                return [*expired, *await answer(text, None)]
        # Nothing is downloaded: a file is no answer, and a CV or job comes after its command.
        active = interview is not None
        return [*expired, *([Hint(NOT_AN_ANSWER())] if active else []), Hint(USE_COMMANDS())]

    async def _code_of(self, upload: Upload) -> str:
        """A code file's contents and caption as an answer (refused when it is too large)."""
        if upload.size_bytes is not None and upload.size_bytes > MAX_CODE_FILE_BYTES:
            raise UserFacingError(CODE_FILE_TOO_LARGE(limit=MAX_CODE_FILE_BYTES // 1000))
        try:
            data = await asyncio.wait_for(upload.fetch(), CODE_DOWNLOAD_SECONDS)
        except TimeoutError as error:
            raise UserFacingError(FILE_DOWNLOAD_FAILED()) from error
        if len(data) > MAX_CODE_FILE_BYTES:
            raise UserFacingError(CODE_FILE_TOO_LARGE(limit=MAX_CODE_FILE_BYTES // 1000))
        return from_file(data, upload.caption)

    async def _voice(self, event: Event) -> list[Action]:
        assert isinstance(event.input, Voice)
        key = event.sender.key
        awaited, _ = await self.material.awaited(key)
        if awaited is not None:
            return self.material.still_waiting(awaited)
        answer = await self._answerer(key, event)
        if answer is None:  # nothing is downloaded
            return [Hint(NO_SESSION())]
        profile = await self.profiles.get(key)
        try:
            heard, facts = await self.voice.take(event.input, profile.language)
        except VoiceRejected as problem:
            return [Notice(problem.message)]
        return [Heard(heard), *await answer(heard, facts)]

    async def _unreadable(self, event: Event) -> list[Action]:
        awaited, _ = await self.material.awaited(event.sender.key)
        if awaited is not None:
            return self.material.still_waiting(awaited)
        active = await self.flow.active(event.sender.key) is not None
        return [Hint(NOT_AN_ANSWER() if active else NO_SESSION())]

    async def _button(self, event: Event) -> list[Action]:
        press = event.input
        assert isinstance(press, ButtonPress)
        key = event.sender.key
        if press.button is Button.EXAMPLE:  # for the question before the one it is under
            return await self.flow.example(key, press.origin)
        # End means the interview, from under any of its questions.
        origin = (
            press.origin if press.button is not Button.END else Origin(press.origin.interview_id)
        )
        refused = await self.flow.misplaced(key, origin, Hint(EARLIER_QUESTION()))
        if refused is not None:
            return refused
        if press.button is Button.SKIP:
            return await self.flow.skip(key, event.update)
        if press.button is Button.END:
            return await self.flow.end(key, event.update)
        if press.button is Button.HINT:
            return await self.flow.hint(key)
        interview = await self.flow.active(key)
        prompt = interview.current_prompt if interview else None
        if interview is None or interview.id is None or prompt is None:
            return [Hint(NOT_YOURS())]
        form = OpenAnswerForm(
            origin=Origin(interview.id, interview.prompt_position),
            number=interview.question_number,
            total=interview.config.question_count,
            question=prompt.text,
        )
        return [form]

    async def _form(self, event: Event) -> list[Action]:
        form = event.input
        assert isinstance(form, FormAnswer)
        key = event.sender.key
        # Answered elsewhere while the form was open: give the text back rather than misfile it.
        earlier = Hint(EARLIER_FORM(text=form.text))
        refused = await self.flow.misplaced(key, form.origin, earlier)
        if refused is not None:
            return refused
        answer = await self._answerer(key, event)
        return await answer(form.text, None) if answer else [Hint(NOT_YOURS())]

    # ------------------------------------------------------------------ commands
    async def _hello(self, event: Event) -> list[Action]:
        return []

    async def _start(self, event: Event) -> list[Action]:
        assert isinstance(event.input, StartInterview)
        sender = event.sender
        return await self.flow.start(sender.key, event.input, sender.display_name, event.update)

    async def _history(self, event: Event) -> list[Action]:
        assert isinstance(event.input, History)
        items, page, pages = await self.queries.history(event.sender.key, event.input.page)
        if not items:
            return [Notice(NO_INTERVIEWS_YET())]
        return [ShowHistory(tuple(items), page, pages)]

    async def _remind_at(self, event: Event) -> list[Action]:
        request = event.input
        assert isinstance(request, RemindAt)
        sender = event.sender
        return await self.daily.set_reminder(sender.key, sender.chat_id, request.time, request.zone)

    async def _set_voice(self, event: Event) -> list[Action]:
        request = event.input
        assert isinstance(request, SetVoice)
        key = event.sender.key
        if request.on is None:
            profile = await self.profiles.get(key)
            return [Hint(VOICE_IS_ON() if profile.voice_replies else VOICE_IS_OFF())]
        if request.on and not self.spoken_questions:
            return [Notice(VOICE_UNAVAILABLE())]
        await self.profiles.change(key, voice=request.on)
        return [Hint(VOICE_ON() if request.on else VOICE_OFF())]

    async def _set_language(self, event: Event) -> list[Action]:
        request = event.input
        assert isinstance(request, SetLanguage)
        key = event.sender.key
        if request.code is None:
            profile = await self.profiles.get(key)
            return [Hint(LANGUAGE_STATE(language=language_name(profile.language)))]
        try:
            code = parse_language(request.code)
        except UserFacingError as error:
            return [Notice(error.message)]
        await self.profiles.change(key, language=code)
        return [Hint(LANGUAGE_SET(language=language_name(code)))]

    async def _material(self, event: Event) -> list[Action]:
        key, given = event.sender.key, event.input
        match given:
            case AwaitMaterial():
                return await self.material.wait_for(key, given.kind)
            case GiveMaterial():
                return await self.material.give(key, (given,))
            case GiveMaterials():
                return await self.material.give(key, given.given)
            case ShowMaterial():
                return await self.material.show(key, given.kind)
            case ClearMaterial():
                return await self.material.clear(key, given.kind)
        return await self.material.cancel(key)

    async def _delete(self, event: Event) -> list[Action]:
        key = event.sender.key
        removed = await self.flow.delete_user(key)
        log.info("deleted a user's data (%d rows)", removed)
        return [Notice(DELETED(count=removed))]
