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

FORMATS = [LINEAR]
