"""`translate`: a recording's transcript with timestamps, its translation, and subtitles.

Audio, or the audio track of a video, is transcribed (local Whisper by default);
the chat model (`[routing] chat`) translates the segments in chunks that keep their
timing. Without one, Whisper's own English translation stands in when the target
is English. SRT and WebVTT are attached for the transcript and the translation.
The work is in `bot.translation`.
"""

from typing import Any

from bot.hookspecs import hookimpl
from bot.skills import JobContext, Option, Result, Skill
from bot.translation import translate_recording


class Translate(Skill):
    name = "translate"
    description = "Transcript of a recording with timestamps, its translation, and subtitles"
    media = frozenset({"audio", "video"})
    # up to [media] max_minutes (4 h by default) of speech to transcribe on a CPU
    time_limit_minutes = 120.0
    options = (
        Option("to", str, "en", "language to translate into (code or name: zh, fr, German)"),
        Option("language", str, None, "language spoken in the recording (default: detected)"),
        Option(
            "script", str, None, "Chinese characters: Simplified or Traditional", ("hans", "hant")
        ),
        Option(
            "engine",
            str,
            "auto",
            "who translates: the chat model when configured, or Whisper (English only)",
            ("auto", "whisper"),
        ),
    )

    def run(self, ctx: JobContext) -> Result:
        return translate_recording(ctx)


@hookimpl
def register_skills(register: Any) -> None:
    register(Translate())
