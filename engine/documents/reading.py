"""The one way in: a document's bytes to its plain text, parsed in a limited child process.

Cheap checks run here (emptiness, size, the kind of file from its signature); the parsing runs
in ``engine.documents.worker``, a child with a memory cap, a CPU cap and a wall-clock timeout,
so a crash, a hang or a memory blow-up in a parser is one DocumentError and no harm here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import os
import sys
from pathlib import Path
from typing import Any

from engine.audio import describe_size
from engine.documents.formats import looks_like_url_only, sniff
from engine.documents.model import (
    CHILD_KEYS,
    EMPTY,
    READER_FAILED,
    TIMED_OUT,
    TOO_LARGE,
    DocumentError,
    DocumentKind,
    DocumentLimits,
    DocumentText,
)

__all__ = [
    "DocumentError",
    "DocumentKind",
    "DocumentLimits",
    "DocumentText",
    "looks_like_url_only",
    "read_document",
]

_WORKER = "engine.documents.worker"
_SOURCE_ROOT = str(Path(__file__).resolve().parents[2])  # the child imports this same code
_KILLED_FOR_CPU = -24  # SIGXCPU: the child's CPU seconds ran out


async def read_document(data: bytes, filename: str, limits: DocumentLimits) -> DocumentText:
    """The plain text of an uploaded PDF, Word (.docx) or text file, or a DocumentError."""
    if len(data) > limits.max_bytes:  # before anything reads it
        raise DocumentError(
            TOO_LARGE(size=describe_size(len(data)), limit=describe_size(limits.max_bytes))
        )
    if not data.strip():
        raise DocumentError(EMPTY())
    kind = sniff(data, filename)
    answer = await _run_child(data, kind, limits)
    if "error" in answer:
        raise _child_error(answer)
    text = answer.get("text")
    pages = answer.get("pages")
    if not isinstance(text, str) or not (pages is None or isinstance(pages, int)):
        raise DocumentError(READER_FAILED())
    return DocumentText(text=text, kind=kind, pages=pages)


async def _run_child(data: bytes, kind: DocumentKind, limits: DocumentLimits) -> dict[str, Any]:
    """The child's answer for ``data``; a DocumentError if it hangs, dies or talks nonsense."""
    child_limits = {
        "kind": kind.value,
        "max_bytes": limits.max_bytes,
        "max_pages": limits.max_pages,
        "max_chars": limits.max_chars,
        "memory_mb": limits.memory_mb,
        "cpu_seconds": max(1, math.ceil(limits.timeout_seconds)),
    }
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-B",  # no bytecode written: the child may write no files
        "-s",
        "-m",
        _WORKER,
        json.dumps(child_limits),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        env=_child_environment(),
    )
    try:
        output, _ = await asyncio.wait_for(child.communicate(data), limits.timeout_seconds)
    except TimeoutError:
        raise DocumentError(TIMED_OUT()) from None
    finally:
        if child.returncode is None:  # timed out, or this task was cancelled
            with contextlib.suppress(ProcessLookupError):
                child.kill()
            await child.wait()
    if child.returncode == _KILLED_FOR_CPU:
        raise DocumentError(TIMED_OUT())
    if child.returncode != 0:
        raise DocumentError(READER_FAILED())
    try:
        answer = json.loads(output)
    except ValueError:
        raise DocumentError(READER_FAILED()) from None
    if not isinstance(answer, dict):
        raise DocumentError(READER_FAILED())
    return answer


def _child_error(answer: dict[str, Any]) -> DocumentError:
    """The error the child named, if it is one it may name with the values its key takes."""
    key = CHILD_KEYS.get(answer.get("error"))  # type: ignore[arg-type]
    values = answer.get("values")
    if key is None or not isinstance(values, dict) or set(values) != set(key.params):
        return DocumentError(READER_FAILED())
    if not all(isinstance(value, int | str) for value in values.values()):
        return DocumentError(READER_FAILED())
    return DocumentError(key(**values))


def _child_environment() -> dict[str, str]:
    """Only what the child needs: none of this process's secrets (tokens, keys) go with it."""
    environment = {"PYTHONPATH": _SOURCE_ROOT, "PYTHONDONTWRITEBYTECODE": "1"}
    for name in ("LANG", "LC_ALL", "PATH", "TMPDIR"):
        if name in os.environ:
            environment[name] = os.environ[name]
    return environment
