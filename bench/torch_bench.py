"""PyTorch side of `npm run bench`: times the workloads of bench/run.ts on bit-identical inputs.

Usage: python3 bench/torch_bench.py '<json config>'   (written by bench/run.ts; not meant to be run by hand)
Config: {"workloads": [{"id", "kind", "n", "rows", "cols", "reps", "minTime", "minSamples"}], "threads": [1, 2],
         "outDir": "/tmp/..."}.
Prints one JSON object: {"torch": version, "results": {"<id>": {"<threads>": median_ms}}}. The outputs of the
first thread count are written to outDir as raw float32 (<id>.<k>.f32) for bench/run.ts to check.
"""
import json
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

# Mirror of STREAMS in bench/data.ts: u_i = (i*a + b) mod 2^32.
STREAMS = {"x": (2654435761, 12345), "y": (2246822519, 777), "g": (3266489917, 4242), "t": (668265263, 99)}


def u32(n, stream):
    a, b = stream
    i = np.arange(n, dtype=np.uint64)
    return (i * np.uint64(a) + np.uint64(b)) & np.uint64(0xFFFFFFFF)


def uniform(n, stream, lo, hi):
    u = u32(n, stream).astype(np.float64)
    return torch.from_numpy((u * ((hi - lo) / 2**32) + lo).astype(np.float32))


def classes(n, stream, count):
    return torch.from_numpy((u32(n, stream) % np.uint64(count)).astype(np.int64))


def make(w):
    """Returns (run, outputs) for one workload; mirrors WORKLOADS in bench/run.ts."""
    kind, n = w["kind"], w["n"]
    if kind in ("logSoftmax", "crossEntropy"):
        x = uniform(n, STREAMS["x"], -4, 4).reshape(w["rows"], w["cols"])
    else:
        x = uniform(n, STREAMS["x"], -8, 8)
    g = uniform(n, STREAMS["g"], -1, 1)
    if kind == "sigmoid":
        return (lambda: torch.sigmoid(x)), lambda: [torch.sigmoid(x)]
    if kind == "gelu":
        return (lambda: F.gelu(x)), lambda: [F.gelu(x)]
    if kind == "logSoftmax":
        return (lambda: F.log_softmax(x, 1)), lambda: [F.log_softmax(x, 1)]
    if kind == "add":
        y = uniform(n, STREAMS["y"], -8, 8)
        return (lambda: torch.add(x, y)), lambda: [torch.add(x, y)]
    xg = x.clone().requires_grad_()
    if kind in ("sigmoidGrad", "reluGrad"):
        f = torch.sigmoid if kind == "sigmoidGrad" else torch.relu

        def step():
            xg.grad = None
            y = f(xg)
            y.backward(g)
            return [y.detach(), xg.grad]
    else:
        if kind == "crossEntropy":
            t = classes(w["rows"], STREAMS["t"], w["cols"])
            loss_fn = lambda v: F.cross_entropy(v, t)
        elif kind == "mse":
            y = uniform(n, STREAMS["y"], -8, 8)
            loss_fn = lambda v: F.mse_loss(v, y)
        elif kind == "bceLogits":
            t = uniform(n, STREAMS["t"], 0, 1)
            loss_fn = lambda v: F.binary_cross_entropy_with_logits(v, t)
        else:
            raise ValueError(kind)

        def step():
            xg.grad = None
            loss = loss_fn(xg)
            loss.backward()
            return [loss.detach().reshape(1), xg.grad]

    return step, step


def median_ms(run, reps, min_time, min_samples):
    run()  # warm up
    samples = []
    start = time.perf_counter()
    while len(samples) < min_samples or time.perf_counter() - start < min_time:
        t0 = time.perf_counter()
        for _ in range(reps):
            run()
        samples.append((time.perf_counter() - t0) * 1000 / reps)
        if len(samples) >= 200:
            break
    return statistics.median(samples)


def main():
    config = json.loads(sys.argv[1])
    results = {}
    prepared = [(w, *make(w)) for w in config["workloads"]]
    for ti, threads in enumerate(config["threads"]):
        torch.set_num_threads(threads)
        for w, run, outputs in prepared:
            if ti == 0:
                with torch.no_grad() if w["kind"] in ("sigmoid", "gelu", "logSoftmax", "add") else torch.enable_grad():
                    for k, o in enumerate(outputs()):
                        o.detach().contiguous().numpy().astype(np.float32).tofile(f"{config['outDir']}/{w['id']}.{k}.f32")
            results.setdefault(w["id"], {})[str(threads)] = median_ms(run, w["reps"], w["minTime"], w["minSamples"])
    print(json.dumps({"torch": torch.__version__, "results": results}))


if __name__ == "__main__":
    main()
