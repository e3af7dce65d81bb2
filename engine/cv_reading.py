"""Reading a CV by rules: skills from the vocabulary, jobs and years, numbers, degrees.

Pure functions over the CV's text; the offline profile reader (engine/providers/
offline_profiles.py) wraps them. Nothing is invented: every skill is named in the text, every
employer and achievement is copied from it.
"""

from __future__ import annotations

import re

from engine.candidate import CvProfile, Education, Position
from engine.cv_layout import BULLET, Section, decolumned, sections, sentences, units
from engine.skill_vocabulary import SkillVocabulary, default_vocabulary

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:19|20)\d{2}"
_POINT = rf"(?:(?:{_MONTH}\s+|\d{{1,2}}\s?[/.]\s?)?{_YEAR})"
_NOW = r"(?:present|current(?:ly)?|now|today|date|ongoing|pres[a-z]*)"
_TO = r"\s*(?:-|–|—|to|until|till)\s*"
DATE_RANGE = re.compile(
    rf"(?:\bsince\s+(?P<since>{_POINT}))"
    rf"|(?:(?<![\d/])(?P<start>{_POINT}){_TO}"
    rf"(?:(?P<end>{_POINT})|(?P<short>\d{{2}})(?![\d/])|\b(?P<now>{_NOW})\b))"
    rf"|(?<![\d/£$€.,])(?P<single>{_YEAR})(?![\d%])",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(_YEAR)
SEPARATORS = re.compile(r"\s+(?:—|–|-|\||·)\s+")
PARENTHESES = re.compile(r"\s*\([^)]*\)")
NO_EMPLOYER = frozenset({"freelance", "self-employed", "self employed", "contract", "contractor"})
SAME_AS_ABOVE = frozenset({"same", "ditto", "same role", "cont", "continued"})
NARRATIVE_ROLE = re.compile(
    r"\b(?:I have been|I've been|I was|I worked as|I am|I'm|I joined [^.]*? as)\s+"
    r"(?:an?\s+|the\s+)?(?P<title>[A-Za-z][A-Za-z \-]{2,60}?)\s+at\s+"
    r"(?P<employer>[A-Z][\w&'.\-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&'.\-]*))*)"
)
DEGREE = re.compile(
    r"\b(?:B\.?Sc|M\.?Sc|B\.?A\.|M\.?A\.|BA|MA|BEng|MEng|BComm?|BBA|MBA|Ph\.?D|DPhil|PGCE|"
    r"PGDip|HND|HNC|LLB|LLM|BSN|MSN|ADN|BArch|MArch|Highers|A-levels?|Diploma|diploma|"
    r"Certificate|certificate|Bachelor(?:'s)?|Master(?:'s)?|Doctorate|Associate degree|CPA|"
    r"ACCA|CIMA|CFA|Technician|Bootcamp|bootcamp|Apprenticeship|Degree|degree|Hons)\b"
)
NARRATIVE_DEGREE = re.compile(
    rf"(?P<degree>{DEGREE.pattern}(?:\s+in\s+[A-Z][\w ]*?)?)\s+(?:from|at)\s+(?:the\s+)?"
    rf"(?P<institution>[A-Z][\w&'.\- ]*?)\s*\(?(?P<year>{_YEAR})\)?"
)
INSTITUTION = re.compile(r"\b(?:University|Univ\.|College|School|Institute|Academy|Polytechnic)")
# Numbers that are names or labels, not quantities: p99, NEWS2, Q4, 12-lead, Band 6, Java 17.
NOT_QUANTITY = re.compile(
    r"\b[A-Za-z]+\d+\w*\b|\b\d+-(?:lead|bed|point|form)\b|\d+(?:/\d+)?\s*[aA]\b\+?"
    r"|\b(?:band|stage|stages|level|year|tier|grade|key stage|ks|java|python|vue|wcag|ifrs|"
    r"version|v)\s*\d+(?:[.\-–]\d+)*\b",
    re.IGNORECASE,
)
EXPERIENCE_YEARS = re.compile(
    r"\b\d+\+?\s+years?\s+(?:of|in|across|on|as|experience)\b", re.IGNORECASE
)
NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|dozen|dozens|"
    r"half|double|doubled|tripled|halved)\b",
    re.IGNORECASE,
)
CONTACT = re.compile(r"@|https?://|www\.|linkedin|\+?\d[\d ()\-]{8,}\d")
SKIPPED_FOR_SKILLS = frozenset({"languages"})
ACHIEVEMENT_KINDS = frozenset({"experience", "summary", "achievements", "header", "other"})
SKIPPED_HEADINGS = re.compile(r"interest|hobb|talk|reference|contact|personal|language", re.I)


def years(text: str) -> tuple[int | None, int | None] | None:
    """(start, end) of the first date or range in ``text``; end None for "present"; else None."""
    match = DATE_RANGE.search(text)
    if match is None:
        return None
    if match["since"]:
        return _year(match["since"]), None
    if match["single"]:
        year = int(match["single"])
        return year, year
    start = _year(match["start"])
    if match["now"]:
        return start, None
    if match["short"]:
        return start, start // 100 * 100 + int(match["short"])
    return start, _year(match["end"])


def _year(point: str) -> int:
    return int(_LAST_YEAR.findall(point)[-1])


def without_dates(text: str) -> str:
    """``text`` with its dates and date ranges taken out."""
    return DATE_RANGE.sub(" ", text)


