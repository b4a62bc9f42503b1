"""The `meeting` job from file to result: probe, transcribe, sample frames, keep one
keyframe per visual change, read the slides, analyse (a chat model map-reduce when
one is configured, else offline), write the report, the SRT and the contact sheet.

Each stage reports progress ("transcribing 12:30 of 58:00", "reading slides 3 of 9",
"summarising: 2 of 4 steps done") and its wall time into an optional `Stopwatch`.
"""

import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from bot.errors import InputError
from bot.media.contact_sheet import contact_sheet
from bot.media.probe import MediaInfo, check_length, probe, require_video
from bot.media.scenes import Keyframe, keyframes
from bot.media.timecode import done_of
from bot.media.video import Frame, sample_frames
from bot.meetings import offline
from bot.meetings import slides as slide_reading
from bot.meetings.dues import resolve
from bot.meetings.notes import Notes
from bot.meetings.report import Meeting, markdown, slack_text
from bot.meetings.sentences import sentences as split_sentences
from bot.meetings.slides import Slide
from bot.meetings.summarise import summarise
from bot.providers import errors as provider_errors
from bot.providers.types import Transcript
from bot.skills import Attachment, InputFile, JobContext, Result
from bot.speech.subtitles import srt
from bot.speech.transcribe import require_speech, transcribe_media
from storage.clock import now

SKILL = "meeting"
#: Fractions of the progress bar at which each stage starts.
_TRANSCRIBE, _FRAMES, _SLIDES, _ANALYSE, _REPORT = 0.02, 0.55, 0.75, 0.85, 0.97


