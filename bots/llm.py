"""The LLM's clients and its health line: Groq, an OpenAI-compatible server, or none.

The clients get deliberate timeouts and retries (the SDKs' defaults can keep a chat user
waiting for minutes). The health probe lists the server's models with a short timeout; an LLM
that does not answer makes the service degraded, not unhealthy: the offline interviewer stands
in for it, so the probe reports it and still passes.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import groq
import openai

from bots.settings import Settings

PROBE_SECONDS = 3.0
OFFLINE = "offline (no LLM)"


def groq_client(settings: Settings) -> groq.AsyncGroq | None:
    """An AsyncGroq client, if GROQ_API_KEY is set."""
    if settings.groq_api_key is None:
        return None
    return groq.AsyncGroq(
        api_key=settings.groq_api_key.get_secret_value(),
        base_url=settings.groq_base_url,
        timeout=settings.llm_timeout_seconds,
        max_retries=settings.llm_max_retries,
    )


def openai_client(settings: Settings) -> openai.AsyncOpenAI | None:
    """An AsyncOpenAI client for LLM_BASE_URL's server, if it is set."""
    if settings.llm_base_url is None:
        return None
    return openai.AsyncOpenAI(
        base_url=settings.llm_base_url,
        api_key=settings.llm_key,
        timeout=settings.llm_timeout_seconds,
        max_retries=settings.llm_max_retries,
    )


def describe(settings: Settings) -> str:
    """The chosen LLM and its models, e.g. "groq (turn llama-3.1-8b-instant, report ...)"."""
    backend = settings.llm_backend
    if backend == "offline":
        return OFFLINE
    where = f" at {without_userinfo(settings.llm_base_url)}" if backend == "openai_compat" else ""
    return f"{backend}{where} (turn {settings.turn_model}, report {settings.report_model})"


def without_userinfo(url: str | None) -> str:
    """The URL without any user:password@ it may carry."""
    parts = urlsplit(url or "")
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def llm_probe(settings: Settings, seconds: float = PROBE_SECONDS) -> tuple[bool, str]:
    """Whether the LLM answers (listing its models within ``seconds``), as a health line.

    Always True: an LLM that does not answer leaves the service degraded (the offline
    interviewer stands in), which the line says, but not unhealthy.
    """
    backend = settings.llm_backend
    if backend == "offline":
        return True, OFFLINE
    try:
        if backend == "groq":
            assert settings.groq_api_key is not None
            with groq.Groq(
                api_key=settings.groq_api_key.get_secret_value(),
                base_url=settings.groq_base_url,
                timeout=seconds,
                max_retries=0,
            ) as client:
                listed = {model.id for model in client.models.list().data}
        else:
            with openai.OpenAI(
                base_url=settings.llm_base_url,
                api_key=settings.llm_key,
                timeout=seconds,
                max_retries=0,
            ) as client:
                listed = {model.id for model in client.models.list().data}
    except (groq.APIError, openai.APIError, ValueError) as error:
        reason = getattr(error, "status_code", None) or type(error).__name__
        return True, f"{describe(settings)}: degraded, not answering ({reason}); offline stands in"
    missing = [m for m in (settings.turn_model, settings.report_model) if m and m not in listed]
    if missing:
        return (
            True,
            f"{describe(settings)}: answers, but lists no {', '.join(sorted(set(missing)))}",
        )
    return True, f"{describe(settings)}: answers"
