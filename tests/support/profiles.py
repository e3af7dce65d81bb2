"""A stand-in ProfileReader for tests: skills are the words of a small list found in the text."""

from __future__ import annotations

import re

from engine.candidate import CvProfile, JobProfile, Position

KNOWN_SKILLS = ("python", "go", "sql", "kubernetes", "terraform", "kafka", "postgresql")
SENIORITIES = ("junior", "senior", "lead")


def found_skills(text: str) -> tuple[str, ...]:
    """The known skills ``text`` names, in the list's order."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return tuple(skill for skill in KNOWN_SKILLS if skill in words)


class WordListReader:
    """Reads a fixed, predictable profile out of a text; counts its calls."""

    name = "word-list"

    def __init__(self) -> None:
        """A reader that has read nothing yet."""
        self.calls: list[tuple[str, str]] = []  # (kind, text)

    async def read_cv(self, text: str) -> CvProfile:
        """The known skills; "Acme Payments" as a job when named."""
        self.calls.append(("cv", text))
        positions = (Position("Staff Engineer", "Acme Payments", 2019, 2024),)
        return CvProfile(
            skills=found_skills(text),
            positions=positions if "Acme Payments" in text else (),
            achievements=tuple(line for line in text.splitlines() if " ms" in line),
        )

    async def read_job(self, text: str) -> JobProfile:
        """The known skills as must-haves; the first seniority word named."""
        self.calls.append(("job", text))
        words = set(re.findall(r"[a-z]+", text.lower()))
        seniority = next((level for level in SENIORITIES if level in words), None)
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        return JobProfile(title=first_line[:80], must_have=found_skills(text), seniority=seniority)
