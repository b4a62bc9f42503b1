"""The plugin manager: built-in plugins and those installed through entry points.

Modelled on datasette's `plugins.py`: built-in plugin modules are registered by
name, external ones come from the `mmbot` entry-point group. Setting
`MMBOT_LOAD_PLUGINS` to a comma-separated list of distribution names loads only
those external plugins (an empty value loads none); built-ins always load.
"""

import importlib
import importlib.metadata
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pluggy

from bot import hookspecs
from bot.errors import UserFacingError
from bot.skills import Skill
from plugins import BUILTIN_PLUGINS

ENTRY_POINT_GROUP = "mmbot"
LOAD_ENV = "MMBOT_LOAD_PLUGINS"

log = logging.getLogger(__name__)

ProviderFactory = Callable[..., Any]


@dataclass(frozen=True)
class PluginInfo:
    name: str
    source: str
    hooks: tuple[str, ...]


@dataclass
class Registry:
    """What the loaded plugins provide, each item with the plugin it came from."""

    plugins: list[PluginInfo] = field(default_factory=list)
    skills: dict[str, tuple[Skill, str]] = field(default_factory=dict)
    provider_kinds: dict[str, tuple[ProviderFactory, str]] = field(default_factory=dict)
    digest_sections: list[tuple[Callable[..., Any], str]] = field(default_factory=list)

    def skill(self, name: str) -> Skill:
        if name not in self.skills:
            installed = ", ".join(sorted(self.skills)) or "none"
            raise UserFacingError(f"there is no skill {name!r} (installed skills: {installed})")
        return self.skills[name][0]


def new_plugin_manager() -> tuple[pluggy.PluginManager, dict[str, str]]:
    """A plugin manager with the built-in and allowed external plugins, and their sources."""
    pm = pluggy.PluginManager("mmbot")
    pm.add_hookspecs(hookspecs)
    sources: dict[str, str] = {}
    for module_name in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(module_name), name=module_name)
        sources[module_name] = "built-in"
    allowed = os.environ.get(LOAD_ENV)
    wanted = None if allowed is None else {n.strip() for n in allowed.split(",") if n.strip()}
    for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = entry_point.dist
        dist_name = dist.metadata["Name"] if dist is not None else entry_point.module
        if wanted is not None and dist_name not in wanted:
            continue
        if pm.get_plugin(entry_point.name) is not None:
            continue
        try:
            plugin = entry_point.load()
        except Exception as error:  # a broken plugin must not stop the bot
            log.warning("plugin %s could not be loaded: %s", entry_point.name, error)
            continue
        pm.register(plugin, name=entry_point.name)
        version = dist.version if dist is not None else "?"
        sources[entry_point.name] = f"{dist_name} {version}"
    return pm, sources


def load_registry() -> Registry:
    pm, sources = new_plugin_manager()
    registry = Registry()
    for name, plugin in pm.list_name_plugin():
        hooks = tuple(sorted(caller.name for caller in pm.get_hookcallers(plugin) or []))
        registry.plugins.append(PluginInfo(name, sources.get(name, "?"), hooks))
    for impl in pm.hook.register_skills.get_hookimpls():
        impl.function(register=_skill_registrar(registry, impl.plugin_name))
    for impl in pm.hook.register_providers.get_hookimpls():
        impl.function(register=_provider_registrar(registry, impl.plugin_name))
    for impl in reversed(pm.hook.digest_sections.get_hookimpls()):
        registry.digest_sections.append((impl.function, impl.plugin_name))
    return registry


@cache
def get_registry() -> Registry:
    return load_registry()


def _skill_registrar(registry: Registry, plugin: str) -> Callable[[Skill], None]:
    def register(skill: Skill) -> None:
        if not isinstance(skill, Skill):
            log.warning("plugin %s registered %r, which is not a Skill", plugin, skill)
        elif skill.name in registry.skills:
            first = registry.skills[skill.name][1]
            log.warning("skill %s from %s ignored: %s provides it", skill.name, plugin, first)
        else:
            registry.skills[skill.name] = (skill, plugin)

    return register


def _provider_registrar(registry: Registry, plugin: str) -> Callable[[str, ProviderFactory], None]:
    def register(kind: str, factory: ProviderFactory) -> None:
        if kind in registry.provider_kinds:
            first = registry.provider_kinds[kind][1]
            log.warning("provider kind %s from %s ignored: %s provides it", kind, plugin, first)
        else:
            registry.provider_kinds[kind] = (factory, plugin)

    return register
