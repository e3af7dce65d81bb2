"""A loopback fake of Piston's execute API (``POST /api/v2/execute``) for the Piston runner.

Usage::

    async with FakePiston() as fake:
        runner = PistonRunner(fake.url)
        fake.enqueue_fault("500")

It runs the job's first file with this machine's ``python3`` (no sandbox: tests send only
benign code), feeds it ``stdin`` with the trailing newline Piston adds, kills it at
``run_timeout`` and cuts stdout at ``output_max_size`` -- answering with Piston's shape
(``run.stdout``, ``code``, ``signal``, ``status`` "TO"/"OL", ``message``, ``wall_time``).
Like Piston it refuses a limit above its configured maximum with HTTP 400 and
``{"message": ...}``. Faults apply, in order, to the next requests: "500", "hang" (never
answers until the fake closes), "not_json"; ``stops_at_ms`` makes every job time out that
soon, as a stricter server would.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from collections import deque
from types import TracebackType
from typing import Any, Literal, Self

from aiohttp import web

FaultKind = Literal["500", "hang", "not_json"]


class FakePiston:
    """An aiohttp server on 127.0.0.1 that answers like Piston."""

    def __init__(self, *, run_timeout_max_ms: int = 10_000, output_max_size: int = 65_536) -> None:
        """Configure the limits a real server would read from PISTON_RUN_TIMEOUT and
        PISTON_OUTPUT_MAX_SIZE."""
        self.run_timeout_max_ms = run_timeout_max_ms
        self.output_max_size = output_max_size
        self.requests: list[dict[str, Any]] = []
        self.faults: deque[FaultKind] = deque()
        self.python = shutil.which("python3") or sys.executable
        self.stops_at_ms: int | None = None  # a stricter server: every job killed this soon
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    def enqueue_fault(self, kind: FaultKind) -> None:
        """Make the next request misbehave."""
        self.faults.append(kind)

    async def __aenter__(self) -> Self:
        app = web.Application()
        app.router.add_post("/api/v2/execute", self._execute)
        app.router.add_get("/api/v2/runtimes", self._runtimes)
        self._runner = web.AppRunner(app, shutdown_timeout=2.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Release hanging requests and stop the server."""
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = None

    async def _runtimes(self, request: web.Request) -> web.Response:
        return web.json_response([{"language": "python", "version": "3.11.0", "aliases": []}])

    async def _execute(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        fault = self.faults.popleft() if self.faults else None
        if fault == "500":
            return web.Response(status=500)
        if fault == "hang":
            await self._closing.wait()
            return web.Response(status=503)
        if fault == "not_json":
            return web.Response(text="<html>Bad gateway</html>", content_type="text/html")
        timeout = body.get("run_timeout", 3000)
        if timeout > self.run_timeout_max_ms:
            message = f"run_timeout cannot exceed the configured limit of {self.run_timeout_max_ms}"
            return web.json_response({"message": message}, status=400)
        if body.get("language") != "python":
            return web.json_response({"message": "runtime is unknown"}, status=400)
        if self.stops_at_ms is not None:
            timeout = min(timeout, self.stops_at_ms)
        run = await self._run(body["files"][0]["content"], body.get("stdin", ""), timeout)
        return web.json_response({"language": "python", "version": "3.11.0", "run": run})

    async def _run(self, source: str, stdin: str, timeout_ms: int) -> dict[str, Any]:
        if not stdin.endswith("\n"):
            stdin += "\n"
        started = time.monotonic()
        process = await asyncio.create_subprocess_exec(
            self.python,
            "-c",
            source,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        status = message = None
        try:
            async with asyncio.timeout(timeout_ms / 1000):
                stdout, stderr = await process.communicate(stdin.encode())
        except TimeoutError:
            process.kill()
            stdout, stderr = await process.communicate()
            status, message = "TO", "Time limit exceeded"
        out = stdout.decode("utf-8", "replace")
        if len(out) > self.output_max_size:
            out, status, message = "", "OL", "stdout length exceeded"
        code = process.returncode
        killed = status is not None or (code is not None and code < 0)
        return {
            "stdout": out,
            "stderr": stderr.decode("utf-8", "replace"),
            "output": out,
            "code": None if killed else code,
            "signal": "SIGKILL" if killed else None,
            "status": status,
            "message": message,
            "memory": None,
            "wall_time": round((time.monotonic() - started) * 1000),
        }
