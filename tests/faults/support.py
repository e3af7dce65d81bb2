"""Helpers for the fault tests: the bot as a real process, and reading the turns table."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from bots.settings import Settings
from fakes.telegram_api import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
WAIT = 15.0

ANSWERS_SQL = """
SELECT s.id, t.position, t.text FROM turns t
JOIN interview_sessions s ON s.id = t.session_id
JOIN users u ON u.id = s.user_id
WHERE u.platform = 'telegram' AND u.platform_user_id = ? AND t.kind = 'answer'
ORDER BY s.id, t.position
"""


def bot_settings(fake: FakeTelegram, database_url: str, **overrides: Any) -> Settings:
    """Settings of an in-process bot on ``fake``: offline providers, no follow-ups."""
    values: dict[str, Any] = {
        "telegram_bot_token": fake.token,
        "telegram_api_root": fake.root,
        "database_url": database_url,
        "llm_provider": "offline",
        "stt_provider": "none",
        "tts_provider": "none",
        "max_followups": 0,
        "default_questions": 3,
        "turns_per_minute": 1000,
    }
    return Settings(_env_file=None, **(values | overrides))


def stored_answers(database: Path, user_id: int) -> list[tuple[int, str]]:
    """(interview id, text) of every answer the user has in a SQLite file, in order."""
    if not database.exists():
        return []
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    try:
        rows = connection.execute(ANSWERS_SQL, (str(user_id),)).fetchall()
    except sqlite3.OperationalError:  # the schema is not there yet
        return []
    finally:
        connection.close()
    return [(session_id, text) for session_id, _position, text in rows]


def offline_settings(database: Path, questions: int, **more: str) -> dict[str, str]:
    """A bot on SQLite with the offline interviewer, no speech, no follow-ups, no turn limit."""
    return {
        "DATABASE_URL": f"sqlite:///{database}",
        "LLM_PROVIDER": "offline",
        "STT_PROVIDER": "none",
        "TTS_PROVIDER": "none",
        "MAX_FOLLOWUPS": "0",
        "DEFAULT_QUESTIONS": str(questions),
        "TURNS_PER_MINUTE": "1000",
        **more,
    }
