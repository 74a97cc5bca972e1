"""Shortcut: the stories CSV (Settings > Export Data) and stories from its REST API.

Sources: help.shortcut.com, "Exporting your data from Shortcut": lower-case columns `id, name,
type, requester, owners, description, is_completed, created_at, ..., estimate, labels, state,
epic, project, iteration, team, ...`; developer.shortcut.com/api/rest/v3 (Story, and
`GET /api/v3/search/stories` replying `{"data": [...], "next", "total"}`): `story_type`,
`completed`, `estimate`, `labels[].name`, `app_url` on app.shortcut.com; workflow states and
owners are ids only. Descriptions are Markdown; people call a story `sc-<id>`.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

SHORTCUT = ImportFormat(
    name="shortcut-csv", label="Shortcut CSV", container="csv", markup="markdown",
    source="https://help.shortcut.com/hc/en-us/articles/206093065-Exporting-Your-Data-from-"
    "Shortcut",
    fields={F.ID: ["id"], F.TITLE: ["name"], F.BODY: ["description"],
            F.EFFORT: ["estimate"], F.TEAM: ["team", "project"], F.PERSON: ["owners"],
            F.STATUS: ["state"], F.TYPE: ["type"], F.LABELS: ["labels"],
            F.CREATED: ["created_at"], F.AUTHOR: ["requester"], F.DONE: ["is_completed"]},
    also=["started_at", "updated_at", "moved_at", "completed_at", "external_tickets",
          "is_blocked", "epic", "epic_id", "iteration", "workflow", "priority", "severity",
          "is_archived", "due_date"],
)

SHORTCUT_API = ImportFormat(
    name="shortcut-api", label="Shortcut API stories (JSON)", container="json",
    markup="markdown", number_prefix="sc-", source="https://developer.shortcut.com/api/rest/v3",
    fields={F.ID: ["id"], F.TITLE: ["name"], F.BODY: ["description"],
            F.EFFORT: ["estimate"], F.TYPE: ["story_type"], F.LABELS: ["labels[].name"],
            F.URL: ["app_url"], F.CREATED: ["created_at"], F.DONE: ["completed"]},
    also=["workflow_state_id", "workflow_id", "owner_ids", "requested_by_id", "follower_ids",
          "epic_id", "iteration_id", "group_id", "project_id", "label_ids", "started",
          "started_at", "completed_at", "updated_at", "moved_at", "archived", "blocked",
          "blocker", "deadline", "position", "entity_type", "external_id", "external_links",
          "tasks", "comments", "branches", "commits", "pull_requests", "story_links",
          "global_id", "custom_fields", "stats", "lead_time", "cycle_time"],
)

FORMATS = [SHORTCUT, SHORTCUT_API]
