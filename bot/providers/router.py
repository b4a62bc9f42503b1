"""One way to every model: fallback chains, cooldowns, limits, retries, cache, accounting.

Skills call `Router.chat`, `vision`, `stream_chat`, `transcribe` or `ocr`. For
each capability `[routing]` names the providers to try in order. A provider
that fails with a retryable error after its retries, or that is misconfigured,
hands the call to the next; one that fails `allowed_fails` calls in a row rests
for `cooldown_seconds` (LiteLLM Router's model), tried again before that only when
every other provider has failed too. Input problems (a bad request,
a refused or unreadable image) are not retried elsewhere. Every call, cache hits
included, writes one audit row through the redacting audit log.
"""

import dataclasses
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import jsonschema
from sqlite_utils import Database

from bot import metrics
from bot.config import Settings
from bot.errors import ConfigError
from bot.plugins import Registry, get_registry
from bot.providers import errors
from bot.providers.accounting import cost_usd, estimate_tokens
from bot.providers.cache import ResultCache, cache_key
from bot.providers.images import prepare_images
from bot.providers.limiter import Limits, RateLimiter
from bot.providers.retry import Attempts, RetryPolicy, call_with_retries
from bot.providers.types import (
    ChatReply,
    ChatRequest,
    Detail,
    Health,
    OcrLine,
    OcrResult,
    TranscribeRequest,
    Transcript,
    Usage,
)
from storage.audit import AuditLog

T = TypeVar("T")
DEFAULT_PAUSE_SECONDS = 1.0

#: Failures that say the provider, not the input, is at fault: the next provider may do better.
_PROVIDER_FAULTS = (errors.AuthFailed, errors.ModelNotFound, errors.NotConfigured)


@dataclass(frozen=True)
class CallContext:
    """Who a call is for, for the audit row and the cache key."""

    skill: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    user: str | None = None
    channel: str | None = None
    team: str | None = None
    job_id: int | None = None


@dataclass
class _ProviderState:
    provider: Any = None
    broken: errors.ProviderError | None = None
    limiter: RateLimiter | None = None
    failures: int = 0
    cooling_until: float = 0.0


