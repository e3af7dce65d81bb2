"""A coding answer as the candidate sends it: code (fenced or bare) and the prose around it.

Every platform delivers a coding answer as text: a message with a ``` block, a form's
paragraph, a ``.py`` file's contents (``from_file``), or the terminal's fenced lines. This is
the one place that tells the code from the explanation ("I'd use a heap because…"), which is
kept and judged as the candidate's communication.
"""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from dataclasses import dataclass

from engine.questions import Question

FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n(.*?)\n?[ \t]*```", re.DOTALL)
INLINE_FENCE = re.compile(r"```(.+?)```", re.DOTALL)  # ```return x``` on one line
CODE_START = re.compile(r"^\s*(def|class|import|from)\s", re.MULTILINE)
MAX_CODE_CHARS = 20_000
CODE_SUFFIXES = (".py", ".txt")  # a .txt is code too while a coding task waits


@dataclass(frozen=True)
class CodeAnswer:
    """The code of an answer and the candidate's words around it."""

    code: str
    explanation: str = ""


def clean(text: str) -> str:
    """The text without control characters (tabs and newlines kept), line ends unified.

    Unlike prose answers, whitespace is not collapsed: indentation is Python's syntax.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def code_answer(text: str) -> CodeAnswer | None:
    """The code in ``text`` and the prose around it; None when it holds no code.

    Code is every fenced block (joined), else the whole text when it reads as Python that
    defines something (a form's paragraph, a pasted function without fences).
    """
    text = clean(text)
    blocks = [match.group(2) for match in FENCE.finditer(text)]
    rest = FENCE.sub("\n", text)
    if not blocks:
        blocks = [match.group(1) for match in INLINE_FENCE.finditer(text)]
        rest = INLINE_FENCE.sub("\n", text)
    if blocks:
        code = "\n\n".join(_dedent(block) for block in blocks if block.strip())
        return CodeAnswer(code, _prose(rest)) if code.strip() else None
    start = CODE_START.search(text)
    if start is None:
        return None
    code = text[start.start() :]
    if text[: start.start()].strip() and not _parses(code):
        return None  # prose that mentions "from" or "import" at a line's start
    return CodeAnswer(code, _prose(text[: start.start()]))


def as_answer_text(answer: CodeAnswer, language: str = "python") -> str:
    """How a code answer is stored with its turn: the explanation, then one fenced block."""
    block = f"```{language}\n{answer.code.rstrip()}\n```"
    return f"{answer.explanation}\n\n{block}" if answer.explanation else block


def from_file(data: bytes, caption: str = "") -> str:
    """A code file's contents (and the caption sent with it) as an answer's text."""
    code = data.decode("utf-8", errors="replace")[:MAX_CODE_CHARS]
    return as_answer_text(CodeAnswer(clean(code), clean(caption)))


def is_code_file(filename: str) -> bool:
    """Whether a file's name says it holds Python code."""
    return filename.lower().endswith(CODE_SUFFIXES)


def _prose(text: str) -> str:
    return re.sub(r"[ \t]+", " ", re.sub(r"\n{3,}", "\n\n", text)).strip()


def _dedent(block: str) -> str:
    lines = block.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in lines).strip("\n")


def _parses(code: str) -> bool:
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(node, ast.FunctionDef | ast.ClassDef) for node in tree.body)


def task_sketch(question: Question) -> str | None:
    """What a coding question shows under its statement, as code: the function to write and
    its visible examples as calls with their results (None for any other question)."""
    task = question.task or {}
    signature, examples = task.get("signature"), task.get("examples")
    if not isinstance(signature, str) or not isinstance(examples, list):
        return None
    lines = [f"{signature} ...", ""]
    for example in examples:
        arguments = example.get("args") if isinstance(example, dict) else None
        if isinstance(example, dict) and isinstance(arguments, list):
            call = ", ".join(json.dumps(argument) for argument in arguments)
            result = json.dumps(example.get("expected"))
            lines.append(f"{task.get('function')}({call})  # → {result}")
    return "\n".join(lines).rstrip()
