"""Reading a code answer as an interviewer glances at it: loops, recursion, sorting, lint.

The structure suggests a complexity (nested loops over the input, recursion without a memo,
a sort) and the linter (pyflakes) finds names never defined or imported for nothing. Neither
replaces running the tests: they explain a timeout, and stand in when nothing runs.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from pyflakes import api as pyflakes_api
from pyflakes import reporter as pyflakes_reporter

MAX_FINDINGS = 3
LONG_FUNCTION_LINES = 40
MEMO_DECORATORS = {"cache", "lru_cache", "cached"}
SORTS = {"sorted", "sort", "heapify", "nlargest", "nsmallest"}
# Complexities from fastest to slowest; a task's expected one is placed among them.
RANKS = ("O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)")


@dataclass(frozen=True)
class Reading:
    """What the code's structure and the linter show."""

    parses: bool
    complexity: str  # one of RANKS, "" when it does not parse
    findings: tuple[str, ...]
    lines: int
    longest_function: int
    loop_depth: int
    unmemoised_recursion: bool
    sorts: bool


def read_code(code: str) -> Reading:
    """The structure and lint findings of ``code`` (never runs it)."""
    lines = len([line for line in code.splitlines() if line.strip()])
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return Reading(False, "", (), lines, 0, 0, False, False)
    depth = _loop_depth(tree)
    recursion = _unmemoised_recursion(tree)
    sorts = any(
        isinstance(node, ast.Call) and _called_name(node) in SORTS for node in ast.walk(tree)
    )
    if recursion:
        complexity = "O(2^n)"
    elif depth >= 3:
        complexity = "O(n^3)"
    elif depth == 2:
        complexity = "O(n^2)"
    elif sorts:
        complexity = "O(n log n)"
    else:
        complexity = "O(n)"
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    longest = max(((f.end_lineno or f.lineno) - f.lineno + 1 for f in functions), default=0)
    return Reading(True, complexity, lint(code), lines, longest, depth, recursion, sorts)


def lint(code: str) -> tuple[str, ...]:
    """The linter's first few findings, as "line 3: 'x' imported but unused"."""
    collected = _Collector()
    pyflakes_api.check(code, "solution.py", collected)
    return tuple(collected.found[:MAX_FINDINGS])


def rank(complexity: str) -> int:
    """Where a complexity sits among RANKS (a task's "O(n + m)" or "O(V + E)" is linear)."""
    text = complexity.replace(" ", "").replace("**", "^").lower()
    if "2^" in text:
        return 6
    if "^3" in text:
        return 5
    inside = text.split("(", 1)[-1]
    if "^2" in text or re.search(r"[a-z0-9)](\*|x)[a-z(]", inside.replace("log", "")):
        return 4
    if "log" in text:
        return 3 if re.search(r"[a-z)]\*?log", inside) else 1
    if re.search(r"\(1\)", text):
        return 0
    return 2


def slower(found: str, expected: str) -> bool:
    """True when ``found`` is a worse complexity class than ``expected``."""
    return bool(found) and rank(found) > rank(expected)


class _Collector(pyflakes_reporter.Reporter):
    """Keeps pyflakes' messages instead of printing them."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def unexpectedError(self, filename: str, msg: str) -> None:
        self.found.append(msg)

    def syntaxError(self, filename: str, msg: str, lineno: int, offset: int, text: str) -> None:
        self.found.append(f"line {lineno}: {msg}")

    def flake(self, message: object) -> None:
        """One finding, without the file name."""
        lineno = getattr(message, "lineno", 0)
        template, args = (
            getattr(message, "message", str(message)),
            getattr(message, "message_args", ()),
        )
        self.found.append(f"line {lineno}: {template % args}")


def _loop_depth(tree: ast.AST) -> int:
    """The deepest nesting of loops and comprehensions' loops."""

    def depth(node: ast.AST) -> int:
        own = 0
        if isinstance(node, ast.For | ast.While | ast.AsyncFor):
            own = 1
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            own = len(node.generators)
        children = [depth(child) for child in ast.iter_child_nodes(node)]
        return own + max(children, default=0)

    return depth(tree)


def _unmemoised_recursion(tree: ast.AST) -> bool:
    """A function calling itself twice or more per call, with no cache decorator or memo."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        decorators = {_called_name(d) or _name_of(d) for d in node.decorator_list}
        if decorators & MEMO_DECORATORS:
            continue
        calls = [
            n for n in ast.walk(node) if isinstance(n, ast.Call) and _called_name(n) == node.name
        ]
        memo = any(
            isinstance(n, ast.Name) and ("memo" in n.id or "cache" in n.id or n.id == "seen")
            for n in ast.walk(node)
        )
        if len(calls) >= 2 and not memo:
            return True
    return False


def _called_name(node: ast.AST) -> str:
    if not isinstance(node, ast.Call):
        return ""
    return _name_of(node.func)


def _name_of(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _name_of(node.func)
    return ""
