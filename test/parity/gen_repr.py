"""Golden cases for tensor printing: PyTorch's repr of many tensors.

Run with the system Python that has torch 1.13:

    /usr/bin/python3 test/parity/gen_repr.py

Writes test/parity/data/repr.json, a list of
    {"name", "dtype", "shape", "values", "suffixes", "repr"}
where `values` are the elements in row-major order (float32 values written as the Python float of the
exact float32 value, so they round-trip), non-finite numbers and negative zero are the strings
"nan", "inf", "-inf", "-0", and `suffixes` are only the autograd suffixes (`requires_grad=True` or
`grad_fn=<Name>`) that the caller passes; dtype and size suffixes are formatTensor's own job.
"""

import json
import math
import os

import torch

DTYPE_NAMES = {
    torch.float32: "float32",
    torch.float64: "float64",
    torch.int64: "int64",
    torch.bool: "bool",
}

cases = []
names = set()


def encode(v):
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, int):
        return v
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == 0 and math.copysign(1.0, v) < 0:
        return "-0"
    return v


def autograd_suffixes(t):
    # The same rule as torch/_tensor_str.py: grad_fn wins over requires_grad.
    if t.grad_fn is not None:
        name = type(t.grad_fn).__name__
        if name == "CppFunction":
            name = t.grad_fn.name().rsplit("::", 1)[-1]
        return ["grad_fn=<{}>".format(name)]
    if t.requires_grad:
        return ["requires_grad=True"]
    return []


def add(name, t):
    assert name not in names, name
    names.add(name)
    values = t.detach().reshape(-1).tolist()
    cases.append(
        {
            "name": name,
            "dtype": DTYPE_NAMES[t.dtype],
            "shape": list(t.shape),
            "values": [encode(v) for v in values],
            "suffixes": autograd_suffixes(t),
            "repr": repr(t),
        }
    )


torch.manual_seed(0)
f32, f64, i64 = torch.float32, torch.float64, torch.int64
nan, inf = float("nan"), float("inf")

# --- scalars -----------------------------------------------------------------------------------------
scalars = [
    0.0, -0.0, 1.0, -1.0, 0.2684, 1e-10, 1e10, nan, inf, -inf, 12345678.0, 123456789.0, 0.1, -0.1, 0.5,
    2.5, 0.03125, 0.140625, 1e-4, 9.99995e-5, 1e8, 1.5e8, 3.4028234663852886e38, 1e-45, 1.1754943508222875e-38,
    99999.99, 12345.6789, -3.14159265, 1e-5, 7.0, -7.0, 100.0, 1000.0, 1e-3, 0.99999, 9.99995, 123456.789,
]
for v in scalars:
    add("float32 scalar {!r}".format(v), torch.tensor(v, dtype=f32))
for v in [0.0, -0.0, 1.0, 0.2684, 1e-10, 1e10, nan, -inf, 0.1, 1e-300, 1e300, 5e-324, 2.5, 0.03125, 12345678.0]:
    add("float64 scalar {!r}".format(v), torch.tensor(v, dtype=f64))
for v in [0, 1, -1, 7, -123456789, 9007199254740991, -9007199254740991]:
    add("int64 scalar {}".format(v), torch.tensor(v, dtype=i64))
add("bool scalar True", torch.tensor(True))
add("bool scalar False", torch.tensor(False))

