"""The CV and the job description: given (pasted or as a file), read, stored, shown, cleared.

A file is checked against the size the platform announced before it is downloaded, then read
in the document reader's limited child process; pasted text is checked for length and for
being only a link. Every refusal is one message naming what to send instead, and nothing is
stored then. The texts are personal data: they are stored and shown to their owner, never
logged. It takes no locks: the entry point calls it in the user's turn.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta

from engine.actions import Action, Hint, MaterialSummary, Notice
from engine.audio import describe_size
from engine.candidate import CvProfile, JobProfile, MaterialKind
from engine.database import Database
from engine.documents.model import LINK_ONLY, TOO_LARGE, TOO_LONG
from engine.documents.reading import (
    DocumentError,
    DocumentLimits,
    looks_like_url_only,
    read_document,
)
from engine.events import FILE_DOWNLOAD_FAILED, DownloadError, GiveMaterial, Upload
from engine.messages import Key, Message, UserFacingError
from engine.ports import Clock, InterviewRepository, MaterialWait, ProfileReader, UserKey
from engine.profiles import Profiles

log = logging.getLogger(__name__)

WHAT = {MaterialKind.CV: Key("material.kind.cv"), MaterialKind.JOB: Key("material.kind.job")}
WAITING = Key("material.waiting", ("what", "minutes"))
STILL_WAITING = Key("material.still-waiting", ("what",))
EXPIRED = Key("material.expired", ("what", "minutes"))
CANCELLED = Key("material.cancelled", ("what",))
NOTHING_TO_CANCEL = Key("material.nothing-to-cancel")
SAVED_FILE = Key("material.saved-file", ("what", "filename"))
SAVED_TEXT = Key("material.saved-text", ("what",))
TOO_SHORT = Key("material.too-short", ("what", "least"))
NONE_STORED = {MaterialKind.CV: Key("material.no-cv"), MaterialKind.JOB: Key("material.no-job")}
CLEARED = Key("material.cleared", ("what",))
NOTHING_TO_CLEAR = Key("material.nothing-to-clear", ("what",))
USE_COMMANDS = Key("material.use-commands")
NOT_READ = Key("material.not-read", ("what",))

WAIT_TIME = timedelta(minutes=10)
MIN_PASTED_CHARS = 100  # a CV or a job advert is longer than a line or two
DOWNLOAD_TIMEOUT_SECONDS = 60.0


class MaterialRefused(UserFacingError):
    """A CV or job that is not stored; the message says why and what to send instead."""


@dataclass(frozen=True)
class ReadMaterial:
    """A CV or job read and ready to store."""

    kind: MaterialKind
    text: str
    profile: CvProfile | JobProfile
    filename: str


def what(kind: MaterialKind) -> Message:
    """The words for a kind of material ("CV", "job description")."""
    return WHAT[kind]()


class MaterialFlow:
    """Takes, keeps and shows users' CVs and job descriptions (one call at a time per user)."""

    def __init__(
        self,
        repository: InterviewRepository,
        profiles: Profiles,
        database: Database,
        reader: ProfileReader,
        clock: Clock,
        limits: DocumentLimits | None = None,
        wait_time: timedelta = WAIT_TIME,
    ) -> None:
        """Materials stored through ``repository``, read into profiles by ``reader``."""
        self.repository = repository
        self.profiles = profiles
        self.database = database
        self.reader = reader
        self.clock = clock
        self.limits = limits or DocumentLimits()
        self.wait_time = wait_time

    # ------------------------------------------------------------------ waiting
    async def wait_for(self, key: UserKey, kind: MaterialKind) -> list[Action]:
        """The user's next text or file is their ``kind``, for the next few minutes."""
        profile = await self.profiles.get(key)
        until = self.clock.now() + self.wait_time
        await self.database.call(self.repository.wait_for_material, profile.id, kind, until)
        return [Hint(WAITING(what=what(kind), minutes=self._minutes))]

    async def awaited(self, key: UserKey) -> tuple[MaterialKind | None, list[Action]]:
        """What the user's next text or file is, if the bot waits for one; a wait that ran out
        is dropped, with a notice saying so."""
        profile = await self.profiles.get(key)
        wait: MaterialWait | None = await self.database.call(
            self.repository.material_wait, profile.id
        )
        if wait is None:
            return None, []
        if wait.until > self.clock.now():
            return wait.kind, []
        await self.database.call(self.repository.stop_material_wait, profile.id)
        return None, [Notice(EXPIRED(what=what(wait.kind), minutes=self._minutes))]

    def still_waiting(self, kind: MaterialKind) -> list[Action]:
        """The reminder that a CV or job is awaited (something else came instead)."""
        return [Hint(STILL_WAITING(what=what(kind)))]

    async def cancel(self, key: UserKey) -> list[Action]:
        """Stop waiting for the user's material."""
        kind, expired = await self.awaited(key)
        if kind is None:
            return expired or [Hint(NOTHING_TO_CANCEL())]
        profile = await self.profiles.get(key)
        await self.database.call(self.repository.stop_material_wait, profile.id)
        return [Notice(CANCELLED(what=what(kind)))]

    # ------------------------------------------------------------------ giving
    async def give(self, key: UserKey, given: tuple[GiveMaterial, ...]) -> list[Action]:
        """Read every given text or file, then store them all; on any refusal, none.

        A refusal while the bot waits keeps it waiting (for a better file), from now on.
        """
        profile = await self.profiles.get(key)
        try:
            read = [await self._read(item) for item in given]
        except MaterialRefused as refusal:
            kind, _ = await self.awaited(key)
            if kind is not None:
                until = self.clock.now() + self.wait_time
                await self.database.call(self.repository.wait_for_material, profile.id, kind, until)
            return [Notice(refusal.message)]
        actions: list[Action] = []
        for item in read:
            await self.database.call(
                self.repository.save_material,
                profile.id,
                item.kind,
                item.text,
                item.profile,
                item.filename,
            )
            log.info("stored a %s (%d characters)", item.kind.value, len(item.text))
            saved = (
                SAVED_FILE(what=what(item.kind), filename=item.filename)
                if item.filename
                else SAVED_TEXT(what=what(item.kind))
            )
            actions += [Notice(saved), _summary(item.kind, item.profile)]
        await self.database.call(self.repository.stop_material_wait, profile.id)
        return actions

    async def _read(self, given: GiveMaterial) -> ReadMaterial:
        """The text and profile of one given CV or job; MaterialRefused says why not."""
        if given.file is not None:
            text = await self._read_file(given.file)
            filename = given.file.filename
        else:
            text, filename = self._pasted(given.kind, given.text), ""
        try:
            profile: CvProfile | JobProfile = (
                await self.reader.read_cv(text)
                if given.kind is MaterialKind.CV
                else await self.reader.read_job(text)
            )
        except Exception as error:
            # Only the error's type: its text may quote the CV (personal data, never logged).
            log.warning("reading a %s failed: %s", given.kind.value, type(error).__name__)
            raise MaterialRefused(NOT_READ(what=what(given.kind))) from None
        return ReadMaterial(given.kind, text, profile, filename)

    async def _read_file(self, upload: Upload) -> str:
        limit = self.limits.max_bytes
        if upload.size_bytes is not None and upload.size_bytes > limit:  # not downloaded
            size, most = describe_size(upload.size_bytes), describe_size(limit)
            raise MaterialRefused(TOO_LARGE(size=size, limit=most))
        try:
            data = await asyncio.wait_for(upload.fetch(), DOWNLOAD_TIMEOUT_SECONDS)
        except DownloadError as error:
            raise MaterialRefused(error.message) from error
        except TimeoutError as error:
            log.warning("a document download timed out")
            raise MaterialRefused(FILE_DOWNLOAD_FAILED()) from error
        try:
            document = await read_document(data, upload.filename, self.limits)
        except DocumentError as error:
            log.info("a document was refused: %s", error.key.id)
            raise MaterialRefused(error.message) from error
        return document.text

    def _pasted(self, kind: MaterialKind, text: str) -> str:
        text = text.strip()
        if looks_like_url_only(text):
            raise MaterialRefused(LINK_ONLY())
        if len(text) < MIN_PASTED_CHARS:
            raise MaterialRefused(TOO_SHORT(what=what(kind), least=MIN_PASTED_CHARS))
        if len(text) > self.limits.max_chars:
            raise MaterialRefused(TOO_LONG(limit=self.limits.max_chars))
        return text

    # ------------------------------------------------------------------ showing, clearing
    async def show(self, key: UserKey, kind: MaterialKind) -> list[Action]:
        """A short summary of what was read from the stored CV or job."""
        profile = await self.profiles.get(key)
        material = await self.database.call(self.repository.material, profile.id)
        stored = material.cv if kind is MaterialKind.CV else material.job
        if stored is None:
            return [Notice(NONE_STORED[kind]())]
        return [_summary(kind, stored)]

    async def clear(self, key: UserKey, kind: MaterialKind) -> list[Action]:
        """Delete the stored CV or job."""
        profile = await self.profiles.get(key)
        removed = await self.database.call(self.repository.clear_material, profile.id, kind)
        message = CLEARED if removed else NOTHING_TO_CLEAR
        return [Notice(message(what=what(kind)))]

    @property
    def _minutes(self) -> int:
        return round(self.wait_time.total_seconds() / 60)


def _summary(kind: MaterialKind, profile: CvProfile | JobProfile) -> MaterialSummary:
    if isinstance(profile, CvProfile):
        return MaterialSummary(kind, cv=profile)
    return MaterialSummary(kind, job=profile)
