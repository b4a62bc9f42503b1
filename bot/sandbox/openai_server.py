"""An OpenAI-compatible HTTP server on loopback, for tests, benchmarks and the demo.

It serves `GET /v1/models`, `POST /v1/chat/completions` (text, images, JSON
schema, streaming) and `POST /v1/audio/transcriptions` / `translations`, records
every request, and can be told to misbehave: the next requests answer with a
status (429 with `Retry-After`, 500 …), arrive slowly, carry a malformed body, or
drop the connection. With `requests_per_minute` set it enforces that rate like a
real provider (a 429 for each request that comes too early).

Replies are made up but honest about what arrived: the number and size of the
images, the words of the prompt, an instance of the requested JSON schema.
"""

import base64
import collections
import contextlib
import email.parser
import email.policy
import io
import json
import math
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.sandbox.loopback import LoopbackHandler, LoopbackServer

FaultKind = Literal["status", "slow", "malformed", "drop"]


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    code: str = ""

    @classmethod
    def rate_limited(cls, retry_after: float = 1.0) -> "Fault":
        return cls("status", 429, {"retry-after": f"{retry_after:g}"}, code="rate_limit_exceeded")

    @classmethod
    def server_error(cls, status: int = 500) -> "Fault":
        return cls("status", status, code="server_error")


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)


