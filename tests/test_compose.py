"""Several replicas as deployed: docker-compose.yml read as Docker Compose would (there is no
Docker engine here) — three bots on one PostgreSQL after a one-shot migration, Caddy balancing
the webhook — and the README's settings for them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bots.__main__ import parse_args
from bots.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
REPLICAS = {name: s for name, s in SERVICES.items() if "REPLICA_ID" in s.get("environment", {})}


def replica_settings(service: dict[str, Any]) -> Settings:
    """The Settings a replica builds from its own environment (compose's ${…} left unset)."""
    given = {
        key.lower(): str(value)
        for key, value in service["environment"].items()
        if not str(value).startswith("${")
    }
    return Settings(_env_file=None, **given)


def caddy_upstreams() -> tuple[list[str], dict[str, str]]:
    """The webhook site's upstreams and reverse_proxy options, as written in the Caddyfile."""
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
    lines = [line.split("#")[0].strip() for line in caddyfile.splitlines()]
    block = "\n".join(line for line in lines if line)
    found = re.search(r"reverse_proxy ([^{\n]+)\{([^}]*)\}", block)
    assert found, "no reverse_proxy block"
    options = dict(line.split(maxsplit=1) for line in found.group(2).strip().splitlines())
    return found.group(1).split(), options


def test_three_replicas_run_by_default_each_with_its_own_id() -> None:
    assert sorted(REPLICAS) == ["bot", "bot-2", "bot-3"]
    assert all("profiles" not in service for service in REPLICAS.values())
    settings = [replica_settings(service) for service in REPLICAS.values()]
    assert len({s.replica_id for s in settings}) == 3


def test_the_replicas_share_one_postgresql_and_one_webhook_secret() -> None:
    database = SERVICES["db"]["environment"]
    expected = (
        f"postgresql://{database['POSTGRES_USER']}:{database['POSTGRES_PASSWORD']}"
        f"@db:5432/{database['POSTGRES_DB']}"
    )
    urls = {s["environment"]["DATABASE_URL"] for s in REPLICAS.values()}
    assert urls == {expected}
    secrets = {s["environment"]["TELEGRAM_WEBHOOK_SECRET"] for s in REPLICAS.values()}
    assert secrets == {"${TELEGRAM_WEBHOOK_SECRET:-}"}  # one value, from .env, for all


def test_the_replicas_split_the_discord_shards() -> None:
    settings = [replica_settings(service) for service in REPLICAS.values()]
    counts = {s.discord_shard_count for s in settings}
    assert counts == {3}
    shards = sorted(shard for s in settings for shard in s.shard_ids or [])
    assert shards == [0, 1, 2]  # each shard on exactly one replica


def test_the_replicas_start_after_a_one_shot_migration() -> None:
    migrate = SERVICES["migrate"]
    assert parse_args(migrate["command"][3:]).command == "migrate"
    assert migrate["command"][:3] == ["python", "-m", "bots"]
    assert migrate["restart"] == "no" and migrate["healthcheck"] == {"disable": True}
    assert migrate["environment"]["DATABASE_URL"] == REPLICAS["bot"]["environment"]["DATABASE_URL"]
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"
    for service in REPLICAS.values():
        assert service["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
        assert service["depends_on"]["db"] == {"condition": "service_healthy"}


def test_caddy_balances_the_webhook_round_robin_over_every_replica() -> None:
    proxy = SERVICES["proxy"]
    assert proxy["image"].startswith("caddy")
    assert proxy["profiles"] == ["webhook"]
    assert "443:443" in proxy["ports"]
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in proxy["volumes"]
    assert sorted(proxy["depends_on"]) == sorted(REPLICAS)
    upstreams, options = caddy_upstreams()
    ports = {replica_settings(service).telegram_webhook_port for service in REPLICAS.values()}
    assert sorted(upstreams) == sorted(f"{name}:{port}" for name in REPLICAS for port in ports)
    assert options["lb_policy"] == "round_robin"


@pytest.mark.parametrize("profile", ["ollama", "coding", "webhook"])
def test_each_profile_names_services_that_exist(profile: str) -> None:
    members = [name for name, s in SERVICES.items() if profile in s.get("profiles", [])]
    assert members
    for name in members:
        for needed in SERVICES[name].get("depends_on", []):
            assert needed in SERVICES, (name, needed)
    volumes = {
        volume.split(":")[0]
        for name in members
        for volume in SERVICES[name].get("volumes", [])
        if not volume.startswith(".")
    }
    assert volumes <= set(COMPOSE["volumes"])


def test_the_replica_settings_are_documented() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "## Running several replicas" in readme
    for key in (
        "REPLICA_ID",
        "REDIS_URL",
        "TELEGRAM_WEBHOOK_SECRET",
        "DISCORD_SHARD_COUNT",
        "DISCORD_SHARD_IDS",
    ):
        assert f"| `{key}` |" in readme, key
        assert key.lower() in Settings.model_fields
