"""The `openai` provider kind: any OpenAI-compatible endpoint through the `openai` SDK.

OpenAI, Azure OpenAI (its `/openai/v1/` base URL), vLLM, Ollama, LM Studio and
speaches all speak this protocol. The SDK's own retries are off (`max_retries=0`):
`bot.providers.retry` is the only retry layer.
"""

import email.utils
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import openai

from bot.config import ProviderSettings
from bot.errors import ConfigError
from bot.providers import errors
from bot.providers.types import (
    ChatReply,
    ChatRequest,
    Health,
    Segment,
    TranscribeRequest,
    Transcript,
    Usage,
)

KIND = "openai"


class OpenAICompatible:
    kind = KIND

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name = name
        self.settings = settings
        self.capabilities = frozenset(c for c in settings.models if c != "ocr")
        self._client: openai.OpenAI | None = None

    def model_for(self, capability: str) -> str:
        return self.settings.models[capability]

    @property
    def client(self) -> openai.OpenAI:
        if self._client is None:
            key = (
                self.settings.api_key.require(f"providers.{self.name}.api_key")
                if self.settings.api_key
                else None
            )
            headers = {name: secret.value() or "" for name, secret in self.settings.headers.items()}
            self._client = openai.OpenAI(
                base_url=self.settings.base_url,
                api_key=key or "unused",
                default_headers=headers,
                timeout=openai.Timeout(self.settings.timeout_seconds, connect=10.0),
                max_retries=0,
            )
        return self._client

    def chat(self, request: ChatRequest) -> ChatReply:
        capability = "vision" if request.images else "chat"
        model = self.model_for(capability)
        with self._errors():
            completion = self.client.chat.completions.create(**_chat_arguments(model, request))
        if not completion.choices:
            raise errors.ServerFailed("the reply had no choices", provider=self.name)
        choice = completion.choices[0]
        if choice.finish_reason == "content_filter":
            raise errors.ContentRefused("finish_reason content_filter", provider=self.name)
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            raise errors.ContentRefused(f"refusal: {refusal}", provider=self.name)
        return ChatReply(
            text=choice.message.content or "",
            model=completion.model or model,
            usage=_usage(completion.usage, sum(image.tokens for image in request.images)),
        )

    def stream_chat(self, request: ChatRequest) -> Iterator[str | ChatReply]:
        """Text deltas as they arrive, then one `ChatReply` with the whole text and usage."""
        capability = "vision" if request.images else "chat"
        model = self.model_for(capability)
        pieces: list[str] = []
        usage = None
        with self._errors():
            stream = self.client.chat.completions.create(
                **_chat_arguments(model, request),
                stream=True,
                stream_options={"include_usage": True},
            )
            for chunk in stream:
                usage = chunk.usage or usage
                for choice in chunk.choices:
                    delta = choice.delta.content if choice.delta else None
                    if delta:
                        pieces.append(delta)
                        yield delta
        yield ChatReply(
            text="".join(pieces),
            model=model,
            usage=_usage(usage, sum(image.tokens for image in request.images)),
        )

    def transcribe(self, request: TranscribeRequest) -> Transcript:
        model = self.model_for("transcribe")
        arguments: dict[str, Any] = {"model": model, "response_format": "verbose_json"}
        if request.prompt:
            arguments["prompt"] = request.prompt
        with self._errors(), request.audio.open("rb") as audio:
            if request.translate:
                result = self.client.audio.translations.create(file=audio, **arguments)
            else:
                if request.language:
                    arguments["language"] = request.language
                result = self.client.audio.transcriptions.create(file=audio, **arguments)
        raw = result.model_dump() if hasattr(result, "model_dump") else dict(result)
        segments = tuple(
            Segment(float(s.get("start", 0)), float(s.get("end", 0)), str(s.get("text", "")))
            for s in raw.get("segments") or []
        )
        if not segments and raw.get("text"):
            segments = (Segment(0.0, float(raw.get("duration") or 0), raw["text"]),)
        return Transcript(
            segments=segments,
            language=language_code(raw.get("language")) or request.language,
            duration=float(raw.get("duration") or (segments[-1].end if segments else 0)),
            model=model,
            translated=request.translate,
        )

    def health(self) -> Health:
        try:
            with self._errors():
                listed = self.client.with_options(timeout=5.0).models.list()
                available = {model.id for model in listed}
        except errors.ProviderError as error:
            return Health(False, f"{type(error).__name__}: {error.detail}")
        except ConfigError as error:
            return Health(False, str(error))
        wanted = tuple(self.settings.models.values())
        missing = [model for model in wanted if available and model not in available]
        if missing:
            return Health(False, f"model(s) not offered: {', '.join(missing)}", wanted)
        return Health(True, f"reachable, {len(available)} models offered", wanted)

    def _errors(self) -> "_Translated":
        return _Translated(self.name)


def language_code(language: str | None) -> str | None:
    """OpenAI answers "english" where local Whisper and the rest of mmbot say "en"."""
    if not language:
        return None
    name = language.strip().lower().replace(" ", "_")
    return _WHISPER_CODES.get(name, name)


