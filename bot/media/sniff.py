"""What a file really is, from its bytes, never from its name."""

from dataclasses import dataclass
from pathlib import Path

import filetype

from bot.errors import InputError
from bot.skills import MediaKind

_HEAD_BYTES = 8192
_KIND_BY_MIME_PREFIX: dict[str, MediaKind] = {
    "image/": "image",
    "audio/": "audio",
    "video/": "video",
}
# The container says "video" but the track is sound only, or the reverse, often enough that
# these two are decided by the name as a tie-breaker only.
_AUDIO_ONLY_EXTENSIONS = frozenset({".m4a", ".aac", ".weba", ".oga", ".opus"})


@dataclass(frozen=True)
class Sniffed:
    kind: MediaKind
    mime: str


def sniff(path: Path, display_name: str | None = None) -> Sniffed:
    """The media kind and MIME type of `path`, or an `InputError` saying why it is unusable."""
    name = display_name or path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{name} cannot be read (permission denied)") from None
    if size == 0:
        raise InputError(f"{name} is empty (0 bytes)")
    return sniff_bytes(head, name)


def sniff_bytes(head: bytes, name: str) -> Sniffed:
    if head.startswith(b"%PDF-"):
        return Sniffed("pdf", "application/pdf")
    guess = filetype.guess(head)
    if guess is None:
        raise InputError(f"{name} is not an image, PDF, audio or video file that mmbot can read")
    mime = guess.mime
    if mime == "application/pdf":
        return Sniffed("pdf", mime)
    for prefix, kind in _KIND_BY_MIME_PREFIX.items():
        if mime.startswith(prefix):
            if kind == "video" and Path(name).suffix.lower() in _AUDIO_ONLY_EXTENSIONS:
                return Sniffed("audio", mime.replace("video/", "audio/"))
            return Sniffed(kind, mime)
    raise InputError(f"{name} is of type {mime}; mmbot reads images, PDFs, audio and video")
