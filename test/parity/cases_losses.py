"""Parity cases for the losses (issue #4): every torch.nn loss and option, F.cosineSimilarity,
F.pairwiseDistance, and tg.info (entropy, crossEntropy, klDivergence), on random and edge inputs, in float32
and float64, with gradients w.r.t. every differentiable input; plus bad-input cases.

Ids are "<op>/<what>/<dtype>/<n>"; inputs come from generators seeded by the id, so cases are independent.
Targets that PyTorch does not differentiate (class indices, ±1 labels of fused kernels, weights) are
`Leaf(..., requires_grad=False)`.
"""

from __future__ import annotations

import math

import torch

import parity_lib
from parity_lib import Case, ErrorCase, Leaf, rand, randint, t

FLOATS = ("float32", "float64")
REDUCTIONS = ("mean", "sum", "none")
INF = math.inf
NAN = math.nan


# tg.info has no torch counterpart: the generator computes it with torch.special.entr / torch.xlogy, the
# definitions tensorgrad documents.
def _info_entropy(p, dim=-1, base=math.e):
    return torch.special.entr(p).sum(dim) / math.log(base) if base != math.e else torch.special.entr(p).sum(dim)


def _info_cross_entropy(p, q, dim=-1, base=math.e):
    h = -torch.xlogy(p, q).sum(dim)
    return h / math.log(base) if base != math.e else h


def _info_kl(p, q, dim=-1, base=math.e):
    d = (-torch.xlogy(p, q) - torch.special.entr(p)).sum(dim)
    return d / math.log(base) if base != math.e else d


parity_lib.PY_OPS.update(
    {
        "info.entropy": _info_entropy,
        "info.crossEntropy": _info_cross_entropy,
        "info.klDivergence": _info_kl,
        # The note's second route: nllLoss(logSoftmax(x, 1), t).
        "nllOfLogSoftmax": lambda x, target, **k: torch.nn.functional.nll_loss(torch.log_softmax(x, 1), target, **k),
    }
)


def _id(op, what, dt, n=0):
    return f"{op}/{what}/{dt}/{n}"


def noleaf(x):
    return Leaf(x, requires_grad=False)


def probs(name, shape, dt, dim=-1):
    g = rand(name, shape, "float64", 0.05, 1.0)
    return (g / g.sum(dim, keepdim=True)).to(parity_lib.DTYPES[dt])


# ----------------------------------------------------------------------------------------------------------
# Elementwise regression losses


def regression_cases(out):
    for op, extra in [
        ("F.l1Loss", [{}]),
        ("F.mseLoss", [{}]),
        ("F.huberLoss", [{}, {"delta": 0.5}, {"delta": 2.0}]),
        ("F.smoothL1Loss", [{}, {"beta": 0.5}, {"beta": 0.0}]),
    ]:
        name = op[2:]
        for dt in FLOATS:
            for red in REDUCTIONS:
                for k, opts in enumerate(extra):
                    i = _id(name, f"{red}-{k}", dt)
                    out.append(Case(i, op, [rand(i, (3, 4), dt, -3, 3), rand(i + "t", (3, 4), dt, -3, 3)], {**opts, "reduction": red}))
            i = _id(name, "default", dt)
            out.append(Case(i, op, [rand(i, (2, 3, 2), dt), rand(i + "t", (2, 3, 2), dt)]))
            i = _id(name, "broadcast", dt)
            out.append(Case(i, op, [rand(i, (3, 4), dt), rand(i + "t", (4,), dt)], {"reduction": "none"}))
            # Residuals exactly at 0 and at the kinks (|d| = delta / beta = 1).
            i = _id(name, "kinks", dt)
            out.append(Case(i, op, [t([0.0, 1.0, -1.0, 2.0, 0.5, 3.0], dt), t([0.0, 0.0, 0.0, 1.0, 0.5, -1e4], dt)], {"reduction": "none"}))
            i = _id(name, "scalar", dt)
            out.append(Case(i, op, [t(1.5, dt), t(-0.25, dt)]))
            # The fused kernels ('mean' and 'sum'): residuals at 0, at every kink (|d| = 0.5, 1, 2) and beyond;
            # then nan and ±inf residuals (smooth_l1 and huber give a nan gradient at nan, l1 gives 0; beta = 0
            # gives -1 at d = 0).
            for red in ("mean", "sum"):
                for k, opts in enumerate(extra):
                    i = _id(name, f"kinks-{red}-{k}", dt)
                    x = t([0.0, 1.0, -1.0, 2.0, 0.5, 3.0, -0.5, 0.25, 2.0, -2.0], dt)
                    y = noleaf(t([0.0, 0.0, 0.0, 1.0, 0.5, -1e4, 0.0, -0.25, 0.0, 0.0], dt))
                    out.append(Case(i, op, [x, y], {**opts, "reduction": red}))
                    i = _id(name, f"nonfinite-{red}-{k}", dt)
                    x = t([NAN, INF, -INF, 1.0, 0.0, INF, -0.0], dt)
                    y = noleaf(t([0.0, 0.0, 1.0, INF, 0.0, INF, 0.0], dt))
                    out.append(Case(i, op, [x, y], {**opts, "reduction": red}))
    out.append(Case(_id("mseLoss", "note", "float32"), "F.mseLoss", [t([1.0, 2.0, 3.0]), t([1.0, 0.0, 5.0])], repr=True))


