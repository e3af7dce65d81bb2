"""The weights of the topicality model (``engine/topicality.py``), trained on the dev sets.

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
    bias=-1.6038,
    weights=(
        4.8765,
        2.0334,
        -1.1528,
        0.5304,
        0.6096,
        -0.5713,
        -0.8146,
    ),
)
