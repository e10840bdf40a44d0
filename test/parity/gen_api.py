"""PyTorch's answers for test/api.test.ts (the API.md contract test).

Run with the system Python that has torch 1.13:

    /usr/bin/python3 test/parity/gen_api.py

Writes test/parity/data/api.json with these sections (and "inputs", the tensors dimOps uses):

- "dimOps":  the dim-taking functions of API.md's exception list (and the listed top-level functions) on one fixed
             input, each called as PyTorch users write it; the output tensor(s) and the grad_fn name. The TS test
             calls the tg.* function and the Tensor method with the same positional dims.
- "repr":    str() of a few results (cross entropy, with and without grad_fn, requires_grad leaves, arange).
- "options": for every F.* function that has a parity case in data/losses.json or data/activations.json, each
             optional PyTorch argument (camelCased) set to a non-default value on that case's inputs: PyTorch's
             output, or its error. This checks option names, that they are read, and what they do.
- "defaults": each F.* function's optional arguments and PyTorch's defaults (from inspect.signature).
- "errors":  PyTorch's message for some bad inputs and the phrase of it tensorgrad must repeat.
- "autograd" / "info": values for tg.grad(createGraph), backward(gradient), retainGraph, tg.info.*.
"""

import inspect
import json
import math
import os
import re

import warnings

import torch
import torch.nn.functional as F

from parity_lib import DTYPES, camel_to_snake, enc_number, enc_tensor

torch.set_num_threads(1)
warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def snake_to_camel(name: str) -> str:
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)


def dec_tensor(j: dict) -> torch.Tensor:
    def num(v):
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "-0": -0.0}.get(v, v) if isinstance(v, str) else v

    x = torch.tensor([num(v) for v in j["data"]], dtype=DTYPES[j["dtype"]]).reshape(j["shape"])
    if "permute" in j:
        x = x.permute(j["permute"])
    return x


def dec_arg(a):
    if isinstance(a, list):
        return [dec_arg(v) for v in a]
    if isinstance(a, dict) and "data" in a:
        return dec_tensor(a)
    if isinstance(a, str) and a in ("nan", "inf", "-inf", "-0"):
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "-0": -0.0}[a]
    return a


def enc_out(out):
    if isinstance(out, torch.Tensor):
        return [enc_tensor(out)]
    if isinstance(out, (tuple, list)):
        return [enc_tensor(o) for o in out]
    raise TypeError(type(out))


# ------------------------------------------------------------------------------------------------------------
# dimOps: X is 2x3x4 float32, P is positive, Y has size-1 dims, I/J are int64 indices.

g = torch.Generator().manual_seed(1234)
X = (torch.rand((2, 3, 4), generator=g) * 4 - 2).float()
P = (torch.rand((2, 3), generator=g) + 0.1).float()
A = (torch.rand((2, 3), generator=g) * 2 - 1).float()
B = (torch.rand((2, 3), generator=g) * 2 - 1).float()
M = (torch.rand((3, 2), generator=g) * 2 - 1).float()
Y = (torch.rand((2, 1, 3, 1), generator=g) * 2 - 1).float()
I = torch.tensor([[0, 2, 1], [2, 2, 0]])  # for gather / scatter along dim 1 of A
J = torch.tensor([1, 0, 1])  # for indexSelect along dim 0 of A
COND = A > 0

INPUTS = {"X": X, "P": P, "A": A, "B": B, "M": M, "Y": Y, "I": I, "J": J, "COND": COND}

