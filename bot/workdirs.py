"""Where jobs keep their files while they run, and clearing what dead workers left.

Each job gets a folder named after the job and the worker process, under a root of
its own for each database, in the system's temporary directory. A worker killed
mid-job cannot clean up after itself; the supervisor's sweep removes every folder
whose process is gone, at start-up and then regularly.
"""

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

_FOLDER = re.compile(r"^job(\d+)-pid(\d+)$")


def root_for(db_path: str) -> Path:
    digest = hashlib.sha256(os.path.abspath(db_path).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"mmbot-{digest}"


def metrics_dir(db_path: str) -> Path:
    """Prometheus' multiprocess files for the bot on this database: beside the job folders'
    root rather than in it, so the sweep of orphaned job folders leaves it alone."""
    root = root_for(db_path)
    return root.with_name(f"{root.name}-metrics")


def job_folder(db_path: str, job_id: int) -> Path:
    folder = root_for(db_path) / f"job{job_id}-pid{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def remove_all(db_path: str) -> None:
    """Delete the job folders' root and the metrics folder of a database that is gone (a
    throwaway one: the demo's, a test's)."""
    for folder in (root_for(db_path), metrics_dir(db_path)):
        shutil.rmtree(folder, ignore_errors=True)


def remove_orphans(db_path: str) -> list[Path]:
    """Delete the folders of worker processes that no longer exist; the ones deleted."""
    root = root_for(db_path)
    removed = []
    for folder in root.iterdir() if root.is_dir() else ():
        found = _FOLDER.match(folder.name)
        if found is None or not _alive(int(found[2])):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
