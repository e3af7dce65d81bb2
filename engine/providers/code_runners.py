"""Which code runner a deployment gets (CODE_RUNNER), and the runner for none."""

from __future__ import annotations

import logging
from typing import Literal

from engine.coding.model import CodeRunner, RunResult, Submission, Verdict
from engine.coding.protocol import ended
from engine.providers.bwrap_runner import BwrapRunner
from engine.providers.piston_runner import PistonRunner

log = logging.getLogger(__name__)

RunnerChoice = Literal["auto", "bwrap", "piston", "none"]
NOT_RUN_MESSAGE = "no code runner is configured: the code is reviewed without running it"


class NoRunner:
    """Runs nothing: every test is NOT_RUN and the review reads the code alone."""

    name = "none"

    async def run(self, submission: Submission) -> RunResult:
        """Every test marked not run."""
        return ended(Verdict.NOT_RUN, submission, NOT_RUN_MESSAGE)


def choose_code_runner(
    choice: RunnerChoice,
    *,
    piston_url: str | None = None,
    piston_version: str = "*",
    concurrency: int = 2,
) -> CodeRunner:
    """The runner ``choice`` names; for ``auto``: Piston when ``piston_url`` is given, else
    bubblewrap when it works on this machine, else none (the log says which, once)."""
    if choice == "none":
        return NoRunner()
    if choice == "piston" or (choice == "auto" and piston_url):
        if not piston_url:
            raise ValueError("PISTON_URL is required for the piston code runner")
        log.info("code runner: piston at %s", piston_url)
        return PistonRunner(piston_url, version=piston_version, concurrency=concurrency)
    bwrap = BwrapRunner(concurrency)
    why = bwrap.probe()
    if not why:
        log.info("code runner: bwrap (%d at a time)", concurrency)
        return bwrap
    if choice == "bwrap":
        log.warning("code runner: bwrap was asked for but does not work here: %s", why)
        return bwrap  # each run then ends CRASHED with bubblewrap's own words
    log.warning("code runner: none (%s); coding answers are reviewed without running", why)
    return NoRunner()
