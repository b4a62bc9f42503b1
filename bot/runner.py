"""Running one skill on local files: the code path shared by `mmbot run` and Slack jobs.

It checks the files against what the skill accepts, runs it, checks what it
returned, and writes the audit row and the stored result.
"""

import errno
import json
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.errors import InputError, SkillError, UserFacingError
from bot.media.sniff import sniff
from bot.providers import Router
from bot.skills import InputFile, JobContext, Progress, Result, Skill
from storage.audit import AuditLog
from storage.clock import now_text
from storage.db import AnyDatabase, writing
from storage.redact import redact, redact_value

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Who:
    """Where a run comes from, for the audit log; all empty on the command line."""

    user: str | None = None
    channel: str | None = None
    team: str | None = None
    job_id: int | None = None


def input_files(paths: Sequence[Path], names: Sequence[str] | None = None) -> list[InputFile]:
    files = []
    for index, path in enumerate(paths):
        name = names[index] if names else path.name
        sniffed = sniff(path, name)
        files.append(InputFile(path, name, sniffed.kind, sniffed.mime, path.stat().st_size))
    return files


def refused(db: AnyDatabase, skill: str | None, reason: str, who: Who = Who()) -> None:
    """Audit files turned away before any skill could run (empty, of no known type)."""
    _audit_run(AuditLog(db), skill, who, None, "failed", reason)


def check_files(skill: Skill, files: Sequence[InputFile]) -> None:
    count = len(files)
    if count < skill.min_files:
        raise InputError(f"{skill.name} needs at least {_files(skill.min_files)}, got {count}")
    if count > skill.max_files:
        raise InputError(f"{skill.name} takes at most {_files(skill.max_files)}, got {count}")
    for file in files:
        if file.kind not in skill.media:
            accepted = " or ".join(sorted(skill.media))
            raise InputError(f"{skill.name} takes {accepted} files; {file.name} is {file.kind}")


# No space left, over quota, or over the process's file size limit: all "no room to write".
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def run_skill(
    skill: Skill,
    files: Sequence[InputFile],
    *,
    options: Mapping[str, Any],
    prompt: str | None,
    settings: Settings,
    db: AnyDatabase,
    workdir: Path,
    progress: Progress | None = None,
    who: Who = Who(),
    models: Router | None = None,
) -> Result:
    """Run `skill`; a `UserFacingError` says why it could not, and is audited either way."""
    audit = AuditLog(db)
    started = time.perf_counter()
    try:
        check_files(skill, files)
        workdir.mkdir(parents=True, exist_ok=True)
        ctx = JobContext(
            files=list(files),
            options=dict(options),
            prompt=prompt,
            settings=settings,
            audit=audit,
            workdir=workdir,
            user=who.user,
            channel=who.channel,
            job_id=who.job_id,
            models=models or Router(settings, db=db),
        )
        if progress is not None:
            ctx.progress = progress
        result = skill.run(ctx)
        _check_result(skill, result)
    except UserFacingError as error:
        _audit_run(audit, skill.name, who, started, "failed", str(error))
        raise
    except Exception as error:
        _audit_run(audit, skill.name, who, started, "error", f"{type(error).__name__}: {error}")
        if isinstance(error, OSError) and error.errno in _NO_ROOM:
            log.error("skill %s: no room to write (%s)", skill.name, error)
            raise SkillError(
                f"{skill.name} stopped: mmbot's server ran out of disk space while writing its "
                "output; an admin should free some space, then try again"
            ) from error
        log.exception("skill %s failed", skill.name)
        raise SkillError(f"{skill.name} failed unexpectedly ({type(error).__name__})") from error
    _audit_run(audit, skill.name, who, started, "ok", _first_line(result.text))
    _store_result(db, skill, who, result)
    return result


def _check_result(skill: Skill, result: Any) -> None:
    if not isinstance(result, Result):
        raise TypeError(f"{skill.name}.run returned {type(result).__name__}, not Result")
    json.dumps(result.data)
    for attachment in result.attachments:
        if not Path(attachment.path).is_file():
            raise TypeError(f"{skill.name} attached {attachment.path}, which does not exist")


def _audit_run(
    audit: AuditLog,
    skill: str | None,
    who: Who,
    started: float | None,
    status: str,
    detail: str,
) -> None:
    audit.record(
        action="skill.run",
        status=status,
        skill=skill,
        user=who.user,
        channel=who.channel,
        team=who.team,
        job_id=who.job_id,
        latency_ms=None if started is None else round((time.perf_counter() - started) * 1000, 1),
        detail=detail,
    )


def _store_result(db: AnyDatabase, skill: Skill, who: Who, result: Result) -> None:
    """One row per job: a job resumed after a crash replaces what its first attempt stored."""
    with writing(db):
        if who.job_id is not None:
            db.execute("delete from results where job_id = ?", [who.job_id])
        db.insert_row(
            "results",
            {
                "job_id": who.job_id,
                "ts": now_text(),
                "team": who.team,
                "channel": who.channel,
                "user": who.user,
                "skill": skill.name,
                "summary": redact(_first_line(result.text)),
                "data": json.dumps(redact_value(result.data), ensure_ascii=False),
            }
        )


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:500] if text.strip() else ""


def _files(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"