class OpenAISandbox(LoopbackServer):
    """Start with `with OpenAISandbox() as server:`; `server.base_url` ends in `/v1`."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        requests_per_minute: int | None = None,
        api_key: str | None = None,
        models: tuple[str, ...] = ("sandbox-vision", "sandbox-chat", "sandbox-whisper"),
    ) -> None:
        self.latency = latency
        self.api_key = api_key
        #: Error messages repeat the API key that came with the request, as some providers'
        #: do ("Incorrect API key provided: sk-…"): what must never reach a user or a log.
        self.echo_key_in_errors = False
        self.models = models
        self.requests: list[RecordedRequest] = []
        self.rejected_for_rate = 0
        self.accepted_at: list[float] = []
        self._faults: collections.deque[Fault] = collections.deque()
        #: (fault, until on the monotonic clock): see `fail_during`
        self._fault_window: tuple[Fault, float] | None = None
        self._replies: collections.deque[str] = collections.deque()
        self._lock = threading.Lock()
        self._interval = 60.0 / requests_per_minute if requests_per_minute else 0.0
        self._next_allowed = 0.0
        super().__init__(_Handler)

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    def fail_next(self, *faults: Fault) -> None:
        """The next requests, one fault each, in order."""
        with self._lock:
            self._faults.extend(faults)

    def fail_during(self, fault: Fault, seconds: float) -> None:
        """Every request in the next `seconds` gets `fault` (after any `fail_next` faults);
        a later call replaces the window."""
        with self._lock:
            self._fault_window = (fault, time.monotonic() + seconds)

    def reply_next(self, *contents: str) -> None:
        """The content of the next chat replies, in order (e.g. deliberately broken JSON)."""
        with self._lock:
            self._replies.extend(contents)

    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- used by the handler ------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _take_fault(self) -> Fault | None:
        with self._lock:
            if not self._faults and self._fault_window is not None:
                fault, until = self._fault_window
                if time.monotonic() < until:
                    return fault
            return self._faults.popleft() if self._faults else None

    def _take_reply(self) -> str | None:
        with self._lock:
            return self._replies.popleft() if self._replies else None

    def _too_early(self) -> float:
        """Seconds until this request would have been allowed, 0 when it is.

        The generic cell rate algorithm with room for one request of jitter."""
        if not self._interval:
            return 0.0
        with self._lock:
            now = time.monotonic()
            earliest = self._next_allowed - self._interval
            if now < earliest:
                self.rejected_for_rate += 1
                return earliest - now
            self._next_allowed = max(self._next_allowed, now) + self._interval
            self.accepted_at.append(now)
            return 0.0


class _Handler(LoopbackHandler):
    state: OpenAISandbox

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        state = self.state
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        body, files = _parse_body(self.headers.get("content-type", ""), raw)
        headers = {name.lower(): value for name, value in self.headers.items()}
        state._record(RecordedRequest(method, self.path, headers, body, files))
        if state.api_key and self.headers.get("authorization") != f"Bearer {state.api_key}":
            return self._error(401, "Incorrect API key provided", "invalid_api_key")
        fault = state._take_fault()
        if fault is not None:
            if fault.kind == "drop":
                self.close_connection = True
                self.connection.close()
                return None
            if fault.kind == "status":
                return self._error(
                    fault.status, f"injected {fault.status}", fault.code, fault.headers
                )
            if fault.kind == "malformed":
                return self._send(
                    200, b'{"id": "chatcmpl-broken", "choices": [', "application/json"
                )
            time.sleep(fault.seconds)
        if wait := state._too_early():
            retry = max(1, math.ceil(wait))
            return self._error(
                429,
                "Rate limit reached for requests",
                "rate_limit_exceeded",
                {"retry-after": str(retry), "x-ratelimit-reset-requests": f"{wait:.3f}s"},
            )
        if state.latency:
            time.sleep(state.latency)
        path = self.path.split("?")[0].rstrip("/")
        if method == "GET" and path.endswith("/models"):
            data = [{"id": m, "object": "model", "owned_by": "sandbox"} for m in state.models]
            return self._json(200, {"object": "list", "data": data})
        if method == "POST" and path.endswith("/chat/completions"):
            return self._chat(body)
        if method == "POST" and path.endswith(("/audio/transcriptions", "/audio/translations")):
            return self._transcription(body, files, translate=path.endswith("translations"))
        return self._error(404, f"no route {method} {path}", "not_found")

    def _chat(self, body: dict[str, Any]) -> None:
        model = body.get("model", "")
        if model not in self.state.models:
            return self._error(404, f"The model `{model}` does not exist", "model_not_found")
        images = [image for message in body.get("messages", []) for image in _images_in(message)]
        if any(size is None for size in images):
            return self._error(400, "Invalid image data", "invalid_image")
        content = self.state._take_reply()
        if content is None:
            content = _made_up_reply(body, images)
        usage = {
            "prompt_tokens": len(json.dumps(body.get("messages", []))) // 4,
            "completion_tokens": max(1, len(content) // 4),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        if body.get("stream"):
            return self._stream(model, content, usage, body.get("stream_options") or {})
        return self._json(
            200,
            {
                "id": "chatcmpl-sandbox",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": usage,
            },
        )

    def _stream(self, model: str, content: str, usage: dict, options: dict) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("connection", "close")
        self.end_headers()
        self.close_connection = True
        words = content.split(" ")

        def event(payload: dict[str, Any]) -> None:
            self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
            self.wfile.flush()

        base = {"id": "chatcmpl-sandbox", "object": "chat.completion.chunk", "model": model}
        for index, word in enumerate(words):
            piece = word if index == 0 else " " + word
            event({**base, "choices": [{"index": 0, "delta": {"content": piece}}]})
        event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        if options.get("include_usage"):
            event({**base, "choices": [], "usage": usage})
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def _transcription(self, body: dict, files: dict[str, bytes], translate: bool) -> None:
        audio = files.get("file", b"")
        if not audio:
            return self._error(400, "No audio file was sent", "invalid_request_error")
        content = self.state._take_reply()
        duration = _audio_seconds(audio)
        if duration is None:
            return self._error(400, "Audio file could not be decoded", "invalid_audio")
        text = content or f"sandbox transcript of {len(audio)} bytes of audio"
        language = "english" if translate else (body.get("language") or "en")
        segment = {"id": 0, "start": 0.0, "end": duration, "text": text}
        return self._json(
            200,
            {
                "task": "translate" if translate else "transcribe",
                "language": language,
                "duration": duration,
                "text": text,
                "segments": [segment],
            },
        )

    # -- plumbing -----------------------------------------------------------------------

    def _error(
        self, status: int, message: str, code: str, headers: dict[str, str] | None = None
    ) -> None:
        if self.state.echo_key_in_errors:
            sent = (self.headers.get("authorization") or "").removeprefix("Bearer ")
            message = f"{message} (API key provided: {sent})"
        payload = {"error": {"message": message, "type": code, "code": code}}
        self._json(status, payload, headers)

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", headers)



def _parse_body(content_type: str, raw: bytes) -> tuple[Any, dict[str, bytes]]:
    if content_type.startswith("application/json"):
        try:
            return json.loads(raw or b"null"), {}
        except json.JSONDecodeError:
            return {"_unreadable": raw[:200].decode(errors="replace")}, {}
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"content-type: {content_type}\r\n\r\n".encode() + raw
        )
        fields: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                files[name] = payload
            else:
                fields[name] = payload.decode(errors="replace")
        return fields, files
    return raw.decode(errors="replace"), {}


def _images_in(message: dict[str, Any]) -> list[tuple[int, int, str] | None]:
    content = message.get("content")
    if not isinstance(content, list):
        return []
    found: list[tuple[int, int, str] | None] = []
    for part in content:
        if part.get("type") == "image_url":
            url = part.get("image_url", {}).get("url", "")
            found.append(_image_size(url, part.get("image_url", {}).get("detail", "auto")))
    return found


def _image_size(url: str, detail: str) -> tuple[int, int, str] | None:
    from PIL import Image

    if not url.startswith("data:") or ";base64," not in url:
        return None
    try:
        with Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))) as image:
            return image.width, image.height, detail
    except Exception:
        return None


def _made_up_reply(body: dict[str, Any], images: list) -> str:
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        schema = response_format.get("json_schema", {}).get("schema", {})
        return json.dumps(example_of(schema))
    if response_format.get("type") == "json_object":
        return json.dumps({"answer": "sandbox"})
    last = next((m for m in reversed(body.get("messages", [])) if m.get("role") == "user"), {})
    content = last.get("content")
    text = (
        content
        if isinstance(content, str)
        else " ".join(part.get("text", "") for part in content or [] if part.get("type") == "text")
    )
    seen = ", ".join(f"{w}×{h} ({d} detail)" for w, h, d in images)
    lead = f"I received {len(images)} image(s): {seen}. " if images else ""
    return f"{lead}You asked: {text.strip()[:300]}"


def example_of(schema: dict[str, Any]) -> Any:
    """A small instance of a JSON schema: what a well-behaved model would send back."""
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if schema.get(key):
            return example_of(schema[key][0])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: example_of(sub) for name, sub in properties.items()}
    if kind == "array":
        count = schema.get("minItems", 1)
        return [example_of(schema.get("items", {})) for _ in range(count)]
    if kind == "string":
        return "sandbox"
    if kind in ("number", "integer"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return True
    return None


def _audio_seconds(data: bytes) -> float | None:
    import av

    try:
        with av.open(io.BytesIO(data)) as container:
            if container.duration:
                return container.duration / 1_000_000
            stream = container.streams.audio[0]
            return float(stream.duration * stream.time_base) if stream.duration else 0.0
    except Exception:
        return None


def main() -> None:
    """`python -m bot.sandbox.openai_server [--latency S] [--rpm N]`: serve until stopped,
    after printing the base URL on the first line of standard output."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--rpm", type=int, default=None)
    args = parser.parse_args()
    server = OpenAISandbox(latency=args.latency, requests_per_minute=args.rpm)
    print(server.base_url, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