def soft_margin_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            i = _id("softMarginLoss", red, dt)
            y = torch.where(rand(i + "y", (3, 4), dt) > 0, 1.0, -1.0).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.softMarginLoss", [rand(i, (3, 4), dt, -3, 3), noleaf(y)], {"reduction": red}))
        i = _id("softMarginLoss", "large", dt)
        out.append(Case(i, "F.softMarginLoss", [t([30.0, -30.0, 0.0, 5.0], dt), noleaf(t([1.0, 1.0, -1.0, -1.0], dt))], {"reduction": "none"}))


def multilabel_soft_margin_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            i = _id("multilabelSoftMarginLoss", red, dt)
            y = (rand(i + "y", (3, 4), dt) > 0).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.multilabelSoftMarginLoss", [rand(i, (3, 4), dt, -3, 3), y], {"reduction": red}))
        i = _id("multilabelSoftMarginLoss", "weight", dt)
        y = (rand(i + "y", (3, 4), dt) > 0).to(parity_lib.DTYPES[dt])
        out.append(Case(i, "F.multilabelSoftMarginLoss", [rand(i, (3, 4), dt, -3, 3), y], {"weight": rand(i + "w", (4,), dt, 0, 2)}))
        i = _id("multilabelSoftMarginLoss", "large", dt)
        out.append(Case(i, "F.multilabelSoftMarginLoss", [t([[1e4, -1e4, 0.0]], dt), t([[0.0, 1.0, 0.5]], dt)]))


# ----------------------------------------------------------------------------------------------------------
# Classification: crossEntropy and nllLoss


