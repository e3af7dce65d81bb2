"""Small text tools shared by scoring, persona detection and quote checking."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import snowballstemmer

from engine.rubric_words import rubric, rubric_language, words_for

# Scripts written without spaces: each character counts as a word.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Combining marks (Indic vowel signs, Arabic harakat, accents): part of the word they are on.
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0eff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_LETTER = rf"(?:[^\W_{UNSPACED}]|[{MARKS}])"
# Letters and digits of any script, with inner apostrophes and hyphens ("don't", "e-mail").
WORD = re.compile(rf"[{UNSPACED}]|{_LETTER}+(?:['’\-]{_LETTER}+)*")
PHRASE_GAP = 2  # words allowed between the words of a concept phrase
PROSE_WORDS = 2  # little words ("the", "and", "I") a sentence has, and a line of data has not
LISTED = 3  # concepts named, and nothing else, in a sentence or a run of lines: a keyword list
LABEL_WORDS = 3  # a label this short before a colon is part of the list ("Tags:", "Key topics:")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_BLANKS = re.compile(r"[^\S\n\u2028\u2029]+")
_LINE_BREAKS = re.compile(r" ?[\n\u2028\u2029]\s*")


def normalize(text: str) -> str:
    """NFKC, without control and zero-width characters, blanks collapsed and blank lines
    dropped. Line breaks stay: a line is a sentence to the judge ("Host: x" over a story is a
    header, not the story's first words)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    text = _BLANKS.sub(" ", text)
    return _LINE_BREAKS.sub("\n", text).strip()


def words(text: str) -> list[str]:
    """Lower-case word tokens."""
    return WORD.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    """The Snowball stem in the language answers are read in, so 'frustrated' and
    'frustration' meet (Porter 2 for English)."""
    return _stem(rubric_language(), word)


@lru_cache(maxsize=50_000)
def _stem(language: str, word: str) -> str:
    return str(_stemmer(language).stemWord(word.removesuffix("'s")))


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(words_for(language).stemmer_language)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stop words dropped)."""
    stopwords = rubric().stopwords
    return [stem(w) for w in words(text) if w not in stopwords and len(w) > 2]


def concept_hits(text: str, concepts: Iterable[str]) -> list[str]:
    """The concepts (words or short phrases) that the text mentions, by stem.

    A phrase counts when all its words occur close together, in any order and with a word or
    two between them: "cancel in-flight requests" mentions "cancel request".
    """
    text_stems = content_stems(text)
    present = set(text_stems)
    hits = []
    for concept in concepts:
        concept_stems = content_stems(concept) or [stem(w) for w in words(concept)]
        if not concept_stems:
            continue
        if len(concept_stems) == 1:
            found = concept_stems[0] in present
        else:
            found = _near(text_stems, concept_stems)
        if found:
            hits.append(concept)
    return hits


def without_keyword_lists(text: str, concepts: Iterable[str]) -> str:
    """The text without its lists of concepts: a sentence or line that names only concepts
    ("Tags: cache, index, latency", "Key topics: sharding and replication and caching."), or
    a run of such lines ("skills:", "- redis", "- sharding", ...), naming three or more in all;
    also such a list run into the next sentence with no stop (``_without_run_on_list``).
    Naming the subject's words is no answer, however many. A text that is nothing but such a
    list is left as it is."""
    concepts = tuple(concepts)
    parts = sentences(text)
    named = [_named_alone(part, concepts) for part in parts]
    listed = [False] * len(parts)
    start = 0
    while start < len(parts):
        end = start
        while end < len(parts) and named[end] is not None:
            end += 1
        if len({concept for found in named[start:end] if found for concept in found}) >= LISTED:
            listed[start:end] = [True] * (end - start)
        start = end + 1
    left = [(number, part) for number, part in enumerate(parts) if not listed[number]]
    kept = [
        _without_run_on_list(part, concepts, after_list=number > 0 and listed[number - 1])
        for number, part in left
    ]
    changed = len(kept) < len(parts) or kept != [part for _, part in left]
    return "\n".join(kept) if kept and changed else text


def _without_run_on_list(part: str, concepts: tuple[str, ...], after_list: bool) -> str:
    """The part without a list of concepts that runs into its next sentence with no stop
    ("Tags: cache, index, latency Then I rolled back", "- guardrail metric I'd look at…" as
    the last line of a list): after a short label and a colon when it names three or more,
    at the part's start when it ends a list. A list closed by punctuation ("three things: a,
    b and c, because…") is the candidate's own sentence and stays."""
    starts = [(0, 0, 1)] if after_list else []
    for colon in re.finditer(":", part):
        label = list(WORD.finditer(part[: colon.start()]))[-LABEL_WORDS:]
        starts.append((label[0].start() if label else colon.start(), colon.end(), LISTED))
    for cut_from, head_from, needed in starts:
        end = _run_on_head(part[head_from:], concepts, needed)
        if end is not None:
            return f"{part[:cut_from].rstrip()} {part[head_from + end :].lstrip()}".strip()
    return part


