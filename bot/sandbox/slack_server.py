"""A Slack workspace on loopback: the Web API methods mmbot calls, file hosting, and a
sender of signed events, slash commands and interactions to the app.

Request and response shapes follow Slack's documentation: `{"ok": true, ...}` or
`{"ok": false, "error": "invalid_auth"}`, HTTP 429 with `Retry-After` for
`ratelimited`, `msg_too_long` over 40,000 characters. Files are served at their
`url_private` only with the bot token; without it Slack answers with an HTML
login page, and so does this. The tests and `mmbot demo` use it.
"""

import collections
import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from bot.sandbox import sandbox_secret
from bot.sandbox.loopback import LoopbackHandler, LoopbackServer
from bot.sandbox.socket_mode import SocketModeLink

MAX_TEXT = 40_000
LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in</body></html>"


@dataclass
class Delivery:
    """What the app answered to one request we sent it."""

    status: int
    body: str
    seconds: float


@dataclass
class Workspace:
    team: str = "T0SANDBOX"
    bot_user: str = "U0MMBOT"
    bot_id: str = "B0MMBOT"
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    messages: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: collections.defaultdict(list)
    )
    ephemeral: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    contents: dict[str, bytes] = field(default_factory=dict)
    views: list[dict[str, Any]] = field(default_factory=list)


