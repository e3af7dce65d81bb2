"""Where a button or answer form came from, so one left under an old question acts on nothing."""

from __future__ import annotations

from dataclasses import dataclass

from bots.discord import texts


@dataclass(frozen=True)
class Origin:
    """The interview, and the prompt in it, that a button or answer form was made for."""

    interview_id: int
    position: int | None = None  # Interview.prompt_position; None on buttons made before it
    earlier: str = texts.EARLIER_QUESTION  # said when a later prompt has been shown since
