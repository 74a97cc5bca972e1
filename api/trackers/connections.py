"""A workspace's tracker connections: where the tracker's API is, the token to call it with,
the webhook secret, and how loud to be. Secrets are stored sealed and never shown again."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from sqlalchemy import ColumnElement, Engine, RowMapping, and_, delete, insert, select, update

from api import db
from api.errors import NotFoundError
from api.outbound import check_url_form
from api.trackers.vault import SealedSecretError, Vault
from checker.thresholds import TRACKER_MIN_CONFIDENCE
from index.errors import InputError

if TYPE_CHECKING:
    from api.trackers.protocol import Tracker

SEALED = {"token_sealed": "token", "secret_sealed": "webhook_secret"}  # column -> what it holds


class ConnectionIn(BaseModel):
    """What an admin sends to connect a tracker to a workspace."""

    model_config = ConfigDict(extra="forbid")

    token: SecretStr = Field(
        description="The tracker's API token (GitHub, GitLab, Jira) or API key (Linear)."
    )
    webhook_secret: SecretStr = Field(description="The secret the tracker signs deliveries with.")
    base_url: str | None = Field(
        default=None,
        max_length=300,
        description="The tracker's API root; trackers with a cloud host default to it.",
    )
    user: str | None = Field(
        default=None, max_length=200, description="Jira: the account email the token belongs to."
    )
    bot_user: str | None = Field(
        default=None,
        max_length=200,
        description="The token's account (GitHub login, GitLab username, Jira accountId, "
        "Linear user id); events it causes are ignored.",
    )
    min_confidence: float = Field(default=TRACKER_MIN_CONFIDENCE, ge=0.0, le=1.0)
    labels: bool = Field(default=False, description="Also set strategy:* and kr:* labels.")
    ignore_bots: bool = Field(
        default=True,
        description="Ignore items opened or edited by bots and apps (GitHub Apps such as "
        "Dependabot, GitLab bot users, Jira automation, Linear integrations); false checks "
        "them like anyone's. Commands in replies are never taken from a bot.",
    )
    teach_from_anyone: bool = Field(
        default=False,
        description="Take `/strategy` replies from anyone who can comment. Off: only from "
        "people the tracker says have write access (GitHub's author_association); GitLab, Jira "
        "and Linear say nothing about it in their comment events, so there replies teach only "
        "when this is on.",
    )
    verify: bool = Field(
        default=True,
        description="Ask the tracker who the token belongs to before storing (and fill "
        "bot_user from it); off when this host cannot reach the tracker yet.",
    )

    @field_validator("token", "webhook_secret")
    @classmethod
    def _not_blank(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value().strip()) < 8:
            raise ValueError("must be at least 8 characters")
        return value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        check_url_form(value)  # where it may point is the outbound policy's call, at connect
        return value.rstrip("/")


class ConnectionInfo(BaseModel):
    """What may be shown about a connection: never its token or secret."""

    tracker: str  # a name of api/trackers/registry.py
    base_url: str
    user: str | None
    bot_user: str | None
    min_confidence: float
    labels: bool
    ignore_bots: bool = True  # rows stored before this field existed read as true
    teach_from_anyone: bool = False
    created_at: float
    updated_at: float


class Connection(ConnectionInfo):
    """A connection with its secrets opened, for the code that calls the tracker."""

    workspace_id: int
    token: SecretStr
    webhook_secret: SecretStr


class ConnectionRepo:
    """Stores, lists, deletes and opens tracker connections."""

    def __init__(self, engine: Engine, vault: Vault, now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.vault = vault
        self.now = now

    def draft(self, workspace_id: int, tracker: Tracker, body: ConnectionIn) -> Connection:
        """The connection a body describes, checked and with the tracker's defaults, not yet
        stored; InputError naming `base_url` or `user` when the tracker needs one."""
        base_url = body.base_url or tracker.default_base_url
        if base_url is None:
            raise _missing("base_url", tracker.base_url_hint)
        if tracker.needs_user and not body.user:
            raise _missing("user", f"the {tracker.title} account the API token belongs to")
        now = self.now()
        return Connection(
            workspace_id=workspace_id,
            tracker=tracker.name,
            base_url=base_url,
            user=body.user,
            bot_user=body.bot_user,
            min_confidence=body.min_confidence,
            labels=body.labels,
            ignore_bots=body.ignore_bots,
            teach_from_anyone=body.teach_from_anyone,
            token=body.token,
            webhook_secret=body.webhook_secret,
            created_at=now,
            updated_at=now,
        )

    def put(self, connection: Connection) -> ConnectionInfo:
        """Create or replace the workspace's connection to the connection's tracker."""
        values = {
            "base_url": connection.base_url,
            "user": connection.user,
            "bot_user": connection.bot_user,
            "min_confidence": connection.min_confidence,
            "labels": connection.labels,
            "ignore_bots": connection.ignore_bots,
            "teach_from_anyone": connection.teach_from_anyone,
            "token_sealed": self.vault.seal(connection.token.get_secret_value()),
            "secret_sealed": self.vault.seal(connection.webhook_secret.get_secret_value()),
            "updated_at": connection.updated_at,
        }
        workspace_id, tracker = connection.workspace_id, connection.tracker
        where = _key(workspace_id, tracker)
        with self.engine.begin() as conn:
            table = db.tracker_connections
            if conn.execute(select(table.c.tracker).where(where)).first():
                conn.execute(update(table).where(where).values(**values))
            else:
                conn.execute(
                    insert(table).values(
                        workspace_id=workspace_id,
                        tracker=tracker,
                        created_at=connection.created_at,
                        **values,
                    )
                )
        return self.info(workspace_id, tracker)

    def listing(self, workspace_id: int) -> list[ConnectionInfo]:
        """The workspace's connections, without secrets."""
        table = db.tracker_connections
        query = select(table).where(table.c.workspace_id == workspace_id).order_by(table.c.tracker)
        with self.engine.connect() as conn:
            return [_info(row) for row in conn.execute(query).mappings()]

    def info(self, workspace_id: int, tracker: str) -> ConnectionInfo:
        """One connection without secrets; 404 when there is none."""
        return _info(self._row(workspace_id, tracker))

    def find(self, workspace_id: int, tracker: str) -> Connection | None:
        """One connection with its secrets opened, or None."""
        row = self._select(workspace_id, tracker)
        if row is None:
            return None
        return Connection(
            **_info(row).model_dump(),
            workspace_id=workspace_id,
            token=SecretStr(self.vault.open(row["token_sealed"])),
            webhook_secret=SecretStr(self.vault.open(row["secret_sealed"])),
        )

    def webhook_secret(self, workspace_id: int, tracker: str) -> tuple[ConnectionInfo, str] | None:
        """The connection's info and its webhook secret opened (the token stays sealed), or
        None when there is no connection; SealedSecretError when the secret will not open."""
        row = self._select(workspace_id, tracker)
        if row is None:
            return None
        return _info(row), self.vault.open(row["secret_sealed"])

    def unreadable(self) -> list[str]:
        """Every stored credential this server's keys cannot open, as 'workspace/tracker
        column' (empty when all open)."""
        found: list[str] = []
        for row in self._all_rows():
            for column in SEALED:
                try:
                    self.vault.open(row[column])
                except SealedSecretError:
                    found.append(f"{row['name']}/{row['tracker']} {SEALED[column]}")
        return found

    def reseal(self) -> tuple[int, list[str]]:
        """Seal every stored credential again with the newest key: (connections resealed,
        those no configured key opens, as in `unreadable`, left as they were)."""
        done, failed = 0, []
        table = db.tracker_connections
        for row in self._all_rows():
            try:
                values = {column: self.vault.reseal(row[column]) for column in SEALED}
            except SealedSecretError:
                failed.append(f"{row['name']}/{row['tracker']}")
                continue
            with self.engine.begin() as conn:
                conn.execute(
                    update(table).where(_key(row["workspace_id"], row["tracker"])).values(**values)
                )
            done += 1
        return done, failed

    def _all_rows(self) -> list[RowMapping]:
        table, spaces = db.tracker_connections, db.workspaces
        query = (
            select(table, spaces.c.name)
            .join(spaces, spaces.c.id == table.c.workspace_id)
            .order_by(spaces.c.name, table.c.tracker)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).mappings())

    def delete(self, workspace_id: int, tracker: str) -> None:
        """Forget a connection and what it posted; the tracker's comments stay."""
        self._row(workspace_id, tracker)
        with self.engine.begin() as conn:
            conn.execute(delete(db.tracker_connections).where(_key(workspace_id, tracker)))
            posts = db.tracker_posts
            conn.execute(
                delete(posts).where(
                    posts.c.workspace_id == workspace_id, posts.c.tracker == tracker
                )
            )

    def _row(self, workspace_id: int, tracker: str) -> RowMapping:
        row = self._select(workspace_id, tracker)
        if row is None:
            raise NotFoundError(f"this workspace has no {tracker} connection")
        return row

    def _select(self, workspace_id: int, tracker: str) -> RowMapping | None:
        table = db.tracker_connections
        with self.engine.connect() as conn:
            return conn.execute(select(table).where(_key(workspace_id, tracker))).mappings().first()


def _key(workspace_id: int, tracker: str) -> ColumnElement[bool]:
    table = db.tracker_connections
    return and_(table.c.workspace_id == workspace_id, table.c.tracker == tracker)


def _missing(field: str, what: str) -> InputError:
    return InputError(f"'{field}' is required: {what}", field=field)


def _info(row: RowMapping) -> ConnectionInfo:
    return ConnectionInfo.model_validate(
        {name: row[name] for name in ConnectionInfo.model_fields}
    )
