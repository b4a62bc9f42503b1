"""Meeting benchmark: a generated meeting video, end to end offline, wall time per stage.

    python bench/meeting.py [--minutes 60] [--keep PATH]

The video is 1280×720 at 2 fps: numbered slides with a title and bullet text,
changing every few minutes; its sound is real speech (the clips in
../shared/data/audio/en and the spoken meeting fixture) repeated with silences
between them, so about two thirds of it is speech. It runs exactly what
`mmbot run meeting.mp4 --skill meeting` runs with no model configured (local
Whisper, local OCR, offline analysis) and prints the seconds each stage took,
with the target beside the total: a 60-minute meeting in at most 4 minutes on 2
cores. Generating the video is not counted.
"""

import argparse
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import Settings
from bot.media.audio import SAMPLE_RATE, stream_audio
from bot.meetings.pipeline import Stopwatch, run_meeting
from bot.providers import Router
from bot.runner import input_files
from bot.skills import JobContext
from storage.audit import AuditLog
from storage.db import open_database

ROOT = Path(__file__).resolve().parents[1]
CLIPS = [
    *sorted((ROOT.parent / "shared" / "data" / "audio" / "en").glob("*.flac")),
    *sorted((ROOT.parent / "shared" / "data" / "audio" / "en").glob("*.wav")),
    ROOT / "tests" / "fixtures" / "meeting-voices.ogg",
    ROOT / "tests" / "fixtures" / "speech-en.ogg",
]
TARGET_SECONDS_PER_HOUR = 240.0
SLIDE_SECONDS = 240.0
FPS = 2
SUBJECTS = [
    "Quarterly results",
    "Product launch plan",
    "Hiring and onboarding",
    "Customer feedback",
    "Infrastructure costs",
    "Security review",
    "Marketing campaign",
    "Roadmap for next year",
]
STAGES = ("probe", "transcribe", "frames", "keyframes", "ocr", "analysis", "report")


def speech_track(seconds: float) -> np.ndarray:
    """The clips one after another, 3–9 s of silence between, until `seconds` are filled."""
    clips = [np.concatenate(list(stream_audio(path))) for path in CLIPS if path.exists()]
    rng = np.random.default_rng(1)
    total = int(seconds * SAMPLE_RATE)
    track = np.zeros(total, np.float32)
    at, index = 0, 0
    while at < total:
        clip = clips[index % len(clips)][: total - at]
        track[at : at + len(clip)] = clip
        at += len(clip) + int(rng.uniform(3, 9) * SAMPLE_RATE)
        index += 1
    return track


def slide(number: int) -> Image.Image:
    image = Image.new("RGB", (1280, 720), (250, 250, 245))
    draw = ImageDraw.Draw(image)
    title = f"{number}. {SUBJECTS[(number - 1) % len(SUBJECTS)]}"
    draw.text((80, 60), title, fill=(20, 20, 60), font=ImageFont.load_default(size=64))
    body = ImageFont.load_default(size=36)
    for line in range(4):
        draw.text((100, 220 + line * 80), f"• point {line + 1} of slide {number}", fill=(0, 0, 0),
                  font=body)  # fmt: skip
    return image


def make_video(path: Path, minutes: float) -> Path:
    seconds = minutes * 60
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = 1280, 720, "yuv420p"
        video.options = {"preset": "ultrafast", "g": str(FPS * 10)}
        audio = container.add_stream("aac", rate=SAMPLE_RATE)
        audio.layout = "mono"
        pixels = None
        for index in range(int(seconds * FPS)):
            number = int(index / FPS // SLIDE_SECONDS) + 1
            if index % int(SLIDE_SECONDS * FPS) == 0:
                pixels = np.asarray(slide(number))
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts = index
            container.mux(video.encode(frame))
        container.mux(video.encode())
        track = speech_track(seconds)
        for offset in range(0, len(track), 1024):
            frame = av.AudioFrame.from_ndarray(
                track[None, offset : offset + 1024], format="fltp", layout="mono"
            )
            frame.sample_rate, frame.pts = SAMPLE_RATE, offset
            frame.time_base = Fraction(1, SAMPLE_RATE)
            container.mux(audio.encode(frame))
        container.mux(audio.encode())
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--keep", type=Path, help="write the video here (and reuse it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "meeting.mp4"
        if not path.exists():
            started = time.perf_counter()
            make_video(path, args.minutes)
            print(f"generated {args.minutes:g} min video in {time.perf_counter() - started:.0f} s")
        db = open_database(Path(folder) / "bench.db")
        settings = Settings()
        ctx = JobContext(
            files=input_files([path]),
            options={"engine": "offline"},
            prompt=None,
            settings=settings,
            audit=AuditLog(db),
            workdir=Path(folder) / "out",
            models=Router(settings, db=db),
        )
        ctx.workdir.mkdir()
        watch = Stopwatch()
        started = time.perf_counter()
        result = run_meeting(ctx, ctx.files[0], watch)
        total = time.perf_counter() - started
    data = result.data
    target = TARGET_SECONDS_PER_HOUR * args.minutes / 60
    print(f"\nmeeting benchmark: {args.minutes:g} min generated video, offline, 2 cores shared")
    print(f"{'stage':<12}{'seconds':>10}{'share':>8}")
    for stage in STAGES:
        spent = watch.seconds.get(stage, 0.0)
        print(f"{stage:<12}{spent:>10.1f}{spent / total:>8.0%}")
    print(f"{'total':<12}{total:>10.1f}   target ≤ {target:.0f} s (4 min per hour of meeting)")
    print(
        f"per media hour: {total * 60 / args.minutes:.0f} s; "
        f"{len(data['segments'])} segments, {len(data['keyframes'])} keyframes, "
        f"{len(data['topics'])} topics, {len(data['decisions'])} decisions, "
        f"{len(data['action_items'])} action items"
    )


if __name__ == "__main__":
    main()
