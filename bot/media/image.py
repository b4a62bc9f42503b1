"""Opening untrusted images: every format a phone or scanner produces, upright, bounded.

JPEG, PNG, WebP, GIF (first frame), TIFF (every page, as a fax or a scanner stores a
document), BMP, HEIC/HEIF (pillow-heif) and PDF pages (pypdfium2, rendered). The pixel
count is checked from the header before any pixel is decoded, so a decompression bomb
costs nothing; a truncated or corrupt file gives one line saying so. EXIF orientation
is applied, and a fax's pixels, twice as wide as high, are made square; of the rest of
the metadata only the camera and the time it was taken are kept, and GPS never leaves
this module.
"""

import io
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageOps

from bot.errors import InputError

MAX_PIXELS = 50_000_000
#: How many times `MAX_PIXELS` a JPEG may hold when it is decoded at a reduced scale
#: (`near`): what is decoded stays under `MAX_PIXELS`, and a phone's full-resolution
#: photo (8192×6144, 50.3 megapixels) is read rather than refused.
DRAFTED_REACH = 3
MAX_PDF_PAGES = 10
PDF_DPI = 200

# pillow-heif reports libheif failures (its security limits included) as RuntimeError.
_DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, RuntimeError)
_QUOTED = re.compile(r"'[^']*'|<[^>]*>")
_heif_registered = False


@dataclass(frozen=True)
class LoadedImage:
    image: Image.Image
    format: str
    source: str
    page: int | None = None
    camera: str | None = None
    taken_at: str | None = None
    original_size: tuple[int, int] = field(default=(0, 0))

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size


def load_images(
    path: Path, name: str, kind: str, *, max_pixels: int = MAX_PIXELS, near: int | None = None
) -> list[LoadedImage]:
    """The pictures in a file: one for an image, one per page (up to 10) for a PDF or a
    TIFF of several pages."""
    if kind == "pdf":
        return pdf_pages(path, name, max_pixels=max_pixels)
    return tiff_pages(path, name, max_pixels=max_pixels) or [
        open_image(path, name, max_pixels=max_pixels, near=near)
    ]


