"""The pure rules: telling kinds of file apart, normalising text, unfolding columns, links."""

from __future__ import annotations

import pytest

from engine.documents import model
from engine.documents.columns import unfold_columns
from engine.documents.formats import decode_text, looks_like_url_only, sniff
from engine.documents.model import DocumentError, DocumentKind
from engine.documents.normalise import normalise


@pytest.mark.parametrize(
    ("head", "filename", "kind"),
    [
        (b"%PDF-1.7\n", "cv.txt", DocumentKind.PDF),
        (b"\xef\xbb\xbfjunk\n%PDF-1.4\n", "cv", DocumentKind.PDF),  # header within the 1st KB
        (b"PK\x03\x04", "cv.pdf", DocumentKind.DOCX),  # the zip's contents decide later
        (b"MZ Smith, engineer", "cv.txt", DocumentKind.TEXT),
        (b"Plain words", "cv", DocumentKind.TEXT),
    ],
)
def test_the_bytes_decide_the_kind_not_the_name(
    head: bytes, filename: str, kind: DocumentKind
) -> None:
    assert sniff(head, filename) is kind


@pytest.mark.parametrize(
    ("head", "key"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", model.IMAGE),
        (b"GIF89a\x01\x00", model.IMAGE),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", model.IMAGE),
        (b"\x00\x00\x00\x18ftypheic", model.IMAGE),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", model.NOT_A_DOCUMENT),
        (b"{\\rtf1\\ansi", model.NOT_A_DOCUMENT),
        (b"\x1f\x8b\x08\x00", model.NOT_A_DOCUMENT),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", model.LEGACY_OFFICE),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            model.ENCRYPTED,
        ),
    ],
)
def test_pictures_programs_and_other_formats_are_named(head: bytes, key: model.Key) -> None:
    with pytest.raises(DocumentError) as caught:
        sniff(head + bytes(64), "cv.txt")
    assert caught.value.key == key


def test_text_decodes_from_utf16_without_a_mark_and_refuses_binary() -> None:
    assert decode_text("Senior engineer".encode("utf-16-le")) == "Senior engineer"
    assert decode_text("Senior engineer".encode("utf-16-be")) == "Senior engineer"
    assert decode_text("\ufeffBOM first".encode()) == "BOM first"
    with pytest.raises(DocumentError):
        decode_text(b"\x00\x01\x02\x03binary\x04\x05\x06\x07" * 10)


def test_normalise_joins_hyphenated_words_and_folds_characters() -> None:
    raw = (
        "Senior  experi-\n  ence in ﬁnance and ﬂow\r\n\n\n\n• Python\n\uf0b7 Go\n▪ SQL\n"
        "Front-\nEnd\u00a0team\u200b\x07 2019-\n2024 soft\u00adhy-\nphen"
    )
    assert normalise(raw) == (
        "Senior experience in finance and flow\n\n- Python\n- Go\n- SQL\n"
        "Front-\nEnd team 2019-\n2024 softhyphen"
    )


def test_columns_are_unfolded_but_a_right_aligned_date_stays_on_its_line() -> None:
    page = "\n".join(
        [
            "Jane Doe, engineer, jane@example.com",
            "",
            "EXPERIENCE                      SKILLS",
            "Acme 2019-2024                  Python, Go",
            "Built payments                  Kubernetes",
            "Led five people",
            "EDUCATION                       LANGUAGES",
            "MSc Munich                      German",
            "",
            "Acme Payments                                   2019 - 2024",
            "Designed the settlement service for two billion euros a year.",
            "Globex                                          2015 - 2019",
            "Built the fraud pipeline and was on call for the platform.",
        ]
    )
    assert normalise(unfold_columns(page)).splitlines() == [
        "Jane Doe, engineer, jane@example.com",
        "",
        "EXPERIENCE",
        "Acme 2019-2024",
        "Built payments",
        "Led five people",
        "EDUCATION",
        "MSc Munich",
        "",
        "SKILLS",
        "Python, Go",
        "Kubernetes",
        "LANGUAGES",
        "German",
        "",
        "Acme Payments 2019 - 2024",
        "Designed the settlement service for two billion euros a year.",
        "Globex 2015 - 2019",
        "Built the fraud pipeline and was on call for the platform.",
    ]


def test_a_single_column_page_is_left_as_it_is() -> None:
    page = "Jane Doe\nSenior engineer\nBuilt payment systems in Python\nLed a team of five"
    assert unfold_columns(page) == page


@pytest.mark.parametrize(
    "text",
    [
        "https://www.linkedin.com/jobs/view/3912345",
        "  www.example.com/careers/backend  \n",
        "<https://example.com/job>",
        "linkedin.com/in/jane-doe https://github.com/jane",
    ],
)
def test_links_alone_are_told(text: str) -> None:
    assert looks_like_url_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Node.js",
        "Senior engineer, see https://example.com/job for the advert",
        "I built example.com/checkout in Go and Python for two years",
    ],
)
def test_text_with_words_is_not_a_link(text: str) -> None:
    assert not looks_like_url_only(text)