# --- small hand-picked vectors -------------------------------------------------------------------------
vectors = {
    "integer-valued floats": [0.0, 1.0, 2.0, 3.0],
    "negative integer-valued floats": [-3.0, 10.0, -200.0],
    "integer-valued floats with ratio over 1000": [1.0, 2000.0],
    "integer-valued floats with ratio exactly 1000": [1.0, 1000.0],
    "integer-valued floats above 1e8": [123456789.0, 1.0],
    "integer-valued floats at 1e8": [100000000.0, 50000000.0],
    "integer-valued floats with nan and inf": [nan, 1.0, inf, -inf, 2.0],
    "nan beside integer-valued floats": [nan, 1.0, 2.0],
    "nan beside fractions": [nan, 1.5, -2.25],
    "inf beside a small number": [inf, 1e-5],
    "only non-finite values": [nan, inf, -inf],
    "all nan": [nan, nan],
    "all zero": [0.0, 0.0, 0.0],
    "negative zero beside zero": [-0.0, 0.0],
    "negative zero beside an integer": [-0.0, 1.0],
    "negative zero beside a fraction": [-0.0, 0.5],
    "negative zero in sci mode": [-0.0, 1e-7, 3.0],
    "zero in sci mode": [0.0, 1e10],
    "mixed magnitudes over ratio 1000": [0.001, 1.5],
    "mixed magnitudes under ratio 1000": [0.0015, 1.5],
    "max above 1e8": [1.5e8, 2.5e8],
    "min below 1e-4": [5e-5, 0.5],
    "min at 1e-4": [1e-4, 0.05],
    "ties at the fourth decimal": [0.03125, 0.09375, 0.15625, 0.21875, 1.03125],
    "ties at the fourth significant digit in sci mode": [0.109375, 0.140625, 1e-6, 1.40625e5],
    "negative ties": [-0.03125, -0.09375, -2.5e-5],
    "values rounding up to the next decade": [9.99995, 0.99999, 99.99999],
    "values rounding up to the next decade in sci mode": [9.99996e-6, 9.99999e10, 1.0],
    "float32 extremes": [3.4028234663852886e38, 1e-45, -1.1754943508222875e-38],
    "tiny fractions": [1.2e-30, -3.3e-20],
    "huge values": [1e30, -2e35],
    "one fraction": [0.2684],
    "numbers near 1": [0.9999, 1.0001, 1.00005, 0.99995],
    "wide range of fractions": [123.456, 0.5, -78.9],
    "large non-integers": [12345.678, 99999.99, -50000.5],
}
for name, vals in vectors.items():
    add("float32 " + name, torch.tensor(vals, dtype=f32))
    add("float64 " + name, torch.tensor(vals, dtype=f64))

# --- the seed's examples ----------------------------------------------------------------------------------
lin = torch.linspace(-100, 100, 10)
add("linspace(-100, 100, 10)", lin)
add("linspace(-100, 100, 10).exp()", lin.exp())
add("sigmoid of linspace(-100, 100, 10)", torch.sigmoid(lin))
add("relu of linspace(-100, 100, 10)", torch.relu(lin))
add("tanh of linspace(-100, 100, 10)", torch.tanh(lin))
add("softmax of linspace(-100, 100, 10)", torch.softmax(lin, 0))
add("log_softmax of linspace(-100, 100, 10)", torch.log_softmax(lin, 0))
add("linspace(-1, 1, 7)", torch.linspace(-1, 1, 7))
add("linspace(0, 1, 11)", torch.linspace(0, 1, 11))
add("linspace(-5, 5, 30)", torch.linspace(-5, 5, 30))
add("linspace(-100, 100, 10) float64", torch.linspace(-100, 100, 10, dtype=f64))
add("linspace(-100, 100, 10).exp() float64", torch.linspace(-100, 100, 10, dtype=f64).exp())
add("log of linspace(0, 1, 5)", torch.log(torch.linspace(0, 1, 5)))
add("cross-entropy example", torch.nn.functional.cross_entropy(
    torch.tensor([[2.0, 3.0, 1.0], [3.0, 7.0, 9.0]]), torch.tensor([1, 2])))
add("arange(10) float", torch.arange(10, dtype=f32))
add("arange(-5, 5) float reshaped 2x5", torch.arange(-5, 5, dtype=f32).reshape(2, 5))

# --- random normal values at many scales, in several shapes --------------------------------------------
scales = [1e-30, 1e-8, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e20]
shapes = [(1,), (5,), (3, 4), (2, 3, 4), (2, 2, 2, 3)]
for scale in scales:
    for shape in shapes:
        for dtype in (f32, f64):
            t = (torch.randn(*shape, dtype=f64) * scale).to(dtype)
            add("randn{} * {:g} {}".format(list(shape), scale, DTYPE_NAMES[dtype]), t)

# rounded random values: integer-valued tensors at several scales
for scale in [1.0, 10.0, 1000.0, 1e5, 1e7, 1e9]:
    for shape in [(6,), (3, 3), (2, 2, 3)]:
        t = torch.round(torch.randn(*shape) * scale)
        add("rounded randn{} * {:g}".format(list(shape), scale), t)
        add("rounded randn{} * {:g} float64".format(list(shape), scale), t.double())

