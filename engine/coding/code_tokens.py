"""The code inside a task's words: what a translation of them must keep exactly as written.

Code-like tokens are indexing and list literals (``nums[i]``, ``[i, j]``, ``["push", x]``),
identifiers with underscores, and numbers. Plain names (``nums``, ``target``) are not looked
for: English uses many of them as ordinary words too ("a list of words", "a binary tree").
"""

from __future__ import annotations

import re

CODE_TOKEN = re.compile(r"\w*\[[^\[\]]*\]|\w*_\w*|(?<!\w)\d+(?!\w)")


def code_tokens(text: str) -> set[str]:
    """The code-like tokens of ``text``."""
    return set(CODE_TOKEN.findall(text))


def dropped_code(original: str, translated: str) -> list[str]:
    """The code-like tokens of ``original`` that ``translated`` lacks, sorted."""
    return sorted(code_tokens(original) - code_tokens(translated))
