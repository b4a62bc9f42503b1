"""Socket Mode for the sandbox workspace: `apps.connections.open` hands out a WebSocket URL
on loopback, and events go to the app as envelopes it must acknowledge, as Slack does
(api.slack.com/apis/socket-mode): a `hello` on connect, then
`{"envelope_id", "type": "events_api", "payload"}`, each answered by `{"envelope_id"}`."""

import asyncio
import json
import threading
import time
import uuid
from typing import Any

from aiohttp import WSMsgType, web


class SocketModeLink:
    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._sockets: list[web.WebSocketResponse] = []
        self._acks: dict[str, asyncio.Future] = {}
        self._runner: web.AppRunner | None = None
        self.url = ""

    def start(self) -> "SocketModeLink":
        self._thread.start()
        self.url = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    async def _start(self) -> str:
        app = web.Application()
        app.router.add_get("/link", self._accept)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        return f"ws://127.0.0.1:{port}/link"

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    @property
    def connected(self) -> bool:
        return any(not socket.closed for socket in self._sockets)

    def send(self, payload: dict[str, Any], kind: str = "events_api", timeout: float = 10) -> float:
        """Deliver one envelope; the seconds until the app acknowledged it."""
        future = asyncio.run_coroutine_threadsafe(self._send(payload, kind), self._loop)
        return future.result(timeout)

    async def _send(self, payload: dict[str, Any], kind: str) -> float:
        envelope_id = str(uuid.uuid4())
        acked = self._loop.create_future()
        self._acks[envelope_id] = acked
        socket = next(s for s in reversed(self._sockets) if not s.closed)
        started = time.perf_counter()
        await socket.send_str(
            json.dumps(
                {
                    "envelope_id": envelope_id,
                    "type": kind,
                    "payload": payload,
                    "accepts_response_payload": kind != "events_api",
                    "retry_attempt": 0,
                    "retry_reason": "",
                }
            )
        )
        await acked
        return time.perf_counter() - started

    async def _accept(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_str(json.dumps({"type": "hello", "num_connections": 1}))
        async for message in socket:
            if message.type != WSMsgType.TEXT:
                continue
            envelope_id = json.loads(message.data).get("envelope_id")
            waiting = self._acks.pop(envelope_id, None)
            if waiting is not None and not waiting.done():
                waiting.set_result(True)
        return socket
