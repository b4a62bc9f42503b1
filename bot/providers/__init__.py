"""Every model mmbot uses, behind one router. Nothing else talks to a model API or loads a model.

`Router(settings, db=db).vision(prompt, [image_bytes])`, `.chat(...)`,
`.stream_chat(...)`, `.transcribe(path)`, `.ocr(image_bytes)`.
"""

from bot.providers.errors import ProviderError
from bot.providers.router import CallContext, Router

__all__ = ["CallContext", "ProviderError", "Router"]
