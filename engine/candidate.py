"""What the candidate gives about themselves and the job they want: their CV and a job ad.

The texts are the user's own (personal data); the profiles are what is read out of them, by the
LLM or by the offline reader. Tailored questions and the report's fit section work from both.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MaterialKind(StrEnum):
    """Which text a user gave."""

    CV = "cv"
    JOB = "job"


@dataclass(frozen=True)
class Position:
    """One job on a CV."""

    title: str
    employer: str
    start_year: int | None = None
    end_year: int | None = None  # None: to the present (or unknown when start_year is too)


@dataclass(frozen=True)
class Education:
    """One degree or qualification on a CV."""

    degree: str
    institution: str = ""
    year: int | None = None


@dataclass(frozen=True)
class CvProfile:
    """What a CV shows: skills and tools (canonical lowercase names), jobs, numbers, degrees."""

    skills: tuple[str, ...] = ()
    positions: tuple[Position, ...] = ()
    achievements: tuple[str, ...] = ()  # sentences with numbers, as written in the CV
    education: tuple[Education, ...] = ()


@dataclass(frozen=True)
class JobProfile:
    """What a job description asks for."""

    title: str = ""
    must_have: tuple[str, ...] = ()  # skills, canonical lowercase names
    nice_to_have: tuple[str, ...] = ()
    seniority: str | None = None  # junior | mid | senior | lead
    domain: str = ""


@dataclass(frozen=True)
class Material:
    """A user's stored CV and job: the texts as given and the profiles read from them."""

    cv_text: str = ""
    job_text: str = ""
    cv: CvProfile | None = None
    job: JobProfile | None = None

    @property
    def empty(self) -> bool:
        """True when the user gave neither a CV nor a job."""
        return not (self.cv_text or self.job_text)