class Router:
    def __init__(
        self,
        settings: Settings,
        *,
        db: Database | None = None,
        registry: Registry | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        limiter_factory: Callable[[str, Limits], Any] | None = None,
    ) -> None:
        """`limiter_factory` makes each provider's limiter from its name and `Limits`
        (default: `RateLimiter`, this process's alone; workers keep the limits in the
        database, one budget for every process on every host: `SharedRateLimiter`)."""
        self.settings = settings
        self._limiter_factory = limiter_factory or (
            lambda name, limits: RateLimiter(limits, clock)
        )
        self._registry = registry or get_registry()
        self._clock = clock
        self._sleep = sleep
        self._db_lock = threading.Lock()
        self._audit = AuditLog(db) if db is not None else None
        self._cache = (
            ResultCache(db, settings.cache.ttl_hours)
            if db is not None and settings.cache.enabled
            else None
        )
        self._states: dict[str, _ProviderState] = {}
        self._states_lock = threading.Lock()

    # -- what skills call -------------------------------------------------------------

    def available(self, capability: str) -> bool:
        return bool(self.settings.routing.chain(capability))

    def chat(
        self,
        messages: list[dict[str, Any]] | str,
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 1024,
        context: CallContext = CallContext(),
    ) -> ChatReply:
        request = ChatRequest(_messages(messages), schema=schema, max_tokens=max_tokens)
        return self._complete("chat", request, [], context)

    def vision(
        self,
        prompt: str,
        images: list[bytes],
        *,
        schema: dict[str, Any] | None = None,
        detail: Detail | None = None,
        max_tokens: int = 1024,
        system: str | None = None,
        context: CallContext = CallContext(),
    ) -> ChatReply:
        chain = self._chain("vision")
        first = self.settings.providers[chain[0]]
        prepared = prepare_images(images, detail or first.image_detail, first.max_image_tokens)
        messages = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": prompt}
        ]
        request = ChatRequest(
            tuple(messages), images=prepared, schema=schema, max_tokens=max_tokens
        )
        return self._complete("vision", request, images, context)

    def stream_chat(
        self,
        messages: list[dict[str, Any]] | str,
        *,
        max_tokens: int = 1024,
        context: CallContext = CallContext(),
    ) -> Iterator[str | ChatReply]:
        """Text as it arrives, then the whole `ChatReply`. Falls back only before the
        first piece of text: after that a failure is the caller's to report."""
        request = ChatRequest(_messages(messages), max_tokens=max_tokens)
        failures: list[tuple[str, errors.ProviderError]] = []
        for name, state in self._candidates("chat", failures):
            started, sent_any = time.monotonic(), False
            try:
                with state.limiter.acquire(_estimate(request)) as slot:
                    for piece in state.provider.stream_chat(request):
                        if isinstance(piece, ChatReply):
                            slot.settle(piece.usage.tokens_in + piece.usage.tokens_out)
                            self._succeeded(
                                name, "chat", piece.model, piece.usage, 1, started, context
                            )
                        else:
                            sent_any = True
                        yield piece
                return
            except errors.ProviderError as error:
                self._failed(name, "chat", state, error, 1, started, context)
                if sent_any or not _falls_back(error):
                    raise
                failures.append((name, error))
        raise errors.AllProvidersFailed("chat", failures)

    def transcribe(
        self,
        audio: Path,
        *,
        language: str | None = None,
        translate: bool = False,
        prompt: str | None = None,
        progress: Callable[[float], None] | None = None,
        context: CallContext = CallContext(),
    ) -> Transcript:
        """`progress(seconds_done)` hears how far into `audio` the provider has got, as it
        goes: the local provider calls it per segment; a remote one does not call it."""
        request = TranscribeRequest(Path(audio), language, translate, prompt, progress)
        return self._route(
            "transcribe",
            lambda provider: provider.transcribe(request),
            estimate=0,
            inputs=[Path(audio), json.dumps([language, translate, prompt]).encode()],
            context=context,
            model_of=lambda provider: _model_name(provider, "transcribe", request),
        )

    def ocr(self, image: bytes, *, context: CallContext = CallContext()) -> OcrResult:
        return self._route(
            "ocr",
            lambda provider: provider.ocr(image),
            estimate=0,
            inputs=[image],
            context=context,
            model_of=lambda provider: _model_name(provider, "ocr"),
        )

    def read_lines(
        self, images: list[bytes], *, context: CallContext = CallContext()
    ) -> OcrResult:
        """Each image (one line of text cut from a page) read again, recognition only."""
        return self._route(
            "ocr",
            lambda provider: _read_lines(provider, images),
            estimate=0,
            inputs=[b"read_lines", *images],
            context=context,
            model_of=lambda provider: _model_name(provider, "ocr"),
        )

    def health(self) -> dict[str, tuple[frozenset[str], Health]]:
        """Each configured provider with its capabilities and whether it can serve."""
        report: dict[str, tuple[frozenset[str], Health]] = {}
        for name in self.settings.providers:
            state = self._state(name)
            if state.broken is not None:
                report[name] = (frozenset(), Health(False, str(state.broken.detail)))
                continue
            report[name] = (state.provider.capabilities, state.provider.health())
        return report

    # -- routing ----------------------------------------------------------------------

    def _complete(
        self, capability: str, request: ChatRequest, images: list[bytes], context: CallContext
    ) -> ChatReply:
        """A chat or vision call; with a schema the reply is parsed, validated and, when
        invalid, sent back once for repair."""
        inputs = [*images, json.dumps([request.messages, request.schema]).encode()]
        check = (lambda reply: _validated(reply, request.schema)) if request.schema else None

        def send(attempt: ChatRequest) -> ChatReply:
            return self._route(
                capability,
                lambda provider: provider.chat(attempt),
                estimate=_estimate(attempt),
                inputs=inputs,
                context=context,
                check=check,
            )

        try:
            return send(request)
        except errors.InvalidOutput as invalid:
            return send(_repair(request, invalid))

    def _route(
        self,
        capability: str,
        call: Callable[[Any], T],
        *,
        estimate: int,
        inputs: list[bytes | Path],
        context: CallContext,
        check: Callable[[T], T] | None = None,
        model_of: Callable[[Any], str] | None = None,
    ) -> T:
        failures: list[tuple[str, errors.ProviderError]] = []
        for name, state in self._candidates(capability, failures):
            model = model_of(state.provider) if model_of else state.provider.model_for(capability)
            key = cache_key(
                capability=capability,
                model=f"{name}/{model}",
                inputs=inputs,
                skill=context.skill,
                options=context.options,
            )
            if (hit := self._cached(key)) is not None:
                self._audit_row(name, capability, model, context, cache_hit=True, usage=Usage())
                return hit
            attempts, started = Attempts(), time.monotonic()
            try:
                result = call_with_retries(
                    lambda state=state: self._attempt(state, call, estimate),
                    RetryPolicy(max_retries=state.provider.settings.max_retries),
                    attempts,
                    self._sleep,
                )
                if check is not None:
                    result = check(result)
            except errors.ProviderError as error:
                self._failed(name, capability, state, error, attempts.count, started, context)
                if not _falls_back(error):
                    raise
                failures.append((name, error))
                continue
            usage = getattr(result, "usage", Usage())
            model = getattr(result, "model", model)
            self._succeeded(name, capability, model, usage, attempts.count, started, context)
            self._store(key, result, context, f"{name}/{model}")
            return result
        raise errors.AllProvidersFailed(capability, failures)

    def _attempt(self, state: _ProviderState, call: Callable[[Any], T], estimate: int) -> T:
        with state.limiter.acquire(estimate) as slot:
            try:
                result = call(state.provider)
            except errors.RateLimited as error:
                state.limiter.pause_for(error.retry_after or DEFAULT_PAUSE_SECONDS)
                raise
            except ConfigError as error:
                raise errors.NotConfigured(str(error), provider=state.provider.name) from None
            usage = getattr(result, "usage", None)
            if usage is not None:
                slot.settle(usage.tokens_in + usage.tokens_out)
            return result

    def _chain(self, capability: str) -> list[str]:
        chain = self.settings.routing.chain(capability)
        if not chain:
            raise errors.NotConfigured(
                f"no {capability} provider is configured: add one under [providers] and "
                f"name it in [routing] {capability} = [...]"
            )
        return chain

    def _candidates(
        self, capability: str, failures: list[tuple[str, errors.ProviderError]]
    ) -> Iterator[tuple[str, _ProviderState]]:
        """The chain's providers to try, in order; those cooling down come last, only when
        all the others have failed: a provider that has recovered then serves at once,
        rather than every call failing until its cooldown runs out."""
        resting = []
        for name in self._chain(capability):
            state = self._usable(name, capability, failures)
            if state is None:
                continue
            if state.cooling_until > self._clock():
                resting.append((name, state))
                continue
            yield name, state
        yield from resting

    def _usable(
        self, name: str, capability: str, failures: list[tuple[str, errors.ProviderError]]
    ) -> _ProviderState | None:
        state = self._state(name)
        if state.broken is not None:
            failures.append((name, state.broken))
            return None
        if capability not in state.provider.capabilities:
            failures.append(
                (name, errors.NotConfigured(f"{name} has no model for {capability}", provider=name))
            )
            return None
        return state

    def _state(self, name: str) -> _ProviderState:
        with self._states_lock:
            if name not in self._states:
                self._states[name] = self._new_state(name)
            return self._states[name]

    def _new_state(self, name: str) -> _ProviderState:
        settings = self.settings.providers[name]
        kinds = self._registry.provider_kinds
        if settings.kind not in kinds:
            known = ", ".join(sorted(kinds)) or "none"
            return _ProviderState(
                broken=errors.NotConfigured(
                    f"providers.{name}.kind: no provider kind {settings.kind!r} "
                    f"(installed: {known})",
                    provider=name,
                )
            )
        try:
            provider = kinds[settings.kind][0](name, settings)
        except ConfigError as error:
            return _ProviderState(broken=errors.NotConfigured(str(error), provider=name))
        limits = Limits(
            settings.requests_per_minute, settings.tokens_per_minute, settings.max_in_flight
        )
        return _ProviderState(provider=provider, limiter=self._limiter_factory(name, limits))

    def _succeeded(self, name, capability, model, usage, attempts, started, context) -> None:
        state = self._state(name)
        state.failures = 0
        settings = self.settings.providers[name]
        self._audit_row(
            name,
            capability,
            model,
            context,
            usage=usage,
            cost=cost_usd(settings, model, usage),
            latency_ms=(time.monotonic() - started) * 1000,
            attempts=attempts,
        )

    def _failed(self, name, capability, state, error, attempts, started, context) -> None:
        if _falls_back(error):
            state.failures += 1
            if state.failures >= state.provider.settings.allowed_fails:
                state.cooling_until = self._clock() + state.provider.settings.cooldown_seconds
                state.failures = 0
        self._audit_row(
            name,
            capability,
            _model_name(state.provider, capability),
            context,
            status="failed",
            latency_ms=(time.monotonic() - started) * 1000,
            attempts=attempts,
            detail=f"{type(error).__name__}: {error.detail}",
            error_class=type(error).__name__,
        )

    # -- storage ----------------------------------------------------------------------

    def _cached(self, key: str) -> Any:
        if self._cache is None:
            return None
        with self._db_lock:
            return self._cache.get(key)

    def _store(self, key: str, result: Any, context: CallContext, model: str) -> None:
        if self._cache is None or not hasattr(result, "__dataclass_fields__"):
            return
        with self._db_lock:
            self._cache.put(key, result, skill=context.skill, model=model, user=context.user)

    def _audit_row(
        self,
        provider: str,
        capability: str,
        model: str,
        context: CallContext,
        *,
        usage: Usage | None = None,
        status: str = "ok",
        cache_hit: bool = False,
        cost: float | None = None,
        latency_ms: float | None = None,
        attempts: int | None = None,
        detail: str | None = None,
        error_class: str | None = None,
    ) -> None:
        usage = usage or Usage()
        metrics.model_call(
            provider,
            capability,
            "cache_hit" if cache_hit else error_class or status,
            seconds=None if latency_ms is None else latency_ms / 1000,
            tokens_in=0 if cache_hit else usage.tokens_in,
            tokens_out=0 if cache_hit else usage.tokens_out,
            cost_usd=None if cache_hit else cost,
        )
        if self._audit is None:
            return
        with self._db_lock:
            self._audit.record(
                action="provider.call",
                status=status,
                team=context.team,
                channel=context.channel,
                user=context.user,
                skill=context.skill,
                job_id=context.job_id,
                provider=provider,
                model=model,
                capability=capability,
                tokens_in=usage.tokens_in,
                tokens_out=usage.tokens_out,
                image_tokens=usage.image_tokens,
                cost_usd=0.0 if cache_hit else cost,
                latency_ms=latency_ms,
                attempts=0 if cache_hit else attempts,
                cache_hit=cache_hit,
                detail=detail,
            )


