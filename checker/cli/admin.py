"""`stratalign keys` and `stratalign trackers`: the API's keys and tracker connections, written
straight to the configured database (the commands delegate to api/)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.markup import escape

from checker.cli.printable import printable
from checker.cli.support import Command, err, errors_to_exit, settings_from
from checker.thresholds import TRACKER_MIN_CONFIDENCE
from index.errors import StratalignError, first_problem

if TYPE_CHECKING:
    from api.server import ConnectionIn

keys_app = typer.Typer(no_args_is_help=True, help="API keys: create, list, revoke.")


@keys_app.command("create", cls=Command)
def keys_create(
    workspace: Annotated[
        str | None, typer.Option("--workspace", "-w", metavar="NAME",
                                  help="Workspace name; omit with --all.")
    ] = None,
    all_workspaces: Annotated[
        bool, typer.Option("--all", help="A key for every workspace (to create workspaces).")
    ] = False,
    scope: Annotated[
        list[str] | None, typer.Option("--scope", "-s", metavar="SCOPE",
                                  help="check and/or admin (repeatable).")
    ] = None,
    label: Annotated[str, typer.Option(metavar="TEXT", help="A note saying whose key it is.")] = "",
) -> None:
    """Create a key; it is printed once and stored only as a hash."""
    from api import server

    with errors_to_exit():
        target = _key_target(workspace, all_workspaces)
        info, plaintext = server.create_key(settings_from(), target, scope or ["check"], label)
    err.print(escape(f"key {info.id} for {info.workspace or 'all workspaces'}, scopes "
                     f"{' '.join(info.scopes)}; shown once, keep it now:"), highlight=False)
    typer.echo(plaintext)


def _key_target(workspace: str | None, all_workspaces: bool) -> str | None:
    if (workspace is None) == (not all_workspaces):
        raise StratalignError("give --workspace NAME or --all, one of the two")
    return workspace


@keys_app.command("list", cls=Command)
def keys_list(
    workspace: Annotated[str | None, typer.Option("--workspace", "-w", metavar="NAME")] = None,
) -> None:
    """List keys (id, workspace, scopes, state); secrets are never shown."""
    from api import server

    with errors_to_exit():
        for info in server.key_repo(settings_from()).listing(workspace):
            state = "revoked" if info.revoked_at else "active"
            typer.echo(f"{info.id}\t{info.workspace or '*'}\t{','.join(info.scopes)}\t"
                       f"{state}\t{info.label}")


@keys_app.command("revoke", cls=Command)
def keys_revoke(
    key_id: Annotated[
        str, typer.Argument(metavar="KEY_ID", help="The key's id (from `keys list`).")
    ],
) -> None:
    """Revoke a key: it stops working at once."""
    from api import server

    with errors_to_exit():
        info = server.key_repo(settings_from()).revoke(key_id)
    typer.echo(f"revoked {info.id}")


trackers_app = typer.Typer(
    no_args_is_help=True, help="Tracker connections: connect, list, remove, kinds, reseal."
)
TRACKER_HELP = "The tracker's name; `stratalign trackers kinds` lists them."
WorkspaceName = Annotated[
    str, typer.Option("--workspace", "-w", metavar="NAME", help="Workspace name.")
]


@trackers_app.command("kinds", cls=Command)
def trackers_kinds() -> None:
    """List the trackers stratalign can connect to (name, then what it is)."""
    from api import server

    for name, title in server.tracker_kinds().items():
        typer.echo(printable(f"{name}\t{title}"))


@trackers_app.command("connect", cls=Command)
def trackers_connect(
    tracker: Annotated[str, typer.Argument(metavar="TRACKER", help=TRACKER_HELP)],
    workspace: WorkspaceName,
    base_url: Annotated[
        str | None,
        typer.Option(metavar="URL", help="API root; Jira: https://SITE.atlassian.net."),
    ] = None,
    user: Annotated[
        str | None, typer.Option(metavar="EMAIL", help="Jira: the token's account email.")
    ] = None,
    bot_user: Annotated[
        str | None, typer.Option(metavar="USER",
                                  help="The token's account; events it causes are ignored.")
    ] = None,
    min_confidence: Annotated[
        float, typer.Option(metavar="0..1", help="Stay silent below this.")
    ] = TRACKER_MIN_CONFIDENCE,
    labels: Annotated[bool, typer.Option("--labels", help="Also set strategy:/kr: labels.")] = (
        False
    ),
    ignore_bots: Annotated[
        bool,
        typer.Option("--ignore-bots/--check-bots",
                     help="Ignore items opened or edited by bots and apps (default), or check "
                     "them like anyone's."),
    ] = True,
    teach_from_anyone: Annotated[
        bool,
        typer.Option("--teach-from-anyone/--teach-from-writers",
                     help="Take /strategy replies from anyone who can comment, or only from "
                     "people the tracker shows with write access (default; GitHub only)."),
    ] = False,
    verify: Annotated[
        bool, typer.Option(help="Ask the tracker whose token it is before storing.")
    ] = True,
) -> None:
    """Connect a tracker. The token comes from STRATALIGN_TRACKER_TOKEN and the webhook secret
    from STRATALIGN_WEBHOOK_SECRET, or both are asked for without echo: never as arguments,
    which the process list shows to everyone."""
    from api import server

    with errors_to_exit():
        server.known_tracker(tracker)  # before asking for secrets
    token = os.environ.get("STRATALIGN_TRACKER_TOKEN") or typer.prompt(
        f"{tracker} token", hide_input=True
    )
    secret = os.environ.get("STRATALIGN_WEBHOOK_SECRET") or typer.prompt(
        "webhook secret", hide_input=True
    )
    with errors_to_exit():
        body = _connection_in(
            token=token, webhook_secret=secret, base_url=base_url, user=user,
            bot_user=bot_user, min_confidence=min_confidence, labels=labels,
            ignore_bots=ignore_bots, teach_from_anyone=teach_from_anyone, verify=verify,
        )
        info = server.connect_tracker(settings_from(), workspace, tracker, body)
    err.print(escape(f"{info.tracker} connected to workspace {workspace} ({info.base_url}); "
                     f"point its webhook at /v1/integrations/{info.tracker}/{workspace}"),
              highlight=False)


def _connection_in(**fields: object) -> ConnectionIn:
    from api.server import ConnectionIn

    try:
        return ConnectionIn.model_validate(fields)
    except ValidationError as exc:
        raise first_problem(exc, "tracker connection") from None


@trackers_app.command("reseal", cls=Command)
def trackers_reseal() -> None:
    """Seal every stored tracker token and webhook secret again with the newest key.

    To rotate: put a new key first in STRATALIGN_SECRET_KEY (comma-separated, old keys after
    it) or STRATALIGN_SECRET_KEY_FILE, run this, then drop the old keys. Exit 1 when some
    credential opens with none of the keys (it is named; connect that tracker again)."""
    from api import server

    with errors_to_exit():
        done, failed = server.reseal_credentials(settings_from())
    typer.echo(f"resealed {done} connection(s) with the newest key")
    if failed:
        err.print(f"could not open, left as they were: {', '.join(failed)}", highlight=False)
        raise typer.Exit(1)


@trackers_app.command("list", cls=Command)
def trackers_list(
    workspace: WorkspaceName,
) -> None:
    """List a workspace's tracker connections; tokens and secrets are never shown."""
    from api import server

    with errors_to_exit():
        for info in server.tracker_connections(settings_from(), workspace):
            typer.echo(f"{info.tracker}\t{info.base_url}\tbot={info.bot_user or '-'}\t"
                       f"min_confidence={info.min_confidence:g}\tlabels={info.labels}\t"
                       f"ignore_bots={info.ignore_bots}\t"
                       f"teach_from_anyone={info.teach_from_anyone}")


