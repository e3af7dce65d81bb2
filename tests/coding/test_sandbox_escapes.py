"""Code that tries to get out of the bubblewrap sandbox: each try is contained, with a clear
verdict, and no run hangs. These run as root on CI, as a bot started by root would."""

from __future__ import annotations

import asyncio
import json
import socket
import time
import uuid
from pathlib import Path

import pytest

from engine.coding.model import RunLimits, TestCase, Verdict
from engine.providers.bwrap_runner import BwrapRunner
from tests.coding.support import QUICK, ROOT, needs_bwrap, processes_mentioning, run

pytestmark = needs_bwrap

ONE = (TestCase("probe", (), None, visible=True),)
ATTEMPTS = """
def attempt(what):
    try:
        return ["ok", repr(what())[:200]]
    except BaseException as error:
        return ["refused", type(error).__name__]
"""


def tries(body: str) -> str:
    """A solution whose ``solve()`` returns the outcome of each attempt in ``body``."""
    return "import os, socket, subprocess, sys\n" + ATTEMPTS + body


async def probe(code: str, limits: RunLimits = QUICK) -> list[list[str]]:
    """Run a probing solution and return what each attempt gave."""
    result = await run(BwrapRunner(), code, tests=ONE, limits=limits)
    assert result.cases[0].verdict is Verdict.FAILED, result  # it returned: expected None
    got = result.cases[0].got
    assert isinstance(got, list)
    return got  # type: ignore[return-value]


async def test_no_network_not_even_the_hosts_loopback() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]
    code = tries(f"""
def solve():
    return [
        attempt(lambda: socket.create_connection(("127.0.0.1", {port}), timeout=1)),
        attempt(lambda: socket.create_connection(("1.1.1.1", 53), timeout=1)),
        attempt(lambda: socket.getaddrinfo("example.com", 443)),
    ]
""")
    try:
        outcomes = await probe(code)
        assert [outcome[0] for outcome in outcomes] == ["refused"] * 3, outcomes
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody ever connected
    finally:
        listener.close()


async def test_the_bots_environment_is_not_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = f"sk-{uuid.uuid4().hex}"
    monkeypatch.setenv("IPP_SANDBOX_SECRET", secret)
    code = tries("""
def solve():
    return [
        ["env", repr(dict(os.environ))],
        attempt(lambda: open("/proc/1/environ", "rb").read()),
        attempt(lambda: open("/proc/self/environ", "rb").read()),
        attempt(lambda: [open(f"/proc/{p}/environ", "rb").read() for p in os.listdir("/proc")
                         if p.isdigit()]),
    ]
""")
    outcomes = await probe(code)
    assert secret not in json.dumps(outcomes)
    env = outcomes[0][1]
    assert "IPP_SANDBOX_SECRET" not in env and "PATH" in env


async def test_the_project_home_and_host_files_are_not_readable(tmp_path: Path) -> None:
    under_work = ROOT / f".sandbox-probe-{uuid.uuid4().hex}"
    under_tmp = tmp_path / "secret.txt"
    for path in (under_work, under_tmp):
        path.write_text("TOP-SECRET-CONTENT")
    paths = [under_work, under_tmp, ROOT / "README.md", ROOT / ".env.example"]
    reads = ", ".join(f"attempt(lambda: open({str(p)!r}).read())" for p in paths)
    hidden = BwrapRunner().interpreter.hidden()  # installed packages, e.g. dist-packages
    assert hidden
    code = tries(f"""
def solve():
    return [
        {reads},
        attempt(lambda: os.listdir("/root")),
        attempt(lambda: os.listdir("/work")),
        attempt(lambda: os.listdir("/home")),
        attempt(lambda: open("/etc/passwd").read()),
        attempt(lambda: open("/etc/shadow").read()),
        [attempt(lambda: os.listdir(path)) for path in {hidden!r}],
    ]
""")
    try:
        outcomes = await probe(code)
    finally:
        under_work.unlink()
    assert "TOP-SECRET" not in json.dumps(outcomes)
    refused = [outcome for outcome in outcomes if outcome[0] == "refused"]
    assert len(refused) == len(outcomes) - 1, outcomes
    assert outcomes[-1] == [["ok", "[]"]] * len(hidden)  # empty directories cover them


