"""Golden float32 sums and means of large deterministic tensors, from PyTorch 1.13.

The inputs are a formula both sides evaluate exactly (integer arithmetic, one division in float64, one
rounding to float32), so only the results need committing. Run: /usr/bin/python3 test/parity/gen_sums.py
"""
import json
import pathlib

import torch

torch.set_num_threads(1)
cases = []
for n, multiplier, modulus, shift in [(1 << 22, 40503, 65537, 0.3), (1 << 20, 7919, 10007, 0.0), (3_000_001, 104729, 1299709, 0.25)]:
    i = torch.arange(n, dtype=torch.int64)
    x = ((i * multiplier % modulus).to(torch.float64) / modulus - shift).to(torch.float32)
    cases.append({
        "n": n, "multiplier": multiplier, "modulus": modulus, "shift": shift,
        "sum": x.sum().item(), "mean": x.mean().item(),
        "rowSums": x[: (n // 1024) * 1024].reshape(-1, 1024).sum(1)[:16].tolist(),
    })
out = pathlib.Path(__file__).parent / "data" / "sums.json"
out.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=1) + "\n")
print(f"wrote {out}")