def _run_on_head(text: str, concepts: tuple[str, ...], needed: int) -> int | None:
    """Where the list of concepts that opens ``text`` ends, when it names ``needed`` or more of
    them and the next word starts a sentence with no stop before it; None otherwise."""
    their_words = {stem(word) for concept in concepts for word in words(concept)}
    stopwords = rubric().stopwords
    end: int | None = None
    for token in WORD.finditer(text):
        written = token.group(0)
        if written[0].isupper() and end is not None and not text[end : token.start()].strip():
            # a capital right after an item, no comma or stop between: a sentence starts
            return end if len(concept_hits(text[:end], concepts)) >= needed else None
        if stem(written.lower()) in their_words:
            end = token.end()
        elif written[0].isupper() or written.lower() not in stopwords:
            return None
    return None


def _named_alone(part: str, concepts: tuple[str, ...]) -> frozenset[str] | None:
    """The concepts a sentence or line names when it says nothing else (a short label before
    a colon aside); None when it says something else too."""
    label, colon, rest = part.partition(":")
    listed = rest if colon and len(words(label)) <= LABEL_WORDS else part
    named = concept_hits(listed, concepts)
    their_stems = {s for concept in named for s in content_stems(concept) or words(concept)}
    return frozenset(named) if set(content_stems(listed)) <= their_stems else None


def _near(text_stems: list[str], phrase: list[str]) -> bool:
    """Whether every stem of the phrase occurs within a short window of the text."""
    window = len(phrase) + PHRASE_GAP
    needed = set(phrase)
    if not needed <= set(text_stems):
        return False
    return any(
        needed <= set(text_stems[start : start + window])
        for start, s in enumerate(text_stems)
        if s in needed
    )


def sentences(text: str) -> list[str]:
    """Split text into sentences (keeping the original characters)."""
    return [part.strip() for part in SENTENCE_END.split(text) if part and part.strip()]


def is_prose(part: str) -> bool:
    """Whether a sentence or line reads as prose in the language being read: it has at least
    two of its little words ("It took 41 minutes and 3 engineers" has; "Host: scorer.internal"
    or "2026-12-01 09:14 DEBUG 0.97" has none)."""
    stopwords = rubric().stopwords
    return sum(word in stopwords for word in words(part)) >= PROSE_WORDS


def count_phrases(text: str, phrases: Iterable[str]) -> int:
    """How many times any of the phrases occurs as whole words."""
    lowered = " " + " ".join(words(text)) + " "
    return sum(lowered.count(" " + phrase + " ") for phrase in phrases)


def numbers(text: str) -> list[str]:
    """Quantities mentioned: numbers, percentages, money, durations (not a list's item numbers
    nor a phone number)."""
    pattern = _number_pattern(rubric_language())
    figures = _PHONE.sub(" ", _LIST_MARKER.sub(" ", without_number_rows(text))).lower()
    return [m.group(0) for m in pattern.finditer(figures) if m.group(0).strip()]


