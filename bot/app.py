"""The Slack front door: Bolt listeners that verify, deduplicate, enqueue and acknowledge.

Async Bolt (`AsyncApp` on aiohttp), because the ack is the one thing that must
never wait (the sync app on `http.server` reached about 1 s at 20 concurrent
senders). An ack means "recorded": with `process_before_response` the answer goes
out only after the listener has committed the event and its job
(`bot.slack.intake`, where writes arriving together share one commit), so a crash
right after an ack loses nothing Slack will not send again. Listeners make no
network call on the way to the ack; skills run in worker processes (`bot.serve`).

Every validly signed request gets a 2xx, including events the bot does not act
on: Slack retries anything else and disables apps that keep failing. Catch-all
listeners ack other events and actions; in HTTP mode `bot.slack.answered` turns
whatever Bolt still cannot take into a 200. A bad signature or a stale timestamp
gets 401 from Bolt's request verification.
"""

import asyncio
import json
import logging
import re
import time
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import dispatch
from bot.config import Settings
from bot.digest import ALL_SECTIONS
from bot.jobs import JobSpec
from bot.plugins import get_registry
from bot.slack.intake import Intake
from bot.usage import as_slack as usage_text
from bot.usage import parse_window
from storage.clock import now

HELP = (
    "*mmbot* answers files dropped in this channel, in their thread.\n"
    "• `/mm <skill> [key=value …] [question]` runs a skill on your latest file here\n"
    "• `/mm usage [7d]` shows your jobs, their cost and speed (default: the last 30 days)\n"
    "• `/mm forget me` deletes everything mmbot stored about you\n"
    "• `/mm digest now` posts what mmbot did in this channel lately\n"
    "• `@mmbot <skill> …` in a file's thread does the same for that file\n"
    "Skills: {skills}"
)


def build_app(settings: Settings, intake: Intake) -> AsyncApp:
    """The app, with plugins loaded and the database open now rather than on the first
    event: an import inside a listener would hold up every ack behind it."""
    get_registry()
    intake.open()
    slack = settings.slack
    client = AsyncWebClient(
        token=slack.bot_token.require("slack.bot_token"), base_url=slack.api_url
    )
    app = AsyncApp(
        client=client,
        signing_secret=slack.signing_secret.require("slack.signing_secret"),
        process_before_response=True,
    )

    @app.event("message")
    async def on_message(body: dict, event: dict, context: dict) -> None:
        if dispatch.ignorable(event, context.get("bot_user_id"), context.get("bot_id")):
            return
        if context.get("bot_user_id") and f"<@{context['bot_user_id']}>" in (
            event.get("text") or ""
        ):
            return  # the app_mention event carries this one
        spec = dispatch.drop_spec(event, body.get("team_id"), settings)
        await intake.admit(body, "message", spec)

    @app.event("file_shared")
    async def on_file_shared(body: dict) -> None:
        await intake.admit(body, "file_shared")

    @app.event("app_mention")
    async def on_mention(body: dict, event: dict) -> None:
        spec = dispatch.mention_spec(event, body.get("team_id"), settings)
        await intake.admit(body, "app_mention", spec)

    @app.event("app_home_opened")
    async def on_home(body: dict, event: dict, client: AsyncWebClient) -> None:
        jobs = await intake.recent_jobs(event["user"])
        _in_background(client.views_publish(user_id=event["user"], view=_home_view(jobs, settings)))

    @app.command("/mm")
    async def on_command(ack: Any, command: dict, client: AsyncWebClient) -> None:
        words = (command.get("text") or "").strip()
        first, _, rest = words.partition(" ")
        skills = get_registry().skills
        if words.lower() in ADMIN_COMMANDS and not await _is_admin(
            settings, client, command.get("user_id") or ""
        ):
            await ack(text=_admins_only(settings, f"/mm {words.lower()}"))
        elif first.lower() in skills and (refusal := _not_allowed(settings, command, first)):
            await ack(text=refusal)
        elif first.lower() in skills:
            spec = dispatch.command_spec(first.lower(), rest.strip(), command)
            await intake.enqueue(spec)
            name = first.lower()
            await ack(text=f"On it: `{name}` on your latest file here; the answer goes here.")
        elif first.lower() == "usage":
            try:
                period, window = parse_window(rest.strip() or "30d")
            except ValueError:
                await ack(text="`/mm usage` takes a period: `12h`, `7d`, `2w` (default 30d).")
            else:
                report = await intake.usage(command.get("user_id", ""), now() - period)
                await ack(text=usage_text(report, window))
        elif words.lower() == "forget me":
            counts = await intake.forget(command.get("user_id", ""))
            await ack(text=f"Done: deleted {sum(counts.values())} stored row(s) about you.")
        elif words.lower() == "digest now":
            hours, sections = _digest_settings(settings, command.get("channel_id", ""))
            digest = await intake.digest(command.get("channel_id", ""), hours, sections)
            await ack(response_type="in_channel", text=digest)
        elif words.lower() == "settings":
            await ack(text=_settings_text(settings, command.get("channel_id", "")))
        else:
            names = ", ".join(f"`{name}`" for name in sorted(skills)) or "none installed"
            await ack(text=HELP.format(skills=names) + ADMIN_HELP)

    @app.action("cancel_job")
    async def on_cancel(
        ack: Any, action: dict, body: dict, respond: Any, client: AsyncWebClient
    ) -> None:
        """Only the job's own user, or an admin, may stop it; the answer is ephemeral."""
        await ack()
        if not str(action.get("value") or "").isdigit():
            return
        job_id, user = int(action["value"]), (body.get("user") or {}).get("id") or ""
        job = await intake.job(job_id)
        owner = None if job is None else job.spec.user or ""
        if owner is None:
            text = "That job has already finished."
        elif owner != user and not await _is_admin(settings, client, user):
            text = f"Only {f'<@{owner}>' if owner else 'its user'} or an admin can cancel this job."
        else:
            status = await intake.cancel(job_id, user if owner == user else None)
            text = (
                "Cancelling."
                if status in ("cancelling", "cancelled")
                else "That job has already finished."
            )
        _in_background(respond(text=text, response_type="ephemeral", replace_original=False))

    @app.shortcut("mmbot_run")
    async def on_shortcut(ack: Any, shortcut: dict, client: AsyncWebClient) -> None:
        await ack()
        message = shortcut.get("message") or {}
        metadata = {
            "channel": (shortcut.get("channel") or {}).get("id"),
            "ts": message.get("ts"),
            "thread_ts": message.get("thread_ts") or message.get("ts"),
            "files": [dispatch.file_fields(f) for f in message.get("files") or []],
        }
        channel = settings.channels.get(metadata["channel"] or "")
        allowed = channel.allowed_skills if channel else None
        skills = {
            name: entry
            for name, entry in _skills_for(metadata["files"], get_registry().skills).items()
            if allowed is None or name in allowed
        }
        _in_background(
            client.views_open(
                trigger_id=shortcut.get("trigger_id"), view=_run_modal(metadata, skills)
            )
        )

    @app.view("mmbot_run")
    async def on_run_submitted(ack: Any, body: dict, view: dict) -> None:
        await ack()
        metadata = json.loads(view.get("private_metadata") or "{}")
        values = view["state"]["values"]
        skill = values["skill"]["skill"]["selected_option"]["value"]
        words = values["words"]["words"].get("value") or ""
        spec = JobSpec(
            dedup_key=f"shortcut:{view['id']}",
            skill=skill,
            source="shortcut",
            team=(body.get("team") or {}).get("id"),
            channel=metadata.get("channel"),
            thread_ts=metadata.get("thread_ts"),
            message_ts=metadata.get("ts"),
            user=(body.get("user") or {}).get("id"),
            files=metadata.get("files") or [],
            prompt=words or None,
        )
        await intake.enqueue(spec)

    # Last: anything else that is validly signed still gets its 200.
    @app.event(re.compile(".*"))
    async def on_other_event() -> None:
        return None

    @app.action(re.compile(".*"))
    async def on_other_action(ack: Any) -> None:
        await ack()

    return app


