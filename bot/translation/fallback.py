"""Translation without a chat model: Whisper's own speech-to-English, when the
transcription model is multilingual, and the setting that enables the rest."""

from collections.abc import Callable

from bot.providers import errors
from bot.providers.types import Transcript

ENABLE_CHAT = (
    "Translation into any language needs `[routing] chat`: set it to an OpenAI-compatible "
    "provider — any works, including a local Ollama or llama.cpp server; see "
    "config.example.toml."
)


def whisper_english(
    transcript: Transcript,
    listen: Callable[..., Transcript],
    progress: Callable[[float, float], None] | None = None,
) -> tuple[Transcript | None, str | None]:
    """Whisper's translation of the speech into English, or None and why not. `listen`
    is `transcribe_media` bound to the recording and the job."""
    if transcript.model.endswith(".en"):
        return None, f"{transcript.model} is English-only and cannot translate."
    try:
        english = listen(language=transcript.language, translate=True, progress=progress)
    except errors.ProviderError as error:
        return None, f"Whisper could not translate it: {error}"
    if not english.segments:
        return None, "Whisper gave no English translation."
    return english, None