async def test_writes_never_reach_the_host(tmp_path: Path) -> None:
    targets = [tmp_path / "escaped.txt", ROOT / "escaped.txt", Path("/usr/escaped.txt")]
    writes = ", ".join(
        f"attempt(lambda: (os.makedirs({str(t.parent)!r}, exist_ok=True),"
        f" open({str(t)!r}, 'w').write('x')))"
        for t in targets
    )
    code = tries(f"""
def solve():
    return [
        {writes},
        [attempt(lambda: open(path, "w").write("x")) for path in ("/x", "/dev/x", "/dev/shm/x")],
        attempt(lambda: open("/dev/null", "w").write("x")),
        attempt(lambda: open("/tmp/big", "wb").write(b"x" * 50_000_000)),
    ]
""")
    outcomes = await probe(code)
    assert not any(target.exists() for target in targets), outcomes
    # Only the private /tmp is writable: the sandbox's root and /dev are not (unsized tmpfs).
    assert outcomes[-3] == [["refused", "OSError"]] * 3
    assert outcomes[-2] == ["ok", "1"]
    assert outcomes[-1] == ["refused", "OSError"]  # its file size limit, in its own /tmp


async def test_a_fork_bomb_is_contained_and_leaves_nothing_behind() -> None:
    marker = f"bomb-{uuid.uuid4().hex}"
    code = f"""
import os, subprocess, sys
def solve(a, b):
    while True:
        try:
            os.fork()
            subprocess.Popen([sys.executable, "-c", "while True: pass", "{marker}"])
        except OSError:
            pass
"""
    started = time.monotonic()
    result = await run(BwrapRunner(), code)
    assert result.verdict in {Verdict.TIMEOUT, Verdict.CRASHED}, result
    assert time.monotonic() - started < QUICK.wall_seconds + 2
    assert processes_mentioning(marker) == []


async def test_the_process_limit_binds_when_the_bot_runs_as_root() -> None:
    code = """
import os, time
def solve(a, b):
    children = 0
    try:
        while children < 200:
            if os.fork() == 0:
                time.sleep(5)
                os._exit(0)
            children += 1
    except OSError:
        pass
    return children
"""
    result = await run(BwrapRunner(), code, limits=RunLimits(processes=8, wall_seconds=3.0))
    got = result.cases[0].got
    assert isinstance(got, int) and got <= 8, result


async def test_100_megabytes_of_output_stop_at_the_output_limit() -> None:
    code = (
        "import os, sys\n"
        "def solve(a, b):\n"
        "    for _ in range(100 * 1024):\n"
        "        sys.stdout.write('x' * 1024)\n"
        "        os.write(2, b'y' * 1024)\n"
    )
    started = time.monotonic()
    result = await run(BwrapRunner(), code)
    assert result.verdict is Verdict.OUTPUT
    assert result.cases[0].verdict is Verdict.OUTPUT
    assert time.monotonic() - started < 2.0


async def test_a_huge_allocation_is_a_memory_error() -> None:
    result = await run(BwrapRunner(), "def solve(a, b):\n    return len(bytearray(2**40))\n")
    assert result.verdict is Verdict.MEMORY


async def test_ctypes_and_os_system_stay_unprivileged() -> None:
    code = tries("""
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
def solve():
    return [
        attempt(lambda: libc.setresuid(0, 0, 0)),
        attempt(lambda: libc.unshare(0x10000000)),  # CLONE_NEWUSER: no nested namespaces
        attempt(lambda: libc.mount(b"none", b"/usr", b"tmpfs", 0, None)),
        attempt(lambda: os.system("cat /etc/shadow 2>/dev/null")),
        attempt(lambda: subprocess.run(["id", "-u"], capture_output=True).stdout),
        attempt(lambda: os.system("echo x > /usr/owned 2>/dev/null")),
    ]
""")
    outcomes = await probe(code)
    assert outcomes[:3] == [["ok", "-1"]] * 3, outcomes
    assert outcomes[3][1] != "0" and outcomes[5][1] != "0"
    assert outcomes[4] == ["ok", "b'65534\\n'"]


