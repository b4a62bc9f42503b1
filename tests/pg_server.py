"""A throwaway PostgreSQL server for the tests: its own data folder, a free port on
loopback, stopped at the end. `MMBOT_TEST_POSTGRES` (a URL) uses a server already
running instead.

The server's binaries come from Debian's `postgresql` package where it is installed
(`.ci/run` installs it), else from the `pgserver` wheel of the test extra. PostgreSQL
refuses to run as root, so under root the server runs as the `postgres` user.
"""

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

ENV_URL = "MMBOT_TEST_POSTGRES"
_names = itertools.count()


def binaries() -> Path:
    """Debian's server binaries where installed, else those in the `pgserver` wheel."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    try:
        import pgserver
    except ImportError:
        raise RuntimeError(
            "the PostgreSQL tests need a server's binaries: install the test extra"
            " (pgserver) or Debian's `postgresql`, or set MMBOT_TEST_POSTGRES to a server's URL"
        ) from None
    return Path(pgserver.__file__).parent / "pginstall" / "bin"


class Server:
    """A server in a folder of its own under the system's temporary folder (whose every
    parent the `postgres` user can pass through, unlike pytest's private folders)."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="mmbot-postgres-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self._owner = _server_user()

    def start(self) -> "Server":
        if self._owner is not None:
            os.chown(self.base, self._owner.pw_uid, self._owner.pw_gid)
        bin_dir = binaries()
        self._run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale",
                "C",
            ]
        )
        options = (
            f"-p {self.port} -h 127.0.0.1 -k {self.base} -c fsync=off -c full_page_writes=off"
            " -c synchronous_commit=off -c max_connections=300"
        )
        self._run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-w",
                "-l",
                str(self.base / "server.log"),
                "start",
            ]
        )
        return self

    def stop(self) -> None:
        self._run([str(binaries() / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        shutil.rmtree(self.base, ignore_errors=True)

    def _run(self, command: list[str]) -> None:
        if self._owner is not None:
            command = ["runuser", "-u", self._owner.pw_name, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{command[-1]} failed: {done.stderr.strip() or done.stdout}")


def new_database(admin_url: str) -> str:
    """A fresh, empty database on the server; its URL."""
    name = f"mmbot_{os.getpid()}_{next(_names)}_{time.monotonic_ns() % 100000}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def _server_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    return pwd.getpwnam("postgres")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
