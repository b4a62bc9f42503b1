"""The `translate` skill's work: transcript, translation, subtitles and the reply.

The transcript is never lost to a translation problem: a missing chat model, a
provider failure or an unusable answer each end in a warning beside the
transcript, not in an error.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from bot.errors import InputError
from bot.media.probe import check_length, probe
from bot.media.timecode import clock, done_of
from bot.providers.types import Segment, Transcript
from bot.skills import Attachment, JobContext, Result
from bot.speech.scripts import default_script, to_script
from bot.speech.subtitles import srt, vtt
from bot.speech.transcribe import require_speech, transcribe_media
from bot.translation.chunks import translate_segments
from bot.translation.fallback import ENABLE_CHAT, whisper_english
from bot.translation.languages import NAMES, Language, language, name_of
from bot.translation.render import section, timed_lines

TRANSCRIBED_SHARE = 0.7


@dataclass(frozen=True)
class Translated:
    segments: tuple[Segment, ...]
    by: str
    label: str


def translate_recording(ctx: JobContext) -> Result:
    file = ctx.files[0]
    target = language(ctx.options.get("to") or "en")
    asked = ctx.options.get("language")
    source = language(asked).code if asked else None
    script = ctx.options.get("script")
    engine = ctx.options.get("engine") or "auto"
    if engine == "whisper" and target.code != "en":
        raise InputError(
            f"Whisper translates only into English, not {target.name}; "
            "leave engine=auto to translate with the chat model."
        )
    info = probe(file.path, file.name)
    check_length(info, ctx.settings.media.max_minutes * 60)
    listen = partial(
        transcribe_media,
        file.path,
        models=ctx.models,
        context=ctx.call_context("translate"),
        workdir=ctx.workdir,
        chunk_seconds=ctx.settings.media.chunk_minutes * 60,
        info=info,
    )
    transcript = _transcribe(ctx, listen, file.name, source, script)
    spoken = transcript.language
    warnings: list[str] = []
    notes: list[str] = []
    translated: Translated | None = None
    if spoken and spoken.split("-")[0] == target.code:
        notes.append(f"The recording is already in {target.name}; there is nothing to translate.")
    elif engine != "whisper" and ctx.models.available("chat"):
        translated = _by_chat(ctx, transcript, target, script or target.script, warnings)
    else:
        if target.code == "en":
            translated = _by_whisper(ctx, listen, transcript, warnings)
        else:
            warnings.append(
                f"No chat model is configured, so there is no {target.name} translation."
            )
        if not ctx.models.available("chat"):
            warnings.append(ENABLE_CHAT)
    ctx.progress(1.0, "writing subtitles")
    return _result(ctx.workdir, file.name, transcript, target, translated, notes, warnings)


def _transcribe(
    ctx: JobContext,
    listen: Callable[..., Transcript],
    name: str,
    source: str | None,
    script: str | None,
) -> Transcript:
    def heard(done: float, total: float) -> None:
        fraction = TRANSCRIBED_SHARE * done / total if total else 0.0
        ctx.progress(fraction, done_of("transcribing", done, total))

    transcript = listen(language=source, script=script, progress=heard)
    require_speech(transcript, name)
    return transcript


def _by_chat(
    ctx: JobContext,
    transcript: Transcript,
    target: Language,
    script: str | None,
    warnings: list[str],
) -> Translated | None:
    def step(done: int, total: int) -> None:
        share = TRANSCRIBED_SHARE + (1 - TRANSCRIBED_SHARE) * done / total
        ctx.progress(share, f"translating {done} of {total}")

    # The language a remote transcriber reports goes into the system prompt: a known name only.
    spoken = name_of(transcript.language)
    source = spoken if spoken in NAMES.values() else "the original language"
    chinese = _chinese_script(target, script)
    wanted = (
        f"{target.name} ({'Traditional' if chinese == 'hant' else 'Simplified'})"
        if chinese
        else target.name
    )
    result = translate_segments(
        transcript.segments,
        chat=partial(ctx.models.chat, context=ctx.call_context("translate")),
        source=source,
        target=wanted,
        progress=step,
    )
    warnings.extend(result.warnings)
    if not result.done:
        return None
    segments = result.segments
    if chinese:
        segments = tuple(Segment(s.start, s.end, to_script(s.text, chinese)) for s in segments)
    return Translated(segments, f"chat:{result.model}", f"{target.name}, by {result.model}")


def _chinese_script(target: Language, script: str | None) -> str | None:
    if target.code != "zh":
        return None
    return script or default_script("zh")


def _by_whisper(
    ctx: JobContext, listen: Callable[..., Transcript], transcript: Transcript, warnings: list[str]
) -> Translated | None:
    def heard(done: float, total: float) -> None:
        share = TRANSCRIBED_SHARE + (1 - TRANSCRIBED_SHARE) * (done / total if total else 0.0)
        ctx.progress(share, done_of("translating", done, total))

    english, why_not = whisper_english(transcript, listen, heard)
    if english is None:
        warnings.append(f"No English translation: {why_not}")
        return None
    return Translated(
        english.segments, f"whisper:{english.model}", "English, Whisper's own translation"
    )


def _result(
    workdir: Path,
    name: str,
    transcript: Transcript,
    target: Language,
    translated: Translated | None,
    notes: list[str],
    warnings: list[str],
) -> Result:
    stem = re.sub(r"[^\w.-]+", "_", Path(name).stem)[:60] or "recording"
    spoken = transcript.language or "source"
    spoken_name = name_of(transcript.language)
    source_files = _subtitles(
        workdir, f"{stem}.{spoken}", transcript.segments, f"Transcript ({spoken_name})"
    )
    data: dict[str, Any] = {
        "file": name,
        "language": transcript.language,
        "language_name": spoken_name,
        "duration": round(transcript.duration, 3),
        "model": transcript.model,
        "transcript": transcript.text,
        "segments": _plain(transcript.segments),
        "target": target.code,
        "subtitles": [a.path.name for a in source_files],
    }
    length = clock(transcript.duration)
    head = f"*{name}* · {spoken_name} · {length} · transcribed by {transcript.model}"
    parts = [
        head,
        *notes,
        section(
            f"Transcript ({spoken_name})",
            timed_lines(transcript.segments, source_files[0].path.name),
        ),
    ]
    attachments = list(source_files)
    if translated is not None:
        files = _subtitles(
            workdir, f"{stem}.{target.code}", translated.segments, f"Translation ({target.name})"
        )
        attachments.extend(files)
        data["translation"] = " ".join(
            s.text.strip() for s in translated.segments if s.text.strip()
        )
        data["translated_segments"] = _plain(translated.segments)
        data["translated_by"] = translated.by
        data["subtitles"] += [a.path.name for a in files]
        parts.append(
            section(
                f"Translation ({translated.label})",
                timed_lines(translated.segments, files[0].path.name),
            )
        )
    return Result(text="\n\n".join(parts), data=data, attachments=attachments, warnings=warnings)


def _subtitles(
    workdir: Path, stem: str, segments: Sequence[Segment], title: str
) -> list[Attachment]:
    workdir.mkdir(parents=True, exist_ok=True)
    srt_path = workdir / f"{stem}.srt"
    vtt_path = workdir / f"{stem}.vtt"
    srt_path.write_text(srt(segments), encoding="utf-8")
    vtt_path.write_text(vtt(segments), encoding="utf-8")
    return [
        Attachment(srt_path, f"{title} as SRT", "application/x-subrip"),
        Attachment(vtt_path, f"{title} as WebVTT", "text/vtt"),
    ]


def _plain(segments: Sequence[Segment]) -> list[dict[str, Any]]:
    return [
        {"start": round(s.start, 3), "end": round(s.end, 3), "text": s.text.strip()}
        for s in segments
        if s.text.strip()
    ]
