"""Parity cases for the tensor core (issue #2, section 3): elementwise ops, reductions, matmul, indexing, joining,
comparisons, views, creation functions and casts, and bad-input errors.

Each builder appends `Case`/`ErrorCase` descriptions; parity_lib runs them in PyTorch. Adding an op usually means
one line in one of the tables below (UNARY, BINARY, REDUCE_DIMS, ...) or one call in `cases()`.
Ids are "<op>/<what>/<dtype>/<n>"; inputs come from generators seeded by the id, so cases are independent.
"""

from __future__ import annotations

import math

import torch

from parity_lib import Case, ErrorCase, Leaf, rand, randint, t

INF = math.inf
NAN = math.nan
FLOATS = ("float32", "float64")

# Edge values for elementwise ops: zeros of both signs, tiny and huge magnitudes, infinities, nan, ordinary values.
EDGE = [0.0, -0.0, 1e-30, -1e-30, 1e30, -1e30, INF, -INF, NAN, 1.0, -1.0, 0.5, -2.5]
# A shorter list for binary grids (9 x 9 = 81 elements, every pair of edge values).
EDGE9 = [0.0, -0.0, 1.0, -1.0, INF, -INF, NAN, 1e30, 1e-30]

# Unary ops: name -> (lo, hi) of the random inputs (the domain where the op is finite).
UNARY: dict[str, tuple[float, float]] = {
    "neg": (-2, 2),
    "exp": (-3, 3),
    "expm1": (-3, 3),
    "log": (0.1, 3),
    "log1p": (-0.9, 3),
    "log2": (0.1, 3),
    "log10": (0.1, 3),
    "sqrt": (0.1, 3),
    "rsqrt": (0.1, 3),
    "abs": (-2, 2),
    "sign": (-2, 2),
    "sin": (-4, 4),
    "cos": (-4, 4),
    "tanh": (-3, 3),
    "erf": (-2.5, 2.5),
    "erfc": (-2.5, 2.5),
}

# Elementwise binary ops with the same case set (pow has its own below).
BINARY = ["add", "sub", "mul", "div", "maximum", "minimum"]
# Binary ops that also take a JS number as second argument.
BINARY_SCALAR = ["add", "sub", "mul", "div"]
COMPARE = ["eq", "ne", "lt", "le", "gt", "ge"]

# Reductions taking positional dim(s) and a keepdim option: name -> whether a list of dims is allowed.
REDUCE_DIMS = {"sum": True, "mean": True, "prod": False, "amax": True, "amin": True, "logsumexp": True}

def _ids(op, what, dtype, n):
    return f"{op}/{what}/{dtype}/{n}"


def unary_cases(out: list):
    for op, (lo, hi) in UNARY.items():
        for dt in FLOATS:
            shapes = {"2d": (2, 3), "0d": (), "1d": (5,), "3d": (2, 3, 4), "4d": (2, 1, 3, 2)}
            for what, shape in shapes.items():
                i = _ids(op, what, dt, 0)
                out.append(Case(i, op, [rand(i, shape, dt, lo, hi)], repr=(what == "2d" and dt == "float32")))
            i = _ids(op, "transposed", dt, 0)
            out.append(Case(i, op, [Leaf(rand(i, (3, 2), dt, lo, hi), permute=[1, 0])]))
            i = _ids(op, "edge", dt, 0)
            out.append(Case(i, op, [t(EDGE, dt)], repr=(dt == "float32")))
    # Integer inputs where tensorgrad keeps the integer dtype (neg, abs, sign) or promotes to float (the rest).
    for op in ["neg", "abs", "sign", "exp", "sqrt", "sin"]:
        i = _ids(op, "int64", "int64", 0)
        out.append(Case(i, op, [t([-3, -1, 0, 2, 5], "int64")]))


def _grid(dt):
    a = t(EDGE9, dt).reshape(9, 1)
    b = t(EDGE9, dt).reshape(1, 9)
    return a, b


def binary_shapes():
    # (label, shape of a, shape of b)
    return [
        ("same", (2, 3), (2, 3)),
        ("broadcast", (2, 3), (3,)),
        ("outer", (2, 1), (1, 3)),
        ("3d", (2, 3, 4), (3, 1)),
        ("4d", (2, 1, 3, 1), (1, 2, 1, 4)),
        ("0d-2d", (), (2, 3)),
        ("2d-0d", (2, 3), ()),
        ("0d-0d", (), ()),
        ("1d", (5,), (5,)),
    ]


def binary_cases(out: list):
    for op in BINARY:
        for dt in FLOATS:
            for what, sa, sb in binary_shapes():
                i = _ids(op, what, dt, 0)
                lo = 0.5 if op == "div" else -2.0  # keep divisors away from 0 in the random cases
                out.append(Case(i, op, [rand(i + "a", sa, dt), rand(i + "b", sb, dt, lo, 2.0)]))
            i = _ids(op, "transposed", dt, 0)
            out.append(
                Case(i, op, [Leaf(rand(i + "a", (3, 2), dt), permute=[1, 0]), Leaf(rand(i + "b", (3, 2), dt), permute=[1, 0])])
            )
            i = _ids(op, "edge-grid", dt, 0)
            a, b = _grid(dt)
            out.append(Case(i, op, [a, b]))
        i = _ids(op, "mixed", "float32-float64", 0)
        out.append(Case(i, op, [rand(i + "a", (2, 3), "float32"), rand(i + "b", (2, 3), "float64", 0.5, 2)]))
        i = _ids(op, "mixed", "int64-float32", 0)
        out.append(Case(i, op, [t([[1, -2, 3], [4, 5, -6]], "int64"), rand(i + "b", (2, 3), "float32", 0.5, 2)]))
        i = _ids(op, "int", "int64", 0)
        out.append(Case(i, op, [t([[7, -7, 3], [0, 5, -6]], "int64"), t([[2, 2, -3], [4, 5, 4]], "int64")]))
    # Ties for maximum/minimum: PyTorch 1.13 gives each side half of the gradient where a == b.
    for op in ["maximum", "minimum"]:
        for dt in FLOATS:
            i = _ids(op, "ties", dt, 0)
            out.append(Case(i, op, [t([1.0, 2.0, -3.0, 0.0, 5.0], dt), t([1.0, 1.0, -3.0, -0.0, 6.0], dt)],
                            note="equal elements: each input gets half of the gradient"))
    for op in BINARY_SCALAR:
        for dt in FLOATS:
            for n, s in enumerate([2.5, 2, -0.5]):
                i = _ids(op, "scalar", dt, n)
                out.append(Case(i, op, [rand(i, (2, 3), dt), s]))
        i = _ids(op, "scalar", "int64", 0)
        out.append(Case(i, op, [t([[7, -7, 3], [0, 5, -6]], "int64"), 2]))


