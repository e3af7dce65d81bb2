"""Reading a job ad by rules: must-have and nice-to-have skills, seniority and domain.

A job ad either has requirement headings ("Requirements", "You have", "Must:", "Nice to have",
"Bonus points", "Desirable") or is prose; then each sentence's cue ("you must", "is essential",
"would be an advantage", "ideally") says which list its skills go to. Duties and perks name
skills too, but they are not requirements, so they are left out.
"""

from __future__ import annotations

import difflib
import re

from engine.candidate import JobProfile
from engine.cv_layout import BULLET, HEADING_CUTOFF, sentences, units
from engine.skill_vocabulary import SkillVocabulary, default_vocabulary

MUST, NICE, OTHER = "must", "nice", "other"
_JOB_HEADINGS = {
    MUST: [
        "requirements", "requirement", "you have", "must", "must have", "must haves",
        "essential", "essential criteria", "what you ll need", "what you need",
        "what we re looking for", "what we are looking for", "who you are", "about you",
        "you will need", "required", "qualifications", "minimum qualifications",
        "required qualifications", "skills and experience", "your profile", "the ideal candidate",
        "what you bring", "you bring", "you ll have", "experience", "skills",
    ],
    NICE: [
        "nice to have", "nice to haves", "bonus", "bonus points", "plus", "pluses", "desirable",
        "preferred", "preferred qualifications", "it would be great if you also have",
        "it would be great if", "would be a plus", "nice extras", "extra credit",
        "even better if", "bonus if you have",
    ],
    OTHER: [
        "about the role", "about us", "what you ll do", "responsibilities", "the role", "duties",
        "what the job is", "what we offer", "benefits", "package", "salary", "perks",
        "what you ll learn", "person specification", "how to apply", "about the team",
        "the job", "your day", "what we do", "why join us", "the team", "key responsibilities",
    ],
}  # fmt: skip
JOB_HEADINGS = {phrase: kind for kind, phrases in _JOB_HEADINGS.items() for phrase in phrases}
NICE_CUE = re.compile(
    r"\b(?:nice to have|bonus|a plus|an? (?:real |big |great |definite )?(?:advantage|plus)|"
    r"as would|advantageous|desirable|preferred|preferably|ideally|would help|welcome|"
    r"would be great|not essential|not required|is a bonus)\b",
    re.IGNORECASE,
)
MUST_CUE = re.compile(
    r"\b(?:must|essential|required|requirements?|you will need|you'll need|you need|you have|"
    r"you should have|you will have|we are looking for|we're looking for|need to have|"
    r"at least|proven|confident (?:with|in|handling|using)|experience (?:with|in|of))\b",
    re.IGNORECASE,
)
# A paragraph after a requirement list that talks about the employer: perks, not requirements.
PERKS = re.compile(r"^(?:we offer|we pay|we give|in return|salary|package|benefits|perks)\b", re.I)
_SENIORITY_TITLE = [
    ("lead", r"\b(?:lead|head of|director|manager of managers|principal lead|team lead)\b"),
    ("senior", r"\b(?:senior|sr\.?|principal|staff|expert)\b"),
    ("junior", r"\b(?:junior|jr\.?|graduate|entry[- ]level|trainee|intern|apprentice|assistant)\b"),
    ("mid", r"\bmid(?:[- ]level)?\b|\bintermediate\b"),
]
_ENTRY_LEVEL = re.compile(
    r"\bentry[- ]level\b|\bno experience (?:needed|necessary|required)\b|\bfirst job\b", re.I
)
_LEADS_PEOPLE = re.compile(
    r"\b(?:you(?:'ll| will)? (?:lead|manage) (?:a |the |our )?(?:team|[a-z]+ (?:managers|leads)))"
    r"|\blead(?:ing)? (?:a team|teams|managers|six|five|four|three)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(
    r"(?:(?P<n>\d+)\+?|(?P<w>one|two|three|four|five|six|seven|eight|nine|ten))\s*\+?\s*"
    r"years?['’]?\s+(?:of\s+)?(?:[a-z\-]+\s+){0,3}?(?:experience|building|working|in|as)",
    re.IGNORECASE,
)
_WORD_NUMBERS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())
}


