"""Facts for tailored interviews, read off a user's Material: claims, gaps, matching roles.

Pure functions over the CV and job profiles (and their texts): which of the candidate's claims
to ask about, which of the job's must-haves the CV does not show, which role and which bank
questions fit the job best, and whether a generated question names only facts the texts hold.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import yaml

from engine.candidate import Material
from engine.roles import Role
from engine.skill_vocabulary import VOCABULARY_FILE, SkillVocabulary, default_vocabulary
from engine.text import concept_hits, numbers, sentences, words

MAX_CLAIM_WORDS = 32  # a claim longer than this is no question's opening
_YEARS = re.compile(r"^.*?\b(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now|today)\b\W*",
                    re.IGNORECASE)  # fmt: skip
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_NAME = re.compile(r"\b[A-Z][\w&'’.-]*[\w&]")
# Capitalised words a question may use without them being facts from the texts.
_COMMON_CAPITALS = frozenset(
    {"i", "cv", "star", "ok", "api", "apis", "what", "how", "why", "when", "where", "which", "who",
     "tell", "describe", "walk", "give", "explain", "imagine", "suppose", "say", "share", "talk",
     "think", "looking", "if", "in", "at", "on", "for", "your", "you", "the", "a", "an", "this",
     "that", "these", "those", "have", "has", "had", "did", "do", "does", "can", "could",
     "would", "will", "should", "is", "are", "was", "were", "let", "let's", "since", "after",
     "before", "during", "as", "and", "but", "so", "please", "now", "then", "given", "with",
     "from", "of", "to", "by", "one", "some", "any", "it", "my", "our", "we", "they", "there",
     "here", "also", "first", "finally", "next", "monday", "friday", "q1", "q2", "q3", "q4"}
)  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """Something the candidate's CV says they did: an achievement, a job, or a skill."""

    kind: str  # "achievement" | "position" | "skill"
    text: str  # as the CV words it (a sentence, "Title, Employer (years)", or a skill name)
    skills: tuple[str, ...]  # the skills it names (canonical)

    @property
    def id(self) -> str:
        """A stable question id for a question about this claim."""
        return "cv-" + self.kind + "-" + _digest(self.text)


def gap_id(skill: str) -> str:
    """A stable question id for the gap question on ``skill``."""
    return "job-gap-" + _digest(skill)


def _digest(text: str) -> str:
    return hashlib.sha1(text.lower().encode()).hexdigest()[:12]


def claims(material: Material, vocabulary: SkillVocabulary | None = None) -> list[Claim]:
    """The CV's claims worth a question, most telling first: achievements with numbers, then
    jobs, then skills (those the job asks for first)."""
    vocabulary = vocabulary or default_vocabulary()
    cv = material.cv
    if cv is None:
        return []
    found: list[Claim] = []
    for achievement in cv.achievements:
        for sentence in sentences(achievement):
            sentence = _YEARS.sub("", sentence).strip(" ,;-–")
            if numbers(sentence) and 4 <= len(words(sentence)) <= MAX_CLAIM_WORDS:
                found.append(Claim("achievement", sentence, tuple(vocabulary.find(sentence))))
    for position in cv.positions:
        named = ", ".join(part for part in (position.title, position.employer) if part)
        if named:
            found.append(Claim("position", named, tuple(vocabulary.find(named))))
    wanted = set(material.job.must_have + material.job.nice_to_have) if material.job else set()
    for skill in sorted(cv.skills, key=lambda s: (s not in wanted, cv.skills.index(s))):
        if skill in tool_skills():
            found.append(Claim("skill", skill, (skill,)))
    return list({claim.id: claim for claim in found}.values())


def gaps(material: Material, vocabulary: SkillVocabulary | None = None) -> list[str]:
    """The job's must-haves the CV does not show (all of them when there is no CV)."""
    vocabulary = vocabulary or default_vocabulary()
    if material.job is None:
        return []
    shown = set(material.cv.skills) if material.cv else set()
    return [
        skill
        for skill in material.job.must_have
        if skill not in shown and not vocabulary.occurs(skill, material.cv_text)
    ]


def as_written(skill: str, text: str) -> str:
    """The skill as ``text`` first writes it ("PostgreSQL" for postgresql), else its name."""
    vocabulary = default_vocabulary()
    for mention in vocabulary.mentions(text):
        if mention.skill == skill:
            return text[mention.start : mention.end]
    return skill


