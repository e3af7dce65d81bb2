"""Generalisation: attacks in families the detector was not built from, and their look-alikes.

Every attack (``tests/security/families.py``) is spotted, alone and inside a real answer; what
is left once it is removed steers no more and holds no scrap of it; it never lifts the offline
score above the same answer without it. Every ordinary answer is left alone, word for word.
"""

from __future__ import annotations

import re

import pytest

from engine.injection import looks_like_injection, without_injection
from engine.text import normalize
from tests.security.families import ATTACKS, CARRIED, ORDINARY
from tests.security.injection import PAIRS, WEAK, Pair, _embedded
from tests.security.test_injection_honest_dev import offline_overall

FAMILY_PAIRS = [
    *(
        Pair(kind, "backend_engineer", "be-t3", CARRIED.get(kind, WEAK), text)
        for kind, text in ATTACKS.items()
    ),
    *(
        _embedded(kind, text, n)
        for n, (kind, text) in enumerate(ATTACKS.items())
        if kind not in CARRIED  # an attack carrying an answer is its own base
    ),
]
assert not {pair.kind for pair in FAMILY_PAIRS} & {pair.kind for pair in PAIRS}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("text", ATTACKS.values(), ids=ATTACKS.keys())
def test_an_attack_of_a_new_family_is_spotted(text: str) -> None:
    assert looks_like_injection(text)
    assert looks_like_injection(normalize(text))


@pytest.mark.parametrize("pair", FAMILY_PAIRS, ids=[pair.kind for pair in FAMILY_PAIRS])
def test_removal_leaves_the_answer_and_no_scrap_of_the_attack(pair: Pair) -> None:
    assert looks_like_injection(pair.attack)
    left = without_injection(pair.attack)
    assert not looks_like_injection(left)
    assert sorted(_words(left) - _words(pair.base)) == []


@pytest.mark.parametrize("pair", FAMILY_PAIRS, ids=[pair.kind for pair in FAMILY_PAIRS])
def test_an_attack_of_a_new_family_never_lifts_the_offline_score(pair: Pair) -> None:
    assert offline_overall(pair, pair.attack) <= offline_overall(pair, pair.base)


@pytest.mark.parametrize("text", ORDINARY.values(), ids=ORDINARY.keys())
def test_an_ordinary_look_alike_is_not_an_injection(text: str) -> None:
    assert not looks_like_injection(text)
    assert without_injection(text).split() == text.split()
