"""`mmbot dashboard`: the bot's database in Datasette, read-only, with charts.

The charts are datasette-dashboards definitions (Vega-Lite, metric and table cards),
built here in Python and handed to an in-process `Datasette` as its metadata. Only the
`audit` and `results` tables are served, and their text is stored redacted; the other
tables (the job queue's prompts and file names, the model cache) are hidden and cannot
be read even by SQL. Nothing can be written: every connection Datasette opens on the
file is `mode=ro` with `query_only` set and an SQLite authorizer that allows reading and
nothing else. (Datasette's `immutable` mode is not used: it ignores the write-ahead log,
so it would show a running bot's database stale or torn.)

On a loopback address the dashboard is open to whoever can reach it, as the bot's own
database file is. Bound anywhere else it needs a token: browsers sign in once at
`/-/login` (a cookie signed by Datasette, `ds_actor`), scripts send
`Authorization: Bearer TOKEN`, and Datasette's `allow` block admits only that actor.
"""

import asyncio
import ipaddress
import secrets
import socket
import sqlite3
import weakref
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from bot.errors import UserFacingError
from bot.secrets import Secret
from storage import postgres
from storage.db import open_database

DATABASE = "mmbot"
DASHBOARD = "mmbot"
EXPOSED_TABLES = frozenset({"audit", "results"})
ACTOR_ID = "mmbot-dashboard"
TOKEN_ENV = "MMBOT_DASHBOARD_TOKEN"
DEFAULT_TOKEN_REFERENCE = f"env:{TOKEN_ENV}"
MIN_TOKEN_LENGTH = 16
RECENT_FAILURES = 20


def _html(column: str) -> str:
    """The column HTML-escaped in SQL: the table card writes cells with `innerHTML`."""
    escaped = f"coalesce({column}, '')"
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        escaped = f"replace({escaped}, '{char}', '{entity}')"
    return escaped


_FINISHED = "from audit where action = 'job.finish'"
_CALLS = "from audit where action = 'provider.call'"

# Nearest-rank percentiles: the value at rank ceil(p * n) among a skill's n latencies.
_LATENCY_SQL = f"""with ranked as (
  select skill, latency_ms,
    row_number() over (partition by skill order by latency_ms) as rank,
    count(*) over (partition by skill) as n
  {_FINISHED} and skill is not null and latency_ms is not null
)
select skill, max(n) as jobs,
  round(max(case when rank = (50 * n + 99) / 100 then latency_ms end)) as p50_ms,
  round(max(case when rank = (95 * n + 99) / 100 then latency_ms end)) as p95_ms
from ranked group by skill order by p95_ms desc, skill limit 10"""

# A one-file invoice result is the invoice itself; a several-file one lists them.
_INVOICE_SQL = """with invoices as (
  select json_extract(data, '$.currency') as currency, json_extract(data, '$.total') as total
  from results
  where skill = 'invoice' and json_valid(data)
    and json_extract(data, '$.verdict') is not null
  union all
  select json_extract(item.value, '$.currency'), json_extract(item.value, '$.total')
  from results, json_each(results.data, '$.invoices') as item
  where results.skill = 'invoice' and json_valid(results.data)
    and json_extract(item.value, '$.verdict') is not null
)
select coalesce(currency, '?') as currency, count(*) as invoices,
  round(sum(total), 2) as total
from invoices where total is not null
group by 1 order by total desc, currency"""


def _bars(x: dict[str, Any], y: dict[str, Any], **encoding: Any) -> dict[str, Any]:
    return {
        "height": 220,
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {"x": x, "y": y, **encoding},
    }


