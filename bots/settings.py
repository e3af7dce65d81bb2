"""Configuration from the environment and a ``.env`` file (pydantic-settings)."""

from __future__ import annotations

import socket
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import make_url

LLMBackend = Literal["groq", "openai_compat", "offline"]
STTBackend = Literal["groq", "openai_compat", "offline", "none"]
# The OpenAI SDK insists on a key; local servers (Ollama, llama.cpp) ignore whatever is sent.
NO_API_KEY = "not-needed"

DEFAULT_DATABASE = "sqlite:///interview_partner.db"
UNPARSABLE_URL = "cannot be parsed (percent-encode special characters in the password, @ as %40)"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message is one line naming it."""


class Settings(BaseSettings):
    """Every setting the product reads. Secrets are SecretStr so they never print."""

    # A key left blank (TELEGRAM_BOT_TOKEN= as in .env.example) means "not set".
    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", case_sensitive=False, env_ignore_empty=True
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_root: str = "https://api.telegram.org"
    telegram_webhook_url: str | None = None
    telegram_webhook_port: int = Field(default=8443, ge=1, le=65535)
    # Shared by every replica behind the balancer: Telegram sends it back on each delivery.
    telegram_webhook_secret: SecretStr | None = None
    discord_bot_token: SecretStr | None = None
    discord_api_root: str | None = None
    dev_guild_id: int | None = None
    # Replicas split Discord's shards: each runs DISCORD_SHARD_IDS (e.g. "0,1") of the count.
    discord_shard_count: int | None = Field(default=None, ge=1, le=1024)
    discord_shard_ids: str | None = None
    groq_api_key: SecretStr | None = None
    groq_base_url: str | None = None
    database_url: str = DEFAULT_DATABASE
    llm_provider: Literal["auto", "groq", "openai_compat", "offline"] = "auto"
    groq_turn_model: str = "llama-3.1-8b-instant"
    groq_report_model: str = "llama-3.3-70b-versatile"
    groq_stt_model: str = "whisper-large-v3-turbo"
    # Any OpenAI-compatible server (Ollama, llama.cpp's server, vLLM): {base}/chat/completions.
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_turn_model: str | None = None
    llm_report_model: str | None = None  # unset: the turn model writes the report too
    llm_stt_model: str | None = None  # unset: voice notes go to the offline recogniser
    stt_provider: Literal["auto", "groq", "openai_compat", "offline", "none"] = "auto"
    tts_provider: Literal["gtts", "none"] = "gtts"
    max_followups: int = Field(default=3, ge=0, le=6)
    default_questions: int = Field(default=5, ge=1, le=10)
    llm_timeout_seconds: float = Field(default=20.0, gt=0, le=300)
    llm_max_retries: int = Field(default=2, ge=0, le=5)
    max_voice_seconds: int = Field(default=300, ge=1, le=3600)
    max_voice_mb: int = Field(default=20, ge=1, le=100)
    allowed_user_ids: str = ""
    turns_per_minute: int = Field(default=20, ge=1, le=1000)
    reminder_grace_seconds: int = Field(default=3600, ge=0, le=86400)
    health_port: int | None = Field(default=None, ge=1, le=65535)
    # Several replicas on one PostgreSQL: each needs its own REPLICA_ID (the host name by
    # default, unique per container); REDIS_URL moves the turn limit to Redis.
    replica_id: str = Field(default_factory=socket.gethostname, min_length=1, max_length=64)
    redis_url: SecretStr | None = None
    # Coding rounds: where candidates' code runs (auto: PISTON_URL's server, else bubblewrap
    # when it works here, else nowhere -- the code is then reviewed without running).
    code_runner: Literal["auto", "bwrap", "piston", "none"] = "auto"
    piston_url: str | None = None
    piston_python_version: str = "*"
    code_runner_concurrency: int = Field(default=2, ge=1, le=32)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator(
        "telegram_api_root", "discord_api_root", "groq_base_url", "llm_base_url", "piston_url"
    )
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: str) -> str:
        if value.startswith("postgres://"):
            value = "postgresql://" + value.removeprefix("postgres://")
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        if not value.startswith(("sqlite:", "postgresql+psycopg:")):
            raise ValueError("must be a sqlite:/// or postgresql:// URL")
        try:
            url = make_url(value)
        except ValueError:  # its message quotes the URL, password and all
            raise ValueError(UNPARSABLE_URL) from None
        if url.host and "@" in url.host:
            raise ValueError(UNPARSABLE_URL)
        return value

    @model_validator(mode="after")
    def _shards(self) -> Settings:
        if self.discord_shard_ids is not None and self.discord_shard_count is None:
            raise ValueError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT")
        ids = self.shard_ids
        if ids is not None and any(
            not 0 <= shard < (self.discord_shard_count or 0) for shard in ids
        ):
            raise ValueError("DISCORD_SHARD_IDS must be shard numbers below DISCORD_SHARD_COUNT")
        return self

    @property
    def shard_ids(self) -> list[int] | None:
        """This replica's Discord shards (None: all of DISCORD_SHARD_COUNT, or no sharding)."""
        if self.discord_shard_ids is None:
            return None
        try:
            return sorted({int(part) for part in self.discord_shard_ids.split(",") if part.strip()})
        except ValueError:
            raise ValueError("DISCORD_SHARD_IDS must be numbers separated by commas") from None

    @model_validator(mode="after")
    def _provider_requirements(self) -> Settings:
        if self.llm_provider == "groq" and self.groq_api_key is None:
            raise ValueError("GROQ_API_KEY is required when LLM_PROVIDER=groq")
        if self.stt_provider == "groq" and self.groq_api_key is None:
            raise ValueError("GROQ_API_KEY is required when STT_PROVIDER=groq")
        if self.llm_backend == "openai_compat":
            why = (
                "LLM_BASE_URL is set"
                if self.llm_provider == "auto"
                else "LLM_PROVIDER=openai_compat"
            )
            if self.llm_base_url is None:
                raise ValueError(f"LLM_BASE_URL is required when {why}")
            if self.llm_turn_model is None:
                raise ValueError(f"LLM_TURN_MODEL is required when {why} (e.g. llama3.1:8b)")
        if self.code_runner == "piston" and self.piston_url is None:
            raise ValueError("PISTON_URL is required when CODE_RUNNER=piston")
        if self.stt_provider == "openai_compat":
            for key, value in (
                ("LLM_BASE_URL", self.llm_base_url),
                ("LLM_STT_MODEL", self.llm_stt_model),
            ):
                if value is None:
                    raise ValueError(f"{key} is required when STT_PROVIDER=openai_compat")
        return self

    @property
    def allowed_users(self) -> frozenset[str] | None:
        """The allow-list as a set of ids, or None when everyone may use the bot."""
        ids = frozenset(part.strip() for part in self.allowed_user_ids.split(",") if part.strip())
        return ids or None

    @property
    def llm_backend(self) -> LLMBackend:
        """The LLM that interviews: LLM_PROVIDER, or for auto LLM_BASE_URL's server, else Groq
        when GROQ_API_KEY is set, else none (the offline interviewer)."""
        if self.llm_provider != "auto":
            return self.llm_provider
        if self.llm_base_url is not None:
            return "openai_compat"
        return "groq" if self.groq_api_key is not None else "offline"

    @property
    def turn_model(self) -> str | None:
        """The chosen LLM's model for turn decisions (None offline)."""
        return {"groq": self.groq_turn_model, "openai_compat": self.llm_turn_model}.get(
            self.llm_backend
        )

    @property
    def report_model(self) -> str | None:
        """The chosen LLM's model for reports and example answers (None offline)."""
        if self.llm_backend == "openai_compat":
            return self.llm_report_model or self.llm_turn_model
        return self.groq_report_model if self.llm_backend == "groq" else None

    @property
    def stt_backend(self) -> STTBackend:
        """Who transcribes voice notes first: STT_PROVIDER, or for auto the chosen LLM's
        server (openai_compat only with LLM_STT_MODEL), Groq when its key is set, else offline."""
        if self.stt_provider != "auto":
            return self.stt_provider
        if self.llm_backend == "openai_compat":
            return "openai_compat" if self.llm_stt_model is not None else "offline"
        return "groq" if self.groq_api_key is not None else "offline"

    @property
    def llm_key(self) -> str:
        """The key sent to the OpenAI-compatible server (a placeholder when none is set)."""
        return self.llm_api_key.get_secret_value() if self.llm_api_key else NO_API_KEY


def load_settings() -> Settings:
    """Read the settings; raise ConfigError with one line naming the bad key."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        key = "_".join(str(part) for part in first["loc"]).upper()
        message = first["msg"].removeprefix("Value error, ")
        # Never echo the input: it may be a secret.
        raise ConfigError(f"{key}: {message}" if key else message) from None
