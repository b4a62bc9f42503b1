"""The Slack app manifest shipped with the package, for Socket Mode or an HTTP request URL."""

import copy
import json
from importlib import resources
from typing import Any


def app_manifest(request_url: str | None = None) -> dict[str, Any]:
    """The manifest; with `request_url` (ending in /slack/events) it is set up for HTTP mode."""
    text = resources.files("bot.slack").joinpath("manifest.json").read_text(encoding="utf-8")
    manifest = json.loads(text)
    if request_url is None:
        return manifest
    manifest = copy.deepcopy(manifest)
    settings = manifest["settings"]
    settings["socket_mode_enabled"] = False
    settings["event_subscriptions"]["request_url"] = request_url
    settings["interactivity"]["request_url"] = request_url
    for command in manifest["features"]["slash_commands"]:
        command["url"] = request_url
    return manifest