def pow_cases(out: list):
    op = "pow"
    for dt in FLOATS:
        for what, sa, sb in binary_shapes():
            i = _ids(op, what, dt, 0)
            out.append(Case(i, op, [rand(i + "a", sa, dt, 0.1, 3), rand(i + "b", sb, dt, -2, 2)]))
        i = _ids(op, "negative-base-integer-exponent", dt, 0)
        base = t([[-2.0, -1.5, -0.5, -3.0, -1.0, -2.0]] * 2, dt)
        expo = t([[-2.0, -1.0, 0.0, 1.0, 2.0, 3.0], [4.0, 5.0, -3.0, 2.0, 7.0, 0.0]], dt)
        out.append(Case(i, op, [base, expo]))
        i = _ids(op, "edge-grid", dt, 0)
        a, b = _grid(dt)
        out.append(Case(i, op, [a, b], note="includes 0**0 = 1"))
        i = _ids(op, "zero-zero", dt, 0)
        out.append(Case(i, op, [t([0.0, -0.0, 0.0], dt), t([0.0, 0.0, -0.0], dt)], repr=dt == "float32"))
        for n, e in enumerate([0, 1, 2, 3, -1, -2, 0.5, 2.5, -0.5, 1e-30]):
            i = _ids(op, "scalar-exponent", dt, n)
            out.append(Case(i, op, [t(EDGE, dt), e]))
            i = _ids(op, "scalar-exponent-random", dt, n)
            base = rand(i, (2, 3), dt, 0.1, 3) if isinstance(e, float) and not float(e).is_integer() else rand(i, (2, 3), dt)
            out.append(Case(i, op, [base, e]))
        i = _ids(op, "scalar-base", dt, 0)
        out.append(Case(i, op, [2.5, rand(i, (2, 3), dt)]))
        i = _ids(op, "transposed", dt, 0)
        out.append(Case(i, op, [Leaf(rand(i + "a", (3, 2), dt, 0.1, 3), permute=[1, 0]), rand(i + "b", (2, 3), dt)]))
    i = _ids(op, "int", "int64", 0)
    out.append(Case(i, op, [t([2, -3, 0, 1, 5], "int64"), t([3, 3, 0, 9, 2], "int64")]))


def clamp_cases(out: list):
    op = "clamp"
    for dt in FLOATS:
        x = lambda i: rand(i, (3, 4), dt)  # noqa: E731
        i = _ids(op, "min-max", dt, 0)
        out.append(Case(i, op, [x(i)], {"min": -0.5, "max": 0.75}))
        i = _ids(op, "min", dt, 0)
        out.append(Case(i, op, [x(i)], {"min": 0.0}))
        i = _ids(op, "max", dt, 0)
        out.append(Case(i, op, [x(i)], {"max": 0.25}))
        i = _ids(op, "min-greater-than-max", dt, 0)
        out.append(Case(i, op, [x(i)], {"min": 1.0, "max": -1.0}, note="PyTorch returns max everywhere"))
        i = _ids(op, "at-bounds", dt, 0)
        out.append(Case(i, op, [t([-1.0, -0.5, 0.0, 0.5, 1.0, 2.0], dt)], {"min": -0.5, "max": 1.0},
                        note="gradient passes at x == min and x == max"))
        i = _ids(op, "edge", dt, 0)
        out.append(Case(i, op, [t(EDGE, dt)], {"min": -1.0, "max": 1.0}))
        i = _ids(op, "edge-inf-bounds", dt, 0)
        out.append(Case(i, op, [t(EDGE, dt)], {"min": -INF, "max": INF}))
        i = _ids(op, "tensor-min-max", dt, 0)
        out.append(Case(i, op, [x(i)], {"min": rand(i + "lo", (4,), dt, -1, 0), "max": rand(i + "hi", (3, 1), dt, 0, 1)}))
        i = _ids(op, "tensor-min", dt, 0)
        out.append(Case(i, op, [x(i)], {"min": rand(i + "lo", (3, 4), dt, -1, 1)}))
        i = _ids(op, "tensor-max", dt, 0)
        out.append(Case(i, op, [x(i)], {"max": rand(i + "hi", (1, 4), dt, -1, 1)}))
        i = _ids(op, "tensor-ties", dt, 0)
        out.append(Case(i, op, [t([-1.0, 0.0, 1.0, 2.0], dt)], {"min": t([-1.0, 0.5, 1.0, 3.0], dt), "max": t([0.0, 0.5, 1.0, 2.0], dt)}))


