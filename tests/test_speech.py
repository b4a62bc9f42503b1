"""Transcription of whole media files: chunks, re-based timestamps, language, progress, script.

Local whisper runs for real on the shipped espeak-ng clips; the OpenAI-compatible path
runs against the loopback sandbox server. The whisper models load once per module.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.config import Settings
from bot.errors import InputError
from bot.media.audio import SAMPLE_RATE, stream_audio, write_wav
from bot.providers import Router
from bot.providers.router import CallContext
from bot.providers.types import Transcript
from bot.providers.whisper import LocalWhisper
from bot.sandbox.openai_server import OpenAISandbox
from bot.speech.scripts import default_script, to_script
from bot.speech.transcribe import require_speech, transcribe_media
from tests.models import sandbox_settings

FIXTURES = Path(__file__).parent / "fixtures"
CONTEXT = CallContext(skill="translate")
TRADITIONAL = "我們決定下週五發布報告，張偉負責測試。"
SIMPLIFIED = "我们决定下周五发布报告，张伟负责测试。"


def samples(name: str) -> np.ndarray:
    return np.concatenate(list(stream_audio(FIXTURES / name)))


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


def recording(path: Path, *pieces: np.ndarray) -> Path:
    return write_wav(np.concatenate(pieces), path)


class Spy:
    """A router whose `transcribe` calls are recorded on their way through."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self.calls: list[dict[str, Any]] = []

    def transcribe(self, audio: Path, **arguments: Any) -> Transcript:
        self.calls.append({"audio": audio, "size": audio.stat().st_size, **arguments})
        return self.router.transcribe(audio, **arguments)


@pytest.fixture(scope="module")
def local() -> Router:
    return Router(Settings())


@pytest.fixture(scope="module")
def detections(local) -> Iterator[list[str]]:
    """The languages the local provider detected, one per detection it ran."""
    found: list[str] = []
    original = LocalWhisper._detect

    def counted(self: LocalWhisper, audio: Any) -> str | None:
        found.append(language := original(self, audio))
        return language

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LocalWhisper, "_detect", counted)
        yield found


@pytest.fixture(scope="module")
def two_chunks(tmp_path_factory, local, detections, _model_cache) -> dict[str, Any]:
    """English speech, 8 s of silence, the same speech again: two chunks of at most 10 s.
    Transcribed once with no language given, for the tests below to read."""
    folder = tmp_path_factory.mktemp("two-chunks")
    speech = samples("speech-en.ogg")
    path = recording(folder / "memo.wav", speech, silence(8), speech)
    spy, reports = Spy(local), []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MMBOT_CACHE_DIR", str(_model_cache))
        transcript = transcribe_media(
            path,
            models=spy,
            context=CONTEXT,
            workdir=folder,
            chunk_seconds=10,
            progress=lambda done, total: reports.append((done, total)),
        )
    return {
        "transcript": transcript,
        "calls": spy.calls,
        "reports": reports,
        "second_utterance": (len(speech) + 8 * SAMPLE_RATE) / SAMPLE_RATE,
        "duration": (2 * len(speech) + 8 * SAMPLE_RATE) / SAMPLE_RATE,
        "folder": folder,
        "detections": list(detections),
    }


def test_long_audio_is_sent_in_chunks_and_timestamps_count_from_the_start(two_chunks) -> None:
    transcript = two_chunks["transcript"]
    assert len(two_chunks["calls"]) == 2
    assert transcript.text.lower().count("quarterly report") == 2
    starts = [segment.start for segment in transcript.segments]
    assert starts == sorted(starts)
    assert all(s.start < s.end for s in transcript.segments)
    later = [s for s in transcript.segments if s.start > 10]
    assert later and "quarterly" in later[0].text.lower()
    assert abs(later[0].start - two_chunks["second_utterance"]) < 1.0
    assert transcript.duration == pytest.approx(two_chunks["duration"], abs=0.05)


def test_chunk_files_are_removed_once_transcribed(two_chunks) -> None:
    assert not list(two_chunks["folder"].glob("chunk-*"))


def test_progress_rises_to_the_whole_duration(two_chunks) -> None:
    reports = two_chunks["reports"]
    done = [done for done, _total in reports]
    assert done == sorted(done)
    assert len(set(done)) >= 3  # within chunks, not only at their ends
    assert all(total == pytest.approx(two_chunks["duration"], 0.01) for _, total in reports)
    assert done[-1] == pytest.approx(two_chunks["duration"], 0.01)


def test_language_is_detected_once_then_passed_on_and_english_gets_tiny_en(two_chunks) -> None:
    first, second = two_chunks["calls"]
    assert first["language"] is None and second["language"] == "en"
    assert two_chunks["detections"] == ["en"]
    assert two_chunks["transcript"].language == "en"
    assert two_chunks["transcript"].model == "tiny.en"


def test_other_languages_are_transcribed_by_the_multilingual_model(local, tmp_path) -> None:
    transcript = transcribe_media(
        FIXTURES / "speech-fr.ogg", models=local, context=CONTEXT, workdir=tmp_path
    )
    assert (transcript.language, transcript.model) == ("fr", "base")
    assert "bonjour" in transcript.text.lower()


def test_a_given_language_skips_detection(local, detections, tmp_path) -> None:
    before = len(detections)
    transcript = transcribe_media(
        FIXTURES / "speech-en.ogg", models=local, context=CONTEXT, workdir=tmp_path, language="en"
    )
    assert len(detections) == before
    assert transcript.model == "tiny.en" and "friday" in transcript.text.lower()