def class_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            for op in ("crossEntropy", "nllLoss"):
                F = "F." + op
                i = _id(op, f"2d-{red}", dt)
                out.append(Case(i, F, [rand(i, (4, 5), dt, -3, 3), randint(i + "t", (4,), 0, 5)], {"reduction": red}))
                i = _id(op, f"1d-{red}", dt)
                out.append(Case(i, F, [rand(i, (5,), dt, -3, 3), torch.tensor(3)], {"reduction": red}))
                i = _id(op, f"kd-{red}", dt)
                out.append(Case(i, F, [rand(i, (2, 3, 2, 2), dt, -3, 3), randint(i + "t", (2, 2, 2), 0, 3)], {"reduction": red}))
                i = _id(op, f"weight-{red}", dt)
                out.append(Case(i, F, [rand(i, (4, 3), dt, -3, 3), randint(i + "t", (4,), 0, 3)], {"weight": noleaf(rand(i + "w", (3,), dt, 0.1, 2)), "reduction": red}))
                i = _id(op, f"ignore-{red}", dt)
                out.append(Case(i, F, [rand(i, (4, 3), dt, -3, 3), t([1, -100, 2, -100], "int64")], {"reduction": red}))
                i = _id(op, f"ignore-custom-weight-{red}", dt)
                out.append(Case(i, F, [rand(i, (2, 3, 4), dt, -3, 3), t([[0, 2, 1, 2], [2, 2, 0, 1]], "int64")], {"weight": noleaf(rand(i + "w", (3,), dt, 0.1, 2)), "ignoreIndex": 2, "reduction": red}))
                i = _id(op, f"all-ignored-{red}", dt)
                out.append(Case(i, F, [rand(i, (3, 3), dt), t([-100, -100, -100], "int64")], {"reduction": red}, note="mean over zero total weight is nan, as in PyTorch"))
                i = _id(op, f"zero-weight-{red}", dt)
                out.append(Case(i, F, [rand(i, (3, 3), dt), t([0, 1, 1], "int64")], {"weight": noleaf(t([0.0, 1.0, 2.0], dt)), "reduction": red}))
            for ls in (0.1, 0.5, 1.0):
                i = _id("crossEntropy", f"smooth{ls}-{red}", dt)
                out.append(Case(i, "F.crossEntropy", [rand(i, (4, 5), dt, -3, 3), randint(i + "t", (4,), 0, 5)], {"labelSmoothing": ls, "reduction": red}))
            i = _id("crossEntropy", f"smooth-weight-ignore-{red}", dt)
            out.append(Case(i, "F.crossEntropy", [rand(i, (2, 4, 3), dt, -3, 3), t([[1, 0, -100], [3, -100, 2]], "int64")], {"labelSmoothing": 0.2, "weight": noleaf(rand(i + "w", (4,), dt, 0.1, 2)), "reduction": red}))
            i = _id("crossEntropy", f"smooth-ignore-{red}", dt)
            out.append(Case(i, "F.crossEntropy", [rand(i, (4, 3), dt, -3, 3), t([1, -100, 2, 0], "int64")], {"labelSmoothing": 0.3, "reduction": red}))
            i = _id("crossEntropy", f"probs-{red}", dt)
            out.append(Case(i, "F.crossEntropy", [rand(i, (4, 5), dt, -3, 3), probs(i + "t", (4, 5), dt)], {"reduction": red}))
            i = _id("crossEntropy", f"probs-kd-weight-smooth-{red}", dt)
            out.append(Case(i, "F.crossEntropy", [rand(i, (2, 3, 2), dt, -3, 3), probs(i + "t", (2, 3, 2), dt, 1)], {"weight": noleaf(rand(i + "w", (3,), dt, 0.1, 2)), "labelSmoothing": 0.25, "reduction": red}))
            i = _id("crossEntropy", f"probs-1d-{red}", dt)
            out.append(Case(i, "F.crossEntropy", [rand(i, (4,), dt, -3, 3), probs(i + "t", (4,), dt)], {"reduction": red}))
        # Logits of ±1e4: log-sum-exp must not overflow.
        i = _id("crossEntropy", "large-logits", dt)
        out.append(Case(i, "F.crossEntropy", [t([[1e4, -1e4, 0.0], [-1e4, -1e4, 1e4], [1e4, 1e4, 1e4]], dt), t([0, 0, 2], "int64")], {"reduction": "none"}))
        i = _id("crossEntropy", "large-logits-mean", dt)
        out.append(Case(i, "F.crossEntropy", [t([[1e4, -1e4, 0.0], [-1e4, -1e4, 1e4]], dt), t([1, 2], "int64")]))
        i = _id("nllLoss", "non-contiguous", dt)
        out.append(Case(i, "F.nllLoss", [Leaf(rand(i, (3, 4), dt), permute=[1, 0]), randint(i + "t", (4,), 0, 3)]))
        i = _id("crossEntropy", "non-contiguous", dt)
        out.append(Case(i, "F.crossEntropy", [Leaf(rand(i, (3, 4), dt), permute=[1, 0]), randint(i + "t", (4,), 0, 3)]))
    # The note's example, through both routes.
    x = [[2.0, 3.0, 1.0], [3.0, 7.0, 9.0]]
    tt = t([1, 2], "int64")
    out.append(Case("crossEntropy/note/float32/0", "F.crossEntropy", [noleaf(t(x)), tt], repr=True))
    out.append(Case("crossEntropy/note-grad/float32/0", "F.crossEntropy", [t(x), tt], repr=True))
    out.append(Case("nllOfLogSoftmax/note/float32/0", "nllOfLogSoftmax", [noleaf(t(x)), tt], repr=True))
    out.append(Case("nllOfLogSoftmax/note-grad/float32/0", "nllOfLogSoftmax", [t(x), tt], repr=True))


# ----------------------------------------------------------------------------------------------------------
# Binary cross entropy