# id -> (python expression over the inputs). The TS test has the same ids with tg.* and method forms.
DIM_OPS = {
    "sum": "torch.sum(X)",
    "sum/1": "torch.sum(X, 1)",
    "sum/[0,1]/keepdim": "torch.sum(X, [0, 1], keepdim=True)",
    "mean/-1": "torch.mean(X, -1)",
    "mean/[0,2]/keepdim": "torch.mean(X, [0, 2], keepdim=True)",
    "prod/1": "torch.prod(X, 1)",
    "prod/2/keepdim": "torch.prod(X, 2, keepdim=True)",
    "amax/[0,2]": "torch.amax(X, [0, 2])",
    "amin/1/keepdim": "torch.amin(X, 1, keepdim=True)",
    "max": "torch.max(X)",
    "max/1": "torch.max(X, 1)",
    "min/-1/keepdim": "torch.min(X, -1, keepdim=True)",
    "logsumexp/2": "torch.logsumexp(X, 2)",
    "logsumexp/[0,1]": "torch.logsumexp(X, [0, 1])",
    "var": "torch.var(X)",
    "var/1": "torch.var(X, 1)",
    "var/1/unbiased=false": "torch.var(X, 1, unbiased=False)",
    "std/[0,2]/keepdim": "torch.std(X, [0, 2], keepdim=True)",
    "argmax": "torch.argmax(X)",
    "argmax/1": "torch.argmax(X, 1)",
    "argmin/2/keepdim": "torch.argmin(X, 2, keepdim=True)",
    "cumsum/1": "torch.cumsum(X, 1)",
    "squeeze": "torch.squeeze(Y)",
    "squeeze/1": "torch.squeeze(Y, 1)",
    "unsqueeze/0": "torch.unsqueeze(A, 0)",
    "unsqueeze/-1": "torch.unsqueeze(A, -1)",
    "cat/0": "torch.cat([A, B], 0)",
    "cat/1": "torch.cat([A, B], 1)",
    "stack/0": "torch.stack([A, B], 0)",
    "stack/2": "torch.stack([A, B], 2)",
    "gather/1": "torch.gather(A, 1, I)",
    "scatter/1": "torch.scatter(A, 1, I[:, :2], B)",
    "scatterAdd/1": "torch.scatter_add(A, 1, I, B)",
    "indexSelect/0": "torch.index_select(A, 0, J)",
    "narrow/1": "torch.narrow(X, 1, 1, 2)",
    "select/0": "torch.select(X, 0, 1)",
    "transpose/0,2": "torch.transpose(X, 0, 2)",
    "softmax/1": "torch.softmax(X, 1)",
    "vectorNorm/ord2/dim1/keepdim": "torch.linalg.vector_norm(X, ord=2, dim=1, keepdim=True)",
    "vectorNorm": "torch.linalg.vector_norm(X)",
    "norm/p1": "X.norm(p=1)",
    "norm": "X.norm()",
    "exp": "torch.exp(A)",
    "log": "torch.log(P)",
    "log2": "torch.log2(P)",
    "sigmoid": "torch.sigmoid(A)",
    "matmul": "torch.matmul(A, M)",
    "where": "torch.where(COND, A, B)",
    "clamp/min,max": "torch.clamp(A, min=-0.25, max=0.5)",
    "clamp/min": "torch.clamp(A, min=0.1)",
    "reshape/[2,-1]": "torch.reshape(X, [2, -1])",
}


def run_dim_op(expr: str):
    env = {"torch": torch}
    leaves = {}
    for k, v in INPUTS.items():
        if v.is_floating_point():
            leaves[k] = v.clone().requires_grad_(True)
        else:
            leaves[k] = v.clone()
    env.update(leaves)
    out = eval(expr, env)
    outs = list(out) if isinstance(out, tuple) else [out]
    first = outs[0]
    return {
        "out": [enc_tensor(o) for o in outs],
        "gradFn": type(first.grad_fn).__name__ if first.grad_fn is not None else None,
    }


dim_ops = [{"id": k, "expr": v, **run_dim_op(v)} for k, v in DIM_OPS.items()]

# ------------------------------------------------------------------------------------------------------------
# repr