CHARTS: dict[str, dict[str, Any]] = {
    "jobs-total": {
        "title": "Jobs finished",
        "library": "metric",
        "query": f"select count(*) as jobs {_FINISHED}",
        "display": {"field": "jobs"},
    },
    "failures-total": {
        "title": "Jobs failed",
        "library": "metric",
        "query": f"select count(*) as failed {_FINISHED} and status = 'failed'",
        "display": {"field": "failed"},
    },
    "cost-total": {
        "title": "Model cost (USD)",
        "library": "metric",
        "query": f"select printf('%.4f', coalesce(sum(cost_usd), 0)) as cost_usd {_CALLS}",
        "display": {"field": "cost_usd", "prefix": "$"},
    },
    "jobs-per-day": {
        "title": "Jobs and failures per day",
        "library": "vega-lite",
        "query": f"select date(ts) as day, count(*) as jobs,"
        f" sum(status = 'failed') as failures {_FINISHED} group by day order by day",
        "display": {
            "transform": [{"fold": ["jobs", "failures"], "as": ["series", "count"]}],
            **_bars(
                {"field": "day", "type": "ordinal", "title": None, "axis": {"labelAngle": 0}},
                {"field": "count", "type": "quantitative", "title": "jobs"},
                xOffset={"field": "series", "sort": ["jobs", "failures"]},
                color={
                    "field": "series",
                    "type": "nominal",
                    "title": None,
                    "scale": {"domain": ["jobs", "failures"], "range": ["#4c78a8", "#e45756"]},
                },
            ),
        },
    },
    "cost-per-day": {
        "title": "Model cost per day (USD), by provider",
        "library": "vega-lite",
        "query": "select date(ts) as day, coalesce(provider, '?') as provider,"
        f" round(sum(coalesce(cost_usd, 0)), 6) as cost_usd {_CALLS}"
        " group by day, provider order by day, provider",
        "display": _bars(
            {"field": "day", "type": "ordinal", "title": None, "axis": {"labelAngle": 0}},
            {"field": "cost_usd", "type": "quantitative", "title": "USD", "stack": "zero"},
            color={"field": "provider", "type": "nominal"},
        ),
    },
    "cost-per-provider": {
        "title": "Model cost per provider",
        "library": "vega-lite",
        "query": "select coalesce(provider, '?') as provider, count(*) as calls,"
        " sum(coalesce(tokens_in, 0) + coalesce(tokens_out, 0)) as tokens,"
        f" round(sum(coalesce(cost_usd, 0)), 6) as cost_usd {_CALLS}"
        " group by 1 order by cost_usd desc, provider",
        "display": _bars(
            {"field": "cost_usd", "type": "quantitative", "title": "USD"},
            {"field": "provider", "type": "nominal", "sort": "-x", "title": None},
            color={"field": "provider", "type": "nominal", "legend": None},
            tooltip=[
                {"field": "provider"},
                {"field": "cost_usd", "title": "USD"},
                {"field": "calls"},
                {"field": "tokens"},
            ],
        ),
    },
    "slowest-skills": {
        "title": "Slowest skills: p50 and p95 job time (ms)",
        "library": "vega-lite",
        "query": _LATENCY_SQL,
        "display": {
            "transform": [{"fold": ["p50_ms", "p95_ms"], "as": ["percentile", "ms"]}],
            **_bars(
                {"field": "ms", "type": "quantitative", "title": "ms"},
                {"field": "skill", "type": "nominal", "sort": None, "title": None},
                yOffset={"field": "percentile", "sort": ["p50_ms", "p95_ms"]},
                color={
                    "field": "percentile",
                    "type": "nominal",
                    "title": None,
                    "scale": {"domain": ["p50_ms", "p95_ms"], "range": ["#72b7b2", "#f58518"]},
                },
            ),
        },
    },
    "invoice-totals": {
        "title": "Invoice totals per currency",
        "library": "vega-lite",
        "query": _INVOICE_SQL,
        "display": _bars(
            {
                "field": "currency",
                "type": "nominal",
                "sort": "-y",
                "title": None,
                "axis": {"labelAngle": 0},
            },
            {"field": "total", "type": "quantitative", "title": "total"},
            color={"field": "currency", "type": "nominal", "legend": None},
            tooltip=[{"field": "currency"}, {"field": "total"}, {"field": "invoices"}],
        ),
    },
    "recent-failures": {
        "title": f"Recent failures (latest {RECENT_FAILURES})",
        "library": "table",
        "query": f"select {_html('ts')} as ts, {_html('skill')} as skill,"
        f" {_html('channel')} as channel, {_html('detail')} as reason"
        f" {_FINISHED} and status = 'failed' order by id desc limit {RECENT_FAILURES}",
        "display": {},
    },
}

LAYOUT: list[list[str]] = [
    ["jobs-total", "failures-total", "cost-total"],
    ["jobs-per-day", "jobs-per-day", "cost-per-day"],
    ["slowest-skills", "cost-per-provider", "invoice-totals"],
    ["recent-failures", "recent-failures", "recent-failures"],
]


def dashboard_definition() -> dict[str, Any]:
    """The datasette-dashboards entry for the bot's dashboard."""
    return {
        "title": "mmbot",
        "description": "What the bot did and what it cost: jobs, failures, model cost, "
        "job times and invoice totals, from its audit log and results (read-only).",
        "settings": {"allow_fullscreen": True, "autorefresh": 5},
        "layout": LAYOUT,
        "charts": {slug: {"db": DATABASE, **chart} for slug, chart in CHARTS.items()},
    }


