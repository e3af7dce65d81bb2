"""A PDF's text with pypdf, page by page, columns unfolded; run in the reading child only."""

from __future__ import annotations

import io
import logging

import pypdf
import pypdf.filters
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

from engine.documents.columns import unfold_columns
from engine.documents.formats import check_pdf_is_whole
from engine.documents.model import (
    CORRUPT,
    ENCRYPTED,
    NO_TEXT_LAYER,
    TOO_COMPLEX,
    TOO_LONG,
    TOO_MANY_PAGES,
    DocumentError,
)
from engine.documents.normalise import meaningful_characters, normalise

# A page with fewer letters and digits than this, on average, is a picture of text.
_MIN_CHARACTERS_PER_PAGE = 20


def pdf_text(data: bytes, max_pages: int, max_chars: int) -> tuple[str, int]:
    """The PDF's normalised text and its page count, or a DocumentError saying why not."""
    check_pdf_is_whole(data)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are about the file
    pypdf.filters.JBIG2DEC_BINARY = None  # never start a program for an image's sake
    try:
        return _read(data, max_pages, max_chars)
    except DocumentError:
        raise
    except (LimitReachedError, MemoryError) as error:
        raise DocumentError(TOO_COMPLEX()) from error
    except (FileNotDecryptedError, DependencyError) as error:
        raise DocumentError(ENCRYPTED()) from error
    except Exception as error:  # pypdf meets a broken file with many kinds of error
        raise DocumentError(CORRUPT()) from error


def _read(data: bytes, max_pages: int, max_chars: int) -> tuple[str, int]:
    """The text of every page, checked against the limits as it grows."""
    # Not strict: real CVs come from many writers and most small faults are harmless.
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise DocumentError(ENCRYPTED())  # an empty user password opens many "protected" PDFs
    page_count = len(reader.pages)
    if page_count > max_pages:
        raise DocumentError(TOO_MANY_PAGES(pages=page_count, limit=max_pages))
    pages: list[str] = []
    length = 0
    for page in reader.pages:
        text = normalise(_page_text(page))
        length += len(text) + 2
        if length > max_chars + 2:
            raise DocumentError(TOO_LONG(limit=max_chars))
        pages.append(text)
    text = "\n\n".join(page for page in pages if page)
    if meaningful_characters(text) < _MIN_CHARACTERS_PER_PAGE * max(page_count, 1):
        raise DocumentError(NO_TEXT_LAYER())
    return text, page_count


def _page_text(page: pypdf.PageObject) -> str:
    """The page's text laid out as on the page, columns one after the other.

    Layout mode keeps columns apart (plain mode interleaves their lines); it fails on some
    unusual fonts and pages, where plain mode still reads.
    """
    try:
        return unfold_columns(page.extract_text(extraction_mode="layout"))
    except (LimitReachedError, MemoryError):
        raise
    except Exception:
        return page.extract_text()
