"""Shared fixtures: a database per test, small real media files, and an external plugin
installed the way pip installs one (a module plus a dist-info folder with entry points)."""

import io
import os
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from bot.plugins import get_registry
from bot.workdirs import remove_all
from storage.db import open_database
from tests import pg_server
from tests.plugin_site import install_plugin

pytest_plugins = ["tests.secret_scan"]  # fails the run if a sandbox secret leaks anywhere

PLUGIN_MODULE = """
import hashlib
import time
from bot.hookspecs import hookimpl
from bot.skills import Attachment, Option, Result, Skill
from bot.errors import SkillError


class Fingerprint(Skill):
    name = "fingerprint"
    description = "Digests of each file"
    media = frozenset({"image", "pdf", "audio", "video"})
    max_files = 3
    options = (
        Option("algorithm", str, "sha256", "digest to use", choices=("sha256", "md5")),
        Option("upper", bool, False, "upper-case hex"),
        Option("fail", bool, False, "fail on purpose"),
        Option("sleep", float, 0.0, "seconds of pretend work, reported as progress"),
        Option("ask", bool, False, "ask the chat model about the files"),
    )

    def run(self, ctx):
        if ctx.options["fail"]:
            raise SkillError("asked to fail; mail ann@example.com for help")
        steps = int(ctx.options["sleep"] * 10)
        for step in range(steps):
            time.sleep(0.1)
            ctx.progress(step / steps, "pretending to work")
        answer = ctx.models.chat("what are these?").text if ctx.options["ask"] else None
        digests = {}
        for index, file in enumerate(ctx.files):
            digest = hashlib.new(ctx.options["algorithm"], file.path.read_bytes()).hexdigest()
            digests[file.name] = digest.upper() if ctx.options["upper"] else digest
            ctx.progress((index + 1) / len(ctx.files), file.name)
        report = ctx.workdir / "digests.txt"
        report.write_text("\\n".join(f"{d}  {n}" for n, d in digests.items()))
        return Result(
            text=f"{len(digests)} file(s) fingerprinted" + (f": {ctx.prompt}" if ctx.prompt else "") + (f" ({answer})" if answer else ""),
            data={"digests": digests, "kinds": [f.kind for f in ctx.files]},
            attachments=[Attachment(report, "digests", "text/plain")],
            warnings=["fingerprints are not signatures"],
        )


@hookimpl
def register_skills(register):
    register(Fingerprint())


@hookimpl
def register_providers(register):
    register("echo", lambda name, settings: name)
"""


def install_fake_plugin(site: Path) -> Path:
    """Write the `mmbot-fingerprint` distribution into `site`, as pip would."""
    install_plugin(site, "fingerprint", PLUGIN_MODULE, version="0.3")
    return site


@pytest.fixture(scope="session")
def _model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache directory for the session, so the joined whisper base model is built once."""
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(autouse=True)
def _isolated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _model_cache: Path
) -> Iterator[None]:
    """Each test runs in its own folder, with its own database and a fresh plugin registry;
    the job folders' roots the bot made for its databases in the system's temporary folder
    go with it."""
    database = str(tmp_path / "mmbot.db")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MMBOT_CACHE_DIR", str(_model_cache))
    monkeypatch.setenv("MMBOT_DB", database)
    monkeypatch.delenv("MMBOT_CONFIG", raising=False)
    monkeypatch.delenv("MMBOT_LOAD_PLUGINS", raising=False)
    get_registry.cache_clear()
    yield
    get_registry.cache_clear()
    for used in {database, *(str(path) for path in tmp_path.rglob("*.db"))}:
        remove_all(used)


@pytest.fixture
def fake_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = install_fake_plugin(tmp_path / "site")
    monkeypatch.syspath_prepend(str(site))
    yield site
    sys.modules.pop("mmbot_fingerprint", None)


@pytest.fixture
def db(tmp_path: Path):
    return open_database(tmp_path / "test.db")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for this session (its admin database)."""
    if url := os.environ.get(pg_server.ENV_URL):
        yield url
        return
    server = pg_server.Server().start()
    yield server.url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store test keeps its data: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return pg_server.new_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def any_db(location: str):
    """The store tests' database, on each backend in turn."""
    return open_database(location)


@pytest.fixture
def png(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    Image.new("RGB", (32, 24), (200, 30, 30)).save(path)
    return path


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    path = tmp_path / "tone.wav"
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x10" * 8000)
    path.write_bytes(buffer.getvalue())
    return path