def datasette_metadata(hidden_tables: list[str], token_required: bool) -> dict[str, Any]:
    """Datasette's metadata: the dashboard, the tables hidden, who is allowed in."""
    metadata: dict[str, Any] = {
        "title": "mmbot dashboard",
        "description": "The bot's audit log and results, read-only. Text is stored redacted.",
        "databases": {
            DATABASE: {
                "tables": {name: {"hidden": True, "allow": False} for name in hidden_tables},
            }
        },
        "plugins": {"datasette-dashboards": {DASHBOARD: dashboard_definition()}},
    }
    if token_required:
        metadata["allow"] = {"id": ACTOR_ID}
    return metadata


SETTINGS: dict[str, Any] = {
    "allow_download": False,
    "suggest_facets": False,
    "sql_time_limit_ms": 5000,
    "max_returned_rows": 1000,
}


# -- reading only -------------------------------------------------------------------------

_TABLE_FUNCTIONS = ("json_each", "json_tree")
# Pragmas Datasette reads the schema with: those naming a table, and those read bare.
_TABLE_PRAGMAS = frozenset(
    {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list"}
)
_BARE_PRAGMAS = frozenset(
    {
        "database_list",
        "schema_version",
        "data_version",
        "compile_options",
        "function_list",
        "module_list",
        "pragma_list",
        "collation_list",
        "table_list",
        "journal_mode",
        "page_size",
        "page_count",
        "freelist_count",
        "encoding",
        "user_version",
        "application_id",
    }
)


def _authorize(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
) -> int:
    """SQLite authorizer: reading the exposed tables and the schema, nothing else."""
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_READ:
        table = arg1 or ""
        if (
            table in EXPOSED_TABLES
            or table.startswith(("sqlite_", "pragma_"))
            or table in _TABLE_FUNCTIONS
        ):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # What SQLite asks while it declares a table-valued function's columns (json_each);
        # no statement Datasette runs can update the schema, and the file is opened read-only.
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        # Reading one is allowed; setting one (`PRAGMA name = value`) is not.
        pragma = (arg1 or "").lower()
        if pragma in _TABLE_PRAGMAS or (pragma in _BARE_PRAGMAS and arg2 is None):
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def read_only_connection(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot write, whatever SQL it is given."""
    conn = sqlite3.connect(
        f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
    )
    conn.execute("PRAGMA query_only = 1")
    conn.set_authorizer(_authorize)
    return conn


def _database_class() -> type:
    from datasette.database import Database

    class ReadOnlyDatabase(Database):  # type: ignore[misc]
        """Datasette's database, every connection read-only (its write thread's too)."""

        def connect(self, write: bool = False) -> sqlite3.Connection:
            conn = read_only_connection(self.path)
            self._all_file_connections.append(conn)
            return conn

    return ReadOnlyDatabase


# -- the token ----------------------------------------------------------------------------

_TOKENS: "weakref.WeakKeyDictionary[Any, str]" = weakref.WeakKeyDictionary()

_LOGIN_PAGE = """{% extends "base.html" %}
{% block title %}Sign in: mmbot dashboard{% endblock %}
{% block content %}
<h1>mmbot dashboard</h1>
{% if wrong %}<p class="message-error">That token is not right.</p>{% endif %}
<form action="{{ urls.path('-/login') }}" method="post">
  <p><label>Token <input type="password" name="token" autofocus></label>
  <input type="hidden" name="csrftoken" value="{{ csrftoken() }}">
  <input type="submit" value="Sign in"></p>
</form>
{% endblock %}"""


def _token_matches(datasette: Any, given: str | None) -> bool:
    token = _TOKENS.get(datasette)
    return bool(token and given) and secrets.compare_digest(str(given).encode(), token.encode())


class _TokenAuth:
    """Datasette hooks: the actor from a bearer token, `/-/login` for browsers."""

    @staticmethod
    def actor_from_request(datasette: Any, request: Any) -> dict[str, str] | None:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and _token_matches(datasette, given.strip()):
            return {"id": ACTOR_ID}
        return None

    @staticmethod
    def register_routes() -> list[tuple[str, Callable[..., Any]]]:
        return [(r"^/-/login$", _login)]

    @staticmethod
    def forbidden(datasette: Any, request: Any, message: str) -> Any:
        from datasette.utils.asgi import Response

        if datasette in _TOKENS and request.actor is None and ".json" not in request.path:
            return Response.redirect(datasette.urls.path("-/login"))
        return None


async def _login(request: Any, datasette: Any) -> Any:
    from datasette.utils.asgi import NotFound, Response

    if datasette not in _TOKENS:
        raise NotFound("no token is set: this dashboard is open")
    wrong = False
    if request.method == "POST":
        given = (await request.post_vars()).get("token")
        if _token_matches(datasette, given):
            response = Response.redirect(datasette.urls.path(f"-/dashboards/{DASHBOARD}"))
            cookie = datasette.sign({"a": {"id": ACTOR_ID}}, "actor")
            response.set_cookie("ds_actor", cookie, httponly=True, samesite="lax")
            return response
        wrong = True
    page = datasette.jinja_env.from_string(_LOGIN_PAGE)
    html = await datasette.render_template(page, {"wrong": wrong}, request=request)
    return Response.html(html, status=403 if wrong else 200)


def _install_hooks() -> None:
    from datasette import hookimpl
    from datasette.plugins import pm

    if pm.has_plugin("mmbot-dashboard-auth"):
        return
    plugin = type(
        "MmbotDashboardAuth",
        (),
        {
            name: staticmethod(hookimpl(getattr(_TokenAuth, name)))
            for name in ("actor_from_request", "register_routes", "forbidden")
        },
    )
    pm.register(plugin, name="mmbot-dashboard-auth")


# -- building and serving -----------------------------------------------------------------


def is_loopback(host: str) -> bool:
    """Whether every address `host` stands for is this machine's loopback."""
    name = host.strip("[]")
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(name, None)
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in found)


