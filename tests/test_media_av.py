"""The media pipeline on real files made with PyAV: probe, streamed audio, sampled frames,
scene changes and the contact sheet."""

import itertools
from pathlib import Path

import numpy as np
import pytest

from bot.errors import InputError
from bot.media.audio import SAMPLE_RATE, audio_chunks, stream_audio, write_wav
from bot.media.contact_sheet import contact_sheet
from bot.media.probe import check_length, probe, require_audio, require_video
from bot.media.scenes import Keyframe, keyframes
from bot.media.video import sample_frames
from tests.media_factory import (
    Slide,
    claims_ten_hours,
    garbage,
    slides_video,
    tone,
    tones,
    truncated,
    write_audio,
)

SLIDES = [
    Slide("Quarterly results\nrevenue up", 3),
    Slide("Next steps\nhire two people", 4),
    Slide("Budget\n2 million", 2),
    Slide("Questions?", 3),
]
SLIDE_STARTS = [0.0, 3.0, 7.0, 9.0]


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="module")
def talk(media: Path) -> Path:
    return write_audio(media / "talk.m4a", tone(2.0, 440), rate=44100, channels=2)


@pytest.fixture(scope="module")
def film(media: Path) -> Path:
    return slides_video(media / "film.mp4", SLIDES[:2], audio_freq=440)


@pytest.fixture(scope="module")
def silent_film(media: Path) -> Path:
    return slides_video(media / "silent.mp4", SLIDES[:1])


def dominant_frequency(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / SAMPLE_RATE)[spectrum.argmax()])


# probe


def test_probe_reads_an_audio_file(talk: Path) -> None:
    info = probe(talk)
    assert info.name == "talk.m4a"
    assert info.duration == pytest.approx(2.0, abs=0.05)
    assert info.size == talk.stat().st_size
    assert (info.audio.codec, info.audio.sample_rate, info.audio.channels) == ("aac", 44100, 2)
    assert info.video is None
    require_audio(info)
    with pytest.raises(InputError, match=r"talk\.m4a has no video track"):
        require_video(info)


def test_probe_reads_a_video_with_sound(film: Path) -> None:
    info = probe(film, "standup.mp4")
    assert info.name == "standup.mp4"
    assert info.duration == pytest.approx(7.0, abs=0.1)
    assert info.video.codec == "h264"
    assert (info.video.width, info.video.height, info.video.fps) == (320, 240, 10.0)
    assert (info.video.rotation, info.video.frames) == (0, 70)
    assert info.audio.codec == "aac"


def test_a_video_without_sound_cannot_be_listened_to(silent_film: Path) -> None:
    info = probe(silent_film, "screen.mp4")
    assert info.audio is None and info.video is not None
    require_video(info)
    with pytest.raises(InputError, match=r"screen\.mp4 has no audio track"):
        require_audio(info)


def test_a_phone_video_is_reported_as_displayed(media: Path) -> None:
    phone = slides_video(media / "phone.mp4", [Slide("Up", 1)], size=(240, 320), rotation=90)
    info = probe(phone)
    assert (info.video.width, info.video.height, info.video.rotation) == (240, 320, 90)


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path, film: path.write_bytes(b""), "is empty"),
        (lambda path, film: truncated(film, path, 0.5), "damaged or not a media file"),
        (lambda path, film: garbage(path), "damaged or not a media file"),
    ],
    ids=["zero bytes", "truncated", "garbage"],
)
def test_unreadable_files_are_refused_in_one_plain_sentence(
    media: Path, film: Path, make, says: str
) -> None:
    path = media / "broken.mp4"
    make(path, film)
    with pytest.raises(InputError) as error:
        probe(path, "meeting.mp4")
    message = str(error.value)
    assert message.startswith("meeting.mp4 ") and says in message
    assert "Errno" not in message and "av." not in message and "\n" not in message


def damaged_codec_descriptions(film: Path, path: Path, tracks: int) -> Path:
    """`film` with the sample description box (`stsd`) of its first `tracks` tracks
    renamed, so FFmpeg still finds those tracks but no decoder for them."""
    data = bytearray(film.read_bytes())
    at = 0
    for _ in range(tracks):
        at = data.index(b"stsd", at)
        data[at] ^= 1
        at += 4
    path.write_bytes(bytes(data))
    return path


def test_a_track_whose_codec_description_is_damaged_is_left_out_plainly(
    media: Path, film: Path
) -> None:
    half = damaged_codec_descriptions(film, media / "no-picture.mp4", tracks=1)
    info = probe(half, "meeting.mp4")
    assert info.video is None and info.audio is not None
    with pytest.raises(InputError, match=r"^meeting\.mp4 has no video track"):
        require_video(info)
    with pytest.raises(InputError, match=r"^no-picture\.mp4 cannot be played: its video track is damaged"):
        next(sample_frames(half))
    assert len(list(stream_audio(half))) > 0

    neither = damaged_codec_descriptions(film, media / "nothing.mp4", tracks=2)
    with pytest.raises(InputError, match=r"^meeting\.mp4 cannot be played: its audio or video track is damaged"):
        probe(neither, "meeting.mp4")
    with pytest.raises(InputError, match=r"^nothing\.mp4 cannot be played: its audio track is damaged"):
        next(stream_audio(neither))


