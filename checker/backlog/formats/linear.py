"""Linear's CSV export (Settings > Import/Export > Export CSV).

Source: linear.app/docs/exporting-data. Labels arrive comma-separated in one cell; `Team` is
the team's name; `Estimate` the points; descriptions are Markdown.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

LINEAR = ImportFormat(
    name="linear-csv", label="Linear CSV", container="csv", markup="markdown",
    source="https://linear.app/docs/exporting-data",
    fields={F.ID: ["ID"], F.TITLE: ["Title"], F.BODY: ["Description"],
            F.EFFORT: ["Estimate"], F.TEAM: ["Team"], F.PERSON: ["Assignee"],
            F.STATUS: ["Status"], F.LABELS: ["Labels"], F.CREATED: ["Created"],
            F.AUTHOR: ["Creator"], F.DONE: ["Completed", "Canceled"]},
    also=["Priority", "Project", "Project ID", "Cycle Number", "Cycle Name", "Updated",
          "Started", "Triaged", "Archived", "Due Date", "Parent issue", "Project Milestone"],
)

# Issues from Linear's GraphQL API (`issues { nodes { ... } }`, saved as JSON): the readable id
# is `identifier` ("ENG-123"), `id` a UUID. Source: developers.linear.app/docs/graphql/working-
# with-the-graphql-api and the Issue object of the schema.
LINEAR_API = ImportFormat(
    name="linear-api", label="Linear API issues (JSON)", container="json", markup="markdown",
    source="https://developers.linear.app/docs/graphql/working-with-the-graphql-api",
    fields={F.ID: ["identifier", "id"], F.TITLE: ["title"], F.BODY: ["description"],
            F.EFFORT: ["estimate"], F.TEAM: ["team.name"], F.PERSON: ["assignee.name"],
            F.STATUS: ["state.name"], F.LABELS: ["labels.nodes[].name"], F.URL: ["url"],
            F.CREATED: ["createdAt"], F.AUTHOR: ["creator.name"],
            F.DONE: ["completedAt", "canceledAt"]},  # canceled is no open work, as in the CSV
    also=["priority", "number", "updatedAt", "cycle", "project", "branchName"],
)

FORMATS = [LINEAR, LINEAR_API]
