"""Azure Boards CSV, as a query result is exported.

Source: "Import or update work items in bulk by using CSV files" (learn.microsoft.com/azure/
devops/boards/queries/import-work-items-from-csv): `ID, Work Item Type, Title, Assigned To,
State, Tags`, plus whatever columns the query shows (`Story Points`, `Effort`, `Area Path`,
`Description`). Tree queries name titles `Title 1`, `Title 2`, ...; descriptions are HTML;
people read `Name <mail>`; tags are separated by `;`.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

AZURE_DEVOPS = ImportFormat(
    name="azure-devops-csv", label="Azure DevOps (Boards) CSV", container="csv", markup="html",
    source="https://learn.microsoft.com/azure/devops/boards/queries/import-work-items-from-csv",
    fields={F.ID: ["ID"], F.TITLE: ["Title", "Title 1", "Title 2", "Title 3"],
            F.BODY: ["Description", "Repro Steps", "Acceptance Criteria"],
            F.EFFORT: ["Story Points", "Effort", "Size", "Original Estimate"],
            F.TEAM: ["Area Path", "Node Name"], F.PERSON: ["Assigned To"],
            F.STATUS: ["State"], F.TYPE: ["Work Item Type"], F.LABELS: ["Tags"],
            F.CREATED: ["Created Date"], F.AUTHOR: ["Created By"]},
    also=["Iteration Path", "Reason", "Priority", "Changed Date", "Board Column",
          "Value Area", "Remaining Work"],
)

# The REST API's work items (`GET _apis/wit/workitems?ids=...`, or a saved `{"count", "value"}`
# reply): fields keyed by their reference names, which hold dots ("System.Title").
# Source: learn.microsoft.com/rest/api/azure/devops/wit/work-items/list
AZURE_DEVOPS_REST = ImportFormat(
    name="azure-devops-rest", label="Azure DevOps REST work items", container="json",
    markup="html", source="https://learn.microsoft.com/rest/api/azure/devops/wit/work-items/list",
    fields={F.ID: ["id", "fields.System.Id"], F.TITLE: ["fields.System.Title"],
            F.BODY: ["fields.System.Description", "fields.Microsoft.VSTS.TCM.ReproSteps",
                     "fields.Microsoft.VSTS.Common.AcceptanceCriteria"],
            F.EFFORT: ["fields.Microsoft.VSTS.Scheduling.StoryPoints",
                       "fields.Microsoft.VSTS.Scheduling.Effort"],
            F.TEAM: ["fields.System.AreaPath"], F.PERSON: ["fields.System.AssignedTo"],
            F.STATUS: ["fields.System.State"], F.TYPE: ["fields.System.WorkItemType"],
            F.LABELS: ["fields.System.Tags"], F.CREATED: ["fields.System.CreatedDate"],
            F.AUTHOR: ["fields.System.CreatedBy"]},
    also=["rev", "url", "_links", "commentVersionRef"], nested=["fields"],
)

FORMATS = [AZURE_DEVOPS, AZURE_DEVOPS_REST]
