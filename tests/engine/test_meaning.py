"""The meaning model: shipped with the install, loaded without any network, and it tells an
answer to the question from a polished answer to its neighbour."""

from __future__ import annotations

import socket
from typing import Any

import numpy as np
import pytest

from engine import meaning
from engine.bank_match import meaning_fit
from engine.roles import default_roles


def test_the_model_loads_from_the_installed_wheel_without_the_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the meaning model tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    meaning._model.cache_clear()
    try:
        assert meaning._model() is not None
        vectors = meaning.embed(["I came in well short of my quota", ""])
    finally:
        meaning._model.cache_clear()
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0)
    assert not vectors[1].any()  # no words, no direction


def test_a_plain_answer_is_closer_in_meaning_than_a_polished_one_to_another_question() -> None:
    role = default_roles()["sales_associate"]
    missed = next(q for q in role.questions if "missed" in q.text and "target" in q.text)
    plain = (
        "Yeah, one quarter I came in well short, I think around seventy percent. Looking back, "
        "I had not booked enough early meetings and a couple of big deals slipped. I started "
        "blocking time every morning for outreach and went through my funnel with my manager "
        "every week. The next quarter was better."
    )
    won = (
        "In Q3 my quota was 450k and I closed 640k, 142% of target and the best result on the "
        "team, by narrowing my territory and booking 38 first meetings in six weeks."
    )
    margins = []
    for answer in (plain, won):
        fit = meaning_fit(answer, missed, role)
        assert fit is not None
        margins.append(fit.asked - fit.best_other)
    assert margins[0] > 0 > margins[1]
