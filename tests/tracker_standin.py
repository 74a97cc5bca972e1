"""A loopback HTTP server standing in for GitHub's, GitLab's, Jira's and Linear's APIs.

The real hosts are unreachable here, so this server answers the calls stratalign makes the
way those APIs document them, and records every request so tests can assert the exact calls.
It keeps comments by id, so an edit of a deleted comment gets the 404 the real API gives.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Call:
    """One request the stand-in received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any

    @property
    def operation(self) -> str | None:
        """The GraphQL operation name of a Linear call."""
        match = re.match(r"\s*(?:query|mutation)\s+(\w+)", (self.body or {}).get("query", ""))
        return match.group(1) if match else None


@dataclass
class TrackerState:
    """What the stand-in holds: recorded calls, comments by id, forced failures."""

    calls: list[Call] = field(default_factory=list)
    comments: dict[str, Any] = field(default_factory=dict)
    linear_labels: dict[str, str] = field(default_factory=dict)  # name -> id
    gitlab_users: dict[str, Any] = field(default_factory=dict)  # id -> GET /users/:id body
    fail_with: int | None = None  # answer every call with this status
    # answer every call with exactly this (status, headers, body): redirects, odd bodies
    raw_answer: tuple[int, dict[str, str], bytes] | None = None
    next_id: int = 1000

    def new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)


