"""The metadata database: workspaces and their files, keys, jobs, results, feedback, and the
tracker connections and comments of the webhooks.

SQLite by default, any SQLAlchemy URL (PostgreSQL) otherwise. Times are epoch seconds
(floats) so every dialect stores them the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    false,
    inspect,
    make_url,
    text,
    true,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateColumn

metadata = MetaData()

workspaces = Table(
    "workspaces",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("root", String(120), nullable=False),  # stands in for a folder path
    Column("collection", String(80), nullable=False),
    Column("content_version", String(32)),  # of the stored files; None until complete
    Column("indexed_version", String(32)),  # what Chroma holds, set when a reindex finishes
    Column("created_at", Float, nullable=False),
)

workspace_files = Table(
    "workspace_files",
    metadata,
    Column("workspace_id", ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), primary_key=True),  # "okrs" or "strategy"
    Column("name", String(200), primary_key=True),
    Column("text", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(32), primary_key=True),  # the public part of the key
    Column("workspace_id", ForeignKey("workspaces.id", ondelete="CASCADE")),  # None: all
    Column("scopes", String(64), nullable=False),
    Column("secret_hash", String(64), nullable=False),
    Column("label", String(200), nullable=False, default=""),
    Column("created_at", Float, nullable=False),
    Column("revoked_at", Float),
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("workspace_id", ForeignKey("workspaces.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # "audit", "reindex" or "webhook"
    Column("status", String(16), nullable=False),  # queued, running, done, failed
    Column("total", Integer, nullable=False, default=0),
    Column("done", Integer, nullable=False, default=0),
    Column("skipped", Text, nullable=False, default="[]"),  # unreadable rows, JSON
    Column("payload", Text, nullable=False, default="[]"),  # audit items, JSON
    Column("strategy_version", String(32)),
    Column("error", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("owner", String(64)),
    Column("heartbeat_at", Float),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

job_results = Table(
    "job_results",
    metadata,
    Column("job_id", ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("result", Text, nullable=False),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("workspace_id", ForeignKey("workspaces.id", ondelete="CASCADE"), nullable=False),
    Column("item_id", String(200), nullable=False),
    Column("accepted", Boolean, nullable=False),
    Column("verdict", String(16)),
    Column("kr_id", String(100)),
    Column("comment", Text, nullable=False, default=""),
    Column("result", Text),  # the result being judged, JSON, when sent
    Column("key_id", String(32)),
    Column("created_at", Float, nullable=False),
)

tracker_connections = Table(
    "tracker_connections",
    metadata,
    Column("workspace_id", ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True),
    Column("tracker", String(16), primary_key=True),  # github, jira or linear
    Column("base_url", String(300), nullable=False),
    Column("user", String(200)),  # Jira: the account email that goes with the token
    Column("bot_user", String(200)),  # the token's account: its own events are ignored
    Column("min_confidence", Float, nullable=False),
    Column("labels", Boolean, nullable=False),
    # Added after the first release: make_engine adds it to older databases (true for them).
    Column("ignore_bots", Boolean, nullable=False, server_default=true()),
    # Added later still: false for older databases (replies teach only from people with write
    # access where the tracker says who has it).
    Column("teach_from_anyone", Boolean, nullable=False, server_default=false()),
    Column("token_sealed", Text, nullable=False),  # encrypted, see api/trackers/vault.py
    Column("secret_sealed", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

tracker_posts = Table(
    "tracker_posts",
    metadata,
    Column("workspace_id", ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True),
    Column("tracker", String(16), primary_key=True),
    Column("item", String(300), primary_key=True),  # owner/repo#12, PROJ-7, a Linear issue id
    Column("comment_id", String(100), nullable=False),
    Column("fingerprint", String(64), nullable=False),  # of what the comment says
    Column("labels", Text, nullable=False, default="[]"),  # labels we added, JSON
    Column("updated_at", Float, nullable=False),
    # Added after the first release (make_engine adds them to older databases, as NULL): the
    # text that was judged and the result the comment shows, so a reply can teach from them,
    # and the team's answer the comment shows since.
    Column("title", Text),
    Column("body", Text),
    Column("result", Text),  # CheckResult JSON
    Column("answer", Text),  # TeamAnswer JSON
)

# Webhook deliveries already answered, kept a day so a replay is answered as a duplicate.
tracker_deliveries = Table(
    "tracker_deliveries",
    metadata,
    Column("workspace_id", ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True),
    Column("tracker", String(16), primary_key=True),
    Column("key", String(80), primary_key=True),  # body:<sha256> or id:<sha256 of the id>
    Column("received_at", Float, nullable=False, index=True),
)


def make_engine(url: str) -> Engine:
    """An engine with the schema created; SQLite gets WAL, a busy timeout and foreign keys,
    and its folder is made when missing (a fresh machine has no data dir yet)."""
    is_sqlite = url.startswith("sqlite")
    connect_args: dict[str, Any] = {"check_same_thread": False, "timeout": 30} if is_sqlite else {}
    if is_sqlite:
        _make_folder(url)
    # hide_parameters: a driver error must never carry (and log) a document's text.
    engine = create_engine(
        url, connect_args=connect_args, pool_pre_ping=not is_sqlite, hide_parameters=True
    )
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    metadata.create_all(engine)
    add_missing_columns(engine)
    return engine


def add_missing_columns(engine: Engine) -> list[str]:
    """Add to existing tables the columns this release declares and they lack, as
    `table.column` names (empty when none was missing).

    create_all makes missing tables but never alters one, so a database made by an older
    release would fail on the first query naming a new column. Every column added after a
    table's first release is nullable or has a server default, so ADD COLUMN keeps each row.
    Several processes may start at once: a column another one added meanwhile is no error.
    """
    added: list[str] = []
    for table in metadata.sorted_tables:
        present = {c["name"] for c in inspect(engine).get_columns(table.name)}
        for column in table.columns:
            if column.name not in present and _add_column(engine, table, column):
                added.append(f"{table.name}.{column.name}")
    return added


def _add_column(engine: Engine, table: Table, column: Column[Any]) -> bool:
    ddl = CreateColumn(column).compile(dialect=engine.dialect)
    name = engine.dialect.identifier_preparer.quote(table.name)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE {name} ADD COLUMN {ddl}"))
    except DBAPIError:
        if column.name in {c["name"] for c in inspect(engine).get_columns(table.name)}:
            return False  # added by another process starting beside this one
        raise
    return True


def database_exists(url: str) -> bool:
    """False only for a SQLite file not created yet: a read-only command (`workspaces list`)
    then has nothing to read and creates nothing. Other databases count as there."""
    file = _sqlite_file(url)
    return file is None or file.exists()


def _make_folder(url: str) -> None:
    file = _sqlite_file(url)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)


def _sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names; None for another database, memory or a `file:` URI."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside the job writer; several processes may share the file.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
