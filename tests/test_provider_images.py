"""Images leave upright, in RGB, scaled by OpenAI's rule, stripped of metadata, and priced."""

import base64
import io

import pytest
from PIL import Image

from bot.errors import InputError
from bot.providers.errors import TooLarge
from bot.providers.images import image_tokens, prepare_image, prepare_images, scaled_size


def encoded(image: Image.Image, kind: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


def decoded(data_url: str) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(data_url.split(",", 1)[1])))


@pytest.mark.parametrize(
    ("size", "detail", "tokens"),
    [
        ((1024, 1024), "high", 765),  # OpenAI's worked example: 768×768, 4 tiles
        ((2048, 4096), "high", 1105),  # 768×1536, 6 tiles
        ((4096, 8192), "auto", 1105),
        ((512, 512), "high", 255),
        ((4096, 8192), "low", 85),
    ],
)
def test_token_estimate_follows_the_tile_rule(size, detail, tokens) -> None:
    assert image_tokens(*size, detail) == tokens


def test_large_images_are_scaled_to_2048_then_768_on_the_short_side() -> None:
    assert scaled_size(4000, 3000, "high") == (1024, 768)
    assert scaled_size(300, 200, "high") == (300, 200)
    assert scaled_size(4000, 3000, "low") == (512, 384)


def test_exif_orientation_is_applied_and_metadata_dropped() -> None:
    photo = Image.new("RGB", (400, 100), (10, 120, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS
    prepared = prepare_image(encoded(photo, "JPEG", exif=exif.tobytes()), "high")
    sent = decoded(prepared.data_url)
    assert (prepared.width, prepared.height) == (100, 400) == sent.size
    assert not sent.getexif()


def test_transparent_png_becomes_rgb_on_white() -> None:
    clear = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    sent = decoded(prepare_image(encoded(clear), "low").data_url)
    assert sent.mode == "RGB"
    assert sent.getpixel((5, 5)) == (255, 255, 255)


def test_flat_graphics_go_as_png_and_photos_as_jpeg() -> None:
    flat = prepare_image(encoded(Image.new("RGB", (800, 600), "white")), "high")
    noisy = Image.effect_noise((800, 600), 80).convert("RGB")
    photo = prepare_image(encoded(noisy), "high")
    assert flat.data_url.startswith("data:image/png;base64,")
    assert photo.data_url.startswith("data:image/jpeg;base64,")


def test_damaged_image_is_a_clear_input_error() -> None:
    whole = encoded(Image.new("RGB", (200, 200), "red"), "JPEG")
    with pytest.raises(InputError, match="is damaged or not an image"):
        prepare_image(whole[: len(whole) // 3])
    with pytest.raises(InputError, match="is damaged or not an image"):
        prepare_image(b"GIF89a not really")


def test_over_budget_images_drop_to_low_detail_then_are_refused() -> None:
    big = encoded(Image.new("RGB", (2000, 2000), "navy"))
    fitted = prepare_images([big, big], "high", budget=1000)
    assert [image.detail for image in fitted] == ["low", "low"]
    assert sum(image.tokens for image in fitted) == 170
    with pytest.raises(TooLarge):
        prepare_images([big] * 20, "high", budget=1000)
