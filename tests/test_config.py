"""Configuration: offline defaults, strict validation, secrets by reference."""

import re
import tomllib
from pathlib import Path

import pytest

from bot.config import Settings, load_settings, parse_settings
from bot.errors import ConfigError
from bot.secrets import Secret

REPO = Path(__file__).resolve().parents[1]


def test_no_file_means_offline_defaults(tmp_path, monkeypatch):
    settings = load_settings()
    assert settings.routing.transcribe == ["local-whisper"]
    assert settings.routing.ocr == ["local-ocr"]
    assert settings.routing.vision == settings.routing.chat == []
    assert {p.kind for p in settings.providers.values()} == {"local-whisper", "local-ocr"}
    assert settings.storage.resolved_path == tmp_path / "mmbot.db"
    monkeypatch.delenv("MMBOT_DB")
    assert settings.storage.resolved_path == Path("mmbot.db")


def test_example_config_is_valid_and_documents_every_setting():
    text = (REPO / "config.example.toml").read_text()
    settings = parse_settings(tomllib.loads(text), "config.example.toml")
    assert "openai" in settings.providers
    uncommented = "\n".join(line.lstrip("# ") for line in text.splitlines())

    def keys(model: type, prefix: str) -> list[str]:
        found = []
        for name, field in model.model_fields.items():
            found.append(f"{prefix}{name}")
            annotation = field.annotation
            if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
                found += keys(annotation, f"{prefix}{name}.")
        return found

    for key in keys(Settings, ""):
        assert f"{key.split('.')[-1]} =" in uncommented or f"[{key}" in uncommented, key
    from bot.config import ChannelSettings, DigestSettings, ProviderSettings

    for model in (ProviderSettings, ChannelSettings, DigestSettings):
        for name in model.model_fields:
            assert f"{name} =" in uncommented or f".{name}]" in uncommented, (model.__name__, name)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"slack": {"mode": "carrier-pigeon"}}, "slack.mode: Input should be 'socket' or 'http'"),
        (
            {"slack": {"http_port": 70000}},
            "slack.http_port: Input should be less than or equal to 65535",
        ),
        ({"slak": {}}, "slak: unknown setting"),
        (
            {"storage": {"retention_days": "30"}},
            "storage.retention_days: Input should be a valid integer",
        ),
        ({"routing": {"chat": ["gpt"]}}, "routing.chat names provider 'gpt', which is not defined"),
        (
            {"providers": {"gpt": {"base_url": "x"}}},
            "providers.gpt.kind: required setting is missing",
        ),
        (
            {"channels": {"C1": {"auto": {"spreadsheet": "invoice"}}}},
            "channels.C1.auto.spreadsheet",
        ),
        (
            {"digests": [{"channel": "C1", "schedule": "at nine"}]},
            "digests.0.schedule: not a crontab",
        ),
        ({"slack": {"api_url": "ftp://x"}}, "slack.api_url: must start with https://"),
    ],
)
def test_errors_name_the_key(data, message):
    with pytest.raises(ConfigError) as caught:
        parse_settings(data, "mmbot.toml")
    assert str(caught.value).startswith("mmbot.toml: ")
    assert message in str(caught.value)


def test_settings_are_immutable():
    settings = Settings()
    with pytest.raises(ValueError):
        settings.slack.mode = "http"  # type: ignore[misc]


def test_secrets_resolve_lazily_and_never_print(monkeypatch, tmp_path):
    secret = Secret("env:TEST_TOKEN")
    assert secret.value() is None
    with pytest.raises(
        ConfigError, match=re.escape("slack.bot_token is not set: it reads env:TEST_TOKEN")
    ):
        secret.require("slack.bot_token")
    monkeypatch.setenv("TEST_TOKEN", "xoxb-very-secret")
    assert secret.require("slack.bot_token") == "xoxb-very-secret"
    assert "very-secret" not in f"{secret} {secret!r} {secret.masked()}"
    file_secret = tmp_path / "s"
    file_secret.write_text("from-a-file\n")
    assert Secret(f"file:{file_secret}").value() == "from-a-file"
    settings = parse_settings({"slack": {"bot_token": "env:TEST_TOKEN"}})
    assert "very-secret" not in repr(settings) + str(settings.model_dump())


def test_config_file_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "elsewhere.toml"
    path.write_text("[jobs]\nworkers = 5\n")
    monkeypatch.setenv("MMBOT_CONFIG", str(path))
    assert load_settings().jobs.workers == 5
    monkeypatch.setenv("MMBOT_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match=re.escape("does not exist")):
        load_settings()


def test_invalid_toml_is_reported_with_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[slack\n")
    with pytest.raises(ConfigError, match=re.escape("broken.toml is not valid TOML")):
        load_settings(path)
