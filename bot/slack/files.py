"""Getting a job's files from Slack: sizes checked first, bytes streamed to a private folder.

Only Slack's own file hosts over HTTPS (or the configured API origin, for a sandbox
or an Enterprise Grid proxy) ever receive the bot token. A URL is compared as an
origin (scheme, host and port, parsed by the same library that fetches it, and by
urllib, which must agree); one with a user name, a look-alike host, another port,
plain HTTP, an IP literal or characters parsers disagree on is refused before any
connection is made, and a redirect is never followed. A login page instead of the
file means the app lacks the `files:read` scope, and the user is told so.
"""

import re
import urllib.parse
from pathlib import Path
from typing import Any

import httpx

from bot.errors import InputError

SLACK_FILE_HOSTS = ("files.slack.com", "files-edu.slack.com", "files-gov.slack.com")
_UNSAFE = re.compile(r"[^\w.\- ]+")
_NAME_CHARS, _NAME_BYTES = 120, 200
_PLAIN_HOST = re.compile(r"[a-z0-9.\-]{1,253}")


def allowed_hosts(api_url: str) -> tuple[str, ...]:
    """The origins (`scheme://host:port`) that may receive the bot token: Slack's file
    hosts over HTTPS, and the API's own origin when it is not Slack's."""
    origins = tuple(f"https://{host}:443" for host in SLACK_FILE_HOSTS)
    api = _origin(api_url)
    host = api.split("://", 1)[1].rsplit(":", 1)[0] if api else ""
    if api and host != "slack.com" and not host.endswith(".slack.com"):
        return (*origins, api)
    return origins


def _origin(url: str) -> str | None:
    """`scheme://host:port` of `url`, or None when it names a user, holds characters that
    parsers read differently (backslashes, spaces, controls), or when httpx (which fetches
    it) and urllib do not agree on where it points."""
    if not url or "\\" in url or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        parsed = httpx.URL(url)
        split = urllib.parse.urlsplit(url)
        split_port = split.port
    except (httpx.InvalidURL, ValueError):
        return None
    if parsed.scheme not in ("https", "http") or not parsed.host or "@" in split.netloc:
        return None
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    if (split.scheme, split.hostname, split_port or port) != (parsed.scheme, parsed.host, port):
        return None
    return f"{parsed.scheme}://{parsed.host}:{port}"


def check_url(url: str, hosts: tuple[str, ...], name: str = "a file") -> None:
    """Raise `InputError` unless `url` is on one of the `hosts` origins (`allowed_hosts`);
    nothing is fetched either way."""
    origin = _origin(url)
    if origin in hosts:
        return
    host = urllib.parse.urlsplit(url).hostname if origin else None
    where = host if host and _PLAIN_HOST.fullmatch(host) else "an address that is not Slack's"
    raise InputError(f"refusing to fetch {name} from {where}")


def needs_lookup(file: dict[str, Any]) -> bool:
    """Slack Connect shares (`check_file_info`) and bare `file_shared` ids carry no URL or size."""
    return (
        file.get("file_access") == "check_file_info"
        or not (file.get("url_private_download") or file.get("url_private"))
        or "size" not in file
    )


def check_size(file: dict[str, Any], max_mb: float) -> None:
    """Refuse what Slack says is too big; a size it does not state is checked while
    downloading."""
    size = file.get("size")
    size = size if isinstance(size, int) else 0
    if size > max_mb * 1024 * 1024:
        raise InputError(
            f"{shown_name(file)} is {size / 1024 / 1024:.0f} MB, above the "
            f"{max_mb:g} MB limit; send a smaller file (or ask an admin to raise "
            "[slack] max_file_mb)"
        )
    if file.get("mode") == "external":
        raise InputError(f"{shown_name(file)} is a link to an external file, not an upload")


def shown_name(file: dict[str, Any]) -> str:
    """The file's name as a message may show it: no control, bidi or markup characters."""
    return safe_name(file.get("name"), "this file")


def safe_name(name: Any, fallback: Any) -> str:
    """A file name that cannot leave the job's folder, confuse a shell or a reader (no
    control, bidi-override or markup characters) and fits any file system."""
    given = name if isinstance(name, str) else ""
    return _cleaned(given) or _cleaned(str(fallback or "")) or "file"


def _cleaned(name: str) -> str:
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).lstrip("-. ").rstrip(" .")
    dot = cleaned.rfind(".")
    stem, suffix = (cleaned[:dot], cleaned[dot:]) if 0 < dot >= len(cleaned) - 16 else (cleaned, "")
    # Most file systems allow 255 bytes a name; a CJK letter is 3 bytes, some 4.
    room = _NAME_BYTES - len(suffix.encode())
    stem = stem[: _NAME_CHARS - len(suffix)].encode()[:room].decode(errors="ignore")
    return stem + suffix if stem.strip(" .") else ""


def download(
    file: dict[str, Any], folder: Path, token: str, hosts: tuple[str, ...], max_mb: float
) -> Path:
    url = file.get("url_private_download") or file.get("url_private") or ""
    check_url(url, hosts, shown_name(file))
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
