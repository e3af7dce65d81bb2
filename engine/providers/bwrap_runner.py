"""The code runner on this machine: the harness in a bubblewrap sandbox, a few runs at a time.

What holds what in: namespaces (``--unshare-all``: no network but the sandbox's own loopback,
its own pids, ipc, uts, user and cgroup), a filesystem of read-only system directories plus
an empty, size-capped ``/tmp`` (no project, no venv, no ``/etc``, ``/root``, ``/home`` or
``/work``), an empty environment, no capabilities and no nested user namespaces; rlimits set by
the harness on the candidate's process (CPU, address space, processes, files, file size, core);
a wall clock here that kills the sandbox's process group; ``--die-with-parent`` so a dying bot
takes its sandboxes along. The sandbox's init is pid 1 of its pid namespace, so when the
harness exits the kernel kills whatever the solution left running.

A bot running as root would make RLIMIT_NPROC void (the kernel exempts root's processes, in
any user namespace mapped to it), so bubblewrap then starts as ``nobody`` (uid 65534) instead:
its user namespace maps to that unprivileged uid and the process limit binds.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import glob
import json
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from engine.coding.model import RunLimits, RunResult, Submission, Verdict
from engine.coding.protocol import clip, decode, encode, ended, harness_source, new_token

log = logging.getLogger(__name__)

NOBODY = 65534
START_GRACE_SECONDS = 2.0  # bubblewrap and Python start-up, beyond the run's own wall clock
TMP_BYTES = 16 * 1024 * 1024  # the sandbox's private /tmp
RESULT_BYTES = 4 * 1024 * 1024
STDERR_BYTES = 4_000
REAP_SECONDS = 3.0  # the longest wait for a finished sandbox's last processes to die
PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")  # under /usr: bound anyway
TOP_DIRECTORIES = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")


@dataclass(frozen=True)
class Interpreter:
    """The Python that runs in the sandbox and the directories it needs besides /usr."""

    path: str
    prefix: str | None  # bound read-only when it is outside /usr

    @classmethod
    def find(cls, python: str | None = None) -> Interpreter:
        """``python``, else the system's python3, else the base interpreter of this one."""
        for candidate in (python, *PYTHONS):
            if candidate and os.access(candidate, os.X_OK):
                real = os.path.realpath(candidate)
                return cls(real, None if real.startswith("/usr/") else _prefix_of(real))
        base = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
        return cls(base, None if base.startswith("/usr/") else sys.base_prefix)

    def hidden(self) -> list[str]:
        """Installed packages next to its standard library: covered by an empty tmpfs."""
        roots = ["/usr", "/usr/local", *([self.prefix] if self.prefix else [])]
        found = set()
        for root in roots:
            for pattern in ("lib/python3*/site-packages", "lib/python3*/dist-packages"):
                found.update(glob.glob(os.path.join(root, pattern)))
        found.update(glob.glob("/usr/lib/python3/dist-packages"))
        return sorted(path for path in found if os.path.isdir(path))


def _prefix_of(executable: str) -> str:
    return os.path.dirname(os.path.dirname(executable))