def where_cases(out: list):
    op = "where"
    for dt in FLOATS:
        i = _ids(op, "same", dt, 0)
        cond = rand(i + "c", (2, 3), "float64") > 0
        out.append(Case(i, op, [cond, rand(i + "x", (2, 3), dt), rand(i + "y", (2, 3), dt)]))
        i = _ids(op, "broadcast", dt, 0)
        cond = rand(i + "c", (3, 1), "float64") > 0
        out.append(Case(i, op, [cond, rand(i + "x", (1, 4), dt), rand(i + "y", (2, 3, 4), dt)]))
        i = _ids(op, "scalar-other", dt, 0)
        cond = rand(i + "c", (2, 3), "float64") > 0
        out.append(Case(i, op, [cond, rand(i + "x", (2, 3), dt), 0.0]))
        i = _ids(op, "nan-inf-unselected", dt, 0)
        cond = t([True, False, True, False], "bool")
        out.append(Case(i, op, [cond, t([1.0, NAN, INF, 2.0], dt), t([NAN, 3.0, 4.0, -INF], dt)]))
        i = _ids(op, "0d-cond", dt, 0)
        out.append(Case(i, op, [t(True, "bool"), rand(i + "x", (2, 2), dt), rand(i + "y", (2, 2), dt)]))


def reduce_cases(out: list):
    for op, list_ok in REDUCE_DIMS.items():
        for dt in FLOATS:
            lo, hi = (0.5, 1.5) if op == "prod" else (-2, 2)
            i = _ids(op, "all", dt, 0)
            if op != "logsumexp":  # torch 1.13 logsumexp requires dim
                out.append(Case(i, op, [rand(i, (2, 3, 4), dt, lo, hi)], repr=(dt == "float32" and op == "sum")))
                i = _ids(op, "all-0d", dt, 0)
                out.append(Case(i, op, [rand(i, (), dt, lo, hi)]))
                i = _ids(op, "all-1d", dt, 0)
                out.append(Case(i, op, [rand(i, (7,), dt, lo, hi)]))
            dims = [0, 1, -1, 2]
            if list_ok:
                dims += [[0, 2], [-1, 0], [0, 1, 2]]
            for n, d in enumerate(dims):
                for keep in (False, True):
                    i = _ids(op, f"dim{n}-keepdim-{str(keep).lower()}", dt, 0)
                    out.append(Case(i, op, [rand(i, (2, 3, 4), dt, lo, hi), d], {"keepdim": keep}))
            i = _ids(op, "dim-2d", dt, 0)
            out.append(Case(i, op, [rand(i, (3, 5), dt, lo, hi), 1]))
            i = _ids(op, "dim-0d", dt, 0)
            out.append(Case(i, op, [rand(i, (), dt, lo, hi), 0]))
            i = _ids(op, "dim-transposed", dt, 0)
            out.append(Case(i, op, [Leaf(rand(i, (4, 3), dt, lo, hi), permute=[1, 0]), 1]))
            i = _ids(op, "dim-4d", dt, 0)
            out.append(Case(i, op, [rand(i, (2, 3, 2, 2), dt, lo, hi), 2], {"keepdim": True}))
            i = _ids(op, "edge", dt, 0)
            edge = t([[0.0, 1.0, 2.0], [INF, 1.0, 2.0], [INF, -INF, 1.0], [NAN, 1.0, 2.0], [1e30, 1e30, -1e30]], dt)
            out.append(Case(i, op, [edge, 1]))
    for dt in FLOATS:
        zeros = t([[1.0, 2.0, 3.0], [0.0, 2.0, 3.0], [0.0, 0.0, 3.0], [-0.0, 4.0, -1.5]], dt)
        for n, d in enumerate([1, 0]):
            i = _ids("prod", "zeros-dim", dt, n)
            out.append(Case(i, "prod", [zeros, d], note="rows with one and with two zeros"))
        i = _ids("prod", "one-zero-all", dt, 0)
        out.append(Case(i, "prod", [t([2.0, 0.0, 3.0, -1.0], dt)]))
        i = _ids("prod", "two-zeros-all", dt, 0)
        out.append(Case(i, "prod", [t([2.0, 0.0, 3.0, 0.0], dt)]))
        for op in ["amax", "amin"]:
            i = _ids(op, "ties", dt, 0)
            out.append(Case(i, op, [t([[1.0, 3.0, 3.0], [2.0, 2.0, 2.0], [-1.0, 0.0, -1.0]], dt), 1],
                            note="the gradient is split evenly among equal extrema"))
            i = _ids(op, "ties-all", dt, 0)
            out.append(Case(i, op, [t([[1.0, 3.0, 3.0], [-3.0, 3.0, -3.0]], dt)]))
        i = _ids("logsumexp", "inf-rows", dt, 0)
        x = t([[-INF, 0.0, 1.0], [-INF, -INF, -INF], [INF, 0.0, 1.0], [1e30, 1.0, 2.0], [-1e30, -1e30, 0.0], [88.0, 89.0, 90.0]], dt)
        out.append(Case(i, "logsumexp", [x, 1]))
        i = _ids("logsumexp", "large", dt, 0)
        out.append(Case(i, "logsumexp", [t([[1000.0, 1000.0], [-1000.0, -1000.0]], dt), -1], {"keepdim": True}))


def max_min_cases(out: list):
    for op in ["max", "min"]:
        for dt in FLOATS:
            i = _ids(op, "all", dt, 0)
            out.append(Case(i, op, [rand(i, (3, 4), dt)]))
            i = _ids(op, "all-ties", dt, 0)
            out.append(Case(i, op, [t([[1.0, -5.0, 5.0], [5.0, -5.0, 0.0]], dt)], note="full max/min splits the gradient evenly among ties"))
            i = _ids(op, "all-nan", dt, 0)
            out.append(Case(i, op, [t([1.0, NAN, 3.0], dt)]))
            i = _ids(op, "all-0d", dt, 0)
            out.append(Case(i, op, [rand(i, (), dt)]))
            for n, d in enumerate([0, 1, -1]):
                for keep in (False, True):
                    i = _ids(op, f"dim{n}-keepdim-{str(keep).lower()}", dt, 0)
                    out.append(Case(i, op, [rand(i, (2, 3, 4), dt), d], {"keepdim": keep}))
            i = _ids(op, "dim-ties", dt, 0)
            out.append(Case(i, op, [t([[1.0, 3.0, 3.0], [2.0, 2.0, 2.0], [-1.0, -1.0, 0.0]], dt), 1],
                            note="with a dim: the index PyTorch returns gets the whole gradient"))
            i = _ids(op, "dim-nan", dt, 0)
            out.append(Case(i, op, [t([[1.0, NAN, 3.0], [INF, 2.0, -INF]], dt), 1]))
            i = _ids(op, "dim-transposed", dt, 0)
            out.append(Case(i, op, [Leaf(rand(i, (4, 3), dt), permute=[1, 0]), 1], repr=(dt == "float32")))


