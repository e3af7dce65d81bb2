"""The program that runs inside the sandbox: it runs a submission's tests and reports them.

It is sent as source (``python3 -I -S -c``, or as a Piston file), needs only the standard
library and runs on Python 3.8 or later. It reads one JSON object on stdin::

    {"token": "...", "code": "...", "function": "f", "limits": {...},
     "tests": [{"name": "t1", "args": [...], "expected": ..., "visible": true}, ...]}

and writes ``<token> <result JSON>`` as one line on the result channel (``--result-fd N``;
stdout by default, as under Piston).

Why a forged result is not possible: the candidate's code never runs in this process. Before
reading stdin it forks a child, which swaps its stdin/stdout/stderr for /dev/null and a pipe,
closes every other descriptor (the result channel among them) and only then, with its limits
set, receives the code and each test's arguments -- never the expected values, never the token.
This process holds the expected values, compares, times each call and writes the one result
line after the child is gone. It makes itself non-dumpable first, so the child (same uid)
cannot open ``/proc/<pid>/fd``, ``/proc/<pid>/mem`` or ptrace it. All the child can send back
is "my function returned X" for the test being asked, which is what a test judges anyway;
printing a fake result only fills the output counter.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import resource
import selectors
import signal
import sys
import time
import traceback
from typing import Any

ERROR_CHARS = 300  # an exception's last line, clipped
GOT_CHARS = 1_000  # a visible test's returned value, as JSON, clipped
MAX_REPLY_BYTES = 1 << 20  # one reply line from the child
FILE_BYTES = 1 << 20  # largest file the solution may write (in its private /tmp)
EXTRA_PROCESSES = 2  # the sandbox's init and this process count against RLIMIT_NPROC too
REL_TOL, ABS_TOL = 1e-6, 1e-9


def main(argv: list[str]) -> None:
    """Run the submission read from stdin; write the token and the result on the channel."""
    result_fd = int(argv[argv.index("--result-fd") + 1]) if "--result-fd" in argv else 1
    _not_dumpable()
    child = Child.start(result_fd)
    submission = json.loads(sys.stdin.buffer.read())
    try:
        result = Parent(child, submission).run()
    except Exception as error:  # the harness itself failed: say so rather than hang
        child.kill()
        result = {"verdict": "crashed", "cases": [], "message": f"harness: {_last_line(error)}"}
    line = f"{submission.get('token', '')} {json.dumps(result)}\n".encode()
    while line:
        line = line[os.write(result_fd, line) :]


def _not_dumpable() -> None:
    """PR_SET_DUMPABLE 0: the child may not read this process's memory or descriptors."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)
    except Exception:  # no ctypes (a stripped Python): the other layers still hold
        pass


class Child:
    """The forked process that runs the candidate's code, and the pipes to it."""

    def __init__(self, pid: int, commands: int, replies: int, output: int) -> None:
        self.pid, self.commands, self.replies, self.output = pid, commands, replies, output

    @classmethod
    def start(cls, result_fd: int) -> Child:
        """Fork before anything secret is read; the child waits for its code."""
        command_r, command_w = os.pipe()
        reply_r, reply_w = os.pipe()
        output_r, output_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                _child_main(command_r, reply_w, output_w)
            finally:
                os._exit(70)
        for fd in (command_r, reply_w, output_w):
            os.close(fd)
        os.set_blocking(command_w, False)
        return cls(pid, command_w, reply_r, output_r)

    def kill(self) -> None:
        """Kill the child and whatever it started in its process group."""
        for kill in (os.killpg, os.kill):
            with contextlib.suppress(OSError):
                kill(self.pid, signal.SIGKILL)


def _child_main(commands: int, replies: int, output: int) -> None:
    """The child: isolate the descriptors, set the limits, run what the parent asks."""
    os.setsid()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(output, 1)
    os.dup2(output, 2)
    keep = {0, 1, 2, commands, replies}
    for fd in _open_fds():
        if fd not in keep:
            with contextlib.suppress(OSError):
                os.close(fd)
    source = os.fdopen(commands, "rb")
    setup = json.loads(source.readline())
    _set_limits(setup["limits"])
    my_pid = os.getpid()
    function, setup_error = _load(setup["code"], setup["function"])
    _reply(replies, {"setup_error": setup_error} if setup_error else {"ready": True})
    if setup_error:
        return
    for line in iter(source.readline, b""):
        reply = _call(function, json.loads(line)["args"])
        if os.getpid() != my_pid:  # a fork of the solution came back here: it has no say
            os._exit(0)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        _reply(replies, reply)


