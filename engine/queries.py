"""Read-only queries the adapters may make besides the entry point: roles, history, progress,
export. They change nothing, so they need no turn of the user's."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from engine.candidate import Material
from engine.database import Database
from engine.models import Interview, Report
from engine.ports import InterviewRepository, InterviewSummary, UserKey
from engine.profiles import Profiles
from engine.roles import InterviewType, Role, RoleFileError, default_roles, translated
from engine.tailoring import ranked_roles

__all__ = [
    "InterviewSummary",
    "InterviewType",
    "Material",
    "PastInterview",
    "Queries",
    "Role",
    "RoleFileError",
    "Tailoring",
    "default_roles",
]

PROGRESS_LIMIT = 50
HISTORY_PAGE = 5


@dataclass(frozen=True)
class PastInterview:
    """The latest interview with what is known about it, for exporting."""

    interview: Interview
    report: Report | None
    role_name: str
    started_at: datetime | None


@dataclass(frozen=True)
class Tailoring:
    """Whether a user can have a tailored interview, and the roles in the order to offer them."""

    available: bool  # a CV or a job is stored
    roles: tuple[Role, ...]  # the best match for the job (else the CV) first
    has_job: bool = False

    @property
    def suggested(self) -> Role | None:
        """The role to preselect (None when nothing is stored)."""
        return self.roles[0] if self.available and self.roles else None


class Queries:
    """What a user may look up: the roles on offer, their past interviews and scores."""

    def __init__(
        self,
        roles: dict[str, Role],
        repository: InterviewRepository,
        profiles: Profiles,
        database: Database,
    ) -> None:
        """Queries over ``roles`` and what ``repository`` stores."""
        self.roles = roles
        self.repository = repository
        self.profiles = profiles
        self.database = database

    async def history(self, key: UserKey, page: int = 1) -> tuple[list[InterviewSummary], int, int]:
        """One page of the user's interviews, newest first: (items, page, pages)."""
        profile = await self.profiles.get(key)
        total = await self.database.call(self.repository.count_interviews, profile.id)
        pages = max(1, math.ceil(total / HISTORY_PAGE))
        page = min(max(1, page), pages)
        items = await self.database.call(
            self.repository.list_interviews, profile.id, HISTORY_PAGE, (page - 1) * HISTORY_PAGE
        )
        return items, page, pages

    async def progress(self, key: UserKey) -> list[InterviewSummary]:
        """Finished interviews with scores, oldest first (for the progress chart)."""
        profile = await self.profiles.get(key)
        items = await self.database.call(
            self.repository.list_interviews, profile.id, PROGRESS_LIMIT, 0
        )
        return [item for item in reversed(items) if item.scores and item.status != "active"]

    async def last_interview(self, key: UserKey) -> PastInterview | None:
        """The user's latest interview and its report (for exporting the transcript)."""
        profile = await self.profiles.get(key)
        interview = await self.database.call(self.repository.latest_interview, profile.id)
        if interview is None or interview.id is None:
            return None
        report = await self.database.call(self.repository.get_report, interview.id)
        newest = await self.database.call(self.repository.list_interviews, profile.id, 1, 0)
        started = newest[0].started_at if newest and newest[0].id == interview.id else None
        role = self.roles.get(interview.config.role_id)
        name = translated(role, interview.config.language).name if role else ""
        return PastInterview(interview, report, name, started)

    async def tailoring(self, key: UserKey) -> Tailoring:
        """Whether the user can have a tailored interview, and the roles, best match first."""
        material = await self.material(key)
        if material.empty:
            return Tailoring(False, tuple(self.roles.values()))
        ranked = ranked_roles(self.roles.values(), material)
        return Tailoring(True, tuple(ranked), has_job=bool(material.job_text))

    async def material(self, key: UserKey) -> Material:
        """The user's stored CV and job texts and what was read from them."""
        profile = await self.profiles.get(key)
        return await self.database.call(self.repository.material, profile.id)
