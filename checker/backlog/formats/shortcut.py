"""Shortcut's stories CSV (Settings > Export Data).

Source: help.shortcut.com, "Exporting your data from Shortcut": lower-case columns `id, name,
type, requester, owners, description, is_completed, created_at, ..., estimate, labels, state,
epic, project, iteration, team, ...`. Descriptions are Markdown.
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

FORMATS = [SHORTCUT]
