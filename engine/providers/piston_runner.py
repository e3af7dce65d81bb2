"""The code runner on a self-hosted Piston server (``POST {url}/api/v2/execute``).

The same harness as under bubblewrap is sent as the job's only file and the submission as its
stdin; Piston (isolate: namespaces, a cgroup, no network) runs it with ``python3 harness.py``.
The harness writes ``<token> <result>`` on its stdout, which the solution never holds (it
runs in a forked child whose stdout is a pipe to the harness). Piston's own limits back the
harness's up: ``run_timeout`` a little beyond the run's wall clock, ``run_cpu_time`` and
``run_memory_limit`` (bytes, for the whole job) with room for the harness itself.

Piston refuses a limit above its configured maximum (``PISTON_RUN_TIMEOUT``, default 3 s) and
cuts stdout at ``PISTON_OUTPUT_MAX_SIZE`` (default 1024 characters): the README says which to
raise. Any HTTP failure becomes a CRASHED result that says the runner is unavailable.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import aiohttp

from engine.coding.model import RunResult, Submission, Verdict
from engine.coding.protocol import clip, decode, encode, ended, harness_source, new_token

log = logging.getLogger(__name__)

HARNESS_FILE = "harness.py"
TIMEOUT_GRACE_MS = 1_000  # Piston's wall clock, beyond the harness's own
HARNESS_MEMORY_MB = 64  # the harness process and Python's start-up, beyond the solution's
HTTP_GRACE_SECONDS = 10.0  # queueing and start-up on the server, beyond the run itself


class PistonRunner:
    """Runs Python submissions on a Piston server, at most ``concurrency`` at a time."""

    name = "piston"

    def __init__(self, url: str, *, version: str = "*", concurrency: int = 2) -> None:
        """Use the server at ``url`` (its root, without ``/api/v2``) and the Python ``version``
        it should pick (a SemVer selector; ``*`` is the newest installed)."""
        self.url = url.rstrip("/")
        self.version = version
        self._slots = asyncio.Semaphore(concurrency)
        self._source = harness_source()
        self._session: aiohttp.ClientSession | None = None

    async def run(self, submission: Submission) -> RunResult:
        """Send the submission to Piston and read the harness's result from its output."""
        if submission.language != "python":
            return ended(
                Verdict.NOT_RUN, submission, f"the runner runs python, not {submission.language}"
            )
        async with self._slots:
            token = new_token()
            try:
                answer = await self._execute(self._request(submission, token), submission)
            except (aiohttp.ClientError, TimeoutError, ValueError) as error:
                reason = clip(str(error) or type(error).__name__)
                log.warning("piston runner unavailable: %s", reason)
                return ended(Verdict.CRASHED, submission, f"runner unavailable: {reason}")
        if isinstance(answer, RunResult):
            return answer
        return _read(answer, token, submission)

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _request(self, submission: Submission, token: str) -> dict[str, Any]:
        limits = submission.limits
        return {
            "language": "python",
            "version": self.version,
            "files": [{"name": HARNESS_FILE, "content": self._source}],
            "stdin": encode(submission, token).decode(),
            "args": [],
            "run_timeout": int(limits.wall_seconds * 1000) + TIMEOUT_GRACE_MS,
            "run_cpu_time": int(limits.cpu_seconds * 1000) + TIMEOUT_GRACE_MS,
            "run_memory_limit": (limits.memory_mb + HARNESS_MEMORY_MB) * 1024 * 1024,
        }

    async def _execute(
        self, request: dict[str, Any], submission: Submission
    ) -> dict[str, Any] | RunResult:
        """Piston's answer, or a CRASHED result saying why there is none."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        timeout = aiohttp.ClientTimeout(
            total=submission.limits.wall_seconds + HTTP_GRACE_SECONDS, connect=5
        )
        async with self._session.post(
            f"{self.url}/api/v2/execute", json=request, timeout=timeout
        ) as response:
            if response.status != 200:
                text = await response.text()
                reason = f"runner unavailable: Piston answered HTTP {response.status}"
                message = _message(text)
                log.warning("%s %s", reason, message)
                return ended(Verdict.CRASHED, submission, f"{reason} {message}".strip())
            answer = await response.json(content_type=None)
        if not isinstance(answer, dict):
            raise ValueError("Piston's answer is not a JSON object")
        return answer


def _read(answer: dict[str, Any], token: str, submission: Submission) -> RunResult:
    """The harness's result from a Piston answer, or a verdict from Piston's own status."""
    run = answer.get("run")
    if not isinstance(run, dict):
        return ended(Verdict.CRASHED, submission, "Piston's answer has no run stage")
    found = decode(str(run.get("stdout") or ""), token, submission)
    if found is not None:
        return found
    status, signal = run.get("status"), run.get("signal")
    if status == "TO":
        return ended(Verdict.TIMEOUT, submission, "Piston stopped the run at its time limit")
    if status == "OL":
        return ended(
            Verdict.CRASHED,
            submission,
            "the result is longer than Piston's output limit (raise PISTON_OUTPUT_MAX_SIZE)",
        )
    if signal == "SIGKILL" and _near_memory_limit(run, submission):
        return ended(Verdict.MEMORY, submission, "Piston stopped the run at its memory limit")
    detail = run.get("message") or run.get("stderr") or f"exit code {run.get('code')}"
    return ended(Verdict.CRASHED, submission, f"no result from the harness: {clip(str(detail))}")


def _near_memory_limit(run: dict[str, Any], submission: Submission) -> bool:
    used = run.get("memory")
    limit = (submission.limits.memory_mb + HARNESS_MEMORY_MB) * 1024 * 1024
    return isinstance(used, (int, float)) and used >= 0.9 * limit


def _message(text: str) -> str:
    """Piston's error ``message`` (it answers errors as ``{"message": ...}``), clipped."""
    try:
        data = json.loads(text)
    except ValueError:
        return clip(text, 200)
    return clip(str(data.get("message", "")), 200) if isinstance(data, dict) else ""