def _heading(line: str) -> tuple[str, str] | None:
    """(kind, rest of the line) when the line is a job ad heading: "Must:", "Nice to have"."""
    stripped = line.strip()
    if not stripped or BULLET.match(line):
        return None
    head, colon, rest = stripped.partition(":")
    if not colon:
        head, rest = stripped, ""
    if len(head.split()) > 8 or head.endswith((".", ",")):
        return None
    name = " ".join(re.sub(r"[^a-z ]+", " ", head.lower()).split())
    kind = JOB_HEADINGS.get(name)
    if kind is None:
        close = difflib.get_close_matches(name, JOB_HEADINGS, n=1, cutoff=HEADING_CUTOFF)
        kind = JOB_HEADINGS[close[0]] if close else None
    return (kind, rest.strip()) if kind else None


def requirement_units(text: str) -> list[tuple[str, str]] | None:
    """(must|nice, line) for the lines under requirement headings; None when there are none."""
    found: list[tuple[str, str]] = []
    kind = OTHER
    block: list[str] = []
    seen_requirements = False

    def flush() -> None:
        if kind != OTHER:
            found.extend((kind, unit) for unit in units(block))

    for line in text.splitlines():
        heading = _heading(line)
        if heading is None:
            block.append(line)
            continue
        flush()
        kind, block = heading[0], [heading[1]] if heading[1] else []
        seen_requirements = seen_requirements or kind != OTHER
    flush()
    if not seen_requirements:
        return None
    return [
        (NICE if NICE_CUE.search(unit) else kind, unit)
        for kind, unit in found
        if not PERKS.match(unit)
    ]


def prose_units(text: str) -> list[tuple[str, str]]:
    """(must|nice, sentence) for the sentences of a prose ad that state a requirement."""
    found = []
    for paragraph in units(text.splitlines()):
        for sentence in sentences(paragraph):
            if NICE_CUE.search(sentence):
                found.append((NICE, sentence))
            elif MUST_CUE.search(sentence):
                found.append((MUST, sentence))
    return found


def seniority(title: str, text: str) -> str:
    """junior, mid, senior or lead: from the title line, else the experience asked for."""
    for level, pattern in _SENIORITY_TITLE:
        if re.search(pattern, title, re.IGNORECASE):
            return level
    if _ENTRY_LEVEL.search(text):
        return "junior"
    if _LEADS_PEOPLE.search(text):
        return "lead"
    asked = [
        int(m["n"]) if m["n"] else _WORD_NUMBERS[m["w"].lower()] for m in _YEARS.finditer(text)
    ]
    if asked:
        most = max(asked)
        return "junior" if most < 2 else "mid" if most < 5 else "senior"
    return "mid"


def job_title(text: str) -> str:
    """The first line, without the team or place after a dash, bar or bracket."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return re.split(r"\s+[—–|·-]\s+|\s*\(", first)[0].strip()[:120]


def domain(text: str, vocabulary: SkillVocabulary) -> str:
    """The business or clinical area the ad names most (the title and first lines count twice)."""
    head = "\n".join(text.strip().splitlines()[:3]).lower()
    body = text.lower()
    best, best_score = "", 0
    for name, cues in vocabulary.domains.items():
        score = 0
        for cue in cues:
            pattern = r"(?<![\w-])" + re.escape(cue.lower()) + r"(?!\w)"
            score += len(re.findall(pattern, body)) + len(re.findall(pattern, head))
        if score > best_score:
            best, best_score = name, score
    return best


def read_job(text: str, vocabulary: SkillVocabulary | None = None) -> JobProfile:
    """The profile a job ad's text shows, by rules."""
    vocabulary = vocabulary or default_vocabulary()
    lines = requirement_units(text)
    if lines is None:
        lines = prose_units(text)
    must: list[str] = []
    nice: list[str] = []
    for kind, unit in lines:
        (must if kind == MUST else nice).extend(vocabulary.find(unit))
    must = list(dict.fromkeys(must))
    nice = [skill for skill in dict.fromkeys(nice) if skill not in must]
    title = job_title(text)
    return JobProfile(
        title=title,
        must_have=tuple(must),
        nice_to_have=tuple(nice),
        seniority=seniority(text.strip().splitlines()[0] if text.strip() else "", text),
        domain=domain(text, vocabulary),
    )
