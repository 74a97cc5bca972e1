"""What the server says at start about the keys that seal tracker credentials, and re-sealing.

At start: a warning when the key is the data dir's default file on a server bound beyond
loopback (a copy of the data dir then holds the key beside what it seals), and an error naming
every stored credential no configured key opens (those connections refuse their deliveries
until the old key is added back or the tracker is connected again).
"""

from __future__ import annotations

import logging

from api.trackers.connections import ConnectionRepo
from api.trackers.vault import Vault
from checker.settings import LOOPBACK_HOSTS, Settings

log = logging.getLogger("stratalign.api")


def startup_warnings(settings: Settings, vault: Vault, connections: ConnectionRepo) -> list[str]:
    """Log and return what an operator should fix about the sealing keys (empty: nothing)."""
    warnings: list[str] = []
    if vault.beside_data and settings.host not in LOOPBACK_HOSTS:
        warnings.append(
            f"tracker credentials are sealed with the {vault.source}, which sits beside the "
            f"database while the server listens on {settings.host}: set "
            "STRATALIGN_SECRET_KEY or STRATALIGN_SECRET_KEY_FILE from outside the data dir"
        )
    unreadable = connections.unreadable()
    if unreadable:
        warnings.append(
            f"stored tracker credentials no configured key opens: {', '.join(unreadable)}; "
            "add the key they were sealed with to STRATALIGN_SECRET_KEY (after the new one) "
            "or connect those trackers again"
        )
    for warning in warnings:
        log.warning(warning)
    return warnings


def reseal_all(connections: ConnectionRepo) -> tuple[int, list[str]]:
    """Seal every stored credential again with the newest key (see ConnectionRepo.reseal)."""
    done, failed = connections.reseal()
    log.info("tracker credentials resealed: %d connection(s); not opened: %s",
             done, ", ".join(failed) or "none")
    return done, failed
