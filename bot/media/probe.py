"""What an audio or video file holds, read from its header before any heavy work.

Duration, the first audio and video tracks, their codecs and the rotation a phone stored
in the display matrix. A file that cannot be used (empty, damaged header, no track, zero
duration) is refused here with one plain sentence. The duration is the header's: a file
claiming ten hours is reported as ten hours, and `check_length` refuses it by the setting.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import av

from bot.errors import InputError
from bot.media.timecode import clock

_TIME_BASE = 1_000_000
# When the header has no duration (browser recordings), the packets are read to find the end:
# no decoding, but capped so a pathological stream cannot take forever.
_MAX_SCAN_PACKETS = 2_000_000
#: Pictures above 8K are refused: FFmpeg would allocate whatever size a header or a packet
#: claims (a 16000×16000 PNG track costs 770 MB before the first frame comes out).
MAX_VIDEO_PIXELS = 8192 * 4320
_DECODER_LIMITS = {"max_pixels": str(MAX_VIDEO_PIXELS)}


@dataclass(frozen=True)
class AudioStream:
    codec: str
    sample_rate: int
    channels: int


@dataclass(frozen=True)
class VideoStream:
    codec: str
    width: int
    height: int
    fps: float
    rotation: int
    frames: int | None


@dataclass(frozen=True)
class MediaInfo:
    name: str
    container: str
    duration: float
    size: int
    audio: AudioStream | None
    video: VideoStream | None
    #: When the recording was made, from the container's `creation_time`, if it says.
    created: datetime | None = None


def probe(path: Path, name: str | None = None) -> MediaInfo:
    """The facts of `path`, or an `InputError` saying plainly why it cannot be used."""
    name = name or path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    if size == 0:
        raise InputError(f"{name} is empty (0 bytes)")
    try:
        container = open_media(path)
    except (av.FFmpegError, UnicodeDecodeError, OSError):
        raise InputError(
            f"{name} cannot be read as audio or video: it is damaged or not a media file"
        ) from None
    with container:
        audio = sound_stream(container)
        video = picture_stream(container)
        if audio is None and video is None:
            tracks = [*container.streams.audio, *container.streams.video]
            raise missing_track(name, "audio or video", tracks)
        duration = _duration(container)
        video_info = _video_info(container, video, name) if video is not None else None
        audio_info = _audio_info(audio) if audio is not None else None
        container_name = container.format.name
        created = _created(container.metadata.get("creation_time"))
    if duration <= 0:
        raise InputError(f"{name} lasts 0 seconds: there is nothing to play")
    return MediaInfo(name, container_name, duration, size, audio_info, video_info, created)


def open_media(path: Path) -> av.container.InputContainer:
    """`path` opened for demuxing, every decoder (those FFmpeg opens to probe the streams
    included) refusing pictures above `MAX_VIDEO_PIXELS`, so none is ever allocated."""
    container = av.open(str(path), metadata_errors="ignore", options=_DECODER_LIMITS)
    for stream in container.streams.video:
        if stream.codec_context is not None:
            stream.codec_context.options = dict(_DECODER_LIMITS)
    return container


def _created(text: str | None) -> datetime | None:
    """`creation_time` as FFmpeg reports it (ISO 8601); encoders that leave it at 1970 or
    write something else give None."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.year > 1970 else None


def picture_stream(container: av.container.InputContainer) -> av.VideoStream | None:
    """The first real video track that can be decoded: cover art in a music file is not a
    video, and a track whose codec description is damaged has no decoder."""
    for stream in container.streams.video:
        if stream.codec_context is None:
            continue
        if not stream.disposition & av.stream.Disposition.attached_pic:
            return stream
    return None


def missing_track(name: str, kind: str, streams: object) -> InputError:
    """The refusal for a file with no decodable `kind` track, `streams` being its tracks of
    that kind: none at all, or only damaged ones."""
    if not streams:
        return InputError(f"{name} has no {kind} track")
    return InputError(
        f"{name} cannot be played: its {kind} track is damaged or in a format "
        "this bot cannot decode"
    )


def sound_stream(container: av.container.InputContainer) -> av.AudioStream | None:
    """The first audio track that can be decoded."""
    return next((s for s in container.streams.audio if s.codec_context is not None), None)


def start_offset(container: av.container.InputContainer) -> float:
    """Seconds to subtract from stream times so media time starts at 0 (MPEG-TS starts late)."""
    start = container.start_time
    return start / _TIME_BASE if start and start > 0 else 0.0


def require_audio(info: MediaInfo) -> None:
    if info.audio is None:
        raise InputError(f"{info.name} has no audio track, so there is nothing to listen to")


def require_video(info: MediaInfo) -> None:
    if info.video is None:
        raise InputError(f"{info.name} has no video track, so there is nothing to look at")


def check_length(info: MediaInfo, max_seconds: float) -> None:
    """Refuse media longer than the limit, naming the setting that raises it."""
    if info.duration > max_seconds:
        raise InputError(
            f"{info.name} lasts {clock(info.duration)}, longer than the {clock(max_seconds)} "
            f"allowed (setting media.max_minutes)"
        )


def _duration(container: av.container.InputContainer) -> float:
    if container.duration and container.duration > 0:
        return container.duration / _TIME_BASE
    longest = 0.0
    for stream in container.streams:
        if stream.duration and stream.time_base:
            longest = max(longest, float(stream.duration * stream.time_base))
    return longest or _scan_duration(container)


def _scan_duration(container: av.container.InputContainer) -> float:
    end = 0.0
    try:
        for count, packet in enumerate(container.demux()):
            if count > _MAX_SCAN_PACKETS:
                break
            if packet.pts is not None and packet.time_base:
                end = max(end, float((packet.pts + (packet.duration or 0)) * packet.time_base))
        container.seek(0)
    except av.FFmpegError:
        pass
    return max(0.0, end - start_offset(container))


def _audio_info(stream: av.AudioStream) -> AudioStream:
    context = stream.codec_context
    return AudioStream(context.name, context.sample_rate or 0, context.channels or 0)


def _video_info(
    container: av.container.InputContainer, stream: av.VideoStream, name: str
) -> VideoStream:
    width, height = stream.codec_context.width, stream.codec_context.height
    if width * height > MAX_VIDEO_PIXELS:
        raise InputError(
            f"{name} is a {width}×{height} video ({width * height / 1e6:.0f} megapixels a "
            f"picture), above the {MAX_VIDEO_PIXELS / 1e6:.0f} megapixel limit; send a smaller one"
        )
    rotation = first_frame_rotation(container, stream, name)
    if rotation in (90, 270):
        width, height = height, width
    rate = stream.average_rate or stream.guessed_rate or stream.base_rate
    return VideoStream(
        stream.codec_context.name,
        width,
        height,
        float(rate) if rate else 0.0,
        rotation,
        stream.frames or None,
    )


def first_frame_rotation(
    container: av.container.InputContainer, stream: av.VideoStream, name: str
) -> int:
    """Clockwise degrees (0, 90, 180, 270) to turn the pictures upright.

    Read from the first decoded frame, which carries the display matrix; decoding it also
    proves the track is readable. Rewinds the container afterwards.
    """
    try:
        for frame in container.decode(stream):
            rotation = round(-frame.rotation / 90) * 90 % 360
            break
        else:
            raise InputError(f"{name} has a video track without any picture in it")
        container.seek(0)
    except av.FFmpegError:
        raise InputError(
            f"{name} has a video track that cannot be decoded: it is damaged, or its pictures "
            f"are above the {MAX_VIDEO_PIXELS / 1e6:.0f} megapixel limit"
        ) from None
    return rotation
