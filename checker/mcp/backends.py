"""Where the MCP server's answers come from: a local workspace, or a remote stratalign API."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import httpx
from pydantic import ValidationError

from checker.engines import build_engine, embedded_of
from checker.learning.corrections import Correction, require_complete_answer
from checker.learning.store import CorrectionStore
from checker.models import Checker, Proposal
from checker.service import Services, ensure_indexed
from checker.settings import Settings
from index.errors import StratalignError, first_problem
from index.strategy import load_strategy
from index.workspace import Workspace


class Backend(Protocol):
    """What the MCP tools and resources need. Errors are StratalignError subclasses: InputError
    for bad arguments, UpstreamError when a remote API cannot be reached."""

    def check(self, title: str, body: str) -> dict[str, Any]:
        """One proposal -> a result as JSON (the contract of `checker.models.CheckResult`)."""
        ...

    def suggest(self, text: str, k: int) -> list[dict[str, Any]]:
        """The k (1..20) key results nearest to `text`, best first, each with a score in [-1, 1]."""
        ...

    def objectives(self) -> dict[str, Any]:
        """The workspace's objectives with their key results, as JSON."""
        ...

    def document_names(self) -> list[str]:
        """File names of the strategy documents, sorted."""
        ...

    def document(self, name: str) -> str:
        """One strategy document's Markdown; InputError for an unknown name."""
        ...

    def record_feedback(self, item_id: str, title: str, body: str,
                        answer: dict[str, Any]) -> dict[str, Any]: ...


class LocalBackend:
    """A workspace folder, indexed on first use like `stratalign check` does."""

    def __init__(self, folder: Path, settings: Settings, services: Services) -> None:
        self.folder = folder
        self.settings, self.services = settings, services
        self.workspace: Workspace = ensure_indexed(folder, services, lambda _m: None)
        self.checker: Checker = build_engine(self.workspace, services, settings)
        self.docs = {d.name: d.text for d in load_strategy(folder)}

    def check(self, title: str, body: str) -> dict[str, Any]:
        proposal = Proposal(id="mcp", title=title, body=body)
        return self.checker.check(proposal).model_dump(mode="json")

    def suggest(self, text: str, k: int) -> list[dict[str, Any]]:
        result = embedded_of(self.checker).check(Proposal(id="suggest", title=text))
        return [i.model_dump(mode="json") for i in result.impacted[:k]]

    def objectives(self) -> dict[str, Any]:
        return self.workspace.okrs.model_dump(mode="json")

    def document_names(self) -> list[str]:
        return sorted(self.docs)

    def document(self, name: str) -> str:
        return self.docs[name]

    def record_feedback(
        self, item_id: str, title: str, body: str, answer: dict[str, Any]
    ) -> dict[str, Any]:
        """Store the team's answer in the workspace's correction store; learn from it now.
        Raises InputError when the answer lacks its kind (misaligned) or key result (aligned)."""
        require_complete_answer(answer.get("verdict"), answer.get("kind"), answer.get("krs") or [])
        try:
            correction = Correction.model_validate(
                {"item_id": item_id, "title": title, "body": body, "source": "mcp", **answer}
            )
        except ValidationError as exc:
            raise first_problem(exc, "feedback not stored") from None
        CorrectionStore.of(self.settings.data_dir, self.workspace.collection_name).add([correction])
        self.checker = build_engine(self.workspace, self.services, self.settings)
        return {"stored": item_id, "answer": correction.answer}


class RemoteBackend:
    """A stratalign API: `check`, `suggest` and `objectives` of one workspace, with a key."""

    def __init__(self, client: httpx.Client, workspace: str) -> None:
        self.client = client
        self.prefix = f"/v1/workspaces/{workspace}"

    def _json(self, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise StratalignError(f"stratalign API: HTTP {response.status_code}: {response.text}")
        return response.json()

    def check(self, title: str, body: str) -> dict[str, Any]:
        reply = self.client.post(f"{self.prefix}/check", json={"title": title, "body": body})
        result: dict[str, Any] = self._json(reply)
        return result

    def suggest(self, text: str, k: int) -> list[dict[str, Any]]:
        reply = self.client.post(f"{self.prefix}/suggest", json={"text": text, "k": k})
        suggestions: list[dict[str, Any]] = self._json(reply)["suggestions"]
        return suggestions

    def objectives(self) -> dict[str, Any]:
        objectives: dict[str, Any] = self._json(self.client.get(f"{self.prefix}/objectives"))
        return objectives

    def document_names(self) -> list[str]:
        return []  # the API serves no document text; resources come with a local workspace

    def document(self, name: str) -> str:
        raise StratalignError("strategy documents are served only for a local workspace")

    def record_feedback(
        self, item_id: str, title: str, body: str, answer: dict[str, Any]
    ) -> dict[str, Any]:
        payload = {"item_id": item_id, "accepted": False, "title": title, "body": body,
                   **{k: v for k, v in answer.items() if k != "author"}}
        reply: dict[str, Any] = self._json(self.client.post(f"{self.prefix}/feedback",
                                                            json=payload))
        return reply
