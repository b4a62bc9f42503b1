"""The `mmbot` command line."""

import json
import os
import re
import secrets
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import click
import tomli_w

from bot import __version__
from bot.config import CAPABILITIES, Settings, config_file_in_use, load_settings
from bot.errors import UserFacingError
from bot.log import configure_logging
from bot.plugins import Registry, get_registry
from bot.providers import Router
from bot.runner import input_files, refused, run_skill
from bot.skill_choice import choose_skill
from bot.skills import Progress, Result
from bot.slack.manifest import app_manifest
from bot.usage import as_table as usage_table
from bot.usage import usage_report
from storage.audit import AUDIT_COLUMNS, AuditFilter, AuditLog
from storage.clock import now
from storage.db import open_database
from storage.pii.entities import use_models
from storage.privacy import forget_user, purge_expired
from storage.redact import redact_with_spans


class _State:
    def __init__(self, config: str | None, db: str | None) -> None:
        self._config = config
        self._db = db
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self._config)
            configure_logging(self._settings.logging.level, self._settings.logging.format)
            use_models(self._settings.storage.name_models)
            self._settings.storage.use_password()
        return self._settings

    @property
    def location(self) -> str:
        return self._db or self.settings.storage.location

    def database(self) -> Any:
        return open_database(self.location)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mmbot")
@click.option("--config", "config", metavar="PATH", help="Settings file (default: ./mmbot.toml).")
@click.option(
    "--db",
    metavar="PATH|URL",
    help="Database file or postgresql:// URL (default: [storage] url or path, or ./mmbot.db).",
)
@click.pass_context
def cli(ctx: click.Context, config: str | None, db: str | None) -> None:
    """mmbot: a multimodal Slack bot. Run its skills on local files, inspect its audit log."""
    ctx.obj = _State(config, db)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--skill", "-s", metavar="NAME", help="Skill to run (default: chosen by media).")
