"""What a runner sends the in-sandbox harness and how it reads the harness's one result line.

Shared by every runner that runs ``engine/coding/harness.py`` (bubblewrap here, Piston there):
the submission goes in as JSON with a per-run token; the result comes back as
``<token> <JSON>`` and is trusted only with that token in front.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict
from importlib import resources
from typing import Any

from pydantic import JsonValue

from engine.coding.model import CaseResult, RunResult, Submission, Verdict

MESSAGE_CHARS = 300


def harness_source() -> str:
    """The harness program's source, as sent into the sandbox."""
    return resources.files("engine.coding").joinpath("harness.py").read_text(encoding="utf-8")


def new_token() -> str:
    """A per-run token: a result line without it is not the harness's."""
    return secrets.token_hex(16)


def encode(submission: Submission, token: str) -> bytes:
    """The harness's stdin for this submission."""
    payload = {
        "token": token,
        "code": submission.code,
        "function": submission.function,
        "limits": asdict(submission.limits),
        "tests": [
            {"name": t.name, "args": list(t.args), "expected": t.expected, "visible": t.visible}
            for t in submission.tests
        ],
    }
    return json.dumps(payload).encode()


def decode(output: bytes | str, token: str, submission: Submission) -> RunResult | None:
    """The run's result from the harness's output, or None when no line carries the token."""
    text = output.decode("utf-8", "replace") if isinstance(output, bytes) else output
    for line in reversed(text.splitlines()):
        head, _, body = line.partition(" ")
        if head == token:
            try:
                return _result(json.loads(body), submission)
            except (ValueError, TypeError, KeyError) as error:
                return ended(Verdict.CRASHED, submission, f"unreadable harness result: {error}")
    return None


def _result(data: dict[str, Any], submission: Submission) -> RunResult:
    visible = {test.name: test.visible for test in submission.tests}
    cases = tuple(
        CaseResult(
            name=str(case["name"]),
            visible=visible.get(str(case["name"]), False),
            verdict=Verdict(case["verdict"]),
            got=_json(case.get("got")) if visible.get(str(case["name"]), False) else None,
            error=clip(str(case.get("error", ""))),
            seconds=float(case.get("seconds", 0.0)),
        )
        for case in data["cases"]
    )
    return RunResult(
        verdict=Verdict(data["verdict"]),
        cases=cases,
        seconds=float(data.get("seconds", 0.0)),
        peak_memory_mb=float(data.get("peak_memory_mb", 0.0)),
        message=clip(str(data.get("message", ""))),
    )


def _json(value: Any) -> JsonValue:
    return value  # the harness parsed it from JSON


def ended(verdict: Verdict, submission: Submission, message: str) -> RunResult:
    """A run that ended before the harness could judge: no test passed, each marked not run."""
    cases = tuple(
        CaseResult(name=test.name, visible=test.visible, verdict=Verdict.NOT_RUN)
        for test in submission.tests
    )
    return RunResult(verdict=verdict, cases=cases, message=clip(message))


def clip(text: str, limit: int = MESSAGE_CHARS) -> str:
    """``text`` cut to ``limit`` characters."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
