"""Replies that teach: a `/strategy` command under stratalign's comment becomes a correction.

A person with a say in the item replies `/strategy O2.KR1` (or orphan, conflict, upkeep, ok);
the team's answer is stored in the workspace's correction store (checker/learning/, the one
every surface writes) with the item's text, who and when, and our comment is edited to show it.
Nothing else is said in public, except one short reply when the answer names no key result of
the strategy (then nothing is stored). Commands are ignored from stratalign's own account,
from bots and apps, and where the tracker says so (GitHub's author_association) from people
without write access to the repository.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from api.trackers.commands import (
    Command,
    TeamAnswer,
    UnknownAnswer,
    Word,
    parse_command,
    resolve,
)
from api.trackers.comment import unknown_answer_reply
from api.trackers.connections import Connection
from api.trackers.events import TrackerReply
from api.trackers.posts import Post
from api.trackers.responder import Outcome, Responder
from checker.learning.corrections import Correction
from checker.models import CheckResult
from checker.vocabulary import Reason, Verdict

Learn = Callable[[Correction], None]  # stores a correction in the workspace's store


def ignored_reply(reply: TrackerReply, connection: Connection) -> str | None:
    """Why a reply's command is not taken, or None when it may be."""
    if connection.bot_user is not None and reply.actor == connection.bot_user:
        return f"written by stratalign's own account '{connection.bot_user}'"
    if reply.actor_is_bot:
        return "written by a bot or app: only people teach the strategy"
    if reply.can_write is False:
        return "written by someone without write access to the repository"
    if reply.can_write is None and not connection.teach_from_anyone:
        return ("the tracker does not say whether the author has write access; the connection "
                "takes replies from anyone only with teach_from_anyone")
    return None


@dataclass(frozen=True)
class Lesson:
    """One reply to learn from, with what it is read against."""

    connection: Connection
    reply: TrackerReply
    key_results: dict[str, str]  # the strategy's key-result ids -> titles
    objectives: dict[str, str]  # objective ids -> titles
    learn: Learn


class Teacher:
    """Reads replies, stores the team's answers and shows them on our comment."""

    def __init__(self, responder: Responder, now: Callable[[], float] = time.time) -> None:
        self.responder = responder
        self.now = now

    def teach(self, lesson: Lesson) -> Outcome:
        """Store and show the reply's answer; the outcome says what was done or why not."""
        reply = lesson.reply
        outcome = Outcome(action="ignored", item=reply.key)
        command = parse_command(reply.text)
        if command is None:
            return outcome.model_copy(update={"reason": "no /strategy command in the comment"})
        why = ignored_reply(reply, lesson.connection)
        if why:
            return outcome.model_copy(update={"reason": why})
        with self.responder.lock_for(lesson.connection, reply.key):
            return self._answer_on(lesson, command)

    def _answer_on(self, lesson: Lesson, command: Command) -> Outcome:
        connection, reply = lesson.connection, lesson.reply
        outcome = Outcome(action="ignored", item=reply.key)
        post = self.responder.posts.get(connection.workspace_id, connection.tracker, reply.key)
        if post is None or post.pending or post.result is None:
            return outcome.model_copy(update={"reason": _no_post(post)})
        resolved = resolve(command, list(lesson.key_results))
        if isinstance(resolved, UnknownAnswer):
            return self._unknown(lesson, resolved, outcome)
        answer = _answer(command, resolved, CheckResult.model_validate_json(post.result), reply,
                         self.now())
        answer.kr_title = lesson.key_results.get(answer.kr_id) if answer.kr_id else None
        try:
            correction = _correction(reply, post, answer)
        except ValidationError as exc:  # no text to learn from, or nothing to accept
            return outcome.model_copy(
                update={"reason": f"nothing to learn: {exc.errors()[0]['msg']}"}
            )
        # Stored first: a failed edit is redelivered and stores the same again.
        lesson.learn(correction)
        action, comment_id = self.responder.show_answer(
            connection, reply.target, post, reply.key, answer, lesson.objectives
        )
        return outcome.model_copy(update={
            "action": "learned",
            "reason": f"the team's answer is stored and our comment was {action} to show it",
            "verdict": answer.verdict,
            "kr_id": answer.kr_id,
            "comment_id": comment_id,
        })

    def _unknown(self, lesson: Lesson, unknown: UnknownAnswer, outcome: Outcome) -> Outcome:
        client = self.responder.clients(lesson.connection)
        comment_id = client.create_comment(lesson.reply.target, unknown_answer_reply(unknown))
        return outcome.model_copy(update={
            "action": "answered",
            "reason": f"'{unknown.word}' is no key result; closest: {', '.join(unknown.closest)}",
            "comment_id": comment_id,
        })


def _no_post(post: Post | None) -> str:
    if post is None or post.pending:
        return "stratalign has not commented on this item"
    return "stratalign's comment here predates replies; edit the item to have it checked again, " \
        "then reply"


def _answer(
    command: Command, resolved: str, result: CheckResult, reply: TrackerReply, now: float
) -> TeamAnswer:
    verdict, reason, kr_id = _meaning(resolved, result)
    word = resolved if resolved in {w.value for w in Word} else "kr"
    return TeamAnswer(
        word=word, kr_id=kr_id, verdict=verdict, reason=reason, comment=command.comment,
        author=reply.actor_name or reply.actor or "", at=now,
    )


def _meaning(resolved: str, result: CheckResult) -> tuple[Verdict, Reason | None, str | None]:
    """Verdict, reason and key result the answer gives."""
    if resolved == Word.OK:
        aligned = result.verdict == Verdict.ALIGNED and result.impacted
        return result.verdict, result.reason, result.impacted[0].kr_id if aligned else None
    if resolved == Word.CONFLICT:
        return Verdict.MISALIGNED, Reason.CONFLICT, None
    if resolved in (Word.ORPHAN, Word.UPKEEP):
        # Upkeep serves no key result, which is what an orphan is to the result contract; the
        # correction keeps the word in its comment so the team's reason is not lost.
        return Verdict.MISALIGNED, Reason.ORPHAN, None
    return Verdict.ALIGNED, None, resolved


def _correction(reply: TrackerReply, post: Post, answer: TeamAnswer) -> Correction:
    """The answer as the one correction shape, with the text that was judged."""
    note = f"upkeep: {answer.comment}".strip() if answer.word == Word.UPKEEP else answer.comment
    return Correction(
        item_id=reply.key,
        title=post.title if post.title is not None else reply.title or "",
        body=post.body if post.body is not None else reply.body or "",
        verdict=answer.verdict,
        kind=answer.reason if answer.verdict == Verdict.MISALIGNED else None,
        krs=[answer.kr_id] if answer.kr_id else [],
        comment=note,
        author=f"{reply.tracker}:{answer.author}" if answer.author else reply.tracker,
        source="tracker",
        accepted=answer.word == Word.OK,
        created_at=answer.at,
    )
