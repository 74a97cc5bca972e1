"""GitHub: `gh issue list --json ...` (any fields), `gh project item-list --format json`
(the issue under `content`), and the REST API's issue list, where pull requests carry a
`pull_request` object.

Sources: cli.github.com/manual/gh_issue_list (JSON fields), cli.github.com/manual/
gh_project_item-list, docs.github.com/rest/issues/issues#list-repository-issues. Bodies are
Markdown; a `team: X` label names the team.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField

GH_ISSUE_LIST = ImportFormat(
    name="gh-issue-list", label="GitHub CLI `gh issue list --json`", container="json",
    markup="markdown", number_prefix="#",
    source="https://cli.github.com/manual/gh_issue_list",
    fields={F.ID: ["number"], F.TITLE: ["title"], F.BODY: ["body"],
            F.PERSON: ["assignees[].login"], F.STATUS: ["state"], F.LABELS: ["labels[].name"],
            F.URL: ["url"], F.CREATED: ["createdAt"], F.AUTHOR: ["author.login"],
            F.BOT: ["author.is_bot"]},
    also=["milestone", "closedAt", "updatedAt", "comments", "projectItems", "reactionGroups",
          "stateReason", "isPinned", "closed", "id"],
)

GH_PROJECT = ImportFormat(
    name="gh-project-item-list", label="GitHub CLI `gh project item-list --format json`",
    container="json", markup="markdown", number_prefix="#",
    source="https://cli.github.com/manual/gh_project_item-list",
    fields={F.ID: ["content.number", "id"], F.TITLE: ["content.title", "title"],
            F.BODY: ["content.body"], F.EFFORT: ["estimate", "size", "story Points", "points"],
            F.TEAM: ["team"], F.PERSON: ["assignees"], F.STATUS: ["status"],
            F.TYPE: ["content.type"], F.LABELS: ["labels"], F.URL: ["content.url"]},
    also=["content", "repository", "sprint", "iteration", "milestone"],
)

GITHUB_REST = ImportFormat(
    name="github-rest-issues", label="GitHub REST API issues", container="json",
    markup="markdown", number_prefix="#",
    source="https://docs.github.com/rest/issues/issues#list-repository-issues",
    fields={F.ID: ["number"], F.TITLE: ["title"], F.BODY: ["body"],
            F.PERSON: ["assignee.login", "assignees[].login"], F.STATUS: ["state"],
            F.LABELS: ["labels[].name"], F.URL: ["html_url"], F.CREATED: ["created_at"],
            F.AUTHOR: ["user.login"], F.BOT: ["user.type"],
            F.PULL_REQUEST: ["pull_request"]},
    also=["node_id", "repository_url", "comments_url", "locked", "comments", "closed_at",
          "updated_at", "author_association", "state_reason", "reactions", "milestone"],
)

FORMATS = [GH_ISSUE_LIST, GH_PROJECT, GITHUB_REST]