def bce_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            i = _id("binaryCrossEntropy", red, dt)
            out.append(Case(i, "F.binaryCrossEntropy", [rand(i, (3, 4), dt, 0.02, 0.98), rand(i + "t", (3, 4), dt, 0, 1)], {"reduction": red}))
            i = _id("binaryCrossEntropy", f"weight-{red}", dt)
            out.append(Case(i, "F.binaryCrossEntropy", [rand(i, (3, 4), dt, 0.02, 0.98), rand(i + "t", (3, 4), dt, 0, 1)], {"weight": noleaf(rand(i + "w", (4,), dt, 0, 2)), "reduction": red}))
            i = _id("binaryCrossEntropyWithLogits", red, dt)
            out.append(Case(i, "F.binaryCrossEntropyWithLogits", [rand(i, (3, 4), dt, -4, 4), rand(i + "t", (3, 4), dt, 0, 1)], {"reduction": red}))
            i = _id("binaryCrossEntropyWithLogits", f"weights-{red}", dt)
            out.append(Case(i, "F.binaryCrossEntropyWithLogits", [rand(i, (3, 4), dt, -4, 4), rand(i + "t", (3, 4), dt, 0, 1)], {"weight": noleaf(rand(i + "w", (3, 1), dt, 0, 2)), "posWeight": noleaf(rand(i + "p", (4,), dt, 0.5, 3)), "reduction": red}))
            i = _id("binaryCrossEntropyWithLogits", f"posweight-{red}", dt)
            out.append(Case(i, "F.binaryCrossEntropyWithLogits", [rand(i, (3, 4), dt, -4, 4), rand(i + "t", (3, 4), dt, 0, 1)], {"posWeight": noleaf(rand(i + "p", (4,), dt, 0.5, 3)), "reduction": red}))
        # Probabilities exactly 0 and 1 (log clamped at -100; gradient denominator clamped at 1e-12).
        i = _id("binaryCrossEntropy", "edges", dt)
        out.append(Case(i, "F.binaryCrossEntropy", [t([0.0, 0.0, 1.0, 1.0, 0.5, 1e-30], dt), t([0.0, 1.0, 0.0, 1.0, 0.5, 1.0], dt)], {"reduction": "none"}))
        i = _id("binaryCrossEntropy", "edges-mean", dt)
        out.append(Case(i, "F.binaryCrossEntropy", [t([0.0, 1.0, 0.25], dt), noleaf(t([0.0, 1.0, 1.0], dt))]))
        # The fused kernel ('mean' and 'sum', no weight): the same edges, and a nan target.
        for red in ("mean", "sum"):
            i = _id("binaryCrossEntropy", f"fused-edges-{red}", dt)
            out.append(Case(i, "F.binaryCrossEntropy", [t([0.0, 0.0, 1.0, 1.0, 0.5, 1e-30, 1e-7, 0.9999999], dt), noleaf(t([0.0, 1.0, 0.0, 1.0, 0.5, 1.0, 0.0, 1.0], dt))], {"reduction": red}))
            i = _id("binaryCrossEntropy", f"nan-target-{red}", dt)
            out.append(Case(i, "F.binaryCrossEntropy", [t([0.25, 0.5, 1.0], dt), noleaf(t([0.0, NAN, 1.0], dt))], {"reduction": red}))
        i = _id("binaryCrossEntropy", "scalar", dt)
        out.append(Case(i, "F.binaryCrossEntropy", [t(0.3, dt), t(1.0, dt)]))
        # Logits of ±1e4.
        i = _id("binaryCrossEntropyWithLogits", "large", dt)
        out.append(Case(i, "F.binaryCrossEntropyWithLogits", [t([1e4, -1e4, 1e4, -1e4, 0.0, 50.0], dt), t([1.0, 0.0, 0.0, 1.0, 0.5, 0.25], dt)], {"reduction": "none"}))
        i = _id("binaryCrossEntropyWithLogits", "large-posweight", dt)
        out.append(Case(i, "F.binaryCrossEntropyWithLogits", [t([[1e4, -1e4], [-1e4, 1e4]], dt), t([[1.0, 0.0], [1.0, 0.0]], dt)], {"posWeight": noleaf(t([2.0, 0.5], dt)), "reduction": "sum"}))


# ----------------------------------------------------------------------------------------------------------
# KL divergence, Poisson and Gaussian NLL


def kl_cases(out):
    for dt in FLOATS:
        for red in ("mean", "sum", "none", "batchmean"):
            i = _id("klDiv", red, dt)
            out.append(Case(i, "F.klDiv", [probs(i, (3, 4), dt).log(), probs(i + "t", (3, 4), dt)], {"reduction": red}))
            i = _id("klDiv", f"logtarget-{red}", dt)
            out.append(Case(i, "F.klDiv", [probs(i, (3, 4), dt).log(), probs(i + "t", (3, 4), dt).log()], {"reduction": red, "logTarget": True}))
        i = _id("klDiv", "zero-target", dt)
        out.append(Case(i, "F.klDiv", [t([[-1.0, -2.0, -0.5]], dt), noleaf(t([[0.0, 0.5, 0.5]], dt))], {"reduction": "sum"}, note="0·log 0 = 0"))
        i = _id("klDiv", "default", dt)
        out.append(Case(i, "F.klDiv", [rand(i, (2, 3), dt, -3, 0), rand(i + "t", (2, 3), dt, 0.1, 1)]))


def poisson_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            for log_input in (True, False):
                for full in (False, True):
                    i = _id("poissonNllLoss", f"{red}-log{int(log_input)}-full{int(full)}", dt)
                    lo, hi = (-2, 2) if log_input else (0.1, 3)
                    target = torch.tensor([[0.0, 1.0, 2.0, 5.0], [3.0, 0.5, 7.0, 1.5]], dtype=parity_lib.DTYPES[dt])
                    out.append(Case(i, "F.poissonNllLoss", [rand(i, (2, 4), dt, lo, hi), noleaf(target)], {"logInput": log_input, "full": full, "reduction": red}))
        i = _id("poissonNllLoss", "eps-zero-input", dt)
        out.append(Case(i, "F.poissonNllLoss", [t([0.0, 1.0, 2.0], dt), t([1.0, 2.0, 0.5], dt)], {"logInput": False, "eps": 1e-3}))