logits = torch.tensor([[2.0, 3, 1], [3, 7, 9]])
target = torch.tensor([1, 2])
lg = logits.clone().requires_grad_(True)
leaf = torch.tensor([1.0, 2.0], requires_grad=True)
repr_cases = {
    "crossEntropy": str(F.cross_entropy(logits, target)),
    "crossEntropy/requiresGrad": str(F.cross_entropy(lg, target)),
    "leaf/requiresGrad": str(leaf),
    "sum/requiresGrad": str((leaf * 2).sum()),
    "arange/5": str(torch.arange(5)),
    "detach": str((leaf * 2).detach()),
    "noGrad": None,
}
with torch.no_grad():
    repr_cases["noGrad"] = str(leaf * 2)

# ------------------------------------------------------------------------------------------------------------
# defaults and options (one parity case per F.* function)

SKIP = {
    "size_average",  # deprecated
    "reduce",  # deprecated
    "_stacklevel",
    "inplace",  # tensorgrad refuses inplace: true (documented in validate.ts)
    "training",  # rrelu: random when true
    "dtype",
    "out",
    "weight",  # tensor options: tested by the loss suites
    "pos_weight",
    "distance_function",  # a callable
}

# A non-default value for each option name (the rest: float + 0.375, bool flipped).
ALT = {
    "reduction": "sum",
    "ignore_index": 1,
    "label_smoothing": 0.2,
    "dim": 0,
    "p": 1,
    "margin": 0.5,
    "eps": 0.25,
    "beta": 0.5,
    "delta": 0.5,
    "negative_slope": 0.2,
    "alpha": 1.5,
    "lambd": 0.3,
    "min_val": -0.5,
    "max_val": 0.7,
    "threshold": 1.0,
    "approximate": "tanh",
    "lower": 0.1,
    "upper": 0.2,
    "blank": 0,
}
ALT_BY_FN = {
    ("multi_margin_loss", "p"): 2,
    ("normalize", "p"): 1.0,
    ("glu", "dim"): 0,
    ("softplus", "beta"): 2.0,
    ("huber_loss", "delta"): 0.5,
    ("ctc_loss", "blank"): None,  # skip: changing the blank changes the alphabet
    ("cosine_similarity", "dim"): 0,
    ("pairwise_distance", "p"): 1.0,
    ("triplet_margin_loss", "p"): 1.0,
}
POSITIONAL_IN_TG = {("softmax", "dim"), ("log_softmax", "dim"), ("softmin", "dim"), ("threshold", "threshold")}


# Builtins without a Python signature: their documented ones (torch 1.13 docstrings).
BUILTIN_DEFAULTS = {
    "cosine_similarity": [("dim", 1), ("eps", 1e-8)],
    "pairwise_distance": [("p", 2.0), ("eps", 1e-6), ("keepdim", False)],
    "gelu": [("approximate", "none")],
    "hardshrink": [("lambd", 0.5)],
    "softshrink": [("lambd", 0.5)],
    "softplus": [("beta", 1), ("threshold", 20)],
    "logsigmoid": [],
    "prelu": [],
}


def optional_params(fn, pyname):
    if pyname in BUILTIN_DEFAULTS:
        return BUILTIN_DEFAULTS[pyname]
    sig = inspect.signature(fn)
    out = []
    for name, p in sig.parameters.items():
        if p.default is inspect.Parameter.empty or name in SKIP:
            continue
        out.append((name, p.default))
    return out


def enc_default(v):
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, (int, float)):
        return enc_number(v)
    return repr(v)


def first_cases():
    picked = {}
    for suite in ("activations", "losses"):
        with open(os.path.join(HERE, "data", f"{suite}.json")) as f:
            data = json.load(f)
        for c in data["cases"]:
            op = c["op"]
            if not op.startswith("F.") or "error" in c["id"].split("/") or "out" not in c:
                continue
            # Prefer cases without options, then float64 ones (tight tolerances do not blur an option's effect).
            prev = picked.get(op)
            rank = (0 if not c["kwargs"] else 1, 0 if "/float64/" in c["id"] else 1)
            if prev is None or rank < prev[0]:
                picked[op] = (rank, suite, c)
    return {op: (suite, c) for op, (_, suite, c) in picked.items()}


