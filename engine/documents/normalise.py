"""Extracted text made plain: one form of each character, joined hyphenation, tidy lines."""

from __future__ import annotations

import re
import unicodedata

# Bullets as PDFs and Word give them, including the private-use glyphs of the Symbol and
# Wingdings fonts that Word's bullets come out as.
_BULLETS = "•◦▪▫●○■□‣⁃∙·►▶➢➤✓✔❖◆◇*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf02d"
_BULLET_LINE = re.compile(rf"^[ \t]*[{re.escape(_BULLETS)}][ \t]*(?=\S)", re.MULTILINE)
# A word broken at a line end: "experi-\nence". Only before a lower-case letter, so that
# "Front-\nEnd" and list dashes stay as they are.
_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]\n[ \t]*(?=([^\W\d_]))")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Cc but tabs and line ends
_SPACES = re.compile(r"[ \t\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """``text`` with ligatures and widths folded (NFKC), bullets as "- ", words rejoined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHENATED.sub(_rejoin, text)
    text = text.translate(_INVISIBLE)
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROLS.sub("", text)
    text = _BULLET_LINE.sub("- ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _rejoin(match: re.Match[str]) -> str:
    """Nothing where a lower-case letter goes on: the hyphen and the line end were the break's."""
    return "" if match.group(1).islower() else match.group(0)


def meaningful_characters(text: str) -> int:
    """How many letters and digits ``text`` has: what tells a text layer from none."""
    return sum(c.isalnum() for c in text)