@dataclass
class Stopwatch:
    """Wall seconds per stage, in the order the stages ran."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds


def run_meeting(ctx: JobContext, file: InputFile, stopwatch: Stopwatch | None = None) -> Result:
    watch = stopwatch or Stopwatch()
    call = ctx.call_context(SKILL)
    warnings: list[str] = []
    with watch.stage("probe"):
        info = probe(file.path, file.name)
        check_length(info, ctx.settings.media.max_minutes * 60)
    total = info.duration
    with watch.stage("transcribe"):
        transcript = _transcript(ctx, file, info, warnings)
    duration = max(transcript.duration, total)
    scenes = _keyframes(ctx, file, info, watch) if info.video is not None else []
    with watch.stage("ocr"):
        slides = slide_reading.read_slides(
            [(scene.time, scene.end, scene.image) for scene in scenes],
            lambda png: ctx.models.ocr(png, context=call),
            lambda done, count: ctx.progress(
                _SLIDES + (_ANALYSE - _SLIDES) * done / count, f"reading slides {done} of {count}"
            ),
        )
        if slides and ctx.models.available("vision") and _wants_model(ctx):
            slides = slide_reading.describe(
                slides,
                [scene.image for scene in scenes],
                lambda *args, **kwargs: ctx.models.vision(*args, **kwargs, context=call),
                warnings,
            )
    with watch.stage("analysis"):
        said = split_sentences(transcript.segments)
        meeting_date = _meeting_date(ctx, info)
        notes = _analyse(
            ctx, said, slides, duration, transcript.language, warnings, file, meeting_date
        )
        notes = _complete(notes, ctx, said, meeting_date)
    with watch.stage("report"):
        ctx.progress(_REPORT, "writing the report")
        result = _result(ctx, file, transcript, scenes, slides, notes, duration, warnings)
        result.data["date"] = meeting_date.isoformat()
    return result


def _transcript(
    ctx: JobContext, file: InputFile, info: MediaInfo, warnings: list[str]
) -> Transcript:
    """What was said; a video with no sound or no speech still has its slides to report."""
    if info.audio is None:
        require_video(info)
        warnings.append(f"{file.name} has no sound: this report is made from its slides alone.")
        return Transcript(segments=(), language=None, duration=info.duration, model="none")
    transcript = transcribe_media(
        file.path,
        models=ctx.models,
        context=ctx.call_context(SKILL),
        workdir=ctx.workdir,
        language=ctx.options.get("language"),
        script=ctx.options.get("script"),
        chunk_seconds=ctx.settings.media.chunk_minutes * 60,
        info=info,
        progress=lambda done, whole: ctx.progress(
            _TRANSCRIBE + (_FRAMES - _TRANSCRIBE) * done / max(whole, 1e-9),
            done_of("transcribing", done, whole),
        ),
    )
    if not transcript.segments:
        if info.video is None:
            require_speech(transcript, file.name)
        warnings.append(
            f"No speech found in {file.name}: this report is made from its slides alone."
        )
    return transcript


def _keyframes(
    ctx: JobContext, file: InputFile, info: MediaInfo, watch: Stopwatch
) -> list[Keyframe]:
    total = info.duration

    def progress(done: float) -> None:
        ctx.progress(
            _FRAMES + (_SLIDES - _FRAMES) * done / max(total, 1e-9),
            done_of("reading video", done, total),
        )

    started = time.perf_counter()
    media = ctx.settings.media
    sampled = sample_frames(
        file.path, fps=media.frames_per_second, max_frames=media.max_frames, progress=progress
    )
    frames = _timed(sampled, watch, "frames")
    found = keyframes(frames, max_keyframes=media.max_keyframes)
    watch.add("keyframes", time.perf_counter() - started - watch.seconds.get("frames", 0.0))
    return found


def _timed(frames: Iterable[Frame], watch: Stopwatch, name: str) -> Iterator[Frame]:
    """`frames`, with the time spent producing them added to `watch` under `name`."""
    iterator = iter(frames)
    while True:
        started = time.perf_counter()
        try:
            frame = next(iterator)
        except StopIteration:
            watch.add(name, time.perf_counter() - started)
            return
        watch.add(name, time.perf_counter() - started)
        yield frame


def _analyse(
    ctx: JobContext,
    said: list,
    slides: list[Slide],
    duration: float,
    language: str | None,
    warnings: list[str],
    file: InputFile,
    meeting_date: date,
) -> Notes:
    title = _title_from(file.name)
    if said and ctx.models.available("chat") and _wants_model(ctx):
        call = ctx.call_context(SKILL)
        try:
            notes = summarise(
                lambda prompt, **kwargs: ctx.models.chat(prompt, **kwargs, context=call),
                said,
                slides,
                duration=duration,
                language=language,
                progress=lambda done, count: ctx.progress(
                    _ANALYSE + (_REPORT - _ANALYSE) * done / count,
                    f"summarising: {done} of {count} steps done",
                ),
            )
            return notes if notes.title != "Meeting" else replace(notes, title=title)
        except provider_errors.ProviderError as error:
            warnings.append(
                f"The chat model's answer was unusable ({error}); these notes were made without it."
            )
    elif ctx.options.get("engine") == "model":
        warnings.append("No chat model is configured (`[routing] chat`); made the notes offline.")
    ctx.progress(_ANALYSE, "finding topics, decisions and action items")
    return offline.analyse(
        said,
        slides,
        duration=duration,
        user=ctx.user,
        meeting_date=meeting_date,
        title=title,
    )


def _complete(notes: Notes, ctx: JobContext, said: list, meeting_date: date | None) -> Notes:
    """Model notes get the participants found offline and the Slack user; dues resolved."""
    if notes.source == "model":
        known = {person.name.lower() for person in notes.participants}
        extra = [
            person
            for person in offline.participants(said, ctx.user)
            if person.name.lower() not in known
        ]
        people = [*extra, *notes.participants] if extra else notes.participants
        notes = replace(notes, participants=people)
    if meeting_date is not None:
        notes = replace(
            notes,
            action_items=[
                replace(item, due_date=_iso(item.due, meeting_date)) if item.due else item
                for item in notes.action_items
            ],
        )
    return notes


def _iso(due: str, meeting_date: date) -> str | None:
    resolved = resolve(due, meeting_date)
    return resolved.isoformat() if resolved else None


def _result(
    ctx: JobContext,
    file: InputFile,
    transcript: Any,
    scenes: list[Keyframe],
    slides: list[Slide],
    notes: Notes,
    duration: float,
    warnings: list[str],
) -> Result:
    stem = re.sub(r"[^\w.-]+", "_", Path(file.name).stem)[:60] or "meeting"
    meeting = Meeting(file.name, duration, transcript.language, notes, slides)
    report = ctx.workdir / f"{stem}.meeting.md"
    report.write_text(markdown(meeting), encoding="utf-8")
    attachments = [Attachment(report, f"Meeting report: {notes.title}", "text/markdown")]
    if transcript.segments:
        subtitles = ctx.workdir / f"{stem}.srt"
        subtitles.write_text(srt(transcript.segments), encoding="utf-8")
        attachments.append(
            Attachment(subtitles, f"Transcript of {file.name}", "application/x-subrip")
        )
    sheet_name = None
    if scenes:
        sheet = ctx.workdir / f"{stem}.contact-sheet.png"
        contact_sheet(scenes).save(sheet)
        sheet_name = sheet.name
        attachments.append(Attachment(sheet, f"Slides of {file.name}", "image/png"))
    data = {
        **notes.as_data(),
        "file": file.name,
        "language": transcript.language,
        "duration": round(duration, 2),
        "transcript": transcript.text,
        "segments": [
            {"start": round(s.start, 2), "end": round(s.end, 2), "text": s.text.strip()}
            for s in transcript.segments
        ],
        "keyframes": [
            {
                "time": round(slide.time, 2),
                "end": round(slide.end, 2),
                "attachment": sheet_name,
                "tile": index,
                "text": slide.text,
                "description": slide.description,
            }
            for index, slide in enumerate(slides)
        ],
    }
    if notes.source == "offline" and not ctx.models.available("chat"):
        warnings.append(
            "Extractive notes made without a language model; configure `[routing] chat` "
            "for an abstractive summary."
        )
    return Result(text=slack_text(meeting), data=data, attachments=attachments, warnings=warnings)


def _wants_model(ctx: JobContext) -> bool:
    return ctx.options.get("engine", "auto") != "offline"


def _meeting_date(ctx: JobContext, info: MediaInfo) -> date:
    """The `date` option, else when the recording says it was made, else today: what
    "by Friday" and "tomorrow" are counted from."""
    text = ctx.options.get("date")
    if not text:
        return (info.created or now()).date()
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise InputError(f"option date takes a date as YYYY-MM-DD, not {text!r}") from None


def _title_from(name: str) -> str:
    words = re.sub(r"[_\-.]+", " ", Path(name).stem).strip()
    return words[:1].upper() + words[1:] if words else "Meeting"


__all__ = ["Stopwatch", "run_meeting"]
