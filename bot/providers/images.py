"""Images on their way to a vision model: upright, RGB, bounded, compact, priced.

Sizes follow OpenAI's documented rule for `detail: high`: fit in 2048×2048, then
scale down so the shortest side is at most 768 px; the cost is 85 tokens plus
170 per 512-px tile. `detail: low` sends at most 512 px and costs 85 tokens.
"""

import base64
import hashlib
import io
import math

from PIL import Image

from bot.media.image import image_size, open_image
from bot.providers.errors import TooLarge
from bot.providers.types import Detail, PreparedImage

LONG_SIDE = 2048
SHORT_SIDE = 768
LOW_SIDE = 512
TILE = 512
BASE_TOKENS = 85
TILE_TOKENS = 170
JPEG_QUALITY = 85


def scaled_size(width: int, height: int, detail: Detail) -> tuple[int, int]:
    """The size a provider works on after its own scaling, never larger than the input."""
    if detail == "low":
        factor = min(1.0, LOW_SIDE / max(width, height))
        return max(1, round(width * factor)), max(1, round(height * factor))
    factor = min(1.0, LONG_SIDE / max(width, height))
    width, height = width * factor, height * factor
    factor = min(1.0, SHORT_SIDE / min(width, height))
    return max(1, round(width * factor)), max(1, round(height * factor))


def image_tokens(width: int, height: int, detail: Detail) -> int:
    """OpenAI's tile rule; `auto` is priced as `high`, the most it can cost."""
    if detail == "low":
        return BASE_TOKENS
    scaled_width, scaled_height = scaled_size(width, height, "high")
    tiles = math.ceil(scaled_width / TILE) * math.ceil(scaled_height / TILE)
    return BASE_TOKENS + TILE_TOKENS * tiles


def prepare_image(data: bytes, detail: Detail = "auto") -> PreparedImage:
    """Normalise `data` for sending: opened safely by `bot.media.image` (upright, RGB, no
    metadata, GPS included), scaled, then JPEG or PNG."""
    image = open_image(data, "this image").image
    width, height = scaled_size(*image.size, detail)
    if (width, height) != image.size:
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    encoded, mime = _smallest_encoding(image)
    return PreparedImage(
        data_url=f"data:{mime};base64,{base64.b64encode(encoded).decode()}",
        width=width,
        height=height,
        detail=detail,
        tokens=image_tokens(width, height, detail),
        sha256=hashlib.sha256(encoded).hexdigest(),
    )


def _smallest_encoding(image: Image.Image) -> tuple[bytes, str]:
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True)
    png = io.BytesIO()
    image.save(png, "PNG", compress_level=6)
    if png.tell() < jpeg.tell():
        return png.getvalue(), "image/png"
    return jpeg.getvalue(), "image/jpeg"


def prepare_images(
    images: list[bytes], detail: Detail = "auto", budget: int | None = None
) -> tuple[PreparedImage, ...]:
    """Prepare several images for one call, dropping to `low` detail when their token
    estimate exceeds `budget`, and refusing when even that does not fit. The estimate
    comes from the image headers, before any pixel is decoded."""
    estimate = (
        sum(image_tokens(*image_size(data, "this image"), detail) for data in images)
        if budget is not None and detail != "low"
        else 0
    )
    if budget is not None and estimate > budget:
        detail = "low"
    if budget is not None and detail == "low" and BASE_TOKENS * len(images) > budget:
        raise TooLarge(
            f"{len(images)} images need {BASE_TOKENS * len(images)} tokens even at low "
            f"detail, above the budget of {budget} per call"
        )
    return tuple(prepare_image(data, detail) for data in images)
