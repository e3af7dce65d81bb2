"""The reading child: a document's bytes on stdin, one JSON answer on stdout.

Started by ``engine.documents.reading`` as ``python -m engine.documents.worker LIMITS`` with
LIMITS a JSON object. It limits its own memory, CPU time and file writes before it reads a
byte, and answers ``{"text": …, "kind": …, "pages": …}`` or ``{"error": key, "values": …}``.
"""

from __future__ import annotations

import json
import re
import resource
import signal
import sys
from typing import Any

from engine.documents.formats import decode_text, looks_like_url_only
from engine.documents.model import (
    CORRUPT,
    LINK_ONLY,
    NO_TEXT,
    TOO_COMPLEX,
    TOO_LONG,
    DocumentError,
    DocumentKind,
)
from engine.documents.normalise import normalise

_MB = 1024 * 1024
_WHITESPACE = re.compile(r"\s+")


def limit_self(memory_mb: int, cpu_seconds: int) -> None:
    """Cap this process: address space, CPU seconds, no files written, no core dumps."""
    memory = memory_mb * _MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing


def read(data: bytes, kind: DocumentKind, max_pages: int, max_chars: int) -> dict[str, Any]:
    """The answer for ``data`` of ``kind``: its text, or the error that stops it."""
    try:
        pages = None
        if kind is DocumentKind.PDF:
            from engine.documents.pdf_text import pdf_text

            text, pages = pdf_text(data, max_pages, max_chars)
        elif kind is DocumentKind.DOCX:
            from engine.documents.docx_text import docx_text

            text = docx_text(data, max_chars)
        else:
            text = decode_text(data)
            # Normalising only removes a little besides spaces: far too long stays too long.
            if len(_WHITESPACE.sub("", text)) > 2 * max_chars:
                raise DocumentError(TOO_LONG(limit=max_chars))
            text = normalise(text)
            if len(text) > max_chars:
                raise DocumentError(TOO_LONG(limit=max_chars))
            if not text:
                raise DocumentError(NO_TEXT())
        if looks_like_url_only(text):
            raise DocumentError(LINK_ONLY())
    except DocumentError as error:
        return {"error": error.key.id, "values": dict(error.message.values)}
    except MemoryError:
        return {"error": TOO_COMPLEX.id, "values": {}}
    except Exception:  # a parser's surprise on a broken file
        return {"error": CORRUPT.id, "values": {}}
    return {"text": text, "kind": kind.value, "pages": pages}


def main() -> None:
    """Read the limits from argv and the document from stdin; answer on stdout."""
    limits = json.loads(sys.argv[1])
    limit_self(limits["memory_mb"], limits["cpu_seconds"])
    data = sys.stdin.buffer.read(limits["max_bytes"] + 1)
    answer = read(data, DocumentKind(limits["kind"]), limits["max_pages"], limits["max_chars"])
    sys.stdout.buffer.write(json.dumps(answer).encode("utf-8"))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
