"""Pictures from a video at a steady rate, decoding as little as the file allows.

The sampling interval is `1 / fps`, widened for long videos so that at most `max_frames`
come out. How the pictures are reached depends on where the keyframes are (read from the
container's index, or from the first packets when there is none):

- keyframes at most `KEYFRAME_GAP` seconds apart, or closer than the interval: only
  keyframes are decoded (`skip_frame = "NONKEY"`, other packets never reach the decoder).
  Encoders put a keyframe at each cut, so a slide change is seen when it happens, and the
  steady keyframes in between catch slow changes, at a fraction of the cost of decoding;
- the interval several times longer than the keyframe gap: a seek to each sample time, so
  whole stretches of the file are never read;
- otherwise (keyframes far apart): every frame is decoded, which the codec needs, but only
  the sampled ones are converted to RGB, and frames that no other frame refers to are
  skipped (`skip_frame = "NONREF"`).

Decoding uses the codec's threads. Pictures come out RGB, upright (the display matrix of
phone videos is applied) and scaled so the long side is at most `MAX_SIDE`.
"""

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
from av.video.reformatter import VideoReformatter
from PIL import Image

from bot.errors import InputError
from bot.media.probe import missing_track, open_media, picture_stream, start_offset

MAX_SIDE = 1280
KEYFRAME_GAP = 10.0
# Seeking pays off when each jump skips several keyframes' worth of packets.
_SEEK_FACTOR = 4.0
_SCAN_SECONDS = 120.0
_local = threading.local()
_TURNS = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


class Frame:
    """A sampled picture at `time` seconds. It is converted to RGB only when `image` is
    read, so frames that are only compared (`gray`) never pay for the conversion."""

    def __init__(self, time: float, image: Image.Image | None = None, *, decoded: Any = None):
        self.time = time
        self._image = image
        self._decoded = decoded

    @property
    def image(self) -> Image.Image:
        if self._image is None:
            self._image = picture(self._decoded)
            self._decoded = None
        return self._image

    def gray(self, size: tuple[int, int]) -> np.ndarray:
        """The upright picture in grey levels at `size` (width, height), as float32."""
        if self._decoded is None:
            small = self.image.convert("L").resize(size, Image.Resampling.BILINEAR)
            return np.asarray(small, dtype=np.float32)
        turns = round(-self._decoded.rotation / 90) % 4
        width, height = size if turns % 2 == 0 else size[::-1]
        small = _scaler().reformat(self._decoded, width=width, height=height, format="gray")
        grey = small.to_ndarray()
        return np.ascontiguousarray(np.rot90(grey, -turns), dtype=np.float32)


def sample_frames(
    path: Path,
    *,
    fps: float = 1.0,
    max_frames: int = 1800,
    progress: Callable[[float], None] | None = None,
) -> Iterator[Frame]:
    """Frames about every `1 / fps` seconds (fewer for long videos); `progress` gets the
    media seconds done."""
    try:
        container = open_media(path)
    except (av.FFmpegError, UnicodeDecodeError, OSError):
        raise InputError(f"{path.name} cannot be read as video") from None
    with container:
        stream = picture_stream(container)
        if stream is None:
            raise missing_track(path.name, "video", container.streams.video)
        stream.thread_type = "AUTO"
        duration = _duration(container, stream)
        interval = max(1.0 / fps, duration / max(1, max_frames))
        gap = keyframe_gap(container, stream)
        if gap is not None and interval >= _SEEK_FACTOR * gap:
            frames = _by_seeking(container, stream, interval, duration)
        elif gap is not None and gap <= max(interval, KEYFRAME_GAP):
            frames = _keyframes_only(container, stream, interval, gap)
        else:
            frames = _every_frame(container, stream, interval)
        for frame in frames:
            if progress:
                progress(min(frame.time, duration))
            yield frame
        if progress:
            progress(duration)


def keyframe_gap(container: av.container.InputContainer, stream: av.VideoStream) -> float | None:
    """Mean seconds between keyframes, or None when that cannot be told."""
    if not stream.time_base:
        return None
    times = [entry.timestamp for entry in stream.index_entries if entry.is_keyframe]
    if len(times) >= 2:
        return float((times[-1] - times[0]) * stream.time_base) / (len(times) - 1)
    return _scanned_gap(container, stream)