def gaussian_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            for full in (False, True):
                i = _id("gaussianNllLoss", f"{red}-full{int(full)}", dt)
                out.append(Case(i, "F.gaussianNllLoss", [rand(i, (3, 4), dt), rand(i + "t", (3, 4), dt), rand(i + "v", (3, 4), dt, 0.1, 2)], {"full": full, "reduction": red}))
        i = _id("gaussianNllLoss", "homoscedastic", dt)
        out.append(Case(i, "F.gaussianNllLoss", [rand(i, (3, 4), dt), rand(i + "t", (3, 4), dt), rand(i + "v", (3,), dt, 0.1, 2)]))
        i = _id("gaussianNllLoss", "homoscedastic-keepdim", dt)
        out.append(Case(i, "F.gaussianNllLoss", [rand(i, (3, 4), dt), rand(i + "t", (3, 4), dt), rand(i + "v", (3, 1), dt, 0.1, 2)], {"reduction": "none"}))
        i = _id("gaussianNllLoss", "clamped-var", dt)
        out.append(Case(i, "F.gaussianNllLoss", [rand(i, (4,), dt), rand(i + "t", (4,), dt), t([0.0, 1e-8, 0.5, 0.01], dt)], {"eps": 1e-3, "reduction": "none"}, note="var below eps is clamped in value, not in gradient"))


# ----------------------------------------------------------------------------------------------------------
# Margin and embedding losses


def margin_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            for k, opts in enumerate([{}, {"p": 2}, {"margin": 0.5, "weight": noleaf(t([0.5, 1.0, 2.0, 0.0], dt))}, {"p": 2, "margin": 2.0}]):
                i = _id("multiMarginLoss", f"{red}-{k}", dt)
                out.append(Case(i, "F.multiMarginLoss", [rand(i, (3, 4), dt), randint(i + "t", (3,), 0, 4)], {**opts, "reduction": red}))
            i = _id("multiMarginLoss", f"1d-{red}", dt)
            out.append(Case(i, "F.multiMarginLoss", [rand(i, (4,), dt), torch.tensor(2)], {"reduction": red}))
            i = _id("multilabelMarginLoss", red, dt)
            out.append(Case(i, "F.multilabelMarginLoss", [rand(i, (3, 4), dt), t([[3, 0, -1, 1], [1, 2, 3, 0], [-1, 1, 2, 3]], "int64")], {"reduction": red}))
            i = _id("multilabelMarginLoss", f"1d-{red}", dt)
            out.append(Case(i, "F.multilabelMarginLoss", [rand(i, (4,), dt), t([2, 1, -1, 0], "int64")], {"reduction": red}))
            i = _id("hingeEmbeddingLoss", red, dt)
            y = torch.where(rand(i + "y", (3, 4), dt) > 0, 1.0, -1.0).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.hingeEmbeddingLoss", [rand(i, (3, 4), dt, -1, 3), y], {"reduction": red}))
            i = _id("hingeEmbeddingLoss", f"margin-{red}", dt)
            out.append(Case(i, "F.hingeEmbeddingLoss", [t([0.0, 2.0, 0.5, 3.0], dt), t([-1.0, -1.0, 1.0, -1.0], dt)], {"margin": 2.0, "reduction": red}))
            i = _id("marginRankingLoss", red, dt)
            y = torch.where(rand(i + "y", (5,), dt) > 0, 1.0, -1.0).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.marginRankingLoss", [rand(i, (5,), dt), rand(i + "b", (5,), dt), y], {"reduction": red}))
            i = _id("marginRankingLoss", f"margin-{red}", dt)
            y = torch.where(rand(i + "y", (5,), dt) > 0, 1.0, -1.0).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.marginRankingLoss", [rand(i, (5,), dt), rand(i + "b", (5,), dt), y], {"margin": 0.5, "reduction": red}))
            for k, opts in enumerate([{}, {"margin": 0.5}]):
                i = _id("cosineEmbeddingLoss", f"{red}-{k}", dt)
                out.append(Case(i, "F.cosineEmbeddingLoss", [rand(i, (4, 3), dt), rand(i + "b", (4, 3), dt), t([1.0, -1.0, 1.0, -1.0], dt)], {**opts, "reduction": red}))
            for k, opts in enumerate([{}, {"p": 1}, {"swap": True}, {"margin": 0.5, "p": 3, "eps": 1e-3}]):
                i = _id("tripletMarginLoss", f"{red}-{k}", dt)
                out.append(Case(i, "F.tripletMarginLoss", [rand(i, (4, 3), dt), rand(i + "p", (4, 3), dt), rand(i + "n", (4, 3), dt)], {**opts, "reduction": red}))
            for k, opts in enumerate([{}, {"swap": True}, {"margin": 2.0}]):
                i = _id("tripletMarginWithDistanceLoss", f"{red}-{k}", dt)
                out.append(Case(i, "F.tripletMarginWithDistanceLoss", [rand(i, (4, 3), dt), rand(i + "p", (4, 3), dt), rand(i + "n", (4, 3), dt)], {**opts, "reduction": red}))
        i = _id("multiMarginLoss", "at-margin", dt)
        out.append(Case(i, "F.multiMarginLoss", [t([[1.0, 0.0, 0.5]], dt), t([0], "int64")], note="z = 0 exactly: no gradient"))
        i = _id("cosineEmbeddingLoss", "zero-vector", dt)
        out.append(Case(i, "F.cosineEmbeddingLoss", [t([[0.0, 0.0], [1.0, 2.0]], dt), t([[1.0, 1.0], [-2.0, 1.0]], dt), t([1.0, -1.0], dt)]))
        i = _id("cosineEmbeddingLoss", "1d", dt)
        out.append(Case(i, "F.cosineEmbeddingLoss", [rand(i, (3,), dt), rand(i + "b", (3,), dt), t(-1.0, dt)], {"margin": -0.5}))
        i = _id("marginRankingLoss", "2d", dt)
        out.append(Case(i, "F.marginRankingLoss", [rand(i, (2, 3), dt), rand(i + "b", (2, 3), dt), t([[1.0, -1.0, 1.0], [-1.0, 1.0, 1.0]], dt)]))
        i = _id("tripletMarginLoss", "1d", dt)
        out.append(Case(i, "F.tripletMarginLoss", [rand(i, (3,), dt), rand(i + "p", (3,), dt), rand(i + "n", (3,), dt)]))


