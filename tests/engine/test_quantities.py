"""What counts as a quantity an answer gives: figures, not the numbers of a list or a phone."""

from __future__ import annotations

import pytest

from engine.rubric_words import reading
from engine.text import quantities


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We cut returns by 12% in 3 months.", 2),
        ("I lead a department of seven teachers.", 1),
        ("Survey scores were 3, 4 and 5.", 3),
        # a list's item numbers count nothing
        ("Checklist: 1. Read the answer 2. Score every part 3. Send it on", 0),
        ("1) Map the process 2) Find the waits 3) Fix the worst one first", 0),
        # nor does a phone number
        ("Call me on +44 7700 900123 any time.", 0),
        ("Reach me at +1 (415) 555-0132 after work.", 0),
        # numbers written with a hyphen, fractions and zero are quantities in words too
        ("We answered within forty-eight hours.", 1),
        ("Twenty-five people signed up, about two-thirds of the class.", 2),
        ("Calls fell by a third and refunds by a quarter.", 2),
        ("Three-quarters of the team joined, one fifth of them remote.", 2),
        ("We shipped with zero defects.", 1),
        # an ordinal or a period named alone is not a fraction, nor a verb a quantity
        ("It was the third time she called, the last quarter of the year.", 0),
        ("Now I always double-check the status, never half-hearted.", 0),
        # digits inside a word are no quantity, a number grouped in thousands is one, and rows of
        # numbers run together by commas are data
        ("Build 3f2a9c1e went out with k8s; ref KNRW64TFHIQDKLZVEBQWG4TP.", 0),
        ("We served 1,200,000 users.", 1),
        ("p95 fell to 300 ms.", 2),
        ("454,334,628,997,518 and 12,455,78,9,310", 0),
        # nor do an item's number in a sentence, a reference or a setting
        ("You accept: (1) it is recorded as read (2) nothing is asked.", 0),
        ("I have an accommodation on file (ref ACC-2291).", 0),
        ("The cipher used rails=3 and no key.", 0),
    ],
)
def test_quantities(text: str, count: int) -> None:
    assert quantities(text) == count


def test_a_french_number_with_a_hyphen_is_a_quantity() -> None:
    with reading("fr"):
        assert quantities("Nous avons formé vingt-cinq agents en trois semaines.") == 2