def _scanned_gap(container: av.container.InputContainer, stream: av.VideoStream) -> float | None:
    """Keyframe spacing from the packets of the first two minutes (read, not decoded)."""
    keys: list[float] = []
    last = 0.0
    try:
        for packet in container.demux(stream):
            if packet.pts is None:
                continue
            last = float(packet.pts * stream.time_base)
            if packet.is_keyframe:
                keys.append(last)
            if keys and last - keys[0] > _SCAN_SECONDS:
                break
        container.seek(0)
    except av.FFmpegError:
        return None
    if len(keys) >= 2:
        return (keys[-1] - keys[0]) / (len(keys) - 1)
    return max(last, _SCAN_SECONDS) if keys else None


def _keyframes_only(
    container: av.container.InputContainer, stream: av.VideoStream, interval: float, gap: float
) -> Iterator[Frame]:
    stream.codec_context.skip_frame = "NONKEY"
    offset = start_offset(container)
    slack = min(interval, gap) / 2
    due = 0.0
    for packet in _packets(container, stream):
        if packet.size and not packet.is_keyframe:
            continue
        for frame in _decode(packet):
            at = _time(frame, offset)
            if at is not None and at >= due - slack:
                yield Frame(at, decoded=frame)
                due = at + interval


def _every_frame(
    container: av.container.InputContainer, stream: av.VideoStream, interval: float
) -> Iterator[Frame]:
    # Frames no other frame refers to (most B-frames) are not needed to decode the rest: the
    # sample then falls on the next decoded frame, a few hundredths of a second later.
    stream.codec_context.skip_frame = "NONREF"
    offset = start_offset(container)
    due = 0.0
    for packet in _packets(container, stream):
        for frame in _decode(packet):
            at = _time(frame, offset)
            if at is not None and at >= due - 1e-6:
                yield Frame(at, decoded=frame)
                due += interval * (1 + int((at - due) / interval))


def _by_seeking(
    container: av.container.InputContainer,
    stream: av.VideoStream,
    interval: float,
    duration: float,
) -> Iterator[Frame]:
    offset = start_offset(container)
    due = 0.0
    while due < duration:
        target = due
        try:
            container.seek(int((target + offset) / stream.time_base), stream=stream)
        except av.FFmpegError:
            return
        found = None
        for packet in _packets(container, stream):
            for frame in _decode(packet):
                at = _time(frame, offset)
                if at is not None and at >= target - 1e-3:
                    found = Frame(at, decoded=frame)
                    break
            if found:
                break
        if found is None:
            return
        yield found
        due = max(target + interval, found.time + interval / 2)


def _packets(container: av.container.InputContainer, stream: av.VideoStream):
    """Packets of the stream; a damaged end of file ends the video there."""
    try:
        yield from container.demux(stream)
    except av.FFmpegError:
        return


def _decode(packet: av.Packet) -> list[av.VideoFrame]:
    """The packet's frames; a damaged packet (or one over the decoder's limits) gives none."""
    try:
        return packet.decode()
    except av.FFmpegError:
        return []


def _time(frame: av.VideoFrame, offset: float) -> float | None:
    at = frame.time
    return None if at is None else max(0.0, at - offset)


def _duration(container: av.container.InputContainer, stream: av.VideoStream) -> float:
    if container.duration and container.duration > 0:
        return container.duration / 1_000_000
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return 0.0


def _scaler() -> VideoReformatter:
    """One reformatter per thread, so its scaling context is made once, not per frame."""
    if not hasattr(_local, "scaler"):
        _local.scaler = VideoReformatter()
    return _local.scaler


def picture(frame: av.VideoFrame) -> Image.Image:
    """The frame as an upright RGB picture, long side at most `MAX_SIDE`."""
    width, height = frame.width, frame.height
    scale = min(1.0, MAX_SIDE / max(width, height))
    if scale < 1.0:
        width, height = max(2, round(width * scale)), max(2, round(height * scale))
    image = Image.fromarray(frame.to_ndarray(width=width, height=height, format="rgb24"))
    turn = _TURNS.get(round(-frame.rotation / 90) * 90 % 360)
    return image.transpose(turn) if turn is not None else image
