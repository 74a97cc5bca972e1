"""Load bench for the HTTP API: N concurrent clients against check and suggest, for a bounded time.

Starts `stratalign serve` on the example workspace (unauthenticated, loopback, a temp data dir)
unless --url is given, then runs each endpoint in turn and prints requests/s, p50/p95/p99 and
the error count. Every request carries a distinct text, so nothing can be served from a cache.
With the local server it also prints CPU milliseconds per request, of the server and of this
client: on a shared machine req/s moves with other jobs' load, CPU per request much less.

    python bench/load.py                          # 16 clients, 20 s per endpoint
    python bench/load.py --clients 4 --duration 10 --json
    python bench/load.py --url http://host:8000 --key sa_... --workspace acme
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import numpy as np

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "acme-retail"
GOAL_P99_MS = 250.0


@dataclass
class Figures:
    """What one endpoint did under load."""

    endpoint: str
    clients: int
    seconds: float
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    server_cpu_ms: float | None  # CPU per request of the server process; None when not ours
    client_cpu_ms: float  # CPU per request of this bench process (it shares the cores)


ServerCpu = Callable[[], float | None]


def _no_server_cpu() -> float | None:
    return None


def process_cpu_seconds(pid: int) -> float | None:
    """User plus system CPU seconds of a process, from /proc (None where there is no /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # After the ")" that ends the command name, utime and stime are the 12th and 13th fields.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def texts() -> list[tuple[str, str]]:
    """(title, body) pairs from the example backlog."""
    rows = [json.loads(line) for line in (EXAMPLE / "backlog.jsonl").read_text().splitlines()]
    return [(r["title"], r.get("body", "")) for r in rows]


def payload(endpoint: str, n: int, pool: list[tuple[str, str]]) -> dict[str, object]:
    """A distinct request body: the n-th text with a request number in it."""
    title, body = pool[n % len(pool)]
    if endpoint == "suggest":
        return {"text": f"{title} (request {n})", "k": 3}
    return {"id": f"load-{n}", "title": title, "body": f"{body} Request {n}."}


async def run_endpoint(
    client: httpx.AsyncClient,
    path: str,
    endpoint: str,
    clients: int,
    seconds: float,
    server_cpu: ServerCpu = _no_server_cpu,
) -> Figures:
    """Closed loop: each client sends its next request as soon as the last one answered."""
    pool = texts()
    latencies: list[float] = []
    errors = 0
    counter = iter(range(10**9))
    deadline = time.perf_counter() + seconds

    async def one_client() -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            body = payload(endpoint, next(counter), pool)
            started = time.perf_counter()
            try:
                response = await client.post(f"{path}/{endpoint}", json=body)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - started)
            errors += 0 if ok else 1

    started = time.perf_counter()
    cpu_before = (server_cpu(), time.process_time())
    await asyncio.gather(*(one_client() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    server_after, client_after = server_cpu(), time.process_time()
    ms = np.array(latencies) * 1000
    per_request = 1000 / max(len(latencies), 1)
    server_ms = (
        None
        if server_after is None or cpu_before[0] is None
        else round((server_after - cpu_before[0]) * per_request, 1)
    )
    return Figures(
        endpoint=endpoint,
        clients=clients,
        seconds=round(elapsed, 1),
        requests=len(latencies),
        errors=errors,
        rps=round(len(latencies) / elapsed, 1),
        p50_ms=round(float(np.percentile(ms, 50)), 1),
        p95_ms=round(float(np.percentile(ms, 95)), 1),
        p99_ms=round(float(np.percentile(ms, 99)), 1),
        max_ms=round(float(ms.max()), 1),
        server_cpu_ms=server_ms,
        client_cpu_ms=round((client_after - cpu_before[1]) * per_request, 1),
    )


async def bench(
    url: str,
    key: str | None,
    workspace: str,
    clients: int,
    seconds: float,
    endpoints: list[str],
    server_cpu: ServerCpu = _no_server_cpu,
) -> list[Figures]:
    """Warm up, then load each endpoint in turn."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    path = f"/v1/workspaces/{workspace}"
    async with httpx.AsyncClient(
        base_url=url, headers=headers, timeout=60, limits=limits
    ) as client:
        for n in range(3):  # the first check builds the workspace's checker
            (
                await client.post(f"{path}/check", json=payload("check", n, texts()))
            ).raise_for_status()
        return [
            await run_endpoint(client, path, e, clients, seconds, server_cpu) for e in endpoints
        ]


@contextmanager
def local_server(port: int) -> Iterator[tuple[str, int]]:
    """`stratalign serve` on the example workspace in a temp data dir; waits until indexed.

    Yields the URL and the server's process id."""
    data = Path(tempfile.mkdtemp(prefix="stratalign-load-"))
    env = {
        **os.environ,
        "STRATALIGN_DATA_DIR": str(data),
        "STRATALIGN_PORT": str(port),
        "STRATALIGN_RATE_LIMIT_PER_MINUTE": "1000000",
    }
    exe = shutil.which("stratalign", path=str(Path(sys.executable).parent)) or "stratalign"
    log = (data / "server.log").open("wb")
    process = subprocess.Popen(
        [exe, "serve", "--unauthenticated", "-w", str(EXAMPLE)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_indexed(url, "acme-retail", process)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        shutil.rmtree(data, ignore_errors=True)


def _wait_indexed(url: str, workspace: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with {process.returncode}")
        try:
            ws = httpx.get(f"{url}/v1/workspaces/{workspace}", timeout=5)
            if ws.is_success and ws.json()["up_to_date"]:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the example workspace was not indexed within 180 s")


def free_port() -> int:
    """A free loopback port."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def report(figures: list[Figures]) -> str:
    """A table, with the goal verdict for check."""
    lines = [
        f"{'endpoint':<8} {'clients':>7} {'req':>6} {'req/s':>7} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'p99 ms':>7} {'max ms':>7} {'errors':>6} {'cpu ms/req srv+cli':>18}"
    ]
    for f in figures:
        server = "-" if f.server_cpu_ms is None else f"{f.server_cpu_ms:g}"
        lines.append(
            f"{f.endpoint:<8} {f.clients:>7} {f.requests:>6} {f.rps:>7} {f.p50_ms:>7} "
            f"{f.p95_ms:>7} {f.p99_ms:>7} {f.max_ms:>7} {f.errors:>6} "
            f"{server + ' + ' + f'{f.client_cpu_ms:g}':>18}"
        )
    for f in figures:
        if f.endpoint == "check":
            met = f.errors == 0 and f.p99_ms < GOAL_P99_MS
            lines.append(
                f"goal (check: 0 errors, p99 < {GOAL_P99_MS:g} ms): {'PASS' if met else 'MISS'}"
            )
    lines.append(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="Target a running server instead of starting one.")
    parser.add_argument("--key", help="API key for --url.")
    parser.add_argument("--workspace", default="acme-retail")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=20.0, help="Seconds per endpoint.")
    parser.add_argument("--endpoints", default="check,suggest")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    endpoints = args.endpoints.split(",")

    def go(url: str, server_cpu: ServerCpu = _no_server_cpu) -> list[Figures]:
        return asyncio.run(
            bench(url, args.key, args.workspace, args.clients, args.duration, endpoints, server_cpu)
        )

    if args.url:
        figures = go(args.url)
    else:
        with local_server(free_port()) as (url, pid):
            figures = go(url, lambda: process_cpu_seconds(pid))
    print(json.dumps([asdict(f) for f in figures]) if args.json else report(figures))


if __name__ == "__main__":
    main()
