"""Finding a role by what the user typed (both adapters' role options and arguments)."""

from __future__ import annotations

from collections.abc import Iterable

from engine.queries import Role


def find_role(roles: Iterable[Role], text: str) -> Role | None:
    """The role whose id or name is ``text`` (any case, spaces or underscores)."""
    wanted = text.strip().lower().replace(" ", "_")
    for role in roles:
        if wanted in (role.id, role.name.lower().replace(" ", "_")):
            return role
    return None


def matching_roles(roles: Iterable[Role], typed: str, limit: int = 25) -> list[Role]:
    """Roles whose id or name contains what the user typed so far, names first."""
    needle = typed.strip().lower()
    found = [
        r
        for r in roles
        if needle in r.name.lower() or needle in r.id or needle in r.id.replace("_", " ")
    ]
    found.sort(key=lambda r: (not r.name.lower().startswith(needle), r.name))
    return found[:limit]