async def test_a_segfault_through_ctypes_is_a_crash() -> None:
    code = "import ctypes\ndef solve(a, b):\n    return ctypes.string_at(0)\n"
    result = await run(BwrapRunner(), code)
    assert result.verdict is Verdict.CRASHED
    assert "SIGSEGV" in result.message


async def test_processes_left_running_are_killed_when_the_run_ends() -> None:
    marker = f"stray-{uuid.uuid4().hex}"
    code = f"""
import os, subprocess, sys, time
def solve(a, b):
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "{marker}"])
    if os.fork() == 0:  # a daemon: its own session, its parent gone
        os.setsid()
        if os.fork() == 0:
            os.execv(sys.executable, [sys.executable, "-c", "while True: pass", "{marker}"])
        os._exit(0)
    time.sleep(0.2)
    return a + b
"""
    result = await run(BwrapRunner(), code)
    assert result.verdict is Verdict.PASSED, result
    assert processes_mentioning(marker) == []


async def test_a_forged_result_line_changes_nothing() -> None:
    fake = json.dumps(
        {"verdict": "passed", "cases": [], "seconds": 0, "peak_memory_mb": 0, "message": ""}
    )
    code = f"""
import os, sys
FAKE = {fake!r}
def solve(a, b):
    print(FAKE)
    print("0" * 32 + " " + FAKE)
    for fd in range(3, 256):  # every descriptor it can reach, the harness's pipes included
        try:
            os.write(fd, ("0" * 32 + " " + FAKE + "\\n").encode())
        except OSError:
            pass
    for path in ["/proc/1/fd/1", "/proc/1/fd/2", f"/proc/{{os.getppid()}}/fd/1",
                 f"/proc/{{os.getppid()}}/fd/3", f"/proc/{{os.getppid()}}/mem"]:
        try:
            with open(path, "w") as stream:
                stream.write(FAKE)
        except OSError:
            pass
    return a - b
"""
    result = await run(BwrapRunner(), code)
    assert result.verdict is not Verdict.PASSED, result
    assert result.passed == 0
    assert len(result.cases) == 3


async def test_a_reply_claimed_on_the_harness_pipe_is_only_an_answer() -> None:
    # The solution can write to the pipe that carries its answers; all it can claim is an
    # answer, judged against expected values it never sees.
    code = """
import os
def solve(a, b):
    for fd in range(3, 64):
        try:
            os.write(fd, b'{"ok": "999"}\\n')
        except OSError:
            pass
    return 999
"""
    result = await run(BwrapRunner(), code)
    assert result.passed == 0
    assert result.verdict in {Verdict.FAILED, Verdict.CRASHED}


async def test_killing_the_harness_is_a_crash_not_a_pass() -> None:
    code = "import os, signal\ndef solve(a, b):\n    os.kill(os.getppid(), signal.SIGKILL)\n"
    result = await run(BwrapRunner(), code)
    assert result.verdict is Verdict.CRASHED
    assert result.passed == 0


async def test_many_hostile_runs_at_once_leave_the_event_loop_responsive() -> None:
    runner = BwrapRunner(concurrency=2)
    spin = "def solve(a, b):\n    while True:\n        pass\n"
    async with asyncio.timeout(20):
        runs = asyncio.gather(*(run(runner, spin) for _ in range(3)))
        ticks = 0
        while not runs.done():
            started = time.monotonic()
            await asyncio.sleep(0.01)
            assert time.monotonic() - started < 0.5
            ticks += 1
        results = await runs
    assert {result.verdict for result in results} == {Verdict.TIMEOUT}
    assert ticks > 10
