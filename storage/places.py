"""Where mmbot keeps files that are not the database: caches of model files."""

import os
from pathlib import Path


def cache_dir() -> Path:
    """`MMBOT_CACHE_DIR`, else `$XDG_CACHE_HOME/mmbot`, else `~/.cache/mmbot`."""
    if configured := os.environ.get("MMBOT_CACHE_DIR"):
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mmbot"
