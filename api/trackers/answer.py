"""Answer a tracker item: check it against its workspace, then comment through the responder.

The webhook route does this while the tracker waits (inline); the job worker does it for
deliveries that were queued and answered at once.
"""

from __future__ import annotations

from api.checkers import CheckerCache
from api.errors import NotFoundError
from api.trackers.connections import Connection, ConnectionRepo
from api.trackers.events import TrackerItem, TrackerReply
from api.trackers.receive import opened_by_bot
from api.trackers.replays import DeliveryLog
from api.trackers.responder import Outcome, Responder
from api.trackers.teaching import Learn, Lesson, Teacher
from api.workspaces import WorkspaceRecord, WorkspaceRepo
from checker.models import Proposal


class Answerer:
    """Finds a workspace's connection and checker, and answers on the tracker."""

    def __init__(
        self,
        workspaces: WorkspaceRepo,
        checkers: CheckerCache,
        connections: ConnectionRepo,
        responder: Responder,
        deliveries: DeliveryLog,
    ) -> None:
        self.workspaces = workspaces
        self.checkers = checkers
        self.connections = connections
        self.responder = responder
        self.deliveries = deliveries
        self.teacher = Teacher(responder)

    def connection(self, record: WorkspaceRecord, tracker: str) -> Connection:
        """The workspace's connection to the tracker; 404 when there is none."""
        connection = self.connections.find(record.id, tracker)
        if connection is None:
            raise no_connection(record.name, tracker)
        return connection

    def objectives(self, record: WorkspaceRecord) -> dict[str, str]:
        """Objective titles by id, for the comment."""
        return {o.id: o.title for o in self.workspaces.okrs(record).objectives}

    def answer(self, record: WorkspaceRecord, item: TrackerItem) -> Outcome:
        """Check the item and comment on it (or stay silent), in one go; when that fails the
        delivery is forgotten, so the tracker's redelivery is answered, not called a replay."""
        try:
            connection = self.connection(record, item.tracker)
            skip = self.opened_by_bot(connection, item)
            if skip is not None:
                return skip
            result = self.checkers.of(record, self.workspaces).check(proposal_of(item))
            return self.responder.respond(connection, item, result, self.objectives(record))
        except BaseException:
            self.deliveries.release(record.id, item.tracker, item.delivery)
            raise


    def opened_by_bot(self, connection: Connection, item: TrackerItem) -> Outcome | None:
        """"ignored" when the tracker's API says a bot opened the item (the delivery named
        only the opener's id), before any check is spent on it."""
        skip = opened_by_bot(item, connection, self.responder.clients)
        return None if skip is None else Outcome(action=skip.action, reason=skip.reason,
                                                 item=item.key)

    def teach(self, record: WorkspaceRecord, reply: TrackerReply, learn: Learn) -> Outcome:
        """Read a reply's /strategy command: store the answer with `learn` and show it on our
        comment (no check runs, so this is answered at once in every webhook mode)."""
        connection = self.connection(record, reply.tracker)
        okrs = self.workspaces.okrs(record)
        key_results = {kr.id: kr.title for o in okrs.objectives for kr in o.key_results}
        objectives = {o.id: o.title for o in okrs.objectives}
        return self.teacher.teach(Lesson(connection, reply, key_results, objectives, learn))


def proposal_of(item: TrackerItem) -> Proposal:
    """The tracker item as a proposal to check; its key is the result's id."""
    return Proposal(id=item.key, title=item.title, body=item.body)


def no_connection(ws: str, tracker: str) -> NotFoundError:
    """The 404 for a delivery to a workspace (or tracker) that is not connected."""
    return NotFoundError(
        f"workspace '{ws}' has no {tracker} connection; "
        f"PUT /v1/workspaces/{ws}/integrations/{tracker} first"
    )
