#!/usr/bin/python3
"""Runs the parity cases in real PyTorch 1.13 and writes test/parity/data/<suite>.json.

    /usr/bin/python3 test/parity/generate.py            # every suite
    /usr/bin/python3 test/parity/generate.py core       # one suite
    /usr/bin/python3 test/parity/generate.py --check    # regenerate in memory, fail if a file would change

A suite is a module with a `cases()` function returning `Case`/`ErrorCase` lists (see parity_lib.py). To add a
suite (activations, losses), write cases_<name>.py and add one line to SUITES.
Output is deterministic: fixed per-case seeds, single-threaded torch, one case per line, stable key order.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

import torch  # noqa: E402

from parity_lib import Case, ErrorCase, run_case, run_error_case  # noqa: E402

SUITES = {
    # suite name -> module providing cases()
    "core": "cases_core",
    "losses": "cases_losses",
    "activations": "cases_activations",
    "nn": "cases_nn",
}


def build_suite(name: str) -> str:
    torch.set_num_threads(1)  # reductions sum in a fixed order
    torch.manual_seed(0)
    module = importlib.import_module(SUITES[name])
    records = []
    seen: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. var of one element, which is nan by design
        for c in module.cases():
            if c.id in seen:
                raise ValueError(f"duplicate case id {c.id}")
            seen.add(c.id)
            try:
                if isinstance(c, ErrorCase):
                    records.append(run_error_case(c))
                elif isinstance(c, Case):
                    records.append(run_case(c))
                else:
                    raise TypeError(f"not a case: {c!r}")
            except Exception as e:
                raise RuntimeError(f"case {c.id} failed: {e}") from e
    header = {"suite": name, "torch": torch.__version__, "generator": "test/parity/generate.py", "count": len(records)}
    lines = [json.dumps(r, separators=(",", ":"), allow_nan=False) for r in records]
    return (
        "{\n"
        + f'"meta":{json.dumps(header, separators=(",", ":"))},\n'
        + '"cases":[\n'
        + ",\n".join(lines)
        + "\n]}\n"
    )


def main(argv: list[str]) -> int:
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")] or list(SUITES)
    os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
    status = 0
    for name in names:
        text = build_suite(name)
        path = os.path.join(HERE, "data", f"{name}.json")
        if check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                print(f"{path} is out of date")
                status = 1
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        n = json.loads(text)["meta"]["count"]
        print(f"wrote {os.path.relpath(path)}: {n} cases, {len(text) / 1e6:.2f} MB")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