def distance_cases(out):
    for dt in FLOATS:
        for k, opts in enumerate([{}, {"p": 1}, {"p": 3, "eps": 0.0}, {"keepdim": True}, {"p": INF}]):
            i = _id("pairwiseDistance", str(k), dt)
            out.append(Case(i, "F.pairwiseDistance", [rand(i, (3, 4), dt), rand(i + "b", (3, 4), dt)], opts))
        i = _id("pairwiseDistance", "broadcast", dt)
        out.append(Case(i, "F.pairwiseDistance", [rand(i, (3, 4), dt), rand(i + "b", (4,), dt)]))
        i = _id("pairwiseDistance", "equal", dt)
        out.append(Case(i, "F.pairwiseDistance", [t([[1.0, 2.0]], dt), t([[1.0, 2.0]], dt)], {"eps": 0.0}, note="gradient of the norm at 0 is 0"))
        for k, opts in enumerate([{}, {"dim": 0}, {"dim": -1, "eps": 1e-3}]):
            i = _id("cosineSimilarity", str(k), dt)
            out.append(Case(i, "F.cosineSimilarity", [rand(i, (3, 4), dt), rand(i + "b", (3, 4), dt)], opts))
        i = _id("cosineSimilarity", "broadcast", dt)
        out.append(Case(i, "F.cosineSimilarity", [rand(i, (2, 3, 4), dt), rand(i + "b", (3, 1), dt)]))
        i = _id("cosineSimilarity", "tiny", dt)
        out.append(Case(i, "F.cosineSimilarity", [t([[1e-5, 2e-5, 0.0], [3.0, 4.0, 0.0]], dt), t([[1e-6, 1.0, 0.0], [1.0, 1.0, 1.0]], dt)], {"eps": 1e-4}))


# ----------------------------------------------------------------------------------------------------------
# CTC


def ctc_cases(out):
    for dt in FLOATS:
        for red in REDUCTIONS:
            i = _id("ctcLoss", f"padded-{red}", dt)
            lp = torch.log_softmax(rand(i, (6, 3, 4), "float64", -2, 2), 2).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.ctcLoss", [lp, t([[1, 2, 2], [3, 1, 0], [2, 0, 0]], "int64"), t([6, 5, 4], "int64"), t([3, 2, 1], "int64")], {"reduction": red}))
            i = _id("ctcLoss", f"concat-blank-{red}", dt)
            lp = torch.log_softmax(rand(i, (5, 2, 4), "float64", -2, 2), 2).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.ctcLoss", [lp, t([0, 1, 1, 2, 0], "int64"), t([5, 4], "int64"), t([3, 2], "int64")], {"blank": 3, "reduction": red}))
        i = _id("ctcLoss", "impossible", dt)
        lp = torch.log_softmax(rand(i, (2, 2, 3), "float64", -2, 2), 2).to(parity_lib.DTYPES[dt])
        out.append(Case(i, "F.ctcLoss", [lp, t([[1, 1, 1], [1, 2, 0]], "int64"), t([2, 2], "int64"), t([3, 2], "int64")], {"reduction": "none", "zeroInfinity": True}))
        i = _id("ctcLoss", "impossible-inf", dt)
        out.append(Case(i, "F.ctcLoss", [noleaf(lp), t([[1, 1, 1], [1, 2, 0]], "int64"), t([2, 2], "int64"), t([3, 2], "int64")], {"reduction": "none"}))
        for red in ("mean", "none"):
            # Unbatched: input (T, C), targets (S,), 0-d lengths.
            i = _id("ctcLoss", f"unbatched-{red}", dt)
            lp = torch.log_softmax(rand(i, (6, 4), "float64", -2, 2), 1).to(parity_lib.DTYPES[dt])
            out.append(Case(i, "F.ctcLoss", [lp, t([1, 2, 2], "int64"), t(6, "int64"), t(3, "int64")], {"reduction": red}))
        i = _id("ctcLoss", "empty-target", dt)
        lp = torch.log_softmax(rand(i, (3, 1, 3), "float64", -2, 2), 2).to(parity_lib.DTYPES[dt])
        out.append(Case(i, "F.ctcLoss", [lp, t([[1]], "int64"), t([3], "int64"), t([0], "int64")]))


