"""Health reporting: the database, the scheduler, each adapter's connection and the LLM.

The running service answers ``GET /health`` on ``HEALTH_PORT``; ``python -m bots health``
asks that endpoint (or, with no port configured, checks the database and the LLM itself) and
exits 0 when healthy, 1 otherwise — what a container HEALTHCHECK needs. The LLM's line names
the provider and its models and says whether it answers; an LLM that does not answer is
reported as degraded but never makes the service unhealthy, since the offline interviewer
answers in its place (see ``bots.llm``).
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web
from sqlalchemy import Engine, text

Probe = Callable[[], tuple[bool, str]]


def database_probe(engine: Engine) -> Probe:
    """A probe that runs ``SELECT 1``."""

    def probe() -> tuple[bool, str]:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:  # any failure means unhealthy, with its class as detail
            return False, type(error).__name__
        return True, "ok"

    return probe


@dataclass
class Health:
    """Named probes, checked on demand."""

    probes: dict[str, Probe] = field(default_factory=dict)

    def add(self, name: str, probe: Probe) -> None:
        """Register a component's probe."""
        self.probes[name] = probe

    async def report(self) -> tuple[bool, dict[str, str]]:
        """Run every probe (off the event loop) and return overall health and details."""
        # A copy: a component may add its probe while these run (the scheduler starts last).
        probes = dict(self.probes)
        results = await asyncio.gather(*(asyncio.to_thread(p) for p in probes.values()))
        details = {
            name: detail if ok else f"FAIL: {detail}"
            for name, (ok, detail) in zip(probes, results, strict=True)
        }
        return all(ok for ok, _ in results), details


async def serve(health: Health, port: int) -> web.AppRunner:
    """Serve ``GET /health`` on 127.0.0.1 and 0.0.0.0's ``port``; return the runner to clean up."""

    async def handle(_request: web.Request) -> web.Response:
        ok, details = await health.report()
        body = {"status": "ok" if ok else "unhealthy", **details}
        return web.json_response(body, status=200 if ok else 503)

    app = web.Application()
    app.router.add_get("/health", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "0.0.0.0", port).start()
    return runner


def check(port: int | None, engine: Engine | None, llm: Probe | None = None) -> tuple[bool, str]:
    """The health command: ask the running service, or check the database (and the LLM)."""
    if port is not None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as reply:
                return True, reply.read().decode()
        except urllib.error.HTTPError as error:
            return False, error.read().decode()
        except OSError as error:
            return False, json.dumps({"status": "unreachable", "error": str(error)})
    assert engine is not None
    ok, detail = database_probe(engine)()
    body = {"status": "ok" if ok else "unhealthy", "database": detail}
    if llm is not None:
        llm_ok, body["llm"] = llm()
        ok = ok and llm_ok
        body["status"] = "ok" if ok else "unhealthy"
    return ok, json.dumps(body)
