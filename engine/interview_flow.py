"""The interview flow: start, answer, skip, redo, end and report, over storage and the judge.

It loads and stores interviews through the repository, has answers judged (the offline
interviewer standing in when the LLM fails), runs the pure state machine, gets the main
questions it decides are due from the question source, and returns actions.
It takes no locks: the entry point calls it in the user's turn, one turn at a time.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from cachetools import LRUCache

from engine import interview as machine
from engine.actions import (
    Action,
    AskQuestion,
    Hint,
    Notice,
    ShowCodeCheck,
    ShowExample,
    ShowReport,
)
from engine.answer_language import language_of
from engine.candidate import Material
from engine.coding.answers import as_answer_text, clean, code_answer
from engine.coding.round import CodingRound
from engine.context import turn_context
from engine.database import Database
from engine.events import Origin, StartInterview
from engine.judge import FALLBACK_NOTICE, Judge
from engine.labels import MIXED, TAILORED_KIND, type_label
from engine.languages import ENGLISH, OFFLINE, language_name
from engine.messages import Key, Message
from engine.models import TAILORED, AudioFacts, Interview, InterviewConfig, Report, Status
from engine.ports import (
    AlreadyHandled,
    ExampleContext,
    InterviewRepository,
    QuestionRequest,
    QuestionSource,
    TurnContext,
    UpdateRef,
    UserKey,
)
from engine.profiles import CACHE_SIZE, Profiles
from engine.providers.code_runners import NoRunner
from engine.questions import BANK
from engine.roles import InterviewType, Role, translated
from engine.tailoring import requirements
from engine.text import normalize

log = logging.getLogger(__name__)

STILL_RUNNING = Key("interview.still-running")
NO_INTERVIEW = Key("interview.none")
NO_INTERVIEWS_YET = Key("interview.none-yet")
ROLE_GONE = Key("interview.role-gone")
UNKNOWN_ROLE = Key("interview.unknown-role", ("role",))
KINDS_OFFERED = Key("interview.kinds-offered", ("role", "kinds"))
QUESTION_COUNT = Key("interview.question-count", ("most",))
DIFFICULTY_RANGE = Key("interview.difficulty-range")
STARTING = Key("interview.starting", ("kind", "role", "count", "difficulty"), plural="count")
ENDED = Key("interview.ended")
IN_ENGLISH = Key("interview.in-english")
SWITCH_OFFER = Key("answer.other-language", ("language", "code"))
WHERE_WE_ARE = Key("lead.where-we-are")
EMPTY_ANSWER = Key("answer.empty")
TOO_LONG = Key("answer.too-long", ("limit",))
MAX_ANSWER_CHARS = 20_000
NOT_YOURS = Key("hint.not-yours")
HINT_INSTEAD = Key("example.hint-instead")
NO_EXAMPLE = Key("example.none", ("number",))
NOTHING_ANSWERED = Key("example.nothing-answered")
NO_MATERIAL = Key("interview.no-material")
TAILORED_TO = {
    (True, True): Key("interview.tailored-to.both"),
    (True, False): Key("interview.tailored-to.cv"),
    (False, True): Key("interview.tailored-to.job"),
}

Transition = Callable[[Interview], tuple[Interview, list[Action]]]


@dataclass(frozen=True)
class FlowConfig:
    """Tunable limits of interviews."""

    follow_up_limit: int = 3
    default_questions: int = 5
    max_questions: int = 10
    # Languages interviews run in: those with banks, or every one when the LLM translates.
    languages: frozenset[str] = OFFLINE


class InterviewFlow:
    """Runs interviews for users of any platform (one call at a time per user)."""

    def __init__(
        self,
        roles: dict[str, Role],
        questions: QuestionSource,
        repository: InterviewRepository,
        judge: Judge,
        profiles: Profiles,
        database: Database,
        config: FlowConfig | None = None,
        seeds: random.Random | None = None,
        coding: CodingRound | None = None,
    ) -> None:
        """Interviews over ``roles`` asking ``questions``, stored through ``repository`` and
        judged by ``judge``; code answers run by ``coding`` (none: reviewed without running);
        ``seeds`` fixes question order in tests."""
        self.coding = coding or CodingRound(NoRunner())
        self.roles = roles
        self.questions = questions
        self.repository = repository
        self.judge = judge
        self.profiles = profiles
        self.database = database
        self.config = config or FlowConfig()
        self._seeds = seeds or random.SystemRandom()
        # Read-through cache: every write goes through here in the user's turn, so it never
        # goes stale in one process; with replicas each turn starts by forgetting it.
        self._active: LRUCache[UserKey, Interview | None] = LRUCache(CACHE_SIZE)

    def _role(self, config: InterviewConfig) -> Role | None:
        """The interview's role, worded in the interview's language."""
        role = self.roles.get(config.role_id)
        return translated(role, config.language) if role is not None else None

    def forget(self, key: UserKey) -> None:
        """Drop what is cached about the user's interview (read it again next time)."""
        self._active.pop(key, None)

    async def active(self, key: UserKey) -> Interview | None:
        """The user's interview in progress, if any."""
        if key in self._active:
            return self._active[key]
        profile = await self.profiles.get(key)
        interview = await self.database.call(self.repository.active_interview, profile.id)
        self._active[key] = interview
        return interview

    async def start(
        self,
        key: UserKey,
        request: StartInterview,
        name: str = "",
        update: UpdateRef | None = None,
    ) -> list[Action]:
        """Start a new interview and ask the first question.

        An interview in progress is ended first, with its report when it holds answers, so
        starting again never loses the feedback on what was answered. ``update`` (the one
        that asked) is claimed with the new interview, so a replayed start starts nothing.
        """
        role = self.roles.get(request.role)
        if role is None:
            return [Notice(UNKNOWN_ROLE(role=request.role))]
        kinds = [kind.value for kind in role.interview_types]
        if request.kind not in (None, MIXED, *kinds):
            return [Notice(KINDS_OFFERED(role=role.name, kinds=", ".join(kinds)))]
        interview_type = None if request.kind in (None, MIXED) else InterviewType(request.kind)
        count = request.questions or self.config.default_questions
        if not 1 <= count <= self.config.max_questions:
            return [Notice(QUESTION_COUNT(most=self.config.max_questions))]
        if not 1 <= request.difficulty <= 3:
            return [Notice(DIFFICULTY_RANGE())]
        if update is not None and await self.database.call(
            self.repository.update_handled, update
        ):  # a replay after a crash: it was started already
            return await self.resume(key)
        profile = await self.profiles.get(key, name)
        material = None
        if request.tailored:
            material = await self.database.call(self.repository.material, profile.id)
            if material.empty:
                return [Notice(NO_MATERIAL())]
        finished = await self._end_unfinished(key)
        # Where neither a bank nor the LLM speaks the user's language, it is in English (said).
        language = profile.language if profile.language in self.config.languages else ENGLISH
        english_only = [Notice(IN_ENGLISH())] if language != profile.language else []
        role = translated(role, language)
        config = InterviewConfig(
            role_id=role.id,
            interview_type=interview_type,
            difficulty=request.difficulty,
            question_count=count,
            follow_up_limit=self.config.follow_up_limit,
            language=language,
            seed=self._seeds.randrange(2**31),
            source=TAILORED if material is not None else BANK,
            requirements=requirements(material) if material is not None else (),
        )
        interview, actions = await self._ask_next(key, Interview(config=config), role)
        try:
            stored = await self.database.call(
                self.repository.create_interview, profile.id, interview, update
            )
        except AlreadyHandled:  # a replay after a crash: it was started already
            return await self.resume(key)
        self._active[key] = stored
        kind = type_label(
            TAILORED_KIND if material else interview_type.value if interview_type else None
        )
        intro = Notice(
            STARTING(kind=kind, role=role.name, count=count, difficulty=request.difficulty)
        )
        tailored = [Notice(_tailored_to(material))] if material is not None else []
        return [*finished, *english_only, intro, *tailored, *_stamped(actions, stored)]

    async def answer(
        self,
        key: UserKey,
        text: str,
        audio: AudioFacts | None = None,
        update: UpdateRef | None = None,
    ) -> list[Action]:
        """Take an answer to the current question and reply with the next turn.

        ``update`` (the one the answer came in) makes it exactly-once: an update replayed after
        a crash gets the question that is waiting instead of being stored again.
        """
        if not normalize(text):
            return [Notice(EMPTY_ANSWER())]
        interview, role, recovered = await self._load_active(key)
        if interview is None or role is None:
            return recovered or [Notice(NO_INTERVIEW())]
        # Code keeps its lines and indentation; prose has its whitespace collapsed.
        text = coded(text) if awaits_code(interview) else normalize(text)
        notices: list[Action] = []
        if len(text) > MAX_ANSWER_CHARS:
            text = text[:MAX_ANSWER_CHARS]
            notices.append(Notice(TOO_LONG(limit=MAX_ANSWER_CHARS)))
        before = interview
        interview = machine.record_answer(interview, text, audio)
        try:
            # Committed (with its update claimed) before any reply is produced.
            await self._save(key, interview, before, update)
        except AlreadyHandled:
            log.info("answer of %s was stored before; repeating the question", update)
            return _waiting(before, recovered)
        offer = _switch_offer(before, text) if not awaits_code(before) else []
        interview, actions = await self._assess_and_advance(key, interview, role)
        return recovered + notices + actions + offer

    async def skip(self, key: UserKey, update: UpdateRef | None = None) -> list[Action]:
        """Skip the current question (once per ``update``, as :meth:`answer`)."""
        return await self._step(key, machine.skip, update)

    async def redo(self, key: UserKey, update: UpdateRef | None = None) -> list[Action]:
        """Take back the last answer and ask its question again (once per ``update``)."""
        return await self._step(key, machine.redo, update)

    async def hint(self, key: UserKey) -> list[Action]:
        """A hint on the question waiting for an answer (noted for the report)."""
        return await self._aside(key, machine.hint)

    async def example(self, key: UserKey, before: Origin | None = None) -> list[Action]:
        """An example answer to the question answered or skipped last, and why it is strong.

        With ``before`` (a button under a question) it is the question before that one. Before
        any answer it is the current question's hint instead; with no interview in progress,
        the latest interview's last question's.
        """
        interview, role, recovered = await self._load_active(key)
        active = interview is not None
        if interview is None or role is None:
            interview, role = await self._latest(key)
        if interview is None or role is None:
            return recovered or [Notice(NO_INTERVIEW())]
        if before is not None and before.interview_id != interview.id:
            return [*recovered, Hint(NOT_YOURS())]
        number = _question_before(interview, before) or machine.example_target(interview)
        if number is None:
            if not active:
                return [*recovered, Notice(NOTHING_ANSWERED())]
            return recovered + await self._aside(key, lambda i: machine.hint(i, HINT_INSTEAD()))
        question = interview.question(number)
        context = ExampleContext(role, question, interview.config.language)
        example = await self.judge.example_answer(context)
        if example is None:
            return [*recovered, Notice(NO_EXAMPLE(number=number))]
        noted = machine.record_example(interview, number, example.text)
        if active and noted is not interview:
            await self._save(key, noted, interview)
        code = question.type is InterviewType.CODING
        shown = ShowExample(number, question.text, example.text, example.why, code)
        return [*recovered, shown]

    async def end(self, key: UserKey, update: UpdateRef | None = None) -> list[Action]:
        """End the interview now and report on what was answered (once per ``update``)."""
        interview, role, recovered = await self._load_active(key)
        if interview is None or role is None:
            return recovered or [Notice(NO_INTERVIEW())]
        ended = machine.end(interview)
        try:
            await self._save(key, ended, interview, update)
        except AlreadyHandled:
            return _waiting(interview, recovered)
        report = await self._report(ended, role)
        return [*recovered, Notice(ENDED()), ShowReport(report)]

    async def _end_unfinished(self, key: UserKey) -> list[Action]:
        """End the interview in progress with its report, if it has answers; else nothing."""
        interview = await self.active(key)
        if interview is None or not interview.answers:
            return []  # storing the new interview ends an empty one
        return await self.end(key)

    async def feedback(self, key: UserKey) -> list[Action]:
        """The report of the latest finished interview (written now if it is missing)."""
        profile = await self.profiles.get(key)
        latest = await self.database.call(self.repository.latest_interview, profile.id)
        if latest is None:
            return [Notice(NO_INTERVIEWS_YET())]
        if latest.status is Status.ACTIVE:
            return [Notice(STILL_RUNNING())]
        assert latest.id is not None
        report = await self.database.call(self.repository.get_report, latest.id)
        if report is None:
            role = self._role(latest.config)
            if role is None:
                return [Notice(ROLE_GONE())]
            report = await self._report(latest, role)
        return [ShowReport(report)]

    async def current_question(self, key: UserKey) -> list[Action]:
        """The question waiting (after finishing an answer a restart left); [] with none."""
        interview, _role, recovered = await self._load_active(key)
        if interview is None:
            return recovered
        return _waiting(interview, recovered)

    async def resume(self, key: UserKey) -> list[Action]:
        """What a crash kept from the user: the question waiting, else the latest report."""
        interview, _role, recovered = await self._load_active(key)
        if interview is not None:
            return _waiting(interview, recovered)
        return recovered or await self.feedback(key)

    async def misplaced(self, key: UserKey, origin: Origin, earlier: Action) -> list[Action] | None:
        """Why a button or form may not act (with ``earlier`` and the current question), else None.

        It acts only on the user's interview in progress and, when it names one, its prompt.
        """
        interview = await self.active(key)
        if interview is None or interview.id != origin.interview_id:
            return [Hint(NOT_YOURS())]
        if origin.position is not None and origin.position != interview.prompt_position:
            return [earlier, *await self.current_question(key)]
        return None

    async def delete_user(self, key: UserKey) -> int:
        """Delete every stored row of the user; return how many rows went."""
        profile = await self.profiles.get(key)
        removed = await self.database.call(self.repository.delete_user, profile.id)
        self.profiles.forget(key)
        self._active.pop(key, None)
        return removed

    async def _step(
        self, key: UserKey, transition: Transition, update: UpdateRef | None
    ) -> list[Action]:
        interview, role, recovered = await self._load_active(key)
        if interview is None or role is None:
            return recovered or [Notice(NO_INTERVIEW())]
        try:
            changed, actions = transition(interview)
        except machine.InterviewStateError as error:
            return [*recovered, Notice(error.message)]
        changed, asked = await self._ask_next(key, changed, role)
        actions += asked
        try:
            await self._save(key, changed, interview, update)
        except AlreadyHandled:  # a replay after a crash: it was done already
            return _waiting(interview, recovered)
        if changed.status is Status.COMPLETED:
            actions.append(ShowReport(await self._report(changed, role)))
        return recovered + _stamped(actions, changed)

    async def _aside(self, key: UserKey, transition: Transition) -> list[Action]:
        """Show something beside the exchange (a hint); it never moves the interview on."""
        interview, role, recovered = await self._load_active(key)
        if interview is None or role is None:
            return recovered or [Notice(NO_INTERVIEW())]
        try:
            changed, actions = transition(interview)
        except machine.InterviewStateError as error:
            return [*recovered, Notice(error.message)]
        if changed is not interview:
            await self._save(key, changed, interview)
        return recovered + actions

    async def _latest(self, key: UserKey) -> tuple[Interview | None, Role | None]:
        """The user's latest interview (finished, when none is in progress) and its role."""
        profile = await self.profiles.get(key)
        latest = await self.database.call(self.repository.latest_interview, profile.id)
        if latest is None:
            return None, None
        return latest, self._role(latest.config)

    async def _load_active(
        self, key: UserKey
    ) -> tuple[Interview | None, Role | None, list[Action]]:
        """The active interview, first finishing any answer a restart left unassessed."""
        interview = await self.active(key)
        if interview is None:
            return None, None, []
        role = self._role(interview.config)
        if role is None:
            return None, None, [Notice(ROLE_GONE())]
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
        actions: list[Action] = []
        checked = await self._check_code(interview, context)
        if checked is not None:
            context = replace(context, check=checked.check)
            actions.append(checked)
        assessment, fell_back = await self.judge.assess(context)
        if context.check is not None:
            assessment = replace(assessment, code=context.check)
        if fell_back and not interview.fallback_notified:
            interview = replace(interview, fallback_notified=True)
            actions.append(Notice(FALLBACK_NOTICE()))
        interview, next_actions = machine.apply_assessment(interview, assessment)
        interview, asked = await self._ask_next(key, interview, role)
        await self._save(key, interview, before)
        actions += _stamped(next_actions + asked, interview)
        if interview.status is Status.COMPLETED:
            actions.append(ShowReport(await self._report(interview, role)))
        return interview, actions

    async def _check_code(self, interview: Interview, context: TurnContext) -> ShowCodeCheck | None:
        """Run and read the pending answer's code, on a coding question (None otherwise)."""
        pending = interview.pending_answer
        if pending is None or context.question.type is not InterviewType.CODING:
            return None
        checked = await self.coding.check(context.question, pending.text)
        if checked is None:
            return None
        answer, check = checked
        return ShowCodeCheck(pending.question_number, check, answer.code)

    async def _ask_next(
        self, key: UserKey, interview: Interview, role: Role
    ) -> tuple[Interview, list[Action]]:
        """Ask the main question the machine decided is due (if one is), from the source.

        The source avoids what this interview asked and prefers what the user was never asked
        in their earlier interviews for the role; a question a redo took back after it was
        shown is asked again instead.
        """
        due = machine.next_question(interview)
        if due is None:
            return interview, []
        shown = machine.taken_back(interview, due)
        if shown is not None:
            return machine.ask_next(interview, shown)
        profile = await self.profiles.get(key)
        history = await self.database.call(self.repository.question_history, profile.id, role.id)
        material = None
        if interview.config.tailored:  # read each time: a CV given or cleared since counts
            material = await self.database.call(self.repository.material, profile.id)
        request = question_request(role, interview, due, history, material)
        question = await self.questions.next_question(request)
        return machine.ask_next(interview, question)

    async def _report(self, interview: Interview, role: Role) -> Report:
        report = await self.judge.report(interview, role)
        assert interview.id is not None
        await self.database.call(self.repository.save_report, interview.id, report)
        return report

    async def _save(
        self,
        key: UserKey,
        interview: Interview,
        before: Interview,
        update: UpdateRef | None = None,
    ) -> None:
        """Store what changed between ``before`` and ``interview`` in one transaction."""
        changed = [
            (index, turn)
            for index, turn in enumerate(interview.turns)
            if index >= len(before.turns) or before.turns[index] is not turn
        ]
        try:
            await self.database.call(self.repository.save_interview, interview, changed, update)
        except BaseException:
            self._active.pop(key, None)  # unsure what was stored: read it again next time
            raise
        self._active[key] = interview if interview.status is Status.ACTIVE else None