def var_std_cases(out: list):
    for op in ["var", "std"]:
        for dt in FLOATS:
            for unbiased in (True, False):
                u = str(unbiased).lower()
                i = _ids(op, f"all-unbiased-{u}", dt, 0)
                out.append(Case(i, op, [rand(i, (3, 4), dt)], {"unbiased": unbiased}))
                for n, d in enumerate([0, 1, -1, [0, 2]]):
                    for keep in (False, True):
                        i = _ids(op, f"dim{n}-unbiased-{u}-keepdim-{str(keep).lower()}", dt, 0)
                        out.append(Case(i, op, [rand(i, (2, 3, 4), dt), d], {"unbiased": unbiased, "keepdim": keep}))
                i = _ids(op, f"single-element-unbiased-{u}", dt, 0)
                out.append(Case(i, op, [rand(i, (3, 1), dt), 1], {"unbiased": unbiased},
                                note="one element: unbiased gives nan"))
            i = _ids(op, "default", dt, 0)
            out.append(Case(i, op, [rand(i, (2, 5), dt)]))
            i = _ids(op, "default-dim", dt, 0)
            out.append(Case(i, op, [rand(i, (2, 5), dt), 1]))
            i = _ids(op, "constant", dt, 0)
            out.append(Case(i, op, [t([[2.0, 2.0, 2.0], [1.0, 2.0, 3.0]], dt), 1], note="std of a constant row: gradient nan"))


def norm_cases(out: list):
    ords = [1, 2, INF, -INF, 0.5, 3]
    for dt in FLOATS:
        for o in ords:
            n = str(o).replace("inf", "Inf")
            i = _ids("linalg.vectorNorm", f"ord{n}", dt, 0)
            out.append(Case(i, "linalg.vectorNorm", [rand(i, (3, 4), dt)], {"ord": o}))
            i = _ids("linalg.vectorNorm", f"ord{n}-dim", dt, 0)
            out.append(Case(i, "linalg.vectorNorm", [rand(i, (3, 4), dt)], {"ord": o, "dim": 1, "keepdim": True}))
            i = _ids("linalg.vectorNorm", f"ord{n}-at-zero", dt, 0)
            out.append(Case(i, "linalg.vectorNorm", [t([[0.0, 0.0, 0.0], [0.0, 3.0, -4.0]], dt)], {"ord": o, "dim": 1},
                            note="gradient at the zero vector"))
            i = _ids("linalg.vectorNorm", f"ord{n}-ties", dt, 0)
            out.append(Case(i, "linalg.vectorNorm", [t([3.0, -3.0, 1.0, 3.0], dt)], {"ord": o}))
            i = _ids("norm", f"p{n}", dt, 0)
            out.append(Case(i, "norm", [rand(i, (3, 4), dt)], {"p": o}))
            i = _ids("norm", f"p{n}-dim", dt, 0)
            out.append(Case(i, "norm", [rand(i, (3, 4), dt)], {"p": o, "dim": 0}))
        i = _ids("linalg.vectorNorm", "default", dt, 0)
        out.append(Case(i, "linalg.vectorNorm", [rand(i, (2, 3, 2), dt)]))
        i = _ids("linalg.vectorNorm", "dims", dt, 0)
        out.append(Case(i, "linalg.vectorNorm", [rand(i, (2, 3, 2), dt)], {"dim": [0, 2]}))
        i = _ids("linalg.vectorNorm", "ord0", dt, 0)
        out.append(Case(i, "linalg.vectorNorm", [t([0.0, 2.0, -0.0, 1.5], dt)], {"ord": 0}, note="counts non-zeros"))
        i = _ids("norm", "default", dt, 0)
        out.append(Case(i, "norm", [rand(i, (3, 4), dt)]))
        i = _ids("norm", "default-at-zero", dt, 0)
        out.append(Case(i, "norm", [t([0.0, 0.0, -0.0], dt)]))


def matmul_cases(out: list):
    shapes = [
        ("1d-1d", (4,), (4,)),
        ("2d-1d", (3, 4), (4,)),
        ("1d-2d", (4,), (4, 3)),
        ("2d-2d", (3, 4), (4, 2)),
        ("3d-3d", (2, 3, 4), (2, 4, 2)),
        ("3d-2d", (2, 3, 4), (4, 2)),
        ("2d-3d", (3, 4), (2, 4, 2)),
        ("3d-1d", (2, 3, 4), (4,)),
        ("1d-3d", (4,), (2, 4, 3)),
        ("broadcast-batch", (2, 1, 3, 2), (3, 2, 2)),
        ("4d-4d", (2, 2, 2, 3), (2, 2, 3, 2)),
        ("1x1", (1, 1), (1, 1)),
    ]
    for dt in FLOATS:
        for what, sa, sb in shapes:
            i = _ids("matmul", what, dt, 0)
            out.append(Case(i, "matmul", [rand(i + "a", sa, dt), rand(i + "b", sb, dt)], repr=(what == "2d-2d" and dt == "float32")))
        i = _ids("matmul", "transposed", dt, 0)
        out.append(Case(i, "matmul", [Leaf(rand(i + "a", (4, 3), dt), permute=[1, 0]), Leaf(rand(i + "b", (2, 4), dt), permute=[1, 0])]))
        i = _ids("matmul", "edge", dt, 0)
        out.append(Case(i, "matmul", [t([[1.0, INF], [0.0, 1.0], [NAN, 1.0]], dt), t([[0.0, 1.0], [1.0, 1e30]], dt)]))


