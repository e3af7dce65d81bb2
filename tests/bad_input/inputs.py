"""Hostile, odd and oversized inputs, and what the bot must do with each.

Every input is either taken as an answer (stored exactly as the service normalises it) or gets
a clear reply; either way the interview goes on. Both adapter modules use the same texts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from engine.interview_flow import MAX_ANSWER_CHARS
from engine.text import normalize

EMPTY_ANSWER = "That message was empty"
TRIMMED = f"I kept the first {MAX_ANSWER_CHARS:,} characters"
SENTENCE = "I profiled the slow queries, added an index and cut p95 latency by 40%. "


def _zalgo(text: str) -> str:
    marks = "\u0336\u0317\u0361\u035c\u0489\u0315\u031b"
    return "".join(ch + marks for ch in text)


def noise(size: int, seed: int) -> bytes:
    """Random bytes: a file that claims to be audio but is not."""
    return random.Random(seed).randbytes(size)


TEXTS: dict[str, str] = {
    "empty": "",
    "whitespace-only": "   \n\t  \n ",
    "newlines-only": "\n\n\n\n",
    "lone-emoji": "👍",
    "emoji-only": "🚀🔥💯🎉👩‍💻🇺🇸",
    "emoji-in-text": "I shipped it 🚢 on time ⏱️ with tests ✅",
    "20000-chars": (SENTENCE * 300)[:20_000],
    "over-20000-chars": (SENTENCE * 400)[:25_000],
    "4097-chars": (SENTENCE * 60)[:4_097],
    "one-5000-char-word": "a" * 5_000,
    "zero-width-only": "\u200b\u200c\u200d\u2060\ufeff",
    "zero-width-inside": "I\u200b led\u200d the\u2060 migration\ufeff and cut costs 30%.",
    "rtl-override": "\u202eI fixed the outage\u202c and \u202dwrote a postmortem\u202c.",
    "rtl-marks-only": "\u200f\u200e\u061c",
    "zalgo": _zalgo("I led the team"),
    "nul-byte": "I handled it\x00 calmly and\x00 escalated.",
    "control-and-ansi": "\x07\x1b[31mI led the team\x1b[0m\x08\x7f",
    "sql-drop-table": "'; DROP TABLE turns; --",
    "sql-or-true": "Robert'); DROP TABLE users;-- ' OR '1'='1",
    "markdownv2-breakers": "*_[]()~`>#+-=|{}.!\\ *unclosed _italic [link](http://x",
    "html-breakers": "<b>bold</b> <i>unclosed <a href='x'>link & &amp; </script><script>x</script>",
    "html-entities": "&lt;script&gt;alert(1)&lt;/script&gt; &nbsp; &#x1F600;",
    "code-block": "```python\ndef answer():\n    return 42\n```",
    "stray-backticks": "I ran `SELECT * FROM t` and ``` then left it open",
    "url-alone": "https://example.com/very/long/path?x=1&y=2#frag",
    "very-long-url": "https://example.com/" + "a/" * 2_000,
    "markdown-link": "[click me](javascript:alert(1))",
    "email": "jane.doe+interview@example.com",
    "phone": "+1 (555) 010-9999",
    "arabic": "قمت بتحسين أداء النظام وتقليل زمن الاستجابة بنسبة أربعين بالمئة.",
    "chinese": "我优化了数据库查询，使响应时间减少了百分之四十。",
    "russian": "Я оптимизировал запросы к базе данных и сократил время ответа на 40%.",
    "hindi": "मैंने डेटाबेस क्वेरी को अनुकूलित किया और प्रतिक्रिया समय 40% कम किया।",
    "japanese-korean": "私はチームを率いました。저는 팀을 이끌었습니다.",
    "everyone-here": "@everyone @here please look at my answer",
    "discord-mentions": "<@123> <@!456> <@&789> <#101112> ping",
    "telegram-mentions": "@practice_partner_bot @someone_else hi",
    "slash-lookalike": "/notacommand but this is my answer",
    "punctuation-only": "?!?!...,,,;;;",
    "nfkc-ligatures-fullwidth": "ﬁnished the ﬂow in ｆｕｌｌｗｉｄｔｈ ①②③",
    "combining-accents": "Cafe\u0301 re\u0301sume\u0301 nai\u0308ve",
    "line-separators": "first line\u2028second line\u2029third",
    "crlf": "line one\r\nline two\r\n",
    "json-looking": '{"answer": "x", "nested": {"a": [1, 2, 3]}}',
    "600-lines": "\n".join(f"step {i}" for i in range(600)),
    "tabs-and-spaces": "\tI  led\t\tthe   team\t",
}


@dataclass(frozen=True)
class Outcome:
    """What must happen to one input: the answer stored (or None), and text the reply shows."""

    stored: str | None
    reply: str


def as_answer(text: str) -> Outcome:
    """What the interview service does with ``text`` taken as an answer."""
    clean = normalize(text)
    if not clean:
        return Outcome(None, EMPTY_ANSWER)
    if len(clean) > MAX_ANSWER_CHARS:
        return Outcome(clean[:MAX_ANSWER_CHARS], TRIMMED)
    return Outcome(clean, "Question 2/")