# multiples of 1/64 hit exact decimal ties
for shape in [(12,), (4, 5)]:
    t = torch.randint(-400, 400, shape).float() / 64
    add("multiples of 1/64 {}".format(list(shape)), t)
    add("multiples of 1/64 {} float64".format(list(shape)), t.double())
    t = torch.randint(-400, 400, shape).float() / 2**20
    add("multiples of 2^-20 {}".format(list(shape)), t)

# random bit patterns: every exponent range, in sci mode mostly; dyadic values with short expansions
# land on exact decimal ties in fixed mode
gen = torch.Generator().manual_seed(1)
for k in range(20):
    bits = torch.randint(0, 2**31 - 1, (8,), generator=gen, dtype=torch.int64)
    bits[bits % 2 == 0] |= -(2**31)  # set the sign bit of about half
    t = bits.to(torch.int32).view(f32)
    t[~torch.isfinite(t)] = 1.0
    add("random float32 bit patterns #{}".format(k), t)
    bits = torch.randint(-(2**62), 2**62, (8,), generator=gen, dtype=torch.int64) * 2
    t = bits.view(f64)
    t[~torch.isfinite(t)] = 1.0
    add("random float64 bit patterns #{}".format(k), t)
for k in range(5, 17):
    t = torch.randint(-(2**k) * 20, 2**k * 20, (10,), generator=gen).to(f64) / 2**k
    add("multiples of 2^-{} float64".format(k), t)
    add("multiples of 2^-{} float32".format(k), t.float())
    add("multiples of 2^-{} times 1e-3".format(k), (t * 1e-3).float())

# --- line wrapping ------------------------------------------------------------------------------------
for n in [8, 9, 10, 11, 12, 13, 14, 20, 30, 50, 100]:
    add("randn({}) wraps lines".format(n), torch.randn(n))
for n in [30, 100]:
    add("randn({}) * 1e-6 wraps lines".format(n), torch.randn(n) * 1e-6)
    add("randn({}) float64 wraps lines".format(n), torch.randn(n, dtype=f64))
    add("arange({}) float wraps lines".format(n), torch.arange(n, dtype=f32))
add("randn(3, 30) wraps rows", torch.randn(3, 30))
add("randn(2, 2, 25) wraps rows", torch.randn(2, 2, 25))
add("randn(2, 3, 4, 20) wraps rows", torch.randn(2, 3, 4, 20))
add("ones(2, 2, 2, 2, 2, 2, 2, 2)", torch.ones(2, 2, 2, 2, 2, 2, 2, 2))
add("randn of 12 singleton dims", torch.randn(*([1] * 12)))
add("deep tensor with long rows", torch.randn(*([1] * 60), 30))
add("deeper than the line width", torch.arange(4, dtype=f32).reshape(*([1] * 80), 4))

# --- summarization past 1000 elements -----------------------------------------------------------------------
add("randn(1001) summarizes", torch.randn(1001))
add("randn(5000) summarizes", torch.randn(5000))
add("arange(1001) float summarizes", torch.arange(1001, dtype=f32))
add("randn(1000) does not summarize", torch.randn(1000))
add("randn(50, 50) summarizes", torch.randn(50, 50))
add("randn(20, 20, 20) summarizes", torch.randn(20, 20, 20))
add("randn(7, 7, 7, 7) summarizes", torch.randn(7, 7, 7, 7))
add("randn(2000, 1) summarizes", torch.randn(2000, 1))
add("randn(1, 1001) summarizes", torch.randn(1, 1001))
add("randn(6, 200) summarizes only the rows", torch.randn(6, 200))
add("randn(200, 6) summarizes only the columns", torch.randn(200, 6))
add("randn(3, 3, 300) summarizes", torch.randn(3, 3, 300))
add("randn(5000) * 1e-6 summarizes", torch.randn(5000) * 1e-6)
add("randn(50, 50) float64 summarizes", torch.randn(50, 50, dtype=f64))
t = torch.randn(1001)
t[500] = 1e-9  # hidden by summarization: must not switch to sci mode
t[501] = 12345.0
add("values hidden by summarization do not affect the format", t)
t = torch.arange(2000, dtype=f32)
t[1000] = 0.5
add("integer mode decided from the shown values", t)
add("linspace(-100, 100, 1001).exp() summarizes", torch.linspace(-100, 100, 1001).exp())

