"""`compare`: measured likeness of pictures (hash distance, SSIM after alignment, changed
regions), a verdict, heat-maps, and a vision model's opinion beside the figures."""

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFilter
from skimage.metrics import structural_similarity

from bot.cli import cli
from bot.config import Settings
from bot.media.compare import compare, ssim
from bot.plugins import get_registry
from bot.providers import Router
from bot.runner import input_files, run_skill
from bot.sandbox.openai_server import OpenAISandbox
from tests.invoices import RECEIPT_EN, draw
from tests.models import vision_settings


def scene(seed: int, size: tuple[int, int] = (480, 360)) -> Image.Image:
    """A textured picture with shapes: something for features and hashes to hold on to."""
    rng = np.random.default_rng(seed)
    noise = rng.integers(0, 255, (size[1] // 8, size[0] // 8, 3), dtype=np.uint8)
    image = Image.fromarray(noise).resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    pen = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = int(rng.integers(0, size[0] - 60)), int(rng.integers(0, size[1] - 60))
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        pen.ellipse(
            (x, y, x + int(rng.integers(20, 60)), y + int(rng.integers(20, 60))), fill=colour
        )
    return image


def edited(image: Image.Image) -> Image.Image:
    """The same picture with a dark label stuck on it at (300, 60)–(400, 120)."""
    copy = image.copy()
    ImageDraw.Draw(copy).rectangle((300, 60, 400, 120), fill=(15, 15, 15))
    return copy


def test_our_ssim_equals_scikit_images_reference():
    first = np.asarray(scene(1).convert("L"))
    second = np.asarray(scene(1).filter(ImageFilter.GaussianBlur(1.5)).convert("L"))
    expected = structural_similarity(
        first, second, gaussian_weights=True, sigma=1.5, use_sample_covariance=False, data_range=255
    )
    assert ssim(first, second) == pytest.approx(expected, abs=1e-9)
    assert ssim(first, first) == pytest.approx(1.0)


def test_the_same_picture_is_identical_with_nothing_changed():
    picture = scene(2)
    comparison, heat = compare(picture, picture.copy())
    assert (comparison.verdict, comparison.distance, comparison.ssim) == ("identical", 0, 1.0)
    assert comparison.regions == ()
    assert heat.width > 2 * picture.width * 0.9


def test_an_edit_is_a_near_duplicate_whose_changed_region_is_boxed_where_it_was_made():
    picture = scene(3)
    comparison, _ = compare(picture, edited(picture))
    assert comparison.verdict == "near-duplicate"
    assert 0.9 <= comparison.ssim < 0.995, "a small edit leaves most structure alone"
    box = comparison.regions[0]
    assert box.x <= 300 and box.y <= 60
    assert box.x + box.width >= 400 and box.y + box.height >= 120
    assert box.width * box.height < 3 * 100 * 60


def test_a_smaller_recompressed_copy_is_a_near_duplicate_not_identical(tmp_path):
    picture = scene(4)
    picture.resize((240, 180)).save(tmp_path / "small.jpg", quality=70)
    comparison, _ = compare(picture, Image.open(tmp_path / "small.jpg").convert("RGB"))
    assert comparison.verdict == "near-duplicate"
    assert comparison.distance <= 6


def test_a_cropped_and_shifted_copy_is_aligned_before_measuring():
    picture = scene(5)
    crop = picture.crop((30, 20, 470, 350))
    comparison, _ = compare(picture, crop)
    assert comparison.aligned
    assert comparison.verdict == "near-duplicate"
    assert comparison.ssim > 0.9


def test_unrelated_pictures_are_different():
    comparison, _ = compare(scene(6), scene(7))
    assert comparison.verdict == "different"
    assert comparison.distance > 10 and comparison.ssim < 0.5


def run(paths: list[Path], settings: Settings, db, tmp_path: Path, prompt=None):
    skill = get_registry().skill("compare")
    return run_skill(
        skill,
        input_files(paths),
        options={},
        prompt=prompt,
        settings=settings,
        db=db,
        workdir=tmp_path / "out",
        models=Router(settings, db=db),
    )


@pytest.fixture
def three(tmp_path: Path) -> list[Path]:
    picture = scene(8)
    paths = [tmp_path / "before.png", tmp_path / "after.png", tmp_path / "other.png"]
    picture.save(paths[0])
    edited(picture).save(paths[1])
    scene(9).save(paths[2])
    return paths


def test_several_pictures_are_measured_pairwise_grouped_and_drawn_against_the_first(
    three, tmp_path, db
):
    result = run(three, Settings(), db, tmp_path)
    data = result.data
    assert data["verdict"] == "different"
    assert data["groups"] == [["before.png", "after.png"], ["other.png"]]
    pairs = {(p["a"], p["b"]): p for p in data["pairs"]}
    assert set(pairs) == {
        ("before.png", "after.png"),
        ("before.png", "other.png"),
        ("after.png", "other.png"),
    }
    assert pairs["before.png", "after.png"]["verdict"] == "near-duplicate"
    assert all(isinstance(p["distance"], int) and 0 <= p["ssim"] <= 1 for p in pairs.values())
    titles = [a.title for a in result.attachments]
    assert titles == ["before.png vs after.png", "before.png vs other.png"]
    for attachment in result.attachments:
        assert Image.open(attachment.path).format == "PNG"
    assert "Alike: before.png = after.png" in result.text


def test_with_a_vision_model_its_opinion_sits_beside_the_measurements(three, tmp_path, db):
    opinion = {
        "similarities": ["before and after show the same scene"],
        "differences": ["after has a dark label top right"],
        "recommendation": "Keep before.png.",
    }
    with OpenAISandbox() as server:
        server.reply_next(json.dumps(opinion))
        result = run(three, vision_settings(server), db, tmp_path, prompt="which to keep?")
        (sent,) = server.chat_requests()
    content = sent.body["messages"][-1]["content"]
    assert "which to keep?" in content[0]["text"]
    assert [part["type"] for part in content[1:]] == ["image_url"] * 3
    assert sent.body["response_format"]["json_schema"]["schema"]["required"] == [
        "similarities",
        "differences",
        "recommendation",
    ]
    assert result.data["model"] == opinion
    measured, said = result.text.split("*The vision model says*")
    assert "Hash distance" in measured and "SSIM" in measured
    assert "Recommendation: Keep before.png." in said


def test_mmbot_run_on_two_pictures_compares_them_and_writes_the_diff(tmp_path):
    picture = scene(10)
    picture.save(tmp_path / "a.png")
    edited(picture).save(tmp_path / "b.png")
    out = CliRunner().invoke(
        cli,
        ["run", str(tmp_path / "a.png"), str(tmp_path / "b.png"), "--json"],
        catch_exceptions=False,
    )
    assert out.exit_code == 0, out.output
    printed = json.loads(out.stdout)
    assert printed["skill"] == "compare"
    assert printed["data"]["verdict"] == "near-duplicate"
    (pair,) = printed["data"]["pairs"]
    assert set(pair) >= {"distance", "ssim"}
    (attachment,) = printed["attachments"]
    assert Path(attachment["path"]).name == "diff-a-vs-b.png"
    assert Image.open(attachment["path"]).size[0] > 0


def test_mmbot_run_on_one_photo_describes_it(tmp_path):
    scene(11).save(tmp_path / "photo.jpg")
    out = CliRunner().invoke(cli, ["run", str(tmp_path / "photo.jpg"), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["skill"] == "describe"


def test_one_changed_digit_on_a_receipt_is_a_near_duplicate_with_the_digit_boxed():
    changed = [list(line) for line in RECEIPT_EN]
    changed[10] = [("TOTAL", 40), ("RM 38.93", 610)]
    comparison, _ = compare(draw(RECEIPT_EN), draw(changed))
    assert comparison.verdict == "near-duplicate"
    (box,) = comparison.regions
    total_row_top = 40 + 10 * 58
    assert box.y <= total_row_top + 10 <= box.y + box.height
    assert box.x >= 600
