"""Shared machinery for the PyTorch parity generator: encoding tensors to JSON, resolving an op name to a torch
callable, running one case (forward, autograd with a fixed random cotangent, grad_fn, repr) or one bad-input case.

A case module (cases_core.py, later cases_activations.py, ...) only builds `Case`/`ErrorCase` descriptions with the
helpers here; generate.py runs them and writes test/parity/data/<suite>.json. See README.md for the format.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable

import torch

DTYPES = {
    "float32": torch.float32,
    "float64": torch.float64,
    "int64": torch.int64,
    "bool": torch.bool,
}
DTYPE_NAMES = {v: k for k, v in DTYPES.items()}


# --------------------------------------------------------------------------------------------------------------
# Inputs


@dataclass
class Leaf:
    """A leaf tensor argument. `permute`, if given, is applied to the leaf before the op sees it (a non-contiguous
    view); gradients are always reported for the leaf itself, in the leaf's shape."""

    value: torch.Tensor
    requires_grad: bool | None = None  # None: True for floating dtypes
    permute: list[int] | None = None


def seed_of(text: str) -> int:
    """A stable per-name seed (crc32), so adding or removing a case never changes the numbers of another."""
    return zlib.crc32(text.encode("utf-8"))


def generator(name: str) -> torch.Generator:
    return torch.Generator().manual_seed(seed_of(name))


def rand(name: str, shape, dtype="float32", lo=-2.0, hi=2.0) -> torch.Tensor:
    """Uniform values in [lo, hi) from a generator seeded by `name`."""
    g = generator(name)
    t = torch.rand(list(shape), generator=g, dtype=torch.float64) * (hi - lo) + lo
    return t.to(DTYPES[dtype])


def randint(name: str, shape, lo: int, hi: int) -> torch.Tensor:
    g = generator(name)
    return torch.randint(lo, hi, list(shape), generator=g, dtype=torch.int64)


def t(data, dtype="float32") -> torch.Tensor:
    return torch.tensor(data, dtype=DTYPES[dtype])


# --------------------------------------------------------------------------------------------------------------
# Encoding


def enc_number(v):
    """A Python scalar for JSON: nan/inf/-inf/-0 become strings, bools stay bools, ints stay ints."""
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        if v == 0.0 and math.copysign(1.0, v) < 0:
            return "-0"
        return v
    raise TypeError(f"cannot encode scalar {v!r}")


def enc_tensor(x: torch.Tensor, requires_grad: bool = False, permute=None) -> dict:
    x = x.detach()
    if x.dtype not in DTYPE_NAMES:
        raise TypeError(f"dtype {x.dtype} is not one of tensorgrad's")
    flat = x.contiguous().reshape(-1).tolist()  # exact: float32 values become the Python floats they equal
    out = {
        "dtype": DTYPE_NAMES[x.dtype],
        "shape": list(x.shape),
        "data": [enc_number(v) for v in flat],
        "requiresGrad": bool(requires_grad),
    }
    if permute is not None:
        out["permute"] = list(permute)
    return out


def camel_to_snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


# --------------------------------------------------------------------------------------------------------------
# Op resolution: one generic rule plus a few special entries for things that are methods only in torch.


def _backward_twice(x):
    y = (x * x).sum()
    y.backward()
    y.backward()


def _backward_non_scalar(x):
    (x * 2).backward()


def _backward_no_grad(x):
    (x * 2).sum().backward()


PY_OPS: dict[str, Callable[..., Any]] = {
    "view": lambda x, shape: x.view(shape),
    "expand": lambda x, shape: x.expand(shape),
    "contiguous": lambda x: x.contiguous(),
    "to": lambda x, dtype: x.to(dtype),
    # Autograd misuse (bad-input cases); the TS runner has the same three programs.
    "backwardTwice": _backward_twice,
    "backwardNonScalar": _backward_non_scalar,
    "backwardNoGrad": _backward_no_grad,
}


def resolve(op: str) -> Callable[..., Any]:
    """'scatterAdd' -> torch.scatter_add, 'linalg.vectorNorm' -> torch.linalg.vector_norm,
    'F.crossEntropy' -> torch.nn.functional.cross_entropy; otherwise a tensor method of the first argument."""
    if op in PY_OPS:
        return PY_OPS[op]
    parts = [camel_to_snake(p) for p in op.split(".")]
    roots = [torch.nn.functional] if parts[0] == "f" else [torch, torch.nn.functional]
    if parts[0] == "f":
        parts = parts[1:]
    for root in roots:
        obj: Any = root
        for p in parts:
            obj = getattr(obj, p, None)
            if obj is None:
                break
        if obj is not None:
            return obj
    if len(parts) == 1:
        name = parts[0]
        return lambda x, *a, **k: getattr(x, name)(*a, **k)
    raise KeyError(f"cannot resolve op {op!r}")


