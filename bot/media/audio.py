"""Sound as speech models want it: 16 kHz mono float32, streamed in blocks.

The audio track (of an audio file or of a video) is decoded packet by packet and resampled
with `av.AudioResampler`; only one block is held at a time, so an hour costs the same memory
as a minute. Blocks follow media time: a track that starts late or has a hole is padded with
silence, so sample `i` is always at `start + i / 16000` seconds.

`audio_chunks` cuts the stream into pieces of at most `max_seconds` for models with an input
limit, each cut at the quietest fifth of a second near the end of the piece so that no word
is split.
"""

import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from bot.errors import InputError
from bot.media.probe import missing_track, open_media, sound_stream, start_offset

SAMPLE_RATE = 16000
# Gaps or overlaps in the track smaller than this are timing jitter, not holes.
_DRIFT_SECONDS = 0.05
_CUT_WINDOW_SECONDS = 0.2
_CUT_SEARCH_SECONDS = 20.0


@dataclass(frozen=True)
class AudioChunk:
    start: float
    samples: np.ndarray

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    @property
    def end(self) -> float:
        return self.start + self.duration


def stream_audio(
    path: Path, *, start: float = 0.0, block_seconds: float = 30.0
) -> Iterator[np.ndarray]:
    """Blocks of `block_seconds` (the last one shorter) from `start` to the end of the track."""
    block = max(1, round(block_seconds * SAMPLE_RATE))
    pending: list[np.ndarray] = []
    held = 0
    for piece in _resampled(path, start):
        pending.append(piece)
        held += len(piece)
        if held < block:
            continue
        joined = np.concatenate(pending)
        cut = len(joined) - len(joined) % block
        for offset in range(0, cut, block):
            yield joined[offset : offset + block]
        pending, held = [joined[cut:]], len(joined) - cut
    if held:
        yield np.concatenate(pending)


def _resampled(path: Path, start: float) -> Iterator[np.ndarray]:
    """Mono 16 kHz pieces aligned on media time from `start`."""
    try:
        container = open_media(path)
    except (av.FFmpegError, UnicodeDecodeError, OSError):
        raise InputError(f"{path.name} cannot be read as audio") from None
    with container:
        stream = sound_stream(container)
        if stream is None:
            raise missing_track(path.name, "audio", container.streams.audio)
        stream.thread_type = "AUTO"
        offset = start_offset(container)
        if start > 0 and stream.time_base:
            container.seek(int((start + offset) / stream.time_base), stream=stream)
        # Stereo is averaged here: FFmpeg's own downmix adds the channels at -3 dB each,
        # which makes the same sound in both channels 1.4 times louder, and can clip.
        layout = "stereo" if (stream.codec_context.channels or 1) > 1 else "mono"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
        emitted = 0
        for frame in _frames(container, stream):
            if frame.pts is not None and frame.time_base:
                at = float(frame.pts * frame.time_base) - offset - start
                piece, emitted = _place(at, _mono(resampler.resample(frame)), emitted)
            else:
                piece = _mono(resampler.resample(frame))
                emitted += len(piece)
            if len(piece):
                yield piece
        tail = _mono(resampler.resample(None))
        if len(tail):
            yield tail


def _frames(container: av.container.InputContainer, stream: av.AudioStream):
    """Decoded frames; a damaged packet is skipped, a damaged end stops the track there."""
    try:
        for packet in container.demux(stream):
            try:
                yield from packet.decode()
            except av.FFmpegError:
                continue
    except av.FFmpegError:
        return


def _place(at: float, piece: np.ndarray, emitted: int) -> tuple[np.ndarray, int]:
    """`piece` that starts at `at` seconds, padded or trimmed so it continues sample `emitted`."""
    lead = round(at * SAMPLE_RATE) - emitted
    if abs(lead) <= _DRIFT_SECONDS * SAMPLE_RATE:
        return piece, emitted + len(piece)
    piece = np.concatenate([np.zeros(lead, np.float32), piece]) if lead > 0 else piece[-lead:]
    return piece, emitted + len(piece)


def _mono(frames: list[av.AudioFrame]) -> np.ndarray:
    """Channels averaged, in [-1, 1]; NaN and infinite samples (a float WAV can hold them)
    become silence."""
    if not frames:
        return np.zeros(0, np.float32)
    mono = np.concatenate([frame.to_ndarray().mean(axis=0, dtype=np.float32) for frame in frames])
    np.nan_to_num(mono, nan=0.0, posinf=0.0, neginf=0.0, copy=False)
    return np.clip(mono, -1.0, 1.0, out=mono)


def audio_chunks(path: Path, *, max_seconds: float = 600.0) -> Iterator[AudioChunk]:
    """Consecutive chunks covering the whole track, each at most `max_seconds` long."""
    limit = round(max_seconds * SAMPLE_RATE)
    buffer = np.zeros(0, np.float32)
    start = 0
    for block in stream_audio(path, block_seconds=min(30.0, max_seconds)):
        buffer = np.concatenate([buffer, block])
        while len(buffer) > limit:
            cut = quietest_cut(buffer[:limit])
            yield AudioChunk(start / SAMPLE_RATE, buffer[:cut].copy())
            buffer, start = buffer[cut:], start + cut
    if len(buffer):
        yield AudioChunk(start / SAMPLE_RATE, buffer)


def quietest_cut(samples: np.ndarray) -> int:
    """Index of the middle of the quietest 0.2 s window in the last stretch of `samples`.

    The stretch is 20 s, or a quarter of the chunk for short chunks.
    """
    window = round(_CUT_WINDOW_SECONDS * SAMPLE_RATE)
    search = min(round(_CUT_SEARCH_SECONDS * SAMPLE_RATE), len(samples) // 4)
    tail = samples[len(samples) - search :]
    count = len(tail) // window
    if count < 1:
        return len(samples)
    energy = (tail[: count * window].reshape(count, window) ** 2).mean(axis=1)
    quietest = int(np.flatnonzero(energy == energy.min())[-1])
    return len(samples) - search + quietest * window + window // 2


def write_wav(samples: np.ndarray, path: Path) -> Path:
    """16-bit PCM mono 16 kHz WAV of float samples in [-1, 1]."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(SAMPLE_RATE)
        handle.writeframes(pcm.tobytes())
    return path