def _open_fds() -> list[int]:
    """This process's open descriptors."""
    try:
        return [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return list(range(3, 1024))


def _set_limits(limits: dict[str, Any]) -> None:
    """The run's rlimits; the child cannot raise them again."""
    cpu = max(1, math.ceil(float(limits["cpu_seconds"])))
    memory = int(limits["memory_mb"]) * 1024 * 1024
    for name, soft, hard in (
        ("RLIMIT_CPU", cpu, cpu + 1),
        ("RLIMIT_AS", memory, memory),
        ("RLIMIT_NPROC", int(limits["processes"]) + EXTRA_PROCESSES, None),
        ("RLIMIT_NOFILE", int(limits["open_files"]), None),
        ("RLIMIT_FSIZE", FILE_BYTES, None),
        ("RLIMIT_CORE", 0, None),
    ):
        resource.setrlimit(getattr(resource, name), (soft, soft if hard is None else hard))


def _load(code: str, function_name: str) -> tuple[Any, str]:
    """The candidate's function, or why there is none."""
    namespace: dict[str, Any] = {"__name__": "__solution__"}
    try:
        exec(compile(code, "<solution>", "exec"), namespace)
    except BaseException as error:
        return None, _last_line(error)
    function = namespace.get(function_name)
    if not callable(function):
        return None, f"the code defines no function named {function_name!r}"
    return function, ""


def _call(function: Any, args: list[Any]) -> dict[str, Any]:
    """Call the function once; its JSON result or the exception's last line."""
    try:
        value = function(*args)
    except MemoryError:
        return {"error": "MemoryError", "memory": True}
    except BaseException as error:
        return {"error": _last_line(error)}
    try:
        encoded = json.dumps(value)
    except (TypeError, ValueError) as error:
        return {"error": f"the function returned {type(value).__name__}, not JSON ({error})"}
    if len(encoded) > MAX_REPLY_BYTES // 2:
        return {"error": f"the function returned {len(encoded)} characters of JSON"}
    return {"ok": encoded}


def _reply(fd: int, message: dict[str, Any]) -> None:
    data = (json.dumps(message) + "\n").encode()
    while data:
        data = data[os.write(fd, data) :]


def _last_line(error: BaseException) -> str:
    """The last line of the exception's traceback, clipped."""
    lines = traceback.format_exception_only(type(error), error)
    return _clip(lines[-1].strip() if lines else type(error).__name__, ERROR_CHARS)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Parent:
    """The trusted side: sends each test's arguments, times it and judges the reply."""

    def __init__(self, child: Child, submission: dict[str, Any]) -> None:
        self.child = child
        self.tests: list[dict[str, Any]] = submission["tests"]
        self.code: str = submission["code"]
        self.function: str = submission["function"]
        self.limits: dict[str, Any] = submission["limits"]
        self.deadline = time.monotonic() + float(self.limits["wall_seconds"])
        self.selector = selectors.DefaultSelector()
        self.pending = b""
        self.replies = b""
        self.output_bytes = 0
        self.usage: resource.struct_rusage | None = None  # the child's, once it is reaped

    def run(self) -> dict[str, Any]:
        """Every test's outcome and the run's verdict."""
        try:
            compile(self.code, "<solution>", "exec")
        except SyntaxError as error:
            return self._stopped(("syntax_error", _syntax_message(error)), [])
        except ValueError as error:  # e.g. a NUL character in the source
            return self._stopped(("syntax_error", _last_line(error)), [])
        self.selector.register(self.child.replies, selectors.EVENT_READ)
        self.selector.register(self.child.output, selectors.EVENT_READ)
        setup = {"code": self.code, "function": self.function, "limits": self.limits}
        reply, stop = self._ask(setup)
        if stop:
            return self._stopped(stop, [])
        if "setup_error" in reply:
            self.child.kill()
            errors = [self._case(test, "error", error=reply["setup_error"]) for test in self.tests]
            return self._result("error", errors, str(reply["setup_error"]))
        cases: list[dict[str, Any]] = []
        for test in self.tests:
            started = time.monotonic()
            reply, stop = self._ask({"args": test["args"]})
            seconds = time.monotonic() - started
            if stop:
                cases.append(self._case(test, stop[0], seconds=seconds))
                return self._stopped(stop, cases)
            cases.append(self._judge(test, reply, seconds))
        self.child.kill()
        first_bad = next((case["verdict"] for case in cases if case["verdict"] != "passed"), None)
        return self._result(first_bad or "passed", cases, "")

    def _ask(self, message: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, str] | None]:
        """Send one message and wait for its reply: (reply, None) or ({}, (verdict, why))."""
        self.pending += (json.dumps(message) + "\n").encode()
        self.selector.register(self.child.commands, selectors.EVENT_WRITE)
        try:
            while b"\n" not in self.replies:
                left = self.deadline - time.monotonic()
                if left <= 0:
                    return {}, ("timeout", "ran out of time")
                for key, _ in self.selector.select(left):
                    stop = self._ready(key.fd)
                    if stop:
                        return {}, stop
        finally:
            if self.child.commands in self.selector.get_map():
                self.selector.unregister(self.child.commands)
        line, _, self.replies = self.replies.partition(b"\n")
        try:
            reply = json.loads(line)
            if not isinstance(reply, dict):
                raise ValueError("not an object")
        except ValueError:
            return {}, ("crashed", "the solution garbled the harness's pipe")
        return reply, None

    def _ready(self, fd: int) -> tuple[str, str] | None:
        """Move data on a ready pipe; a reason to stop, or None."""
        if fd == self.child.commands:
            try:
                self.pending = self.pending[os.write(fd, self.pending) :]
            except BlockingIOError:
                return None
            except OSError:
                return self._death()
            if not self.pending:
                self.selector.unregister(fd)
            return None
        data = os.read(fd, 65536)
        if fd == self.child.output:
            if not data:
                self.selector.unregister(fd)
                return None
            self.output_bytes += len(data)
            if self.output_bytes > int(self.limits["output_bytes"]):
                limit = self.limits["output_bytes"]
                return "output", f"printed more than {limit} bytes"
            return None
        if not data:
            return self._death()
        self.replies += data
        if len(self.replies) > MAX_REPLY_BYTES:
            return "crashed", "the solution flooded the harness's pipe"
        return None

    def _death(self) -> tuple[str, str]:
        """Why the child is gone (it died mid-test, or closed its pipes and is killed now)."""
        waited = time.monotonic() + 0.2
        pid, status, usage = os.wait4(self.child.pid, os.WNOHANG)
        while pid == 0 and time.monotonic() < waited:
            time.sleep(0.005)
            pid, status, usage = os.wait4(self.child.pid, os.WNOHANG)
        if pid == 0:
            self.child.kill()
            _, _, self.usage = os.wait4(self.child.pid, 0)
            return "crashed", "the solution closed the harness's pipes"
        self.usage = usage
        cpu = usage.ru_utime + usage.ru_stime
        if os.WIFSIGNALED(status):
            number = os.WTERMSIG(status)
            if number == signal.SIGXCPU or (
                number == signal.SIGKILL and cpu >= float(self.limits["cpu_seconds"])
            ):
                return "timeout", "used up its CPU time"
            return "crashed", f"the process died of {signal.Signals(number).name}"
        return "crashed", f"the process exited with code {os.WEXITSTATUS(status)} mid-test"

    def _judge(self, test: dict[str, Any], reply: dict[str, Any], seconds: float) -> dict[str, Any]:
        if "ok" not in reply:
            verdict = "memory" if reply.get("memory") else "error"
            return self._case(test, verdict, error=str(reply.get("error", "")), seconds=seconds)
        try:
            got = json.loads(reply["ok"])
        except (TypeError, ValueError):
            return self._case(test, "crashed", error="an unreadable result", seconds=seconds)
        verdict = "passed" if same(got, test["expected"]) else "failed"
        return self._case(test, verdict, got=got, seconds=seconds)

    def _case(
        self,
        test: dict[str, Any],
        verdict: str,
        got: Any = None,
        error: str = "",
        seconds: float = 0.0,
    ) -> dict[str, Any]:
        visible = bool(test.get("visible", True))
        return {
            "name": str(test.get("name", "")),
            "visible": visible,
            "verdict": verdict,
            "got": _clip_value(got) if visible else None,
            "error": _clip(error, ERROR_CHARS),
            "seconds": round(seconds, 6),
        }

    def _stopped(self, stop: tuple[str, str], cases: list[dict[str, Any]]) -> dict[str, Any]:
        """The run ended early: the tests not reached are marked not run."""
        self.child.kill()
        cases += [self._case(test, "not_run") for test in self.tests[len(cases) :]]
        return self._result(stop[0], cases, stop[1])

    def _result(self, verdict: str, cases: list[dict[str, Any]], message: str) -> dict[str, Any]:
        if self.usage is None:
            self.child.kill()
            _, _, self.usage = os.wait4(self.child.pid, 0)
        usage = self.usage
        return {
            "verdict": verdict,
            "cases": cases,
            "seconds": round(usage.ru_utime + usage.ru_stime, 6),
            "peak_memory_mb": round(usage.ru_maxrss / 1024, 3),  # Linux counts KiB
            "message": _clip(message, ERROR_CHARS),
        }