def without_number_rows(text: str) -> str:
    """The text without rows of numbers run together by commas ("12,455,78,9"): fields of data,
    not a quantity. A number grouped in thousands ("1,200,000") stays."""
    return _NUMBER_ROW.sub(
        lambda row: row[0] if _THOUSANDS.fullmatch(row[0]) and row[0].count(",") < 4 else " ",
        text,
    )


_NUMBER_ROW = re.compile(r"(?<![\w.,])\d+(?:,\d+){2,}(?![\w,]|\.\d)")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


# "1. Read it 2. Score it", "1) Map 2) Fix": the number of an item, before its capital letter;
# "(1) the answer ... (2) no follow-ups": the number of an item in a running sentence
_LIST_MARKER = re.compile(r"(?<![\w.,])\d{1,2}[.)](?=\s+[A-ZÀ-ÖØ-ÞА-ЯЁ])|\(\d{1,2}\)")
# "+44 7700 900123", "+1 (415) 555-0132": an international number
_PHONE = re.compile(r"\+\d[\d\s().-]{7,}\d")


@lru_cache(maxsize=8)
def _number_pattern(language: str) -> re.Pattern[str]:
    units = "|".join(words_for(language).number_unit_patterns)
    # A number stands alone or with its unit: the digits inside a word ("kjsxm2lfo5", "3f2a9c")
    # are not one, nor those of a reference or a setting ("ref ACC-2291", "rails=3");
    # "1,200,000" is one number.
    number = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?"
    percentile = r"p\d{2}(?:\.\d)?"  # "p95", "p99.9"
    return re.compile(
        rf"(?<![^\W_])(?<![^\W\d_]-)(?<!=)"
        rf"(?:(?:{number}(?:\s?(?:{units}))?|{percentile})(?![^\W_])|\$\s?\d[\d,.]*)"
    )


def quantities(text: str) -> int:
    """How many quantities the text gives, in digits or in words ("two workshops",
    "forty-eight hours", "a third of the calls")."""
    spelled, phrases, counts = _spelled_numbers(rubric_language())
    # a word before a hyphen counts when it is a count ("forty-eight"; not "double-check")
    in_words = sum(1 for word in words(text) if word in spelled or word.partition("-")[0] in counts)
    return len(numbers(text)) + in_words + count_phrases(text, phrases)


# Number words that are also everyday verbs and adjectives before a hyphen ("double-check",
# "half-hearted", "triple-checked"): only a count makes a hyphenated word a quantity.
_NOT_COUNTS = frozenset({"double", "doubled", "triple", "tripled", "half", "twice", "percent"})


@lru_cache(maxsize=8)
def _spelled_numbers(language: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """A language's number words, those of them that are phrases ("a third"), and the counts."""
    spelled = words_for(language).number_words
    phrases = tuple(sorted(entry for entry in spelled if " " in entry))
    return spelled, phrases, spelled - _NOT_COUNTS


def collapse_spaces(text: str) -> str:
    """Whitespace runs as single spaces, ends trimmed."""
    return re.sub(r"\s+", " ", text).strip()


def quote_occurs(quote: str, sources: Iterable[str]) -> bool:
    """True when the quote occurs verbatim (whitespace aside) in one of the sources.

    It must start and end on word boundaries: "aged the team" is not a quote of "I managed
    the team". (In scripts written without spaces every character is a boundary.)
    """
    needle = collapse_spaces(quote).strip(" \"'“”‘’…")
    if len(words(needle)) < 2:
        return False
    before = "" if _unspaced(needle[0]) else r"(?<!\w)"
    after = "" if _unspaced(needle[-1]) else r"(?!\w)"
    pattern = re.compile(before + re.escape(needle) + after)
    return any(pattern.search(collapse_spaces(source)) for source in sources)


def _unspaced(character: str) -> bool:
    return re.match(f"[{UNSPACED}]", character) is not None
