"""What a correct answer says or never says, and the offline check of an answer against it.

A claim is prose (what the interviewer LLM reads and what a report can cite) and, when it can be
checked without an LLM, its subject (``about``) and the phrases that make it (``cues``). The check
reads an answer clause by clause (engine/clauses.py): a clause makes a claim when it is about the
claim's subject and no other subject of the question, and says one of the claim's cues with no
negation just before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from engine.clauses import Clause, Key, Span, cue_spans, cue_stems, read, subject_key, subjects_of

if TYPE_CHECKING:
    from engine.questions import Question

Phrase = Annotated[str, Field(min_length=1)]


class Claim(BaseModel):
    """One statement a correct answer makes (must say) or never makes (must not say).

    A plain string validates as a claim with only its text: the LLM reads it, the offline check
    cannot find it. Such a claim is stored as that string again, as questions were before.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: Phrase
    about: str = ""  # the subject, e.g. "left join"
    # other names of the subject: "NPS" for "net promoter score", "glucose" for "blood sugar"
    aliases: tuple[Phrase, ...] = ()
    cues: tuple[Phrase, ...] = ()  # any one of them, in a clause about the subject, makes it

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        """A plain string is the text alone; ``about`` given as a list is the subject's names,
        the first one its name and the others aliases."""
        if isinstance(value, str):
            return {"text": value}
        if isinstance(value, dict) and isinstance(value.get("about"), list | tuple):
            names = [str(name) for name in value["about"]]
            rest = list(value.get("aliases", ()))
            return {**value, "about": names[0] if names else "", "aliases": [*names[1:], *rest]}
        return value

    @model_validator(mode="after")
    def _checkable_or_plain(self) -> Claim:
        if bool(self.about.strip()) != bool(self.cues):
            raise ValueError("a claim has both about and cues, or neither")
        if self.about and not subject_key(self.about):
            raise ValueError(f"about {self.about!r} has no word the check can look for")
        if self.aliases and not self.about:
            raise ValueError("aliases name a subject: a claim with aliases has about")
        if blind := [alias for alias in self.aliases if not subject_key(alias)]:
            raise ValueError(f"aliases with no word the check can look for: {blind}")
        if empty := [cue for cue in self.cues if not cue_stems(cue)]:
            raise ValueError(f"cues with no word to look for: {empty}")
        return self

    @model_serializer(mode="wrap")
    def _plain_as_text(self, handler: SerializerFunctionWrapHandler) -> str | dict[str, object]:
        if not self.checkable:
            return self.text
        stored: dict[str, object] = handler(self)
        if not self.aliases:  # stored as before aliases existed
            stored.pop("aliases", None)
        return stored

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the subject: ``about`` first, then the aliases."""
        return (self.about, *self.aliases) if self.about else ()

    @property
    def checkable(self) -> bool:
        """True when the offline check can find this claim in an answer."""
        return bool(self.cues)


@dataclass(frozen=True)
class ClaimCheck:
    """The question's claims an answer made: the must-say ones, and the must-not-say ones."""

    affirmed: tuple[Claim, ...] = ()
    contradicted: tuple[Claim, ...] = ()


def check_claims(text: str, question: Question) -> ClaimCheck:
    """Which of the question's checkable claims the answer makes, read clause by clause."""
    must_say = [claim for claim in question.must_say if claim.checkable]
    must_not_say = [claim for claim in question.must_not_say if claim.checkable]
    if not must_say and not must_not_say:
        return ClaimCheck()
    # each name of a subject, as the check finds it, and the subject it names
    keys: dict[Key, Key] = {}
    for claim in must_say + must_not_say:
        keys.setdefault(subject_key(claim.about), subject_key(claim.about))
    for claim in must_say + must_not_say:
        for alias in claim.aliases:
            keys.setdefault(subject_key(alias), subject_key(claim.about))
    affirmed: set[Claim] = set()
    contradicted: set[Claim] = set()
    for clause, carried in read(text, keys):
        says = {claim: _spans(clause, claim, carried) for claim in must_say}
        denies = {claim: _spans(clause, claim, carried) for claim in must_not_say}
        said = {claim for claim, spans in says.items() if _outside(spans, claim, denies)}
        denied = {claim for claim, spans in denies.items() if _outside(spans, claim, says)}
        # A clause that says both for one subject ("keeps all rows and drops some") decides nothing.
        torn = {subject_key(c.about) for c in said} & {subject_key(c.about) for c in denied}
        affirmed |= {claim for claim in said if subject_key(claim.about) not in torn}
        contradicted |= {claim for claim in denied if subject_key(claim.about) not in torn}
    return ClaimCheck(
        affirmed=tuple(claim for claim in must_say if claim in affirmed),
        contradicted=tuple(claim for claim in must_not_say if claim in contradicted),
    )


def _spans(clause: Clause, claim: Claim, carried: tuple[Key, ...]) -> list[Span]:
    """Where the clause says one of the claim's cues, unnegated, about the claim's subject alone."""
    key = subject_key(claim.about)
    return [
        span
        for span in cue_spans(clause, claim.cues)
        if key in subjects_of(clause, span, key, carried)
    ]


def _outside(spans: list[Span], claim: Claim, others: dict[Claim, list[Span]]) -> bool:
    """True when a span is not part of a longer cue said of the same subject.

    "just shoplifting" holds the cue "shoplifting" of the opposite claim: only the longer counts.
    """
    key = subject_key(claim.about)
    theirs = [
        span for other, found in others.items() if subject_key(other.about) == key for span in found
    ]
    return any(
        not any(start >= o_start and end <= o_end for o_start, o_end in theirs)
        for start, end in spans
    )
