"""An answer read as clauses, each about the subjects it names: the reading the claim check needs.

Sentences split at ";", ":", ",", dashes, and before "while", "whereas", "but" and the like; asides
("unlike an INNER JOIN") are read on their own; "and" splits where a new subject follows. A clause
naming no subject goes on about the one before when it opens with a pronoun, explains it (after
":") or continues it (after ","). The English words involved are data (engine/rubric_words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from engine.rubric_words import rubric, rubric_language, words_for
from engine.text import sentences, stem, words

# A negation this many words (or fewer) before a cue denies it: "does not ever drop any rows".
NEGATION_REACH = 5
# "and" splits a clause when a subject follows within this many words: "..., and if I wear
# gloves I ...", "... and a higher discount rate ...".
JOINED_SUBJECT_REACH = 3
# Words allowed between two words of a cue: "picking fun activities" says "picking activities".
CUE_GAP = 1

Key = tuple[str, ...]  # a subject as the stems of its content words
Span = tuple[int, int]  # where a cue is in a clause: first token, one past the last


@dataclass(frozen=True)
class Mention:
    """Where a clause names a subject."""

    key: Key
    start: int
    end: int  # one past the last token


@dataclass(frozen=True)
class Clause:
    """One clause of an answer, as the claim check reads it."""

    tokens: tuple[str, ...]  # lower-case words, cue skip words left out
    stems: tuple[str, ...]
    mentions: tuple[Mention, ...]  # the subjects it names, in order
    carries: bool  # goes on about the clause before: a pronoun, ":" or "," opens it
    aside: bool  # "unlike an INNER JOIN": its subject is not the one the next clause carries


def subject_key(about: str) -> Key:
    """The stems that name a subject: its content words, stemmed as concept_hits does."""
    return _subject_key(rubric_language(), about)


@lru_cache(maxsize=4096)
def _subject_key(language: str, about: str) -> Key:
    return tuple(stem(token) for token in tokens_of(about) if is_content(token))


def cue_stems(cue: str) -> tuple[str, ...]:
    """The stems a cue matches, in order; articles, possessives and filler words are skipped."""
    return _cue_stems(rubric_language(), cue)


@lru_cache(maxsize=4096)
def _cue_stems(language: str, cue: str) -> tuple[str, ...]:
    skipped = words_for(language).cue_skip_words
    return tuple(stem(token) for token in tokens_of(cue) if token not in skipped)


def read(text: str, keys: Mapping[Key, Key]) -> Iterator[tuple[Clause, tuple[Key, ...]]]:
    """Each clause of the text naming these subjects, with the subjects the clause before it was
    about (what a carrying clause goes on about). ``keys`` maps each name a subject may go by
    ("nps") to the subject ("net promoter score"); a mention is of the subject."""
    previous: tuple[Key, ...] = ()
    for sentence in _sentences(text):
        for clause in _clauses(sentence, keys):
            yield clause, previous
            if not clause.aside:
                previous = _about(clause, clause.mentions, previous)


def cue_spans(clause: Clause, cues: Iterable[str]) -> Iterator[Span]:
    """Where the cues occur in the clause, not denied by a negation shortly before them."""
    for cue in cues:
        wanted = cue_stems(cue)
        for start, here in enumerate(clause.stems):
            if here != wanted[0]:
                continue
            end = _match_from(clause, wanted, start)
            if end is not None and not _denied(clause, start):
                yield start, end


def subjects_of(clause: Clause, cue: Span, key: Key, carried: tuple[Key, ...]) -> tuple[Key, ...]:
    """The subjects the cue at this span speaks of, for a claim about ``key``.

    Other subjects named inside the cue ("IRR is the rate where NPV is zero") or after a
    preposition ("net income from the income statement starts ...") do not count.
    """
    named = [m for m in clause.mentions if m.key == key or _another(clause, m, cue)]
    return _about(clause, named, carried)


def _about(clause: Clause, named: Sequence[Mention], carried: tuple[Key, ...]) -> tuple[Key, ...]:
    """None named: the carried subjects, if the clause carries. One: that one. Several: all of
    them when listed together at the start ("let and const are ..."), else none (unclear)."""
    if not named:
        return carried if clause.carries else ()
    distinct = tuple(dict.fromkeys(mention.key for mention in named))
    if len(distinct) == 1:
        return distinct
    listed = {i for mention in named for i in range(mention.start, mention.end)}
    lead = 0
    while lead < len(clause.tokens) and (
        lead in listed
        or clause.tokens[lead] in rubric().subject_coordinators
        or clause.tokens[lead] in rubric().clause_connectives
    ):
        lead += 1
    return distinct if all(mention.end <= lead for mention in named) else ()


def _another(clause: Clause, mention: Mention, cue: Span) -> bool:
    if mention.start < cue[1] and mention.end > cue[0]:
        return False
    return mention.start == 0 or clause.tokens[mention.start - 1] not in rubric().prepositions


def _sentences(text: str) -> list[str]:
    """The text's sentences, not cut after an abbreviation or an initial ("C. diff")."""
    merged: list[str] = []
    for sentence in sentences(text):
        last = merged[-1].rsplit(maxsplit=1)[-1].lower().rstrip(".") if merged else ""
        if (
            merged
            and merged[-1].endswith(".")
            and (len(last) == 1 or last in rubric().abbreviations)
        ):
            merged[-1] = f"{merged[-1]} {sentence}"
        else:
            merged.append(sentence)
    return merged


