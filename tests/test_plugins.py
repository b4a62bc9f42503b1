"""Plugins: an external plugin installed through an entry point registers and runs."""

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.plugins import LOAD_ENV, get_registry
from tests.conftest import install_fake_plugin

REPO = Path(__file__).resolve().parents[1]


def _mmbot(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_entry_point_plugin_registers_and_runs_in_a_fresh_process(tmp_path: Path, png: Path):
    site = install_fake_plugin(tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(REPO)])}
    env.pop(LOAD_ENV, None)

    listing = _mmbot("plugins", "--json", env=env, cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    registry = json.loads(listing.stdout)
    assert {"name": "fingerprint", "source": "mmbot-fingerprint 0.3"} in [
        {k: p[k] for k in ("name", "source")} for p in registry["plugins"]
    ]
    assert "fingerprint" in [s["name"] for s in registry["skills"]]
    assert {"kind": "echo", "plugin": "fingerprint"} in registry["provider_kinds"]
    assert {"kind": "local-whisper", "plugin": "plugins.providers"} in registry["provider_kinds"]

    ran = _mmbot(
        "run",
        str(png),
        "--skill",
        "fingerprint",
        "-o",
        "algorithm=md5",
        "--json",
        env=env,
        cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stderr
    out = json.loads(ran.stdout)
    assert out["skill"] == "fingerprint"
    assert out["data"]["kinds"] == ["image"]
    assert len(out["data"]["digests"]["photo.png"]) == 32


def test_load_plugins_variable_restricts_external_plugins(fake_plugin: Path, monkeypatch):
    monkeypatch.setenv(LOAD_ENV, "some-other-plugin")
    assert "fingerprint" not in get_registry().skills
    get_registry.cache_clear()
    monkeypatch.setenv(LOAD_ENV, "mmbot-fingerprint")
    assert "fingerprint" in get_registry().skills


def test_registry_names_where_each_skill_came_from(fake_plugin: Path):
    registry = get_registry()
    skill, plugin = registry.skills["fingerprint"]
    assert plugin == "fingerprint"
    assert skill.max_files == 3
    info = {p.name: p for p in registry.plugins}["fingerprint"]
    assert info.source == "mmbot-fingerprint 0.3"
    assert info.hooks == ("register_providers", "register_skills")


def test_broken_plugin_is_skipped_not_fatal(tmp_path: Path, monkeypatch):
    site = tmp_path / "broken"
    dist = site / "mmbot_broken-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: mmbot-broken\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[mmbot]\nbroken = mmbot_broken_missing_module\n")
    monkeypatch.syspath_prepend(str(site))
    registry = get_registry()
    assert "broken" not in [p.name for p in registry.plugins]
