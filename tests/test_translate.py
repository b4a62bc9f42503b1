"""`translate`: subtitles that read back exactly, chunked translation that keeps every
segment's timing whatever the model answers, and the skill end to end on real speech."""

import html
import json
import re
import threading
from pathlib import Path

import pysubs2
import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.config import Settings
from bot.errors import InputError
from bot.providers import Router
from bot.providers.router import CallContext
from bot.providers.types import Segment, Transcript
from bot.sandbox.openai_server import Fault, OpenAISandbox
from bot.speech.subtitles import WORD_JOINER, srt, vtt
from bot.speech.transcribe import transcribe_media
from bot.translation import language, plan, translate_segments
from bot.translation.fallback import ENABLE_CHAT
from bot.translation.render import BLOCK_CHARS, timed_lines
from tests.models import chat_settings
from tests.runs import run_with_progress

FIXTURES = Path(__file__).parent / "fixtures"


def french(count: int, start: float = 0.0) -> list[Segment]:
    return [
        Segment(start + 2.5 * n, start + 2.5 * n + 2.1, f"phrase numéro {n}") for n in range(count)
    ]


def answer(pairs: list[tuple[int, str]]) -> str:
    return json.dumps({"segments": [{"id": i, "text": t} for i, t in pairs]}, ensure_ascii=False)


def sent_ids(request) -> list[int]:
    payload = request.body["messages"][-1]["content"].rsplit("\n", 1)[-1]
    return [line["id"] for line in json.loads(payload)["segments"]]


# -- subtitles ---------------------------------------------------------------------------


@pytest.mark.parametrize("format_", ["srt", "vtt"])
def test_subtitles_read_back_with_times_to_the_millisecond(format_: str) -> None:
    segments = [
        Segment(0.0, 1.2344, "Bonjour à tous."),
        Segment(1.5, 3661.0015, "你好，世界"),
        Segment(3700.25, 3702.999, "Last one"),
    ]
    text = srt(segments) if format_ == "srt" else vtt(segments)
    back = pysubs2.SSAFile.from_string(text, format_=format_)
    assert [(e.start, e.end, e.plaintext) for e in back] == [
        (0, 1234, "Bonjour à tous."),
        (1500, 3661002, "你好，世界"),
        (3700250, 3702999, "Last one"),
    ]
    assert ("01:01:01,002" if format_ == "srt" else "01:01:01.002") in text


@pytest.mark.parametrize("format_", ["srt", "vtt"])
def test_odd_characters_survive_as_text_not_markup(format_: str) -> None:
    odd = [
        "x < y & z --> w",
        "<b>not bold</b>",
        "{\\i1}braces{} stay",
        "a path C:\\Notes\\new",
        "two\n\nlines",
    ]
    segments = [Segment(n, n + 0.5, text) for n, text in enumerate(odd)]
    text = srt(segments) if format_ == "srt" else vtt(segments)
    back = pysubs2.SSAFile.from_string(text, format_=format_)
    shown = [html.unescape(e.text.replace("\\N", "\n").replace(WORD_JOINER, "")) for e in back]
    assert shown == [*odd[:4], "two\nlines"]
    timings = [line for line in text.splitlines() if "-->" in line]
    assert len(timings) == len(odd)
    assert all(re.fullmatch(r"[\d:.,]+ --> [\d:.,]+", line) for line in timings)
    if format_ == "vtt":
        assert text.startswith("WEBVTT") and "x &lt; y &amp; z --&gt; w" in text


def test_empty_segments_are_left_out_and_long_lines_kept_whole() -> None:
    long = "mot " * 80
    back = pysubs2.SSAFile.from_string(
        srt([Segment(0, 1, "  "), Segment(1, 9, long)]), format_="srt"
    )
    assert [(e.start, e.plaintext) for e in back] == [(1000, long.strip())]


# -- languages ---------------------------------------------------------------------------


def test_languages_by_code_tag_or_name() -> None:
    assert language("fr").name == "French"
    assert language("German").code == "de"
    assert (language("zh-TW").code, language("zh-TW").script) == ("zh", "hant")
    assert language("zh_CN").script == "hans"
    assert language("pt-BR").code == "pt"
    with pytest.raises(InputError, match="xx-klingon"):
        language("xx-klingon")


