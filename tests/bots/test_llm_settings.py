"""Which LLM and speech-to-text the settings choose, and the one-line errors when they cannot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bots.app import LLMClients, build_interviewer, build_speech
from bots.settings import NO_API_KEY, ConfigError, Settings, load_settings
from engine.providers.fallback_speech import FallbackSpeechToText
from engine.providers.llm_interviewer import LLMInterviewer
from engine.providers.offline import OfflineInterviewer
from engine.providers.sphinx_speech import SphinxSpeechToText

LOCAL = {"llm_base_url": "http://localhost:11434/v1/", "llm_turn_model": "llama3.1:8b"}
GROQ = {"groq_api_key": "gsk_test_key_not_real"}


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)


@pytest.mark.parametrize(
    ("values", "backend"),
    [
        ({}, "offline"),
        (GROQ, "groq"),
        (LOCAL, "openai_compat"),
        (LOCAL | GROQ, "openai_compat"),  # a base URL says "this server" more clearly than a key
        (LOCAL | GROQ | {"llm_provider": "groq"}, "groq"),
        (LOCAL | {"llm_provider": "offline"}, "offline"),
    ],
    ids=["nothing", "groq key", "base url", "both", "groq chosen", "offline chosen"],
)
def test_auto_picks_the_base_url_then_groq_then_offline(
    values: dict[str, Any], backend: str
) -> None:
    chosen = settings(**values)
    assert chosen.llm_backend == backend
    interviewer = build_interviewer(chosen, LLMClients.of(chosen))
    if backend == "offline":
        assert isinstance(interviewer, OfflineInterviewer) and chosen.turn_model is None
    else:
        assert isinstance(interviewer, LLMInterviewer) and interviewer.name == backend
        assert interviewer.turn_model == chosen.turn_model


def test_the_report_model_is_the_turn_model_unless_set() -> None:
    local = settings(**LOCAL)
    assert (local.turn_model, local.report_model) == ("llama3.1:8b", "llama3.1:8b")
    assert settings(**LOCAL, llm_report_model="qwen2.5:14b").report_model == "qwen2.5:14b"
    assert local.llm_base_url == "http://localhost:11434/v1"  # the trailing slash dropped


def test_no_key_sends_a_placeholder_and_a_key_is_kept_secret() -> None:
    assert settings(**LOCAL).llm_key == NO_API_KEY
    keyed = settings(**LOCAL, llm_api_key="sk-local-secret")
    assert keyed.llm_key == "sk-local-secret" and "sk-local-secret" not in repr(keyed)


@pytest.mark.parametrize(
    ("values", "speech"),
    [
        (LOCAL, "offline"),  # no LLM_STT_MODEL: voice notes stay on this machine
        (LOCAL | {"llm_stt_model": "whisper-1"}, "openai_compat"),
        (LOCAL | GROQ, "offline"),  # a local LLM never sends audio to Groq unasked
        (GROQ, "groq"),
        (GROQ | {"llm_provider": "offline"}, "groq"),
        (LOCAL | {"llm_stt_model": "whisper-1", "stt_provider": "none"}, "none"),
    ],
    ids=["local", "local stt", "local and groq key", "groq", "offline llm", "none"],
)
def test_speech_follows_the_chosen_llm(values: dict[str, Any], speech: str) -> None:
    chosen = settings(**values)
    assert chosen.stt_backend == speech
    built = build_speech(chosen, LLMClients.of(chosen))
    if speech == "none":
        assert built is None
    elif speech == "offline":
        assert isinstance(built, SphinxSpeechToText)
    else:
        assert isinstance(built, FallbackSpeechToText)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"LLM_PROVIDER": "openai_compat"},
            "LLM_BASE_URL is required when LLM_PROVIDER=openai_compat",
        ),
        (
            {"LLM_PROVIDER": "openai_compat", "LLM_BASE_URL": "http://localhost:11434/v1"},
            "LLM_TURN_MODEL is required when LLM_PROVIDER=openai_compat (e.g. llama3.1:8b)",
        ),
        (
            {"LLM_BASE_URL": "http://localhost:11434/v1"},
            "LLM_TURN_MODEL is required when LLM_BASE_URL is set (e.g. llama3.1:8b)",
        ),
        ({"LLM_BASE_URL": "localhost:11434"}, "LLM_BASE_URL: must start with http:// or https://"),
        (
            {"STT_PROVIDER": "openai_compat", **{k.upper(): v for k, v in LOCAL.items()}},
            "LLM_STT_MODEL is required when STT_PROVIDER=openai_compat",
        ),
        (
            {"LLM_PROVIDER": "ollama"},
            "LLM_PROVIDER: Input should be 'auto', 'groq', 'openai_compat' or 'offline'",
        ),
    ],
    ids=["no url", "no model", "auto no model", "bad url", "stt no model", "unknown"],
)
def test_a_bad_llm_setting_fails_with_one_line_naming_it(
    env: dict[str, str], message: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no developer's .env
    for key in ("LLM_PROVIDER", "LLM_BASE_URL", "LLM_TURN_MODEL", "LLM_STT_MODEL", "GROQ_API_KEY",
                "STT_PROVIDER"):  # fmt: skip
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert str(error.value) == message
