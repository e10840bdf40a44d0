"""Parity cases for nn.Linear and the optimizers (suite "nn"; written to data/nn.json).

Three kinds of case:
- `F.linear` forward and backward (nn.Linear's computation, y = x Wᵀ + b) for several input ranks and dtypes;
  the TS side runs it through an nn.Linear whose weight and bias are the case's leaves.
- `nnLinearInit`: torch.manual_seed(seed); nn.Linear(in, out): the flattened weight followed by the bias.
  Bit-identical init needs tensorgrad's generator to match PyTorch's MT19937.
- `optimTrajectory`: a fixed loss minimised for a few steps by torch.optim.SGD/Adam with the given options; the
  output stacks the parameter after every step, so the whole trajectory is compared.

The two non-torch op names are registered in parity_lib.PY_OPS here (the TS runner has the same programs).
"""

from __future__ import annotations

import torch

from parity_lib import PY_OPS, Case, Leaf, rand


def _linear_init(seed, in_features, out_features, dtype=torch.float32):
    torch.manual_seed(seed)
    layer = torch.nn.Linear(in_features, out_features, dtype=dtype)
    return torch.cat([layer.weight.detach().reshape(-1), layer.bias.detach()])


def trajectory_loss(p, a, b):
    """The loss every trajectory minimises: a least-squares term plus a quartic, so curvature changes with p.
    The TS runner computes the same expression with the same op order."""
    r = a.matmul(p) - b
    return (r * r).sum() + (p * p * p * p).sum() * 0.1


def _optim_trajectory(name, p0, a, b, steps, **options):
    p = p0.detach().clone().requires_grad_(True)
    opt = getattr(torch.optim, name)([p], **options)
    out = []
    for _ in range(steps):
        opt.zero_grad()
        trajectory_loss(p, a, b).backward()
        opt.step()
        out.append(p.detach().clone())
    return torch.stack(out)


def _grad_of(fn, data):
    x = torch.tensor(data, requires_grad=True)
    fn(x).backward()
    return x.grad


_LOGITS = [[2.0, 3.0, 1.0], [3.0, 7.0, 9.0]]  # the study note's example
_LABELS = [1, 2]
_YHAT, _Y = [2.5, 0.0, 2.0, 8.0], [3.0, -0.5, 2.0, 7.0]
_P, _Q = [0.8, 0.1, 0.1], [0.5, 0.25, 0.25]


def _bits_entropy(p):
    return -(p * p.log2()).sum()


def _bits_cross(p, q):
    return -(p * q.log2()).sum()


# The values `tensorgrad tour` prints, computed here by PyTorch; test/cli.test.ts checks the tour's output
# contains each repr verbatim.
TOUR = {
    "sigmoid.linspace": lambda: torch.sigmoid(torch.linspace(-100, 100, 10)),
    "sigmoid.ends": lambda: torch.sigmoid(torch.tensor([-100.0, 100.0])),
    "relu.linspace": lambda: torch.relu(torch.linspace(-100, 100, 10)),
    "relu.grad": lambda: _grad_of(lambda x: torch.relu(x).sum(), [-1.0, 0.0, 1.0]),
    "mse": lambda: torch.nn.functional.mse_loss(torch.tensor(_YHAT), torch.tensor(_Y)),
    "mse.grad": lambda: _grad_of(lambda x: torch.nn.functional.mse_loss(x, torch.tensor(_Y)), _YHAT),
    "l2": lambda: (torch.tensor(_YHAT) - torch.tensor(_Y)).norm(),
    "l2.grad": lambda: _grad_of(lambda x: (x - torch.tensor(_Y)).norm(), _YHAT),
    "entropy.p": lambda: _bits_entropy(torch.tensor(_P)),
    "entropy.q": lambda: _bits_entropy(torch.tensor(_Q)),
    "crossentropy.pq": lambda: _bits_cross(torch.tensor(_P), torch.tensor(_Q)),
    "kl.pq": lambda: _bits_cross(torch.tensor(_P), torch.tensor(_Q)) - _bits_entropy(torch.tensor(_P)),
    "kl.qp": lambda: _bits_cross(torch.tensor(_Q), torch.tensor(_P)) - _bits_entropy(torch.tensor(_Q)),
    "ce": lambda: torch.nn.functional.cross_entropy(torch.tensor(_LOGITS), torch.tensor(_LABELS)),
    "ce.composed": lambda: torch.nn.functional.nll_loss(
        torch.log(torch.softmax(torch.tensor(_LOGITS), 1)), torch.tensor(_LABELS)
    ),
    "ce.grad": lambda: _grad_of(
        lambda x: torch.nn.functional.cross_entropy(x, torch.tensor(_LABELS)), _LOGITS
    ),
}