def question_request(
    role: Role,
    interview: Interview,
    due: machine.NextQuestion,
    history: Mapping[str, datetime] | None = None,
    material: Material | None = None,
) -> QuestionRequest:
    """What to ask a question source for: the main question ``due`` of ``interview``."""
    config = interview.config
    return QuestionRequest(
        role=role,
        types=(config.interview_type,) if config.interview_type else (),
        difficulty=due.difficulty,
        difficulty_range=config.difficulty_range,
        number=due.number,
        seed=f"{config.seed}:{due.number}",
        asked=frozenset(interview.asked_question_ids),
        history=history or {},
        language=config.language,
        material=material,
    )


def awaits_code(interview: Interview) -> bool:
    """Whether the question waiting for an answer is a coding task."""
    number = interview.question_number
    return bool(number) and interview.question(number).type is InterviewType.CODING


def coded(text: str) -> str:
    """An answer to a coding task as stored: its code in one fenced block after the words
    around it (indentation kept), else the text cleaned but not collapsed."""
    answer = code_answer(text)
    return as_answer_text(answer) if answer is not None else clean(text)


def _tailored_to(material: Material) -> Message:
    """What a tailored interview's questions are about: the CV, the job, or both."""
    return TAILORED_TO[(bool(material.cv_text), bool(material.job_text))]()


