"""One picture of all the keyframes, each labelled with the time it appears."""

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

from bot.media.scenes import Keyframe
from bot.media.timecode import clock

_GAP = 8
_BACKGROUND = (32, 32, 32)


def contact_sheet(
    keyframes: Sequence[Keyframe], *, columns: int = 4, thumb_width: int = 320
) -> Image.Image:
    """A grid of thumbnails `thumb_width` wide, `columns` a row, in time order."""
    if not keyframes:
        raise ValueError("a contact sheet needs at least one keyframe")
    columns = max(1, min(columns, len(keyframes)))
    thumbs = [_thumbnail(keyframe, thumb_width) for keyframe in keyframes]
    cell_height = max(thumb.height for thumb in thumbs)
    rows = math.ceil(len(thumbs) / columns)
    sheet = Image.new(
        "RGB",
        (columns * (thumb_width + _GAP) + _GAP, rows * (cell_height + _GAP) + _GAP),
        _BACKGROUND,
    )
    for index, thumb in enumerate(thumbs):
        row, column = divmod(index, columns)
        sheet.paste(
            thumb, (_GAP + column * (thumb_width + _GAP), _GAP + row * (cell_height + _GAP))
        )
    return sheet


def _thumbnail(keyframe: Keyframe, width: int) -> Image.Image:
    source = keyframe.image.convert("RGB")
    height = max(1, round(source.height * width / source.width))
    thumb = source.resize((width, height), Image.Resampling.LANCZOS)
    draw = ImageDraw.Draw(thumb)
    font = ImageFont.load_default(size=max(10, width // 14))
    label = clock(keyframe.time)
    left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
    pad = max(2, width // 80)
    box_top = height - (bottom - top) - 2 * pad
    draw.rectangle((0, box_top, right - left + 2 * pad, height), fill=(0, 0, 0))
    draw.text((pad - left, box_top + pad - top), label, fill=(255, 255, 255), font=font)
    return thumb
