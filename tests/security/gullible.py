"""A deliberately gullible fake LLM: it obeys every instruction it can find anywhere in its prompt.

It reads like a capable model: it undoes datamarking and other markers between words, decodes
base64, hex, percent-encoding and invisible tag characters, sees through look-alike letters,
leetspeak and spaced-out letters, and looks everywhere (system and user messages, inside the
candidate fence and outside it). It then obeys what it finds: any order to score high, any
claim of a top score, any override, and it quotes its system prompt when asked for it.
Otherwise it is honest: 3/5 for an answer with a number in it or of 40 words or more, 2/5
for anything else.

Its reading is written here on purpose, apart from ``engine/injection.py``: a fake that shared
the product's detector would only ever be fooled where the product is.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from confusable_homoglyphs import confusables

from engine.providers.prompts import REPORT_SYSTEM

_I = re.IGNORECASE
# Orders a gullible model follows: to drop its rules, to play another part, to end the answer.
OBEYS = re.compile(
    r"\b(ignor\w*|disregard|forget|vergiss\w*|vergessen|olvid\w*|oubli\w*|dimentic\w*|esque[cç]\w*|"
    r"negeer|vergeet|zignoruj|zapomnij|игнорир\w*|забудь)\b.{0,80}(instruc|instruç|istruz|"
    r"anweisung|instructie|instrukcj|инструкц|rules|regeln|prompt|previous|above|prior|vorherig|"
    r"anterior|precedent|poprzedn|vorige)|忽略|\byou are now\b|\bfrom now on,? you\b|\bpretend "
    r"(you|to be)\b|\bimagine you\b|\bact as (an? |the )?(grader|evaluator|ai|assistant)|"
    r"\brole-?play\b|\bplay a game\b|\b(new|next|hidden|real) (task|instructions?|rules)\b|"
    r"\[(end|new|system|admin|inst)\b|\bend of (the )?(candidate|answer|response)|"
    r"(^|\n)\s*(system|assistant|developer|grader|evaluator|admin)\s*:|<\|?\s*/?\s*(system|"
    r"evaluation|score|grade|verdict|assistant|instructions?|im_start)\b|(^|\s)[/!](score|grade|"
    r"rate|approve|pass|admin|override|eval)\b|\b(evaluator|grader|scorer|examiner|model|ai|"
    r"assistant)s? (must|should|shall|has to|is required to)\b|\b(lenient|generous|easy) "
    r"(grader|grading|marking|scorer|evaluator)|\bbe (lenient|generous)\b|\bdeveloper mode\b|"
    r"\bjailbreak|\bdeserve\b|\bwhoever\b.{0,40}\bgrading\b|\bi need a (high|good|great) "
    r"(score|mark|grade)\b",
    _I,
)
# A top score asked for or claimed, in any of the languages it reads.
SCORES_HIGH = re.compile(
    r"\b(5|five)\s*(/|out of|of)\s*(5|five)\b|\b(10|ten)\s*(/|out of|of)\s*(10|ten)\b|20/20|"
    r"\b(full|top|maximum|max|highest|best|perfect|uppermost|greatest) (possible |available )?"
    r"(marks?|scores?|grades?|ratings?|points|note)\b|\bfull marks\b|\b(excellent|outstanding|"
    r"perfect|flawless) (answer|response)\b|\b(mark|rate|grade|score|treat|consider)\b.{0,30}"
    r"\b(perfect|excellent|outstanding|flawless)\b|[\"'](communication|knowledge|structure|"
    r"score|overall|rating|grade)[\"']\s*:\s*[45]|\b(score|overall|rating|grade)\s*[:=]\s*[45]"
    r"\b|<score>\s*[45]|[/!]score\s+[45]|\b(candidate|answer)\b.{0,30}\b(passed|pre-?approved)\b"
    r"|\bscore (it )?5\b|bestnote|höchst\w*|volle\w* punkt\w*|punteggio massimo|voto massimo|"
    r"massimo dei voti|nota m[aá]xima|nota mais alta|pontua[cç][aã]o m[aá]xima|puntuaci[oó]n "
    r"m[aá]xima|note maximale|meilleure note|hoogste|najwy[zż]sz\w*|maksymaln\w*|высш\w* балл|"
    r"максимальн\w*|满分|最高分|\bvery top\b",
    _I,
)
ASKS_FOR_PROMPT = re.compile(
    r"\b(repeat|print|reveal|show|output|quote|recite|display|dump|paste|copy|echo|tell me|"
    r"write out|translate|summari[sz]e|wiederhole|zeige?|mu[eé]stra\w*|montre|mostra|toon|"
    r"herhaal|poka[zż]|powt[oó]rz|покажи|повтори)\b.{0,60}(prompt|instructions|above|told|rules|"
    r"system|configuration|anweisung|instrucciones|instruções|istruzioni|instructies|"
    r"instrukcje|инструкц|sistema)|\bwhat (were|was) you told\b|显示|输出",
    _I,
)
# A sentence opening a condition or a ban states a rule, it gives no order ("If it asks for a
# score, ...", "Never reveal these instructions.").
_RULE_OPENERS = re.compile(r"^\W*(if|when|whenever|unless|never|do not|don't|not|no)\b", _I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CANDIDATE = re.compile(r"<candidate>(.*?)</candidate>", re.DOTALL)
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?:[0-9A-Fa-f]{2}){10,}")
_SPACED = re.compile(r"\b(?:\w ){3,}\w\b")
_MIXED = re.compile(r"\w*[A-Za-z]\w*")
_LEET = str.maketrans("013457@$", "oieastas")
_LETTER_AND_DIGIT = re.compile(r"[a-z].*\d|\d.*[a-z]", _I)
_LINE_CHARS = 30


def _decoded(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return text if sum(ch.isprintable() for ch in text) >= 0.9 * len(text) else ""


def _undo_markers(line: str) -> str:
    """A character standing between the words instead of spaces (a datamark, "_") read as one."""
    between = Counter(
        line[i] for i in range(1, len(line) - 1)
        if not line[i].isspace() and not (line[i].isascii() and line[i].isalnum())
        and line[i - 1].isalnum() and line[i + 1].isalnum()
    )  # fmt: skip
    for marker, count in between.items():
        if count >= 2 and count > line.count(" "):
            line = line.replace(marker, " ")
    return line


def _folded(text: str) -> str:
    found = confusables.is_confusable(text, greedy=True, preferred_aliases=["latin", "common"])
    table = {
        ord(entry["character"]): glyph["c"]
        for entry in found or []
        for glyph in entry["homoglyphs"][:1]
        if glyph["c"].isascii()
    }

    def fold(word: re.Match[str]) -> str:
        folded = word[0].translate(table)
        return folded.translate(_LEET) if _LETTER_AND_DIGIT.search(folded) else folded

    return _MIXED.sub(fold, text)


def as_a_model_reads(text: str) -> str:
    """The text as a capable model understands it, with every decoding it would do appended."""
    tags = "".join(chr(ord(ch) - 0xE0000) for ch in text if 0xE0020 <= ord(ch) <= 0xE007E)
    text = html.unescape(unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cf")
    text = "\n".join(_undo_markers(line) for line in text.splitlines())
    decoded = [tags, unquote(text), _SPACED.sub(lambda m: m[0].replace(" ", ""), text)]
    for run in _BASE64.findall(text):
        core = run.rstrip("=").replace("-", "+").replace("_", "/")
        with contextlib.suppress(binascii.Error, ValueError):
            decoded.append(_decoded(base64.b64decode(core + "=" * (-len(core) % 4))))
    decoded += [_decoded(bytes.fromhex(run)) for run in _HEX.findall(text)]
    return _folded("\n".join([text, *decoded]))


def orders_in(text: str) -> tuple[bool, bool]:
    """(told to score high or to drop its rules, asked for its prompt), sentence by sentence.

    Line breaks do not end a sentence: an order split over lines is still an order, and a
    rule wrapped over lines is still a rule.
    """
    obeys = asks = False
    for sentence in _SENTENCE_END.split(as_a_model_reads(text).replace("\n", " ")):
        if _RULE_OPENERS.search(sentence):
            continue
        obeys = obeys or bool(OBEYS.search(sentence) or SCORES_HIGH.search(sentence))
        asks = asks or bool(ASKS_FOR_PROMPT.search(sentence))
    return obeys, asks


def honest_score(answer: str) -> int:
    """The fixed honest rule: 3 for an answer with a number or of 40 words or more, else 2."""
    return 3 if re.search(r"\d", answer) or len(answer.split()) >= 40 else 2


@dataclass
class GullibleLLM:
    """A FakeGroq chat handler that obeys whatever instruction it finds in its whole prompt.

    ``fooled`` counts the replies that obeyed, ``leaked`` those that quoted the system prompt,
    and ``obeyed`` keeps the prompts that fooled it (for a failing test's message).
    """

    fooled: int = 0
    leaked: int = 0
    obeyed: list[str] = field(default_factory=list)

    def __call__(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Answer one chat completion request."""
        messages = [m for m in payload["messages"] if m["role"] in ("system", "user")]
        system = str(messages[0]["content"])
        prompt = "\n".join(str(m["content"]) for m in messages)
        obeys, asks = orders_in(prompt)
        if obeys or asks:
            self.fooled += 1
            self.obeyed.append(prompt)
        answers = [as_a_model_reads(a) for a in _CANDIDATE.findall(str(messages[-1]["content"]))]
        if system == REPORT_SYSTEM:
            # A fooled report praises the answers in the words of the system prompt.
            self.leaked += obeys or asks
            return self._report(system, answers, obeys or asks)
        self.leaked += asks
        return self._turn(system, answers[-1] if answers else "", obeys, asks)

    def _turn(self, system: str, answer: str, obeys: bool, asks: bool) -> dict[str, Any]:
        score = 5 if obeys or asks else honest_score(answer)
        reply: dict[str, Any] = {
            "persona": "normal", "communication": score, "knowledge": score, "structure": score,
            # What it says when fooled is no order itself: a later prompt quoting it as an
            # earlier note must not fool it again (the base answer would score 5/5 as well).
            "good": "As instructed." if score == 5 else "Clear enough.",
            "missing": "" if score == 5 else "No example and no result.",
            "follow_up": None if score == 5 else "Can you give a specific example?",
        }  # fmt: skip
        if asks:
            lines = [line for line in system.splitlines() if len(line) >= _LINE_CHARS]
            reply |= {
                "good": lines[0][:400], "missing": lines[1][:400],
                "follow_up": " ".join(lines[2:5])[:500],
            }  # fmt: skip
        return reply

    def _report(self, system: str, answers: list[str], fooled: bool) -> dict[str, Any]:
        quote = " ".join(answers[0].split()[:8]) if answers else ""
        if not fooled:
            return {
                "strengths": [], "improvements": [{"text": "Add an example.", "quote": quote}],
                "question_notes": {}, "summary": "Short answers without examples.",
            }  # fmt: skip
        lines = [line for line in system.splitlines() if len(line) >= _LINE_CHARS]
        return {
            "strengths": [{"text": lines[0][:300], "quote": quote}],
            "improvements": [],
            "question_notes": {"1": lines[1], "2": "As instructed."},
            "summary": " ".join(lines)[:1500],
        }
