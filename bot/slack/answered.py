"""Every validly signed request to `/slack/events` gets a 2xx, whatever Bolt makes of it.

Slack retries any other answer and disables apps that keep failing. Bolt answers 404 to a
request no listener takes (a global shortcut, a `view_closed`), and 500 when a payload's
shape breaks the code that prepares a listener's arguments (a `block_actions` with an
empty `actions` list raises `IndexError` before any listener or error handler runs). This
aiohttp middleware, the one place for it, turns such an answer, or an exception that
escapes Bolt, into 200 and a log line when the request's signature is valid; otherwise
Bolt's own answer (401 for a forged or stale request) stands.
"""

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def answered(
    signing_secret: str, path: str = "/slack/events"
) -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    verifier = SignatureVerifier(signing_secret)

    @web.middleware
    async def always_answered(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path != path:  # /readyz and the like answer for themselves (503 included)
            return await handler(request)
        try:
            response = await handler(request)
        except web.HTTPException:
            raise
        except Exception as error:
            failure, response = type(error).__name__, web.Response(status=401)
        else:
            if response.status < 400:
                return response
            failure = f"status {response.status}"
        body = await request.read()
        timestamp = request.headers.get("X-Slack-Request-Timestamp")
        signature = request.headers.get("X-Slack-Signature")
        if not verifier.is_valid(body, timestamp, signature):
            return response
        log.warning("Bolt could not take a signed Slack request (%s); answered 200", failure)
        return web.Response(status=200)

    return always_answered
