"""What PyTorch 1.13 prints for examples/note.ts, line by line. Run: /usr/bin/python3 test/parity/gen_note.py"""
import json
import pathlib

import torch
import torch.nn.functional as F

lines = []
x = torch.linspace(-100, 100, 10, requires_grad=True)
lines.append(str(F.sigmoid(x)))
lines.append(str(F.relu(x)))
(dsigma,) = torch.autograd.grad(F.sigmoid(x).sum(), [x])
lines.append(str(dsigma))
z = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
F.relu(z).sum().backward()
lines.append(str(z.grad))
y = torch.tensor([1.0, 2.0, 3.0])
f = torch.tensor([1.5, 1.5, 2.0], requires_grad=True)
lines.append(str(F.mse_loss(f, y, reduction="sum")))
lines.append(str(torch.linalg.vector_norm(y - f)))
P = torch.tensor([0.8, 0.1, 0.05, 0.05])
Q = torch.tensor([0.25, 0.25, 0.25, 0.25])
entropy = lambda p: -(p * torch.log2(p)).sum()
kl = lambda p, q: (p * (torch.log2(p) - torch.log2(q))).sum()
lines.append(str(entropy(P)))
lines.append(str(kl(P, Q)))
lines.append(str(kl(Q, P)))
lines.append(str(-(P * torch.log2(Q)).sum()))
logits = torch.tensor([[2.0, 3.0, 1.0], [3.0, 7.0, 9.0]])
labels = torch.tensor([1, 2])
lines.append(str(torch.nn.CrossEntropyLoss()(logits, labels)))
lines.append(str(F.nll_loss(torch.log(F.softmax(logits, 1)), labels)))
out = pathlib.Path(__file__).parent / "data" / "note.json"
out.write_text(json.dumps({"torch": torch.__version__, "lines": lines}, indent=1) + "\n")
print(f"wrote {out}")
