"""The gateway half of the Discord fake: a v10 JSON websocket with sessions and RESUME.

Speaks plain JSON text frames (discord.py asks for ``compress=zlib-stream`` but reads plain
text too). Handles HELLO, HEARTBEAT/ACK, IDENTIFY → READY + GUILD_CREATE, RESUME (replaying
what the client missed), REQUEST_GUILD_MEMBERS, and lets a test force RECONNECT, INVALID_SESSION
or a dropped connection.

Sharded as Discord is: each IDENTIFY names ``shard: [shard_id, shard_count]`` (none means
``[0, 1]``), one live session per shard; the count must be the fake's, else the socket is
closed with 4011 (too few shards: sharding required) or 4010 (an invalid shard).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE_UPDATE, VOICE_STATE_UPDATE = 0, 1, 2, 3, 4
RESUME, RECONNECT, REQUEST_GUILD_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = (
    6, 7, 8, 9, 10, 11,
)  # fmt: skip
_REPLAY_LIMIT = 1000  # dispatches a session keeps for RESUME


@dataclass
class GatewaySession:
    """One identified gateway session (survives reconnects that RESUME it)."""

    session_id: str
    intents: int
    identify: dict[str, Any]
    shard_id: int = 0
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)
    socket: web.WebSocketResponse | None = None
    invalidated: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass
class GatewayConnection:
    """One websocket connection (query: ``v``, ``encoding``, ``compress``)."""

    socket: web.WebSocketResponse
    query: dict[str, str]
    session: GatewaySession | None = None
    heartbeats: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)


class Gateway:
    """Accepts gateway connections and dispatches events to the current session."""

    def __init__(
        self,
        *,
        token: Callable[[], str | None],
        ready_events: Callable[[GatewaySession], list[tuple[str, dict[str, Any]]]],
        members_chunk: Callable[[dict[str, Any]], list[dict[str, Any]]],
        changed: Callable[[], None],
        heartbeat_interval_ms: int = 41_250,
        shard_count: int = 1,
    ) -> None:
        """``ready_events`` builds READY and the GUILD_CREATEs for a new session;
        ``shard_count`` is how many shards a client must identify with."""
        self._token = token
        self._ready_events = ready_events
        self._members_chunk = members_chunk
        self._changed = changed
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.shard_count = shard_count
        self.connections: list[GatewayConnection] = []
        self.all_connections: list[GatewayConnection] = []
        self.sessions: list[GatewaySession] = []
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.ready = asyncio.Event()  # set while every shard has a live session

    @property
    def session(self) -> GatewaySession | None:
        """Shard 0's live session (the only one when the fake is not sharded)."""
        return self.live_session(0)

    def live_session(self, shard_id: int) -> GatewaySession | None:
        """The shard's newest session that has not been invalidated."""
        live = [s for s in self.sessions if not s.invalidated and s.shard_id == shard_id]
        return live[-1] if live else None

    # ----- connection handling -----------------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """The aiohttp handler for ``GET /gateway``."""
        socket = web.WebSocketResponse(max_msg_size=0)
        await socket.prepare(request)
        connection = GatewayConnection(socket, dict(request.query))
        self.connections.append(connection)
        self.all_connections.append(connection)
        self._changed()
        hello = {"heartbeat_interval": self.heartbeat_interval_ms, "_trace": ["fake-gateway"]}
        await self._send(socket, {"op": HELLO, "d": hello, "s": None, "t": None})
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    if frame.type is WSMsgType.BINARY:
                        await socket.close(code=4002, message=b"Error while decoding payload.")
                    continue
                try:
                    payload = json.loads(frame.data)
                except ValueError:
                    await socket.close(code=4002, message=b"Error while decoding payload.")
                    break
                connection.received.append(payload)
                await self._on_payload(connection, payload)
        finally:
            self.connections.remove(connection)
            session = connection.session
            if session is not None and session.socket is socket:
                session.socket = None
            self._changed()
        return socket

    async def _on_payload(self, connection: GatewayConnection, payload: dict[str, Any]) -> None:
        op, data, socket = payload.get("op"), payload.get("d"), connection.socket
        if op == HEARTBEAT:
            connection.heartbeats += 1
            await self._send(socket, {"op": HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == IDENTIFY:
            await self._identify(connection, data or {})
        elif op == RESUME:
            await self._resume(connection, data or {})
        elif op in (PRESENCE_UPDATE, VOICE_STATE_UPDATE):
            if connection.session is None:
                await socket.close(code=4003, message=b"Not authenticated.")
        elif op == REQUEST_GUILD_MEMBERS:
            if connection.session is None:
                await socket.close(code=4003, message=b"Not authenticated.")
                return
            asked = data or {}
            chunk = {
                "guild_id": asked.get("guild_id"), "members": self._members_chunk(asked),
                "chunk_index": 0, "chunk_count": 1, "not_found": [], "presences": [],
                "nonce": asked.get("nonce"),
            }  # fmt: skip
            await self.dispatch("GUILD_MEMBERS_CHUNK", chunk, session=connection.session)
        else:
            await socket.close(code=4001, message=b"Unknown opcode.")

    async def _identify(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        socket = connection.socket
        expected = self._token()
        if expected is not None and data.get("token") != expected:
            await socket.close(code=4004, message=b"Authentication failed.")
            return
        if connection.session is not None:
            await socket.close(code=4005, message=b"Already authenticated.")
            return
        shard = data.get("shard", [0, 1])
        refusal = self._refusal(shard)
        if refusal is not None:
            await socket.close(code=refusal[0], message=refusal[1])
            return
        shard_id = int(shard[0])
        self.identifies.append(data)
        intents = int(data.get("intents") or 0)
        session = GatewaySession(secrets.token_hex(16), intents, data, shard_id)
        for old in self.sessions:
            if old.shard_id == shard_id:
                old.invalidated = True
        self.sessions.append(session)
        session.socket = socket
        connection.session = session
        for event, payload in self._ready_events(session):
            await self.dispatch(event, payload, session=session)
        if all(self.live_session(shard) for shard in range(self.shard_count)):
            self.ready.set()
        self._changed()

    def _refusal(self, shard: Any) -> tuple[int, bytes] | None:
        """The close code and reason refusing an IDENTIFY's ``[shard_id, shard_count]``."""
        valid = (
            isinstance(shard, list)
            and len(shard) == 2
            and all(isinstance(n, int) for n in shard)
            and 0 <= shard[0] < shard[1]
        )
        if not valid or shard[1] > self.shard_count:
            return 4010, b"Invalid shard."
        if shard[1] < self.shard_count:
            return 4011, b"Sharding required."
        return None

    async def _resume(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        socket = connection.socket
        session = next((s for s in self.sessions if s.session_id == data.get("session_id")), None)
        expected = self._token()
        if (
            session is None
            or session.invalidated
            or (expected is not None and data.get("token") != expected)
        ):
            await self._send(socket, {"op": INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        self.resumes.append(data)
        async with session.lock:
            old = session.socket
            session.socket = socket
            connection.session = session
            if old is not None and old is not socket and not old.closed:
                with contextlib.suppress(Exception):
                    await old.close(code=WSCloseCode.GOING_AWAY)
            seen = int(data.get("seq") or 0)
            for frame in session.sent:
                if frame["s"] > seen:
                    await self._send(socket, frame)
            session.seq += 1
            await self._send(socket, {"op": DISPATCH, "t": "RESUMED", "s": session.seq, "d": {}})
        self._changed()

    # ----- dispatching -------------------------------------------------------------------

    async def dispatch(
        self,
        event: str,
        data: dict[str, Any],
        *,
        session: GatewaySession | None = None,
        shard_id: int = 0,
    ) -> bool:
        """Send one dispatch (op 0) to the session (by default the shard's live one); False
        if it is waiting for a RESUME.

        Events sent while the client is reconnecting are kept and replayed on RESUME.
        """
        target = session or self.live_session(shard_id)
        if target is None:
            raise RuntimeError(f"no bot has identified shard {shard_id} on the fake gateway")
        async with target.lock:
            target.seq += 1
            frame = {"op": DISPATCH, "t": event, "s": target.seq, "d": data}
            target.sent.append(frame)
            del target.sent[:-_REPLAY_LIMIT]
            socket = target.socket
            if socket is None or socket.closed:
                return False
            return await self._send(socket, frame)

    async def send_op(self, op: int, data: Any = None) -> None:
        """Send a raw non-dispatch opcode to the current session's socket."""
        session = self.session
        if session is None or session.socket is None:
            raise RuntimeError("no bot is connected to the fake gateway")
        await self._send(session.socket, {"op": op, "d": data, "s": None, "t": None})

    async def request_reconnect(self) -> None:
        """Op 7 RECONNECT: the client closes and RESUMEs on ``resume_gateway_url``."""
        await self.send_op(RECONNECT)

    async def invalidate_session(self, resumable: bool = False) -> None:
        """Op 9 INVALID_SESSION; unless ``resumable``, the client must IDENTIFY again."""
        session = self.session
        if session is not None and not resumable:
            session.invalidated = True
            self.ready.clear()
        if session is not None and session.socket is not None:
            await self._send(
                session.socket, {"op": INVALID_SESSION, "d": resumable, "s": None, "t": None}
            )

    async def drop_connection(self, code: int = 4000) -> None:
        """Close the current socket from the server side (the client reconnects and RESUMEs)."""
        session = self.session
        if session is not None and session.socket is not None:
            await session.socket.close(code=code, message=b"Unknown error.")

    async def close_all(self) -> None:
        """Close every open socket (server shutdown)."""
        for connection in list(self.connections):
            with contextlib.suppress(Exception):
                await connection.socket.close(code=WSCloseCode.GOING_AWAY)

    @staticmethod
    async def _send(socket: web.WebSocketResponse, frame: dict[str, Any]) -> bool:
        if socket.closed:
            return False
        try:
            await socket.send_str(json.dumps(frame))
        except (ConnectionResetError, RuntimeError):
            return False
        return True
