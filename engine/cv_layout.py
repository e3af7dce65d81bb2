"""The layout of a CV or job ad as plain text: columns, sections, bullets, dates.

Text pasted from a PDF often keeps two columns side by side on each line; they are read as
two streams, left then right. Sections are found by their headings in several spellings
(and with typos: "Experiance", "Skils"); everything here is pure string work.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

GUTTER = re.compile(r"\S( {3,})(?=\S)")  # a run of blanks between two columns
MIN_COLUMN_LINES = 5  # lines that must share a column start for the text to be two columns
BULLET = re.compile(r"^\s*(?:[-*•▪–—·●◦‣○]|\d+[.)])\s+")
HEADING_CUTOFF = 0.84

# Heading words, normalised (lowercase, letters and blanks), by the kind of section they open.
_KINDS = {
    "experience": [
        "experience", "work experience", "professional experience", "clinical experience",
        "employment", "employment history", "work history", "career history", "career", "work",
        "relevant experience", "teaching experience", "volunteering", "volunteer experience",
        "experience oldest first", "professional background", "positions held",
    ],
    "skills": [
        "skills", "core skills", "key skills", "technical skills", "tools skills",
        "tools methods", "tools", "competencies", "core competencies", "skills tools",
        "technologies", "tech stack", "expertise", "areas of expertise", "skills matrix",
        "clinical skills", "it skills", "skills and tools", "tools and skills",
    ],
    "education": [
        "education", "edu", "education registration", "education credentials",
        "qualifications", "education training", "training", "academic background",
        "education and training", "education and qualifications",
    ],
    "summary": [
        "summary", "profile", "about me", "personal profile", "professional summary",
        "about", "objective", "career objective", "personal statement", "overview",
    ],
    "achievements": ["achievements", "key achievements", "selected achievements", "highlights"],
    "certificates": ["certificates", "certifications", "licences", "licenses", "registration"],
    "languages": ["languages", "langs", "language skills"],
    "other": [
        "interests", "hobbies", "hobby", "misc", "talks", "references", "contact", "publications",
        "projects", "personal details", "curriculum vitae", "other", "awards",
    ],
}  # fmt: skip
HEADINGS = {phrase: kind for kind, phrases in _KINDS.items() for phrase in phrases}


@dataclass(frozen=True)
class Section:
    """A heading's kind and the lines under it ("header" for the lines before any heading)."""

    kind: str
    heading: str
    lines: tuple[str, ...]


def _gutter_column(lines: list[str]) -> int | None:
    """The column where a right-hand column starts, if enough lines share one."""
    starts: Counter[int] = Counter()
    for line in lines:
        for match in GUTTER.finditer(line):
            starts[match.end(1)] += 1
        indent = len(line) - len(line.lstrip(" "))
        if indent >= 20:
            starts[indent] += 1
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    return column if count >= MIN_COLUMN_LINES and column >= 20 else None


def decolumned(text: str) -> str:
    """Two side-by-side columns read as the left one, then the right one; else the text."""
    lines = text.splitlines()
    column = _gutter_column(lines)
    if column is None:
        return text
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        head, tail = line[:column], line[column:]
        if tail.strip() and (not head.strip() or head.endswith("  ")):
            left.append(head.rstrip())
            right.append(tail.rstrip())
        else:
            left.append(line.rstrip())
            right.append("")
    return "\n".join(left) + "\n\n" + "\n".join(right)


def _normalised(line: str) -> str:
    words = re.sub(r"[^a-z ]+", " ", line.lower().replace("&", " ")).split()
    return " ".join(w for w in words if w not in {"and"} or len(words) > 3)


def heading_kind(line: str) -> str | None:
    """The kind of section a heading line opens ("skills", "experience", ...), else None."""
    stripped = line.strip().rstrip(":").strip()
    if not stripped or BULLET.match(line) or len(stripped.split()) > 5:
        return None
    if stripped.endswith((".", ",", ";")) or re.search(r"\d{4}", stripped):
        return None
    name = _normalised(stripped)
    if name in HEADINGS:
        return HEADINGS[name]
    close = difflib.get_close_matches(name, HEADINGS, n=1, cutoff=HEADING_CUTOFF)
    return HEADINGS[close[0]] if close else None


def sections(text: str) -> list[Section]:
    """The text split at its headings; lines before the first one form the "header"."""
    found: list[Section] = []
    kind, heading = "header", ""
    lines: list[str] = []
    for line in text.splitlines():
        new_kind = heading_kind(line)
        if new_kind is not None:
            found.append(Section(kind, heading, tuple(lines)))
            kind, heading, lines = new_kind, line.strip(), []
        else:
            lines.append(line)
    found.append(Section(kind, heading, tuple(lines)))
    return [s for s in found if s.heading or any(line.strip() for line in s.lines)]


def units(lines: tuple[str, ...] | list[str]) -> list[str]:
    """Bullets (with their wrapped lines joined) and paragraphs (lines up to a blank)."""
    found: list[str] = []
    current: list[str] = []
    in_bullet = False
    for line in lines:
        if not line.strip():
            if current:
                found.append(" ".join(current))
            current, in_bullet = [], False
        elif BULLET.match(line):
            if current:
                found.append(" ".join(current))
            current, in_bullet = [BULLET.sub("", line).strip()], True
        elif in_bullet and line.startswith(" "):
            current.append(line.strip())  # a bullet's wrapped line
        else:
            if in_bullet and current:
                found.append(" ".join(current))
                current, in_bullet = [], False
            current.append(line.strip())
    if current:
        found.append(" ".join(current))
    return found


_ABBREVIATION = r"(?<!\b[A-Z])(?<!\be\.g)(?<!\bi\.e)(?<!\bapprox)(?<!\bincl)(?<!\bNo)(?<!\bvs)"
SENTENCE_END = re.compile(_ABBREVIATION + r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph (a light split: abbreviations and initials are kept)."""
    return [s.strip() for s in SENTENCE_END.split(" ".join(paragraph.split())) if s.strip()]