_background: set[asyncio.Task] = set()


def _in_background(call: Any) -> None:
    """Run a Slack call after the ack instead of before it (the loop keeps only weak
    references to tasks, hence the set)."""
    task = asyncio.ensure_future(call)
    _background.add(task)
    task.add_done_callback(_background.discard)


def _digest_settings(settings: Settings, channel: str) -> tuple[int, frozenset[str]]:
    """The channel's digest window and sections from `[[digests]]`, else a day of all."""
    for digest in settings.digests:
        if digest.channel == channel:
            return digest.lookback_hours, frozenset(digest.sections)
    return 24, ALL_SECTIONS


def _home_view(jobs: list[Any], settings: Settings) -> dict[str, Any]:
    lines = [
        f"• `{job.spec.skill or 'auto'}` in <#{job.spec.channel}> — {job.status}"
        f" ({job.created_at[:16]})"
        for job in jobs
    ] or ["No jobs yet: drop a file in a channel mmbot is in."]
    channels = [
        f"• <#{name}>: auto {dict(channel.auto) or 'by media'}; skills "
        f"{', '.join(channel.allowed_skills) if channel.allowed_skills is not None else 'all'}"
        for name, channel in settings.channels.items()
    ] or ["• every channel: the skill is chosen by the kind of file"]
    return {
        "type": "home",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "Your recent jobs"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)[:3000]}},
            {"type": "header", "text": {"type": "plain_text", "text": "Channel settings"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(channels)[:3000]}},
        ],
    }


def _skills_for(files: list[dict[str, Any]], skills: dict[str, Any]) -> dict[str, Any]:
    """The skills that take every file of the message, judged by the type Slack reports;
    all of them when it reports none the bot knows (the worker checks the bytes anyway)."""
    kinds = {_media_kind(str(file.get("mimetype") or "")) for file in files}
    if not kinds or None in kinds:
        return skills
    fitting = {
        name: entry
        for name, entry in skills.items()
        if kinds <= entry[0].media and entry[0].min_files <= len(files) <= entry[0].max_files
    }
    return fitting or skills


