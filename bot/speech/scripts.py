"""Simplified or Traditional Chinese, converted with OpenCC rather than asked of the model.

Whisper writes Mandarin in either script, often Traditional; the user or the channel
chooses which one they read.
"""

from functools import cache
from typing import Any

from bot.errors import InputError

SCRIPTS = {"hans": "t2s", "hant": "s2t"}


@cache
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def to_script(text: str, script: str) -> str:
    """`text` written in `script`: "hans" (Simplified) or "hant" (Traditional)."""
    require_script(script)
    return _converter(SCRIPTS[script]).convert(text)


def require_script(script: str) -> None:
    if script not in SCRIPTS:
        choices = " or ".join(f'"{name}"' for name in SCRIPTS)
        raise InputError(f'script must be {choices}, not "{script}"')


def default_script(language: str | None) -> str | None:
    """Simplified for Chinese, nothing to convert for any other language."""
    return "hans" if language is not None and language.lower().startswith("zh") else None
