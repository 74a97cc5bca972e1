"""Decide what to say on a tracker item, and say it once: comment, edit, label, or stay silent.

Suggest, do not act: one comment per item, edited in place when the meaning changes; silent on
`unclear`, on upkeep, below the connection's confidence, and when the comment would say what it
says.
Labels only when the connection asks for them, and only labels we added are ever removed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field

from api.errors import ConflictError
from api.outbound import TrackerNotFoundError
from api.trackers.clients import ClientFactory, TrackerClient
from api.trackers.commands import TeamAnswer
from api.trackers.comment import Comment, build_comment
from api.trackers.connections import Connection
from api.trackers.events import TrackerItem
from api.trackers.posts import Post, PostRepo
from checker.models import CheckResult, Verdict
from checker.vocabulary import Flag

log = logging.getLogger("stratalign.api")
# Edits of one reply that each found the row rewritten by a re-check, before the last is kept.
_SHOW_TRIES = 3

Action = Literal[
    "created", "updated", "silent", "ignored", "pong", "queued", "duplicate", "learned",
    "answered",
]


class Outcome(BaseModel):
    """What a delivery led to; the webhook's response body."""

    action: Action
    reason: str | None = None
    item: str | None = None
    verdict: Verdict | None = None
    kr_id: str | None = None
    confidence: float | None = None
    comment_id: str | None = None
    labels_added: list[str] = Field(default_factory=list)
    labels_removed: list[str] = Field(default_factory=list)
    job: str | None = None  # queued: the job that will check and comment
    # The fields cut before judging: {"body": {"kept_chars": 20000, "original_chars": 52310}}
    truncated: dict[str, dict[str, int]] | None = None