@click.option("--option", "-o", "pairs", multiple=True, metavar="KEY=VALUE", help="Skill option.")
@click.option("--ask", metavar="TEXT", help="A question or instruction for the skill.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--output-dir",
    default="mmbot-output",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Where attachments are written.",
)
@click.pass_obj
def run(
    state: _State,
    files: tuple[Path, ...],
    skill: str | None,
    pairs: tuple[str, ...],
    ask: str | None,
    as_json: bool,
    output_dir: Path,
) -> None:
    """Run a skill on FILES, as mmbot would on files dropped in Slack."""
    settings = state.settings
    registry = get_registry()
    try:
        inputs = input_files(list(files))
    except UserFacingError as error:
        refused(state.database(), skill, str(error))
        raise
    chosen = registry.skill(skill or choose_skill([f.kind for f in inputs]))
    options = chosen.parse_options(dict(_pair(text) for text in pairs))
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"
    workdir = output_dir.resolve() / f"{chosen.name}-{stamp}"
    db = state.database()
    try:
        with _progress_bar(chosen.name) as progress:
            result = run_skill(
                chosen,
                inputs,
                options=options,
                prompt=ask,
                settings=settings,
                db=db,
                workdir=workdir,
                progress=progress,
            )
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    if workdir.is_dir() and not any(workdir.iterdir()):
        workdir.rmdir()
    if as_json:
        click.echo(json.dumps(_result_json(chosen.name, inputs, result), ensure_ascii=False))
        return
    click.echo(result.text)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for attachment in result.attachments:
        click.echo(f"attachment: {attachment.path}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def plugins(as_json: bool) -> None:
    """List plugins, the skills and provider kinds they provide, and where each came from."""
    registry = get_registry()
    if as_json:
        click.echo(json.dumps(_registry_json(registry), indent=2))
        return
    click.echo("Plugins:")
    for info in registry.plugins:
        click.echo(f"  {info.name}  ({info.source})  hooks: {', '.join(info.hooks) or '-'}")
    if not registry.plugins:
        click.echo("  (none)")
    click.echo("Skills:")
    for name, (skill, plugin) in sorted(registry.skills.items()):
        media = ", ".join(sorted(skill.media))
        click.echo(f"  {name}  [{media}]  {skill.description}  (from {plugin})")
    if not registry.skills:
        click.echo("  (none installed)")
    click.echo("Provider kinds:")
    for kind, (_, plugin) in sorted(registry.provider_kinds.items()):
        click.echo(f"  {kind}  (from {plugin})")
    if not registry.provider_kinds:
        click.echo("  (none installed)")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def providers(state: _State, as_json: bool) -> None:
    """Each configured provider: kind, capabilities, models, health; and the routing."""
    settings = state.settings
    health = Router(settings).health()
    rows = []
    for name, (capabilities, status) in health.items():
        rows.append(
            {
                "name": name,
                "kind": settings.providers[name].kind,
                "capabilities": sorted(capabilities),
                "models": list(status.models),
                "healthy": status.ok,
                "detail": status.detail,
            }
        )
    routing = {capability: settings.routing.chain(capability) for capability in CAPABILITIES}
    if as_json:
        click.echo(json.dumps({"providers": rows, "routing": routing}, indent=2))
        return
    click.echo("Providers:")
    for row in rows:
        mark = "ok" if row["healthy"] else "NOT OK"
        offers = ", ".join(row["capabilities"]) or "nothing"
        click.echo(f"  {row['name']}  ({row['kind']})  offers: {offers}  [{mark}] {row['detail']}")
    click.echo("Routing:")
    for capability, chain in routing.items():
        shown = " → ".join(chain) if chain else "no model configured"
        click.echo(f"  {capability}: {shown}")


@cli.command()
@click.option("--http", "http", is_flag=True, default=None, help="HTTP mode, not Socket Mode.")
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP mode: address to bind.")
@click.option("--port", type=int, help="HTTP mode: port (default: [slack] http_port).")
@click.option(
    "--listener-only", is_flag=True, help="Answer Slack and queue jobs; run none (shared DB)."
)
@click.option(
    "--workers-only", is_flag=True, help="Run queued jobs; no Slack listener (shared DB)."
)
@click.pass_obj
def serve(
    state: _State,
    http: bool | None,
    host: str,
    port: int | None,
    listener_only: bool,
    workers_only: bool,
) -> None:
    """Connect to Slack and answer files, mentions and /mm until stopped (Ctrl-C)."""
    from bot.serve import serve as run_service

    if listener_only and workers_only:
        raise UserFacingError("--listener-only and --workers-only exclude each other")
    settings = state.settings
    http_mode = http if http is not None else settings.slack.mode == "http"
    run_service(
        settings,
        state.location,
        http=http_mode,
        host=host,
        port=port or settings.slack.http_port,
        role="listener" if listener_only else "workers" if workers_only else "all",
    )


@cli.command()
@click.option(
    "--wait",
    type=click.FloatRange(min=1),
    default=300.0,
    show_default=True,
    help="Seconds to wait for the answers before showing what there is (a busy or slow "
    "machine needs longer: the local models load on first use).",
)
def demo(wait: float) -> None:
    """Show the bot at work on a sandbox Slack workspace: no token, no network."""
    from bot.demo import run_demo

    run_demo(click.echo, timeout=wait)


@cli.group()
def config() -> None:
    """Inspect the configuration."""


@config.command("check")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.pass_obj
def config_check(state: _State, path: Path | None) -> None:
    """Validate PATH (or the file in use) and print the effective settings, secrets masked."""
    source = config_file_in_use(path or state._config)
    settings = load_settings(source) if source else Settings()
    origin = str(source) if source else "no file: built-in defaults"
    click.echo(f"# configuration OK ({origin})")
    effective = settings.model_dump(mode="json")
    effective["storage"]["path"] = settings.storage.location
    click.echo(tomli_w.dumps(_without_none(effective)))


@cli.command()
@click.option("--user", help="Only rows about this Slack user id.")
@click.option("--channel", help="Only rows from this channel id.")
@click.option("--skill", help="Only rows of this skill.")
@click.option("--status", help="Only rows with this status (ok, failed, error, …).")
@click.option("--action", help="Only rows of this action (skill.run, …).")
@click.option("--since", metavar="WHEN", help="Only newer rows: 30m, 12h, 7d or an ISO date.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
@click.pass_obj
def audit(state: _State, since: str | None, limit: int, as_json: bool, **filters: Any) -> None:
    """Show recent audit rows, newest first."""
    where = AuditFilter(since=_parse_since(since), limit=limit, **filters)
    rows = AuditLog(state.database()).recent(where)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("no audit rows match")
        return
    for row in rows:
        parts = [row["ts"], row["action"], row["status"]]
        parts += [f"{key}={row[key]}" for key in AUDIT_COLUMNS[4:] if row.get(key) is not None]
        click.echo("  ".join(str(part) for part in parts))


@cli.command()
@click.option("--since", default="30d", show_default=True, metavar="WHEN", help="12h, 7d, a date.")
@click.option("--channel", help="Only this channel id.")
@click.option("--user", help="Only this Slack user id.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def usage(state: _State, since: str, channel: str | None, user: str | None, as_json: bool) -> None:
    """Jobs, failures, tokens, cost, p50/p95 duration and cache hits per skill and provider."""
    report = usage_report(state.database(), _parse_since(since), channel, user)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        click.echo(usage_table(report))


@cli.command()
@click.option("--user", required=True, help="The Slack user id whose rows are deleted.")
@click.pass_obj
def forget(state: _State, user: str) -> None:
    """Delete every stored row about a person, and record that it was done."""
    counts = forget_user(state.database(), user)
    detail = ", ".join(f"{table} {count}" for table, count in counts.items())
    click.echo(f"deleted {sum(counts.values())} rows about {user} ({detail})")


@cli.command()
@click.pass_obj
def purge(state: _State) -> None:
    """Delete rows older than [storage] retention_days, and expired cache entries."""
    days = state.settings.storage.retention_days
    counts = purge_expired(state.database(), days)
    detail = ", ".join(f"{table} {count}" for table, count in counts.items())
    click.echo(f"deleted {sum(counts.values())} rows older than {days} days ({detail})")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the text and the spans found.")
def redact(as_json: bool) -> None:
    """Mask personal data and secrets in standard input."""
    text = sys.stdin.read()
    redacted, spans = redact_with_spans(text)
    if as_json:
        body = {"text": redacted, "spans": [span.as_dict() for span in spans]}
        click.echo(json.dumps(body, ensure_ascii=False))
    else:
        click.echo(redacted, nl=False)


@cli.command()
@click.option("--url", metavar="URL", help="HTTP mode: the public https://…/slack/events URL.")
def manifest(url: str | None) -> None:
    """Print the Slack app manifest (Socket Mode, or HTTP mode with --url)."""
    click.echo(json.dumps(app_manifest(url), indent=2, ensure_ascii=False))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    "token_reference",
    metavar="REF",
    help="Token to require: env:NAME or file:PATH (default: env:MMBOT_DASHBOARD_TOKEN); "
    "needed unless HOST is loopback.",
)
@click.pass_obj
def dashboard(state: _State, host: str, port: int, token_reference: str | None) -> None:
    """Serve the database read-only in Datasette, with charts, until stopped (Ctrl-C)."""
    from bot.dashboard import resolve_token, serve_dashboard

    token = resolve_token(token_reference, host)
    db_path = state.location
    serve_dashboard(db_path, host=host, port=port, token=token, echo=click.echo)


def main() -> None:
    try:
        cli.main(standalone_mode=False, prog_name="mmbot")
    except click.exceptions.Abort:
        click.echo("mmbot: aborted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except UserFacingError as error:
        click.echo(f"mmbot: {error}", err=True)
        sys.exit(1)
    except Exception as error:
        if os.environ.get("MMBOT_DEBUG"):
            raise
        click.echo(
            f"mmbot: internal error ({type(error).__name__}); set MMBOT_DEBUG=1 for details",
            err=True,
        )
        sys.exit(1)


def _pair(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise UserFacingError(f"--option takes KEY=VALUE, not {text!r}")
    return name.strip().replace("-", "_"), value


_SINCE = re.compile(r"^(\d+)\s*([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def _parse_since(text: str | None) -> datetime | None:
    if text is None:
        return None
    match = _SINCE.match(text.strip().lower())
    if match:
        return now() - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise UserFacingError(
            f"--since takes 30m, 12h, 7d, 2w or an ISO date, not {text!r}"
        ) from None


class _progress_bar:
    """A progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._bar: Any = None

    def __enter__(self) -> Progress:
        if sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=100, desc=self._label, file=sys.stderr, leave=False, unit="%")
        return self._update

    def _update(self, fraction: float, text: str = "") -> None:
        if self._bar is None:
            return
        self._bar.n = round(max(0.0, min(1.0, fraction)) * 100)
        self._bar.set_postfix_str(text, refresh=False)
        self._bar.refresh()

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()


def _result_json(skill: str, inputs: list[Any], result: Result) -> dict[str, Any]:
    return {
        "skill": skill,
        "files": [
            {"name": f.name, "path": str(f.path), "kind": f.kind, "mime": f.mime, "size": f.size}
            for f in inputs
        ],
        "data": result.data,
        "text": result.text,
        "warnings": result.warnings,
        "attachments": [
            {"path": str(a.path), "title": a.title, "mime": a.mime} for a in result.attachments
        ],
    }


def _registry_json(registry: Registry) -> dict[str, Any]:
    return {
        "plugins": [
            {"name": p.name, "source": p.source, "hooks": list(p.hooks)} for p in registry.plugins
        ],
        "skills": [
            {
                "name": name,
                "description": skill.description,
                "media": sorted(skill.media),
                "min_files": skill.min_files,
                "max_files": skill.max_files,
                "options": [
                    {"name": o.name, "type": o.type.__name__, "default": o.default, "help": o.help}
                    for o in skill.options
                ],
                "plugin": plugin,
            }
            for name, (skill, plugin) in sorted(registry.skills.items())
        ],
        "provider_kinds": [
            {"kind": kind, "plugin": plugin}
            for kind, (_, plugin) in sorted(registry.provider_kinds.items())
        ],
    }


def _without_none(value: Any) -> Any:
    """TOML has no null: unset optional settings are left out of the printout."""
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value
