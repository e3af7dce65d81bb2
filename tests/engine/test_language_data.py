"""The hand-written Spanish, German and French test data is complete and well formed.

Checks the data only (tests/data/languages/README.md): every file parses, every role and
question exists, the counts and lengths are as stated, and dev and holdout pairs use different
questions. No judge runs here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.roles import default_roles

DATA = Path(__file__).resolve().parents[1] / "data" / "languages"
LANGUAGES = ("es", "de", "fr")
HALVES = ("dev", "holdout")
LABELS = ("confused", "efficient", "chatty", "off_topic", "normal")
PAIRS_PER_HALF = 12
MESSAGES_PER_LABEL = 5
ROLES = default_roles()
FILES = [(language, half) for language in LANGUAGES for half in HALVES]


def load(language: str, half: str, name: str) -> list[dict[str, Any]]:
    """The items of one data file, as a list of mappings."""
    items = yaml.safe_load((DATA / language / half / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(items, list) and all(isinstance(item, dict) for item in items)
    return items


def words(text: str) -> int:
    """How many whitespace-separated words a text has."""
    return len(text.split())


def assert_known_question(item: dict[str, Any]) -> None:
    """The item's role exists and its question_id is in that role's bank."""
    assert item["role"] in ROLES, item
    ROLES[item["role"]].question(item["question_id"])


@pytest.mark.parametrize(("language", "half"), FILES)
def test_pairs_are_complete_and_cover_every_role(language: str, half: str) -> None:
    pairs = load(language, half, "pairs")
    assert len(pairs) == PAIRS_PER_HALF
    for pair in pairs:
        assert set(pair) <= {"role", "question_id", "strong", "weak", "note"}, pair
        assert_known_question(pair)
        assert pair["strong"].strip() and pair["weak"].strip(), pair
        assert 80 <= words(pair["strong"]) <= 200, pair["question_id"]
    assert {pair["role"] for pair in pairs} == set(ROLES)
    assert len({pair["question_id"] for pair in pairs}) == PAIRS_PER_HALF


def question_ids(language: str, half: str) -> set[str]:
    """Every question_id used in one half of a language, pairs and personas together."""
    items = load(language, half, "pairs") + load(language, half, "personas")
    return {item["question_id"] for item in items}


@pytest.mark.parametrize("language", LANGUAGES)
def test_dev_and_holdout_use_different_questions(language: str) -> None:
    assert not question_ids(language, "dev") & question_ids(language, "holdout")


@pytest.mark.parametrize(("language", "half"), FILES)
def test_personas_have_five_messages_per_label(language: str, half: str) -> None:
    messages = load(language, half, "personas")
    for message in messages:
        assert set(message) == {"role", "question_id", "label", "text"}, message
        assert_known_question(message)
        assert message["text"].strip(), message
    assert Counter(message["label"] for message in messages) == dict.fromkeys(
        LABELS, MESSAGES_PER_LABEL
    )


@pytest.mark.parametrize(("language", "half"), FILES)
def test_efficient_and_chatty_messages_keep_their_lengths(language: str, half: str) -> None:
    for message in load(language, half, "personas"):
        if message["label"] == "efficient":
            assert words(message["text"]) <= 50, message["text"]
        if message["label"] == "chatty":
            assert 150 <= words(message["text"]) <= 350, message["question_id"]
