"""`compare` on real photographs (scikit-image's bundled ones and the Middlebury stereo
pair): flipped and turned copies are near-duplicates that say how they were turned,
pixel-identical files are identical whatever their format, and a second view of one scene
is told from a copy and from a different picture."""

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageOps, PngImagePlugin
from skimage import data

from bot.config import Settings
from bot.media.compare import compare
from tests.test_compare import run, scene


def photo(name: str) -> Image.Image:
    return Image.fromarray(getattr(data, name)()).convert("RGB")


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def keystone(image: Image.Image, lean: float = 0.1) -> Image.Image:
    """Seen from lower down and to one side: the top edge shorter, the left edge shorter,
    and the exposure brighter, as a second photograph of the scene would be."""
    width, height = image.size
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    moved = np.float32(
        [
            [width * lean, height * 0.04],
            [width * (1 - lean), 0],
            [width, height],
            [0, height * 0.96],
        ]
    )
    warped = cv2.warpPerspective(
        np.asarray(image),
        cv2.getPerspectiveTransform(corners, moved),
        (width, height),
        borderMode=cv2.BORDER_REPLICATE,
    )
    return ImageEnhance.Brightness(Image.fromarray(warped)).enhance(1.15)


# Each made with plain Pillow operations, independently of bot.media.orientation's table;
# Pillow's rotate() turns counter-clockwise for positive angles.
TURNS = {
    "rotate-90": lambda p: p.rotate(-90, expand=True),
    "rotate-180": lambda p: p.rotate(180),
    "rotate-270": lambda p: p.rotate(90, expand=True),
    "mirror": ImageOps.mirror,
    "mirror-rotate-90": lambda p: ImageOps.mirror(p).rotate(-90, expand=True),
    "mirror-rotate-180": lambda p: ImageOps.mirror(p).rotate(180),
    "mirror-rotate-270": lambda p: ImageOps.mirror(p).rotate(90, expand=True),
}


@pytest.mark.parametrize("name", list(TURNS))
def test_each_flip_and_quarter_turn_of_a_photo_is_a_near_duplicate_naming_it(name):
    original = photo("coffee")  # 600×400: a quarter turn changes its shape
    turned = jpeg(TURNS[name](original), 85)
    comparison, heat = compare(original, turned)
    assert (comparison.verdict, comparison.orientation) == ("near-duplicate", name)
    assert comparison.distance <= 4, "the hashes agree once the second is turned back"
    assert comparison.ssim > 0.9, "SSIM is measured in the matched orientation"
    assert heat.height == 400, "drawn over the first picture, the second turned back"


def test_flipping_upside_down_is_mirroring_and_a_half_turn():
    original = photo("chelsea")
    comparison, _ = compare(original, ImageOps.flip(original))
    assert comparison.orientation == "mirror-rotate-180"


def test_an_edit_of_a_nearly_symmetric_picture_is_not_taken_for_its_mirror():
    half = photo("astronaut").crop((0, 0, 256, 512))
    symmetric = Image.new("RGB", (512, 512))
    symmetric.paste(half, (0, 0))
    symmetric.paste(ImageOps.mirror(half), (256, 0))
    copy = symmetric.copy()
    ImageDraw.Draw(copy).rectangle((40, 300, 120, 360), fill=(10, 10, 10))
    comparison, _ = compare(symmetric, copy)
    assert (comparison.verdict, comparison.orientation) == ("near-duplicate", "identity")
    (box,) = [r for r in comparison.regions if r.x <= 40 and r.x + r.width >= 120]
    assert box.y <= 300 and box.y + box.height >= 360


def test_the_reply_says_which_copy_is_mirrored_or_turned(tmp_path, db):
    original = photo("rocket")
    paths = [tmp_path / "launch.png", tmp_path / "selfie.jpg", tmp_path / "sideways.jpg"]
    original.save(paths[0])
    ImageOps.mirror(original).save(paths[1], quality=90)
    original.rotate(-90, expand=True).save(paths[2], quality=90)
    result = run(paths, Settings(), db, tmp_path)
    pairs = {(p["a"], p["b"]): p for p in result.data["pairs"]}
    assert pairs["launch.png", "selfie.jpg"]["orientation"] == "mirror"
    assert pairs["launch.png", "sideways.jpg"]["orientation"] == "rotate-90"
    assert pairs["selfie.jpg", "sideways.jpg"]["orientation"] == "mirror-rotate-90"
    assert {p["verdict"] for p in pairs.values()} == {"near-duplicate"}
    assert result.data["groups"] == [["launch.png", "selfie.jpg", "sideways.jpg"]]
    assert "near-duplicate (selfie.jpg is launch.png mirrored left–right)" in result.text
    assert "near-duplicate (sideways.jpg is launch.png rotated 90° clockwise)" in result.text
    assert "once turned back" in result.text


