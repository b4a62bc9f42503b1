"""Typed, immutable settings loaded from a TOML file.

With no file the defaults are offline: local whisper for transcription, local
OCR, no vision or chat model, the database in `./mmbot.db` (or `$MMBOT_DB`).
Unknown keys and wrong types are errors that name the key. `config.example.toml`
documents every setting; a test keeps the two in step.
"""

import os
import tomllib
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PositiveFloat,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.errors import ConfigError
from bot.secrets import Secret
from storage import postgres
from storage.db import default_path
from storage.redact import redact

CONFIG_ENV = "MMBOT_CONFIG"
DEFAULT_CONFIG_FILE = "mmbot.toml"

Capability = Literal["vision", "chat", "transcribe", "ocr"]
CAPABILITIES: tuple[Capability, ...] = ("vision", "chat", "transcribe", "ocr")
MediaKind = Literal["image", "pdf", "audio", "video"]
DigestSection = Literal["invoices", "meetings", "usage"]

LOCAL_WHISPER = "local-whisper"
LOCAL_OCR = "local-ocr"


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class SlackSettings(_Settings):
    bot_token: Secret = Secret("env:SLACK_BOT_TOKEN")
    app_token: Secret = Secret("env:SLACK_APP_TOKEN")
    signing_secret: Secret = Secret("env:SLACK_SIGNING_SECRET")
    api_url: str = "https://slack.com/api/"
    mode: Literal["socket", "http"] = "socket"
    http_port: int = Field(3000, ge=1, le=65535)
    max_file_mb: float = Field(200, gt=0)
    recent_file_minutes: int = Field(60, ge=1)
    #: User ids allowed `/mm digest now`, `/mm settings` and cancelling anyone's job; when
    #: empty, Slack's workspace admins and owners (`users.info`) are.
    admins: list[str] = []

    @field_validator("admins")
    @classmethod
    def _user_ids(cls, value: list[str]) -> list[str]:
        for user in value:
            if user[:1] not in ("U", "W") or not user.isalnum() or not user.isupper():
                raise ValueError(f"{user!r} is not a Slack user id (like U012AB3CD)")
        return value

    @field_validator("api_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("must start with https:// (or http:// for a local sandbox)")
        return value if value.endswith("/") else value + "/"


class StorageSettings(_Settings):
    path: str | None = None
    #: `sqlite:///path/to/mmbot.db` (the default, as `path`) or
    #: `postgresql://user@host:5432/dbname` for many hosts sharing one server.
    url: str | None = None
    #: The PostgreSQL password, as a secret reference (`env:NAME`, `file:PATH`), never in `url`.
    password: Secret | None = None
    retention_days: int = Field(90, ge=1)
    #: Find names no label announces with the models (about 270 MB and 3 s to load per
    #: worker); off, only the fast structured redaction runs.
    name_models: bool = True

    @field_validator("url")
    @classmethod
    def _known_url(cls, url: str | None) -> str | None:
        if url is None:
            return None
        if not url.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        user_part, at, _ = url.split("://", 1)[1].rpartition("@")
        if url.startswith("postgres") and at and ":" in user_part:
            raise ValueError(
                "carries a password: put it in [storage] password as env:NAME or file:PATH"
            )
        return url

    @property
    def resolved_path(self) -> Path:
        if self.url and self.url.startswith("sqlite:///"):
            return Path(self.url.removeprefix("sqlite:///")).expanduser()
        return Path(self.path).expanduser() if self.path else default_path()

    @property
    def location(self) -> str:
        """Where the data lives: a PostgreSQL URL (without its password) or a file's path."""
        if self.url and not self.url.startswith("sqlite:///"):
            return self.url
        return str(self.resolved_path)

    def use_password(self) -> None:
        """Hand this process's connections the password (read from its reference now)."""
        postgres.use_password(self.password.value() if self.password else None)


class JobSettings(_Settings):
    workers: int = Field(2, ge=1, le=64)
    heartbeat_seconds: float = Field(10, gt=0)
    max_attempts: int = Field(3, ge=1)
    # skill name → minutes, overriding the skill's own `time_limit_minutes`
    time_limits: dict[str, PositiveFloat] = Field(default_factory=dict)
    max_worker_mb: int = Field(3072, ge=64)
    # on SIGTERM, how long running jobs may take to finish before they are put back
    grace_seconds: float = Field(60, ge=0)
    #: The skills this host's workers take (empty: all). A speech box says
    #: ["meeting", "translate"]; the other hosts then leave those jobs to it.
    skills: list[str] = Field(default_factory=list)

    def time_limit_minutes(self, skill: str, default: float) -> float:
        return self.time_limits.get(skill, default)


class MediaSettings(_Settings):
    """Limits and pacing for recordings (`translate`, `meeting`)."""

    max_minutes: float = Field(240, gt=0)
    frames_per_second: float = Field(1.0, gt=0, le=10)
    max_frames: int = Field(1800, ge=10)
    max_keyframes: int = Field(60, ge=1)
    chunk_minutes: float = Field(10, gt=0, le=13)


class Price(_Settings):
    """US dollars per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(0, ge=0)


class ProviderSettings(_Settings):
    kind: str
    base_url: str | None = None
    api_key: Secret | None = None
    models: dict[Capability, str] = {}
    headers: dict[str, Secret] = {}
    timeout_seconds: float = Field(60, gt=0)
    max_retries: int = Field(3, ge=0)
    requests_per_minute: int | None = Field(None, ge=1)
    tokens_per_minute: int | None = Field(None, ge=1)
    max_in_flight: int = Field(4, ge=1)
    allowed_fails: int = Field(3, ge=1)
    cooldown_seconds: float = Field(60, ge=0)
    prices: dict[str, Price] = {}
    image_detail: Literal["low", "high", "auto"] = "auto"
    max_image_tokens: int = Field(8000, ge=85)
    model_path: str | None = None
    options: dict[str, Any] = {}


class CacheSettings(_Settings):
    enabled: bool = True
    ttl_hours: float = Field(168, gt=0)


class RoutingSettings(_Settings):
    """Per capability, the providers to try in order."""

    vision: list[str] = []
    chat: list[str] = []
    transcribe: list[str] = [LOCAL_WHISPER]
    ocr: list[str] = [LOCAL_OCR]

    def chain(self, capability: Capability) -> list[str]:
        return list(getattr(self, capability))


class ChannelSettings(_Settings):
    auto: dict[MediaKind, str] = {}
    allowed_skills: list[str] | None = None
    options: dict[str, dict[str, Any]] = {}


class DigestSettings(_Settings):
    channel: str
    schedule: str = "0 9 * * mon-fri"
    timezone: str = "UTC"
    sections: list[DigestSection] = ["invoices", "meetings", "usage"]
    lookback_hours: int = Field(24, ge=1)

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value)
        except ValueError as error:
            raise ValueError(f"not a crontab expression ({error})") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("not a known time zone (try 'UTC' or 'Europe/Berlin')") from None
        return value


class LoggingSettings(_Settings):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["plain", "json"] = "plain"


class MetricsSettings(_Settings):
    """Prometheus `/metrics` (and, in Socket Mode, a side port for it and the health checks)."""

    enabled: bool = False
    # In Socket Mode only (HTTP mode serves them beside /slack/events): where the side port
    # for /healthz, /readyz and /metrics listens; 0 picks a free port.
    host: str = "127.0.0.1"
    port: int = Field(9464, ge=0, le=65535)
    # /readyz reports the queue stuck when its oldest job has waited this long while no job runs.
    stuck_queue_seconds: float = Field(300, gt=0)


def _default_providers() -> dict[str, ProviderSettings]:
    return {
        LOCAL_WHISPER: ProviderSettings(kind=LOCAL_WHISPER),
        LOCAL_OCR: ProviderSettings(kind=LOCAL_OCR),
    }


class Settings(_Settings):
    slack: SlackSettings = SlackSettings()
    storage: StorageSettings = StorageSettings()
    jobs: JobSettings = JobSettings()
    media: MediaSettings = MediaSettings()
    providers: dict[str, ProviderSettings] = Field(default_factory=dict, validate_default=True)
    routing: RoutingSettings = RoutingSettings()
    cache: CacheSettings = CacheSettings()
    channels: dict[str, ChannelSettings] = {}
    digests: list[DigestSettings] = []
    logging: LoggingSettings = LoggingSettings()
    metrics: MetricsSettings = MetricsSettings()

    @field_validator("providers")
    @classmethod
    def _with_local_engines(cls, value: dict[str, ProviderSettings]) -> dict[str, ProviderSettings]:
        """The local engines are always there under their own names unless redefined."""
        return {**_default_providers(), **value}

    @model_validator(mode="after")
    def _routes_name_providers(self) -> "Settings":
        for capability in CAPABILITIES:
            for name in self.routing.chain(capability):
                if name not in self.providers:
                    known = ", ".join(sorted(self.providers))
                    raise ValueError(
                        f"routing.{capability} names provider {name!r}, which is not defined "
                        f"(defined: {known}); add a [providers.{name}] table"
                    )
        return self


def load_settings(path: str | Path | None = None) -> Settings:
    """Settings from `path`, else `$MMBOT_CONFIG`, else `./mmbot.toml`, else the defaults."""
    source = _config_file(path)
    if source is None:
        return Settings()
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read {source}: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source} is not valid TOML: {error}") from None
    return parse_settings(data, source=str(source))


def parse_settings(data: dict[str, Any], source: str = "configuration") -> Settings:
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(_describe(problem) for problem in error.errors())
        raise ConfigError(redact(f"{source}: {problems}")) from None


def config_file_in_use(path: str | Path | None = None) -> Path | None:
    return _config_file(path)


def _config_file(path: str | Path | None) -> Path | None:
    if path is not None:
        path = Path(path).expanduser()
        if not path.is_file():
            raise ConfigError(f"configuration file {path} does not exist")
        return path
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return _config_file(from_env)
    local = Path(DEFAULT_CONFIG_FILE)
    return local if local.is_file() else None


def _describe(problem: Any) -> str:
    key = ".".join(
        str(part) for part in problem["loc"] if not str(part).startswith(("function-", "[key]"))
    )
    kind = problem["type"]
    if kind == "extra_forbidden":
        return f"{key}: unknown setting"
    if kind == "missing":
        return f"{key}: required setting is missing"
    message = problem["msg"].removeprefix("Value error, ")
    given = problem.get("input")
    if kind.endswith("_type") and not isinstance(given, dict | list):
        return f"{key or 'value'}: {message} (got {type(given).__name__} {given!r})"
    return f"{key}: {message}" if key else message