class Responder:
    """Posts through tracker clients and remembers what it posted."""

    def __init__(
        self,
        posts: PostRepo,
        clients: ClientFactory,
        wait_seconds: float = 20.0,
        stale_seconds: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.posts = posts
        self.clients = clients
        self.wait_seconds = wait_seconds  # for another process's first comment on an item
        self.stale_seconds = stale_seconds  # a claim older than this was left by a dead process
        self.sleep = sleep
        self._locks: dict[tuple[int, str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def respond(
        self,
        connection: Connection,
        item: TrackerItem,
        result: CheckResult,
        objectives: dict[str, str],
    ) -> Outcome:
        """Comment (or edit, or keep quiet) on the item about its check result."""
        outcome = Outcome(
            action="silent",
            item=item.key,
            verdict=result.verdict,
            kr_id=result.impacted[0].kr_id if result.impacted else None,
            confidence=result.confidence,
            truncated=result.details.get("truncated") or None,
        )
        quiet = _silence_reason(result, connection.min_confidence)
        if quiet:
            return outcome.model_copy(update={"reason": quiet})
        # Two deliveries for one item (opened, then edited at once) must not post twice:
        # a lock within this process, a claimed row across processes.
        with self.lock_for(connection, item.key):
            return self._speak(connection, item, result, objectives, outcome)

    def _speak(
        self,
        connection: Connection,
        item: TrackerItem,
        result: CheckResult,
        objectives: dict[str, str],
        outcome: Outcome,
    ) -> Outcome:
        previous = self._previous(connection, item)
        # The team's answer, once given, stays on the comment through later re-checks.
        answer = (
            TeamAnswer.model_validate_json(previous.answer)
            if previous is not None and previous.answer
            else None
        )
        comment = build_comment(result, objectives, answer)
        if previous is not None and previous.fingerprint == comment.fingerprint:
            return outcome.model_copy(update={"reason": "the comment would not change"})
        client = self.clients(connection)
        try:
            action, comment_id = _post(client, item.target, previous, comment)
        except Exception:
            if previous is None:
                self.posts.release(connection.workspace_id, connection.tracker, item.key)
            raise
        kept = previous.labels if previous else []
        post = Post(
            comment_id=comment_id, fingerprint=comment.fingerprint, labels=kept,
            title=item.title, body=_judged_body(item.body, result),
            result=result.model_dump_json(), answer=previous.answer if previous else None,
        )
        # Recorded before labelling: a label failure must not lead to a second comment.
        self._record(connection, item, post)
        post = self._answer_stored_meanwhile(connection, item, post, objectives)
        comment_id = post.comment_id or comment_id  # re-posted if a person deleted ours
        added: list[str] = []
        removed: list[str] = []
        if connection.labels:
            added, removed, ours = _relabel(client, item, result, kept)
            self._record(connection, item, post.model_copy(update={"labels": ours}))
        return outcome.model_copy(
            update={
                "action": action,
                "comment_id": comment_id,
                "labels_added": added,
                "labels_removed": removed,
            }
        )

    def _answer_stored_meanwhile(
        self, connection: Connection, item: TrackerItem, post: Post, objectives: dict[str, str]
    ) -> Post:
        """A reply handled by another worker process while this re-check posted: its answer is
        in the row (`PostRepo.put` keeps it) but our edit may have covered its comment, so the
        comment is edited once more to show it."""
        stored = self.posts.get(connection.workspace_id, connection.tracker, item.key)
        if stored is None or not stored.answer or stored.answer == post.answer:
            return post
        answer = TeamAnswer.model_validate_json(stored.answer)
        try:
            self.show_answer(connection, item.target, stored, item.key, answer, objectives)
        except Exception:  # the re-check itself was posted: the next edit shows the answer
            log.warning("could not show the team's answer on %s again", item.key, exc_info=True)
            return stored
        return self.posts.get(connection.workspace_id, connection.tracker, item.key) or stored

    def _previous(self, connection: Connection, item: TrackerItem) -> Post | None:
        """Our post to edit, or None once we hold the claim to post the first comment."""
        where = (connection.workspace_id, connection.tracker, item.key)
        deadline = time.monotonic() + self.wait_seconds
        while True:
            current = self.posts.get(*where)
            if current is not None and not current.pending:
                return current
            if self.posts.claim(*where, stale_after=self.stale_seconds):
                return None
            if time.monotonic() > deadline:
                raise ConflictError(
                    f"another delivery for {item.key} is still being answered; redeliver later"
                )
            self.sleep(0.2)

    def _record(self, connection: Connection, item: TrackerItem, post: Post) -> None:
        self.posts.put(connection.workspace_id, connection.tracker, item.key, post)

    def lock_for(self, connection: Connection, item_key: str) -> threading.Lock:
        """The lock every answer on one item takes within this process."""
        key = (connection.workspace_id, connection.tracker, item_key)
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def show_answer(
        self,
        connection: Connection,
        target: dict[str, str],
        post: Post,
        item_key: str,
        answer: TeamAnswer,
        objectives: dict[str, str],
    ) -> tuple[Action, str]:
        """Edit our comment (`post`, which must carry its result) to show the team's answer;
        posted again when a person deleted it. The action and the comment's id."""
        where = (connection.workspace_id, connection.tracker, item_key)
        for _ in range(_SHOW_TRIES):
            result = CheckResult.model_validate_json(post.result or "")
            comment = build_comment(result, objectives, answer)
            action, comment_id = _post(self.clients(connection), target, post, comment)
            updated = post.model_copy(update={
                "comment_id": comment_id, "fingerprint": comment.fingerprint,
                "answer": answer.model_dump_json(),
            })
            if self.posts.put_if(*where, updated, expected=post.fingerprint):
                return action, comment_id
            # A re-check (another worker) wrote the row while we edited: its comment may cover
            # ours, so the answer is shown again on what it posted.
            post = self.posts.get(*where) or updated
        self.posts.put(*where, updated)
        return action, comment_id


def _judged_body(body: str, result: CheckResult) -> str:
    """The part of the body that was judged: all of it unless the check cut it."""
    cut = (result.details.get("truncated") or {}).get("body")
    return body[: cut["kept_chars"]] if isinstance(cut, dict) else body


def _silence_reason(result: CheckResult, min_confidence: float) -> str | None:
    if result.verdict == "unclear":
        return "the verdict is unclear"
    if Flag.UPKEEP in result.flags:
        return "upkeep (dependency, security, compliance, upgrade, incident) serves no key result"
    if result.confidence < min_confidence:
        return f"confidence {result.confidence:.2f} is below {min_confidence:.2f}"
    return None


def _post(
    client: TrackerClient, target: dict[str, str], previous: Post | None, comment: Comment
) -> tuple[Action, str]:
    if previous is not None:
        try:
            client.update_comment(target, previous.comment_id, comment)
            return "updated", previous.comment_id
        except TrackerNotFoundError:
            pass  # a person deleted our comment: say it again, once
    return "created", client.create_comment(target, comment)


def _relabel(
    client: TrackerClient, item: TrackerItem, result: CheckResult, ours_before: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """Labels added, removed, and ours afterwards."""
    wanted = [f"strategy:{result.verdict}"]
    if result.verdict == "aligned" and result.impacted:
        wanted.append(f"kr:{result.impacted[0].kr_id}")
    present = set(item.labels)
    # Ours that a person since removed stay removed; a label a person set is never ours.
    to_add = [name for name in wanted if name not in present and name not in ours_before]
    to_remove = [name for name in ours_before if name not in wanted and name in present]
    if to_add:
        client.add_labels(item.target, to_add)
    if to_remove:
        client.remove_labels(item.target, to_remove)
    ours = [name for name in wanted if name in to_add or (name in ours_before and name in present)]
    return to_add, to_remove, ours