class BwrapRunner:
    """Runs Python submissions in bubblewrap, at most ``concurrency`` at a time."""

    name = "bwrap"

    def __init__(
        self,
        concurrency: int = 2,
        *,
        bwrap: str = "bwrap",
        python: str | None = None,
        sandbox_uid: int | None = None,
    ) -> None:
        """Use the ``bwrap`` executable and ``python`` (default: the system's python3);
        ``sandbox_uid`` is who starts bubblewrap (default: nobody when this process is root)."""
        self.concurrency = concurrency
        self.bwrap = bwrap
        self.interpreter = Interpreter.find(python)
        if sandbox_uid is None and os.geteuid() == 0:
            sandbox_uid = NOBODY
        self.sandbox_uid = sandbox_uid
        self._slots = asyncio.Semaphore(concurrency)
        self._source = harness_source()

    def probe(self) -> str:
        """Why this machine cannot run the sandbox, or "" when it can (a real sandboxed run)."""
        try:
            done = subprocess.run(
                self.command([self.interpreter.path, "-I", "-S", "-c", "print(6 * 7)"]),
                capture_output=True,
                timeout=15,
                env={},
                **self.spawn_user(),
            )
        except (OSError, subprocess.SubprocessError) as error:
            return f"bubblewrap could not start: {error}"
        if done.stdout.strip() != b"42":
            return "bubblewrap failed: " + clip(done.stderr.decode("utf-8", "replace"))
        return ""

    def available(self) -> bool:
        """Whether bubblewrap is installed and user namespaces work here."""
        return self.probe() == ""

    async def run(self, submission: Submission) -> RunResult:
        """Run the submission's tests in a fresh sandbox once a slot is free."""
        if submission.language != "python":
            why = f"bwrap runs python, not {submission.language}"
            return ended(Verdict.NOT_RUN, submission, why)
        async with self._slots:
            return await self._run(submission)

    def command(self, program: list[str], info_fd: int | None = None) -> list[str]:
        """The bubblewrap command line around ``program`` (``info_fd``: where bubblewrap
        writes the sandbox's pid)."""
        features = _features(self.bwrap)
        args = [self.bwrap, "--unshare-all", "--unshare-user"]
        if info_fd is not None:
            args += ["--info-fd", str(info_fd)]
        if "--disable-userns" in features:
            args.append("--disable-userns")
        args += ["--die-with-parent", "--new-session", "--hostname", "sandbox"]
        args += ["--uid", str(NOBODY), "--gid", str(NOBODY), "--clearenv"]
        args += ["--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8"]
        args += ["--ro-bind", "/usr", "/usr"]
        for directory in TOP_DIRECTORIES:
            if os.path.islink(directory):
                args += ["--symlink", os.readlink(directory), directory]
            elif os.path.isdir(directory):
                args += ["--ro-bind", directory, directory]
        if self.interpreter.prefix:
            args += ["--ro-bind", self.interpreter.prefix, self.interpreter.prefix]
        for hidden in self.interpreter.hidden():
            args += ["--tmpfs", hidden, "--remount-ro", hidden]
        # Only /tmp is writable, and capped: bubblewrap's root and /dev are tmpfs mounts of no
        # set size, so they are made read-only (device nodes such as /dev/null still work).
        args += ["--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev"]
        if "--size" in features:
            args += ["--size", str(TMP_BYTES)]
        args += ["--tmpfs", "/tmp", "--remount-ro", "/", "--chdir", "/tmp", "--", *program]
        return args

    def spawn_user(self) -> dict[str, Any]:
        """The subprocess arguments that start bubblewrap as the sandbox user (if any)."""
        if self.sandbox_uid is None:
            return {}
        return {"user": self.sandbox_uid, "group": self.sandbox_uid, "extra_groups": []}

    async def _run(self, submission: Submission) -> RunResult:
        token = new_token()
        read_fd, write_fd = os.pipe()
        info_read, info_write = os.pipe()
        program = [self.interpreter.path, "-I", "-S", "-B", "-X", "utf8", "-c", self._source]
        try:
            process = await asyncio.create_subprocess_exec(
                *self.command([*program, "--result-fd", str(write_fd)], info_write),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                pass_fds=(write_fd, info_write),
                start_new_session=True,
                env={},
                **self.spawn_user(),
            )
        except OSError as error:
            os.close(read_fd)
            os.close(info_read)
            return ended(Verdict.CRASHED, submission, f"the sandbox did not start: {error}")
        finally:
            os.close(write_fd)
            os.close(info_write)
        result = _PipeReader(read_fd)
        timed_out = False
        try:
            async with asyncio.timeout(submission.limits.wall_seconds + START_GRACE_SECONDS):
                _, output, errors, _ = await asyncio.gather(
                    _feed(process, encode(submission, token)),
                    result.read(RESULT_BYTES),
                    _drain(process.stderr, STDERR_BYTES),
                    process.wait(),
                )
        except TimeoutError:
            timed_out = True
            await _kill(process)
        finally:
            result.close()
            await _sandbox_gone(_sandbox_pid(info_read))
        if timed_out:
            return ended(Verdict.TIMEOUT, submission, _over_time(submission.limits))
        return decode(output, token, submission) or ended(
            Verdict.CRASHED, submission, _why_no_result(errors, process.returncode)
        )


