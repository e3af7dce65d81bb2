"""Time to read an uploaded document, child process start-up included (median of runs).

Usage: python -m bench.document_reading [runs]
Reads a 3-page one-column PDF CV, a two-column PDF, a Word CV with a table and a plain text
CV through ``read_document`` with the default limits; the goal is under 1 s for the 3-page
PDF. The last line, a one-line text file, is about the child process's start-up alone.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time

from engine.documents.model import DocumentLimits
from engine.documents.reading import read_document
from fakes import documents as files

CV_TEXT = "\n".join(files.CV_LINES * 3)


async def median_seconds(data: bytes, filename: str, runs: int) -> tuple[float, int]:
    """The median wall time of reading ``data`` ``runs`` times, and the text's length."""
    limits = DocumentLimits()
    times = []
    length = 0
    for _ in range(runs):
        started = time.perf_counter()
        document = await read_document(data, filename, limits)
        times.append(time.perf_counter() - started)
        length = len(document.text)
    return statistics.median(times), length


async def main(runs: int) -> None:
    """Print one line per file: size, characters read, median seconds."""
    samples = [
        ("3-page PDF", files.cv_pdf(pages=3), "cv.pdf"),
        ("two-column PDF", files.two_column_pdf(), "cv.pdf"),
        ("10-page PDF", files.cv_pdf(pages=10), "cv.pdf"),
        ("DOCX with a table", files.cv_docx(), "cv.docx"),
        ("TXT (UTF-8)", files.text_file(CV_TEXT), "cv.txt"),
        ("one-line TXT (start-up)", b"Senior engineer", "cv.txt"),
    ]
    print(f"{'file':<26}{'bytes':>9}{'chars':>8}{'median s':>10}   ({runs} runs each)")
    for name, data, filename in samples:
        seconds, length = await median_seconds(data, filename, runs)
        print(f"{name:<26}{len(data):>9}{length:>8}{seconds:>10.3f}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