# --------------------------------------------------------------------------------------------------------------
# Cases


@dataclass
class Case:
    id: str
    op: str
    args: list
    kwargs: dict = field(default_factory=dict)
    grad: bool = True  # compute gradients when the output requires grad
    repr: bool = False  # record repr of the (first) output
    note: str | None = None


@dataclass
class ErrorCase:
    id: str
    op: str
    args: list
    kwargs: dict = field(default_factory=dict)
    keywords: list[str] = field(default_factory=list)  # must appear (case-insensitively) in the TS message
    js_error: str = "RangeError"  # TypeError or RangeError: the class tensorgrad should throw


def _build(a, leaves: list, enc_leaves: list, grad: bool):
    """Turns a case argument into (torch value, JSON value), collecting the leaves in argument order."""
    if isinstance(a, torch.Tensor):
        a = Leaf(a)
    if isinstance(a, Leaf):
        floating = a.value.is_floating_point()
        rg = (floating if a.requires_grad is None else a.requires_grad) and grad
        leaf = a.value.detach().clone().requires_grad_(rg)
        leaves.append(leaf)
        value = leaf.permute(a.permute) if a.permute is not None else leaf
        enc = enc_tensor(a.value, rg, a.permute)
        enc_leaves.append(enc)
        return value, enc
    if isinstance(a, (list, tuple)):
        pairs = [_build(x, leaves, enc_leaves, grad) for x in a]
        return [p[0] for p in pairs], [p[1] for p in pairs]
    if isinstance(a, str):
        return (DTYPES[a] if a in DTYPES else a), a
    if a is None:
        return None, None
    return a, enc_number(a)


def _outputs(out) -> list[torch.Tensor]:
    if isinstance(out, torch.Tensor):
        return [out]
    if isinstance(out, (tuple, list)):
        return list(out)
    raise TypeError(f"unexpected output {type(out)}")


def run_case(c: Case) -> dict:
    leaves: list[torch.Tensor] = []
    enc_leaves: list[dict] = []
    args, enc_args = _build(list(c.args), leaves, enc_leaves, c.grad)
    kwargs, enc_kwargs = {}, {}
    for k, v in c.kwargs.items():
        kwargs[camel_to_snake(k)], enc_kwargs[k] = _build(v, leaves, enc_leaves, c.grad)
    fn = resolve(c.op)
    out = fn(*args, **kwargs)
    outs = _outputs(out)
    rec: dict[str, Any] = {"id": c.id, "op": c.op, "args": enc_args, "kwargs": enc_kwargs}
    if isinstance(out, torch.Tensor):
        rec["out"] = enc_tensor(out, out.requires_grad)
    else:
        rec["out"] = [enc_tensor(o, o.requires_grad) for o in outs]
    first = outs[0]
    if first.requires_grad:
        rec["gradFn"] = type(first.grad_fn).__name__
        if c.grad:
            cot = torch.randn(
                list(first.shape), generator=generator("cotangent:" + c.id), dtype=torch.float64
            ).to(first.dtype)
            wanted = [l for l in leaves if l.requires_grad]
            grads = torch.autograd.grad(first, wanted, cot, allow_unused=True)
            by_leaf = {id(l): g for l, g in zip(wanted, grads)}
            rec["cotangent"] = enc_tensor(cot)
            rec["grads"] = [
                (enc_tensor(by_leaf[id(l)]) if by_leaf.get(id(l)) is not None else None)
                if l.requires_grad
                else None
                for l in leaves
            ]
    if c.repr:
        rec["repr"] = repr(first)  # of the first output (values, for max/min with a dim)
    if c.note:
        rec["note"] = c.note
    return rec


def run_error_case(c: ErrorCase) -> dict:
    leaves: list[torch.Tensor] = []
    enc_leaves: list[dict] = []
    args, enc_args = _build(list(c.args), leaves, enc_leaves, True)
    kwargs, enc_kwargs = {}, {}
    for k, v in c.kwargs.items():
        kwargs[camel_to_snake(k)], enc_kwargs[k] = _build(v, leaves, enc_leaves, True)
    try:
        resolve(c.op)(*args, **kwargs)
    except Exception as e:  # noqa: BLE001 - we record whatever torch raises
        msg = str(e).strip()
        for kw in c.keywords:
            if kw.lower() not in msg.lower():
                raise AssertionError(f"{c.id}: keyword {kw!r} not in torch's message {msg!r}") from e
        return {
            "id": c.id,
            "op": c.op,
            "args": enc_args,
            "kwargs": enc_kwargs,
            "error": msg,
            "errorType": type(e).__name__,
            "jsError": c.js_error,
            "keywords": list(c.keywords),
        }
    raise AssertionError(f"{c.id}: torch did not raise")