def tiff_pages(
    path: Path, name: str, *, max_pixels: int = MAX_PIXELS, max_pages: int = MAX_PDF_PAGES
) -> list[LoadedImage]:
    """Each page of a TIFF that has more than one (a fax, a scanner's batch), up to
    `max_pages`, all of them together holding at most `max_pixels`; none for any other
    file, which `open_image` opens (and refuses, when it must, with its reason)."""
    try:
        opened = Image.open(path, formats=["TIFF"])
    except (Image.DecompressionBombError, *_DECODE_ERRORS):
        return []
    with _decoding(name, max_pixels), opened:
        count = getattr(opened, "n_frames", 1)
        if count < 2:
            return []
        count = min(count, max_pages)
        pages = []
        for index in range(count):
            opened.seek(index)
            _check_pixels(f"{name} page {index + 1}", *opened.size, max_pixels // count)
            page = _clean_rgb(_square(ImageOps.exif_transpose(opened.copy()), opened.info))
            pages.append(
                LoadedImage(page, "TIFF", name, page=index + 1, original_size=opened.size)
            )
        return pages


def open_image(
    source: Path | bytes, name: str, *, max_pixels: int = MAX_PIXELS, near: int | None = None
) -> LoadedImage:
    """One picture from a file or from bytes, upright, RGB and stripped of metadata.

    With `near`, a JPEG is decoded at the smallest of its built-in reduced scales
    that keeps both sides at least `near` pixels: a 35-megapixel photo meant for
    OCR at 2400 px decodes several times faster.
    """
    _register_heif()
    with (
        _decoding(name, max_pixels),
        Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as opened,
    ):
        width, height = opened.size
        format_name = opened.format or "unknown"
        drafted = bool(near) and format_name == "JPEG"
        _check_pixels(name, width, height, max_pixels * (DRAFTED_REACH if drafted else 1))
        opened.seek(0)
        if drafted:
            scale = near / max(width, height)
            opened.draft("RGB", (round(width * scale), round(height * scale)))
            _check_pixels(name, *opened.size, max_pixels)
        exif = opened.getexif()
        ImageOps.exif_transpose(opened, in_place=True)
        opened.load()
        upright = _clean_rgb(_square(opened, opened.info))
    camera, taken_at = _camera_and_time(exif)
    return LoadedImage(
        image=upright,
        format=format_name,
        source=name,
        camera=camera,
        taken_at=taken_at,
        original_size=(width, height),
    )


def image_size(data: bytes, name: str) -> tuple[int, int]:
    """Width and height from the header alone, nothing decoded."""
    _register_heif()
    with _decoding(name, MAX_PIXELS), Image.open(io.BytesIO(data)) as opened:
        return opened.size


def pdf_pages(
    path: Path, name: str, *, max_pixels: int = MAX_PIXELS, max_pages: int = MAX_PDF_PAGES
) -> list[LoadedImage]:
    """The first `max_pages` pages at `PDF_DPI`, scaled down where needed so that all of
    them together hold at most `max_pixels`: giant pages cost no more than small ones."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        raise _not_a_pdf(name, error) from None
    try:
        if len(document) == 0:
            raise InputError(f"{name} has no pages")
        count = min(len(document), max_pages)
        return [_pdf_page(document, index, name, max_pixels / count) for index in range(count)]
    except pypdfium2.PdfiumError as error:
        raise _not_a_pdf(name, error) from None
    finally:
        document.close()


def _pdf_page(document: Any, index: int, name: str, budget: float) -> LoadedImage:
    page = document[index]
    width_pt, height_pt = page.get_size()
    scale = PDF_DPI / 72
    pixels = abs(width_pt * height_pt) * scale * scale
    if pixels > budget:
        scale *= math.sqrt(budget / pixels)
    image = page.render(scale=scale).to_pil()
    if image.mode != "RGB":
        image = image.convert("RGB")
    return LoadedImage(image, "PDF", name, page=index + 1, original_size=image.size)


def _not_a_pdf(name: str, error: Exception) -> InputError:
    password = "password" in str(error).lower()
    reason = "it is password-protected" if password else "it is damaged or not a PDF"
    return InputError(f"{name} cannot be opened as a PDF ({reason})")


@contextmanager
def _decoding(name: str, max_pixels: int) -> Iterator[None]:
    """Pillow's errors while a picture is opened or decoded, as one line for the person
    who sent it: too many pixels, or a damaged file. Our own refusals pass as they are."""
    try:
        yield
    except InputError:
        raise
    except Image.DecompressionBombError:
        raise _too_many_pixels(name, max_pixels) from None
    except _DECODE_ERRORS as error:
        raise _damaged(name, error, max_pixels) from None


def _check_pixels(name: str, width: int, height: int, max_pixels: int) -> None:
    if width * height > max_pixels:
        raise InputError(
            f"{name} is {width}×{height} ({width * height / 1e6:.0f} megapixels), above the "
            f"{max_pixels / 1e6:.0f} megapixel limit; send a smaller image"
        )


def _too_many_pixels(name: str, max_pixels: int) -> InputError:
    return InputError(
        f"{name} has too many pixels to open safely (the limit is "
        f"{max_pixels / 1e6:.0f} megapixels)"
    )


def _damaged(name: str, error: BaseException, max_pixels: int) -> InputError:
    if "security limit" in str(error).lower():
        return _too_many_pixels(name, max_pixels)
    return InputError(f"{name} is damaged or not an image ({_reason(error)})")


#: How far apart a picture's horizontal and vertical resolutions may be before its
#: pixels count as not square: a fax in standard mode is 204×98 dpi.
_SQUARE = 1.2


def _square(image: Image.Image, info: dict[str, Any]) -> Image.Image:
    """The picture with square pixels, where its resolution says they are not (a fax's
    standard mode stores half as many lines as columns: text in it is squat)."""
    try:
        across, down = (float(value) for value in info.get("dpi", (0, 0)))
    except (TypeError, ValueError):
        return image
    if across <= 0 or down <= 0 or not _SQUARE <= max(across, down) / min(across, down) <= 2.5:
        # Past 2.5 it is no fax mode but a header that would blow the picture up.
        return image
    width, height = image.size
    if across > down:
        return image.resize((width, round(height * across / down)), Image.Resampling.LANCZOS)
    return image.resize((round(width * down / across), height), Image.Resampling.LANCZOS)


def _clean_rgb(image: Image.Image) -> Image.Image:
    """An RGB copy, transparency on white, with no metadata at all (EXIF, GPS, XMP, ICC),
    so none can be saved later. One copy only: a 50-megapixel picture costs 150 MB here."""
    clean = Image.new("RGB", image.size, (255, 255, 255))
    if image.mode in ("RGBA", "LA", "P", "PA") or "transparency" in image.info:
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")
        clean.paste(rgba, mask=rgba.getchannel("A"))
    else:
        clean.paste(image if image.mode == "RGB" else image.convert("RGB"))
    return clean


def _camera_and_time(exif: Image.Exif) -> tuple[str | None, str | None]:
    make = str(exif.get(ExifTags.Base.Make, "")).strip("\x00 ")
    model = str(exif.get(ExifTags.Base.Model, "")).strip("\x00 ")
    camera = model if make and model.startswith(make) else " ".join(p for p in (make, model) if p)
    details = exif.get_ifd(ExifTags.IFD.Exif)
    taken = details.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    return camera or None, str(taken).strip("\x00 ") or None if taken else None


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        try:
            from pillow_heif import register_heif_opener

            register_heif_opener()
        except ImportError:
            pass
        _heif_registered = True


def _reason(error: BaseException) -> str:
    """The decoder's own words, without the server paths and object addresses some carry."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    if text.startswith("cannot identify image file"):
        return "not a picture format mmbot reads"
    return _QUOTED.sub("", text).strip()[:120]


def png_bytes(image: Image.Image, *, fast: bool = False) -> bytes:
    """`image` as PNG (lossless, so OCR and models see what was sent); `fast` trades size
    for encoding time, for images that only cross to another part of this process."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1 if fast else 6)
    return buffer.getvalue()