# -- chunked translation ----------------------------------------------------------------


def test_chunks_are_bounded_by_count_and_characters_and_skip_silence() -> None:
    segments = french(95)
    segments[3] = Segment(7.5, 9.0, "   ")
    chunks = plan(segments, max_segments=40, max_chars=2000)
    assert [len(c) for c in chunks] == [40, 40, 14]
    assert 3 not in chunks[0] and chunks[0][-1] == 40
    wordy = [Segment(n, n + 1, "x" * 900) for n in range(5)]
    assert plan(wordy, max_chars=2000) == [[0, 1], [2, 3], [4]]


def test_translation_goes_in_chunks_and_maps_back_by_id_with_timing_kept() -> None:
    segments = french(90)
    with OpenAISandbox() as server:
        for first, last in [(1, 40), (41, 80), (81, 90)]:
            ids = range(last, first - 1, -1)  # reversed: the order of the answer must not matter
            server.reply_next(answer([(i, f"sentence number {i - 1}") for i in ids]))
        steps: list[tuple[int, int, int]] = []
        result = translate_segments(
            segments,
            chat=Router(chat_settings(server, max_retries=0)).chat,
            source="French",
            target="English",
            progress=lambda done, total: steps.append((done, total, threading.get_ident())),
            workers=1,
        )
        sent = server.chat_requests()
    assert [sent_ids(r) for r in sent] == [
        list(range(1, 41)),
        list(range(41, 81)),
        list(range(81, 91)),
    ]
    system = sent[0].body["messages"][0]["content"]
    assert "from French into English" in system
    schema = sent[0].body["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["segments"]["items"]["required"] == ["id", "text"]
    assert [(s.start, s.end) for s in result.segments] == [(s.start, s.end) for s in segments]
    assert [s.text for s in result.segments] == [f"sentence number {n}" for n in range(90)]
    assert (result.done, result.total, result.warnings) == (90, 90, [])
    assert result.model == "sandbox-chat"
    assert steps == [(done, 3, threading.get_ident()) for done in range(4)]


def test_missing_ids_are_asked_for_once_more_and_extra_ids_ignored() -> None:
    segments = french(4)
    with OpenAISandbox() as server:
        server.reply_next(
            answer([(1, "one"), (3, "three"), (3, "three again"), (4, "four"), (99, "ghost")]),
            answer([(2, "two")]),
        )
        result = translate_segments(
            segments, chat=Router(chat_settings(server, max_retries=0)).chat, source="French", target="English"
        )
        sent = server.chat_requests()
    assert [sent_ids(r) for r in sent] == [[1, 2, 3, 4], [2]]
    assert "left out" in sent[1].body["messages"][-1]["content"]
    assert [s.text for s in result.segments] == ["one", "two", "three", "four"]
    assert result.warnings == []


def test_lines_still_missing_keep_their_source_text_with_a_warning() -> None:
    segments = french(3, start=61.0)
    with OpenAISandbox() as server:
        server.reply_next(answer([(1, "zero"), (3, "")]), answer([(3, "  ")]))
        result = translate_segments(
            segments, chat=Router(chat_settings(server, max_retries=0)).chat, source="French", target="English"
        )
    assert [s.text for s in result.segments] == ["zero", "phrase numéro 1", "phrase numéro 2"]
    assert result.done == 1
    (warning,) = result.warnings
    assert "2 line(s)" in warning and "[01:03]" in warning and "[01:06]" in warning
    assert "kept in French" in warning


def test_a_reply_that_is_not_json_is_repaired_by_the_router() -> None:
    with OpenAISandbox() as server:
        server.reply_next("Sure! Here is the translation: one, two", answer([(1, "a"), (2, "b")]))
        result = translate_segments(
            french(2), chat=Router(chat_settings(server, max_retries=0)).chat, source="French", target="English"
        )
        assert len(server.chat_requests()) == 2
    assert [s.text for s in result.segments] == ["a", "b"]


def test_a_provider_failure_stops_translating_and_keeps_the_source() -> None:
    segments = french(50)
    with OpenAISandbox() as server:
        server.reply_next(answer([(i, f"line {i}") for i in range(1, 41)]))
        server.fail_next(None, Fault("status", 400, code="invalid_request_error"))
        result = translate_segments(
            segments,
            chat=Router(chat_settings(server, max_retries=0)).chat,
            source="French",
            target="English",
            workers=1,
        )
    assert [s.text for s in result.segments[:2]] == ["line 1", "line 2"]
    assert result.segments[45].text == "phrase numéro 45"
    (warning,) = result.warnings
    assert warning.startswith("The translation stopped at [01:40]")
    assert "10 of 50 lines are left in French" in warning


# -- the skill end to end ----------------------------------------------------------------


@pytest.fixture
def registered():
    """The registry as `mmbot run` and Slack jobs see it."""
    import bot.plugins

    return bot.plugins.get_registry()


@pytest.fixture(scope="module")
def memo_transcript(_model_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Transcript:
    """The real transcript of the French memo, made once for the tests of what follows it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MMBOT_CACHE_DIR", str(_model_cache))
        return transcribe_media(
            FIXTURES / "speech-fr.ogg",
            models=Router(Settings()),
            context=CallContext(),
            workdir=tmp_path_factory.mktemp("memo"),
        )


@pytest.fixture
def transcribed(monkeypatch: pytest.MonkeyPatch, memo_transcript: Transcript) -> Transcript:
    """Transcription answers with the memo's transcript (the translation pass is not used)."""

    def transcribe(path: Path, *, translate: bool = False, **kwargs) -> Transcript:
        assert not translate
        return memo_transcript

    monkeypatch.setattr("bot.translation.job.transcribe_media", transcribe)
    return memo_transcript


def memo(tmp_path: Path, name: str = "talk.ogg") -> Path:
    path = tmp_path / name
    path.write_bytes((FIXTURES / "speech-fr.ogg").read_bytes())
    return path


def run(registered, path: Path, settings: Settings, db, tmp_path: Path, **options: str):
    return run_with_progress(registered.skill("translate"), path, settings, db, tmp_path, **options)


def read_subtitles(result, name: str) -> list[tuple[int, str]]:
    (path,) = [a.path for a in result.attachments if a.path.name == name]
    return [(e.start, e.plaintext) for e in pysubs2.load(str(path))]


def test_offline_a_french_memo_gets_its_transcript_whispers_english_and_the_setting(
    registered, tmp_path, db
) -> None:
    result, steps = run(registered, memo(tmp_path), Settings(), db, tmp_path)
    data = result.data
    assert (data["language"], data["target"], data["model"]) == ("fr", "en", "base")
    assert data["transcript"].startswith("Bonjour") and "réunion" in data["transcript"]
    (segment,) = data["segments"]
    assert segment["start"] == 0.0 and 2.5 < segment["end"] <= data["duration"] < 4.0
    assert data["translated_by"] == "whisper:base"
    assert data["translation"] and data["translation"].isascii()
    assert data["translation"] == " ".join(s["text"] for s in data["translated_segments"])
    assert [a.path.name for a in result.attachments] == [
        "talk.fr.srt",
        "talk.fr.vtt",
        "talk.en.srt",
        "talk.en.vtt",
    ]
    assert read_subtitles(result, "talk.fr.vtt") == [(0, segment["text"])]
    assert read_subtitles(result, "talk.en.srt")[0][1] == data["translation"]
    assert "[00:00] Bonjour" in result.text and "Whisper's own translation" in result.text
    assert result.warnings == [ENABLE_CHAT]
    assert "[routing] chat" in ENABLE_CHAT and "Ollama" in ENABLE_CHAT
    assert steps[0].startswith("transcribing ") and steps[0].endswith(" of 0:03")
    assert "transcribing 0:03 of 0:03" in steps and "translating 0:03 of 0:03" in steps


def test_mmbot_run_translates_to_chinese_with_the_chat_model(registered, tmp_path) -> None:
    path = memo(tmp_path)
    with OpenAISandbox() as server:
        config = tmp_path / "mmbot.toml"
        config.write_text(
            f'[providers.llm]\nkind = "openai"\nbase_url = "{server.base_url}"\n'
            'models = { chat = "sandbox-chat" }\n\n[routing]\nchat = ["llm"]\n'
        )
        # Traditional characters from the model, as Whisper and many models write them;
        # more ids than lines, as a model may invent.
        server.reply_next(answer([(i, f"第{i}句：會議開始了") for i in range(1, 6)]))
        ran = CliRunner().invoke(
            cli,
            [
                *("--config", str(config), "run", str(path), "--skill", "translate"),
                *("-o", "to=zh", "--json", "--output-dir", str(tmp_path / "out")),
            ],
            catch_exceptions=False,
        )
        (request,) = server.chat_requests()
    assert ran.exit_code == 0, ran.output
    out = json.loads(ran.stdout)
    data = out["data"]
    assert data["language"] == "fr" and data["target"] == "zh"
    assert data["translation"] == "第1句：会议开始了"
    assert [(s["start"], s["end"]) for s in data["translated_segments"]] == [
        (s["start"], s["end"]) for s in data["segments"]
    ]
    assert data["translated_by"] == "chat:sandbox-chat"
    assert "from French into Chinese (Simplified)" in request.body["messages"][0]["content"]
    names = [Path(a["path"]).name for a in out["attachments"]]
    assert names == ["talk.fr.srt", "talk.fr.vtt", "talk.zh.srt", "talk.zh.vtt"]
    zh = pysubs2.load(out["attachments"][3]["path"])
    assert [e.plaintext for e in zh] == ["第1句：会议开始了"]
    assert out["warnings"] == []


def test_a_recording_already_in_the_target_language_is_not_sent_to_the_model(
    registered, transcribed, tmp_path, db
) -> None:
    with OpenAISandbox() as server:
        result, _ = run(
            registered, memo(tmp_path), chat_settings(server, max_retries=0), db, tmp_path, to="French"
        )
        assert server.chat_requests() == []
    assert "already in French" in result.text
    assert "translation" not in result.data and result.data["transcript"].startswith("Bonjour")
    assert [a.path.name for a in result.attachments] == ["talk.fr.srt", "talk.fr.vtt"]


def test_a_failing_chat_provider_still_returns_the_transcript(
    registered, transcribed, tmp_path, db
) -> None:
    with OpenAISandbox() as server:
        server.fail_next(Fault("status", 400, code="invalid_request_error"))
        result, _ = run(registered, memo(tmp_path), chat_settings(server, max_retries=0), db, tmp_path, to="de")
    assert result.data["transcript"].startswith("Bonjour")
    assert "translation" not in result.data
    (warning,) = result.warnings
    assert warning.startswith("The translation stopped at [00:00]")
    assert "left in French" in warning


def test_without_a_chat_model_other_targets_get_the_transcript_and_the_setting(
    registered, transcribed, tmp_path, db
) -> None:
    result, _ = run(registered, memo(tmp_path), Settings(), db, tmp_path, to="ja")
    assert result.data["transcript"].startswith("Bonjour")
    assert "translation" not in result.data
    assert result.warnings == [
        "No chat model is configured, so there is no Japanese translation.",
        ENABLE_CHAT,
    ]


def test_silence_is_refused_as_no_speech(registered, tmp_path, db, wav: Path) -> None:
    with pytest.raises(InputError, match=r"no speech found in tone\.wav"):
        run(registered, wav, Settings(), db, tmp_path)


def test_whisper_as_the_engine_only_translates_into_english(registered, tmp_path, db) -> None:
    with pytest.raises(InputError, match="Whisper translates only into English, not German"):
        run(registered, memo(tmp_path), Settings(), db, tmp_path, to="de", engine="whisper")


def test_the_reply_shows_a_long_transcript_in_part_and_points_to_the_subtitles() -> None:
    segments = [Segment(n * 5.0, n * 5.0 + 4, f"line {n} " + "word " * 10) for n in range(400)]
    shown = timed_lines(segments, "talk.fr.srt")
    lines = shown.splitlines()
    assert lines[0] == "[00:00] line 0 " + ("word " * 10).strip()
    assert lines[1].startswith("[00:05] line 1 ")
    assert len(shown) < BLOCK_CHARS + 100
    assert lines[-1] == f"… {400 - (len(lines) - 1)} more lines in talk.fr.srt"
    assert timed_lines(segments[:3], "talk.fr.srt").count("\n") == 2
