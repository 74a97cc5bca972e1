"""stratalign's own item shape, as JSONL, a JSON array or CSV: `id`, `title`, `body`, and
optional `effort` (or `estimate`, `story_points`, `points`, `size`), `team`, `assignee`,
`labels`, `status`, `type`, `url`, `created`. Keys of our own are kept on the item as given.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

OWN = ImportFormat(
    name="stratalign", label="stratalign items", container="any", markup="auto",
    keep_extra=True, source="docs/audit-report.md, 'Our fields'",
    fields={F.ID: ["id"], F.TITLE: ["title"], F.BODY: ["body"],
            F.EFFORT: ["effort", "estimate", "story_points", "points", "size"],
            F.TEAM: ["team"], F.PERSON: ["assignee", "person"], F.STATUS: ["status"],
            F.TYPE: ["type"], F.LABELS: ["labels"], F.URL: ["url"], F.CREATED: ["created"],
            F.AUTHOR: ["author"]},
)

FORMATS = [OWN]