def resolve_token(reference: str | None, host: str) -> str | None:
    """The token from its reference (env:NAME, file:PATH), checked against where we bind.

    Refuses (a `UserFacingError`) a non-loopback `host` without a token, and a token
    shorter than `MIN_TOKEN_LENGTH`.
    """
    token = Secret(reference or DEFAULT_TOKEN_REFERENCE).value()
    if token is None and not is_loopback(host):
        raise UserFacingError(
            f"the dashboard will not listen on {host} without a token: it serves the bot's "
            f"audit log. Set {TOKEN_ENV} (or --token env:NAME / file:PATH) to a secret of "
            f"at least {MIN_TOKEN_LENGTH} characters, or bind to 127.0.0.1"
        )
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise UserFacingError(
            f"the dashboard token is too short: use at least {MIN_TOKEN_LENGTH} characters "
            "(for instance `python -c 'import secrets; print(secrets.token_urlsafe())'`)"
        )
    return token


def _no_console_tracebacks() -> None:
    """Datasette prints every failed request's traceback with its local variables
    (`rich`, when installed) straight to the console: past our redacting log, and into
    a pipe nobody reads until the server blocks. The error still goes to the client."""
    from datasette import handle_exception

    handle_exception.rich = None


def build_datasette(db_path: str | Path, token: str | None = None) -> Any:
    """An in-process Datasette serving `db_path` read-only with the dashboard."""
    from datasette.app import Datasette

    path = Path(db_path)
    if not path.is_file():
        raise UserFacingError(f"there is no database at {path}: run the bot first")
    with closing(read_only_connection(path)) as probe:
        listed = probe.execute("select name from sqlite_master where type = 'table'")
        tables = [row[0] for row in listed]
    hidden = sorted(name for name in tables if name not in EXPOSED_TABLES)
    _install_hooks()
    _no_console_tracebacks()
    datasette = Datasette(
        [],
        metadata=datasette_metadata(hidden, token_required=token is not None),
        settings=SETTINGS,
        secret=secrets.token_hex(32),
    )
    datasette.add_database(_database_class()(datasette, path=str(path)), name=DATABASE)
    if token is not None:
        _TOKENS[datasette] = token
    return datasette


def serve_dashboard(
    db_path: str | Path,
    *,
    host: str,
    port: int,
    token: str | None,
    echo: Callable[[str], None],
) -> None:
    """Serve the dashboard until stopped (Ctrl-C)."""
    import uvicorn

    if postgres.is_postgres(db_path):
        raise UserFacingError(
            "the dashboard reads a SQLite file (Datasette); with PostgreSQL, point Grafana or"
            " Metabase at the server, or run `mmbot audit` and `mmbot usage`"
        )
    if not Path(db_path).is_file():
        raise UserFacingError(f"there is no database at {db_path}: run the bot first")
    open_database(db_path).conn.close()  # migrated to the current schema, as the bot would
    datasette = build_datasette(db_path, token)
    asyncio.run(datasette.invoke_startup())
    shown = f"[{host}]" if ":" in host else host
    echo(f"mmbot dashboard: http://{shown}:{port}/-/dashboards/{DASHBOARD} (read-only)")
    if token is not None:
        echo(f"  sign in at http://{shown}:{port}/-/login, or send 'Authorization: Bearer …'")
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")
