"""Running a skill on local files as a job would, keeping the progress texts it reports."""

from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.runner import Who, input_files, run_skill
from bot.skills import Result, Skill


def run_with_progress(
    skill: Skill,
    path: Path,
    settings: Settings,
    db: Any,
    tmp_path: Path,
    *,
    who: Who | None = None,
    **options: str,
) -> tuple[Result, list[str]]:
    progress: list[str] = []
    result = run_skill(
        skill,
        input_files([path]),
        options=skill.parse_options(options),
        prompt=None,
        settings=settings,
        db=db,
        workdir=tmp_path / "out",
        progress=lambda fraction, text: progress.append(text),
        who=who or Who(),
    )
    return result, progress
