"""Which skill runs when the user names none: the channel's choice, else the media's default."""

from collections.abc import Sequence

from bot.config import ChannelSettings
from bot.skills import MediaKind

DEFAULT_SKILL_BY_KIND: dict[MediaKind, str] = {
    "image": "describe",
    "pdf": "invoice",
    "audio": "translate",
    "video": "meeting",
}
SEVERAL_IMAGES_SKILL = "compare"


def choose_skill(kinds: Sequence[MediaKind], channel: ChannelSettings | None = None) -> str:
    """The automatic skill for files of `kinds` (at least one) dropped together."""
    first = kinds[0]
    if channel is not None and first in channel.auto:
        return channel.auto[first]
    if len(kinds) > 1 and all(kind == "image" for kind in kinds):
        return SEVERAL_IMAGES_SKILL
    return DEFAULT_SKILL_BY_KIND[first]
