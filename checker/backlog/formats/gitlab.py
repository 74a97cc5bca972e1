"""GitLab's issues CSV (Issues list > Export as CSV, e-mailed to the user).

Source: docs.gitlab.com/user/project/issues/csv_export: `Title, Description, Issue ID, URL,
State, Author, Author Username, Assignee, Assignee Username, ..., Weight, Labels, ...`.
Descriptions are Markdown; `Weight` is GitLab's estimate; a `team::X` scoped label or
`team: X` names the team.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

GITLAB = ImportFormat(
    name="gitlab-issues-csv", label="GitLab issues CSV", container="csv", markup="markdown",
    source="https://docs.gitlab.com/user/project/issues/csv_export/",
    fields={F.ID: ["Issue ID", "IID"], F.TITLE: ["Title"], F.BODY: ["Description"],
            F.EFFORT: ["Weight"], F.PERSON: ["Assignee", "Assignee Username"],
            F.STATUS: ["State"], F.LABELS: ["Labels"], F.URL: ["URL"],
            F.CREATED: ["Created At (UTC)"], F.AUTHOR: ["Author Username", "Author"]},
    also=["Confidential", "Locked", "Due Date", "Updated At (UTC)", "Closed At (UTC)",
          "Milestone", "Time Estimate", "Time Spent", "Epic ID", "Epic Title"],
)

FORMATS = [GITLAB]
