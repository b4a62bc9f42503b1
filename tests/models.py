"""Settings that route model calls to the loopback OpenAI-compatible sandbox."""

from typing import Any

from bot.config import Capability, Settings, parse_settings
from bot.sandbox.openai_server import OpenAISandbox


def sandbox_settings(
    server: OpenAISandbox, capability: Capability, model: str, **provider: Any
) -> Settings:
    """One provider, named after `capability`, serving it with `model` from `server`;
    `provider` adds settings of that provider (`max_retries=0` …)."""
    return parse_settings(
        {
            "providers": {
                capability: {
                    "kind": "openai",
                    "base_url": server.base_url,
                    "models": {capability: model},
                    **provider,
                }
            },
            "routing": {capability: [capability]},
        }
    )


def vision_settings(server: OpenAISandbox) -> Settings:
    return sandbox_settings(server, "vision", "sandbox-vision")


def chat_settings(server: OpenAISandbox, **provider: Any) -> Settings:
    return sandbox_settings(server, "chat", "sandbox-chat", **provider)
