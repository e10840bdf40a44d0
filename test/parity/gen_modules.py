"""Golden reprs of nn modules: what PyTorch prints for str(torch.nn.<Module>(...)).

Run with the system Python that has torch 1.13:

    /usr/bin/python3 test/parity/gen_modules.py

Writes test/parity/data/modules.json, a list of
    {"module", "args", "options", "repr"}
where `module` is the class name (the same in tensorgrad and PyTorch), `args` the positional arguments
(nn.Threshold's threshold and value, nn.Softmax's dim, nn.Linear's sizes) and `options` tensorgrad's
camelCase options object; PyTorch gets them as snake_case keywords. test/modules.test.ts builds
`new nn[module](...args, options)` and compares String(module) with `repr`. A case with "children" is an
nn.Sequential of those cases.

A JS number does not know whether it was written 2 or 2.0, and Python prints the two differently, so an
integer-valued float is refused below (write 2, not 2.0); huge floats (1e20) print alike in both.
"""

import json
import os
import re

import torch

ACTIVATIONS = [
    "Sigmoid", "LogSigmoid", "Tanh", "Softsign", "Tanhshrink", "ReLU", "ReLU6", "LeakyReLU", "ELU", "SELU",
    "CELU", "GELU", "SiLU", "Mish", "Softplus", "Hardtanh", "Hardsigmoid", "Hardswish", "Softshrink",
    "Hardshrink", "GLU", "RReLU", "PReLU", "Softmax", "LogSoftmax", "Softmin",
]

LOSSES = [
    "L1Loss", "MSELoss", "CrossEntropyLoss", "CTCLoss", "NLLLoss", "PoissonNLLLoss", "GaussianNLLLoss",
    "KLDivLoss", "BCELoss", "BCEWithLogitsLoss", "MarginRankingLoss", "HingeEmbeddingLoss",
    "MultiLabelMarginLoss", "HuberLoss", "SmoothL1Loss", "SoftMarginLoss", "MultiLabelSoftMarginLoss",
    "CosineEmbeddingLoss", "MultiMarginLoss", "TripletMarginLoss", "TripletMarginWithDistanceLoss",
    "CosineSimilarity", "PairwiseDistance",
]

# (module, args, options): defaults of every module above, then options that change what is printed.
CASES = [(name, [], {}) for name in ACTIVATIONS + LOSSES] + [
    ("Threshold", [0.1, 20], {}),
    ("Threshold", [-1, 0.5], {"inplace": False}),
    ("LeakyReLU", [], {"negativeSlope": 0.2}),
    ("LeakyReLU", [], {"negativeSlope": 1e-05}),
    ("LeakyReLU", [], {"negativeSlope": 1}),
    ("ELU", [], {"alpha": 2}),
    ("ELU", [], {"alpha": 0.5, "inplace": False}),
    ("CELU", [], {"alpha": 1e20}),
    ("GELU", [], {"approximate": "tanh"}),
    ("Softplus", [], {"beta": 0.5, "threshold": 10}),
    ("Hardtanh", [], {"minVal": -2, "maxVal": 2}),
    ("Hardtanh", [], {"minVal": -0.5}),
    ("Softshrink", [], {"lambd": 0.3}),
    ("Hardshrink", [], {"lambd": 2}),
    ("GLU", [], {"dim": 1}),
    ("RReLU", [], {"lower": 0.1, "upper": 0.3}),
    ("PReLU", [], {"numParameters": 3, "init": 0.1}),
    ("Softmax", [1], {}),
    ("LogSoftmax", [-1], {}),
    ("Softmin", [0], {}),
    ("ReLU", [], {"inplace": False}),
    ("MSELoss", [], {"reduction": "sum"}),
    ("CrossEntropyLoss", [], {"ignoreIndex": 1, "labelSmoothing": 0.1}),
    ("HuberLoss", [], {"delta": 2}),
    ("CTCLoss", [], {"blank": 1, "zeroInfinity": True}),
    ("KLDivLoss", [], {"reduction": "batchmean", "logTarget": True}),
    ("PairwiseDistance", [], {"p": 1, "keepdim": True}),
    ("Linear", [2, 3], {}),
    ("Linear", [4, 1], {"bias": False}),
]


def snake(name):
    return re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), name)


def check_literal(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        raise ValueError(f"{v!r}: write integer-valued numbers as ints (JS cannot tell 2 from 2.0)")


def build(module, args, options):
    for v in list(args) + list(options.values()):
        check_literal(v)
    return getattr(torch.nn, module)(*args, **{snake(k): v for k, v in options.items()})


def main():
    out = []
    for module, args, options in CASES:
        out.append({"module": module, "args": args, "options": options, "repr": str(build(module, args, options))})
    children = [("Linear", [2, 16], {}), ("LeakyReLU", [], {"negativeSlope": 0.2}), ("Linear", [16, 2], {})]
    seq = torch.nn.Sequential(*(build(*c) for c in children))
    out.append(
        {
            "module": "Sequential",
            "children": [{"module": m, "args": a, "options": o} for m, a, o in children],
            "repr": str(seq),
        }
    )
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "modules.json")
    with open(path, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, separators=(",", ":")) for c in out) + "\n]\n")
    print(f"wrote {len(out)} cases to {path}")


if __name__ == "__main__":
    main()
