"""The embedded engines, for real: whisper on shipped speech clips, RapidOCR on rendered text.

The clips in tests/fixtures were spoken by espeak-ng once and stored as 16 kHz Opus.
"""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from bot.config import Settings, parse_settings
from bot.errors import InputError
from bot.providers import Router
from bot.providers.errors import AllProvidersFailed

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(Settings())


def test_english_speech_is_transcribed_offline_with_timestamps(router) -> None:
    transcript = router.transcribe(FIXTURES / "speech-en.ogg", language="en")
    words = transcript.text.lower()
    assert "quarterly report" in words and "friday" in words
    assert transcript.model == "tiny.en"
    assert transcript.language == "en"
    assert 0 <= transcript.segments[0].start < transcript.segments[-1].end <= 4.5


def test_other_languages_use_the_multilingual_model_and_are_detected(router) -> None:
    transcript = router.transcribe(FIXTURES / "speech-fr.ogg")
    assert transcript.model == "base"
    assert transcript.language == "fr"
    assert "bonjour" in transcript.text.lower()


def test_silence_gives_an_empty_transcript_not_an_error(router, wav) -> None:
    transcript = router.transcribe(wav, language="en")
    assert transcript.segments == ()
    assert transcript.text == ""


def test_audio_that_cannot_be_decoded_is_a_clear_input_error(router, tmp_path) -> None:
    broken = tmp_path / "voice.ogg"
    broken.write_bytes((FIXTURES / "speech-en.ogg").read_bytes()[:60])
    with pytest.raises(InputError, match="cannot be decoded"):
        router.transcribe(broken, language="en")


def test_a_missing_model_names_the_setting(tmp_path) -> None:
    settings = parse_settings(
        {"providers": {"local-whisper": {"kind": "local-whisper", "model_path": str(tmp_path)}}}
    )
    with pytest.raises(AllProvidersFailed) as failed:
        Router(settings).transcribe(FIXTURES / "speech-en.ogg")
    assert "providers.local-whisper.model_path" in str(failed.value)


def test_an_unbundled_size_is_refused_rather_than_downloaded() -> None:
    settings = parse_settings(
        {"providers": {"local-whisper": {"kind": "local-whisper", "models": {"transcribe": "large-v3"}}}}
    )
    health = Router(settings).health()["local-whisper"][1]
    assert not health.ok
    assert "large-v3" in health.detail and "model_path" in health.detail


def rendered(lines: list[str], size=(900, 300), angle: int = 0) -> bytes:
    import io

    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=44)
    for index, line in enumerate(lines):
        draw.text((40, 40 + index * 90), line, fill="black", font=font)
    buffer = io.BytesIO()
    image.rotate(angle, expand=True, fillcolor="white").save(buffer, "PNG")
    return buffer.getvalue()


def test_ocr_reads_lines_with_boxes_and_confidence(router) -> None:
    result = router.ocr(rendered(["ACME Hardware", "TOTAL 1,234.56 USD"]))
    text = " ".join(line.text for line in result.lines)
    assert "ACME" in text and "1,234.56" in text
    assert (result.width, result.height) == (900, 300)
    for line in result.lines:
        assert line.confidence > 0.8
        assert all(0 <= x <= 900 and 0 <= y <= 300 for x, y in line.box)
    top = min(result.lines, key=lambda line: line.box[0][1])
    assert "ACME" in top.text


def test_ocr_gives_each_character_of_a_line_with_its_own_confidence(router) -> None:
    (line,) = router.ocr(rendered(["TOTAL 1,234.56 USD"])).lines
    assert "".join(char for char, _ in line.characters) == line.text == "TOTAL 1,234.56 USD"
    assert all(0.9 <= score <= 1 for char, score in line.characters if char != " ")


def test_ocr_of_a_blank_page_finds_nothing(router) -> None:
    assert router.ocr(rendered([])).lines == ()


def test_ocr_of_a_damaged_image_is_a_clear_input_error(router) -> None:
    with pytest.raises(InputError, match="is damaged or not an image"):
        router.ocr(rendered(["x"])[:100])
