"""A Word (.docx) file's text with python-docx, after its zip is checked for a bomb.

Run in the reading child only. python-docx reads every part of the zip into memory, so the
declared sizes are checked first (zipfile stops a member at its declared size, so a member
cannot lie its way past the check).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from engine.documents.model import (
    CORRUPT,
    ENCRYPTED,
    NO_TEXT,
    NOT_A_DOCUMENT,
    TOO_LONG,
    UNPACKS_TOO_LARGE,
    DocumentError,
)
from engine.documents.normalise import normalise

MAIN_PART = "word/document.xml"
_MAX_MEMBERS = 1000
_MAX_UNPACKED_BYTES = 128 * 1024 * 1024
_MAX_RATIO = 100  # XML compresses 5-30 times; a bomb, thousands
_RATIO_FROM_BYTES = 1024 * 1024  # small members may compress better without harm
_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
# Text boxes (a CV template's side bar), once each: Word stores a copy for old readers too.
_TEXT_BOXES = etree.XPath(
    "//w:txbxContent[not(ancestor::mc:Fallback)][not(ancestor::w:txbxContent)]",
    namespaces=_NAMESPACES,
)
_BOX_PARAGRAPHS = etree.XPath(".//w:p", namespaces=_NAMESPACES)
_RUN_TEXTS = etree.XPath(".//w:t/text()", namespaces=_NAMESPACES)


def docx_text(data: bytes, max_chars: int) -> str:
    """The document's normalised text (tables row by row), or a DocumentError saying why not."""
    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise DocumentError(CORRUPT()) from error
    parts = [*_headers(document), *_body(document), *_text_boxes(document)]
    text = normalise("\n".join(parts))
    if len(text) > max_chars:
        raise DocumentError(TOO_LONG(limit=max_chars))
    if not text:
        raise DocumentError(NO_TEXT())
    return text


def check_zip(data: bytes) -> None:
    """A DocumentError unless ``data`` is a Word zip that unpacks to a sane size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise DocumentError(CORRUPT()) from error
    if len(members) > _MAX_MEMBERS:
        raise DocumentError(UNPACKS_TOO_LARGE())
    if MAIN_PART not in {member.filename for member in members}:
        raise DocumentError(NOT_A_DOCUMENT())  # another zip: a spreadsheet, an archive…
    if any(member.flag_bits & 0x1 for member in members):
        raise DocumentError(ENCRYPTED())
    if sum(member.file_size for member in members) > _MAX_UNPACKED_BYTES:
        raise DocumentError(UNPACKS_TOO_LARGE())
    for member in members:
        packed = max(member.compress_size, 1)
        if member.file_size > _RATIO_FROM_BYTES and member.file_size / packed > _MAX_RATIO:
            raise DocumentError(UNPACKS_TOO_LARGE())


def _body(document: docx.document.Document) -> Iterator[str]:
    """The body's paragraphs and tables in their order."""
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        else:
            yield from _table_rows(block)


def _table_rows(table: Table) -> Iterator[str]:
    """A table's rows, one line each, cells joined by " | " (a merged cell once)."""
    for row in table.rows:
        cells: list[str] = []
        seen: set[object] = set()
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            inner = " ".join(
                text
                for block in cell.iter_inner_content()
                for text in ([block.text] if isinstance(block, Paragraph) else _table_rows(block))
                if text.strip()
            )
            if inner:
                cells.append(inner)
        if cells:
            yield " | ".join(cells)


def _headers(document: docx.document.Document) -> Iterator[str]:
    """The first section's header: where a CV's name and contact details often are."""
    if not document.sections:
        return
    header = document.sections[0].header
    if header.is_linked_to_previous:
        return
    for block in header.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        else:
            yield from _table_rows(block)


def _text_boxes(document: docx.document.Document) -> Iterator[str]:
    """The paragraphs of the body's text boxes."""
    for box in _TEXT_BOXES(document.element.body):
        yield ""
        for paragraph in _BOX_PARAGRAPHS(box):
            yield "".join(str(text) for text in _RUN_TEXTS(paragraph))
