"""What goes into a model call and what comes back, independent of any provider."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Detail = Literal["low", "high", "auto"]


@dataclass(frozen=True)
class Usage:
    tokens_in: int = 0
    tokens_out: int = 0
    image_tokens: int = 0


@dataclass(frozen=True)
class PreparedImage:
    """An image ready to send: normalised bytes as a data URL and its token estimate."""

    data_url: str
    width: int
    height: int
    detail: Detail
    tokens: int
    sha256: str


@dataclass(frozen=True)
class ChatRequest:
    """A chat call; `images` make it a vision call. `schema` asks for JSON output."""

    messages: tuple[dict[str, Any], ...]
    images: tuple[PreparedImage, ...] = ()
    schema: dict[str, Any] | None = None
    schema_name: str = "result"
    max_tokens: int = 1024
    temperature: float = 0.0


@dataclass(frozen=True)
class ChatReply:
    text: str
    model: str
    usage: Usage = Usage()
    data: Any = None


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class TranscribeRequest:
    """`progress`, when given, hears the seconds of this audio done as segments arrive;
    it is not part of what is asked, so not of the cache key."""

    audio: Path
    language: str | None = None
    translate: bool = False
    prompt: str | None = None
    progress: Callable[[float], None] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Transcript:
    segments: tuple[Segment, ...]
    language: str | None
    duration: float
    model: str
    translated: bool = False

    @property
    def text(self) -> str:
        return " ".join(segment.text.strip() for segment in self.segments).strip()


@dataclass(frozen=True)
class OcrLine:
    text: str
    box: tuple[tuple[float, float], ...]
    confidence: float
    #: Each character of the line with the engine's confidence in it (empty where the
    #: engine gives none): one misread digit hardly moves a long line's mean.
    characters: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class OcrResult:
    lines: tuple[OcrLine, ...]
    model: str
    width: int = 0
    height: int = 0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class Health:
    ok: bool
    detail: str
    models: tuple[str, ...] = field(default_factory=tuple)
