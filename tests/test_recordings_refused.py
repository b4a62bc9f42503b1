"""Recordings that cannot be used: each is refused before any heavy work, in one plain
line, with an audit row, and leaves nothing behind."""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot.media.audio import SAMPLE_RATE, write_wav
from storage.audit import AuditLog
from storage.db import open_database
from tests.media_factory import Slide, claims_ten_hours, slides_video, truncated
from tests.test_cli import run_main


def half_a_video(folder: Path) -> Path:
    whole = slides_video(folder / "whole.mp4", [Slide("Agenda", 3)], audio_freq=440)
    return truncated(whole, folder / "call.mp4")


def silent_deck(folder: Path) -> Path:
    return slides_video(folder / "deck.mp4", [Slide("Agenda", 3)])


def hum(folder: Path) -> Path:
    return write_wav(np.zeros(SAMPLE_RATE * 4, np.float32), folder / "hum.wav")


def empty(folder: Path) -> Path:
    path = folder / "memo.m4a"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("skill", "make", "reason"),
    [
        ("meeting", half_a_video, "call.mp4 cannot be read as audio or video"),
        ("translate", lambda folder: claims_ten_hours(folder / "long.mka"), "long.mka lasts 10:00:00, longer than the 4:00:00 allowed (setting media.max_minutes)"),
        ("translate", silent_deck, "deck.mp4 has no audio track"),
        ("meeting", hum, "no speech found in hum.wav"),
        ("translate", hum, "no speech found in hum.wav"),
        ("translate", empty, "memo.m4a is empty (0 bytes)"),
    ],
    ids=["truncated video", "ten hours claimed", "no sound", "meeting of silence", "memo of silence", "zero bytes"],
)
def test_an_unusable_recording_is_refused_plainly_and_audited(
    skill: str,
    make: Callable[[Path], Path],
    reason: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = make(tmp_path)
    code, out, err = run_main(monkeypatch, capsys, "run", str(path), "--skill", skill)
    assert code == 1 and out == ""
    assert err.startswith(f"mmbot: {reason}") and err.count("\n") == 1
    audited = [
        row
        for row in AuditLog(open_database(tmp_path / "mmbot.db")).recent()
        if row["action"] == "skill.run"
    ]
    assert [(row["skill"], row["status"]) for row in audited] == [(skill, "failed")]
    assert audited[0]["detail"].startswith(reason)
    assert not list((tmp_path / "mmbot-output").rglob("*"))