def index_cases(out: list):
    for dt in FLOATS:
        i = _ids("gather", "dim1", dt, 0)
        out.append(Case(i, "gather", [rand(i, (3, 4), dt), 1, t([[0, 3], [1, 1], [2, 0]], "int64")], note="duplicate index accumulates"))
        i = _ids("gather", "dim0", dt, 0)
        out.append(Case(i, "gather", [rand(i, (3, 4), dt), 0, t([[2, 0, 1, 1], [0, 0, 0, 2]], "int64")]))
        i = _ids("gather", "negative-dim-3d", dt, 0)
        out.append(Case(i, "gather", [rand(i, (2, 3, 4), dt), -1, randint(i + "i", (2, 3, 2), 0, 4)]))
        i = _ids("gather", "smaller-index", dt, 0)
        out.append(Case(i, "gather", [rand(i, (3, 4), dt), 1, t([[3], [0]], "int64")]))

        i = _ids("scatter", "dim1", dt, 0)
        out.append(Case(i, "scatter", [rand(i, (3, 5), dt), 1, t([[0, 4], [2, 1], [3, 0]], "int64"), rand(i + "s", (3, 2), dt)]))
        i = _ids("scatter", "dim0", dt, 0)
        out.append(Case(i, "scatter", [rand(i, (3, 4), dt), 0, t([[2, 0, 1, 1]], "int64"), rand(i + "s", (1, 4), dt)]))
        i = _ids("scatter", "scalar-value", dt, 0)
        out.append(Case(i, "scatter", [rand(i, (3, 4), dt), 1, t([[0], [3], [1]], "int64"), 1.5]))

        i = _ids("scatterAdd", "dim1-duplicates", dt, 0)
        out.append(Case(i, "scatterAdd", [rand(i, (3, 4), dt), 1, t([[0, 0, 3], [1, 1, 1], [2, 3, 2]], "int64"), rand(i + "s", (3, 3), dt)]))
        i = _ids("scatterAdd", "dim0", dt, 0)
        out.append(Case(i, "scatterAdd", [rand(i, (2, 3), dt), 0, t([[1, 0, 1], [1, 1, 0], [0, 0, 0]], "int64"), rand(i + "s", (3, 3), dt)]))
        i = _ids("scatterAdd", "1d", dt, 0)
        out.append(Case(i, "scatterAdd", [t([0.0, 0.0, 0.0, 0.0], dt), 0, t([0, 1, 0, 3, 3, 3], "int64"), rand(i + "s", (6,), dt)], repr=(dt == "float32")))

        i = _ids("indexSelect", "dim0", dt, 0)
        out.append(Case(i, "indexSelect", [rand(i, (4, 3), dt), 0, t([3, 0, 3], "int64")]))
        i = _ids("indexSelect", "dim1", dt, 0)
        out.append(Case(i, "indexSelect", [rand(i, (2, 4, 3), dt), 1, t([1, 2], "int64")]))
        i = _ids("indexSelect", "negative-dim", dt, 0)
        out.append(Case(i, "indexSelect", [rand(i, (2, 3), dt), -1, t([2, 2, 0, 1], "int64")]))
        i = _ids("indexSelect", "1d", dt, 0)
        out.append(Case(i, "indexSelect", [rand(i, (5,), dt), 0, t([4], "int64")]))


def join_cases(out: list):
    for dt in FLOATS:
        i = _ids("cat", "dim0", dt, 0)
        out.append(Case(i, "cat", [[rand(i + "a", (2, 3), dt), rand(i + "b", (1, 3), dt)], 0], repr=(dt == "float32")))
        i = _ids("cat", "dim1", dt, 0)
        out.append(Case(i, "cat", [[rand(i + "a", (2, 3), dt), rand(i + "b", (2, 2), dt)], 1]))
        i = _ids("cat", "negative-dim-three", dt, 0)
        out.append(Case(i, "cat", [[rand(i + "a", (2, 1), dt), rand(i + "b", (2, 3), dt), rand(i + "c", (2, 2), dt)], -1]))
        i = _ids("cat", "1d", dt, 0)
        out.append(Case(i, "cat", [[rand(i + "a", (3,), dt), rand(i + "b", (2,), dt)], 0]))
        i = _ids("cat", "3d-dim1", dt, 0)
        out.append(Case(i, "cat", [[rand(i + "a", (2, 1, 2), dt), rand(i + "b", (2, 2, 2), dt)], 1]))
        i = _ids("cat", "transposed", dt, 0)
        out.append(Case(i, "cat", [[Leaf(rand(i + "a", (3, 2), dt), permute=[1, 0]), rand(i + "b", (2, 3), dt)], 0]))
        i = _ids("cat", "single", dt, 0)
        out.append(Case(i, "cat", [[rand(i + "a", (2, 2), dt)], 0]))
        for n, d in enumerate([0, 1, 2, -1]):
            i = _ids("stack", f"dim{n}", dt, 0)
            out.append(Case(i, "stack", [[rand(i + "a", (2, 3), dt), rand(i + "b", (2, 3), dt), rand(i + "c", (2, 3), dt)], d]))
        i = _ids("stack", "0d", dt, 0)
        out.append(Case(i, "stack", [[rand(i + "a", (), dt), rand(i + "b", (), dt)], 0]))