_WHISPER_LANGUAGES = """
af afrikaans am amharic ar arabic as assamese az azerbaijani ba bashkir be belarusian
bg bulgarian bn bengali bo tibetan br breton bs bosnian ca catalan cs czech cy welsh
da danish de german el greek en english es spanish et estonian eu basque fa persian
fi finnish fo faroese fr french gl galician gu gujarati ha hausa haw hawaiian he hebrew
hi hindi hr croatian ht haitian_creole hu hungarian hy armenian id indonesian is icelandic
it italian ja japanese jw javanese ka georgian kk kazakh km khmer kn kannada ko korean
la latin lb luxembourgish ln lingala lo lao lt lithuanian lv latvian mg malagasy mi maori
mk macedonian ml malayalam mn mongolian mr marathi ms malay mt maltese my myanmar
ne nepali nl dutch nn nynorsk no norwegian oc occitan pa punjabi pl polish ps pashto
pt portuguese ro romanian ru russian sa sanskrit sd sindhi si sinhala sk slovak
sl slovenian sn shona so somali sq albanian sr serbian su sundanese sv swedish sw swahili
ta tamil te telugu tg tajik th thai tk turkmen tl tagalog tr turkish tt tatar uk ukrainian
ur urdu uz uzbek vi vietnamese yi yiddish yo yoruba zh chinese yue cantonese
"""
_WORDS = _WHISPER_LANGUAGES.split()
_WHISPER_CODES = dict(zip(_WORDS[1::2], _WORDS[::2], strict=True))


def _chat_arguments(model: str, request: ChatRequest) -> dict[str, Any]:
    messages = [dict(message) for message in request.messages]
    if request.images:
        last = messages[-1]
        parts = [{"type": "text", "text": last.get("content") or ""}]
        parts += [
            {"type": "image_url", "image_url": {"url": image.data_url, "detail": image.detail}}
            for image in request.images
        ]
        messages[-1] = {**last, "content": parts}
    arguments: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
    }
    if request.schema is not None:
        arguments["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": request.schema_name, "schema": request.schema},
        }
    return arguments


def _usage(usage: Any, image_tokens: int) -> Usage:
    if usage is None:
        return Usage(image_tokens=image_tokens)
    return Usage(
        tokens_in=int(getattr(usage, "prompt_tokens", 0) or 0),
        tokens_out=int(getattr(usage, "completion_tokens", 0) or 0),
        image_tokens=image_tokens,
    )


class _Translated:
    """Turns the SDK's exceptions into `bot.providers.errors` classes."""

    def __init__(self, provider: str) -> None:
        self.provider = provider

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: BaseException | None, _traceback: Any) -> bool:
        if error is None or isinstance(error, errors.ProviderError):
            return False
        translated = translate_error(error, self.provider)
        if translated is None:
            return False
        raise translated from error


def translate_error(error: BaseException, provider: str) -> errors.ProviderError | None:
    if isinstance(error, openai.APITimeoutError | httpx.TimeoutException):
        return errors.TimedOut(f"timed out: {error}", provider=provider)
    if isinstance(error, openai.APIConnectionError | httpx.TransportError):
        return errors.ConnectionDropped(f"connection failed: {error}", provider=provider)
    if isinstance(error, openai.APIStatusError):
        return _from_status(error, provider)
    if isinstance(error, openai.APIResponseValidationError | ValueError):
        return errors.ServerFailed(f"unreadable reply: {error}", provider=provider)
    return None


def _from_status(error: openai.APIStatusError, provider: str) -> errors.ProviderError:
    status = error.status_code
    body = error.body if isinstance(error.body, dict) else {}
    code = str(body.get("code") or body.get("type") or "")
    message = str(body.get("message") or error.message)
    detail = f"HTTP {status}: {message}"[:500]
    if status == 429:
        wait = retry_after(error.response.headers)
        return errors.RateLimited(detail, retry_after=wait, provider=provider, status=status)
    if status in (408, 409) or status >= 500:
        return errors.ServerFailed(detail, provider=provider, status=status)
    if "content_policy" in code or "content_filter" in code or "safety" in code:
        return errors.ContentRefused(detail, provider=provider, status=status)
    if status == 400 and ("image" in code or "image" in message.lower()):
        return errors.InvalidImage(detail, provider=provider, status=status)
    if status in (401, 403):
        return errors.AuthFailed(detail, provider=provider, status=status)
    if status == 404:
        return errors.ModelNotFound(detail, provider=provider, status=status)
    return errors.BadRequest(detail, provider=provider, status=status)


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def retry_after(headers: httpx.Headers | dict[str, str]) -> float | None:
    """Seconds to wait from `retry-after-ms`, `retry-after` (seconds or an HTTP date) or
    OpenAI's `x-ratelimit-reset-requests` / `-tokens` (`1s`, `6m0s`, `20ms`)."""
    headers = httpx.Headers(headers)
    if value := headers.get("retry-after-ms"):
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    if value := headers.get("retry-after"):
        try:
            return max(0.0, float(value))
        except ValueError:
            moment = email.utils.parsedate_to_datetime(value) if value else None
            if moment is not None:
                return max(0.0, moment.timestamp() - time.time())
    resets = [
        _duration(value)
        for name in ("x-ratelimit-reset-requests", "x-ratelimit-reset-tokens")
        if (value := headers.get(name))
    ]
    resets = [seconds for seconds in resets if seconds is not None]
    return max(resets) if resets else None


def _duration(text: str) -> float | None:
    parts = _DURATION_PART.findall(text.strip())
    if not parts:
        try:
            return float(text)
        except ValueError:
            return None
    return sum(float(number) * _UNIT_SECONDS[unit] for number, unit in parts)