def _title_and_employer(text: str) -> tuple[str, str | None]:
    """ "Title — Employer, City", "Title, Employer — details" or "Title at Employer"."""
    text = PARENTHESES.sub("", text).strip(" —–-|,:;")
    parts = [p.strip() for p in SEPARATORS.split(text) if p.strip()]
    first = parts[0] if parts else ""
    if ", " in first:
        title, employer = [p.strip() for p in first.split(",")[:2]]
    elif " at " in first:
        title, employer = first.split(" at ", 1)
    else:
        title = first
        employer = parts[1].split(",")[0].strip() if len(parts) > 1 else ""
    if title.lower() in NO_EMPLOYER:
        return title, None
    return title, employer or None


def _first_part(line: str) -> str:
    return SEPARATORS.split(PARENTHESES.sub("", line).strip())[0].split(",")[0].strip()


def positions(section: Section) -> list[Position]:
    """The jobs of an experience section: header lines (title, employer) and their dates."""
    found: list[Position] = []
    pending: list[str] = []
    for line in section.lines:
        if not line.strip() or BULLET.match(line):
            pending = []
            continue
        dates = years(line)
        if dates is None:
            pending.append(line.strip())
            continue
        rest = without_dates(line).strip(" —–-|,:;\t")
        employer: str | None
        if pending and rest:
            title, employer = _first_part(pending[0]), _first_part(rest)
        elif len(pending) >= 2:
            title, employer = _first_part(pending[0]), _first_part(pending[1])
        elif pending:
            title, employer = _title_and_employer(pending[-1])
        else:
            title, employer = _title_and_employer(rest)
        pending = []
        if not title or title.lower() in SAME_AS_ABOVE or len(title.split()) > 8:
            continue
        found.append(Position(title, employer or "", dates[0], dates[1]))
    return found


def narrative_positions(text: str) -> list[Position]:
    """Jobs told in sentences: "Since 2019 I have been Head of Maths at Kestrel Academy"."""
    found: list[Position] = []
    for sentence in sentences(text):
        match = NARRATIVE_ROLE.search(sentence)
        dates = years(sentence)
        if match is None or dates is None:
            continue
        employer = re.sub(r"\s+(?:of|for|and|&|the)$", "", match["employer"].strip(" ,.;"))
        found.append(Position(match["title"].strip(), employer, dates[0], dates[1]))
    return found


def has_quantity(text: str, summary: bool = False) -> bool:
    """True when the text holds a count, amount or share: not only dates, labels or names."""
    text = NOT_QUANTITY.sub(" ", without_dates(text))
    if summary:
        text = EXPERIENCE_YEARS.sub(" ", text)
    return NUMBER.search(text) is not None


def achievements(section: Section) -> list[str]:
    """Bullets and sentences of a section that state a quantity, as written."""
    found = []
    for unit in units(section.lines):
        pieces = [unit] if len(unit) <= 300 else sentences(unit)
        for piece in pieces:
            if CONTACT.search(piece):
                continue
            if has_quantity(piece, summary=section.kind in {"summary", "header"}):
                found.append(piece.rstrip("."))
    return found


def education(section: Section) -> list[Education]:
    """Degrees of an education section: a line naming a degree, then its school and year."""
    found: list[Education] = []
    degree, institution, year = "", "", None
    for line in (*section.lines, ""):
        text = line.strip()
        narrative = NARRATIVE_DEGREE.findall(text) if len(text) > 120 else []
        if narrative:
            continue
        if DEGREE.search(text) or not text:
            if degree:
                found.append(Education(degree, institution, year))
            degree, institution, year = "", "", None
            if not text:
                continue
            dated = years(text)
            year = dated[1] or dated[0] if dated else None
            parts = [p.strip() for p in re.split(r"\s+(?:—|–|\|)\s+|,\s*", without_dates(text))]
            parts = [PARENTHESES.sub("", p).strip() for p in parts if p.strip()]
            degree = parts[0] if parts else text
            institution = next((p for p in parts[1:] if INSTITUTION.search(p)), "")
        elif degree:
            dated = years(text)
            if INSTITUTION.search(text) and not institution:
                institution = _first_part(without_dates(text))
            if dated and year is None:
                year = dated[1] or dated[0]
    return found


def narrative_education(text: str) -> list[Education]:
    """Degrees told in sentences: "I hold a BSc in Maths from the University of Carrow (2013)"."""
    return [
        Education(m["degree"], m["institution"].strip(), int(m["year"]))
        for m in NARRATIVE_DEGREE.finditer(" ".join(text.split()))
    ]


def read_cv(text: str, vocabulary: SkillVocabulary | None = None) -> CvProfile:
    """The profile a CV's text shows, by rules."""
    vocabulary = vocabulary or default_vocabulary()
    parts = sections(decolumned(text))
    skills: list[str] = []
    jobs: list[Position] = []
    numbers: list[str] = []
    degrees: list[Education] = []
    for section in parts:
        body = "\n".join(section.lines)
        if section.kind not in SKIPPED_FOR_SKILLS and not SKIPPED_HEADINGS.search(section.heading):
            skills += vocabulary.find(body)
        if section.kind == "experience":
            jobs += positions(section)
        if section.kind == "education":
            degrees += education(section)
        if section.kind in ACHIEVEMENT_KINDS and not SKIPPED_HEADINGS.search(section.heading):
            numbers += achievements(section)
    prose = "\n".join("\n".join(s.lines) for s in parts if s.kind in {"summary", "header", "other"})
    if not jobs:
        jobs = narrative_positions(prose)
    if not degrees:
        degrees = narrative_education(prose)
    return CvProfile(
        skills=tuple(dict.fromkeys(skills)),
        positions=tuple(jobs),
        achievements=tuple(dict.fromkeys(numbers)),
        education=tuple(degrees),
    )
