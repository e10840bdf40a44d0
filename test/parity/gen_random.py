"""Golden values of PyTorch's seeded CPU generator: rand, randn and randint after manual_seed.

Run: /usr/bin/python3 test/parity/gen_random.py
"""
import json
import pathlib

import torch

cases = []
for seed in [0, 1, 42, 2024]:
    for name, make in [
        ("rand float32 x7", lambda: torch.rand(7)),
        ("rand float64 x7", lambda: torch.rand(7, dtype=torch.float64)),
        ("randn float32 x5", lambda: torch.randn(5)),
        ("randn float32 x37", lambda: torch.randn(37)),
        ("randn float64 x5", lambda: torch.randn(5, dtype=torch.float64)),
        ("randn float64 x40", lambda: torch.randn(40, dtype=torch.float64)),
        ("randint 0..10 x9", lambda: torch.randint(0, 10, (9,))),
        ("randint -5..1000 x9", lambda: torch.randint(-5, 1000, (9,))),
        ("rand then randn", lambda: torch.cat([torch.rand(3), torch.randn(3), torch.rand(2)])),
    ]:
        torch.manual_seed(seed)
        values = make()
        cases.append({"seed": seed, "name": name, "dtype": str(values.dtype).replace("torch.", ""), "values": values.tolist()})
out = pathlib.Path(__file__).parent / "data" / "random.json"
out.write_text(json.dumps({"torch": torch.__version__, "cases": cases}) + "\n")
print(f"wrote {out}")