class TrackerStandIn:
    """Start with `with TrackerStandIn() as tracker:`; `tracker.url` is the API root."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.state = TrackerState()
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), self._handler())
        self.url = f"http://{host}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> TrackerStandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def calls(self) -> list[Call]:
        """The recorded calls so far."""
        with self.lock:
            return list(self.state.calls)

    def reset(self) -> None:
        """Forget calls, comments and failures."""
        with self.lock:
            self.state = TrackerState()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                call = Call(self.command, self.path, dict(self.headers.items()), body)
                with standin.lock:
                    standin.state.calls.append(call)
                    status, answer = _answer(standin.state, call)
                    raw_answer = standin.state.raw_answer
                payload = json.dumps(answer).encode() if answer is not None else b""
                headers = {"Content-Type": "application/json"}
                if raw_answer is not None:
                    status, headers, payload = raw_answer
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        return Handler


REVOKED = "revoked"  # a token containing this is refused, as a revoked one would be
ACCOUNTS = {
    "github": "stratalign-bot",
    "gitlab": "stratalign-gitlab-bot",
    "jira": "557058:stand-in-bot",
    "linear": "u-stand-in-bot",
}


def _answer(state: TrackerState, call: Call) -> tuple[int, Any]:
    if state.fail_with is not None:
        return state.fail_with, {"message": "stand-in told to fail"}
    if REVOKED in call.headers.get("Authorization", "") or _basic_revoked(call):
        return 401, {"message": "Bad credentials"}
    if REVOKED in call.headers.get("PRIVATE-TOKEN", ""):
        return 401, {"message": "401 Unauthorized"}
    if call.path.startswith("/api/v4/"):
        return _gitlab(state, call)
    if call.method == "GET" and call.path == "/user":
        return 200, {"login": ACCOUNTS["github"], "type": "User"}
    if call.method == "GET" and call.path == "/rest/api/3/myself":
        return 200, {"accountId": ACCOUNTS["jira"], "displayName": "Stand-in bot"}
    if call.path == "/graphql":
        return 200, _linear(state, call)
    if call.path.startswith("/rest/api/3/issue/"):
        return _jira(state, call)
    if call.path.startswith("/repos/"):
        return _github(state, call)
    return 404, {"message": "Not Found"}


def _basic_revoked(call: Call) -> bool:
    auth = call.headers.get("Authorization", "")
    if not auth.startswith("Basic "):
        return False
    return REVOKED in base64.b64decode(auth.removeprefix("Basic ")).decode()


def _github(state: TrackerState, call: Call) -> tuple[int, Any]:
    if call.method == "POST" and call.path.endswith("/comments"):
        comment_id = state.new_id()
        state.comments[comment_id] = call.body["body"]
        return 201, {"id": int(comment_id), "body": call.body["body"]}
    edit = re.fullmatch(r"/repos/[^/]+/[^/]+/issues/comments/(\d+)", call.path)
    if call.method == "PATCH" and edit:
        if edit.group(1) not in state.comments:
            return 404, {"message": "Not Found"}
        state.comments[edit.group(1)] = call.body["body"]
        return 200, {"id": int(edit.group(1)), "body": call.body["body"]}
    if call.path.endswith("/labels") and call.method == "POST":
        return 200, [{"name": name} for name in call.body["labels"]]
    if "/labels/" in call.path and call.method == "DELETE":
        return 200, []
    return 404, {"message": "Not Found"}


def _gitlab(state: TrackerState, call: Call) -> tuple[int, Any]:
    """GitLab REST v4: GET /user and /users/:id, notes of issues and merge requests, labels by
    item update."""
    if call.method == "GET" and call.path == "/api/v4/user":
        return 200, {"id": 7, "username": ACCOUNTS["gitlab"], "name": "Stand-in bot"}
    user = re.fullmatch(r"/api/v4/users/(\d+)", call.path)
    if call.method == "GET" and user:  # 404 for a user the token cannot see, as GitLab does
        found = state.gitlab_users.get(user.group(1))
        return (200, found) if found is not None else (404, {"message": "404 User Not Found"})
    item = r"/api/v4/projects/\d+/(issues|merge_requests)/\d+"
    if call.method == "POST" and re.fullmatch(item + "/notes", call.path):
        note_id = state.new_id()
        state.comments[note_id] = call.body["body"]
        return 201, {"id": int(note_id), "body": call.body["body"], "system": False}
    edit = re.fullmatch(item + r"/notes/(\d+)", call.path)
    if call.method == "PUT" and edit:
        if edit.group(2) not in state.comments:
            return 404, {"message": "404 Not found"}
        state.comments[edit.group(2)] = call.body["body"]
        return 200, {"id": int(edit.group(2)), "body": call.body["body"]}
    if call.method == "PUT" and re.fullmatch(item, call.path):
        return 200, {"iid": int(call.path.rsplit("/", 1)[1]), "labels": []}
    return 404, {"message": "404 Not found"}


def _jira(state: TrackerState, call: Call) -> tuple[int, Any]:
    edit = re.fullmatch(r"/rest/api/3/issue/[\w-]+/comment/(\d+)", call.path)
    if call.method == "POST" and call.path.endswith("/comment"):
        comment_id = state.new_id()
        state.comments[comment_id] = call.body["body"]
        return 201, {"id": comment_id, "body": call.body["body"]}
    if call.method == "PUT" and edit:
        if edit.group(1) not in state.comments:
            return 404, {"errorMessages": ["Comment not found"]}
        state.comments[edit.group(1)] = call.body["body"]
        return 200, {"id": edit.group(1)}
    if call.method == "PUT" and re.fullmatch(r"/rest/api/3/issue/[\w-]+", call.path):
        return 204, None
    return 404, {"errorMessages": ["Issue does not exist"]}


def _linear(state: TrackerState, call: Call) -> Any:
    variables = call.body.get("variables", {})
    operation = call.operation
    if operation == "Viewer":
        return {"data": {"viewer": {"id": ACCOUNTS["linear"]}}}
    if operation == "CommentCreate":
        comment_id = f"c-{state.new_id()}"
        state.comments[comment_id] = variables["input"]["body"]
        return {"data": {"commentCreate": {"success": True, "comment": {"id": comment_id}}}}
    if operation == "CommentUpdate":
        if variables["id"] not in state.comments:
            return {"errors": [{"message": "Entity not found: Comment"}], "data": None}
        state.comments[variables["id"]] = variables["input"]["body"]
        return {"data": {"commentUpdate": {"success": True}}}
    if operation == "LabelByName":
        label_id = state.linear_labels.get(variables["name"])
        return {"data": {"issueLabels": {"nodes": [{"id": label_id}] if label_id else []}}}
    if operation == "LabelCreate":
        label_id = f"l-{state.new_id()}"
        state.linear_labels[variables["input"]["name"]] = label_id
        return {"data": {"issueLabelCreate": {"success": True, "issueLabel": {"id": label_id}}}}
    if operation in ("LabelAdd", "LabelRemove"):
        field_name = "issueAddLabel" if operation == "LabelAdd" else "issueRemoveLabel"
        return {"data": {field_name: {"success": True}}}
    return {"errors": [{"message": f"unknown operation {operation}"}], "data": None}
