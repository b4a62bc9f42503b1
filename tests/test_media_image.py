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


def test_every_page_of_a_faxed_tiff_is_a_picture_and_its_squat_pixels_are_made_square(
    tmp_path,
) -> None:
    # A fax in standard mode: 204 dots per inch across, 98 down; page 2 holds the invoice.
    cover, invoice = Image.new("L", (1700, 1100), 255), Image.new("L", (1700, 1100), 0)
    path = tmp_path / "fax.tif"
    cover.save(path, "TIFF", save_all=True, append_images=[invoice], dpi=(204, 98))

    pages = load_images(path, "fax.tif", "image")

    assert [(page.page, page.size) for page in pages] == [(1, (1700, 2290)), (2, (1700, 2290))]
    assert [page.image.getpixel((5, 5)) for page in pages] == [(255, 255, 255), (0, 0, 0)]


def test_a_one_page_tiff_and_a_square_scan_keep_their_size(tmp_path) -> None:
    path = saved(tmp_path, "scan.tif", Image.new("RGB", (850, 1100), "white"), "TIFF", dpi=(100, 100))

    assert [(page.page, page.size) for page in load_images(path, "scan.tif", "image")] == [
        (None, (850, 1100))
    ]


def test_a_resolution_no_fax_has_cannot_blow_a_picture_up(tmp_path) -> None:
    path = saved(tmp_path, "odd.png", Image.new("RGB", (400, 300), "white"), "PNG", dpi=(3000, 1))

    assert open_image(path, "odd.png").size == (400, 300)


def test_a_tiff_of_many_large_pages_is_refused_before_decoding(tmp_path) -> None:
    pages = [Image.new("L", (6000, 6000), 255) for _ in range(3)]
    path = tmp_path / "batch.tif"
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:])

    with pytest.raises(InputError, match="megapixel"):
        load_images(path, "batch.tif", "image", max_pixels=60_000_000)
