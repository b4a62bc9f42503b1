"""The built-in provider kinds, registered through the same hook as external ones."""

from typing import Any

from bot.hookspecs import hookimpl
from bot.providers.ocr import KIND as LOCAL_OCR
from bot.providers.ocr import LocalOcr
from bot.providers.openai_compat import KIND as OPENAI
from bot.providers.openai_compat import OpenAICompatible
from bot.providers.whisper import KIND as LOCAL_WHISPER
from bot.providers.whisper import LocalWhisper


@hookimpl
def register_providers(register: Any) -> None:
    register(OPENAI, OpenAICompatible)
    register(LOCAL_WHISPER, LocalWhisper)
    register(LOCAL_OCR, LocalOcr)
