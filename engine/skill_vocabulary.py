"""The skill vocabulary (engine/skills.yaml plus the roles' key concepts): names found in text.

Every skill has one canonical lowercase name; aliases (abbreviations, spellings, near-synonyms)
map to it. Finding is by whole words and phrases, longest first, so "React Testing Library" is
one skill and not also "react". Typos in multi-word names ("objection handeling") are read
through a per-word spelling correction against the vocabulary's own words.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from engine.roles import default_roles

VOCABULARY_FILE = Path(__file__).parent / "skills.yaml"
CASE_SENSITIVE = "="  # an alias written "=Go" matches only as written
TYPO_CUTOFF = 0.86  # how close a misspelt word must be to a vocabulary word
TYPO_MIN_LENGTH = 6  # shorter words are never corrected
# Words (with inner dots: "node.js", "+" and "#": "c++", "c#"), and "/" and "&" on their own,
# so "a/b testing", "p&l" and "HTML/CSS" split the same way in names and in text.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#]*(?:\.[A-Za-z0-9]+)*|[/&]")
_JOINING = re.compile(r"[\s\-]*")  # what may stand between the words of one name
_COORDINATORS = frozenset({"and", "or", "&", "/"})


@dataclass(frozen=True)
class SkillMention:
    """One place a skill is named in a text."""

    skill: str  # canonical name
    start: int
    end: int


@dataclass(frozen=True)
class _Token:
    text: str
    lower: str
    start: int
    end: int
    glued: bool  # joined to the word before by a hyphen: "patient-scheduling"


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        glued = match.start() > 0 and text[match.start() - 1] == "-" and bool(tokens)
        glued = glued and tokens[-1].end == match.start() - 1
        tokens.append(_Token(match[0], match[0].lower(), match.start(), match.end(), glued))
    return tokens


def _key(name: str) -> tuple[str, ...]:
    return tuple(t.text for t in _tokens(name))


class SkillVocabulary:
    """Canonical skills with their aliases; finds them in text and canonicalises names."""

    def __init__(self, skills: dict[str, list[str]], domains: dict[str, list[str]]) -> None:
        """A vocabulary of ``skills`` (canonical -> aliases) and job ``domains``."""
        self.domains = domains
        self._canonical: dict[str, str] = {}  # lowercase name or alias -> canonical
        self._exact: dict[tuple[str, ...], str] = {}  # case-sensitive aliases, as tokens
        self._folded: dict[tuple[str, ...], str] = {}
        for name, aliases in skills.items():
            canonical = name.lower()
            self._canonical[canonical] = canonical
            # "go", "word", "epic": a name that is also an everyday word matches as cased only.
            if not any(a[1:].lower() == canonical for a in aliases if a.startswith(CASE_SENSITIVE)):
                self._folded[_key(canonical)] = canonical
            for alias in aliases:
                if alias.startswith(CASE_SENSITIVE):
                    self._exact.setdefault(_key(alias[1:]), canonical)
                    self._canonical.setdefault(alias[1:].lower(), canonical)
                else:
                    self._folded.setdefault(_key(alias.lower()), canonical)
                    self._canonical.setdefault(alias.lower(), canonical)
        self._longest = max(len(k) for k in [*self._exact, *self._folded])
        self._words = tuple(sorted({w for k in self._folded for w in k if len(w) >= 6}))
        self._known_words = frozenset(self._words)

    def canonical(self, name: str) -> str | None:
        """The canonical name of a skill name or alias (any case); None when it is unknown."""
        name = " ".join(name.lower().split())
        return self._canonical.get(name) or self._folded.get(_key(name))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.canonical(name) is not None

    def mentions(self, text: str) -> list[SkillMention]:
        """Every skill named in ``text``, with where; misspelt multi-word names included."""
        tokens = _tokens(text)
        words = [t.lower for t in tokens]
        found = list(self._matches(text, tokens, words, min_words=1))
        corrected = [self._correct(word) for word in words]
        if corrected != words:
            seen = {(m.start, m.skill) for m in found}
            for mention in self._matches(text, tokens, corrected, min_words=2):
                if (mention.start, mention.skill) not in seen:
                    found.append(mention)
        return sorted(found, key=lambda m: m.start)

    def find(self, text: str) -> list[str]:
        """The canonical skills named in ``text``, each once, in order of first mention."""
        return list(dict.fromkeys(m.skill for m in self.mentions(text)))

    def occurs(self, skill: str, text: str) -> bool:
        """True when ``skill`` (any name of it) is named in ``text``."""
        canonical = self.canonical(skill)
        return canonical is not None and canonical in self.find(text)

    def _matches(
        self, text: str, tokens: list[_Token], words: list[str], min_words: int
    ) -> Iterator[SkillMention]:
        """The longest name at each place, left to right; names of fewer words are skipped."""
        index = 0
        while index < len(tokens):
            size = self._longest_at(text, tokens, words, index)
            if size == 0:
                index += 1
                continue
            if size >= min_words:
                key = tuple(words[index : index + size])
                exact = tuple(t.text for t in tokens[index : index + size])
                skill = self._exact.get(exact) or self._folded[key]
                yield SkillMention(skill, tokens[index].start, tokens[index + size - 1].end)
                yield from self._coordinated(tokens, words, index, size, skill)
            index += size

    def _longest_at(self, text: str, tokens: list[_Token], words: list[str], index: int) -> int:
        if tokens[index].glued:
            return 0
        for size in range(min(self._longest, len(tokens) - index), 0, -1):
            if any(
                not _JOINING.fullmatch(text[tokens[i - 1].end : tokens[i].start])
                for i in range(index + 1, index + size)
            ):
                continue
            exact = tuple(t.text for t in tokens[index : index + size])
            if exact in self._exact or tuple(words[index : index + size]) in self._folded:
                return size
        return 0

    def _coordinated(
        self, tokens: list[_Token], words: list[str], index: int, size: int, skill: str
    ) -> Iterator[SkillMention]:
        """Names shared by coordination: "cohort and retention analysis" names cohort analysis."""
        if size < 2 or index < 2 or words[index - 1] not in _COORDINATORS:
            return
        name = self._folded.get((words[index - 2], *words[index + 1 : index + size]))
        if name and name != skill:
            yield SkillMention(name, tokens[index - 2].start, tokens[index + size - 1].end)

    def _correct(self, word: str) -> str:
        """The vocabulary word a misspelt ``word`` resembles, else the word itself."""
        if len(word) < TYPO_MIN_LENGTH or word in self._known_words or not word.isalpha():
            return word
        return _close_word(word, self._words) or word


@lru_cache(maxsize=4096)
def _close_word(word: str, words: tuple[str, ...]) -> str | None:
    close = difflib.get_close_matches(word, words, n=1, cutoff=TYPO_CUTOFF)
    return close[0] if close else None


def _role_concepts(renames: dict[str, str], ignored: Iterable[str]) -> dict[str, list[str]]:
    """The roles' key concepts as skills: renamed where the vocabulary names them otherwise."""
    skip = set(ignored)
    skills: dict[str, list[str]] = {}
    for role in default_roles().values():
        for concept in role.concepts:
            concept = concept.lower()
            if concept in skip:
                continue
            canonical = renames.get(concept, concept)
            aliases = skills.setdefault(canonical, [])
            if canonical != concept:
                aliases.append(concept)
    return skills


@lru_cache(maxsize=1)
def default_vocabulary() -> SkillVocabulary:
    """The product's vocabulary: engine/skills.yaml plus the roles' key concepts."""
    data = yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8"))
    skills: dict[str, list[str]] = {k: list(v or []) for k, v in data["skills"].items()}
    concepts = data["concepts"]
    for name, aliases in _role_concepts(concepts["renames"], concepts["ignored"]).items():
        known = skills.setdefault(name, [])
        known.extend(a for a in aliases if a not in known and a != name)
    return SkillVocabulary(skills, {k: list(v) for k, v in data["domains"].items()})
