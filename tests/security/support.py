"""Reading what the database holds about one user, for the privacy and isolation tests.

Tables are discovered by reflection, so a table added later (with a ``user_id`` or a
``session_id`` column) is covered without touching these helpers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, MetaData, Table, func, or_, select

from engine.ports import UserKey

SKIPPED_TABLES = frozenset({"alembic_version"})
SENDER_FIELDS = ("from", "user", "author")  # where platforms put who sent an update


@dataclass(frozen=True)
class Footprint:
    """Who a user is in the database: their row id and their interviews' ids."""

    key: UserKey
    user_id: int
    session_ids: tuple[int, ...]


def tables(engine: Engine) -> list[Table]:
    """Every table of the product's schema (Alembic's bookkeeping left out)."""
    metadata = MetaData()
    metadata.reflect(engine)
    return [t for t in metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def footprint(engine: Engine, key: UserKey) -> Footprint:
    """The user's row id and interview ids (the user must exist)."""
    schema = {t.name: t for t in tables(engine)}
    users, sessions = schema["users"], schema["interview_sessions"]
    with engine.connect() as connection:
        user_id = connection.execute(
            select(users.c.id).where(
                users.c.platform == key.platform, users.c.platform_user_id == key.platform_user_id
            )
        ).scalar_one()
        session_ids = connection.execute(
            select(sessions.c.id).where(sessions.c.user_id == user_id).order_by(sessions.c.id)
        ).scalars()
        return Footprint(key, int(user_id), tuple(int(i) for i in session_ids))


def row_counts(engine: Engine, who: Footprint) -> dict[str, int]:
    """Rows per table that belong to the user.

    A row belongs to them when it is their ``users`` row, has their ``user_id``, belongs to
    one of their interviews (``session_id``), or is a kept platform update they sent.
    """
    counts: dict[str, int] = {}
    with engine.connect() as connection:
        for table in tables(engine):
            clauses = []
            if table.name == "users":
                clauses.append(table.c.id == who.user_id)
            if "user_id" in table.c:
                clauses.append(table.c.user_id == who.user_id)
            if "session_id" in table.c and who.session_ids:
                clauses.append(table.c.session_id.in_(who.session_ids))
            count = 0
            if clauses:
                query = select(func.count()).select_from(table).where(or_(*clauses))
                count = int(connection.execute(query).scalar_one())
            if "payload" in table.c:
                count += _payloads_sent_by(connection, table, who.key)
            counts[table.name] = count
    return counts


def rows_of(engine: Engine, who: Footprint) -> dict[str, list[dict[str, Any]]]:
    """Every row that belongs to the user (as ``row_counts`` defines it), table by table."""
    found: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as connection:
        for table in tables(engine):
            clauses = []
            if table.name == "users":
                clauses.append(table.c.id == who.user_id)
            if "user_id" in table.c:
                clauses.append(table.c.user_id == who.user_id)
            if "session_id" in table.c and who.session_ids:
                clauses.append(table.c.session_id.in_(who.session_ids))
            if not clauses:
                continue
            order = list(table.primary_key.columns)
            result = connection.execute(select(table).where(or_(*clauses)).order_by(*order))
            found[table.name] = [dict(row._mapping) for row in result]
    return found


def places_holding(engine: Engine, needle: str) -> list[str]:
    """``table.column`` of every stored value (text or JSON) containing ``needle``."""
    places: set[str] = set()
    with engine.connect() as connection:
        for table in tables(engine):
            for row in connection.execute(select(table)):
                for column, value in row._mapping.items():
                    shown = json.dumps(value, ensure_ascii=False) if _is_json(value) else value
                    if isinstance(shown, str) and needle in shown:
                        places.add(f"{table.name}.{column}")
    return sorted(places)


def stored_answers(engine: Engine, key: UserKey) -> list[str]:
    """The text of every answer the user has stored, oldest first."""
    schema = {t.name: t for t in tables(engine)}
    users, sessions, turns = schema["users"], schema["interview_sessions"], schema["turns"]
    query = (
        select(turns.c.text)
        .join(sessions, sessions.c.id == turns.c.session_id)
        .join(users, users.c.id == sessions.c.user_id)
        .where(
            users.c.platform == key.platform,
            users.c.platform_user_id == key.platform_user_id,
            turns.c.kind == "answer",
        )
        .order_by(sessions.c.id, turns.c.position)
    )
    with engine.connect() as connection:
        return [str(text) for text in connection.execute(query).scalars()]


def stored_assessments(engine: Engine, key: UserKey) -> list[tuple[str, bool, dict[str, Any]]]:
    """(answer text, superseded, assessment) of every assessed answer of the user, in order."""
    schema = {t.name: t for t in tables(engine)}
    users, sessions, turns = schema["users"], schema["interview_sessions"], schema["turns"]
    query = (
        select(turns.c.text, turns.c.superseded, turns.c.assessment)
        .join(sessions, sessions.c.id == turns.c.session_id)
        .join(users, users.c.id == sessions.c.user_id)
        .where(
            users.c.platform == key.platform,
            users.c.platform_user_id == key.platform_user_id,
            turns.c.kind == "answer",
            turns.c.assessment.is_not(None),
        )
        .order_by(sessions.c.id, turns.c.position)
    )
    with engine.connect() as connection:
        return [
            (str(text), bool(superseded), _as_dict(assessment))
            for text, superseded, assessment in connection.execute(query)
        ]


def unfinished_updates(engine: Engine) -> int:
    """Platform updates received but not yet marked done (their payload is still kept)."""
    schema = {t.name: t for t in tables(engine)}
    updates = schema["processed_updates"]
    query = select(func.count()).select_from(updates).where(updates.c.status != "done")
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def overall(assessment: dict[str, Any]) -> float:
    """The overall score of a stored assessment (the mean of its three dimensions)."""
    scores = assessment["scores"]
    return (scores["communication"] + scores["knowledge"] + scores["structure"]) / 3


def _payloads_sent_by(connection: Any, table: Table, key: UserKey) -> int:
    rows = connection.execute(select(table.c.payload).where(table.c.payload.is_not(None)))
    return sum(1 for (payload,) in rows if _sent_by(_as_dict(payload), key.platform_user_id))


def _sent_by(value: object, platform_user_id: str) -> bool:
    if isinstance(value, dict):
        for name, inner in value.items():
            sender = inner.get("id") if name in SENDER_FIELDS and isinstance(inner, dict) else None
            if sender is not None and str(sender) == platform_user_id:
                return True
            if _sent_by(inner, platform_user_id):
                return True
    if isinstance(value, list):
        return any(_sent_by(item, platform_user_id) for item in value)
    return False


def _as_dict(value: object) -> dict[str, Any]:
    if isinstance(value, str):
        loaded = json.loads(value)
        return loaded if isinstance(loaded, dict) else {}
    return value if isinstance(value, dict) else {}


def _is_json(value: object) -> bool:
    return isinstance(value, dict | list)
