"""How fast the `stratalign` command answers a person: `stratalign --help` (goal < 0.5 s) and one
warm `check` on the shipped example (goal < 2 s), each as a real process, wall and CPU time.

    python bench/bench_cli.py [--runs 5] [--json]

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    script = stratalign()
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