# ----------------------------------------------------------------------------------------------------------
# tg.info


def info_cases(out):
    # The note's kind of example: two distributions over four outcomes, in bits.
    P = [0.8, 0.1, 0.05, 0.05]
    Q = [0.25, 0.25, 0.25, 0.25]
    for dt in FLOATS:
        for base, bname in ((2, "bits"), (math.e, "nats"), (10, "dits")):
            kw = {"base": base} if base != math.e else {}
            out.append(Case(_id("info.entropy", f"note-{bname}", dt), "info.entropy", [t(P, dt)], kw))
            out.append(Case(_id("info.entropy", f"note-q-{bname}", dt), "info.entropy", [t(Q, dt)], kw))
            out.append(Case(_id("info.crossEntropy", f"note-{bname}", dt), "info.crossEntropy", [t(P, dt), t(Q, dt)], kw))
            out.append(Case(_id("info.klDivergence", f"note-pq-{bname}", dt), "info.klDivergence", [t(P, dt), t(Q, dt)], kw))
            out.append(Case(_id("info.klDivergence", f"note-qp-{bname}", dt), "info.klDivergence", [t(Q, dt), t(P, dt)], kw))
        i = _id("info.entropy", "dim0", dt)
        out.append(Case(i, "info.entropy", [probs(i, (3, 2), dt, 0)], {"dim": 0, "base": 2}))
        i = _id("info.crossEntropy", "batch", dt)
        out.append(Case(i, "info.crossEntropy", [probs(i, (2, 3), dt), probs(i + "q", (2, 3), dt)]))
        i = _id("info.klDivergence", "batch", dt)
        out.append(Case(i, "info.klDivergence", [probs(i, (2, 3), dt), probs(i + "q", (2, 3), dt)], {"base": 2}))
        # 0·log 0 = 0 in the values; p = 0 terms of H(P, Q) vanish even where q = 0.
        i = _id("info.entropy", "zeros", dt)
        out.append(Case(i, "info.entropy", [noleaf(t([0.0, 0.5, 0.5, 0.0], dt))], {"base": 2}))
        i = _id("info.crossEntropy", "zeros", dt)
        out.append(Case(i, "info.crossEntropy", [noleaf(t([0.0, 0.5, 0.5], dt)), t([0.2, 0.3, 0.5], dt)], {"base": 2}))
        i = _id("info.klDivergence", "zeros", dt)
        out.append(Case(i, "info.klDivergence", [noleaf(t([0.0, 0.5, 0.5], dt)), t([0.2, 0.3, 0.5], dt)], {"base": 2}))


# ----------------------------------------------------------------------------------------------------------
# Bad input


