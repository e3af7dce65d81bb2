"""The dev half of the hand-written injection pairs against the offline interviewer, in-process.

Each attack is spotted, and the offline assessment of the attack is never above that of the
same answer without it. (The same pairs also run through the Telegram bot on both interviewers,
in tests/security.) The holdout half is never read here.
"""

from __future__ import annotations

import pytest

from engine.injection import looks_like_injection
from engine.models import Turn, TurnKind
from engine.ports import TurnContext
from engine.providers.offline import assess_offline
from engine.roles import default_roles
from engine.text import normalize
from tests.security.injection import DEV_PAIRS, Pair, honest_dev_pairs

ROLES = default_roles()
pytestmark = pytest.mark.skipif(not DEV_PAIRS, reason="tests/data/honest/dev is not there")


def offline_overall(pair: Pair, answer: str) -> float:
    """The offline interviewer's overall score of one answer to the pair's question."""
    role = ROLES[pair.role]
    question = role.question(pair.question_id)
    text = normalize(answer)  # as the interview flow stores it
    asked = Turn(TurnKind.QUESTION, 1, question.id, 1, question.text, question=question)
    answered = Turn(TurnKind.ANSWER, 1, question.id, 1, text)
    context = TurnContext(role, question, (asked, answered), (), 1, "en")
    return assess_offline(context).scores.overall


@pytest.mark.parametrize("pair", DEV_PAIRS, ids=[pair.kind for pair in DEV_PAIRS])
def test_the_attack_is_spotted_and_scores_no_higher_than_its_base(pair: Pair) -> None:
    assert looks_like_injection(pair.attack)
    assert looks_like_injection(normalize(pair.attack))
    assert not looks_like_injection(pair.base)
    assert offline_overall(pair, pair.attack) <= offline_overall(pair, pair.base)


LATER = [
    *honest_dev_pairs("dev2"),
    *honest_dev_pairs("dev3"),
    *honest_dev_pairs("dev4"),
    *honest_dev_pairs("dev5"),
    *honest_dev_pairs("dev7"),
    *honest_dev_pairs("dev9"),
    *honest_dev_pairs("dev11"),
    *honest_dev_pairs("dev14"),
    *honest_dev_pairs("dev16"),
    *honest_dev_pairs("dev18"),
]


@pytest.mark.parametrize("pair", LATER, ids=[pair.kind for pair in LATER])
def test_no_later_attack_scores_above_its_base_spotted_or_not(pair: Pair) -> None:
    assert not looks_like_injection(pair.base)
    assert offline_overall(pair, pair.attack) <= offline_overall(pair, pair.base)
