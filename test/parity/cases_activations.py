"""Parity cases for the activations (issue #3): every torch.nn.functional activation and each of its options, on random
values and on edge values (0, -0, ±1e-8, the kink points, ±20, ±88, ±100, ±1e4, ±inf, nan), float32 and float64, 0-d to
4-d and transposed inputs, dim variants; forward, gradient, grad_fn and (for a few) repr; and bad input.

Ids are "<op>/<what>/<dtype>/<n>" (the op without its "F." prefix); inputs come from generators seeded by the id.
Adding an activation is one entry in ELEMENTWISE (name -> option variants and kinks) or one builder below.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from parity_lib import PY_OPS, Case, ErrorCase, Leaf, rand, t

INF = math.inf
NAN = math.nan
FLOATS = ("float32", "float64")

# Edge values every elementwise activation sees (the kinks of each op and its options are appended).
EDGE = [0.0, -0.0, 1e-8, -1e-8, 0.5, -0.5, 1.0, -1.0, 20.0, -20.0, 88.0, -88.0, 100.0, -100.0, 1e4, -1e4, INF, -INF, NAN]

# Elementwise activations: op -> list of (variant label, kwargs, kinks). The first variant is the default.
ELEMENTWISE: dict[str, list[tuple[str, dict, list[float]]]] = {
    "sigmoid": [("default", {}, [])],
    "logsigmoid": [("default", {}, [])],
    "tanh": [("default", {}, [])],
    "relu": [("default", {}, [0.0]), ("inplace-false", {"inplace": False}, [])],
    "relu6": [("default", {}, [0.0, 6.0, 5.999, 6.001])],
    "leakyRelu": [
        ("default", {}, [0.0]),
        ("slope0.2", {"negativeSlope": 0.2}, [0.0]),
        ("slope-negative", {"negativeSlope": -0.5}, [0.0]),
        ("inplace-false", {"negativeSlope": 0.1, "inplace": False}, []),
    ],
    "elu": [("default", {}, [0.0]), ("alpha0.5", {"alpha": 0.5}, [0.0]), ("alpha2", {"alpha": 2.0}, [0.0])],
    "selu": [("default", {}, [0.0])],
    "celu": [("default", {}, [0.0]), ("alpha0.5", {"alpha": 0.5}, [0.0]), ("alpha2", {"alpha": 2.0}, [0.0])],
    "gelu": [("default", {}, [-3.0, 3.0, -6.0, 6.0]), ("tanh", {"approximate": "tanh"}, [-3.0, 3.0]),
             ("none", {"approximate": "none"}, [])],
    "silu": [("default", {}, [])],
    "mish": [("default", {}, [])],
    "softplus": [
        ("default", {}, [20.0, 19.999, 20.001, 19.0, 21.0]),
        ("beta2", {"beta": 2.0}, [10.0, 9.999, 10.001]),
        ("beta0.5-threshold5", {"beta": 0.5, "threshold": 5.0}, [10.0, 9.99, 10.01]),
        ("threshold1", {"threshold": 1.0}, [1.0, 0.999, 1.001]),
    ],
    "softsign": [("default", {}, [])],
    "tanhshrink": [("default", {}, [])],
    "hardtanh": [
        ("default", {}, [-1.0, 1.0]),
        ("bounds-2-3", {"minVal": -2.0, "maxVal": 3.0}, [-2.0, 3.0]),
        ("equal-bounds", {"minVal": 0.5, "maxVal": 0.5}, [0.5]),
    ],
    "hardsigmoid": [("default", {}, [-3.0, 3.0, -2.999, 2.999, -3.001, 3.001])],
    "hardswish": [("default", {}, [-3.0, 3.0, -2.999, 2.999, -3.001, 3.001])],
    "softshrink": [("default", {}, [-0.5, 0.5]), ("lambd1", {"lambd": 1.0}, [-1.0, 1.0]), ("lambd0", {"lambd": 0.0}, [])],
    "hardshrink": [("default", {}, [-0.5, 0.5]), ("lambd1", {"lambd": 1.0}, [-1.0, 1.0]),
                   ("lambd-negative", {"lambd": -1.0}, [-1.0, 1.0])],
    "rrelu": [("default", {}, [0.0]), ("bounds", {"lower": 0.1, "upper": 0.5}, [0.0]),
              ("eval-explicit", {"training": False}, [])],
}

# Positional-argument activations handled like the elementwise ones: op -> list of (label, extra args, kinks).
THRESHOLD_VARIANTS = [("0.1-20", [0.1, 20.0], [0.1]), ("0-0", [0.0, 0.0], [0.0]), ("-1-nan", [-1.0, NAN], [-1.0])]

# PyTorch refuses integer inputs for these (the kernel name in its message).
INT_REFUSED = {
    "logsigmoid": "log_sigmoid_cpu", "leakyRelu": "leaky_relu_cpu", "elu": "elu_cpu", "selu": "elu_cpu",
    "celu": "elu_cpu", "gelu": "GeluKernelImpl", "silu": "silu_cpu", "mish": "mish_cpu", "softplus": "softplus_cpu",
    "hardsigmoid": "hardsigmoid_cpu", "hardswish": "hardswish_cpu", "softshrink": "softshrink_cpu",
    "hardshrink": "hardshrink_cpu", "rrelu": "leaky_relu_cpu",
}
# ... and accept them (relu, relu6, hardtanh, threshold keep int64; the others give float32).
INT_ACCEPTED = ["sigmoid", "tanh", "relu", "relu6", "hardtanh", "softsign", "tanhshrink"]

SHAPES = {"2d": (2, 3), "0d": (), "1d": (5,), "3d": (2, 3, 4), "4d": (2, 1, 3, 2)}


def _id(op, what, dtype, n=0):
    return f"{op}/{what}/{dtype}/{n}"


def _chunks(values: list, size: int = 7) -> list:
    """Edge values in tensors of at most 7 elements. PyTorch 1.13's CPU kernels run a SIMD body on blocks of
    2 x vector width (8 float64 / 16 float32 elements on AVX2) and a scalar loop on the rest, and the two disagree at
    some kinks and at nan (hardswish'(3) is 3/2 in the scalar loop and 1 in the SIMD body; hardtanh's SIMD backward
    drops the gradient at nan; float32 exp/erf are SIMD approximations). Tensors this small always take the scalar
    loop, whose semantics are PyTorch's reference (and tensorgrad's)."""
    return [values[k:k + size] for k in range(0, len(values), size)]


# No repr check for these in float32: PyTorch 1.13 runs float32 gelu through oneDNN (gelu(-0) = +0, its own erf),
# and float32 logsigmoid(100) is one denormal ulp off the correctly rounded value. Values still match to tolerance.
NO_REPR_FLOAT32 = {"gelu", "logsigmoid"}


def elementwise_cases(out: list):
    for op, variants in ELEMENTWISE.items():
        fop = "F." + op
        for k, (label, kwargs, kinks) in enumerate(variants):
            for dt in FLOATS:
                shapes = SHAPES if k == 0 else {"2d": (2, 3), "3d": (2, 3, 4)}
                for what, shape in shapes.items():
                    i = _id(op, f"{label}_{what}", dt)
                    out.append(Case(i, fop, [rand(i, shape, dt, -4, 4)], dict(kwargs),
                                    repr=(k == 0 and what == "2d" and dt == "float32" and op not in NO_REPR_FLOAT32)))
                if k == 0:
                    i = _id(op, f"{label}_transposed", dt)
                    out.append(Case(i, fop, [Leaf(rand(i, (3, 2), dt, -4, 4), permute=[1, 0])], dict(kwargs)))
                for n, chunk in enumerate(_chunks(EDGE + kinks)):
                    i = _id(op, f"{label}_edge", dt, n)
                    out.append(Case(i, fop, [t(chunk, dt)], dict(kwargs),
                                    repr=(k == 0 and dt == "float32" and op not in NO_REPR_FLOAT32)))
    for what, args, kinks in THRESHOLD_VARIANTS:
        for dt in FLOATS:
            i = _id("threshold", f"{what}_2d", dt)
            out.append(Case(i, "F.threshold", [rand(i, (2, 3), dt, -2, 2), *args]))
            for n, chunk in enumerate(_chunks(EDGE + kinks)):
                i = _id("threshold", f"{what}_edge", dt, n)
                out.append(Case(i, "F.threshold", [t(chunk, dt), *args]))
    for dt in FLOATS:
        i = _id("threshold", "4d", dt)
        out.append(Case(i, "F.threshold", [rand(i, (2, 1, 3, 2), dt), 0.3, -1.0], {"inplace": False}))


def note_cases(out: list):
    # The study note's examples: printed exactly as PyTorch prints them.
    x = torch.linspace(-100, 100, 10)
    for op in ["sigmoid", "relu", "tanh", "gelu", "softplus", "logsigmoid", "elu", "leakyRelu", "silu", "hardswish"]:
        r = op not in NO_REPR_FLOAT32
        out.append(Case(f"{op}/note-linspace/float32/0", "F." + op, [Leaf(x, requires_grad=False)], repr=r,
                        note="the note's example F.<op>(tg.linspace(-100, 100, 10))"))
        out.append(Case(f"{op}/note-linspace-grad/float32/0", "F." + op, [x], repr=r))


def int_cases(out: list):
    ints = t([-3, -1, 0, 1, 2, 7], "int64")
    for op in INT_ACCEPTED:
        out.append(Case(_id(op, "int64", "int64"), "F." + op, [ints]))
    out.append(Case(_id("threshold", "int64", "int64"), "F.threshold", [ints, 1, 20]))
    out.append(Case(_id("hardtanh", "int64-bounds", "int64"), "F.hardtanh", [ints, ], {"minVal": -2.0, "maxVal": 2.0}))
    for op, kernel in INT_REFUSED.items():
        out.append(ErrorCase(f"{op}/error/int64", "F." + op, [ints], keywords=[kernel, "Long"], js_error="TypeError"))
    for op in ["glu", "softmax", "logSoftmax", "softmin"]:
        args = [t([[1, 2], [3, 4]], "int64")] + ([] if op == "glu" else [1])
        kernel = {"glu": "glu_cpu", "softmax": "softmax", "logSoftmax": "log_softmax", "softmin": "softmax"}[op]
        out.append(ErrorCase(f"{op}/error/int64", "F." + op, args, keywords=[kernel, "Long"], js_error="TypeError"))
    out.append(ErrorCase("relu/error/bool", "F.relu", [t([True, False], "bool")],
                         keywords=["Boolean inputs not supported for relu"], js_error="TypeError"))


# Rows that stress the softmax family: huge logits, ties, signed zeros.
SOFTMAX_EDGE = [
    [1e4, -1e4, 0.0, 1.0],
    [88.0, 89.0, 90.0, -100.0],
    [3.0, 3.0, 3.0, 3.0],
    [-0.0, 0.0, 1e-8, -1e-8],
    [-88.0, -1e4, -100.0, -89.0],
]
# Rows with infinities and nan: a +inf logit makes PyTorch's whole row nan, a -inf logit gives 0 (-inf in log space).
SOFTMAX_NONFINITE_ENABLED = True
SOFTMAX_NONFINITE = [
    [INF, 0.0, 1.0, 2.0],
    [-INF, 0.0, 1.0, 2.0],
    [NAN, 0.0, 1.0, 2.0],
    [-INF, -INF, 0.0, 1.0],
]


def softmax_cases(out: list):
    dims = {"1d": ((5,), [0, -1]), "0d": ((), [0]), "2d": ((2, 3), [0, 1, -1]), "3d": ((2, 3, 4), [0, 1, 2, -2]),
            "4d": ((2, 1, 3, 2), [1, 3])}
    for op in ["softmax", "logSoftmax", "softmin"]:
        fop = "F." + op
        for dt in FLOATS:
            for what, (shape, ds) in dims.items():
                for d in ds:
                    i = _id(op, f"{what}-dim{d}", dt)
                    out.append(Case(i, fop, [rand(i, shape, dt, -5, 5), d], repr=(what == "2d" and d == 1 and dt == "float32")))
            i = _id(op, "transposed-dim1", dt)
            out.append(Case(i, fop, [Leaf(rand(i, (4, 3), dt, -5, 5), permute=[1, 0]), 1]))
            i = _id(op, "edge-dim1", dt)
            out.append(Case(i, fop, [t(SOFTMAX_EDGE, dt), 1]))
            i = _id(op, "edge-dim0", dt)
            out.append(Case(i, fop, [t(SOFTMAX_EDGE, dt), 0]))
            if SOFTMAX_NONFINITE_ENABLED:
                i = _id(op, "nonfinite-dim1", dt)
                out.append(Case(i, fop, [t(SOFTMAX_NONFINITE, dt), 1]))
        i = _id(op, "dtype-float64", "float32")
        out.append(Case(i, fop, [rand(i, (2, 3), "float32", -5, 5), 1], {"dtype": "float64"}))
        i = _id(op, "dtype-float32", "float64")
        out.append(Case(i, fop, [rand(i, (2, 3), "float64", -5, 5), -1], {"dtype": "float32"}))
        i = _id(op, "implicit-dim-2d", "float32")
        out.append(Case(i, fop, [rand(i, (2, 3), "float32", -5, 5)], note="no dim: PyTorch's legacy implicit dim (1 for 2-d)"))
        i = _id(op, "implicit-dim-3d", "float32")
        out.append(Case(i, fop, [rand(i, (2, 3, 2), "float32", -5, 5)], note="no dim: PyTorch's legacy implicit dim (0 for 3-d)"))
        out.append(ErrorCase(f"{op}/error/dim-out-of-range", fop, [torch.ones(2, 3), 2],
                             keywords=["Dimension out of range", "got 2"]))
        out.append(ErrorCase(f"{op}/error/negative-dim-out-of-range", fop, [torch.ones(2, 3), -3],
                             keywords=["Dimension out of range", "got -3"]))
    out.append(Case(_id("softmin", "int64-dtype-float64", "int64"), "F.softmin", [t([[1, 2, 3]], "int64"), 1],
                    {"dtype": "float64"}))


def glu_cases(out: list):
    for dt in FLOATS:
        for what, shape, d in [("1d", (6,), None), ("2d-dim1", (2, 4), 1), ("2d-dim0", (4, 3), 0), ("3d-dim1", (2, 4, 3), 1),
                               ("3d-default", (2, 3, 4), None), ("4d-dim-2", (2, 1, 4, 2), -2), ("4d-dim0", (2, 1, 3, 2), 0)]:
            i = _id("glu", what, dt)
            kwargs = {} if d is None else {"dim": d}
            out.append(Case(i, "F.glu", [rand(i, shape, dt, -4, 4)], kwargs, repr=(what == "2d-dim1" and dt == "float32")))
        i = _id("glu", "edge", dt)
        out.append(Case(i, "F.glu", [t([[0.0, -0.0, 1e4, -1e4, INF, NAN, 1.0, 2.0], [100.0, -100.0, 0.0, 0.0, -INF, INF, NAN, -1.0]], dt)],
                        {"dim": 0}))
        i = _id("glu", "transposed", dt)
        out.append(Case(i, "F.glu", [Leaf(rand(i, (4, 2), dt), permute=[1, 0])], {"dim": 1}))
    out.append(ErrorCase("glu/error/odd-size", "F.glu", [torch.ones(2, 3)], {"dim": 1},
                         keywords=["Halving dimension must be even", "dimension 1 is size 3"]))
    out.append(ErrorCase("glu/error/scalar", "F.glu", [torch.tensor(1.0)],
                         keywords=["glu does not support scalars"]))
    out.append(ErrorCase("glu/error/dim-out-of-range", "F.glu", [torch.ones(2, 4)], {"dim": 5},
                         keywords=["Dimension out of range", "got 5"]))


def prelu_cases(out: list):
    for dt in FLOATS:
        for what, shape, wn in [("1d-shared", (5,), 1), ("2d-shared", (2, 3), 1), ("2d-channels", (2, 3), 3),
                                ("3d-channels", (2, 3, 4), 3), ("4d-channels", (2, 3, 2, 2), 3), ("4d-shared", (2, 3, 2, 2), 1),
                                ("2d-one-channel", (4, 1), 1)]:
            i = _id("prelu", what, dt)
            out.append(Case(i, "F.prelu", [rand(i, shape, dt, -3, 3), rand(i + "w", (wn,), dt, 0, 0.5)],
                            repr=(what == "2d-channels" and dt == "float32")))
        i = _id("prelu", "0d-weight", dt)
        out.append(Case(i, "F.prelu", [rand(i, (2, 3), dt, -3, 3), rand(i + "w", (), dt, 0, 0.5)]))
        for n, chunk in enumerate(_chunks(EDGE)):
            i = _id("prelu", "edge", dt, n)
            out.append(Case(i, "F.prelu", [t(chunk, dt), t([0.25], dt)]))
        i = _id("prelu", "transposed", dt)
        out.append(Case(i, "F.prelu", [Leaf(rand(i, (3, 2), dt, -3, 3), permute=[1, 0]), rand(i + "w", (3,), dt, 0, 0.5)]))
    out.append(ErrorCase("prelu/error/weight-size", "F.prelu", [torch.ones(2, 3), torch.full((2,), 0.25)],
                         keywords=["Mismatch of parameter numbers and input channel size", "parameter numbers = 2",
                                   "channel size = 3"]))
    out.append(ErrorCase("prelu/error/weight-dtype", "F.prelu", [torch.ones(2, 3), torch.full((3,), 0.25, dtype=torch.float64)],
                         keywords=["Found dtype Double but expected Float"], js_error="TypeError"))
    out.append(ErrorCase("prelu/error/weight-ndim", "F.prelu", [torch.ones(2, 3), torch.full((3, 1), 0.25)],
                         keywords=["weight", "ndim = 2"]))
    for dt in FLOATS:
        i = _id("prelu", "0d-input", dt)
        out.append(Case(i, "F.prelu", [t(-1.5, dt), t([0.25], dt)]))
    out.append(ErrorCase("prelu/error/zero-dim-input", "F.prelu", [torch.tensor(1.0), torch.full((2,), 0.25)],
                         keywords=["zero-dim input"]))


def _rrelu_train(x, seed, **kw):
    torch.manual_seed(seed)
    return F.rrelu(x, training=True, **kw)


PY_OPS["rreluTrain"] = _rrelu_train  # seeds the global generator, then rrelu in training mode (TS: same in test)


def rrelu_cases(out: list):
    for dt in FLOATS:
        for n, (shape, seed, kwargs) in enumerate([((2, 3), 0, {}), ((3, 4), 7, {"lower": 0.2, "upper": 0.6}),
                                                   ((2, 2, 3), 123, {}), ((2, 3), 5, {"lower": 0.3, "upper": 0.3})]):
            i = _id("rreluTrain", f"seed{seed}", dt, n)
            out.append(Case(i, "rreluTrain", [rand(i, shape, dt, -3, 3), seed], kwargs,
                            note="training mode: slopes from the global generator after manual_seed"))
        for n, chunk in enumerate(_chunks(EDGE)):
            i = _id("rreluTrain", "edge", dt, n)
            out.append(Case(i, "rreluTrain", [t(chunk, dt), 3 + n]))
    out.append(ErrorCase("rrelu/error/lower-above-upper", "F.rrelu", [torch.ones(2, 3)], {"lower": 0.5, "upper": 0.1},
                         keywords=["Lower bound should be less than or equal to the upper bound"]))


def normalize_cases(out: list):
    for dt in FLOATS:
        for what, shape, kwargs in [("2d-default", (2, 3), {}), ("2d-dim0", (2, 3), {"dim": 0}), ("1d-dim0", (5,), {"dim": 0}),
                                    ("3d-dim-1", (2, 3, 4), {"dim": -1}), ("4d-default", (2, 3, 2, 2), {}),
                                    ("p1", (2, 3), {"p": 1.0}), ("p3", (3, 4), {"p": 3.0, "dim": 0}),
                                    ("p-inf", (2, 3), {"p": INF}), ("eps", (2, 3), {"eps": 0.5})]:
            i = _id("normalize", what, dt)
            out.append(Case(i, "F.normalize", [rand(i, shape, dt, -3, 3)], kwargs, repr=(what == "2d-default" and dt == "float32")))
        i = _id("normalize", "zero-rows", dt)
        out.append(Case(i, "F.normalize", [t([[0.0, 0.0, 0.0], [1e-13, 0.0, -1e-13], [3.0, 4.0, 0.0]], dt)],
                        note="a zero row stays zero (the denominator is clamped at eps)"))
        i = _id("normalize", "large", dt)
        out.append(Case(i, "F.normalize", [t([[1e4, -1e4, 1.0], [1e-8, 2e-8, -1e-8]], dt)]))
    out.append(ErrorCase("normalize/error/dim-out-of-range", "F.normalize", [torch.ones(2, 3)], {"dim": 3},
                         keywords=["Dimension out of range", "got 3"]))
    out.append(ErrorCase("normalize/error/int64", "F.normalize", [t([[1, 2]], "int64")],
                         keywords=["input dtype should be either floating point or complex"], js_error="TypeError"))


def option_error_cases(out: list):
    x = torch.ones(2, 3)
    out.append(ErrorCase("softshrink/error/negative-lambd", "F.softshrink", [x], {"lambd": -1.0},
                         keywords=["lambda must be greater or equal to 0", "-1"]))
    out.append(ErrorCase("celu/error/alpha-zero", "F.celu", [x], {"alpha": 0.0}, keywords=["alpha cannot be 0"]))
    out.append(ErrorCase("gelu/error/approximate", "F.gelu", [x], {"approximate": "fast"},
                         keywords=["approximate argument must be either none or tanh"]))


def cases() -> list:
    out: list = []
    elementwise_cases(out)
    note_cases(out)
    int_cases(out)
    softmax_cases(out)
    glu_cases(out)
    prelu_cases(out)
    rrelu_cases(out)
    normalize_cases(out)
    option_error_cases(out)
    return out