@trackers_app.command("remove", cls=Command)
def trackers_remove(
    tracker: Annotated[str, typer.Argument(metavar="TRACKER", help=TRACKER_HELP)],
    workspace: WorkspaceName,
) -> None:
    """Forget a tracker connection; comments already posted stay on the tracker."""
    from api import server

    with errors_to_exit():
        server.disconnect_tracker(settings_from(), workspace, tracker)
    typer.echo(f"removed the {tracker} connection of {workspace}")


workspaces_app = typer.Typer(
    no_args_is_help=True,
    help="The API's stored workspaces (what `serve` and the page show): list, remove.",
    # (click cut the line above at "the page..." in `stratalign --help`, a newcomer's trial)
    short_help="The API's stored workspaces, as serve and the page show them: list, remove.",
)


@workspaces_app.command("list", cls=Command)
def workspaces_list() -> None:
    """List the workspaces the API stores in the data dir, shared by every clone of this user:
    name, stored files, whether the stored strategy is indexed, when it was created."""
    import datetime

    from api import server

    with errors_to_exit():
        listing = server.workspace_listing(settings_from())
    for record, files in listing:
        created = datetime.datetime.fromtimestamp(record.created_at, datetime.UTC)
        indexed = record.indexed_version is not None and (
            record.indexed_version == record.content_version)
        state = "no files" if not files else "indexed" if indexed else "not indexed"
        typer.echo(printable(f"{record.name}\t{files} files\t{state}\t"
                             f"created {created:%Y-%m-%d %H:%M} UTC"))
    if not listing:
        err.print("no workspaces stored; `stratalign serve -w FOLDER` creates one",
                  highlight=False)


@workspaces_app.command("remove", cls=Command)
def workspaces_remove(
    name: Annotated[str, typer.Argument(metavar="NAME",
                                         help="The workspace's name (`workspaces list`).")],
    yes: Annotated[bool, typer.Option("--yes", "-y",
                                      help="Remove without asking (scripts).")] = False,
) -> None:
    """Delete a stored workspace with its files, keys, jobs, index and the team's corrections,
    after asking (`--yes` skips the question). A folder on disk is never touched;
    `serve -w FOLDER` creates it again."""
    from api import server

    with errors_to_exit():
        settings = settings_from()
        server.stored_workspace(settings, name)  # (NotFoundError before any question)
    if not yes and not _confirmed(f"Remove workspace {name} with its stored files, keys, index "
                                  "and the team's corrections?"):
        err.print("nothing removed (`--yes` removes without asking)", highlight=False)
        raise typer.Exit(1)
    with errors_to_exit():
        server.delete_workspace(settings, name)
    typer.echo(printable(f"removed workspace {name}"))


def _confirmed(question: str) -> bool:
    """The answer to a yes/no question on stderr; no, when there is nothing to answer with (a
    script's closed stdin)."""
    import click

    try:
        return typer.confirm(question, default=False, err=True)
    except (click.exceptions.Abort, typer.Abort):
        return False
