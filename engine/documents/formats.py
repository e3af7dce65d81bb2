"""What kind of file some bytes are, told by their signature and never by the file's name."""

from __future__ import annotations

import codecs
import re

from engine.documents.model import (
    CORRUPT,
    ENCRYPTED,
    IMAGE,
    LEGACY_OFFICE,
    NOT_A_DOCUMENT,
    DocumentError,
    DocumentKind,
)

_PDF = b"%PDF-"
_PDF_HEADER_WINDOW = 1024  # readers accept a header anywhere in the first kilobyte
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt before 2007
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # an OLE stream's name
_IMAGES = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
)
_EXECUTABLES = (
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",  # Mach-O, 32 and 64 bit, both byte orders
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # Mach-O universal, or a Java class
    b"\x00asm",  # WebAssembly
)
_OTHER_BINARIES = (b"{\\rtf", b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"BZh")
_CLAIMED_BY_NAME = {".pdf": DocumentKind.PDF, ".docx": DocumentKind.DOCX}
# Control characters (Unicode category Cc) other than line ends, tabs and form feeds.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)\S+"  # with a scheme or www.
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*",  # or a domain with a path: linkedin.com/jobs/…
    re.IGNORECASE,
)


def sniff(data: bytes, filename: str) -> DocumentKind:
    """The kind of document ``data`` is, or a DocumentError naming what it is instead.

    Text is only a candidate here: whether it decodes is told when it is read. A name that
    claims PDF or Word for bytes that are neither is not believed, nor read as text.
    """
    head = data[:_PDF_HEADER_WINDOW]
    if _PDF in head:
        return DocumentKind.PDF
    if data.startswith(_ZIP):
        return DocumentKind.DOCX
    if data.startswith(_OLE):
        # A password-protected .docx is an OLE file holding the zip encrypted.
        encrypted = _ENCRYPTED_PACKAGE in data
        raise DocumentError(ENCRYPTED() if encrypted else LEGACY_OFFICE())
    if data.startswith(_IMAGES) or _is_webp_or_heic(data):
        raise DocumentError(IMAGE())
    if data.startswith(_EXECUTABLES + _OTHER_BINARIES) or _is_dos_executable(data):
        raise DocumentError(NOT_A_DOCUMENT())
    if _claimed_kind(filename) is not None:
        raise DocumentError(NOT_A_DOCUMENT())
    return DocumentKind.TEXT


def decode_text(data: bytes) -> str:
    """``data`` as text (UTF-8, UTF-16 or Windows-1252), or a DocumentError if it is not text."""
    for encoding in _encodings(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_printable(text):
            return text.removeprefix("\ufeff")
    raise DocumentError(NOT_A_DOCUMENT())


def looks_like_url_only(text: str) -> bool:
    """Whether ``text`` is nothing but one to three links (which are not fetched)."""
    words = text.split()
    return 0 < len(words) <= 3 and all(_URL.fullmatch(word.strip("<>()[]")) for word in words)


def check_pdf_is_whole(data: bytes) -> None:
    """A DocumentError unless the PDF ends with its end-of-file marker (it was cut short)."""
    if b"%%EOF" not in data[-_PDF_HEADER_WINDOW:]:
        raise DocumentError(CORRUPT())


def _encodings(data: bytes) -> list[str]:
    """The encodings worth trying for ``data``, most likely first."""
    if data.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    # UTF-16 without a mark: Latin text has a zero byte in every other place.
    sample = data[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return ["utf-16-le"]
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return ["utf-16-be"]
    return ["utf-8", "cp1252"]


def _mostly_printable(text: str) -> bool:
    """Whether control characters are rare in ``text``, as in text and unlike binary data."""
    return len(_CONTROLS.findall(text)) <= _MAX_CONTROL_SHARE * len(text)


def _is_webp_or_heic(data: bytes) -> bool:
    """WebP (RIFF…WEBP) or HEIC/AVIF (an ISO box ``ftyp`` with an image brand)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    return data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"avif")


def _is_dos_executable(data: bytes) -> bool:
    """A Windows/DOS executable: "MZ" and a binary header (text may begin with "MZ" too)."""
    return data.startswith(b"MZ") and b"\x00" in data[2:64]


def _claimed_kind(filename: str) -> DocumentKind | None:
    """The kind the file's name claims, if it claims PDF or Word."""
    lowered = filename.lower().strip()
    return next((kind for ext, kind in _CLAIMED_BY_NAME.items() if lowered.endswith(ext)), None)