defaults = []
options = []
for op, (suite, c) in sorted(first_cases().items()):
    pyname = camel_to_snake(op[2:])
    fn = getattr(F, pyname)
    params = optional_params(fn, pyname)
    defaults.append({"op": op, "defaults": {snake_to_camel(n): enc_default(d) for n, d in params}})
    args = [dec_arg(a) for a in c["args"]]
    base = {camel_to_snake(k): dec_arg(v) for k, v in c["kwargs"].items()}
    for name, default in params:
        if (pyname, name) in POSITIONAL_IN_TG:
            continue
        alt = ALT_BY_FN.get((pyname, name), ALT.get(name, "__none__"))
        if alt is None:
            continue
        if alt == "__none__":
            if isinstance(default, bool):
                alt = not default
            elif isinstance(default, (int, float)) and not isinstance(default, bool):
                alt = float(default) + 0.375
            else:
                continue
        if alt == base.get(name, default):
            continue
        entry = {"op": op, "suite": suite, "case": c["id"], "option": snake_to_camel(name), "value": enc_number(alt) if not isinstance(alt, str) else alt}
        try:
            out = fn(*[a.clone() if isinstance(a, torch.Tensor) else a for a in args], **{**base, name: alt})
            entry["out"] = enc_tensor(out)
        except Exception as e:  # noqa: BLE001
            entry["error"] = str(e).split("\n")[0]
        options.append(entry)

# ------------------------------------------------------------------------------------------------------------
# errors: (id, program, phrase tensorgrad must repeat)


def catch(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        return type(e).__name__, str(e).split("\n")[0]
    raise AssertionError("PyTorch did not raise")


def _bw_twice():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = (x * x).sum()
    y.backward()
    y.backward()


ERRORS = {
    "crossEntropy/targetOutOfBounds": (
        lambda: F.cross_entropy(torch.tensor([[2.0, 3, 1], [3, 7, 9]]), torch.tensor([1, 5])),
        "Target 5 is out of bounds.",
    ),
    "nllLoss/targetOutOfBounds": (
        lambda: F.nll_loss(torch.tensor([[-2.0, -3, -1], [-3, -7, -9]]), torch.tensor([-3, 1])),
        "Target -3 is out of bounds.",
    ),
    "softmax/dimOutOfRange": (
        lambda: torch.softmax(torch.zeros(2, 3), 2),
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)",
    ),
    "sum/dimOutOfRange": (
        lambda: torch.sum(torch.zeros(2, 3), 3),
        "Dimension out of range (expected to be in range of [-2, 1], but got 3)",
    ),
    "matmul/shapes": (
        lambda: torch.matmul(torch.zeros(2, 3), torch.zeros(2, 3)),
        "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)",
    ),
    "reshape/invalid": (lambda: torch.zeros(2, 3).reshape([4, -1]), "shape '[4, -1]' is invalid for input of size 6"),
    "requiresGrad/int64": (
        lambda: torch.tensor([1, 2]).requires_grad_(True),
        "only Tensors of floating point dtype can require gradients",
    ),
    "backward/nonScalar": (
        lambda: (torch.tensor([1.0, 2.0], requires_grad=True) * 2).backward(),
        "grad can be implicitly created only for scalar outputs",
    ),
    "backward/twice": (_bw_twice, "Trying to backward through the graph a second time"),
    "gather/indexOutOfBounds": (
        lambda: torch.gather(torch.zeros(2, 3), 1, torch.tensor([[0, 5], [1, 2]])),
        "index 5 is out of bounds for dimension 1 with size 3",
    ),
    "crossEntropy/floatTarget1d": (
        lambda: F.nll_loss(torch.zeros(2, 3), torch.tensor([1.0, 2.0])),
        "expected scalar type Long but found Float",
    ),
}
errors = []
for k, (prog, phrase) in ERRORS.items():
    kind, message = catch(prog)
    assert phrase in message, (k, message)
    errors.append({"id": k, "torchError": kind, "torchMessage": message, "phrase": phrase})