def _why_no_result(errors: bytes, status: int | None) -> str:
    """bubblewrap's own complaint (the solution can write to this stream too, so only lines
    starting "bwrap:" are quoted), else the exit status."""
    for line in errors.decode("utf-8", "replace").splitlines():
        if line.startswith("bwrap:"):
            return clip(line)
    return f"the sandbox ended without a result (exit status {status})"


def _over_time(limits: RunLimits) -> str:
    return f"the sandbox ran past its {limits.wall_seconds:g} s wall-clock limit"


def _sandbox_pid(info_fd: int) -> int | None:
    """The sandbox's pid 1 as seen from here, from bubblewrap's --info-fd JSON."""
    with os.fdopen(info_fd, "rb") as info:
        os.set_blocking(info.fileno(), False)
        try:
            data = info.read(4096) or b""
            pid = json.loads(data).get("child-pid")
        except (OSError, ValueError, AttributeError):
            return None
    return pid if isinstance(pid, int) else None


async def _sandbox_gone(pid: int | None) -> None:
    """Wait (bounded) until the sandbox's pid 1 has finished exiting.

    bubblewrap returns as soon as its init reports the exit status, but the kernel kills the
    rest of the pid namespace while that init exits: it becomes a zombie, or disappears, only
    once every process of the sandbox is gone. Waiting for that means a finished run has left
    nothing running."""
    if pid is None:
        return
    deadline = time.monotonic() + REAP_SECONDS
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                state = stat.read().rpartition(b")")[2].split()[0]
        except (OSError, IndexError):
            return
        if state in (b"Z", b"X"):
            return
        await asyncio.sleep(0.005)
    log.warning("sandbox %d still exiting after %g s", pid, REAP_SECONDS)


@functools.cache
def _features(bwrap: str) -> str:
    """bubblewrap's --help text (to use --size and --disable-userns where they exist)."""
    try:
        done = subprocess.run([bwrap, "--help"], capture_output=True, timeout=10, env={})
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.decode("utf-8", "replace")


async def _feed(process: asyncio.subprocess.Process, data: bytes) -> None:
    """Write the submission to the harness and close its stdin (it may already be gone)."""
    assert process.stdin is not None
    with contextlib.suppress(ConnectionError, BrokenPipeError):
        process.stdin.write(data)
        await process.stdin.drain()
    with contextlib.suppress(ConnectionError, BrokenPipeError):
        process.stdin.close()


async def _drain(stream: asyncio.StreamReader | None, keep: int) -> bytes:
    """Read ``stream`` to its end, keeping only its first ``keep`` bytes."""
    kept = b""
    while stream is not None and (chunk := await stream.read(65536)):
        kept = (kept + chunk)[:keep]
    return kept


async def _kill(process: asyncio.subprocess.Process) -> None:
    """SIGKILL bubblewrap's process group; its pid 1 then dies and takes the sandbox along."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(5):
            await process.wait()


class _PipeReader:
    """The read end of the result pipe, read without blocking the event loop."""

    def __init__(self, fd: int) -> None:
        self._file = os.fdopen(fd, "rb", buffering=0)
        self._transport: asyncio.BaseTransport | None = None

    async def read(self, limit: int) -> bytes:
        """Everything written until the last writer closes it (at most ``limit`` bytes)."""
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        self._transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), self._file
        )
        data = b""
        while len(data) < limit and (chunk := await reader.read(65536)):
            data += chunk
        return data[:limit]

    def close(self) -> None:
        """Close the pipe."""
        if self._transport is not None:
            self._transport.close()
        else:
            self._file.close()
