"""Real documents for tests and benches: PDFs (fpdf2, pypdf), Word files (python-docx), text,
and hostile files (a zip bomb that declares gigabytes, an executable, a picture)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

CV_LINES = [
    "Jane Doe - Senior Backend Engineer",
    "jane.doe@example.com - Berlin",
    "",
    "EXPERIENCE",
    "Acme Payments, Staff Engineer, 2019-2024",
    "Designed the settlement service that moved 2 billion euros a year in Python and Go.",
    "Led a team of five engineers through the migration from a monolith to services.",
    "Cut the p99 latency of the ledger API from 900 ms to 120 ms with careful indexing.",
    "",
    "Globex, Software Engineer, 2015-2019",
    "Built the data pipeline that fed the fraud models; on call for the payments platform.",
    "",
    "EDUCATION",
    "MSc Computer Science, Technical University of Munich, 2015",
]
LEFT_COLUMN = [
    "EXPERIENCE",
    "Acme Payments 2019-2024",
    "Built settlement services",
    "in Python and Go",
    "Led a team of five",
    "EDUCATION",
    "MSc Computer Science",
]
RIGHT_COLUMN = [
    "SKILLS",
    "Python, Go, SQL",
    "Kubernetes, Terraform",
    "LANGUAGES",
    "English, German",
    "INTERESTS",
    "Climbing, chess",
]


def cv_pdf(pages: int = 1, lines: list[str] | None = None) -> bytes:
    """A one-column CV as a PDF with a text layer, ``lines`` repeated on every page."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        for line in lines or CV_LINES:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, f"Page {number}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def two_column_pdf() -> bytes:
    """A CV in two columns, written row by row (as table-based templates do), under a title."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(10, 10)
    pdf.cell(190, 8, "Jane Doe - Senior Backend Engineer - jane.doe@example.com")
    for row, (left, right) in enumerate(zip(LEFT_COLUMN, RIGHT_COLUMN, strict=True)):
        pdf.set_xy(10, 25 + row * 7)
        pdf.cell(90, 6, left)
        pdf.set_xy(120, 25 + row * 7)
        pdf.cell(80, 6, right)
    return bytes(pdf.output())


def png_bytes() -> bytes:
    """A small PNG that looks like a page of text (dark bars on white)."""
    image = Image.new("L", (400, 560), color=255)
    draw = ImageDraw.Draw(image)
    for row in range(30):
        draw.rectangle((30, 30 + row * 17, 370 - (row % 4) * 40, 38 + row * 17), fill=20)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF of page images only, like a scan: pages, no text layer."""
    pdf = FPDF()
    picture = Image.open(io.BytesIO(png_bytes()))
    for _ in range(pages):
        pdf.add_page()
        pdf.image(picture, x=10, y=10, w=190)
    return bytes(pdf.output())


def encrypted_pdf(user_password: str) -> bytes:
    """``cv_pdf()`` encrypted with AES-256; an empty user password opens it without asking."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(cv_pdf())))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def raw_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page content stream is ``content``, Flate-compressed."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def slow_pdf(operators: int = 400_000) -> bytes:
    """A valid one-page PDF with a huge content stream of tiny text runs: slow to read."""
    return raw_pdf(b"BT /F1 1 Tf 10 10 Td (x) Tj ET\n" * operators)


def flate_bomb_pdf(megabytes: int = 200) -> bytes:
    """A one-page PDF whose content stream inflates to ``megabytes`` of spaces."""
    return raw_pdf(b" " * (megabytes * 1024 * 1024))


def cv_docx(with_table: bool = True, paragraphs: list[str] | None = None) -> bytes:
    """A CV as a Word file: a heading, paragraphs and a table of skills."""
    document = docx.Document()
    document.add_heading("Jane Doe", level=1)
    for line in paragraphs if paragraphs is not None else CV_LINES[1:]:
        document.add_paragraph(line)
    if with_table:
        table = document.add_table(rows=3, cols=2)
        for row, (skill, level) in enumerate(
            [("Skill", "Level"), ("Python", "Expert"), ("Kubernetes", "Advanced")]
        ):
            table.cell(row, 0).text = skill
            table.cell(row, 1).text = level
    document.add_paragraph("References on request.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def blank_docx() -> bytes:
    """A Word file with nothing written in it but empty paragraphs."""
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph("   ")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def declared_bomb_docx(declared_bytes: int = 4 * 1024**3 - 1) -> bytes:
    """A real Word file whose document.xml claims to unpack to ``declared_bytes`` (4 GB).

    Only the sizes in the zip's headers are rewritten; nothing that large exists anywhere.
    """
    data = bytearray(cv_docx())
    name = b"word/document.xml"
    # Local header: "PK\3\4", sizes at offsets 18 (compressed) and 22 (uncompressed).
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_length] == name:
            struct.pack_into("<I", data, local + 22, declared_bytes)
        local = data.find(b"PK\x03\x04", local + 4)
    # Central directory: "PK\1\2", uncompressed size at offset 24, name at 46.
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, declared_bytes)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def deflate_bomb_docx(megabytes: int = 150) -> bytes:
    """A Word file whose document.xml truly inflates to ``megabytes`` (about 1000:1).

    Written in 1 MB chunks, so building it never holds the unpacked part in memory.
    """
    source = zipfile.ZipFile(io.BytesIO(cv_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in source.infolist():
            if member.filename != "word/document.xml":
                bomb.writestr(member, source.read(member))
                continue
            with bomb.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(source.read(member)[: -len(b"</w:document>")])
                chunk = b" " * (1024 * 1024)
                for _ in range(megabytes):
                    part.write(chunk)
                part.write(b"</w:document>")
    return out.getvalue()


def elf_bytes(size: int = 4096) -> bytes:
    """The start of a Linux executable: an ELF header and zero padding."""
    header = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + struct.pack("<HHI", 2, 62, 1)
    return header + b"\x00" * (size - len(header))


def text_file(text: str, encoding: str = "utf-8") -> bytes:
    """``text`` encoded as a plain text file would be."""
    return text.encode(encoding)
