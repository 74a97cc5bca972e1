"""Asana's project CSV export (project header > Export/Print > CSV).

Source: asana.com/guide/help/faq/security#export and the export's own header row: `Task ID,
Created At, Completed At, Last Modified, Name, Section/Column, Assignee, Assignee Email, Start
Date, Due Date, Tags, Notes, Projects, Parent task, ...`; custom fields follow under their own
names. A task is done when `Completed At` is set; notes are plain text.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

ASANA = ImportFormat(
    name="asana-csv", label="Asana CSV", container="csv", markup="text",
    source="https://asana.com/guide/help/faq/security",
    fields={F.ID: ["Task ID"], F.TITLE: ["Name"], F.BODY: ["Notes"],
            F.EFFORT: ["Story Points", "Estimate", "Effort", "Points"],
            F.TEAM: ["Team", "Projects"], F.PERSON: ["Assignee", "Assignee Email"],
            F.STATUS: ["Section/Column", "Status"], F.LABELS: ["Tags"],
            F.CREATED: ["Created At"], F.DONE: ["Completed At"]},
    also=["Last Modified", "Start Date", "Due Date", "Parent task", "Blocked By (Dependencies)",
          "Blocking (Dependencies)"],
)

FORMATS = [ASANA]