def _question_before(interview: Interview, origin: Origin | None) -> int | None:
    """The number of the question before the prompt ``origin`` names (None if it names none)."""
    if origin is None or origin.position is None:
        return None
    if not 0 <= origin.position < len(interview.turns):
        return None
    return interview.turns[origin.position].question_number - 1 or None


def _stamped(actions: list[Action], interview: Interview) -> list[Action]:
    """Questions marked with the interview and prompt their buttons will act on."""
    if interview.id is None:
        return actions
    origin = Origin(interview.id, interview.prompt_position)
    return [replace(a, origin=origin) if isinstance(a, AskQuestion) else a for a in actions]


def _waiting(interview: Interview, recovered: list[Action]) -> list[Action]:
    """What a restart recovered for the user, else the question that is waiting."""
    return recovered or _stamped(machine.repeat_prompt(interview, WHERE_WE_ARE()), interview)


def _switch_offer(interview: Interview, answer: str) -> list[Action]:
    """An answer in another language the bot speaks is kept and scored as it is; the first
    one in that language gets the offer to go on in it."""
    spoken = language_of(answer)
    if spoken is None or spoken == interview.config.language:
        return []
    if any(language_of(earlier.text) == spoken for earlier in interview.answers):
        return []  # offered already
    return [Hint(SWITCH_OFFER(language=language_name(spoken), code=spoken))]
