"""Workspaces: create, list, delete; upload strategy documents and OKRs; reindex; objectives;
the strategy as read."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Response, UploadFile
from pydantic import BaseModel, ConfigDict, Field

from api.bodies import BoundedJsonRoute
from api.content import parse_upload
from api.deps import WORKSPACE_NAME, AdminWorkspace, CheckWorkspace, ContextDep, PrincipalDep
from api.errors import WORKSPACE_ERRORS
from api.routes.jobs import JobOut, job_out
from api.workspaces import WorkspaceRecord, remove_workspace
from checker.screening.strategy_language import strategy_reading
from index.models import Objective
from index.reading import StrategyReading

router = APIRouter(
    prefix="/v1/workspaces",
    route_class=BoundedJsonRoute,
    tags=["workspaces"],
    responses=WORKSPACE_ERRORS,
)


class FileIn(BaseModel):
    """A file sent as JSON."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, examples=["strategy.md", "okrs.yaml"])
    content: str


class WorkspaceIn(BaseModel):
    """A new workspace, optionally with its first files."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=WORKSPACE_NAME, max_length=63)
    files: list[FileIn] = Field(default_factory=list, max_length=200)


class FilesIn(BaseModel):
    """Files to add or replace; `replace` makes the sent documents the whole strategy."""

    model_config = ConfigDict(extra="forbid")

    files: list[FileIn] = Field(min_length=1, max_length=200)
    replace: bool = False


class FileOut(BaseModel):
    """A stored file, without its text."""

    name: str
    kind: str
    size: int


class WorkspaceOut(BaseModel):
    """A workspace and whether its stored files are indexed."""

    name: str
    content_version: str | None
    indexed_version: str | None
    up_to_date: bool
    files: list[FileOut] | None = Field(
        default=None, description="The stored files; null in the list of workspaces (ask for one "
        "workspace to see its files)")


class ObjectivesOut(BaseModel):
    """The objectives and key results of the stored OKR file."""

    organization: str | None
    period: str | None
    objectives: list[Objective]


def _out(context: ContextDep, record: WorkspaceRecord, with_files: bool = True) -> WorkspaceOut:
    files = context.workspaces.files(record) if with_files else None
    return WorkspaceOut(
        name=record.name,
        content_version=record.content_version,
        indexed_version=record.indexed_version,
        up_to_date=record.content_version is not None
        and record.content_version == record.indexed_version,
        files=None if files is None
        else [FileOut(name=f.name, kind=f.kind, size=len(f.text.encode())) for f in files],
    )


@router.post("", status_code=201, summary="Create a workspace (a key for all workspaces)")
def create_workspace(
    body: WorkspaceIn, context: ContextDep, principal: PrincipalDep
) -> WorkspaceOut:
    principal.require(None, "admin")
    uploads = [parse_upload(f.name, f.content) for f in body.files]  # all valid, or nothing made
    record = context.workspaces.create(body.name)
    if uploads:
        record = context.workspaces.put_files(record, uploads)
    return _out(context, record)


@router.get("", summary="The workspaces this key may see")
def list_workspaces(context: ContextDep, principal: PrincipalDep) -> list[WorkspaceOut]:
    records = context.workspaces.all()
    visible = [r for r in records if principal.workspace in (None, r.name)]
    return [_out(context, r, with_files=False) for r in visible]


@router.get("/{ws}", summary="A workspace, its files and index state")
def get_workspace(record: CheckWorkspace, context: ContextDep) -> WorkspaceOut:
    return _out(context, record)


@router.delete("/{ws}", status_code=204, summary="Delete a workspace with everything it holds")
def delete_workspace(record: AdminWorkspace, context: ContextDep) -> Response:
    remove_workspace(context.workspaces, context.services.store, context.settings.data_dir, record)
    context.checkers.forget(record.collection)
    return Response(status_code=204)


@router.put("/{ws}/files", summary="Add or replace files sent as JSON")
def put_files(body: FilesIn, record: AdminWorkspace, context: ContextDep) -> WorkspaceOut:
    uploads = [parse_upload(f.name, f.content) for f in body.files]
    return _out(context, context.workspaces.put_files(record, uploads, body.replace))


@router.post("/{ws}/files", summary="Add or replace files sent as multipart uploads")
async def upload_files(
    record: AdminWorkspace,
    context: ContextDep,
    files: Annotated[list[UploadFile], File(description="Markdown documents and/or okrs.yaml")],
    replace: Annotated[bool, Form()] = False,
) -> WorkspaceOut:
    uploads = [parse_upload(f.filename or "", await f.read()) for f in files]
    return _out(context, context.workspaces.put_files(record, uploads, replace))


@router.delete("/{ws}/files/{name}", summary="Remove one file")
def delete_file(name: str, record: AdminWorkspace, context: ContextDep) -> WorkspaceOut:
    return _out(context, context.workspaces.delete_file(record, name))


@router.post("/{ws}/reindex", status_code=202, summary="Index the stored files (a job)")
def reindex(record: AdminWorkspace, context: ContextDep) -> JobOut:
    context.workspaces.indexable(record)  # refuse now, with file/line/field, not in the job
    job = context.jobs.queued(record.id, "reindex") or context.jobs.submit(record.id, "reindex")
    return job_out(record.name, job)


class StrategyOut(StrategyReading):
    """The workspace's stored strategy as the checker reads it: objectives with key results and
    metrics, passage counts by kind, priorities and non-goals with source/section/line (line from
    1), documents with their
    front matter, warnings (generated ids, unknown keys, two-sided sections)."""


@router.get("/{ws}/strategy", summary="The strategy as the checker reads it")
def strategy(record: CheckWorkspace, context: ContextDep) -> StrategyOut:
    reading = strategy_reading(context.workspaces.indexable(record))
    return StrategyOut.model_validate(reading.model_dump())


@router.get("/{ws}/objectives", summary="Objectives and key results of the stored OKRs")
def objectives(record: CheckWorkspace, context: ContextDep) -> ObjectivesOut:
    okrs = context.workspaces.okrs(record)
    return ObjectivesOut(
        organization=okrs.organization, period=okrs.period, objectives=okrs.objectives
    )
