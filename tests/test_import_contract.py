"""The layers' contract, read from the source: adapters reach the engine only one way.

Every module of ``bots/`` but the composition root (``bots/app.py``) may import from the
engine only its inbound events, the entry point, the actions it returns, the read-only
queries, message keys and labels, and the languages on offer. The engine never imports a
platform library, the ORM or ``bots``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPOSITION_ROOT = ROOT / "bots" / "app.py"
ENGINE_DOORS = {
    "engine.events",
    "engine.actions",
    "engine.entry",
    "engine.queries",
    "engine.messages",
    "engine.labels",
    "engine.languages",  # the languages on offer and what a platform's locale means
}
NOT_IN_ENGINE = ("bots", "storage", "telegram", "discord", "sqlmodel", "sqlalchemy")


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports (``from engine import events`` counts as engine.events)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def engine_modules(modules: set[str]) -> set[str]:
    """The engine modules among ``modules`` (names imported from them dropped)."""
    engine_files = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts) for p in (ROOT / "engine").rglob("*.py")
    }
    return {m for m in modules if m in engine_files and m != "engine.__init__"}


def test_adapters_reach_the_engine_only_through_its_doors() -> None:
    offenders = {}
    for path in sorted((ROOT / "bots").rglob("*.py")):
        if path == COMPOSITION_ROOT:
            continue
        outside = engine_modules(imported_modules(path)) - ENGINE_DOORS
        if outside:
            offenders[str(path.relative_to(ROOT))] = sorted(outside)
    assert offenders == {}


def test_the_composition_root_is_the_one_exception_and_it_is_used() -> None:
    assert engine_modules(imported_modules(COMPOSITION_ROOT)) - ENGINE_DOORS


def test_the_engine_imports_no_platform_orm_or_adapter() -> None:
    offenders = {}
    for path in sorted((ROOT / "engine").rglob("*.py")):
        bad = {m for m in imported_modules(path) if m.split(".")[0] in NOT_IN_ENGINE}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from engine.interview_flow import InterviewFlow\nfrom engine import events\n"
    )
    assert engine_modules(imported_modules(sample)) == {"engine.interview_flow", "engine.events"}


def test_benches_do_not_import_tests() -> None:
    for path in sorted((ROOT / "bench").rglob("*.py")):
        assert not any(m.split(".")[0] == "tests" for m in imported_modules(path)), path


def test_only_the_engines_providers_word_messages_themselves() -> None:
    """The core returns message keys; an interviewer (like an LLM) may write in a language."""
    wording = {
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "engine").rglob("*.py"))
        if any(m.split(".")[0] == "catalogue" for m in imported_modules(path))
    }
    assert wording == {
        "engine/providers/offline.py",
        "engine/providers/tailored_questions.py",
        "engine/providers/code_review.py",
    }
