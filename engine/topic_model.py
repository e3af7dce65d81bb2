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
    bias=-2.3975,
    weights=(
        2.9968,
        1.4136,
        -0.9581,
        -0.8473,
        0.3188,
        -0.7081,
        -1.0089,
        4.6688,
        0.4994,
        4.1693,
    ),
)

TOPIC_MODEL_BY_QUESTION = TopicModel(
    bias=-2.5398,
    weights=(
        3.5415,
        1.0465,
        -0.8777,
        -0.5939,
        0.2449,
        -0.5141,
        -1.0338,
        4.7853,
        1.5749,
        3.2104,
    ),
)
