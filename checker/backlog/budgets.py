"""What reading one backlog file may cost: size, rows, columns, field length, JSON nesting.

Each limit is checked while the file is read, so a hostile file (a 100,000-deep JSON array,
a CSV field of megabytes, a million rows) is refused in well under a second with an `InputError`
naming the file and the limit, before any item is checked.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ReadBudget(BaseModel):
    """Limits for one backlog file. The defaults fit any real tracker export we know of."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # 50 MB holds ~100,000 Jira rows with descriptions; larger exports should be split.
    max_bytes: int = Field(default=50_000_000, ge=1)
    # Far above the API's default audit size (5,000) and what an audit finishes in a meeting.
    max_rows: int = Field(default=100_000, ge=1)
    # Jira Cloud CSV exports carry ~250 columns with every custom field; 2,000 leaves room.
    max_columns: int = Field(default=2_000, ge=1)
    # One CSV cell: a longer "field" is a broken quote that swallowed the rest of the file.
    # Long but real descriptions stay under it and are cut later, the same way on every route
    # (what is cut is said in the result); JSON strings are bounded by the file size alone.
    max_field_chars: int = Field(default=1_000_000, ge=1)
    # gh project item-list nests 4 levels, a Trello board 5; 64 is the API's own JSON budget
    # (api/bodies.py, MAX_JSON_DEPTH), so an upload and a local file meet one limit.
    max_depth: int = Field(default=64, ge=2)


DEFAULT_BUDGET = ReadBudget()
