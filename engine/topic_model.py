"""The weights of the topicality models (``engine/topicality.py``), trained on the dev sets:
one for questions with an example answer, one for questions without.

Written by ``python -m bench.train_topicality``; do not edit by hand.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TopicModel:
    """A logistic model: bias and one weight per feature of ``TopicFeatures.vector``."""

    bias: float
    weights: tuple[float, ...]


TOPIC_MODEL = TopicModel(
    bias=-2.5490,
    weights=(
        3.2343,
        1.7544,
        -0.8675,
        -0.7566,
        0.4330,
        -0.6113,
        -1.0970,
        4.7897,
        0.1121,
        4.6776,
    ),
)

TOPIC_MODEL_BY_QUESTION = TopicModel(
    bias=-2.5036,
    weights=(
        3.8880,
        1.6534,
        -0.8081,
        -0.4712,
        0.3402,
        -0.4521,
        -1.0824,
        4.3808,
        0.7809,
        3.5998,
    ),
)
