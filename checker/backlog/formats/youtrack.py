"""YouTrack: the issues list exported as CSV, and issues from its REST API.

Sources: "Export Issues" (jetbrains.com/help/youtrack/cloud/export-issues.html): one column
per issue attribute and custom field (`Issue Id, Project, Tags, Summary, Reporter, Created,
Updated, Resolved, Priority, Type, State, Assignee, Subsystem, ..., Estimation, Spent time`);
the REST API's Issue entity (jetbrains.com/help/youtrack/devportal/api-entity-Issue.html):
`idReadable`, `summary`, `description`, `resolved` (a timestamp, null while unresolved),
`customFields` (a list of `{name, value}`), `tags`. An issue is done once resolved: YouTrack
sets `Resolved` when the state is one its bundle marks `isResolved`; the default states that
are (Fixed, Verified, Won't fix, Duplicate, Obsolete, Can't Reproduce, Incomplete) count when
no date was exported. Descriptions are Markdown.
"""

from __future__ import annotations

from typing import Any

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField
_SOURCE = "https://www.jetbrains.com/help/youtrack/cloud/export-issues.html"
# Finished in YouTrack's default workflow, beyond the words every tracker shares.
_RESOLVED_STATES = ["Incomplete"]

YOUTRACK_CSV = ImportFormat(
    name="youtrack-csv", label="YouTrack CSV", container="csv", markup="markdown",
    source=_SOURCE,
    fields={F.ID: ["Issue Id"], F.TITLE: ["Summary"], F.BODY: ["Description"],
            F.EFFORT: ["Story points", "Estimation"], F.TEAM: ["Team", "Subsystem"],
            F.PERSON: ["Assignee"], F.STATUS: ["State"], F.TYPE: ["Type"], F.LABELS: ["Tags"],
            F.CREATED: ["Created"], F.AUTHOR: ["Reporter"], F.DONE: ["Resolved"]},
    also=["Project", "Updated", "Updated by", "Priority", "Fix versions", "Affected versions",
          "Fixed in build", "Spent time", "Votes", "Sprints", "Board"],
    done_words=_RESOLVED_STATES,
)


def name_custom_fields(issues: list[dict[str, Any]], _reply: dict[str, Any]
                       ) -> list[dict[str, Any]]:
    """Issues whose `customFields` list is an object by field name: `customFields.State`."""
    return [{**issue, "customFields": _by_name(issue["customFields"])}
            if isinstance(issue.get("customFields"), list) else issue for issue in issues]


def _by_name(fields: list[Any]) -> dict[str, Any]:
    return {f["name"]: f.get("value") for f in fields
            if isinstance(f, dict) and isinstance(f.get("name"), str)}


YOUTRACK_REST = ImportFormat(
    name="youtrack-rest", label="YouTrack REST API issues (JSON)", container="json",
    markup="markdown", source="https://www.jetbrains.com/help/youtrack/devportal/"
    "api-entity-Issue.html",
    fields={F.ID: ["idReadable", "id"], F.TITLE: ["summary"], F.BODY: ["description"],
            F.EFFORT: ["customFields.Story points"],
            F.TEAM: ["customFields.Team", "customFields.Subsystem"],
            F.PERSON: ["customFields.Assignee.fullName", "customFields.Assignee"],
            F.STATUS: ["customFields.State"],
            F.TYPE: ["customFields.Type"], F.LABELS: ["tags[].name"], F.CREATED: ["created"],
            F.AUTHOR: ["reporter.login"],
            F.DONE: ["resolved", "customFields.State.isResolved"]},
    also=["$type", "numberInProject", "project", "updated", "updater", "votes",
          "commentsCount", "wikifiedDescription", "isDraft", "visibility", "links"],
    done_words=_RESOLVED_STATES, nested=["customFields"], prepare=name_custom_fields,
)

FORMATS = [YOUTRACK_CSV, YOUTRACK_REST]