def test_a_header_claiming_ten_hours_is_reported_and_refused_by_the_setting(media: Path) -> None:
    info = probe(claims_ten_hours(media / "long.mka"))
    assert info.duration == pytest.approx(36000)
    with pytest.raises(InputError, match=r"10:00:00.*2:00:00.*media\.max_minutes"):
        check_length(info, 120 * 60)
    check_length(probe(media / "long.mka"), 36000)


# audio


def test_stereo_44k_audio_streams_as_16k_mono_blocks(talk: Path) -> None:
    blocks = list(stream_audio(talk, block_seconds=0.5))
    assert all(block.dtype == np.float32 and block.ndim == 1 for block in blocks)
    assert {len(block) for block in blocks[:-1]} == {8000}
    samples = np.concatenate(blocks)
    assert len(samples) == pytest.approx(2.0 * SAMPLE_RATE, abs=0.03 * SAMPLE_RATE)
    assert dominant_frequency(samples) == pytest.approx(440, abs=2)
    assert np.abs(samples[4000:-4000]).max() == pytest.approx(0.3, abs=0.03)


def test_the_audio_track_of_a_video_streams_too(film: Path) -> None:
    samples = np.concatenate(list(stream_audio(film)))
    assert len(samples) == pytest.approx(7.0 * SAMPLE_RATE, abs=0.05 * SAMPLE_RATE)
    assert dominant_frequency(samples) == pytest.approx(440, abs=2)


def test_streaming_from_a_start_time_skips_what_came_before(media: Path) -> None:
    path = write_audio(media / "two.wav", tones([(1.0, 300), (1.5, 900)]))
    samples = np.concatenate(list(stream_audio(path, start=1.0)))
    assert len(samples) == pytest.approx(1.5 * SAMPLE_RATE, abs=0.02 * SAMPLE_RATE)
    assert dominant_frequency(samples) == pytest.approx(900, abs=2)


def test_audio_chunks_cover_the_audio_exactly_and_cut_in_silences(media: Path) -> None:
    parts = [(6.5, 440), (1.0, 0), (6.0, 660), (1.5, 0), (3.0, 440)]
    path = write_audio(media / "pauses.wav", tones(parts))
    silences = [(6.5, 7.5), (13.5, 15.0)]
    chunks = list(audio_chunks(path, max_seconds=8.0))
    whole = np.concatenate(list(stream_audio(path)))
    assert np.array_equal(np.concatenate([chunk.samples for chunk in chunks]), whole)
    assert chunks[0].start == 0.0
    assert all(a.end == pytest.approx(b.start) for a, b in itertools.pairwise(chunks))
    assert all(chunk.duration <= 8.0 for chunk in chunks)
    assert len(chunks) == 3
    for chunk, (quiet_from, quiet_to) in zip(chunks, silences, strict=False):
        assert quiet_from < chunk.end < quiet_to


def test_write_wav_round_trips_through_the_stream(media: Path) -> None:
    samples = tone(1.0, 1000, SAMPLE_RATE)
    path = write_wav(samples, media / "out.wav")
    again = np.concatenate(list(stream_audio(path)))
    assert len(again) == SAMPLE_RATE
    assert np.abs(again - samples).max() < 1e-3


def test_a_file_without_sound_cannot_be_streamed(silent_film: Path) -> None:
    with pytest.raises(InputError, match="no audio track"):
        list(stream_audio(silent_film))


# frames


@pytest.mark.parametrize("gop", [None, 5], ids=["keyframes far apart", "keyframe every 0.5 s"])
def test_frames_are_sampled_once_a_second(media: Path, gop: int | None) -> None:
    path = slides_video(media / f"sampled{gop}.mp4", [Slide("One", 5)], gop=gop)
    done: list[float] = []
    frames = list(sample_frames(path, progress=done.append))
    assert [frame.time for frame in frames] == pytest.approx([0, 1, 2, 3, 4])
    assert all(frame.image.mode == "RGB" and frame.image.size == (320, 240) for frame in frames)
    assert done == sorted(done) and done[-1] == pytest.approx(5.0)


def test_long_videos_are_sampled_more_sparsely(media: Path) -> None:
    path = slides_video(media / "sparse.mp4", [Slide("One", 6)])
    assert [frame.time for frame in sample_frames(path, max_frames=3)] == pytest.approx([0, 2, 4])


def test_a_phone_video_comes_out_upright(media: Path) -> None:
    path = slides_video(media / "upright.mp4", [Slide("TOP", 2)], size=(240, 320), rotation=90)
    frames = list(sample_frames(path))
    assert all(frame.image.size == (240, 320) for frame in frames)
    gray = np.asarray(frames[0].image.convert("L"), dtype=float)
    assert gray[40:100].mean() < gray[200:].mean() - 5
    assert gray[:, :120].mean() < gray[:, 120:].mean()


