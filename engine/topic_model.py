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
    bias=-1.5833,
    weights=(
        4.8311,
        2.0013,
        -1.1451,
        0.5397,
        0.6242,
        -0.6993,
        -0.9856,
    ),
)