def _media_kind(mimetype: str) -> str | None:
    if mimetype == "application/pdf":
        return "pdf"
    kind = mimetype.partition("/")[0]
    return kind if kind in ("image", "audio", "video") else None


def _run_modal(metadata: dict[str, Any], skills: dict[str, Any]) -> dict[str, Any]:
    options = [
        {
            "text": {"type": "plain_text", "text": f"{name} — {skill.description}"[:75]},
            "value": name,
        }
        for name, (skill, _) in sorted(skills.items())
    ]
    return {
        "type": "modal",
        "callback_id": "mmbot_run",
        "private_metadata": json.dumps(metadata)[:3000],
        "title": {"type": "plain_text", "text": "Run mmbot"},
        "submit": {"type": "plain_text", "text": "Run"},
        "blocks": [
            {
                "type": "input",
                "block_id": "skill",
                "label": {"type": "plain_text", "text": "Skill"},
                "element": {"type": "static_select", "action_id": "skill", "options": options},
            },
            {
                "type": "input",
                "block_id": "words",
                "optional": True,
                "label": {"type": "plain_text", "text": "Options and question"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "words",
                    "placeholder": {"type": "plain_text", "text": "to=zh  or  what is the total?"},
                },
            },
        ],
    }


# -- who may do what ---------------------------------------------------------------------

log = logging.getLogger(__name__)

#: `/mm` words only admins may use: `[slack] admins`, else Slack's admins and owners.
ADMIN_COMMANDS = frozenset({"digest now", "settings"})
ADMIN_HELP = (
    "\n• `/mm settings` shows this channel's settings, to you alone"
    "\n_`/mm digest now` and `/mm settings` are for admins._"
)
ADMIN_CACHE_SECONDS = 60.0
USERS_INFO_TIMEOUT = 2.0
_admin_answers: dict[tuple[str, str, str], tuple[bool, float]] = {}


async def _is_admin(settings: Settings, client: AsyncWebClient, user: str) -> bool:
    """In `[slack] admins`; when that list is empty, a workspace admin or owner according to
    `users.info`, remembered for a minute. An answer Slack does not give in time is a no."""
    if settings.slack.admins:
        return user in settings.slack.admins
    if not user:
        return False
    key = (client.token or "", client.base_url, user)
    known = _admin_answers.get(key)
    if known is not None and known[1] > time.monotonic():
        return known[0]
    try:
        answer = await asyncio.wait_for(client.users_info(user=user), USERS_INFO_TIMEOUT)
    except Exception as error:
        log.warning("users.info for an admin check failed: %s", type(error).__name__)
        return False
    profile = answer.get("user") or {}
    admin = bool(profile.get("is_admin") or profile.get("is_owner"))
    if len(_admin_answers) > 10_000:
        _admin_answers.clear()
    _admin_answers[key] = (admin, time.monotonic() + ADMIN_CACHE_SECONDS)
    return admin


def _admins_only(settings: Settings, command: str) -> str:
    admins = settings.slack.admins
    who = ", ".join(f"<@{user}>" for user in admins) if admins else "a workspace admin or owner"
    return f"Sorry, only admins can use `{command}`; ask {who}."


def _not_allowed(settings: Settings, command: dict[str, Any], skill: str) -> str | None:
    """Why `/mm <skill>` may not run in this channel (`[channels.ID] allowed_skills`), if so."""
    channel = settings.channels.get(command.get("channel_id") or "")
    allowed = channel.allowed_skills if channel else None
    if allowed is None or skill.lower() in allowed:
        return None
    listed = ", ".join(allowed) or "none"
    return f"`{skill.lower()}` is not allowed in this channel (allowed: {listed})."


def _settings_text(settings: Settings, channel_id: str) -> str:
    """The channel's effective settings, for `/mm settings`; never a secret."""
    channel = settings.channels.get(channel_id)
    automatic = channel.auto if channel else {}
    auto = ", ".join(f"{kind} → `{skill}`" for kind, skill in automatic.items())
    allowed = channel.allowed_skills if channel else None
    options = "; ".join(
        f"`{skill}` " + " ".join(f"{key}={value}" for key, value in values.items())
        for skill, values in (channel.options if channel else {}).items()
    )
    digests = [d for d in settings.digests if d.channel == channel_id]
    digest = "; ".join(
        f"`{d.schedule}` ({d.timezone}), {', '.join(d.sections)}, last {d.lookback_hours} h"
        for d in digests
    )
    slack = settings.slack
    admins = ", ".join(f"<@{user}>" for user in slack.admins) or "workspace admins and owners"
    lines = [
        f"*mmbot settings for <#{channel_id}>*",
        f"• Automatic skill: {auto + ' (others by kind of file)' if auto else 'by kind of file'}",
        "• Allowed skills: "
        + ("all" if allowed is None else ", ".join(f"`{n}`" for n in allowed) or "none"),
        f"• Skill options: {options or 'defaults'}",
        f"• Digest: {digest or 'not scheduled'}",
        f"• Files up to {slack.max_file_mb:g} MB; `/mm <skill>` uses your files of the last "
        f"{slack.recent_file_minutes} minutes",
        f"• Admins: {admins}",
    ]
    return "\n".join(lines)