def _syntax_message(error: SyntaxError) -> str:
    """The compiler's words: message, line and column."""
    return f"SyntaxError: {error.msg} (line {error.lineno}, column {error.offset})"


def _clip_value(value: Any) -> Any:
    """A returned value small enough to show; a long one becomes its clipped JSON text."""
    text = json.dumps(value)
    return value if len(text) <= GOT_CHARS else _clip(text, GOT_CHARS)


def same(got: Any, expected: Any) -> bool:
    """JSON equality, with floats equal within a small tolerance and booleans not numbers."""
    if isinstance(got, bool) or isinstance(expected, bool):
        return type(got) is type(expected) and got == expected
    if isinstance(got, (int, float)) and isinstance(expected, (int, float)):
        if isinstance(got, int) and isinstance(expected, int):
            return got == expected
        if math.isnan(got) or math.isnan(expected):
            return math.isnan(got) and math.isnan(expected)
        return math.isclose(got, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL)
    if isinstance(got, list) and isinstance(expected, list):
        return len(got) == len(expected) and all(map(same, got, expected))
    if isinstance(got, dict) and isinstance(expected, dict):
        return got.keys() == expected.keys() and all(same(got[k], expected[k]) for k in got)
    return type(got) is type(expected) and got == expected


if __name__ == "__main__":
    main(sys.argv)