# --- int64 --------------------------------------------------------------------------------------------------
add("int64 arange(10)", torch.arange(10))
add("int64 negatives", torch.tensor([-1, -20, 300, 4]))
add("int64 large", torch.tensor([9007199254740991, -9007199254740991, 0]))
add("int64 large wraps lines", torch.randint(-(10**12), 10**12, (40,)))
add("int64 arange(100) wraps lines", torch.arange(100))
add("int64 randint(3, 4)", torch.randint(-50, 50, (3, 4)))
add("int64 randint(2, 3, 4)", torch.randint(-5000, 5000, (2, 3, 4)))
add("int64 arange(2000) summarizes", torch.arange(2000))
add("int64 arange(2500) as 50x50 summarizes", torch.arange(2500).reshape(50, 50))
add("int64 randint 20x20x20 summarizes", torch.randint(-(10**6), 10**6, (20, 20, 20)))
add("int64 zeros", torch.zeros(5, dtype=i64))
add("int64 argmax result", torch.randn(4, 5).argmax(1))

# --- bool -----------------------------------------------------------------------------------------------
add("bool vector", torch.tensor([True, False, True]))
add("bool all True", torch.tensor([True, True]))
add("bool comparison 3x4", torch.randn(3, 4) > 0)
add("bool comparison 2x3x4", torch.randn(2, 3, 4) > 0)
add("bool 100 wraps lines", torch.randn(100) > 0)
add("bool 2000 summarizes", torch.randn(2000) > 0)
add("bool 40x40 summarizes", torch.randn(40, 40) > 0)

# --- empty tensors ----------------------------------------------------------------------------------------
for shape in [(0,), (0, 3), (3, 0), (2, 0, 4), (0, 0), (1, 0, 1, 0)]:
    for dtype in (f32, f64, i64, torch.bool):
        add("empty {} {}".format(list(shape), DTYPE_NAMES[dtype]), torch.empty(shape, dtype=dtype))
add("empty [0] requires grad", torch.empty(0, requires_grad=True))
add("empty [0, 3] float64 requires grad", torch.empty(0, 3, dtype=f64, requires_grad=True))
add("empty [2, 0] times two", torch.empty(2, 0, requires_grad=True) * 2)

# --- autograd suffixes ----------------------------------------------------------------------------------
x = torch.tensor([1.0, 2.0], requires_grad=True)
add("leaf that requires grad", x)
add("x * 2 has grad_fn", x * 2)
add("sum has grad_fn", (x * 2).sum())
add("mean has grad_fn", x.mean())
add("sigmoid has grad_fn", torch.sigmoid(x))
add("scalar leaf requires grad", torch.tensor(0.5, requires_grad=True))
xd = torch.tensor([1.0, 2.5, -3.0], dtype=f64, requires_grad=True)
add("float64 leaf requires grad", xd)
add("float64 x * 2 has grad_fn", xd * 2)
add("float64 exp has grad_fn", xd.exp())
add("float64 sci mode with grad_fn", xd.exp() * 1e10)
add("float64 scalar with grad_fn", (xd * xd).sum())
add("2-D leaf requires grad", torch.randn(3, 4, requires_grad=True))
add("2-D matmul has grad_fn", torch.randn(3, 4, requires_grad=True) @ torch.randn(4, 2))
add("3-D with grad_fn", torch.randn(2, 3, 4, requires_grad=True).relu())
add("summarized with grad_fn", torch.randn(50, 50, requires_grad=True) + 1)
add("summarized float64 with grad_fn", torch.randn(50, 50, dtype=f64, requires_grad=True) - 1)
# lengths chosen around where the suffix moves to a new line
for n in range(4, 24):
    add("randn({}) leaf requires grad".format(n), torch.randn(n, requires_grad=True))
    add("randn({}) float64 with grad_fn".format(n), torch.randn(n, dtype=f64, requires_grad=True) * 3)
for n in range(4, 16):
    add("randn({}) float64 wraps the dtype".format(n), torch.randn(n, dtype=f64))
    add("arange({}) float64 integers".format(n), torch.arange(n, dtype=f64) * 7)
add("cross-entropy with grad_fn", torch.nn.functional.cross_entropy(
    torch.tensor([[2.0, 3.0, 1.0], [3.0, 7.0, 9.0]], requires_grad=True), torch.tensor([1, 2])))
add("log_softmax with grad_fn", torch.log_softmax(torch.randn(2, 5, requires_grad=True), 1))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "repr.json")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    json.dump(cases, f, indent=None, separators=(",", ":"), allow_nan=False)
    f.write("\n")
print("wrote {} cases to {}".format(len(cases), out))
