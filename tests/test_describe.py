"""`describe`: offline it reads the text and the facts of a picture; with a vision model it
asks one structured question per image and answers the user's question."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.config import Settings
from bot.plugins import get_registry
from bot.providers import Router
from bot.runner import input_files, run_skill
from bot.sandbox.openai_server import OpenAISandbox
from tests.invoices import RECEIPT_EN
from tests.invoices import draw as draw_receipt
from tests.models import vision_settings


def sign(tmp_path: Path, name: str, words: str, colour: str = "white") -> Path:
    image = Image.new("RGB", (640, 200), colour)
    ImageDraw.Draw(image).text((30, 70), words, fill="black", font=ImageFont.load_default(size=44))
    path = tmp_path / name
    image.save(path)
    return path


def describe(paths: list[Path], settings: Settings, db, tmp_path, prompt=None):
    skill = get_registry().skill("describe")
    return run_skill(
        skill,
        input_files(paths),
        options=skill.parse_options({}),
        prompt=prompt,
        settings=settings,
        db=db,
        workdir=tmp_path / "out",
        models=Router(settings, db=db),
    )


def test_offline_it_reads_the_text_and_says_how_to_get_more(tmp_path, db) -> None:
    path = sign(tmp_path, "till.png", "TOTAL 1,234.56 USD", colour=(250, 250, 200))
    result = describe([path], Settings(), db, tmp_path, prompt="what is the total?")
    (image,) = result.data["images"]
    assert "1,234.56" in image["visible_text"]
    assert (image["width"], image["height"], image["format"]) == (640, 200, "PNG")
    assert image["colours"][0] == "#fafac8"
    assert "cannot answer questions" in result.warnings[0]
    assert "[routing] vision" in result.warnings[1]
    assert "TOTAL 1,234.56 USD" in result.text


def test_offline_a_notice_photographed_upside_down_is_read_the_right_way_up(tmp_path, db):
    notice = Image.new("RGB", (900, 420), "white")
    draw = ImageDraw.Draw(notice)
    for row, words in enumerate(["PLATFORM CLOSED", "Trains leave from", "platform 4 until", "Monday 6 March"]):
        draw.text((40, 30 + 95 * row), words, fill="black", font=ImageFont.load_default(size=60))
    path = tmp_path / "notice.png"
    notice.rotate(180).save(path)
    (image,) = describe([path], Settings(), db, tmp_path).data["images"]
    assert image["visible_text"].splitlines() == [
        "PLATFORM CLOSED",
        "Trains leave from",
        "platform 4 until",
        "Monday 6 March",
    ]


def test_offline_a_sharp_receipt_upside_down_is_not_taken_for_its_garble(tmp_path, db):
    """Large sharp print read upside down is garble the engine is fairly sure of (0.81)."""
    path = tmp_path / "receipt.png"
    draw_receipt(RECEIPT_EN).rotate(180).save(path)
    (image,) = describe([path], Settings(), db, tmp_path).data["images"]
    assert image["visible_text"].splitlines()[:2] == [
        "ACME HARDWARE SDN BHD",
        "No. 12, Jalan Besar, 43000 Kajang",
    ]


def test_with_a_vision_model_each_image_gets_a_structured_call_with_the_question(tmp_path, db):
    paths = [sign(tmp_path, f"s{n}.png", f"SIGN {n}") for n in range(3)]
    with OpenAISandbox() as server:
        server.reply_next(
            *['{"description": "A white sign.", "visible_text": "SIGN", "answer": "No total."}'] * 3
        )
        settings = vision_settings(server)
        result = describe(paths, settings, db, tmp_path, prompt="what is the total?")
        sent = server.chat_requests()
    assert len(sent) == 3
    for request in sent:
        text = request.body["messages"][-1]["content"][0]["text"]
        assert "what is the total?" in text
        assert request.body["response_format"]["json_schema"]["schema"]["required"] == [
            "description",
            "visible_text",
            "answer",
        ]
        image = request.body["messages"][-1]["content"][1]["image_url"]
        assert image["detail"] == "auto"
    names = [image["name"] for image in result.data["images"]]
    assert names == ["s0.png", "s1.png", "s2.png"]
    assert result.text.count("*Answer:* No total.") == 3
    assert result.warnings == []


def test_a_picture_with_no_text_says_so(tmp_path, db) -> None:
    path = tmp_path / "sky.png"
    Image.new("RGB", (300, 200), (90, 160, 230)).save(path)
    result = describe([path], Settings(), db, tmp_path)
    assert "No text found in it." in result.text
    assert result.data["images"][0]["visible_text"] == ""
