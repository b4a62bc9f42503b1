"""Secrets in configuration are references, resolved only when used.

`"env:SLACK_BOT_TOKEN"` reads an environment variable, `"file:/run/secrets/x"`
reads a file; any other string is taken literally. A `Secret` never prints its
value: `str()`, `repr()` and the masked form show only where it comes from.
"""

import os
from pathlib import Path
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from bot.errors import ConfigError


class Secret:
    __slots__ = ("reference",)

    def __init__(self, reference: str) -> None:
        self.reference = reference

    @property
    def source(self) -> str:
        kind, _, name = self.reference.partition(":")
        if kind in ("env", "file") and name:
            return self.reference
        return "inline value"

    def value(self) -> str | None:
        """The secret itself, or None when the variable or file it names is absent."""
        kind, _, name = self.reference.partition(":")
        if kind == "env" and name:
            return os.environ.get(name) or None
        if kind == "file" and name:
            path = Path(name).expanduser()
            return path.read_text().strip() or None if path.is_file() else None
        return self.reference or None

    def require(self, setting: str) -> str:
        """The value, or a `ConfigError` that names the setting and where it looked."""
        value = self.value()
        if value is None:
            raise ConfigError(f"{setting} is not set: it reads {self.source}, which is empty")
        return value

    def masked(self) -> str:
        state = "set" if self.value() is not None else "not set"
        return f"{self.source} ({state})"

    def __repr__(self) -> str:
        return f"Secret({self.source!r})"

    __str__ = masked

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.reference == self.reference

    def __hash__(self) -> int:
        return hash(self.reference)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        from_text = core_schema.no_info_after_validator_function(cls, core_schema.str_schema())
        return core_schema.union_schema(
            [core_schema.is_instance_schema(cls), from_text],
            serialization=core_schema.plain_serializer_function_ser_schema(cls.masked),
        )
