"""What a skill is: its declaration, the context it runs in, and the result it returns.

A plugin subclasses `Skill`, fills in the class attributes and `run`, and
registers an instance through the `register_skills` hook. The same `run` serves
`mmbot run` on the command line and a job from Slack.
"""

import math
import shlex
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from bot.errors import InputError

if TYPE_CHECKING:
    from bot.config import Settings
    from storage.audit import AuditLog

MediaKind = Literal["image", "pdf", "audio", "video"]
MEDIA_KINDS: tuple[MediaKind, ...] = ("image", "pdf", "audio", "video")

_TRUE = frozenset({"1", "true", "yes", "on", "y"})
_FALSE = frozenset({"0", "false", "no", "off", "n"})


@dataclass(frozen=True)
class Option:
    """A typed option of a skill, given as `name=value` in Slack or `-o name=value` on the CLI."""

    name: str
    type: type = str
    default: Any = None
    help: str = ""
    choices: tuple[str, ...] | None = None

    def parse(self, text: str, skill: str = "") -> Any:
        where = f" of {skill}" if skill else ""
        try:
            value: Any
            if self.type is bool:
                lowered = text.strip().lower()
                if lowered not in _TRUE | _FALSE:
                    raise ValueError
                value = lowered in _TRUE
            else:
                value = self.type(text.strip())
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError
        except ValueError:
            raise InputError(
                f"option {self.name}{where} takes {_type_name(self.type)}, not {_shown(text)}"
            ) from None
        if self.choices is not None and value not in self.choices:
            raise InputError(
                f"option {self.name}{where} must be one of {', '.join(self.choices)}, "
                f"not {_shown(text)}"
            )
        return value


@dataclass(frozen=True)
class Attachment:
    """A file the skill produced, to be uploaded beside its answer."""

    path: Path
    title: str | None = None
    mime: str | None = None


@dataclass
class Result:
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InputFile:
    path: Path
    name: str
    kind: MediaKind
    mime: str
    size: int


Progress = Callable[[float, str], None]


@dataclass
class JobContext:
    """Everything a skill may use while it runs."""

    files: list[InputFile]
    options: Mapping[str, Any]
    prompt: str | None
    settings: "Settings"
    audit: "AuditLog"
    workdir: Path
    progress: Progress = lambda fraction, text="": None
    user: str | None = None
    channel: str | None = None
    job_id: int | None = None
    #: The `bot.providers.Router`: the only way a skill reaches a model.
    models: Any = None

    def call_context(self, skill: str) -> Any:
        """Who the model calls of this job are for: the audit row and the cache key."""
        from bot.providers import CallContext

        return CallContext(
            skill=skill,
            options=dict(self.options),
            user=self.user,
            channel=self.channel,
            job_id=self.job_id,
        )


class Skill(ABC):
    name: ClassVar[str]
    description: ClassVar[str]
    media: ClassVar[frozenset[MediaKind]]
    min_files: ClassVar[int] = 1
    max_files: ClassVar[int] = 1
    options: ClassVar[tuple[Option, ...]] = ()
    # A job running longer is stopped with a message; `[jobs] time_limits` overrides it.
    time_limit_minutes: ClassVar[float] = 10.0

    @abstractmethod
    def run(self, ctx: JobContext) -> Result:
        """Do the work; raise `bot.errors.SkillError` with a plain sentence when it cannot."""

    def option(self, name: str) -> Option:
        for option in self.options:
            if option.name == name:
                return option
        known = ", ".join(o.name for o in self.options) or "none"
        raise InputError(f"{self.name} has no option {_shown(name)} (its options: {known})")

    def parse_options(self, pairs: Mapping[str, str]) -> dict[str, Any]:
        """Typed values for the given `name → text` pairs, defaults for the rest."""
        values = {option.name: option.default for option in self.options}
        for name, text in pairs.items():
            values[name] = self.option(name).parse(text, self.name)
        return values

    def parse_words(self, words: str | Iterable[str]) -> tuple[dict[str, Any], str | None]:
        """Split `to=zh what is this?` into typed options and the free-text prompt."""
        tokens = split_words(words) if isinstance(words, str) else list(words)
        pairs: dict[str, str] = {}
        prompt: list[str] = []
        for token in tokens:
            name, equals, value = token.partition("=")
            if equals and name.replace("_", "").replace("-", "").isalnum() and name[0].isalpha():
                pairs[name.replace("-", "_")] = value
            else:
                prompt.append(token)
        return self.parse_options(pairs), " ".join(prompt) or None


def split_words(text: str) -> list[str]:
    """Words as a shell would split them (quotes keep spaces), plain split if unbalanced."""
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def _shown(text: str) -> str:
    """The value as the user typed it, quoted, cut short enough for a one-line message."""
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _type_name(kind: type) -> str:
    return {int: "a whole number", float: "a number", bool: "yes or no", str: "text"}.get(
        kind, kind.__name__
    )
