"""GitLab: the issues CSV (Issues list > Export as CSV, e-mailed to the user) and the REST
API's issue list.

Sources: docs.gitlab.com/user/project/issues/csv_export: `Title, Description, Issue ID, URL,
State, Author, Author Username, Assignee, Assignee Username, ..., Weight, Labels, ...`;
docs.gitlab.com/api/issues (`GET /projects/:id/issues`, `/groups/:id/issues`, `/issues`):
`id` (global), `iid` (the number people use, per project), `project_id`, `state` `opened` or
`closed`, `weight`, `assignees[].username`, `web_url` ending `/-/issues/<iid>`, `references`.
Descriptions are Markdown; `Weight` is GitLab's estimate; a `team::X` scoped label or
`team: X` names the team.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

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



def qualify_iids(issues: list[dict[str, Any]], _reply: dict[str, Any]) -> list[dict[str, Any]]:
    """Issues of several projects (a group's or the user's list) name theirs as GitLab does,
    `group/project#101`, since each project counts its `iid` from 1."""
    if len({i.get("project_id") for i in issues}) < 2:
        return issues
    return [{**i, "iid": _reference(i)} if i.get("iid") is not None else i for i in issues]


def _reference(issue: dict[str, Any]) -> str:
    refs = issue.get("references")
    if isinstance(refs, dict) and isinstance(refs.get("full"), str):
        return refs["full"]
    url = issue.get("web_url")
    project = urlparse(url).path.split("/-/", 1)[0].strip("/") if isinstance(url, str) else ""
    return f"{project or issue.get('project_id')}#{issue.get('iid')}"


GITLAB_API = ImportFormat(
    name="gitlab-api-issues", label="GitLab REST API issues (JSON)", container="json",
    markup="markdown", number_prefix="#", source="https://docs.gitlab.com/api/issues/",
    fields={F.ID: ["iid"], F.TITLE: ["title"], F.BODY: ["description"],
            F.EFFORT: ["weight"], F.PERSON: ["assignees[].username", "assignee.username"],
            F.STATUS: ["state"], F.LABELS: ["labels"], F.URL: ["web_url"],
            F.CREATED: ["created_at"], F.AUTHOR: ["author.username"], F.TYPE: ["issue_type"]},
    also=["id", "project_id", "references", "time_stats", "milestone", "updated_at",
          "closed_at", "closed_by", "upvotes", "downvotes", "merge_requests_count",
          "user_notes_count", "due_date", "confidential", "discussion_locked", "has_tasks",
          "task_status", "task_completion_status", "_links", "moved_to_id", "epic_iid",
          "health_status", "severity", "blocking_issues_count"],
    prepare=qualify_iids,
)

FORMATS = [GITLAB, GITLAB_API]