def test_big_frames_are_scaled_to_1280(media: Path) -> None:
    path = slides_video(media / "big.mp4", [Slide("Wide", 1)], size=(1920, 1080), noise=False)
    assert {frame.image.size for frame in sample_frames(path)} == {(1280, 720)}


# scenes


@pytest.mark.parametrize(
    ("gop", "fade"),
    [(None, 0.0), (10, 0.0), (None, 1.0)],
    ids=["sparse keyframes", "keyframe a second", "cross-fades"],
)
def test_slides_give_one_keyframe_each_at_the_time_they_appear(
    media: Path, gop: int | None, fade: float
) -> None:
    path = slides_video(media / f"deck{gop}{fade}.mp4", SLIDES, gop=gop, fade_seconds=fade)
    found = keyframes(sample_frames(path))
    assert len(found) == len(SLIDES)
    for keyframe, start in zip(found, SLIDE_STARTS, strict=True):
        assert start <= keyframe.time <= start + fade
    assert found[-1].end == pytest.approx(11.0)
    for keyframe, following, next_start in zip(found, found[1:], SLIDE_STARTS[1:], strict=False):
        assert next_start - 1 <= keyframe.end < following.time


def test_a_slow_fade_is_one_change(media: Path) -> None:
    deck = [Slide("Before", 2), Slide("After the fade", 6)]
    path = slides_video(media / "slowfade.mp4", deck, fade_seconds=5)
    found = keyframes(sample_frames(path))
    assert next(keyframe.time for keyframe in found) == 0.0
    assert len(found) == 2


def test_noise_on_a_dark_screen_is_not_a_change(media: Path) -> None:
    path = slides_video(media / "dark.mp4", [Slide("", 6, (12, 12, 12))])
    assert [(k.time, k.end) for k in keyframes(sample_frames(path))] == [(0.0, 5.0)]


def test_too_many_changes_are_merged_down_to_the_cap(media: Path) -> None:
    words = ["Agenda", "Numbers", "Hiring", "Budget", "Roadmap", "Risks", "Demo", "Thanks"]
    deck = [Slide(f"{word}\n{n * 'more '}", 1.5) for n, word in enumerate(words)]
    path = slides_video(media / "many.mp4", deck, fps=4)
    found = keyframes(sample_frames(path, fps=2), max_keyframes=3)
    assert len(found) == 3
    assert found[0].time == 0.0 and found[-1].end == pytest.approx(11.5)
    assert all(a.end < b.time for a, b in itertools.pairwise(found))


# contact sheet


def test_the_contact_sheet_labels_each_thumbnail_with_its_time(film: Path) -> None:
    picture = next(iter(sample_frames(film))).image
    marks = [Keyframe(time, time + 1, picture) for time in (0, 65, 3725)]
    sheet = contact_sheet(marks, columns=2, thumb_width=160)
    assert sheet.size == (2 * 168 + 8, 2 * 128 + 8)
    pixels = np.asarray(sheet.convert("L"), dtype=int)
    labels = [pixels[8 + 100 : 8 + 120, 8 : 8 + 80], pixels[8 + 100 : 8 + 120, 176 : 176 + 80]]
    assert all(label.min() < 40 and label.max() > 215 for label in labels)
    assert not np.array_equal(labels[0], labels[1])
    untouched = pixels[8 : 8 + 60, 8 : 8 + 160]
    assert untouched.mean() > 150


@pytest.mark.parametrize(
    ("texts", "lines"),
    [
        (["Weekly review\n• revenue\n• hiring\n• budget", "Weekly review\n• revenue\n• hiring\n• risks"], 24),
        (["1. Quarterly results\n• point 1 of slide 1", "2. Product launch plan\n• point 1 of slide 2"], 11),
    ],
    ids=["one word of small print", "the title"],
)
def test_slides_of_one_template_are_told_apart(media: Path, texts: list[str], lines: int) -> None:
    deck = [Slide(text, 4, lines_per_height=lines) for text in texts]
    path = slides_video(media / f"template{lines}.mp4", deck, size=(1280, 720), fps=5)
    found = keyframes(sample_frames(path))
    assert [round(keyframe.time) for keyframe in found] == [0, 4]


def test_a_shape_moving_over_one_slide_is_not_a_new_slide(media: Path) -> None:
    deck = [Slide("Roadmap\n• one\n• two", 16, lines_per_height=11)]
    path = slides_video(
        media / "pointer.mp4", deck, size=(1280, 720), fps=5, gop=20, moving_box=True
    )
    assert len(keyframes(sample_frames(path))) == 1


def test_probe_reads_when_the_recording_was_made(media: Path) -> None:
    made = {"creation_time": "2025-03-05T09:30:00.000000Z"}
    dated = write_audio(media / "dated.m4a", tone(1.0, 440), metadata=made)
    undated = write_audio(media / "undated.m4a", tone(1.0, 440))
    assert probe(dated).created is not None
    assert probe(dated).created.isoformat() == "2025-03-05T09:30:00+00:00"
    assert probe(undated).created is None
