"""Where SQLite and PostgreSQL differ, in one place.

The bot's SQL is written once, in the subset both engines agree on, with SQLite's
spelling of parameters (`?`) and of quoted names (`[name]`). For PostgreSQL it is
rewritten here: `?` becomes `%s`, `[name]` and the column `user` (a reserved word
there, which unquoted means the session's role, not the column) are double-quoted,
and `%` is doubled so the driver does not read it as a parameter.
"""

import re
from functools import lru_cache
from typing import Literal

Dialect = Literal["sqlite", "postgresql"]

_TOKEN = re.compile(r"""'(?:[^']|'')*'|"[^"]*"|\[([^\]]+)\]|\?|%|\buser\b""", re.IGNORECASE)


@lru_cache(maxsize=512)
def to_postgres(sql: str) -> str:
    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        if text[0] == "'":
            return text.replace("%", "%%")
        if text[0] == '"':
            return text
        if match.group(1) is not None:
            return f'"{match.group(1)}"'
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        return '"user"'

    return _TOKEN.sub(swap, sql)


def locking(dialect: Dialect) -> str:
    """The clause that locks the rows a select reads until the transaction ends. SQLite has
    none and needs none: a write transaction there (`BEGIN IMMEDIATE`) locks the file."""
    return " for update" if dialect == "postgresql" else ""


def skipping_locked(dialect: Dialect, table: str) -> str:
    """Lock the row chosen from `table`, passing over rows other transactions hold: how
    workers on many hosts claim different jobs at once without waiting for each other."""
    return f" for update of {table} skip locked" if dialect == "postgresql" else ""
