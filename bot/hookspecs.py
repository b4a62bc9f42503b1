"""The hooks a plugin may implement. Built-in skills use exactly these too.

A plugin is any module or object with functions marked `@hookimpl`, registered
through the `mmbot` entry-point group (see README, "Writing a plugin").
"""

from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("mmbot")
hookimpl = pluggy.HookimplMarker("mmbot")


@hookspec
def register_skills(register: Any) -> None:
    """Call `register(skill)` for each `bot.skills.Skill` this plugin provides."""


@hookspec
def register_providers(register: Any) -> None:
    """Call `register(kind, factory)` for each provider kind this plugin provides.

    `factory(name, settings)` receives the provider's name and its
    `bot.config.ProviderSettings` and returns a provider object.
    """


@hookspec
def digest_sections(ctx: Any, channel: str, since: Any) -> Any:
    """A digest section (Markdown) for `channel` covering rows since `since`, or None.

    `ctx` is a `bot.digest.DigestContext` (its `db` is the bot's database, and
    `ctx.results(skill, channel, since)` the stored results of a skill);
    `since` is a timezone-aware `datetime`. Stored results are already redacted.
    """