def error_cases(out):
    x = rand("err", (3, 4), "float32")
    tgt = t([1, 2, 0], "int64")
    E = ErrorCase
    out += [
        E("crossEntropy/error/target-out-of-bounds", "F.crossEntropy", [x, t([1, 5, 0], "int64")], {}, ["Target 5 is out of bounds"]),
        E("crossEntropy/error/negative-target", "F.crossEntropy", [x, t([1, -3, 0], "int64")], {}, ["Target -3 is out of bounds"]),
        E("nllLoss/error/target-out-of-bounds", "F.nllLoss", [x, t([1, 5, 0], "int64")], {}, ["Target 5 is out of bounds"]),
        E("crossEntropy/error/float-target", "F.crossEntropy", [x, noleaf(t([1.0, 2.0, 0.0]))], {}, ["expected scalar type Long but found Float"], "TypeError"),
        E("nllLoss/error/float-target", "F.nllLoss", [x, noleaf(t([1.0, 2.0, 0.0]))], {}, ["expected scalar type Long but found Float"], "TypeError"),
        E("crossEntropy/error/batch-mismatch", "F.crossEntropy", [x, t([1, 2], "int64")], {}, ["Expected input batch_size (3) to match target batch_size (2)"]),
        E("nllLoss/error/spatial-mismatch", "F.nllLoss", [rand("err2", (2, 3, 4)), t([[1, 2, 0], [0, 0, 0]], "int64")], {}, ["Expected target size [2, 4], got [2, 3]"]),
        E("crossEntropy/error/weight-length", "F.crossEntropy", [x, tgt], {"weight": noleaf(torch.ones(3))}, ["weight tensor should be defined either for all 4 classes", "[3]"]),
        E("nllLoss/error/weight-length", "F.nllLoss", [x, tgt], {"weight": noleaf(torch.ones(5))}, ["for all 4 classes", "[5]"]),
        E("crossEntropy/error/probability-ignore-index", "F.crossEntropy", [x, rand("p", (3, 4), "float32", 0, 1)], {"ignoreIndex": 1}, ["ignore_index is not supported for floating point target"]),
        E("crossEntropy/error/label-smoothing", "F.crossEntropy", [x, tgt], {"labelSmoothing": 1.5}, ["label_smoothing must be between 0.0 and 1.0", "1.5"]),
        E("nllLoss/error/zero-dim", "F.nllLoss", [t(1.0), t(0, "int64")], {}, ["Expected 1 or more dimensions (got 0)"]),
        E("mseLoss/error/reduction", "F.mseLoss", [x, x], {"reduction": "foo"}, ["foo is not a valid value for reduction"]),
        E("crossEntropy/error/reduction", "F.crossEntropy", [x, tgt], {"reduction": "avg"}, ["avg is not a valid value for reduction"]),
        E("klDiv/error/reduction", "F.klDiv", [x, x], {"reduction": "foo"}, ["foo is not a valid value for reduction"]),
        E("mseLoss/error/shape", "F.mseLoss", [x, rand("e", (3, 2))], {}, ["The size of tensor a (4) must match the size of tensor b (2) at non-singleton dimension 1"]),
        E("l1Loss/error/shape", "F.l1Loss", [x, rand("e", (2,))], {}, ["must match the size of tensor b (2)"]),
        E("binaryCrossEntropy/error/range", "F.binaryCrossEntropy", [t([0.5, 1.5]), t([0.0, 1.0])], {}, ["all elements of input should be between 0 and 1"]),
        E("binaryCrossEntropy/error/negative", "F.binaryCrossEntropy", [t([-0.1, 0.5]), t([0.0, 1.0])], {}, ["all elements of input should be between 0 and 1"]),
        E("binaryCrossEntropy/error/shape", "F.binaryCrossEntropy", [t([0.5, 0.5]), t([0.0, 1.0, 1.0])], {}, ["Using a target size (torch.Size([3])) that is different to the input size (torch.Size([2]))"]),
        E("binaryCrossEntropyWithLogits/error/shape", "F.binaryCrossEntropyWithLogits", [t([0.5, 0.5]), t([0.0, 1.0, 1.0])], {}, ["Target size (torch.Size([3])) must be the same as input size (torch.Size([2]))"]),
        E("gaussianNllLoss/error/negative-var", "F.gaussianNllLoss", [x, x, -torch.ones(3, 4)], {}, ["var has negative entry/entries"]),
        E("gaussianNllLoss/error/var-size", "F.gaussianNllLoss", [x, x, torch.ones(3, 3)], {}, ["var is of incorrect size"]),
        E("multiMarginLoss/error/target", "F.multiMarginLoss", [x, t([1, 5, 0], "int64")], {}, ["target out of range"]),
        E("multiMarginLoss/error/p", "F.multiMarginLoss", [x, tgt], {"p": 3}, ["only p == 1 and p == 2 supported"]),
        E("multilabelMarginLoss/error/shape", "F.multilabelMarginLoss", [x, t([[1, 2, -1]] * 3, "int64")], {}, ["inconsistent size [3, 3] for argument #2 'target'"]),
        E("multilabelMarginLoss/error/target", "F.multilabelMarginLoss", [x, t([[1, 7, -1, 0]] * 3, "int64")], {}, ["argument #2 'target' is out of range"]),
        E("huberLoss/error/delta", "F.huberLoss", [x, x], {"delta": 0.0}, ["huber_loss does not support non-positive values for delta"]),
        E("smoothL1Loss/error/beta", "F.smoothL1Loss", [x, x], {"beta": -1.0}, ["smooth_l1_loss does not support negative values for beta"]),
        E("marginRankingLoss/error/dims", "F.marginRankingLoss", [x, x, torch.ones(3)], {}, ["All input tensors should have same dimension"]),
        E("cosineEmbeddingLoss/error/target-dims", "F.cosineEmbeddingLoss", [x, x, torch.ones(3, 4)], {}, ["0D or 1D target tensor expected, multi-target not supported"]),
        E("tripletMarginLoss/error/dims", "F.tripletMarginLoss", [x, x, torch.ones(4)], {}, ["All inputs should have same dimension but got 2D, 2D and 1D inputs"]),
        E("ctcLoss/error/input-length", "F.ctcLoss", [torch.randn(5, 2, 4).log_softmax(2), t([[1, 2], [1, 1]], "int64"), t([5, 6], "int64"), t([2, 2], "int64")], {}, ["Expected input_lengths to have value at most 5, but got value 6"]),
    ]


def cases():
    out: list = []
    for build in (
        regression_cases, soft_margin_cases, multilabel_soft_margin_cases, class_cases, bce_cases, kl_cases,
        poisson_cases, gaussian_cases, margin_cases, distance_cases, ctc_cases, info_cases, error_cases,
    ):
        build(out)
    return out
