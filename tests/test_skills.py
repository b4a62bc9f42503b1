"""Skill declarations: typed options from Slack words and CLI pairs, media checks, routing."""

import re

import pytest

from bot.config import ChannelSettings
from bot.errors import InputError
from bot.media.sniff import sniff, sniff_bytes
from bot.runner import check_files, input_files
from bot.skill_choice import choose_skill
from bot.skills import Option, Result, Skill


class Translate(Skill):
    name = "translate"
    description = "test double"
    media = frozenset({"audio", "video"})
    options = (
        Option("to", str, "en"),
        Option("max_speakers", int, 2),
        Option("timestamps", bool, True),
        Option("speed", float, 1.0),
    )

    def run(self, ctx):
        return Result()


def test_words_become_typed_options_and_a_prompt():
    options, prompt = Translate().parse_words("to=zh max-speakers=3 timestamps=off please be brief")
    assert options == {"to": "zh", "max_speakers": 3, "timestamps": False, "speed": 1.0}
    assert prompt == "please be brief"


def test_quoted_values_and_equals_in_questions():
    options, prompt = Translate().parse_words('to="pt BR" is 2+2=4?')
    assert options["to"] == "pt BR"
    assert prompt == "is 2+2=4?"


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("max_speakers=many", "option max_speakers of translate takes a whole number, not 'many'"),
        ("timestamps=maybe", "option timestamps of translate takes yes or no, not 'maybe'"),
        ("speed=fast", "option speed of translate takes a number, not 'fast'"),
        (
            "colour=red",
            "translate has no option 'colour' (its options: to, max_speakers, timestamps, speed)",
        ),
    ],
)
def test_option_errors_name_the_option(words, message):
    with pytest.raises(InputError) as caught:
        Translate().parse_words(words)
    assert str(caught.value) == message


def test_media_kind_is_checked(png, wav):
    check_files(Translate(), input_files([wav]))
    with pytest.raises(
        InputError, match=re.escape("translate takes audio or video files; photo.png is image")
    ):
        check_files(Translate(), input_files([png]))
    with pytest.raises(InputError, match=re.escape("translate needs at least 1 file, got 0")):
        check_files(Translate(), [])


def test_type_comes_from_bytes_not_the_name(tmp_path, png):
    disguised = tmp_path / "report.mp3"
    disguised.write_bytes(png.read_bytes())
    assert sniff(disguised).kind == "image"
    assert sniff_bytes(b"%PDF-1.7\n...", "scan.jpg").kind == "pdf"
    with pytest.raises(InputError, match=re.escape("is a folder")):
        sniff(tmp_path)


def test_automatic_skill_choice():
    assert choose_skill(["image"]) == "describe"
    assert choose_skill(["image", "image"]) == "compare"
    assert choose_skill(["audio"]) == "translate"
    assert choose_skill(["video"]) == "meeting"
    assert choose_skill(["pdf"]) == "invoice"
    finance = ChannelSettings(auto={"image": "invoice"})
    assert choose_skill(["image"], finance) == "invoice"