def compare_cases(out: list):
    for op in COMPARE:
        for dt in FLOATS:
            i = _ids(op, "same", dt, 0)
            a = torch.round(rand(i + "a", (3, 4), dt, -2, 2))  # rounding makes ties likely
            b = torch.round(rand(i + "b", (3, 4), dt, -2, 2))
            out.append(Case(i, op, [a, b], grad=False, repr=(dt == "float32" and op == "lt")))
            i = _ids(op, "broadcast", dt, 0)
            out.append(Case(i, op, [torch.round(rand(i + "a", (2, 3), dt)), torch.round(rand(i + "b", (3,), dt))], grad=False))
            i = _ids(op, "scalar", dt, 0)
            out.append(Case(i, op, [torch.round(rand(i, (2, 3), dt)), 1.0], grad=False))
            i = _ids(op, "edge-grid", dt, 0)
            a, b = _grid(dt)
            out.append(Case(i, op, [a, b], grad=False))
        i = _ids(op, "int", "int64", 0)
        out.append(Case(i, op, [t([1, 2, 3, -4], "int64"), t([1, 3, 2, -4], "int64")]))
        i = _ids(op, "mixed", "int64-float32", 0)
        out.append(Case(i, op, [t([1, 2, 3], "int64"), t([1.0, 2.5, 2.5], "float32")], grad=False))


def arg_cases(out: list):
    for op in ["argmax", "argmin"]:
        for dt in FLOATS:
            i = _ids(op, "all", dt, 0)
            out.append(Case(i, op, [rand(i, (3, 4), dt)], repr=(dt == "float32")))
            for n, d in enumerate([0, 1, -1]):
                for keep in (False, True):
                    i = _ids(op, f"dim{n}-keepdim-{str(keep).lower()}", dt, 0)
                    out.append(Case(i, op, [rand(i, (2, 3, 4), dt), d], {"keepdim": keep}))
            i = _ids(op, "ties", dt, 0)
            out.append(Case(i, op, [t([[1.0, 3.0, 3.0], [2.0, 2.0, 2.0], [-1.0, -1.0, 0.0], [0.0, -1.0, -1.0]], dt), 1], note="first index wins"))
            i = _ids(op, "ties-all", dt, 0)
            out.append(Case(i, op, [t([1.0, -3.0, 3.0, -3.0, 3.0], dt)]))
            i = _ids(op, "nan", dt, 0)
            out.append(Case(i, op, [t([[1.0, NAN, 3.0], [INF, 2.0, -INF]], dt), 1]))
        i = _ids(op, "int", "int64", 0)
        out.append(Case(i, op, [t([[3, 1, 3], [0, 7, 7]], "int64"), 1]))


def cumsum_cases(out: list):
    for dt in FLOATS:
        for n, d in enumerate([0, 1, -1]):
            i = _ids("cumsum", f"dim{n}", dt, 0)
            out.append(Case(i, "cumsum", [rand(i, (2, 3, 4), dt), d]))
        i = _ids("cumsum", "1d", dt, 0)
        out.append(Case(i, "cumsum", [rand(i, (6,), dt), 0], repr=(dt == "float32")))
        i = _ids("cumsum", "0d", dt, 0)
        out.append(Case(i, "cumsum", [rand(i, (), dt), 0]))
        i = _ids("cumsum", "edge", dt, 0)
        out.append(Case(i, "cumsum", [t([1.0, INF, -INF, 2.0, NAN, 1e30], dt), 0]))
        i = _ids("cumsum", "transposed", dt, 0)
        out.append(Case(i, "cumsum", [Leaf(rand(i, (3, 2), dt), permute=[1, 0]), 1]))
    i = _ids("cumsum", "int", "int64", 0)
    out.append(Case(i, "cumsum", [t([1, 2, 3, -4], "int64"), 0]))


def view_cases(out: list):
    for dt in FLOATS:
        x3 = lambda i: rand(i, (2, 3, 4), dt)  # noqa: E731
        spec = [
            ("reshape", "flat", lambda i: [x3(i), [24]]),
            ("reshape", "infer", lambda i: [x3(i), [4, -1, 2]]),
            ("reshape", "2d", lambda i: [x3(i), [6, 4]]),
            ("reshape", "to-0d", lambda i: [rand(i, (1,), dt), []]),
            ("reshape", "transposed", lambda i: [Leaf(rand(i, (3, 4), dt), permute=[1, 0]), [2, 6]]),
            ("view", "infer", lambda i: [x3(i), [-1, 4]]),
            ("view", "4d", lambda i: [x3(i), [2, 3, 2, 2]]),
            ("transpose", "2d", lambda i: [rand(i, (2, 3), dt), 0, 1]),
            ("transpose", "3d-negative", lambda i: [x3(i), -1, 0]),
            ("transpose", "same-dim", lambda i: [x3(i), 1, 1]),
            ("permute", "3d", lambda i: [x3(i), [2, 0, 1]]),
            ("permute", "4d", lambda i: [rand(i, (2, 1, 3, 2), dt), [3, 1, 0, 2]]),
            ("squeeze", "all", lambda i: [rand(i, (1, 3, 1, 2), dt)]),
            ("squeeze", "dim", lambda i: [rand(i, (1, 3, 1, 2), dt), 2]),
            ("squeeze", "dim-not-one", lambda i: [rand(i, (1, 3, 1, 2), dt), 1]),
            ("squeeze", "negative-dim", lambda i: [rand(i, (1, 3, 1, 2), dt), -4]),
            ("unsqueeze", "dim0", lambda i: [rand(i, (2, 3), dt), 0]),
            ("unsqueeze", "last", lambda i: [rand(i, (2, 3), dt), -1]),
            ("unsqueeze", "middle", lambda i: [rand(i, (2, 3), dt), 1]),
            ("unsqueeze", "0d", lambda i: [rand(i, (), dt), 0]),
            ("expand", "2d", lambda i: [rand(i, (3, 1), dt), [3, 4]]),
            ("expand", "new-dims", lambda i: [rand(i, (3, 1), dt), [2, 3, 4]]),
            ("expand", "minus-one", lambda i: [rand(i, (3, 1), dt), [-1, 4]]),
            ("expand", "0d", lambda i: [rand(i, (), dt), [2, 2]]),
            ("narrow", "dim1", lambda i: [rand(i, (3, 5), dt), 1, 1, 3]),
            ("narrow", "dim0", lambda i: [rand(i, (3, 5), dt), 0, 2, 1]),
            ("narrow", "negative-dim", lambda i: [x3(i), -1, 0, 2]),
            ("select", "dim1", lambda i: [rand(i, (3, 5), dt), 1, 2]),
            ("select", "negative-index", lambda i: [x3(i), 0, -1]),
            ("select", "1d", lambda i: [rand(i, (4,), dt), 0, 3]),
            ("flatten", "all", lambda i: [x3(i)]),
            ("flatten", "start", lambda i: [rand(i, (2, 3, 2, 2), dt), 1]),
            ("flatten", "start-end", lambda i: [rand(i, (2, 3, 2, 2), dt), 1, 2]),
            ("flatten", "0d", lambda i: [rand(i, (), dt)]),
            ("t", "2d", lambda i: [rand(i, (2, 3), dt)]),
            ("t", "1d", lambda i: [rand(i, (3,), dt)]),
            ("contiguous", "transposed", lambda i: [Leaf(rand(i, (3, 4), dt), permute=[1, 0])]),
            ("contiguous", "permuted-3d", lambda i: [Leaf(x3(i), permute=[2, 0, 1])]),
        ]
        for op, what, mk in spec:
            i = _ids(op, what, dt, 0)
            out.append(Case(i, op, mk(i)))


