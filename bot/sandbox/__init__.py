"""Local stand-ins for the services mmbot talks to, on loopback: the tests use them, and
`mmbot demo` shows the bot working with them on a machine with no network."""

import secrets as _secrets

#: In every token, signing secret and API key the sandboxes make up, so that a scan of
#: logs, databases and Slack messages can tell a leaked secret from anything else.
SECRET_MARKER = "mmSandboxSecret"


def sandbox_secret(prefix: str = "") -> str:
    """A fresh secret that carries `SECRET_MARKER` right after `prefix` (`"xoxb-"`,
    `"sk-"` …), so even a secret cut short after a few characters is recognisable."""
    return f"{prefix}{SECRET_MARKER}-{_secrets.token_hex(12)}"
