"""Reading uploaded documents end to end: real files, the real child process, exact error keys."""

from __future__ import annotations

import asyncio
import time

import psutil
import pytest

from engine.documents import model
from engine.documents.model import DocumentKind, DocumentLimits
from engine.documents.reading import DocumentError, read_document
from fakes import documents as files

MB = 1024 * 1024
LIMITS = DocumentLimits()


async def read(data: bytes, filename: str, limits: DocumentLimits = LIMITS) -> str:
    """The text read from ``data``."""
    return (await read_document(data, filename, limits)).text


async def refused(data: bytes, filename: str, limits: DocumentLimits = LIMITS) -> DocumentError:
    """The error reading ``data`` raises (a test fails if it reads)."""
    with pytest.raises(DocumentError) as caught:
        await read_document(data, filename, limits)
    return caught.value


async def assert_this_process_is_fine() -> None:
    """No child left behind, and a normal file still reads."""
    assert "Acme Payments" in await read(files.cv_pdf(), "cv.pdf")
    assert psutil.Process().children() == []


async def test_a_one_column_cv_reads_in_order() -> None:
    document = await read_document(files.cv_pdf(), "Jane Doe CV.pdf", LIMITS)
    assert document.kind is DocumentKind.PDF and document.pages == 1
    lines = document.text.splitlines()
    assert lines[0] == "Jane Doe - Senior Backend Engineer"
    assert lines.index("EXPERIENCE") < lines.index("EDUCATION")
    assert (
        "Cut the p99 latency of the ledger API from 900 ms to 120 ms with careful indexing."
        in lines
    )


async def test_a_two_column_cv_keeps_each_columns_lines_together() -> None:
    lines = (await read(files.two_column_pdf(), "cv.pdf")).splitlines()
    assert lines[0].startswith("Jane Doe")
    written = [line for line in lines[1:] if line]
    assert written == [*files.LEFT_COLUMN, *files.RIGHT_COLUMN]


async def test_a_word_file_reads_paragraphs_and_table_rows() -> None:
    document = await read_document(files.cv_docx(), "cv.docx", LIMITS)
    assert document.kind is DocumentKind.DOCX and document.pages is None
    lines = document.text.splitlines()
    assert lines[0] == "Jane Doe"
    assert "Skill | Level" in lines and "Python | Expert" in lines
    assert lines[-1] == "References on request."


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
async def test_text_files_read_in_their_encoding(encoding: str) -> None:
    text = "Café Résumé — naïve “quotes”\r\nSenior engineer, 2019–2024\r\n"
    document = await read_document(files.text_file(text, encoding), "cv.txt", LIMITS)
    assert document.kind is DocumentKind.TEXT
    assert document.text == "Café Résumé — naïve “quotes”\nSenior engineer, 2019–2024"


async def test_a_pdf_with_an_empty_user_password_reads() -> None:
    assert "Acme Payments" in await read(files.encrypted_pdf(""), "cv.pdf")


