"""The bot as its users run it: `mmbot serve --http` in a process group of its own (the
listener and its worker processes), for the tests that kill, starve or restart it."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import tomli_w

from bot.sandbox.slack_server import SlackSandbox

REPO = Path(__file__).resolve().parents[1]


class BotProcess:
    def __init__(
        self, workspace: SlackSandbox, folder: Path, settings: dict[str, Any], site: Path
    ) -> None:
        self.workspace = workspace
        self.folder = folder
        self.db_path = folder / "bot.db"
        self.tmp = folder / "tmp"
        self.tmp.mkdir(exist_ok=True)
        self.config = folder / "bot.toml"
        # The secrets stay out of the file: references to variables set for the process only.
        self._secrets = {
            "MMBOT_TEST_BOT_TOKEN": workspace.bot_token,
            "MMBOT_TEST_SIGNING_SECRET": workspace.signing_secret,
        }
        slack = workspace.slack_settings(
            mode="http",
            bot_token="env:MMBOT_TEST_BOT_TOKEN",
            signing_secret="env:MMBOT_TEST_SIGNING_SECRET",
        )
        self.config.write_text(tomli_w.dumps({**settings, "slack": slack}))
        self.site = site
        self.process: subprocess.Popen | None = None
        self.log = folder / "bot.log"

    @classmethod
    def answering(
        cls, workspace: SlackSandbox, folder: Path, site: Path, channel: str, **jobs: object
    ) -> "BotProcess":
        """A bot whose `channel` runs `fingerprint` on pictures, with `[jobs]` settings."""
        settings = {
            # These bots test queueing and failure, not redaction (test_redact_context does):
            # they skip the name models' load in each worker.
            "storage": {"name_models": False},
            "jobs": {"workers": 1, "heartbeat_seconds": 0.3, **jobs},
            "channels": {channel: {"auto": {"image": "fingerprint"}}},
        }
        return cls(workspace, folder, settings, site)

    def start(
        self, preexec: Callable[[], None] | None = None, role: str | None = None
    ) -> "BotProcess":
        """Start (or restart) the bot; `preexec` runs in the child before it starts (to set
        a resource limit, say). `role` "listener" or "workers" starts one half of a bot
        whose database other hosts share."""
        port = _free_port()
        only = [f"--{role}-only"] if role else []
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(self.site), str(REPO)]),
            "TMPDIR": str(self.tmp),
            **self._secrets,
        }
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bot",
                    "--config",
                    str(self.config),
                    "--db",
                    str(self.db_path),
                    "serve",
                    "--http",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    *only,
                ],
                env=env,
                stdout=log,
                stderr=log,
                start_new_session=True,
                preexec_fn=preexec,
            )
        if role != "workers":
            self.workspace.app_url = f"http://127.0.0.1:{port}/slack/events"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the bot exited: {self.log.read_text()[-2000:]}")
            if role == "workers" and self.workers():
                return self
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    return self
            time.sleep(0.1)
        raise RuntimeError("the bot did not start listening")

    def kill(self) -> None:
        """SIGKILL to the listener and every worker at once, as a power cut or the OOM
        killer would: nothing gets to clean up."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def workers(self) -> list[int]:
        """The worker processes' ids (children of the listener)."""
        assert self.process is not None
        children = psutil.Process(self.process.pid).children()
        return [child.pid for child in children if "resource_tracker" not in " ".join(child.cmdline())]

    def left_behind(self) -> list[Path]:
        """Files and job folders the bot left in its temporary directory. A folder the bot
        removes while it is walked is gone (`os.walk` passes over it; `Path.rglob` raised)."""
        found: list[Path] = []
        for folder, folders, files in os.walk(self.tmp):
            found += [Path(folder, name) for name in folders if name.startswith("job")]
            found += [Path(folder, name) for name in files]
        return sorted(found)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


_HOLD_THE_WRITE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("begin immediate")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("commit")
"""


def hold_write_lock(db_path: str | Path, seconds: float) -> subprocess.Popen:
    """Another process that takes the database's write lock and keeps it for `seconds`;
    returns once the lock is held (`.wait()` for the release)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_WRITE_LOCK, str(db_path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder
