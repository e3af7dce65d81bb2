"""Misconceptions written per role: each wrong answer is caught, its correct twin is not.

The pairs live in tests/data/claims/<role>.yaml, one list of items with ``question_id``,
``correct`` (a right answer, worded as a candidate would) and ``wrong`` (the same kind of answer
making one of the question's ``must_not_say`` misconceptions).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from engine.claims import check_claims
from engine.roles import default_roles

DATA = Path(__file__).parents[1] / "data" / "claims"
PAIRS = [
    (path.stem, item["question_id"], item["correct"], item["wrong"])
    for path in sorted(DATA.glob("*.yaml"))
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))
]
IDS = [f"{question_id}-{n}" for n, (_, question_id, _, _) in enumerate(PAIRS)]


@pytest.mark.parametrize(("role_id", "question_id", "correct", "wrong"), PAIRS, ids=IDS)
def test_the_correct_answer_contradicts_nothing(
    role_id: str, question_id: str, correct: str, wrong: str
) -> None:
    question = default_roles()[role_id].question(question_id)
    assert [claim.text for claim in check_claims(correct, question).contradicted] == []


@pytest.mark.parametrize(("role_id", "question_id", "correct", "wrong"), PAIRS, ids=IDS)
def test_the_wrong_answer_is_caught(
    role_id: str, question_id: str, correct: str, wrong: str
) -> None:
    question = default_roles()[role_id].question(question_id)
    assert check_claims(wrong, question).contradicted
