"""Audit jobs: submit a backlog, poll the job, read results as JSONL (also reindex jobs)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel

from api.bodies import BoundedJsonRoute
from api.checkers import NOT_INDEXED
from api.deps import CheckWorkspace, ContextDep
from api.errors import WORKSPACE_ERRORS, ConflictError, PayloadTooLargeError
from api.jobs import JobKind, JobRecord, JobStatus
from checker.backlog.overrides import parse_map
from checker.backlog.reading import ReadOptions, read_backlog
from checker.backlog.report import ReadReport
from checker.learning.store import CorrectionStore
from checker.models import CheckResult, Proposal
from checker.report.run import report_text
from index.errors import IndexStateError, InputError

router = APIRouter(
    prefix="/v1/workspaces",
    route_class=BoundedJsonRoute,
    tags=["jobs"],
    responses=WORKSPACE_ERRORS,
)


class JobOut(BaseModel):
    """A job's state; `results` is where the JSONL lives."""

    id: str
    workspace: str
    kind: JobKind
    status: JobStatus
    total: int
    done: int
    skipped: list[dict[str, Any]]
    read: ReadReport | None = None  # audits: the format recognised, the mapping, rows left out
    strategy_version: str | None
    error: str | None
    attempts: int
    results: str | None


def job_out(workspace: str, job: JobRecord) -> JobOut:
    """The response form of a job row."""
    has_results = job.kind in ("audit", "webhook")
    results = f"/v1/workspaces/{workspace}/jobs/{job.id}/results" if has_results else None
    return JobOut(
        workspace=workspace,
        results=results,
        **job.model_dump(
            include={
                "id",
                "kind",
                "status",
                "total",
                "done",
                "skipped",
                "read",
                "strategy_version",
                "error",
                "attempts",
            }
        ),
    )


@router.post("/{ws}/audits", status_code=202, summary="Audit a backlog (JSONL, JSON or CSV)")
async def submit_audit(
    record: CheckWorkspace,
    context: ContextDep,
    file: Annotated[UploadFile, File(description="backlog.jsonl, backlog.json or backlog.csv")],
    column_map: Annotated[str | None, Form(
        alias="map", max_length=2000,
        description='Name the column of a field, as the CLI\'s --map: title=Summary,'
        'body=Description,effort="Story Points"')] = None,
) -> JobOut:
    name = PurePosixPath(file.filename or "backlog.jsonl").name
    try:
        options = ReadOptions(overrides=parse_map(column_map))
        backlog = read_backlog(Path(name), await file.read(), options=options)
    except InputError as exc:
        raise _as_form_field(exc) from None
    limit = context.settings.max_backlog_items
    if len(backlog.items) > limit:
        raise PayloadTooLargeError(
            f"the backlog has {len(backlog.items)} items; the limit is {limit}; split it"
        )
    if not backlog.items:
        raise InputError("the backlog holds no readable item", file=name)
    if record.indexed_version is None:
        raise IndexStateError(NOT_INDEXED)
    job = context.jobs.submit(
        record.id,
        "audit",
        items=[i.model_dump(mode="json") for i in backlog.items],
        skipped=[e.model_dump() for e in backlog.errors],
        strategy_version=record.indexed_version,
        read=backlog.read.model_dump(mode="json") if backlog.read else None,
    )
    return job_out(record.name, job)


@router.get("/{ws}/jobs/{job_id}", summary="A job's status and progress")
def get_job(job_id: str, record: CheckWorkspace, context: ContextDep) -> JobOut:
    return job_out(record.name, context.jobs.get(job_id, record.id))


@router.get(
    "/{ws}/jobs/{job_id}/results",
    summary="Results committed so far, one JSON object a line, in input order",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}}}},
)
def job_results(job_id: str, record: CheckWorkspace, context: ContextDep) -> StreamingResponse:
    job = context.jobs.get(job_id, record.id)
    lines = (line + "\n" for line in context.jobs.results(job.id))
    return StreamingResponse(lines, media_type="application/x-ndjson")


_REPORT_TYPES = {"html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8"}


@router.get(
    "/{ws}/jobs/{job_id}/report",
    summary="The audit's review-meeting report (HTML or Markdown), optionally with the drift "
    "since an earlier audit",
    response_class=Response,
    responses={200: {"content": {"text/html": {}, "text/markdown": {}}}},
)
def job_report(
    job_id: str,
    record: CheckWorkspace,
    context: ContextDep,
    format: Literal["html", "md"] = "html",
    compare: Annotated[str | None, Query(description="An earlier audit job's id")] = None,
) -> Response:
    items, results = _audit_of(context, record.id, job_id)
    previous = _audit_of(context, record.id, compare)[1] if compare else None
    workspace = context.workspaces.indexable(record)
    read = context.jobs.get(job_id, record.id).read
    corrections = CorrectionStore.of(context.settings.data_dir, record.collection).list()
    text = report_text(workspace, items, results, format, previous,
                       ReadReport.model_validate(read) if read else None, corrections)
    return Response(text, media_type=_REPORT_TYPES[format])


def _as_form_field(exc: InputError) -> InputError:
    """The reader's error as an API user reads it: the CLI's `--map` is the `map` form field."""
    field = "map" if exc.field == "--map" else exc.field
    return InputError(exc.message.replace("--map", "the map field"), file=exc.file,
                      line=exc.line, field=field)


def _audit_of(
    context: ContextDep, workspace_id: int, job_id: str
) -> tuple[list[Proposal], list[CheckResult]]:
    job = context.jobs.get(job_id, workspace_id)
    if job.kind != "audit":
        raise InputError("only audit jobs have a report", field="job_id")
    if job.status != "done":
        # A report of part of a backlog reads like the whole one (its headline, "no work moves
        # this key result", items "gone" since an earlier audit): it covers finished audits.
        raise ConflictError(
            f"audit {job.id} is {job.status} ({job.done} of {job.total} items judged); a report "
            "covers a finished audit: "
            + ("submit the backlog again" if job.status == "failed" else "wait for it")
        )
    items = [Proposal.model_validate(item) for item in context.jobs.payload(job.id)]
    results = [CheckResult.model_validate_json(line) for line in context.jobs.results(job.id)]
    return items, results
