"""The checker the API uses, built once per (workspace, strategy version) in this process.

`checker_for` is the single place that picks the engine; the rest of the API sees only the
`Checker` protocol.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from api.items import CappedChecker
from api.workspaces import WorkspaceRecord, WorkspaceRepo
from checker.engines import build_engine
from checker.models import Checker
from checker.service import Services
from checker.settings import Settings
from index.errors import IndexStateError
from index.workspace import Workspace

NOT_INDEXED = (
    "this workspace is not indexed yet; upload its OKRs and strategy documents, "
    "then POST .../reindex and wait for the job to finish"
)


__all__ = ["Checker", "CheckerCache", "checker_for"]


def checker_for(workspace: Workspace, services: Services, settings: Settings) -> Checker:
    """The engine for a workspace: STRATALIGN_ENGINE (auto: the embedded checker over the
    workspace's Chroma collection, and the LLM judge, when one is configured, for the items
    it is unsure of)."""
    return build_engine(workspace, services, settings)


class CheckerCache:
    """Built checkers by (collection, strategy version); building one embeds ~40 texts."""

    def __init__(
        self,
        services: Services,
        settings: Settings,
        build: Callable[[Workspace, Services, Settings], Checker] = checker_for,
        size: int = 32,
    ) -> None:
        self.services = services
        self.settings = settings
        self.build = build
        self.size = size
        self._cache: OrderedDict[tuple[str, str], Checker] = OrderedDict()
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()

    def get(
        self, collection: str, indexed_version: str | None, workspace: Callable[[], Workspace]
    ) -> Checker:
        """The cached checker, building it (from `workspace()`) on first use."""
        if indexed_version is None:
            raise IndexStateError(NOT_INDEXED)
        key = (collection, indexed_version)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        with self._build_lock:  # one build at a time: concurrent first requests wait for it
            with self._lock:
                if key in self._cache:
                    return self._cache[key]
            built = self.build(workspace(), self.services, self.settings)
            with self._lock:
                self._cache[key] = built
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        return built

    def forget(self, collection: str) -> None:
        """Drop a workspace's built checkers (its corrections changed)."""
        with self._lock:
            for key in [k for k in self._cache if k[0] == collection]:
                del self._cache[key]

    def of(self, record: WorkspaceRecord, workspaces: WorkspaceRepo) -> CappedChecker:
        """A stored workspace's checker, built from its stored files on first use; it cuts
        item text to the same budget on every route (api/items.py)."""
        built = self.get(
            record.collection, record.indexed_version, lambda: workspaces.indexable(record)
        )
        return CappedChecker(built, self.settings.max_item_chars)
