"""The harness's comparison and the runner's reading of its result line (pure, no sandbox)."""

from __future__ import annotations

import json

import pytest

from engine.coding.harness import same
from engine.coding.model import RunLimits, Submission, TestCase, Verdict
from engine.coding.protocol import decode, encode, ended, harness_source

TESTS = (
    TestCase("seen", (1,), 2, visible=True),
    TestCase("hidden", (2,), 3, visible=False),
)
SUBMISSION = Submission("python", "def f(x):\n    return x + 1\n", "f", TESTS, RunLimits())
TOKEN = "a" * 32


def line(token: str, **overrides: object) -> str:
    result = {
        "verdict": "passed",
        "cases": [
            {"name": "seen", "visible": True, "verdict": "passed", "got": 2, "seconds": 0.001},
            {"name": "hidden", "visible": True, "verdict": "passed", "got": 3, "seconds": 0.001},
        ],
        "seconds": 0.01,
        "peak_memory_mb": 9.5,
        "message": "",
    } | overrides
    return f"{token} {json.dumps(result)}\n"


@pytest.mark.parametrize(
    ("got", "expected", "equal"),
    [
        (0.1 + 0.2, 0.3, True),
        (1e-12, 0.0, True),
        (1.001, 1.0, False),
        (2, 2.0, True),
        (True, 1, False),
        (1, True, False),
        ([1, [2.0000000001]], [1, [2]], True),
        ([1, 2], [1, 2, 3], False),
        ({"a": 1}, {"a": 1.0}, True),
        ({"a": 1}, {"b": 1}, False),
        ("1", 1, False),
        (None, None, True),
        (float("nan"), float("nan"), True),
    ],
)
def test_results_compare_as_json_with_a_float_tolerance(
    got: object, expected: object, equal: bool
) -> None:
    assert same(got, expected) is equal


def test_the_submission_goes_in_with_its_token_and_expected_values() -> None:
    payload = json.loads(encode(SUBMISSION, TOKEN))
    assert payload["token"] == TOKEN
    assert payload["tests"][1] == {"name": "hidden", "args": [2], "expected": 3, "visible": False}
    assert payload["limits"]["wall_seconds"] == 5.0


def test_only_the_line_with_the_token_is_read_and_hidden_results_stay_hidden() -> None:
    forged = line("b" * 32, verdict="failed")
    result = decode("noise\n" + line(TOKEN) + forged, TOKEN, SUBMISSION)
    assert result is not None
    assert result.verdict is Verdict.PASSED
    assert [case.got for case in result.cases] == [2, None]  # the task says which are hidden
    assert [case.visible for case in result.cases] == [True, False]
    assert result.peak_memory_mb == 9.5


def test_no_token_no_result_and_a_garbled_line_is_a_crash() -> None:
    assert decode(line("b" * 32), TOKEN, SUBMISSION) is None
    assert decode("", TOKEN, SUBMISSION) is None
    garbled = decode(f"{TOKEN} {{not json", TOKEN, SUBMISSION)
    assert garbled is not None and garbled.verdict is Verdict.CRASHED
    odd = decode(line(TOKEN, verdict="won"), TOKEN, SUBMISSION)
    assert odd is not None and odd.verdict is Verdict.CRASHED


def test_an_ended_run_marks_every_test_not_run() -> None:
    result = ended(Verdict.TIMEOUT, SUBMISSION, "x" * 1000)
    assert [case.verdict for case in result.cases] == [Verdict.NOT_RUN] * 2
    assert len(result.message) <= 300 and result.passed == 0


def test_the_harness_source_is_shipped_with_the_package() -> None:
    source = harness_source()
    compile(source, "harness.py", "exec")
    assert "def main(" in source
