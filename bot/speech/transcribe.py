"""Transcription of media of any length: cut into chunks, transcribed one by one, joined.

Chunks are 16-bit 16 kHz mono WAV, 10 minutes at most (19.2 MB, under the 25 MB an
OpenAI-compatible server accepts), cut by `audio_chunks` at a quiet moment so no word is
split. The language found in the first chunk with speech is passed to the later ones,
so the model and the language stay the same throughout.
"""

import dataclasses
from collections.abc import Callable
from pathlib import Path

from bot.errors import InputError
from bot.media.audio import AudioChunk, audio_chunks, write_wav
from bot.media.probe import MediaInfo, probe, require_audio
from bot.providers.router import CallContext, Router
from bot.providers.types import Segment, Transcript
from bot.speech.scripts import default_script, require_script, to_script

CHUNK_SECONDS = 600.0

Progress = Callable[[float, float], None]


def transcribe_media(
    path: Path,
    *,
    models: Router,
    context: CallContext,
    workdir: Path,
    language: str | None = None,
    script: str | None = None,
    translate: bool = False,
    progress: Progress | None = None,
    chunk_seconds: float = CHUNK_SECONDS,
    info: MediaInfo | None = None,
) -> Transcript:
    """The transcript of the audio of `path`, timestamps in seconds from its start.

    `script` ("hans" or "hant") is the Chinese script of the text when the language is
    Chinese (by default Simplified); other languages are left as they are.
    `progress(done, total)` hears media seconds. The duration is that of the audio
    decoded, which a damaged header may have overstated. `info` is the file's probe when
    the caller has made it already."""
    if script is not None:
        require_script(script)
    info = info or probe(path)
    require_audio(info)
    total = info.duration
    progress = _never_backwards(progress) if progress is not None else None
    segments: list[Segment] = []
    found_language, model, decoded = language, "", 0.0
    for index, chunk in enumerate(audio_chunks(path, max_seconds=chunk_seconds)):
        part = _transcribe_chunk(
            chunk,
            workdir / f"chunk-{index:03d}.wav",
            models=models,
            context=context,
            language=found_language,
            translate=translate,
            progress=_within(chunk, total, progress),
        )
        if part.segments or not model:
            model = part.model
        if found_language is None and part.segments:
            found_language = part.language
        decoded = chunk.end
        segments += [_shifted(segment, chunk.start) for segment in part.segments]
        if progress is not None:
            progress(min(chunk.end, total), total)
    transcript = Transcript(
        segments=tuple(segments),
        language=found_language,
        duration=decoded or total,
        model=model,
        translated=translate,
    )
    chinese = default_script(found_language) is not None
    return in_script(transcript, (script or default_script(found_language)) if chinese else None)


def require_speech(transcript: Transcript, name: str) -> None:
    if not transcript.segments:
        raise InputError(
            f"no speech found in {name}: the audio is silent or holds no words Whisper recognises"
        )


def in_script(transcript: Transcript, script: str | None) -> Transcript:
    """The transcript with its text in `script`; as it is when there is none to apply."""
    if script is None:
        return transcript
    segments = tuple(
        dataclasses.replace(segment, text=to_script(segment.text, script))
        for segment in transcript.segments
    )
    return dataclasses.replace(transcript, segments=segments)


def _transcribe_chunk(
    chunk: AudioChunk,
    path: Path,
    *,
    models: Router,
    context: CallContext,
    language: str | None,
    translate: bool,
    progress: Callable[[float], None] | None,
) -> Transcript:
    write_wav(chunk.samples, path)
    try:
        return models.transcribe(
            path, language=language, translate=translate, progress=progress, context=context
        )
    finally:
        path.unlink(missing_ok=True)


def _within(
    chunk: AudioChunk, total: float, progress: Progress | None
) -> Callable[[float], None] | None:
    """Seconds done in the chunk, reported as seconds done in the media."""
    if progress is None:
        return None
    return lambda done: progress(min(chunk.start + min(done, chunk.duration), total), total)


def _never_backwards(progress: Progress) -> Progress:
    """`progress` told only of advances: a retried chunk starts again from its beginning."""
    furthest = -1.0

    def report(done: float, total: float) -> None:
        nonlocal furthest
        if done > furthest:
            furthest = done
            progress(done, total)

    return report


def _shifted(segment: Segment, offset: float) -> Segment:
    return Segment(segment.start + offset, segment.end + offset, segment.text)
