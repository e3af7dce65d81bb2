"""The health report while the service is still starting its components."""

from __future__ import annotations

from bots.health import Health


async def test_a_probe_added_while_a_report_runs_shows_in_the_next_report() -> None:
    health = Health()

    def first() -> tuple[bool, str]:
        health.add("scheduler", lambda: (True, "running"))  # the runner starts it meanwhile
        return True, "ok"

    health.add("database", first)
    assert await health.report() == (True, {"database": "ok"})
    assert await health.report() == (True, {"database": "ok", "scheduler": "running"})
