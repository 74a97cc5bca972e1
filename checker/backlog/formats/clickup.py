"""ClickUp tasks as the API returns them (`GET /api/v2/list/{list_id}/task`, saved as JSON:
`{"tasks": [...]}`).

Source: clickup.com/api/clickupreference/operation/GetTasks/. `text_content` is the plain text
of the description; `status` is an object naming the status; assignees are people objects.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

CLICKUP_API = ImportFormat(
    name="clickup-api", label="ClickUp API tasks (JSON)", container="json", markup="markdown",
    source="https://clickup.com/api/clickupreference/operation/GetTasks/",
    fields={F.ID: ["custom_id", "id"], F.TITLE: ["name"],
            F.BODY: ["text_content", "markdown_description", "description"],
            F.EFFORT: ["points"], F.PERSON: ["assignees[].username"],
            F.STATUS: ["status.status"], F.LABELS: ["tags[].name"], F.URL: ["url"],
            F.CREATED: ["date_created"], F.AUTHOR: ["creator.username"],
            F.DONE: ["date_closed"], F.TEAM: ["list.name"]},
    also=["time_estimate", "orderindex", "priority", "due_date", "start_date", "folder",
          "space", "parent", "watchers", "checklists", "custom_fields", "date_updated"],
)

FORMATS = [CLICKUP_API]
