"""The offline profile reader: CVs and job ads read by rules, with no LLM and no network."""

from __future__ import annotations

from engine.candidate import CvProfile, JobProfile
from engine.cv_reading import read_cv
from engine.job_reading import read_job
from engine.skill_vocabulary import SkillVocabulary, default_vocabulary


class OfflineProfileReader:
    """Reads profiles with the skill vocabulary and layout rules (engine/cv_reading.py)."""

    name = "offline"

    def __init__(self, vocabulary: SkillVocabulary | None = None) -> None:
        """A reader using ``vocabulary`` (the product's own by default)."""
        self.vocabulary = vocabulary or default_vocabulary()

    async def read_cv(self, text: str) -> CvProfile:
        """The skills, jobs, achievements and education a CV shows."""
        return read_cv(text, self.vocabulary)

    async def read_job(self, text: str) -> JobProfile:
        """The must-have and nice-to-have skills, seniority and domain a job asks for."""
        return read_job(text, self.vocabulary)
