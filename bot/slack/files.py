"""Getting a job's files from Slack: sizes checked first, bytes streamed to a private folder.

Only Slack's own file hosts (or the configured API host, for a sandbox or an
Enterprise Grid proxy) ever receive the bot token; a URL from anywhere else is
refused. A login page instead of the file means the app lacks the `files:read`
scope, and the user is told so.
"""

import re
import urllib.parse
from pathlib import Path
from typing import Any

import httpx

from bot.errors import InputError

SLACK_FILE_HOSTS = ("files.slack.com", "files-edu.slack.com", "files-gov.slack.com")
_UNSAFE = re.compile(r"[^\w.\- ]+")


def allowed_hosts(api_url: str) -> tuple[str, ...]:
    host = urllib.parse.urlsplit(api_url).hostname or ""
    return (
        (*SLACK_FILE_HOSTS, host) if host and not host.endswith("slack.com") else SLACK_FILE_HOSTS
    )


def needs_lookup(file: dict[str, Any]) -> bool:
    """Slack Connect shares (`check_file_info`) and bare `file_shared` ids carry no URL or size."""
    return (
        file.get("file_access") == "check_file_info"
        or not (file.get("url_private_download") or file.get("url_private"))
        or "size" not in file
    )


def check_size(file: dict[str, Any], max_mb: float) -> None:
    size = int(file.get("size") or 0)
    if size > max_mb * 1024 * 1024:
        raise InputError(
            f"{file.get('name', 'this file')} is {size / 1024 / 1024:.0f} MB, above the "
            f"{max_mb:g} MB limit; send a smaller file (or ask an admin to raise "
            "[slack] max_file_mb)"
        )
    if file.get("mode") == "external":
        raise InputError(
            f"{file.get('name', 'this file')} is a link to an external file, not an upload"
        )


def safe_name(name: str, fallback: str) -> str:
    """A file name that cannot leave the job's folder or confuse a shell."""
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return cleaned[:120] or fallback


def download(
    file: dict[str, Any], folder: Path, token: str, hosts: tuple[str, ...], max_mb: float
) -> Path:
    url = file.get("url_private_download") or file.get("url_private") or ""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host not in hosts:
        raise InputError(f"refusing to fetch {file.get('name', 'a file')} from {host or 'nowhere'}")
    target = folder / safe_name(file.get("name") or "", file.get("id", "file"))
    limit = int(max_mb * 1024 * 1024)
    received = 0
    with httpx.stream(
        "GET", url, headers={"Authorization": f"Bearer {token}"}, timeout=60, follow_redirects=False
    ) as response:
        if response.status_code != 200:
            raise InputError(f"Slack answered {response.status_code} for {file.get('name')}")
        if response.headers.get("content-type", "").startswith("text/html"):
            raise InputError(
                "Slack sent a sign-in page instead of the file: the app is missing the "
                "files:read scope; an admin should reinstall it from the manifest"
            )
        with target.open("wb") as out:
            for chunk in response.iter_bytes(1 << 16):
                received += len(chunk)
                if received > limit:
                    raise InputError(f"{file.get('name')} is larger than the {max_mb:g} MB limit")
                out.write(chunk)
    return target