def requirements(material: Material) -> tuple[str, ...]:
    """The job's must-haves as the job text writes them (for the report's fit section)."""
    if material.job is None:
        return ()
    return tuple(as_written(skill, material.job_text) for skill in material.job.must_have)


def wanted_skills(material: Material) -> tuple[str, ...]:
    """What a tailored interview is about: the job's skills, else the CV's."""
    if material.job is not None and (material.job.must_have or material.job.nice_to_have):
        return material.job.must_have + material.job.nice_to_have
    return material.cv.skills if material.cv else ()


def role_skills(role: Role, vocabulary: SkillVocabulary | None = None) -> set[str]:
    """Every skill of the role: those its file names (concepts, questions, key concepts) and
    those of the vocabulary's sections that belong to it (engine/skills.yaml ``sections``)."""
    vocabulary = vocabulary or default_vocabulary()
    parts = [role.name, role.description, *role.concepts]
    for question in role.questions:
        parts += [question.text, *question.key_concepts]
    return set(vocabulary.find("\n".join(parts))) | section_skills().get(role.id, frozenset())


@lru_cache(maxsize=1)
def section_skills() -> dict[str, frozenset[str]]:
    """The skills.yaml skills by the role their section belongs to (role id -> skills)."""
    text = VOCABULARY_FILE.read_text(encoding="utf-8")
    roles_of = yaml.safe_load(text).get("sections") or {}
    by_role: dict[str, set[str]] = {}
    section = ""
    in_skills = False
    for line in text.splitlines():
        if not line.startswith(" "):
            in_skills = line.startswith("skills:")
            continue
        heading = re.match(r"\s*# --- ([^:]+)", line)
        if heading:
            section = heading[1].strip()
            continue
        entry = re.match(r"\s{2}([^\s#][^:]*):", line)
        if in_skills and entry:
            for role_id in roles_of.get(section, ()):
                by_role.setdefault(role_id, set()).add(entry[1].strip().lower())
    return {role_id: frozenset(skills) for role_id, skills in by_role.items()}


def ranked_roles(roles: Iterable[Role], material: Material) -> list[Role]:
    """The roles, those whose concepts best match the job (else the CV) first; ties keep order."""
    wanted = wanted_skills(material)
    title = set(words(material.job.title)) if material.job else set()

    def score(role: Role) -> float:
        known = role_skills(role)
        must = set(material.job.must_have) if material.job else set(wanted)
        hits = sum(2.0 if skill in must else 1.0 for skill in wanted if skill in known)
        topical = len(concept_hits(material.job_text or material.cv_text, role.concepts))
        return hits + 1.5 * len(title & set(words(role.name))) + 0.5 * topical

    listed = list(roles)
    scores = {role.id: score(role) for role in listed}
    return sorted(listed, key=lambda role: -scores[role.id])


def best_role(roles: Iterable[Role], material: Material) -> Role | None:
    """The role to suggest for a tailored interview (None when nothing matches at all)."""
    ranked = ranked_roles(roles, material)
    if not ranked or material.empty:
        return None
    best = ranked[0]
    return best if set(wanted_skills(material)) & role_skills(best) or material.job else None


@lru_cache(maxsize=1)
def tool_skills() -> frozenset[str]:
    """The vocabulary's named skills and tools (engine/skills.yaml), not the roles' concepts.

    Only these are facts a question may not invent: "trade-off" or "latency" are topics.
    """
    data = yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return frozenset(name.lower() for name in data["skills"])


def ungrounded(question: str, material: Material, role: Role | None = None) -> list[str]:
    """The employers, skills and numbers ``question`` names that neither text holds.

    A skill counts when the CV or job names it by any of its aliases; a number when the same
    digits stand in either text; a capitalised name (an employer, a product) when it occurs in
    either text, whatever its case. Empty: the question is grounded.
    """
    vocabulary = default_vocabulary()
    source = f"{material.cv_text}\n{material.job_text}"
    lowered = source.lower()
    missing: list[str] = []
    for skill in vocabulary.find(question):
        if skill in tool_skills() and not vocabulary.occurs(skill, source):
            missing.append(skill)
    present = set(_DIGITS.findall(source))
    missing += [n for n in _DIGITS.findall(question) if n not in present]
    allowed = _COMMON_CAPITALS | set(words(role.name if role else ""))
    for match in _NAME.finditer(question):
        name = re.sub(r"['’]s$", "", match[0].rstrip("."))
        if name.lower() in allowed or vocabulary.canonical(name) is not None:
            continue
        if not re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered):
            missing.append(name)
    return list(dict.fromkeys(missing))