@pytest.mark.parametrize(
    ("build", "filename", "key"),
    [
        (lambda: files.scanned_pdf(), "scan.pdf", model.NO_TEXT_LAYER),
        (lambda: files.encrypted_pdf("secret"), "cv.pdf", model.ENCRYPTED),
        (lambda: files.cv_pdf()[: len(files.cv_pdf()) * 2 // 3], "cv.pdf", model.CORRUPT),
        (lambda: files.cv_pdf()[:-40], "cv.pdf", model.CORRUPT),
        (lambda: files.cv_docx()[:-2000], "cv.docx", model.CORRUPT),
        (lambda: files.png_bytes(), "cv.pdf", model.IMAGE),
        (lambda: files.png_bytes(), "photo.png", model.IMAGE),
        (lambda: files.elf_bytes(), "cv.pdf", model.NOT_A_DOCUMENT),
        (lambda: b"MZ\x90\x00\x03\x00\x00\x00" + bytes(4088), "cv.docx", model.NOT_A_DOCUMENT),
        (lambda: bytes(range(256)) * 8, "notes.txt", model.NOT_A_DOCUMENT),
        (lambda: b"just some text", "cv.pdf", model.NOT_A_DOCUMENT),
        (lambda: files.declared_bomb_docx(), "cv.docx", model.UNPACKS_TOO_LARGE),
        (lambda: files.deflate_bomb_docx(), "cv.docx", model.UNPACKS_TOO_LARGE),
        (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088), "cv.doc", model.LEGACY_OFFICE),
        (lambda: b"", "cv.pdf", model.EMPTY),
        (lambda: b" \n\t \n", "cv.txt", model.EMPTY),
        (lambda: files.blank_docx(), "cv.docx", model.NO_TEXT),
        (lambda: b"https://jobs.example.com/view/12345?ref=abc\n", "job.txt", model.LINK_ONLY),
        (lambda: files.flate_bomb_pdf(), "cv.pdf", model.TOO_COMPLEX),
    ],
    ids=[
        "scanned-pdf",
        "encrypted-pdf",
        "pdf-cut-in-the-middle",
        "pdf-missing-its-end",
        "docx-cut-short",
        "png-named-pdf",
        "png",
        "elf-named-pdf",
        "windows-exe-named-docx",
        "binary-named-txt",
        "text-named-pdf",
        "zip-declaring-4gb",
        "zip-inflating-150mb",
        "legacy-doc",
        "empty",
        "blank",
        "docx-without-text",
        "link-only",
        "pdf-flate-bomb",
    ],
)
async def test_files_that_are_not_read_say_why(build, filename: str, key: model.Key) -> None:  # type: ignore[no-untyped-def]
    error = await refused(build(), filename)
    assert error.key == key
    await assert_this_process_is_fine()


async def test_a_file_over_the_size_limit_is_refused_before_any_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("a child was started for a file over the limit")

    monkeypatch.setattr(asyncio, "create_subprocess_exec", no_child)
    error = await refused(b"%PDF-1.4\n" + bytes(21 * MB), "cv.pdf")
    assert error.key == model.TOO_LARGE
    assert {name: str(value.values["amount"]) for name, value in error.message.values.items()} == {  # type: ignore[union-attr]
        "size": "21.0",
        "limit": "20.0",
    }


async def test_more_pages_than_the_limit_are_refused_with_the_count() -> None:
    error = await refused(files.cv_pdf(pages=11), "cv.pdf")
    assert error.message == model.TOO_MANY_PAGES(pages=11, limit=10)
    assert "Page 3" in await read(files.cv_pdf(pages=3), "cv.pdf", DocumentLimits(max_pages=3))


@pytest.mark.parametrize(
    ("build", "filename"),
    [
        (lambda: files.text_file("word " * 6_001), "cv.txt"),
        (lambda: files.cv_pdf(pages=10), "cv.pdf"),
        (lambda: files.cv_docx(paragraphs=files.CV_LINES * 60), "cv.docx"),
    ],
    ids=["txt", "pdf", "docx"],
)
async def test_more_characters_than_the_limit_are_refused(build, filename: str) -> None:  # type: ignore[no-untyped-def]
    limits = DocumentLimits(max_chars=5_000)
    error = await refused(build(), filename, limits)
    assert error.message == model.TOO_LONG(limit=5_000)


async def test_a_child_that_takes_too_long_is_killed() -> None:
    started = time.monotonic()
    error = await refused(files.slow_pdf(), "cv.pdf", DocumentLimits(timeout_seconds=1.0))
    assert error.key == model.TIMED_OUT
    assert time.monotonic() - started < 3
    await assert_this_process_is_fine()


async def test_a_child_that_runs_out_of_memory_is_a_clear_error() -> None:
    big_text = files.text_file("experience " * 1_500_000)  # 16 MB of text
    error = await refused(big_text, "cv.txt", DocumentLimits(memory_mb=80, max_chars=10**8))
    assert error.key == model.TOO_COMPLEX
    await assert_this_process_is_fine()


async def test_a_child_that_cannot_even_start_is_a_clear_error() -> None:
    error = await refused(files.cv_pdf(), "cv.pdf", DocumentLimits(memory_mb=8))
    assert error.key == model.READER_FAILED
    await assert_this_process_is_fine()


async def test_a_cancelled_read_leaves_no_child_behind() -> None:
    task = asyncio.create_task(read(files.slow_pdf(), "cv.pdf"))
    await asyncio.sleep(0.5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await assert_this_process_is_fine()


async def test_the_child_gets_none_of_this_processs_secrets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GROQ_API_KEY", "secret-key")
    seen: dict[str, object] = {}
    real = asyncio.create_subprocess_exec

    async def spy(*args: object, **kwargs: object) -> object:
        seen.update(kwargs)
        return await real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(asyncio, "create_subprocess_exec", spy)
    await read(files.cv_pdf(), "cv.pdf")
    assert "GROQ_API_KEY" not in seen["env"]  # type: ignore[operator]