# ------------------------------------------------------------------------------------------------------------
# autograd and info

xg = torch.tensor([0.5, -1.25, 2.0], dtype=torch.float64, requires_grad=True)
(d1,) = torch.autograd.grad((xg**3).sum(), xg, create_graph=True)
(d2,) = torch.autograd.grad(d1.sum(), xg)
xb = torch.tensor([0.5, -1.25, 2.0], dtype=torch.float64, requires_grad=True)
vb = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
(xb * xb).backward(vb)
xr = torch.tensor([0.5, -1.25, 2.0], dtype=torch.float64, requires_grad=True)
yr = (xr * xr * xr).sum()
yr.backward(retain_graph=True)
yr.backward()
autograd = {
    "x": enc_tensor(xg),
    "grad": enc_tensor(d1),
    "gradGradFn": type(d1.grad_fn).__name__ if d1.grad_fn is not None else None,
    "gradOfGrad": enc_tensor(d2),
    "v": enc_tensor(vb),
    "backwardWithGradient": enc_tensor(xb.grad),
    "retainGraphTwice": enc_tensor(xr.grad),
}

p = torch.tensor([[0.5, 0.25, 0.25, 0.0], [0.1, 0.2, 0.3, 0.4]], dtype=torch.float64)
q = torch.tensor([[0.25, 0.25, 0.25, 0.25], [0.4, 0.3, 0.2, 0.1]], dtype=torch.float64)


def H(p, dim=-1, base=math.e):
    return torch.special.entr(p).sum(dim) / math.log(base)


def CE(p, q, dim=-1, base=math.e):
    return -torch.special.xlogy(p, q).sum(dim) / math.log(base)


def KL(p, q, dim=-1, base=math.e):
    return (torch.special.xlogy(p, p) - torch.special.xlogy(p, q)).sum(dim) / math.log(base)


pp = p[1:].clone().requires_grad_(True)  # strictly positive row: finite gradients
qq = q[1:].clone().requires_grad_(True)
KL(pp, qq, base=2).sum().backward()
pe = p[1:].clone().requires_grad_(True)
H(pe).sum().backward()
info = {
    "p": enc_tensor(p),
    "q": enc_tensor(q),
    "entropy": enc_tensor(H(p)),
    "entropy/base2": enc_tensor(H(p, base=2)),
    "entropy/dim0": enc_tensor(H(p, dim=0)),
    "crossEntropy": enc_tensor(CE(p, q)),
    "crossEntropy/base2": enc_tensor(CE(p, q, base=2)),
    "klDivergence": enc_tensor(KL(p, q)),
    "klDivergence/dim0/base2": enc_tensor(KL(p, q, dim=0, base=2)),
    "klDivergence/base2/gradP": enc_tensor(pp.grad),
    "klDivergence/base2/gradQ": enc_tensor(qq.grad),
    "entropy/gradP": enc_tensor(pe.grad),
}

meta = {"torch": torch.__version__, "generator": "test/parity/gen_api.py"}
with open(os.path.join(HERE, "data", "api.json"), "w") as f:
    json.dump(
        {
            "meta": meta,
            "inputs": {k: enc_tensor(v) for k, v in INPUTS.items()},
            "dimOps": dim_ops,
            "repr": repr_cases,
            "defaults": defaults,
            "options": options,
            "errors": errors,
            "autograd": autograd,
            "info": info,
        },
        f,
        indent=None,
        separators=(",", ":"),
    )
    f.write("\n")
print(f"wrote {len(dim_ops)} dim ops, {len(options)} option cases, {len(errors)} errors")
