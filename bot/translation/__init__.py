"""Translating recordings: transcript segments translated in timed chunks by the chat
model, Whisper's own English as the offline fallback, subtitles for both."""

from bot.translation.chunks import Translation, plan, translate_segments
from bot.translation.job import translate_recording
from bot.translation.languages import Language, language, name_of

__all__ = [
    "Language",
    "Translation",
    "language",
    "name_of",
    "plan",
    "translate_recording",
    "translate_segments",
]