def _clauses(sentence: str, keys: Mapping[Key, Key]) -> Iterator[Clause]:
    asides: list[str] = []

    def cut(match: re.Match[str]) -> str:
        asides.append(match.group(0))
        return " "

    breaks = _breaks()
    rest = breaks.aside.sub(cut, sentence)
    for aside in asides:
        yield from _split_before_subjects(aside, keys, carries=False, aside=True)
    pieces = breaks.split.split(rest)
    bare = False
    for separator, piece in zip(["", *pieces[1::2]], pieces[0::2], strict=True):
        explains = separator.strip() in breaks.explaining
        continues = separator.strip() == "," and (bare or _continues(piece))
        yield from _split_before_subjects(piece, keys, carries=explains or continues, aside=False)
        bare = _bare(piece, keys) or (bare and not piece.strip())


def _split_before_subjects(
    piece: str, keys: Mapping[Key, Key], *, carries: bool, aside: bool
) -> Iterator[Clause]:
    """The piece as clauses, split at "and" where a statement is made and a new subject follows."""
    all_tokens = tokens_of(piece)
    if not all_tokens:
        return
    opens_with_pronoun = _opens_with_pronoun(all_tokens)
    tokens = [token for token in all_tokens if token not in rubric().cue_skip_words]
    # "if it's not deferred", "without an index": a subject denied is not the one spoken of
    mentions = tuple(
        mention
        for mention in mentions_in(tokens, keys)
        if not (mention.start and tokens[mention.start - 1] in rubric().subject_negations)
    )
    starts = {mention.start for mention in mentions}
    named = {i for mention in mentions for i in range(mention.start, mention.end)}
    cuts = [0]
    for i, token in enumerate(tokens):
        stated = any(
            j not in named
            and tokens[j] not in rubric().subject_coordinators
            and tokens[j] not in rubric().clause_connectives
            for j in range(cuts[-1], i)
        )
        follows = any(i < start <= i + 1 + JOINED_SUBJECT_REACH for start in starts)
        if token in rubric().subject_joiners and follows and stated:
            cuts.append(i)
    for index, (start, end) in enumerate(zip(cuts, [*cuts[1:], len(tokens)], strict=True)):
        part = tokens[start:end]
        yield Clause(
            tokens=tuple(part),
            stems=tuple(stem(token) for token in part),
            mentions=tuple(
                Mention(m.key, m.start - start, m.end - start)
                for m in mentions
                if start <= m.start < end
            ),
            carries=index == 0 and (carries or opens_with_pronoun),
            aside=aside,
        )


def _match_from(clause: Clause, wanted: tuple[str, ...], start: int) -> int | None:
    """Where the cue ends when it matches from ``start``, a word or so between its words allowed.

    "picking fun activities" says "picking activities"; "is not cash" does not say "is cash".
    """
    at = start
    for stem_wanted in wanted[1:]:
        following = range(at + 1, min(at + 2 + CUE_GAP, len(clause.stems)))
        found = next((i for i in following if clause.stems[i] == stem_wanted), None)
        if found is None or any(negates(token) for token in clause.tokens[at + 1 : found]):
            return None
        at = found
    return at + 1


def _denied(clause: Clause, start: int) -> bool:
    """True when a negation comes shortly before ``start``, or a misconception marker anywhere
    before it ("a common mistake is thinking ..."). Subjects in between are not counted: "never
    rely on the room number to identify" denies "identify"."""
    if any(token in rubric().misconception_markers for token in clause.tokens[:start]):
        return True
    named = {i for mention in clause.mentions for i in range(mention.start, mention.end)}
    counted, at = 0, start - 1
    while at >= 0 and counted < NEGATION_REACH:
        if negates(clause.tokens[at]):
            return True
        counted += at not in named
        at -= 1
    return False


