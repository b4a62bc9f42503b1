"""Settings that route model calls to the loopback OpenAI-compatible sandbox."""

from bot.config import Settings, parse_settings
from bot.sandbox.openai_server import OpenAISandbox


def vision_settings(server: OpenAISandbox) -> Settings:
    """One provider, `vision`, serving the vision capability from `server`."""
    return parse_settings(
        {
            "providers": {
                "vision": {
                    "kind": "openai",
                    "base_url": server.base_url,
                    "models": {"vision": "sandbox-vision"},
                }
            },
            "routing": {"vision": ["vision"]},
        }
    )