def _messages(messages: list[dict[str, Any]] | str) -> tuple[dict[str, Any], ...]:
    if isinstance(messages, str):
        return ({"role": "user", "content": messages},)
    return tuple(messages)


def _estimate(request: ChatRequest) -> int:
    texts = [str(message.get("content") or "") for message in request.messages]
    return estimate_tokens(texts, sum(i.tokens for i in request.images), request.max_tokens)


def _falls_back(error: errors.ProviderError) -> bool:
    return error.retryable or isinstance(error, _PROVIDER_FAULTS)


def _read_lines(provider: Any, images: list[bytes]) -> OcrResult:
    """The provider's own recognition of single lines, or, for an OCR provider without
    one (a plugin's), its whole OCR of each image, the lines it finds joined."""
    if hasattr(provider, "read_lines"):
        return provider.read_lines(images)
    found: list[OcrLine] = []
    model = ""
    for image in images:
        reading = provider.ocr(image)
        model = reading.model
        text = " ".join(line.text for line in reading.lines)
        sure = min((line.confidence for line in reading.lines), default=0.0)
        found.append(OcrLine(text, (), sure))
    return OcrResult(tuple(found), model)


def _model_name(provider: Any, capability: str, request: Any = None) -> str:
    try:
        if request is not None:
            return provider.model_for(capability, request)
        return provider.model_for(capability)
    except (KeyError, TypeError):
        return "?"


def _validated(reply: ChatReply, schema: dict[str, Any] | None) -> ChatReply:
    text = _strip_fences(reply.text)
    try:
        data = json.loads(text)
        if schema is not None:
            jsonschema.validate(data, schema)
    except json.JSONDecodeError as error:
        raise errors.InvalidOutput(f"not JSON: {error}", output=reply.text) from None
    except jsonschema.ValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "top level"
        raise errors.InvalidOutput(f"{where}: {error.message}", output=reply.text) from None
    return dataclasses.replace(reply, data=data)


def _repair(request: ChatRequest, invalid: errors.InvalidOutput) -> ChatRequest:
    """The same request with the invalid reply and what is wrong with it, to fix once."""
    complaint = (
        f"That reply is not valid JSON for the schema ({invalid.detail}). "
        "Reply with the corrected JSON only."
    )
    return dataclasses.replace(
        request,
        messages=(
            *request.messages,
            {"role": "assistant", "content": invalid.output},
            {"role": "user", "content": complaint},
        ),
    )


def _strip_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text.strip()
