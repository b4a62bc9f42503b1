"""The built-in plugins. Each module listed here implements hooks from
`bot.hookspecs`, exactly as an external plugin would."""

BUILTIN_PLUGINS: tuple[str, ...] = (
    "plugins.providers",
    "plugins.describe",
    "plugins.invoice",
    "plugins.compare",
    "plugins.translate",
    "plugins.meeting",
)
