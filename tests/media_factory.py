"""Small real media files made with PyAV for the media tests: tones, silences, slides with
text, audio-only and video-only files, a rotated phone video, damaged files and a file whose
header claims a 10-hour duration."""

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont

_AUDIO_CODECS = {".wav": "pcm_s16le", ".mka": "pcm_s16le", ".m4a": "aac", ".mp4": "aac"}


def tone(seconds: float, freq: float, rate: int = 44100, amplitude: float = 0.3) -> np.ndarray:
    """A sine wave, float32 mono; freq 0 gives silence."""
    t = np.arange(round(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def tones(parts: Sequence[tuple[float, float]], rate: int = 44100) -> np.ndarray:
    """(seconds, freq) parts one after another; freq 0 is silence."""
    return np.concatenate([tone(seconds, freq, rate) for seconds, freq in parts])


def write_audio(
    path: Path,
    samples: np.ndarray,
    *,
    rate: int = 44100,
    channels: int = 2,
    metadata: dict[str, str] | None = None,
) -> Path:
    """Mono float samples written as `channels` identical channels, codec chosen by suffix."""
    with av.open(str(path), "w") as container:
        container.metadata.update(metadata or {})
        stream = container.add_stream(_AUDIO_CODECS[path.suffix], rate=rate)
        stream.layout = "stereo" if channels == 2 else "mono"
        _encode_audio(container, stream, samples, rate, channels)
    return path


def _encode_audio(container, stream, samples: np.ndarray, rate: int, channels: int) -> None:
    block = 4096
    for offset in range(0, len(samples), block):
        part = samples[offset : offset + block]
        planar = np.ascontiguousarray(np.tile(part, (channels, 1)), dtype=np.float32)
        frame = av.AudioFrame.from_ndarray(
            planar, format="fltp", layout="stereo" if channels == 2 else "mono"
        )
        frame.sample_rate = rate
        frame.pts = offset
        frame.time_base = Fraction(1, rate)
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)


@dataclass(frozen=True)
class Slide:
    text: str
    seconds: float
    background: tuple[int, int, int] = (255, 255, 255)
    #: Lines of text that fit the height; 6 is a title slide, 24 small print.
    lines_per_height: int = 8


def slide_image(slide: Slide, size: tuple[int, int]) -> Image.Image:
    image = Image.new("RGB", size, slide.background)
    draw = ImageDraw.Draw(image)
    step = size[1] // slide.lines_per_height
    font = ImageFont.load_default(size=max(12, step))
    for line, text in enumerate(slide.text.split("\n")):
        draw.text(
            (size[0] // 10, size[1] // 6 + line * step * 4 // 3), text, fill=(0, 0, 0), font=font
        )
    return image


def slides_video(
    path: Path,
    slides: Sequence[Slide],
    *,
    size: tuple[int, int] = (320, 240),
    fps: int = 10,
    gop: int | None = None,
    audio_freq: float | None = None,
    fade_seconds: float = 0.0,
    noise: bool = True,
    rotation: int = 0,
    moving_box: bool = False,
) -> Path:
    """Slides with text, each for its seconds, with a little moving noise so frames differ.

    `fade_seconds` cross-fades into each slide; `audio_freq` adds a stereo tone track;
    `moving_box` slides a dark square along the bottom, as a pointer or a webcam tile moves;
    `rotation` films the way a phone held upright does: each picture (drawn upright at `size`)
    is stored turned `rotation` degrees counter-clockwise, with a display matrix saying to turn
    it back clockwise.
    """
    rng = np.random.default_rng(7)
    pictures = [
        np.asarray(slide_image(slide, size).rotate(rotation, expand=True), dtype=np.float32)
        for slide in slides
    ]
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=fps)
        video.height, video.width = pictures[0].shape[:2]
        video.pix_fmt = "yuv420p"
        video.options = {"preset": "ultrafast", "tune": "zerolatency"}
        if gop:
            video.codec_context.gop_size = gop
        if rotation:
            video.set_display_rotation(-rotation)
        audio = None
        if audio_freq is not None:
            audio = container.add_stream("aac", rate=44100)
            audio.layout = "stereo"
        index = 0
        for number, (slide, picture) in enumerate(zip(slides, pictures, strict=True)):
            count = round(slide.seconds * fps)
            for step in range(count):
                pixels = picture
                blend = (step + 1) / (fade_seconds * fps) if fade_seconds else 1.0
                if number and blend < 1.0:
                    pixels = pictures[number - 1] * (1 - blend) + picture * blend
                if moving_box:
                    side, height, width = pictures[0].shape[0] // 9, *pictures[0].shape[:2]
                    x = (index * width // (3 * fps)) % (width - side)
                    pixels = pixels.copy()
                    pixels[height - 2 * side : height - side, x : x + side] = 40
                if noise:
                    pixels = pixels + rng.normal(0, 4, pixels.shape)
                frame = av.VideoFrame.from_ndarray(
                    np.clip(pixels, 0, 255).astype(np.uint8), format="rgb24"
                )
                frame.pts = index
                index += 1
                for packet in video.encode(frame):
                    container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
        if audio is not None and audio_freq is not None:
            _encode_audio(container, audio, tone(index / fps, audio_freq), 44100, 2)
    return path


def truncated(source: Path, path: Path, keep: float = 0.5) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def garbage(path: Path, size: int = 4096) -> Path:
    path.write_bytes(np.random.default_rng(3).integers(0, 256, size, dtype=np.uint8).tobytes())
    return path


def claims_ten_hours(path: Path) -> Path:
    """A 2-second Matroska audio file whose header says it lasts 10 hours."""
    assert path.suffix == ".mka"
    write_audio(path, tone(2.0, 440, 16000), rate=16000, channels=1)
    data = bytearray(path.read_bytes())
    at = data.find(b"\x44\x89\x88")
    data[at + 3 : at + 11] = struct.pack(">d", 10 * 3600 * 1000.0)
    path.write_bytes(bytes(data))
    return path
