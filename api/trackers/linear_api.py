"""Linear's GraphQL API: comments and labels of an issue.

Linear addresses labels by id, so a label is looked up by name (and made, once, when the
workspace has none of that name) before it is added to or removed from an issue.
"""

from __future__ import annotations

from typing import Any

import httpx

from api.trackers.calls import TrackerCallError, TrackerNotFoundError, call
from api.trackers.comment import Comment
from api.trackers.connections import Connection

VIEWER = "query Viewer { viewer { id } }"
COMMENT_CREATE = (
    "mutation CommentCreate($input: CommentCreateInput!) "
    "{ commentCreate(input: $input) { success comment { id } } }"
)
COMMENT_UPDATE = (
    "mutation CommentUpdate($id: String!, $input: CommentUpdateInput!) "
    "{ commentUpdate(id: $id, input: $input) { success } }"
)
LABEL_FIND = (
    "query LabelByName($name: String!) "
    "{ issueLabels(filter: { name: { eq: $name } }) { nodes { id } } }"
)
LABEL_CREATE = (
    "mutation LabelCreate($input: IssueLabelCreateInput!) "
    "{ issueLabelCreate(input: $input) { success issueLabel { id } } }"
)
LABEL_ADD = (
    "mutation LabelAdd($id: String!, $labelId: String!) "
    "{ issueAddLabel(id: $id, labelId: $labelId) { success } }"
)
LABEL_REMOVE = (
    "mutation LabelRemove($id: String!, $labelId: String!) "
    "{ issueRemoveLabel(id: $id, labelId: $labelId) { success } }"
)


class LinearClient:
    """Comments and labels with a personal API key (sent bare) or an OAuth token (Bearer)."""

    def __init__(self, http: httpx.Client, connection: Connection) -> None:
        self.http = http
        self.url = f"{connection.base_url}/graphql"
        token = connection.token.get_secret_value()
        bare = token.startswith("lin_api_")  # personal keys go bare, OAuth tokens as Bearer
        self.headers = {"Authorization": token if bare else f"Bearer {token}"}

    def _graphql(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        response = call(
            self.http, "linear", "POST", self.url,
            headers=self.headers, json={"query": query, "variables": variables},
        )
        body = response.json()
        if body.get("errors"):  # GraphQL reports failures in a 200 response
            message = str(body["errors"][0].get("message", "error"))
            error = TrackerNotFoundError if "not found" in message.lower() else TrackerCallError
            raise error(f"linear {query.split()[1]} failed: {message}")
        data: dict[str, Any] = body["data"]
        return data

    def whoami(self) -> str:
        """The token's user id (the viewer)."""
        return str(self._graphql(VIEWER, {})["viewer"]["id"])

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """commentCreate; the new comment's id."""
        data = self._graphql(
            COMMENT_CREATE,
            {"input": {"issueId": target["issue_id"], "body": comment.markdown()}},
        )
        return str(data["commentCreate"]["comment"]["id"])

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """commentUpdate on our earlier comment."""
        self._graphql(COMMENT_UPDATE, {"id": comment_id, "input": {"body": comment.markdown()}})

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """issueAddLabel for each label, made first when the workspace lacks it."""
        for label in labels:
            label_id = self._label_id(label, create=True)
            self._graphql(LABEL_ADD, {"id": target["issue_id"], "labelId": label_id})

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """issueRemoveLabel for each label that exists."""
        for label in labels:
            label_id = self._label_id(label, create=False)
            if label_id is not None:
                self._graphql(LABEL_REMOVE, {"id": target["issue_id"], "labelId": label_id})

    def _label_id(self, name: str, create: bool) -> str | None:
        nodes = self._graphql(LABEL_FIND, {"name": name})["issueLabels"]["nodes"]
        if nodes:
            return str(nodes[0]["id"])
        if not create:
            return None
        made = self._graphql(LABEL_CREATE, {"input": {"name": name}})
        return str(made["issueLabelCreate"]["issueLabel"]["id"])
