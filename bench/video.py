"""Video benchmark: frame sampling at 1 fps plus scene dedup on a generated 1280×720 30 fps
video with sound, beside the naive loop and the full-decode floor.

    python bench/video.py [--minutes 30] [--gop 250 --gop 900] [--dir DIR]

The video is generated once per (minutes, gop) and cached in `--dir`: slides with text that
change every 30–60 s (a keyframe forced at each change, as an encoder's scene-cut detection
does), a moving box and a "webcam" tile of sensor noise so it does not compress to nothing,
and a tone track; libx264 `ultrafast`, a keyframe every `--gop` frames. Each method runs in its own
process, which reports its own peak RSS (VmHWM):

- naive: OpenCV reads every frame, writes each sampled (1 fps) frame as JPEG, hashes it from
  the file with imagehash and counts changes of the hash;
- floor: PyAV decodes every frame (decoder threads on), converts nothing;
- ours: `bot.media.scenes.keyframes(bot.media.video.sample_frames(path))`.

Targets: ≥ 10× faster than naive when keyframes are ≤ 10 s apart, never slower than 1.15×
the floor otherwise, peak RSS < 500 MB.
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WIDTH, HEIGHT, FPS = 1280, 720, 30
AUDIO_RATE = 44100
METHODS = ("naive", "floor", "ours")


def generate(path: Path, minutes: float, gop: int) -> list[float]:
    """Write the video; returns the slide change times (also cached beside it as JSON)."""
    import av
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(11)
    noise = np.random.default_rng(5)
    total = round(minutes * 60 * FPS)
    changes, at = [], 0.0
    while at < minutes * 60:
        changes.append(at)
        at += rng.uniform(30, 60)
    font = ImageFont.load_default(size=56)

    def slide(number: int) -> np.ndarray:
        image = Image.new("RGB", (WIDTH, HEIGHT), (250, 250, 245))
        draw = ImageDraw.Draw(image)
        draw.text((100, 80), f"Slide {number + 1}: {rng.choice(TOPICS)}", fill=(0, 0, 0), font=font)
        for line in range(rng.randint(2, 5)):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))
            draw.text((140, 220 + line * 90), f"• {words}", fill=(30, 30, 90), font=font)
        yuv = av.VideoFrame.from_image(image).reformat(format="yuv420p")
        return yuv.to_ndarray()

    tmp = path.with_suffix(".part.mp4")
    with av.open(str(tmp), "w") as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        video.options = {"preset": "ultrafast", "g": str(gop), "keyint_min": str(min(gop, 25))}
        video.thread_type = "AUTO"
        audio = container.add_stream("aac", rate=AUDIO_RATE)
        audio.layout = "mono"
        current, number, audio_done = None, -1, 0
        for index in range(total):
            second = index / FPS
            forced = number + 1 < len(changes) and second >= changes[number + 1]
            if forced:
                number += 1
                current = slide(number)
            pixels = current.copy()
            x = int((index * 7) % (WIDTH - 80))
            pixels[600:680, x : x + 80] = 40
            pixels[40:220, 940:1260] = noise.integers(90, 140, (180, 320), dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(pixels, format="yuv420p")
            frame.pts = index
            if forced:
                frame.pict_type = av.video.frame.PictureType.I
            for packet in video.encode(frame):
                container.mux(packet)
            while audio_done < (index + 1) * AUDIO_RATE // FPS:
                block = np.arange(audio_done, audio_done + 1024) / AUDIO_RATE
                samples = (0.2 * np.sin(2 * np.pi * 220 * block)).astype(np.float32)[None]
                aframe = av.AudioFrame.from_ndarray(samples, format="fltp", layout="mono")
                aframe.sample_rate, aframe.pts = AUDIO_RATE, audio_done
                aframe.time_base = Fraction(1, AUDIO_RATE)
                for packet in audio.encode(aframe):
                    container.mux(packet)
                audio_done += 1024
        for stream in (video, audio):
            for packet in stream.encode():
                container.mux(packet)
    tmp.rename(path)
    path.with_suffix(".json").write_text(json.dumps(changes))
    return changes


TOPICS = ["Roadmap", "Hiring", "Budget", "Incidents", "Metrics", "Launch", "Risks", "Demo"]
WORDS = [
    "ship",
    "review",
    "owner",
    "deadline",
    "customer",
    "latency",
    "budget",
    "plan",
    "test",
    "launch",
    "team",
    "data",
]


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_naive(path: Path) -> dict:
    import cv2
    import imagehash
    from PIL import Image

    capture = cv2.VideoCapture(str(path))
    step = round(capture.get(cv2.CAP_PROP_FPS)) or FPS
    sampled, changes, previous, index = 0, 0, None, 0
    with tempfile.TemporaryDirectory() as folder:
        while True:
            ok, frame = capture.read()
            if not ok:
                break
            if index % step == 0:
                file = Path(folder) / f"{index:08d}.jpg"
                cv2.imwrite(str(file), frame)
                with Image.open(file) as image:
                    digest = imagehash.phash(image)
                if previous is None or digest - previous > 10:
                    changes += 1
                previous = digest
                sampled += 1
            index += 1
    return {"frames": sampled, "keyframes": changes, "decoded": index}


def run_floor(path: Path) -> dict:
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        decoded = sum(1 for _ in container.decode(stream))
    return {"frames": 0, "keyframes": 0, "decoded": decoded}


def run_ours(path: Path) -> dict:
    from bot.media.scenes import keyframes
    from bot.media.video import sample_frames

    count = 0

    def frames():
        nonlocal count
        for frame in sample_frames(path):
            count += 1
            yield frame

    found = keyframes(frames())
    return {"frames": count, "keyframes": len(found), "times": [k.time for k in found]}


def measure(method: str, path: Path) -> dict:
    """Run one method in a fresh process; returns its wall time, peak RSS and counts."""
    output = subprocess.run(
        [sys.executable, __file__, "--measure", method, "--file", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def child(method: str, path: Path) -> None:
    runner = {"naive": run_naive, "floor": run_floor, "ours": run_ours}[method]
    started = time.perf_counter()
    result = runner(path)
    result["seconds"] = time.perf_counter() - started
    result["rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


def found_changes(times: list[float], changes: list[float], within: float = 10.0) -> int:
    return sum(any(0 <= t - change <= within for t in times) for change in changes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--gop", type=int, action="append", help="keyframe interval, frames")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "mmbot-bench")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--measure", choices=METHODS, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        child(args.measure, args.file)
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    methods = args.methods.split(",")
    print(f"{args.minutes:g} min of {WIDTH}x{HEIGHT} {FPS} fps, libx264 ultrafast, 1 fps sampling")
    header = f"{'gop':>10} {'method':>6} {'s':>8} {'s/media h':>10} {'vs naive':>9} "
    header += f"{'vs floor':>9} {'RSS MB':>7} {'frames':>7} {'keyframes':>10}"
    for gop in args.gop or [250, 900]:
        path = args.dir / f"slides-{args.minutes:g}min-gop{gop}.mp4"
        if path.exists():
            changes = json.loads(path.with_suffix(".json").read_text())
        else:
            started = time.perf_counter()
            changes = generate(path, args.minutes, gop)
            print(f"generated {path.name} in {time.perf_counter() - started:.0f} s")
        results = {method: measure(method, path) for method in methods}
        print(f"\nkeyframe every {gop} frames = {gop / FPS:.1f} s, {len(changes)} slides")
        print(header)
        hours = args.minutes / 60
        for method, result in results.items():
            ratio_naive = (
                results["naive"]["seconds"] / result["seconds"] if "naive" in results else 0
            )
            ratio_floor = (
                result["seconds"] / results["floor"]["seconds"] if "floor" in results else 0
            )
            kept = result.get("keyframes", 0)
            if method == "ours":
                kept = f"{kept} ({found_changes(result['times'], changes)}/{len(changes)} hit)"
            print(
                f"{gop:>10} {method:>6} {result['seconds']:8.1f} {result['seconds'] / hours:10.0f} "
                f"{ratio_naive:8.1f}x {ratio_floor:8.2f}x {result['rss_mb']:7.0f} "
                f"{result['frames']:>7} {kept!s:>10}"
            )
        dense = gop / FPS <= 10
        target = "≥ 10× faster than naive" if dense else "≤ 1.15× the floor"
        print(f"target for this variant: {target}; peak RSS < 500 MB")


if __name__ == "__main__":
    main()