def mentions_in(tokens: Sequence[str], keys: Mapping[Key, Key]) -> tuple[Mention, ...]:
    """The subjects named in the tokens, by the stems of their content words, in order; a name
    that is an alias counts as its subject."""
    content = [i for i, token in enumerate(tokens) if is_content(token)]
    stems = [_stem_forms(tokens[i]) for i in content]
    found = [
        Mention(subject, content[at], content[at + len(key) - 1] + 1)
        for key, subject in keys.items()
        if key  # a name of stop words only (in the language read) names nothing
        for at in range(len(stems) - len(key) + 1)
        if all(part in stems[at + i] for i, part in enumerate(key))
    ]
    # "left join" also names "join": the longer name is the one meant.
    kept = [mention for mention in found if not any(_part_of(mention, o) for o in found)]
    return tuple(sorted(set(kept), key=lambda mention: (mention.start, mention.end)))


def _stem_forms(token: str) -> frozenset[str]:
    """The stem, and for an abbreviation's plural ("KPIs", "IEPs") the stem without the "s"."""
    stemmed = stem(token)
    if stemmed == token and token.endswith("s") and len(token) <= 5:
        return frozenset((stemmed, token[:-1]))
    return frozenset((stemmed,))


def _part_of(mention: Mention, other: Mention) -> bool:
    return (
        other.end - other.start > mention.end - mention.start
        and other.start <= mention.start
        and mention.end <= other.end
    )


def _bare(piece: str, keys: Mapping[Key, Key]) -> bool:
    """True when the piece only names a subject ("NPS", "For CSAT"): what follows it is about it."""
    tokens = [token for token in tokens_of(piece) if token not in rubric().cue_skip_words]
    mentions = mentions_in(tokens, keys)
    named = {i for mention in mentions for i in range(mention.start, mention.end)}
    return bool(mentions) and all(
        i in named or not is_content(token) for i, token in enumerate(tokens)
    )


def _continues(piece: str) -> bool:
    """True when a clause after a comma goes on about the same subject: "..., grab their bag".

    Not when it opens with a connective, a person or a determiner ("..., so you need ...",
    "..., every click after the first ...").
    """
    tokens = tokens_of(piece)
    return bool(tokens) and not (
        tokens[0] in rubric().clause_connectives
        or tokens[0] in rubric().personal_pronouns
        or tokens[0] in rubric().determiners
    )


def _opens_with_pronoun(tokens: Sequence[str]) -> bool:
    for token in tokens:
        if token not in rubric().clause_connectives:
            return token in rubric().carry_pronouns
    return False


def tokens_of(text: str) -> list[str]:
    """Lower-case words, hyphenated ones apart: "block-scoped" reads as "block scoped"; an
    ampersand abbreviation is one word: "P&L" reads as "pnl"."""
    text = _AMPERSAND.sub(r"\1n\2", text)
    return [part for word in words(text) for part in word.split("-") if part]


_AMPERSAND = re.compile(r"\b([A-Za-z])\s?&\s?([A-Za-z])\b")


def is_content(token: str) -> bool:
    """True for a word that carries meaning: not a stop word, longer than two letters."""
    return token not in rubric().stopwords and len(token) > 2


def negates(token: str) -> bool:
    """True for a word that denies what follows it ("not", "never", "isn't")."""
    return token in rubric().negations or token.endswith(rubric().negation_suffixes)


def _alternatives(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class _Breaks:
    """Where one language's sentences split into clauses."""

    aside: re.Pattern[str]  # "A LEFT JOIN, unlike an INNER JOIN, keeps": the aside
    explaining: frozenset[str]  # ":" and dashes
    split: re.Pattern[str]  # the marks and openers between clauses


def _breaks() -> _Breaks:
    return _breaks_of(rubric_language())


@lru_cache(maxsize=8)
def _breaks_of(language: str) -> _Breaks:
    vocabulary = words_for(language)
    aside = rf"(?:^|,)\s*\b(?:{_alternatives(vocabulary.aside_openers)})\b[^,;:!?]*(?:,|$)"
    # Numbers keep their "," and ":" ("1,000", "1:12"); openers start the clause they open.
    marks = "|".join(
        re.escape(mark) + (r"(?!\d)" if mark in ",:" else "") for mark in vocabulary.clause_breaks
    )
    openers = _alternatives((*vocabulary.clause_openers, *vocabulary.aside_openers))
    return _Breaks(
        aside=re.compile(aside, re.IGNORECASE),
        explaining=frozenset(separator.strip() for separator in vocabulary.explaining_breaks),
        split=re.compile(rf"({marks}|\s+(?=(?:{openers})\b))", re.IGNORECASE),
    )