def test_pixel_identical_files_are_identical_whatever_their_format_or_metadata(tmp_path, db):
    picture = photo("astronaut")
    plain, tagged = tmp_path / "plain.png", tmp_path / "tagged.png"
    picture.save(plain)
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "exported again, with other metadata")
    exif = Image.Exif()
    exif[0x0110] = "Another Camera"  # Model
    picture.save(tagged, pnginfo=text, exif=exif, dpi=(300, 300), compress_level=1)
    # a TIFF whose pixels lie on their side, with EXIF saying to turn them upright
    sideways = tmp_path / "sideways.tiff"
    turned = Image.Exif()
    turned[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    picture.rotate(90, expand=True).save(sideways, exif=turned, compression="tiff_lzw")
    lossless = tmp_path / "lossless.webp"
    picture.save(lossless, lossless=True)
    assert len({p.read_bytes() for p in (plain, tagged, sideways, lossless)}) == 4
    result = run([plain, tagged, sideways, lossless], Settings(), db, tmp_path)
    assert result.data["verdict"] == "identical"
    assert {p["verdict"] for p in result.data["pairs"]} == {"identical"}
    assert result.data["groups"] == [["plain.png", "tagged.png", "sideways.tiff", "lossless.webp"]]


def test_an_opaque_rgba_or_palette_copy_is_identical_to_the_rgb_picture():
    picture = scene(30)
    assert compare(picture, picture.convert("RGBA"))[0].verdict == "identical"
    palette = picture.quantize(64)
    assert compare(palette.convert("RGB"), palette)[0].verdict == "identical"
    shifted = picture.copy()
    shifted.putpixel((5, 5), (0, 0, 0))
    assert compare(picture, shifted)[0].verdict == "near-duplicate", "one pixel is not nothing"


def test_a_jpeg_re_encode_at_quality_60_is_a_near_duplicate_not_identical():
    picture = photo("chelsea")
    comparison, _ = compare(picture, jpeg(picture, 60))
    assert (comparison.verdict, comparison.orientation) == ("near-duplicate", "identity")
    assert comparison.distance <= 4 and comparison.ssim < 1.0


@pytest.mark.parametrize("source", ["textured scene", "astronaut", "coffee"])
def test_a_perspective_view_of_a_scene_is_the_same_scene_from_another_viewpoint(source):
    picture = scene(21, (640, 480)) if source == "textured scene" else photo(source)
    comparison, _ = compare(picture, keystone(picture))
    assert comparison.verdict == "same-scene"
    assert comparison.aligned and comparison.inliers >= 100
    assert comparison.orientation == "identity"


def test_the_middlebury_stereo_pair_is_the_same_scene_and_the_reply_says_so(tmp_path, db):
    left, right, _ = data.stereo_motorcycle()
    paths = [tmp_path / "left.png", tmp_path / "right.png"]
    Image.fromarray(left).save(paths[0])
    Image.fromarray(right).save(paths[1])
    result = run(paths, Settings(), db, tmp_path)
    (pair,) = result.data["pairs"]
    assert pair["verdict"] == result.data["verdict"] == "same-scene"
    assert pair["inliers"] >= 100
    assert result.data["groups"] == [["left.png"], ["right.png"]], "two views are not copies"
    assert result.text.startswith("*Same scene, different viewpoint*: left.png and right.png.")
    assert f"by {pair['inliers']} matching features" in result.text


def test_a_crop_of_a_photo_stays_a_near_duplicate_not_another_viewpoint():
    picture = photo("astronaut")
    comparison, _ = compare(picture, picture.crop((20, 30, 500, 490)))
    assert comparison.verdict == "near-duplicate"


PHOTOS = [
    "astronaut",
    "coffee",
    "chelsea",
    "rocket",
    "camera",
    "horse",
    "coins",
    "immunohistochemistry",
]


@pytest.mark.parametrize("first", PHOTOS[:4])
def test_unrelated_photographs_are_different_never_the_same_scene(first):
    for second in PHOTOS:
        if second == first:
            continue
        comparison, _ = compare(photo(first), photo(second))
        assert comparison.verdict == "different", second
        assert comparison.orientation == "identity", second


def test_a_photo_and_a_view_of_another_scene_are_different():
    comparison, _ = compare(scene(40, (640, 480)), keystone(scene(41, (640, 480))))
    assert comparison.verdict == "different"


def test_pictures_given_as_files_on_disk_are_read_upright(tmp_path: Path):
    picture = photo("coffee")
    turned = Image.Exif()
    turned[0x0112] = 8  # rotate 90° counter-clockwise to display
    picture.rotate(-90, expand=True).save(tmp_path / "stored.png", exif=turned)
    comparison, _ = compare(picture, Image.open(tmp_path / "stored.png"))
    assert comparison.verdict == "identical"