class SlackSandbox(LoopbackServer):
    def __init__(
        self,
        *,
        bot_token: str | None = None,
        signing_secret: str | None = None,
        app_token: str | None = None,
    ) -> None:
        # Made up afresh, each with `SECRET_MARKER` in it (see `tests/secret_scan.py`).
        self.bot_token = bot_token or sandbox_secret("xoxb-")
        self.app_token = app_token or sandbox_secret("xapp-1-")
        self.socket_mode = SocketModeLink()
        self.signing_secret = signing_secret or sandbox_secret()
        self.workspace = Workspace()
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.app_url: str | None = None
        self.downloads = 0
        #: Serve the login page even with the right token, as Slack does without `files:read`.
        self.files_need_scope = False
        #: Answer every file download with a 302 to this origin (same path), as a file host
        #: that was tampered with might; `url_private` itself still names this workspace.
        self.files_redirect_to: str | None = None
        self._faults: dict[str, collections.deque] = collections.defaultdict(collections.deque)
        #: method → [error, retry_after, until (monotonic), every, calls seen] (`fail_during`)
        self._fault_windows: dict[str, list[Any]] = {}
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._clock = time.time()
        super().__init__(_Handler)
        self.add_user("U0ALICE", "alice", "Alice Example")
        self.add_user("U0BOB", "bob", "Bob Example", admin=True)  # the workspace's admin
        self.add_user(self.workspace.bot_user, "mmbot", "mmbot")

    # -- life cycle -----------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        return f"{self.origin}/api/"

    def slack_settings(self, **more: object) -> dict[str, object]:
        """The `[slack]` table that points the bot at this workspace."""
        return {
            "bot_token": self.bot_token,
            "signing_secret": self.signing_secret,
            "api_url": self.api_url,
            **more,
        }

    def start(self) -> "SlackSandbox":
        self.socket_mode.start()
        return super().start()

    def stop(self) -> None:
        super().stop()
        self.socket_mode.stop()

    # -- the people in the workspace ------------------------------------------------------

    def add_user(self, user_id: str, name: str, real_name: str, *, admin: bool = False) -> None:
        self.workspace.users[user_id] = {
            "id": user_id,
            "team_id": self.workspace.team,
            "name": name,
            "real_name": real_name,
            "tz": "Europe/London",
            "is_bot": user_id == self.workspace.bot_user,
            "is_admin": admin,
            "is_owner": False,
            "profile": {"real_name": real_name, "display_name": name},
        }

    def fail_next(self, method: str, error: str, retry_after: int | None = None) -> None:
        """The next call of `method` fails with `error` (`ratelimited` answers HTTP 429)."""
        with self._lock:
            self._faults[method].append((error, retry_after))

    def fail_during(
        self,
        methods: tuple[str, ...],
        error: str,
        seconds: float,
        *,
        retry_after: int | None = None,
        every: int = 1,
    ) -> None:
        """For the next `seconds`, every `every`-th call of each of `methods` fails with
        `error` (after any `fail_next` faults). `ratelimited` answers HTTP 429;
        `http_500` (any `http_NNN`) answers that HTTP status with `internal_error`."""
        until = time.monotonic() + seconds
        with self._lock:
            for method in methods:
                self._fault_windows[method] = [error, retry_after, until, max(1, every), 0]

    def drop_file(
        self,
        channel: str,
        user: str,
        name: str,
        data: bytes,
        *,
        text: str = "",
        thread_ts: str | None = None,
        mimetype: str = "application/octet-stream",
        send: bool = True,
        slack_connect: bool = False,
    ) -> tuple[dict[str, Any], list[Delivery]]:
        """A user uploads a file to a channel: the message, then both events Slack sends."""
        return self.drop_files(
            channel,
            user,
            [(name, data, mimetype)],
            text=text,
            thread_ts=thread_ts,
            send=send,
            slack_connect=slack_connect,
        )

    def drop_files(
        self,
        channel: str,
        user: str,
        files: list[tuple[str, bytes, str]],
        *,
        text: str = "",
        thread_ts: str | None = None,
        send: bool = True,
        slack_connect: bool = False,
    ) -> tuple[dict[str, Any], list[Delivery]]:
        """Several files in one message (name, bytes, MIME type): one `message` event with
        all of them, then one `file_shared` event per file."""
        hosted = [self.host_file(name, data, user, mime) for name, data, mime in files]
        shown = [
            {"id": f["id"], "file_access": "check_file_info"} if slack_connect else dict(f)
            for f in hosted
        ]
        message = self._post(
            channel,
            {"user": user, "text": text, "subtype": "file_share", "files": shown},
            thread_ts,
        )
        if not send:
            return message, []
        event = {**message, "type": "message", "channel": channel, "channel_type": "channel"}
        deliveries = [self.send_event(event)]
        for file in hosted:
            deliveries.append(
                self.send_event(
                    {
                        "type": "file_shared",
                        "file_id": file["id"],
                        "user_id": user,
                        "file": {"id": file["id"]},
                        "channel_id": channel,
                        "event_ts": message["ts"],
                    }
                )
            )
        return message, deliveries

    def mention(
        self, channel: str, user: str, text: str, thread_ts: str | None = None
    ) -> tuple[dict[str, Any], Delivery]:
        message = self._post(
            channel, {"user": user, "text": f"<@{self.workspace.bot_user}> {text}"}, thread_ts
        )
        event = {**message, "type": "app_mention", "channel": channel}
        return message, self.send_event(event)

    def host_file(self, name: str, data: bytes, user: str, mimetype: str) -> dict[str, Any]:
        file_id = f"F{next(self._ids):09d}"
        url = f"{self.origin}/files/{file_id}/{urllib.parse.quote(name)}"
        file = {
            "id": file_id,
            "created": int(self._now()),
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": name.rsplit(".", 1)[-1].lower() if "." in name else "",
            "user": user,
            "size": len(data),
            "url_private": url,
            "url_private_download": url + "?download=1",
            "permalink": f"{self.origin}/archives/{file_id}",
        }
        with self._lock:
            self.workspace.files[file_id] = file
            self.workspace.contents[file_id] = data
        return file

    # -- what the app sees coming in -----------------------------------------------------

    def send_event(
        self,
        event: dict[str, Any],
        *,
        retry_num: int | None = None,
        event_id: str | None = None,
        signature: str | None = None,
        age_seconds: int = 0,
    ) -> Delivery:
        body, headers = self.event_request(event, retry_num=retry_num, event_id=event_id)
        return self.deliver(body, headers, signature=signature, age_seconds=age_seconds)

    def event_request(
        self, event: dict[str, Any], *, retry_num: int | None = None, event_id: str | None = None
    ) -> tuple[bytes, dict[str, str]]:
        """The body and headers of an Events API request carrying `event`, unsigned."""
        payload = {
            "token": "unused-verification-token",
            "team_id": self.workspace.team,
            "api_app_id": "A0MMBOT",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._ids):010d}",
            "event_time": int(self._now()),
            "authorizations": [
                {"team_id": self.workspace.team, "user_id": self.workspace.bot_user, "is_bot": True}
            ],
        }
        headers = {"content-type": "application/json"}
        if retry_num is not None:
            headers["x-slack-retry-num"] = str(retry_num)
            headers["x-slack-retry-reason"] = "http_timeout"
        return json.dumps(payload).encode(), headers

    def push_event(self, event: dict[str, Any], *, event_id: str | None = None) -> float:
        """Send `event` over Socket Mode; the seconds until the app acknowledged it."""
        body, _ = self.event_request(event, event_id=event_id)
        return self.socket_mode.send(json.loads(body))

    def slash(
        self, text: str, *, channel: str, user: str, command: str = "/mm", **signing: Any
    ) -> Delivery:
        """A slash command; `signing` goes to `deliver` (a forged signature, a stale time)."""
        form = {
            "token": "unused",
            "team_id": self.workspace.team,
            "channel_id": channel,
            "user_id": user,
            "command": command,
            "text": text,
            "response_url": f"{self.origin}/response/{next(self._ids)}",
            "trigger_id": f"trigger.{next(self._ids)}",
        }
        body = urllib.parse.urlencode(form).encode()
        return self.deliver(body, {"content-type": "application/x-www-form-urlencoded"}, **signing)

    def interact(self, payload: dict[str, Any], **signing: Any) -> Delivery:
        """An interaction (button, shortcut, view); `signing` goes to `deliver`."""
        payload = {"team": {"id": self.workspace.team}, "api_app_id": "A0MMBOT", **payload}
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        return self.deliver(body, {"content-type": "application/x-www-form-urlencoded"}, **signing)

    def deliver(
        self,
        body: bytes,
        headers: dict[str, str],
        *,
        signature: str | None = None,
        age_seconds: int = 0,
        timestamp: int | None = None,
    ) -> Delivery:
        """POST a signed request to the app, as Slack does (at `timestamp`, to replay one)."""
        if self.app_url is None:
            raise RuntimeError("set app_url to the app's /slack/events URL first")
        delivery = signed_post(
            self.app_url,
            self.signing_secret,
            body,
            headers,
            signature=signature,
            age_seconds=age_seconds,
            timestamp=timestamp,
        )
        self._observe("app answer", delivery.body)
        return delivery

    # -- reading the workspace back --------------------------------------------------------

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        with self._lock:
            return [
                m
                for m in self.workspace.messages[channel]
                if m["ts"] == ts or m.get("thread_ts") == ts
            ]

    def replies(self, channel: str, ts: str) -> list[dict[str, Any]]:
        return [m for m in self.thread(channel, ts) if m["ts"] != ts]

    def reactions(self, channel: str, ts: str) -> set[str]:
        message = self._find(channel, ts)
        return {r["name"] for r in (message or {}).get("reactions", [])}

    def method_calls(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    # -- internals --------------------------------------------------------------------

    def _now(self) -> float:
        with self._lock:
            self._clock = max(self._clock + 0.000001, time.time())
            return self._clock

    def _post(self, channel: str, fields: dict[str, Any], thread_ts: str | None) -> dict[str, Any]:
        message = {"type": "message", "ts": f"{self._now():.6f}", **fields}
        if thread_ts:
            message["thread_ts"] = thread_ts
        with self._lock:
            self.workspace.messages[channel].append(message)
        return message

    def _find(self, channel: str, ts: str) -> dict[str, Any] | None:
        with self._lock:
            return next((m for m in self.workspace.messages[channel] if m["ts"] == ts), None)

    def _fault(self, method: str) -> tuple[str, int | None] | None:
        with self._lock:
            queue = self._faults.get(method)
            if not queue:
                return self._window_fault(method)
            return queue.popleft() if queue else None

    def _window_fault(self, method: str) -> tuple[str, int | None] | None:
        """The fault of a `fail_during` window open for `method`, on its every-th call."""
        with self._lock:
            window = self._fault_windows.get(method)
            if window is None or time.monotonic() >= window[2]:
                return None
            window[4] += 1
            return (window[0], window[1]) if window[4] % window[3] == 0 else None

    #: Called with (what, payload) for everything any sandbox workspace receives from the
    #: app: each Web API call's arguments (without the token), uploads, posts to a
    #: `response_url`, and the app's answers to requests; `tests/secret_scan.py` listens.
    observers: ClassVar[list[Callable[[str, Any], None]]] = []

    def _observe(self, what: str, payload: Any) -> None:
        for observer in list(self.observers):
            observer(what, payload)


class _Handler(LoopbackHandler):
    state: SlackSandbox

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path.startswith("/files/"):
            return self._serve_file(path)
        if path.startswith("/api/"):
            return self._api(path[5:], dict(urllib.parse.parse_qsl(query)))
        self._send(404, b"not found", "text/plain")

    def do_POST(self) -> None:
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        if path.startswith("/upload/"):
            return self._receive_upload(path.rsplit("/", 1)[-1], raw)
        if path.startswith("/response/"):
            self.state.calls.append(("response_url", json.loads(raw or b"{}")))
            self.state._observe("response_url", self.state.calls[-1][1])
            return self._send(200, b"ok", "text/plain")
        if not path.startswith("/api/"):
            return self._send(404, b"not found", "text/plain")
        params = dict(urllib.parse.parse_qsl(query))
        content_type = self.headers.get("content-type", "")
        if content_type.startswith("application/json"):
            params.update(json.loads(raw or b"{}"))
        else:
            params.update(urllib.parse.parse_qsl(raw.decode()))
        self._api(path[5:], params)

    # -- Web API ---------------------------------------------------------------------------

    def _api(self, method: str, params: dict[str, Any]) -> None:
        state = self.state
        token = (self.headers.get("authorization") or "").removeprefix("Bearer ") or params.get(
            "token"
        )
        state.calls.append((method, {k: v for k, v in params.items() if k != "token"}))
        state._observe(method, state.calls[-1][1])
        if method == "apps.connections.open":
            if token != state.app_token:
                return self._json({"ok": False, "error": "invalid_auth"})
            return self._json({"ok": True, "url": state.socket_mode.url})
        if token != state.bot_token:
            return self._json({"ok": False, "error": "invalid_auth"})
        fault = state._fault(method)
        if fault is not None:
            error, retry_after = fault
            if error == "ratelimited":
                return self._json(
                    {"ok": False, "error": "ratelimited"},
                    429,
                    {"retry-after": str(retry_after or 1)},
                )
            if error.startswith("http_") and error[5:].isdigit():
                return self._json({"ok": False, "error": "internal_error"}, int(error[5:]))
            return self._json({"ok": False, "error": error})
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return self._json({"ok": False, "error": "unknown_method"})
        self._json(handler(_decoded(params)))

    def _m_auth_test(self, params: dict) -> dict:
        w = self.state.workspace
        return {
            "ok": True,
            "url": self.state.origin + "/",
            "team": "Sandbox",
            "user": "mmbot",
            "team_id": w.team,
            "user_id": w.bot_user,
            "bot_id": w.bot_id,
        }

    def _m_chat_postMessage(self, params: dict) -> dict:
        channel, text = params.get("channel"), params.get("text") or ""
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if len(text) > MAX_TEXT:
            return {"ok": False, "error": "msg_too_long"}
        if not text and not params.get("blocks"):
            return {"ok": False, "error": "no_text"}
        fields = {
            "user": self.state.workspace.bot_user,
            "bot_id": self.state.workspace.bot_id,
            "text": text,
        }
        for key in ("blocks", "metadata"):
            if params.get(key):
                fields[key] = params[key]
        message = self.state._post(channel, fields, params.get("thread_ts"))
        return {"ok": True, "channel": channel, "ts": message["ts"], "message": message}

    def _m_chat_update(self, params: dict) -> dict:
        message = self.state._find(params.get("channel", ""), params.get("ts", ""))
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        if len(params.get("text") or "") > MAX_TEXT:
            return {"ok": False, "error": "msg_too_long"}
        with self.state._lock:
            for key in ("text", "blocks"):
                if key in params:
                    message[key] = params[key]
            message["edited"] = {"user": self.state.workspace.bot_user, "ts": f"{time.time():.6f}"}
        return {
            "ok": True,
            "channel": params["channel"],
            "ts": message["ts"],
            "text": message.get("text"),
        }

    def _m_chat_postEphemeral(self, params: dict) -> dict:
        ts = f"{self.state._now():.6f}"
        with self.state._lock:
            self.state.workspace.ephemeral.append({**params, "ts": ts})
        return {"ok": True, "message_ts": ts}

    def _m_reactions_add(self, params: dict) -> dict:
        message = self.state._find(params.get("channel", ""), params.get("timestamp", ""))
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        with self.state._lock:
            reactions = message.setdefault("reactions", [])
            if any(r["name"] == params["name"] for r in reactions):
                return {"ok": False, "error": "already_reacted"}
            reactions.append(
                {"name": params["name"], "users": [self.state.workspace.bot_user], "count": 1}
            )
        return {"ok": True}

    def _m_reactions_remove(self, params: dict) -> dict:
        message = self.state._find(params.get("channel", ""), params.get("timestamp", ""))
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        with self.state._lock:
            reactions = message.get("reactions", [])
            kept = [r for r in reactions if r["name"] != params["name"]]
            if len(kept) == len(reactions):
                return {"ok": False, "error": "no_reaction"}
            message["reactions"] = kept
        return {"ok": True}

    def _m_files_info(self, params: dict) -> dict:
        file = self.state.workspace.files.get(params.get("file", ""))
        if file is None:
            return {"ok": False, "error": "file_not_found"}
        return {"ok": True, "file": file}

    def _m_files_getUploadURLExternal(self, params: dict) -> dict:
        name = params.get("filename")
        if not name or not params.get("length"):
            return {"ok": False, "error": "invalid_arguments"}
        file = self.state.host_file(
            name, b"", self.state.workspace.bot_user, "application/octet-stream"
        )
        return {
            "ok": True,
            "upload_url": f"{self.state.origin}/upload/{file['id']}",
            "file_id": file["id"],
        }

    def _m_files_completeUploadExternal(self, params: dict) -> dict:
        entries = params.get("files") or []
        shared = []
        for entry in entries:
            file = self.state.workspace.files.get(entry.get("id"))
            if file is None:
                return {"ok": False, "error": "file_not_found"}
            if entry.get("title"):
                file["title"] = entry["title"]
            shared.append(file)
        channel = params.get("channel_id") or params.get("channels")
        if channel:
            self.state._post(
                channel,
                {
                    "user": self.state.workspace.bot_user,
                    "bot_id": self.state.workspace.bot_id,
                    "text": params.get("initial_comment", ""),
                    "files": shared,
                    "upload": True,
                },
                params.get("thread_ts"),
            )
        return {"ok": True, "files": [{"id": f["id"], "title": f["title"]} for f in shared]}

    def _m_conversations_history(self, params: dict) -> dict:
        messages = [
            m
            for m in self.state.workspace.messages[params.get("channel", "")]
            if not m.get("thread_ts") or m["thread_ts"] == m["ts"]
        ]
        oldest = float(params.get("oldest") or 0)
        messages = [m for m in messages if float(m["ts"]) >= oldest]
        limit = int(params.get("limit") or 100)
        return {"ok": True, "messages": list(reversed(messages))[:limit], "has_more": False}

    def _m_conversations_replies(self, params: dict) -> dict:
        thread = self.state.thread(params.get("channel", ""), params.get("ts", ""))
        if not thread:
            return {"ok": False, "error": "thread_not_found"}
        return {"ok": True, "messages": thread, "has_more": False}

    def _m_users_info(self, params: dict) -> dict:
        user = self.state.workspace.users.get(params.get("user", ""))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _m_views_open(self, params: dict) -> dict:
        return self._view("modal", params)

    def _m_views_publish(self, params: dict) -> dict:
        return self._view("home", params)

    def _view(self, kind: str, params: dict) -> dict:
        view = params.get("view") or {}
        stored = {
            "id": f"V{next(self.state._ids):09d}",
            "type": kind,
            **view,
            "user_id": params.get("user_id"),
            "trigger_id": params.get("trigger_id"),
        }
        with self.state._lock:
            self.state.workspace.views.append(stored)
        return {"ok": True, "view": stored}

    # -- files ----------------------------------------------------------------------------

    def _serve_file(self, path: str) -> None:
        file_id = path.split("/")[2]
        self.state.downloads += 1
        if self.state.files_redirect_to:
            target = self.state.files_redirect_to.rstrip("/") + self.path
            return self._send(302, b"", "text/plain", {"location": target})
        authorised = (self.headers.get("authorization") or "") == f"Bearer {self.state.bot_token}"
        if not authorised or self.state.files_need_scope:
            return self._send(200, LOGIN_PAGE, "text/html; charset=utf-8")
        data = self.state.workspace.contents.get(file_id)
        if data is None:
            return self._send(404, b"file not found", "text/plain")
        self._send(200, data, self.state.workspace.files[file_id]["mimetype"])

    def _receive_upload(self, file_id: str, data: bytes) -> None:
        self.state._observe("upload", data)
        file = self.state.workspace.files.get(file_id)
        if file is None:
            return self._send(404, b"no such upload", "text/plain")
        with self.state._lock:
            self.state.workspace.contents[file_id] = data
            file["size"] = len(data)
        self._send(200, f"OK - {len(data)}".encode(), "text/plain")

    def _json(
        self, payload: dict, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8", headers)


def signed_post(
    url: str,
    secret: str,
    body: bytes,
    headers: dict[str, str],
    *,
    signature: str | None = None,
    age_seconds: int = 0,
    timestamp: int | None = None,
) -> Delivery:
    """Sign `body` with Slack's v0 scheme and POST it; what came back and how long it took.
    The request is stamped `timestamp`, else now less `age_seconds`."""
    stamp = str(timestamp if timestamp is not None else int(time.time()) - age_seconds)
    basestring = b"v0:" + stamp.encode() + b":" + body
    digest = hmac.new(secret.encode(), basestring, hashlib.sha256).hexdigest()
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            **headers,
            "x-slack-request-timestamp": stamp,
            "x-slack-signature": signature or f"v0={digest}",
        },
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Delivery(
                response.status, response.read().decode(), time.perf_counter() - started
            )
    except urllib.error.HTTPError as error:
        return Delivery(error.code, error.read().decode(), time.perf_counter() - started)


def _decoded(params: dict[str, Any]) -> dict[str, Any]:
    """Form posts carry JSON-valued arguments (blocks, metadata, files, view) as strings."""
    decoded = dict(params)
    for key in ("blocks", "metadata", "files", "view", "attachments"):
        value = decoded.get(key)
        if isinstance(value, str) and value[:1] in "[{":
            decoded[key] = json.loads(value)
    return decoded
