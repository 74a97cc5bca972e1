"""`stratalign serve` as a real subprocess over one data dir: restartable and killable."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx

from tests.helpers import free_port, wait_for

STRATALIGN = shutil.which("stratalign", path=str(Path(sys.executable).parent)) or "stratalign"


class ServerProcess:
    """`stratalign serve` in a subprocess over one data dir, restartable."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.logs: list[Path] = []

    def env(self, **extra: str) -> dict[str, str]:
        return {
            **os.environ,
            "STRATALIGN_DATA_DIR": str(self.data),
            "STRATALIGN_PORT": str(self.port),
            "STRATALIGN_JOB_LEASE_SECONDS": "2",
            **extra,
        }

    def key(self) -> str:
        done = subprocess.run(
            [STRATALIGN, "keys", "create", "--all", "-s", "admin", "-s", "check"],
            env=self.env(), capture_output=True, text=True, check=True, timeout=60,
        )
        return done.stdout.strip()

    def start(self, *args: str, **extra: str) -> None:
        """Start `stratalign serve ARGS` and wait until it answers; its output goes to a log
        file in the data dir (one per start)."""
        self.data.mkdir(parents=True, exist_ok=True)
        log = self.data / f"server-{len(self.logs)}.log"
        self.logs.append(log)
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [STRATALIGN, "serve", *args], env=self.env(**extra),
                stdout=out, stderr=subprocess.STDOUT,
            )
        wait_for(f"{self.url}/healthz", process=self.process)

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def client(self, key: str) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {key}"},
                            timeout=60)

    def committed(self, job_id: str) -> list[tuple[int, str]]:
        """Result rows as the database holds them (read with the server dead)."""
        with sqlite3.connect(self.data / "stratalign.db") as conn:
            rows = conn.execute(
                "SELECT position, result FROM job_results WHERE job_id = ? ORDER BY position",
                (job_id,),
            ).fetchall()
        return [(int(p), str(r)) for p, r in rows]

    def rows(self, query: str) -> list[tuple[object, ...]]:
        """Rows of a query on the SQLite database (read with the server stopped)."""
        with sqlite3.connect(self.data / "stratalign.db") as conn:
            return [tuple(r) for r in conn.execute(query).fetchall()]
