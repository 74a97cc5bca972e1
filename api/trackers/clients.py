"""The one place a tracker client is made: the connection's tracker, from the registry."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from api.trackers.connections import Connection
from api.trackers.protocol import TrackerClient
from api.trackers.registry import tracker

__all__ = ["ClientFactory", "TrackerClient", "client_factory"]

ClientFactory = Callable[[Connection], TrackerClient]


def client_factory(http: httpx.Client) -> ClientFactory:
    """Clients for each connection over one shared HTTP client; UnknownTrackerError for a
    connection whose tracker is no longer registered."""

    def make(connection: Connection) -> TrackerClient:
        return tracker(connection.tracker).client(http, connection)

    return make
