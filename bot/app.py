"""The Slack front door: Bolt listeners that verify, deduplicate, enqueue and acknowledge.

Async Bolt (`AsyncApp` on aiohttp), because the ack is the one thing that must
never wait: measured on 2 cores, AsyncApp acks 2,000 signed events at p99 around
8 ms, while the sync app on `http.server` reached about 1 s at 20 concurrent
senders (see bench/ack.py). Listeners do no network call and no heavy work; their
few SQLite writes run on one dedicated thread, so the event loop never blocks on
the database. Skills run in worker processes (`bot.serve`), never here.

Every validly signed request gets a 2xx, including events the bot does not act
on: Slack retries anything else and disables apps that keep failing. Catch-all
listeners ack other events and actions; in HTTP mode `bot.slack.answered` turns
whatever Bolt still cannot take into a 200. A bad signature or a stale timestamp
gets 401 from Bolt's request verification.
"""

import asyncio
import json
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import dispatch
from bot.config import Settings
from bot.digest import ALL_SECTIONS, channel_digest
from bot.jobs import JobSpec, SqliteJobQueue
from bot.plugins import get_registry
from storage.clock import now_text
from storage.db import open_database, writing
from storage.privacy import forget_user

HELP = (
    "*mmbot* answers files dropped in this channel, in their thread.\n"
    "• `/mm <skill> [key=value …] [question]` runs a skill on your latest file here\n"
    "• `/mm usage` shows your jobs and their cost this month\n"
    "• `/mm forget me` deletes everything mmbot stored about you\n"
    "• `/mm digest now` posts what mmbot did in this channel lately\n"
    "• `@mmbot <skill> …` in a file's thread does the same for that file\n"
    "Skills: {skills}"
)


class Intake:
    """The listeners' database: one connection, used from one thread only."""

    def __init__(self, db_path: str) -> None:
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="intake-db")
        self._db_path = db_path
        self._db: Any = None

    async def _run(self, function: Any, *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, function, *args)

    def open(self) -> None:
        self._executor.submit(self._database).result()

    def _database(self) -> Any:
        if self._db is None:
            self._db = open_database(self._db_path)
        return self._db

    async def admit(self, body: dict[str, Any], kind: str, spec: JobSpec | None = None) -> None:
        """Record the event by its id and, the first time it is seen, enqueue `spec`: one trip
        to the database thread and one transaction per event, so an event is never recorded
        without its job. A retry from Slack (a known id) changes nothing."""
        event = body.get("event") or {}
        event_id = body.get("event_id")
        row = [
            event_id,
            kind,
            body.get("team_id"),
            event.get("channel") or event.get("channel_id"),
            event.get("user") or event.get("user_id"),
            now_text(),
        ]

        def record() -> None:
            db = self._database()
            with writing(db):
                if event_id:
                    cursor = db.conn.execute(
                        "insert or ignore into events (event_id, kind, team, channel, user,"
                        " received_at) values (?, ?, ?, ?, ?, ?)",
                        row,
                    )
                    if cursor.rowcount == 0:
                        return
                if spec is None:
                    return
                job_id, _ = SqliteJobQueue(db).enqueue(spec)
                if event_id:
                    db.conn.execute(
                        "update events set job_id = ? where event_id = ?", [job_id, event_id]
                    )

        await self._run(record)

    async def enqueue(self, spec: JobSpec) -> tuple[int, bool]:
        return await self._run(lambda: SqliteJobQueue(self._database()).enqueue(spec))

    async def cancel(self, job_id: int) -> str | None:
        return await self._run(lambda: SqliteJobQueue(self._database()).cancel(job_id))

    async def forget(self, user: str) -> dict[str, int]:
        return await self._run(lambda: forget_user(self._database(), user))

    async def usage(self, user: str) -> dict[str, Any]:
        def query() -> dict[str, Any]:
            month = now_text()[:7]
            row = (
                self._database()
                .conn.execute(
                    "select count(distinct job_id), coalesce(sum(cost_usd), 0) from audit"
                    " where user = ? and ts >= ?",
                    [user, month],
                )
                .fetchone()
            )
            return {"jobs": row[0], "cost_usd": row[1]}

        return await self._run(query)

    async def digest(self, channel: str, hours: int, sections: frozenset[str]) -> str:
        return await self._run(lambda: channel_digest(self._database(), channel, hours, sections))

    async def recent_jobs(self, user: str) -> list[Any]:
        return await self._run(lambda: SqliteJobQueue(self._database()).recent_for(user, 10))


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
        process_before_response=False,
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
        await client.views_publish(user_id=event["user"], view=_home_view(jobs, settings))

    @app.command("/mm")
    async def on_command(ack: Any, command: dict) -> None:
        words = (command.get("text") or "").strip()
        first, _, rest = words.partition(" ")
        skills = get_registry().skills
        if first.lower() in skills:
            spec = dispatch.command_spec(first.lower(), rest.strip(), command)
            await intake.enqueue(spec)
            name = first.lower()
            await ack(text=f"On it: `{name}` on your latest file here; the answer goes here.")
        elif words.lower() == "usage":
            usage = await intake.usage(command["user_id"])
            await ack(
                text=f"This month: {usage['jobs']} job(s), ${usage['cost_usd']:.4f} in model costs."
            )
        elif words.lower() == "forget me":
            counts = await intake.forget(command["user_id"])
            await ack(text=f"Done: deleted {sum(counts.values())} stored row(s) about you.")
        elif words.lower() == "digest now":
            hours, sections = _digest_settings(settings, command["channel_id"])
            digest = await intake.digest(command["channel_id"], hours, sections)
            await ack(response_type="in_channel", text=digest)
        else:
            names = ", ".join(f"`{name}`" for name in sorted(skills)) or "none installed"
            await ack(text=HELP.format(skills=names))

    @app.action("cancel_job")
    async def on_cancel(ack: Any, action: dict, respond: Any) -> None:
        await ack()
        status = await intake.cancel(int(action["value"]))
        await respond(
            text="Cancelling."
            if status in ("cancelling", "cancelled")
            else "That job has already finished.",
            response_type="ephemeral",
            replace_original=False,
        )

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
        skills = _skills_for(metadata["files"], get_registry().skills)
        await client.views_open(
            trigger_id=shortcut["trigger_id"], view=_run_modal(metadata, skills)
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
