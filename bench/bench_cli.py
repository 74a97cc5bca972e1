"""How fast the `stratalign` command answers a person: `stratalign --help` (goal < 0.5 s) and one
warm `check` on the shipped example (goal < 2 s), each as a real process, wall and CPU time.

    python bench/bench_cli.py [--runs 5] [--json]
    python bench/bench_cli.py --phases    # where a warm check's CPU time goes, step by step

"Warm" means the workspace is already indexed in the data dir (a temp dir of its own, indexed
once before timing). CPU time is the child's user + system time: on a busy shared machine wall
time moves with other jobs' load, CPU time much less; the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "acme-retail"
PROPOSAL = ("Aisle-sorted pick lists so store staff get online orders ready for collection "
            "within the hour")
GOALS = {"help": 0.5, "check": 2.0}


def stratalign() -> str:
    """The console script beside this Python (the venv's), else the one on PATH."""
    found = shutil.which("stratalign", path=str(Path(sys.executable).parent)) or shutil.which(
        "stratalign")
    if found is None:
        sys.exit("stratalign is not installed: run `make venv` and `. .venv/bin/activate`")
    return found


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process run to completion; a failure stops the bench."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(command: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median and best wall and CPU seconds over `runs` runs."""
    samples = [timed_run(command, env) for _ in range(runs)]
    walls, cpus = [s[0] for s in samples], [s[1] for s in samples]
    return {"wall_median": round(statistics.median(walls), 3), "wall_min": round(min(walls), 3),
            "cpu_median": round(statistics.median(cpus), 3)}


# Run in a fresh interpreter, so every import is paid as `stratalign check` pays it.
_PHASES = """
import io, json, sys, time
from pathlib import Path
marks = [("start", time.process_time())]
def mark(name): marks.append((name, time.process_time()))
import checker.cli.app
mark("cli import")
from checker.engines import build_engine
from checker.service import Services, ensure_indexed
from checker.settings import Settings
mark("engine imports")
settings = Settings()
services = Services.from_settings(settings)
mark("model load")
workspace = ensure_indexed(Path(sys.argv[1]), services, print)
mark("read workspace")
engine = build_engine(workspace, services, settings)
mark("build checker")
from checker.models import Proposal
result = engine.check(Proposal(id="p", title=sys.argv[2], body=""))
mark("check")
from rich.console import Console
from checker.cli import render
render.print_result(result, Console(file=io.StringIO()))
mark("render")
print(json.dumps({b[0]: round(b[1] - a[1], 3) for a, b in zip(marks, marks[1:])}))
"""


def phases(env: dict[str, str]) -> dict[str, float]:
    """CPU seconds of each step of one warm check, in a fresh interpreter (not its startup)."""
    done = subprocess.run([sys.executable, "-c", _PHASES, str(EXAMPLE), PROPOSAL], env=env,
                          capture_output=True, text=True, check=True, cwd=REPO)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phases", action="store_true",
                        help="print the CPU seconds of each step of one warm check instead")
    args = parser.parse_args()
    script = stratalign()
    if args.phases:
        with tempfile.TemporaryDirectory() as data:
            env = {**os.environ, "STRATALIGN_DATA_DIR": data}
            timed_run([script, "index", str(EXAMPLE)], env)
            # The first check embeds the background set once and caches it: warm means after it.
            timed_run([script, "check", "-w", str(EXAMPLE), PROPOSAL], env)
            steps = phases(env)
        print("  ".join(f"{k} {v:.2f} s" for k, v in steps.items()))
        print(f"load average {[round(x, 2) for x in os.getloadavg()]} on {os.cpu_count()} CPUs")
        return
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "STRATALIGN_DATA_DIR": data}
        timed_run([script, "index", str(EXAMPLE)], env)
        figures = {
            "help": measure([script, "--help"], env, args.runs),
            "check": measure([script, "check", "-w", str(EXAMPLE), PROPOSAL], env, args.runs),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "cpus": os.cpu_count(),
        }
    if args.json:
        print(json.dumps(figures))
        return
    for name, goal in GOALS.items():
        f = figures[name]
        assert isinstance(f, dict)
        verdict = "PASS" if f["wall_median"] < goal else "MISS"
        print(f"{name:<6} wall median {f['wall_median']:.2f} s (best {f['wall_min']:.2f} s), "
              f"CPU {f['cpu_median']:.2f} s; goal < {goal} s wall: {verdict}")
    print(f"load average {figures['load_average']} on {figures['cpus']} CPUs")


if __name__ == "__main__":
    main()
