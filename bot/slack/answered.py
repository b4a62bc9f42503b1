"""Every validly signed request to `/slack/events` gets a 2xx, even one Bolt fails on.

Slack retries any other answer and disables apps that keep failing. Bolt's own error
handler cannot help when a payload's shape breaks the code that prepares its arguments
(a `block_actions` with an empty `actions` list raises `IndexError` before any listener
or handler runs), so this aiohttp middleware catches what escapes Bolt: a request whose
signature is valid gets 200 and a log line; anything else gets 401, as Bolt gives it.
"""

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def answered(
    signing_secret: str,
) -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    verifier = SignatureVerifier(signing_secret)

    @web.middleware
    async def always_answered(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except web.HTTPException:
            raise
        except Exception as error:
            body = await request.read()
            timestamp = request.headers.get("X-Slack-Request-Timestamp")
            signature = request.headers.get("X-Slack-Signature")
            if not verifier.is_valid(body, timestamp, signature):
                return web.Response(status=401)
            log.warning(
                "a signed Slack request failed in Bolt (%s); answered 200", type(error).__name__
            )
            return web.Response(status=200)

    return always_answered