PY_OPS["tourValue"] = lambda name: TOUR[name]().detach()
PY_OPS["nnLinearInit"] = _linear_init
PY_OPS["optimTrajectory"] = _optim_trajectory


def linear_cases() -> list:
    out = []
    shapes = {"2d": ((4, 3), 2), "3d": ((2, 5, 3), 4), "1d": ((3,), 2), "wide": ((8, 16), 7)}
    for dtype in ("float32", "float64"):
        for kind, (xshape, n_out) in shapes.items():
            cid = f"linear/{kind}/{dtype}/0"
            n_in = xshape[-1]
            x = rand(cid + ":x", xshape, dtype)
            w = rand(cid + ":w", (n_out, n_in), dtype, -0.5, 0.5)
            b = rand(cid + ":b", (n_out,), dtype, -0.5, 0.5)
            out.append(Case(cid, "F.linear", [x, w, b]))
        cid = f"linear/nobias/{dtype}/0"
        out.append(Case(cid, "F.linear", [rand(cid + ":x", (3, 4), dtype), rand(cid + ":w", (5, 4), dtype)]))
    for seed, (n_in, n_out) in [(0, (3, 2)), (1, (20, 5)), (42, (2, 64)), (7, (64, 64))]:
        out.append(
            Case(f"nnLinearInit/seed{seed}_{n_in}x{n_out}/float32/0", "nnLinearInit", [seed, n_in, n_out], grad=False)
        )
    return out


OPTIM = [
    ("SGD", "plain", {"lr": 0.05}),
    ("SGD", "momentum", {"lr": 0.05, "momentum": 0.9}),
    ("SGD", "dampening", {"lr": 0.05, "momentum": 0.9, "dampening": 0.3}),
    ("SGD", "nesterov", {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
    ("SGD", "weightdecay", {"lr": 0.05, "momentum": 0.5, "weightDecay": 0.1}),
    ("SGD", "maximize", {"lr": 0.01, "maximize": True}),
    ("Adam", "default", {}),
    ("Adam", "lr", {"lr": 0.1}),
    ("Adam", "betas", {"lr": 0.05, "betas": [0.8, 0.99], "eps": 1e-6}),
    ("Adam", "weightdecay", {"lr": 0.05, "weightDecay": 0.1}),
    ("Adam", "amsgrad", {"lr": 0.1, "amsgrad": True}),
    ("Adam", "maximize", {"lr": 0.01, "maximize": True}),
]


def optim_cases() -> list:
    out = []
    for name, kind, options in OPTIM:
        for dtype in ("float32", "float64"):
            cid = f"optimTrajectory/{name}_{kind}/{dtype}/0"
            p0 = Leaf(rand(cid + ":p", (5,), dtype, -1, 1), requires_grad=False)
            a = Leaf(rand(cid + ":a", (4, 5), dtype, -1, 1), requires_grad=False)
            b = Leaf(rand(cid + ":b", (4,), dtype, -1, 1), requires_grad=False)
            out.append(Case(cid, "optimTrajectory", [name, p0, a, b, 12], options, grad=False))
    return out


def tour_cases() -> list:
    return [Case(f"tourValue/{name}/float32/0", "tourValue", [name], grad=False, repr=True) for name in TOUR]


def cases() -> list:
    return linear_cases() + optim_cases() + tour_cases()
