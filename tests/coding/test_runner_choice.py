"""CODE_RUNNER and friends: which runner a deployment gets, and the none runner."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
import yaml

from bots.app import build_code_runner
from bots.settings import ConfigError, Settings, load_settings
from engine.coding.model import Verdict
from engine.providers import code_runners
from engine.providers.bwrap_runner import BwrapRunner
from engine.providers.code_runners import NoRunner, choose_code_runner
from engine.providers.piston_runner import PistonRunner
from tests.coding.support import ROOT, needs_bwrap, submission


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)


def test_the_defaults() -> None:
    chosen = settings()
    assert (chosen.code_runner, chosen.piston_url, chosen.code_runner_concurrency) == (
        "auto",
        None,
        2,
    )


def test_piston_needs_its_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CODE_RUNNER", "piston")
    with pytest.raises(ConfigError, match="PISTON_URL is required when CODE_RUNNER=piston"):
        load_settings()
    monkeypatch.setenv("PISTON_URL", "piston:2000")
    with pytest.raises(ConfigError, match="PISTON_URL: must start with http"):
        load_settings()


def test_a_bad_concurrency_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CODE_RUNNER_CONCURRENCY", "0")
    with pytest.raises(ConfigError, match="CODE_RUNNER_CONCURRENCY"):
        load_settings()


def test_none_and_piston_are_what_they_say() -> None:
    assert isinstance(build_code_runner(settings(code_runner="none")), NoRunner)
    piston = build_code_runner(
        settings(code_runner="piston", piston_url="http://piston:2000/", code_runner_concurrency=3)
    )
    assert isinstance(piston, PistonRunner) and piston.url == "http://piston:2000"
    # auto takes a configured Piston server before this machine's bubblewrap
    assert isinstance(build_code_runner(settings(piston_url="http://p:2000")), PistonRunner)


@needs_bwrap
def test_auto_takes_bubblewrap_when_it_works_here() -> None:
    runner = build_code_runner(settings(code_runner_concurrency=3))
    assert isinstance(runner, BwrapRunner) and runner.concurrency == 3


def test_auto_falls_back_to_none_and_says_so_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(code_runners.BwrapRunner, "probe", lambda self: "no user namespaces")
    with caplog.at_level(logging.INFO, logger="engine.providers.code_runners"):
        runner = choose_code_runner("auto")
    assert isinstance(runner, NoRunner)
    lines = [record.getMessage() for record in caplog.records]
    assert lines == [
        "code runner: none (no user namespaces); coding answers are reviewed without running"
    ]


def test_a_missing_bwrap_executable_is_a_reason_not_a_crash() -> None:
    assert "could not start" in BwrapRunner(bwrap="/nonexistent/bwrap").probe()


async def test_the_none_runner_marks_every_test_not_run() -> None:
    result = await NoRunner().run(submission("def solve(a, b):\n    return a + b\n"))
    assert result.verdict is Verdict.NOT_RUN
    assert {case.verdict for case in result.cases} == {Verdict.NOT_RUN}
    assert "reviewed without running" in result.message


def test_the_compose_file_parses_and_runs_piston_under_the_coding_profile() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    piston = compose["services"]["piston"]
    assert piston["image"] == "ghcr.io/engineer-man/piston"
    assert piston["profiles"] == ["coding"]
    assert piston["environment"]["PISTON_RUN_TIMEOUT"] >= 6000  # a run's 5 s and the grace
    assert "piston" in compose["volumes"]
    assert "profiles" not in compose["services"]["bot"]


def test_every_code_runner_setting_is_documented() -> None:
    readme = (ROOT / "README.md").read_text()
    example = (ROOT / ".env.example").read_text()
    for key in ("CODE_RUNNER", "PISTON_URL", "PISTON_PYTHON_VERSION", "CODE_RUNNER_CONCURRENCY"):
        assert f"| `{key}` |" in readme
    for key in ("CODE_RUNNER=", "PISTON_URL=", "CODE_RUNNER_CONCURRENCY="):
        assert key in example