def creation_cases(out: list):
    lin = [
        (-100, 100, 10), (0, 1, 7), (0, 1, 1), (5, -5, 1), (-1, -10, 4), (10, -10, 5), (0, 1, 2), (0, 1, 0),
        (-3.5, 2.25, 11), (0, 0.001, 5), (1, 2, 3), (0, 10, 11), (-1, 1, 50), (1e-30, 1e30, 4), (0, 1, 100),
        (3, 3, 4), (-0.5, 0.5, 6), (0.1, 0.7, 13),
    ]
    for n, (a, b, s) in enumerate(lin):
        i = _ids("linspace", f"{a}_{b}_{s}", "float32", n)
        out.append(Case(i, "linspace", [a, b, s], repr=True))
        i = _ids("linspace", f"{a}_{b}_{s}", "float64", n)
        out.append(Case(i, "linspace", [a, b, s], {"dtype": "float64"}, repr=True))
    i = _ids("exp", "linspace-repr", "float32", 0)
    out.append(Case(i, "exp", [torch.linspace(-100, 100, 10)], grad=False, repr=True))
    i = _ids("exp", "linspace-repr-grad", "float32", 0)
    out.append(Case(i, "exp", [torch.linspace(-100, 100, 10)], repr=True))

    ar = [
        ((5,), None), ((2, 9), None), ((0, 10, 3), None), ((10, 0, -2), None), ((-3, 4), None), ((0, -5, -1), None),
        ((0, 1, 0.1), None), ((-1, 1, 0.25), None), ((0.0, 5.0), "float32"), ((1, 2.5, 0.5), None),
        ((0, 1, 0.1), "float64"), ((0.5, 3), None), ((5,), "float64"), ((2.5,), None), ((1, 0, -0.3), None),
        ((0, 2, 0.3), "float64"), ((3, 3), None), ((-2.5, 2.5, 0.5), None), ((0, 1, 1 / 3), None),
    ]
    for n, (a, dtype) in enumerate(ar):
        res = torch.arange(*a) if dtype is None else torch.arange(*a, dtype=getattr(torch, dtype))
        # JS cannot tell 5 from 5.0: when all arguments are integer-valued tensorgrad infers int64, so a float
        # result needs its dtype spelled out.
        inferred = "int64" if all(float(v).is_integer() for v in a) else "float32"
        kw = {"dtype": dtype} if dtype is not None else {}
        if dtype is None and res.dtype != {"int64": torch.int64, "float32": torch.float32}[inferred]:
            kw = {"dtype": str(res.dtype).replace("torch.", "")}
        dname = str(res.dtype).replace("torch.", "")
        i = _ids("arange", "_".join(str(v) for v in a), dname, n)
        out.append(Case(i, "arange", list(a), kw, repr=True))

    for n, (a, kw) in enumerate([((3,), {}), ((2, 4), {}), ((4, 2), {}), ((1,), {}), ((3,), {"dtype": "float64"}),
                                 ((2, 3), {"dtype": "int64"}), ((3,), {"dtype": "bool"}), ((0,), {})]):
        i = _ids("eye", "_".join(map(str, a)), kw.get("dtype", "float32"), n)
        out.append(Case(i, "eye", list(a), kw, repr=True))
    shapes = [[2, 3], [], [4], [2, 1, 3], [0], [2, 0]]
    for op in ["zeros", "ones"]:
        for n, s in enumerate(shapes):
            for dt in ["float32", "float64", "int64", "bool"]:
                if dt != "float32" and n > 2:
                    continue
                kw = {} if dt == "float32" else {"dtype": dt}
                i = _ids(op, "x".join(map(str, s)) or "0d", dt, n)
                out.append(Case(i, op, [s], kw, repr=(n < 2)))
    fulls = [
        ([2, 3], 1.5, None), ([2], -INF, None), ([3], NAN, None), ([2, 2], 7, "int64"), ([3], 1, "bool"),
        ([2], 2.5, "float64"), ([], 0.1, None), ([2, 2], 0.1, "float64"), ([3], -0.0, None), ([1, 2], 3, "float32"),
    ]
    for n, (s, v, dt) in enumerate(fulls):
        kw = {} if dt is None else {"dtype": dt}
        i = _ids("full", "x".join(map(str, s)) or "0d", dt or "float32", n)
        out.append(Case(i, "full", [s, v], kw, repr=True))


