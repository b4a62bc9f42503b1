"""Untrusted images open upright and bounded, or fail in one line; GPS never comes out."""

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from bot.errors import InputError
from bot.media.image import load_images, open_image


def saved(tmp_path: Path, name: str, image: Image.Image, fmt: str, **options) -> Path:
    path = tmp_path / name
    image.save(path, fmt, **options)
    return path


@pytest.mark.parametrize(
    ("name", "fmt", "mode"),
    [
        ("a.jpg", "JPEG", "RGB"),
        ("a.png", "PNG", "RGBA"),
        ("a.webp", "WEBP", "RGB"),
        ("a.gif", "GIF", "P"),
        ("a.tiff", "TIFF", "RGB"),
        ("a.bmp", "BMP", "RGB"),
    ],
)
def test_common_formats_open_as_rgb(tmp_path, name, fmt, mode) -> None:
    path = saved(tmp_path, name, Image.new(mode, (40, 30), "red" if mode != "P" else 1), fmt)
    loaded = open_image(path, name)
    assert loaded.image.mode == "RGB"
    assert loaded.size == (40, 30)
    assert loaded.format == fmt


def test_heic_from_an_iphone_opens(tmp_path) -> None:
    import pillow_heif

    path = tmp_path / "IMG_0001.HEIC"
    pillow_heif.from_pillow(Image.new("RGB", (64, 48), "blue")).save(path)
    loaded = open_image(path, "IMG_0001.HEIC")
    assert loaded.size == (64, 48) and loaded.format == "HEIF"


def test_exif_orientation_is_applied_and_only_camera_and_time_are_kept(tmp_path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R6"
    exif[0x0132] = "2026:03:01 14:05:00"
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    path = saved(tmp_path, "p.jpg", Image.new("RGB", (400, 100)), "JPEG", exif=exif.tobytes())
    loaded = open_image(path, "p.jpg")
    assert loaded.size == (100, 400)
    assert (loaded.camera, loaded.taken_at) == ("Canon EOS R6", "2026:03:01 14:05:00")
    assert not loaded.image.getexif()
    assert "51.0" not in repr(loaded)


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    def bomb_of(side: int) -> bytes:
        header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
        idat = chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + idat + chunk(b"IEND", b"")

    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_of(8000))
    with pytest.raises(InputError, match=r"8000×8000 \(64 megapixels\), above the 50 megapixel"):
        open_image(path, "bomb.png")
    path.write_bytes(bomb_of(60000))
    with pytest.raises(InputError, match=r"too many pixels to open safely \(the limit is 50"):
        open_image(path, "bomb.png")


def test_a_truncated_or_fake_image_fails_in_one_line(tmp_path) -> None:
    whole = saved(tmp_path, "w.jpg", Image.effect_noise((300, 300), 50).convert("RGB"), "JPEG")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:2000])
    with pytest.raises(InputError, match=r"cut\.jpg is damaged or not an image"):
        open_image(cut, "cut.jpg")
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    with pytest.raises(InputError, match=r"fake\.png is damaged"):
        open_image(fake, "fake.png")


def test_pdf_pages_are_rendered_one_image_each(tmp_path) -> None:
    pages = [Image.new("RGB", (850, 1100), colour) for colour in ("white", "yellow", "pink")]
    path = tmp_path / "invoice.pdf"
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=100)
    loaded = load_images(path, "invoice.pdf", "pdf")
    assert [image.page for image in loaded] == [1, 2, 3]
    assert loaded[0].size == (1700, 2200)  # 8.5×11 in at 200 dpi
    assert loaded[1].image.getpixel((10, 10)) == (255, 255, 0)


def test_a_broken_pdf_is_explained(tmp_path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(InputError, match=r"broken\.pdf cannot be opened as a PDF"):
        load_images(path, "broken.pdf", "pdf")


def test_a_phones_full_resolution_photo_is_read_at_the_size_ocr_needs(tmp_path) -> None:
    """8192×6144 (50.3 megapixels) from a phone's 50-megapixel mode: decoded at a
    reduced scale it stays under the limit; decoded whole it would not."""
    photo = saved(tmp_path, "photo.jpg", Image.new("RGB", (8192, 6144), (240, 238, 230)), "JPEG")
    loaded = open_image(photo, "photo.jpg", near=2400)
    assert loaded.size == (4096, 3072)
    assert loaded.original_size == (8192, 6144)
    with pytest.raises(InputError, match=r"8192×6144 \(50 megapixels\), above the 50 megapixel"):
        open_image(photo, "photo.jpg")
