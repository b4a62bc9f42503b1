"""From a Slack event to a job: which files, which skill, which words, and the key that
makes the job happen once.

Pure functions of the event and the settings: no network, no disk, so the listener
can ack within milliseconds. Files are described here only by what the event says;
the worker checks sizes, downloads and sniffs the real type.

One file drop sends two events, `message` (subtype `file_share`, with every file of
the drop) and `file_shared` (one per file, ids only). The job comes from the first
alone, so that three pictures dropped together make one `compare` job, not three;
`file_shared` is acknowledged and recorded, nothing more.

Events are read defensively: a field of an unexpected type counts as absent, and a file
without an id is left out, so that no event shape can make these functions raise.
"""

import re
from typing import Any

from bot.config import Settings
from bot.jobs import JobSpec

_MENTION = re.compile(r"<@[A-Z0-9]+>")
_FILE_FIELDS = (
    "id",
    "name",
    "mimetype",
    "filetype",
    "size",
    "url_private_download",
    "url_private",
    "file_access",
    "mode",
)


def ignorable(event: dict[str, Any], bot_user: str | None, bot_id: str | None) -> bool:
    """The bot's own messages, edits (our progress updates echo back as `message_changed`),
    deletions and other subtypes that never make work."""
    if event.get("bot_id") and event.get("bot_id") == bot_id:
        return True
    if bot_user and event.get("user") == bot_user:
        return True
    return event.get("subtype") not in (None, "file_share", "thread_broadcast")


def drop_spec(event: dict[str, Any], team: str | None, settings: Settings) -> JobSpec | None:
    """The job for a file drop, or None when the channel runs nothing by itself."""
    files = event_files(event)
    if not files:
        return None
    channel = _text(event, "channel")
    channel_settings = settings.channels.get(channel or "")
    if channel_settings is not None and channel_settings.allowed_skills == []:
        return None
    words = _text(event, "text") or ""
    skill = _named_skill(words)
    ids = ",".join(sorted(f["id"] for f in files))
    return JobSpec(
        dedup_key=f"file:{channel}:{ids}:{skill or 'auto'}",
        skill=skill,
        source="file_share",
        team=team if isinstance(team, str) else None,
        channel=channel,
        thread_ts=_text(event, "thread_ts") or _text(event, "ts"),
        message_ts=_text(event, "ts"),
        user=_text(event, "user"),
        files=files,
        prompt=_rest(words, skill),
    )


def mention_spec(event: dict[str, Any], team: str | None, settings: Settings) -> JobSpec:
    """`@mmbot translate to=zh`: on the files of the mention itself, else of the thread it
    is in, else the user's latest files in the channel (the worker looks them up)."""
    words = _MENTION.sub("", _text(event, "text") or "").strip()
    skill = _named_skill(words)
    channel = _text(event, "channel")
    return JobSpec(
        dedup_key=f"mention:{channel}:{_text(event, 'ts')}",
        skill=skill,
        source="mention",
        team=team if isinstance(team, str) else None,
        channel=channel,
        thread_ts=_text(event, "thread_ts") or _text(event, "ts"),
        message_ts=_text(event, "ts"),
        user=_text(event, "user"),
        files=event_files(event),
        prompt=_rest(words, skill),
    )


def command_spec(skill: str, words: str, command: dict[str, Any]) -> JobSpec:
    """`/mm <skill> [options]`: on the user's latest file(s) in the channel, found by the worker."""
    return JobSpec(
        dedup_key=f"command:{_text(command, 'trigger_id')}",
        skill=skill,
        source="command",
        team=_text(command, "team_id"),
        channel=_text(command, "channel_id"),
        user=_text(command, "user_id"),
        prompt=words or None,
    )


def _named_skill(words: str) -> str | None:
    from bot.plugins import get_registry

    first = words.split(maxsplit=1)[0].lower() if words.strip() else ""
    return first if first in get_registry().skills else None


def _rest(words: str, skill: str | None) -> str | None:
    """The words after the skill's name (all of them when none was named)."""
    rest = words.split(maxsplit=1)[1:] if skill else [words]
    return (rest[0].strip() if rest else "") or None


def event_files(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The files of an event that name an id; anything else in `files` is left out."""
    files = event.get("files")
    if not isinstance(files, list):
        return []
    return [file_fields(f) for f in files if isinstance(f, dict) and _text(f, "id")]


def file_fields(file: dict[str, Any]) -> dict[str, Any]:
    return {key: file[key] for key in _FILE_FIELDS if key in file}


def _text(event: dict[str, Any], key: str) -> str | None:
    """The field if it is a non-empty string, else None."""
    value = event.get(key)
    return value if isinstance(value, str) and value else None