def cast_cases(out: list):
    casts = [
        ("float32", "int64", [-2.7, -0.5, -0.0, 0.5, 2.7, 1e9, -123456.9, 3.0]),
        ("float64", "int64", [-2.7, -0.5, 0.5, 2.999999, 1e15, -7.0]),
        ("float32", "bool", [0.0, -0.0, 1e-30, NAN, INF, -INF, -1.0, 0.5]),
        ("float64", "bool", [0.0, -0.0, 1e-300, NAN, INF, 2.0]),
        ("float32", "float64", [0.1, 1 / 3, NAN, INF, -0.0, 1e30]),
        ("float64", "float32", [0.1, 1 / 3, 1e-50, -1e-50, 1e40, -1e40, NAN, 16777217.0, 3.4028235677973366e38]),
        ("int64", "float32", [16777217, -16777219, 0, 2**40 + 1]),
        ("int64", "float64", [2**53 - 1, -5, 0]),
        ("int64", "bool", [0, 1, -3]),
        ("bool", "float32", [True, False]),
        ("bool", "int64", [True, False, True]),
        ("float32", "float32", [1.0, 2.0]),
    ]
    for n, (src, dst, vals) in enumerate(casts):
        i = _ids("to", f"{src}-to-{dst}", dst, n)
        x = t(vals, src)
        rg = x.is_floating_point() and dst in ("float32", "float64") and src != dst
        out.append(Case(i, "to", [Leaf(x, requires_grad=rg), dst], repr=True))
    i = _ids("to", "float32-to-float64-2d", "float64", 0)
    out.append(Case(i, "to", [rand(i, (2, 3), "float32"), "float64"]))


def empty_cases(out: list):
    """Tensors with zero elements: sum is 0, prod is 1, mean is nan; shapes still flow through."""
    for dt in FLOATS:
        e = lambda shape: torch.zeros(shape, dtype=getattr(torch, dt))  # noqa: E731
        out.append(Case(_ids("sum", "empty", dt, 0), "sum", [e((0,))], repr=(dt == "float32")))
        out.append(Case(_ids("prod", "empty", dt, 0), "prod", [e((0,))]))
        out.append(Case(_ids("mean", "empty", dt, 0), "mean", [e((0,))]))
        out.append(Case(_ids("sum", "empty-dim", dt, 0), "sum", [e((2, 0)), 1]))
        out.append(Case(_ids("exp", "empty", dt, 0), "exp", [e((0, 3))], repr=(dt == "float32")))
        out.append(Case(_ids("add", "empty-broadcast", dt, 0), "add", [e((0, 3)), rand(_ids("add", "empty-broadcast", dt, 0), (3,), dt)]))
        out.append(Case(_ids("matmul", "empty-inner", dt, 0), "matmul", [e((2, 0)), e((0, 3))]))
        out.append(Case(_ids("cat", "with-empty", dt, 0), "cat", [[e((0, 3)), rand(_ids("cat", "with-empty", dt, 0), (2, 3), dt)], 0]))


def error_cases(out: list):
    out.append(ErrorCase("add/error/broadcast-mismatch", "add", [torch.ones(2, 3), torch.ones(4)],
                         keywords=["must match", "3", "4"]))
    out.append(ErrorCase("mul/error/broadcast-mismatch-3d", "mul", [torch.ones(2, 3, 4), torch.ones(2, 5, 4)],
                         keywords=["must match", "3", "5"]))
    out.append(ErrorCase("sum/error/dim-out-of-range", "sum", [torch.ones(2, 3), 2],
                         keywords=["Dimension out of range", "got 2"]))
    out.append(ErrorCase("sum/error/negative-dim-out-of-range", "sum", [torch.ones(2, 3), -3],
                         keywords=["Dimension out of range", "got -3"]))
    out.append(ErrorCase("transpose/error/dim-out-of-range", "transpose", [torch.ones(2, 3), 0, 5],
                         keywords=["Dimension out of range", "got 5"]))
    out.append(ErrorCase("unsqueeze/error/dim-out-of-range", "unsqueeze", [torch.ones(2, 3), 3],
                         keywords=["Dimension out of range", "got 3"]))
    out.append(ErrorCase("matmul/error/shape-mismatch", "matmul", [torch.ones(2, 3), torch.ones(4, 5)],
                         keywords=["cannot be multiplied", "2x3", "4x5"]))
    out.append(ErrorCase("matmul/error/1d-mismatch", "matmul", [torch.ones(3), torch.ones(4)],
                         keywords=["3", "4"]))
    out.append(ErrorCase("cat/error/shape-mismatch", "cat", [[torch.ones(2, 3), torch.ones(2, 4)], 0],
                         keywords=["Sizes of tensors must match except in dimension 0", "Expected size 3 but got size 4"]))
    out.append(ErrorCase("stack/error/shape-mismatch", "stack", [[torch.ones(2, 3), torch.ones(3, 2)], 0],
                         keywords=["stack expects each tensor to be equal size"]))
    out.append(ErrorCase("gather/error/float-index", "gather", [torch.ones(2, 3), 1, torch.zeros(2, 3)],
                         keywords=["Expected dtype int64 for index"], js_error="TypeError"))
    out.append(ErrorCase("reshape/error/bad-size", "reshape", [torch.ones(2, 3), [4, 2]],
                         keywords=["invalid for input of size 6", "[4, 2]"]))
    out.append(ErrorCase("backward/error/twice", "backwardTwice", [Leaf(torch.ones(3), requires_grad=True)],
                         keywords=["backward through the graph a second time"], js_error="TypeError"))
    out.append(ErrorCase("backward/error/non-scalar", "backwardNonScalar", [Leaf(torch.ones(3), requires_grad=True)],
                         keywords=["grad can be implicitly created only for scalar outputs"], js_error="TypeError"))
    out.append(ErrorCase("backward/error/no-grad", "backwardNoGrad", [Leaf(torch.ones(3), requires_grad=False)],
                         keywords=["does not require grad"], js_error="TypeError"))


def cases() -> list:
    out: list = []
    for builder in [
        unary_cases, binary_cases, pow_cases, clamp_cases, where_cases, reduce_cases, max_min_cases, var_std_cases,
        norm_cases, matmul_cases, index_cases, join_cases, compare_cases, arg_cases, cumsum_cases, view_cases,
        creation_cases, cast_cases, empty_cases, error_cases,
    ]:
        builder(out)
    return out
