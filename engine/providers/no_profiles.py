"""The stand-in profile reader: reads nothing out of a CV or a job description.

``build_app`` uses it until the real readers (the offline rules and the LLM) are wired in as
its ``profile_reader``; the texts are stored all the same, with empty profiles.
"""

from __future__ import annotations

from engine.candidate import CvProfile, JobProfile


class NoProfileReader:
    """Every CV and job gets an empty profile (replaced when the real readers land)."""

    name = "none"

    async def read_cv(self, text: str) -> CvProfile:
        """An empty CV profile."""
        return CvProfile()

    async def read_job(self, text: str) -> JobProfile:
        """An empty job profile."""
        return JobProfile()