@pytest.mark.parametrize("kind", ["silence", "tone"])
def test_audio_without_speech_says_so_plainly(local, tmp_path, kind) -> None:
    seconds = np.arange(6 * SAMPLE_RATE) / SAMPLE_RATE
    sound = silence(6) if kind == "silence" else 0.3 * np.sin(2 * np.pi * 440 * seconds)
    path = recording(tmp_path / "hum.wav", sound.astype(np.float32))
    transcript = transcribe_media(path, models=local, context=CONTEXT, workdir=tmp_path)
    assert transcript.segments == ()
    with pytest.raises(InputError, match=r"^no speech found in hum\.wav"):
        require_speech(transcript, "hum.wav")


def test_a_file_without_audio_is_refused_before_any_transcription(tmp_path) -> None:
    import av

    path = tmp_path / "slides.mp4"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=5)
        stream.width, stream.height = 64, 48
        for index in range(5):
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), index * 40, np.uint8))
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    spy = Spy(Router(Settings()))
    with pytest.raises(InputError, match=r"slides\.mp4"):
        transcribe_media(path, models=spy, context=CONTEXT, workdir=tmp_path)
    assert spy.calls == []


def test_an_unknown_script_is_refused_before_any_transcription(tmp_path) -> None:
    path = recording(tmp_path / "voice.wav", silence(2))
    spy = Spy(Router(Settings()))
    with pytest.raises(InputError, match="hans"):
        transcribe_media(path, models=spy, context=CONTEXT, workdir=tmp_path, script="pinyin")
    assert spy.calls == []


def test_chinese_is_converted_between_scripts_with_opencc() -> None:
    assert to_script(TRADITIONAL, "hans") == SIMPLIFIED
    assert to_script(SIMPLIFIED, "hant") == TRADITIONAL
    assert to_script("發佈", "hans") == "发布"
    assert to_script("Friday 3 pm", "hans") == "Friday 3 pm"
    with pytest.raises(InputError, match="hans"):
        to_script(SIMPLIFIED, "pinyin")


def test_simplified_is_the_default_for_chinese_only() -> None:
    assert default_script("zh") == "hans"
    assert default_script("en") is None and default_script(None) is None


# -- the OpenAI-compatible path, on the loopback server ---------------------------------


@pytest.fixture
def sandbox() -> Iterator[OpenAISandbox]:
    with OpenAISandbox() as server:
        yield server


def remote(server: OpenAISandbox) -> Router:
    return Router(sandbox_settings(server, "transcribe", "sandbox-whisper"))


def test_a_server_gets_one_upload_per_chunk_and_its_times_are_rebased(sandbox, tmp_path) -> None:
    speech = samples("speech-en.ogg")
    path = recording(tmp_path / "call.wav", speech, silence(8), speech)
    spy = Spy(remote(sandbox))
    transcript = transcribe_media(
        path, models=spy, context=CONTEXT, workdir=tmp_path, chunk_seconds=10
    )
    uploads = [r for r in sandbox.requests if r.path.endswith("/audio/transcriptions")]
    assert len(uploads) == 2
    assert all(len(upload.files["file"]) <= 10 * SAMPLE_RATE * 2 + 44 for upload in uploads)
    assert "language" not in uploads[0].body and uploads[1].body["language"] == "en"
    first, second = transcript.segments
    assert first.start == 0 and first.end == pytest.approx(second.start, abs=0.01)
    assert 5 < second.start <= 10
    assert second.end == pytest.approx(transcript.duration, abs=0.05)


def test_ten_minute_chunks_stay_under_the_upload_limit() -> None:
    from bot.speech.transcribe import CHUNK_SECONDS

    assert CHUNK_SECONDS * SAMPLE_RATE * 2 + 44 < 25 * 1024 * 1024


@pytest.mark.parametrize(("script", "expected"), [(None, SIMPLIFIED), ("hant", TRADITIONAL)])
def test_a_traditional_transcript_comes_out_in_the_asked_script(
    sandbox, tmp_path, script, expected
) -> None:
    path = recording(tmp_path / "voice.wav", samples("speech-en.ogg"))
    sandbox.reply_next(TRADITIONAL)
    transcript = transcribe_media(
        path,
        models=remote(sandbox),
        context=CONTEXT,
        workdir=tmp_path,
        language="zh",
        script=script,
    )
    assert transcript.language == "zh"
    assert transcript.text == expected


@pytest.mark.parametrize(
    ("answered", "code"), [("english", "en"), ("Chinese", "zh"), ("zh", "zh"), (None, None)]
)
def test_language_names_from_a_server_become_the_codes_local_whisper_uses(answered, code) -> None:
    from bot.providers.openai_compat import language_code

    assert language_code(answered) == code


@pytest.mark.parametrize(("script", "written"), [(None, "希望你以后能够"), ("hant", "希望你以後能夠")])
def test_real_mandarin_is_heard_by_the_multilingual_model_in_the_asked_script(
    local, tmp_path, script, written
) -> None:
    transcript = transcribe_media(
        FIXTURES / "speech-zh.ogg", models=local, context=CONTEXT, workdir=tmp_path, script=script
    )
    assert (transcript.language, transcript.model) == ("zh", "base")
    assert transcript.text.startswith(written)


def test_a_script_leaves_other_languages_written_as_they_are(sandbox, tmp_path) -> None:
    japanese = "会議で決定しました。"
    path = recording(tmp_path / "voice.wav", samples("speech-en.ogg"))
    sandbox.reply_next(japanese)
    transcript = transcribe_media(
        path, models=remote(sandbox), context=CONTEXT, workdir=tmp_path, language="ja", script="hans"
    )
    assert to_script(japanese, "hans") != japanese
    assert transcript.text == japanese
