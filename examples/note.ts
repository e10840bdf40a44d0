// The study note's examples, in tensorgrad. Run: npx tsx examples/note.ts
import * as tg from '../src/index.js';
import { F, nn } from '../src/index.js';

// Sigmoid σ(x) = 1/(1+e^-x) and ReLU on torch.linspace(-100, 100, 10).
// σ(-100) is exactly 0 in float32 and σ(100) exactly 1 (the note has them the other way round).
const x = tg.linspace(-100, 100, 10, { requiresGrad: true });
console.log(String(F.sigmoid(x)));
console.log(String(F.relu(x)));

// σ' = σ(1 - σ), from autograd: it vanishes for large |x|.
const [dsigma] = tg.grad(F.sigmoid(x).sum(), [x]);
console.log(String(dsigma));

// ReLU's gradient at exactly 0 is 0 in PyTorch (the note's formula says 1).
const z = tg.tensor([-1, 0, 2], { requiresGrad: true });
F.relu(z).sum().backward();
console.log(String(z.grad));

// Squared error Σ(y - f(x))² and the L2 norm √Σ(y - f(x))², which must be squared to serve as a loss.
const y = tg.tensor([1, 2, 3]);
const f = tg.tensor([1.5, 1.5, 2], { requiresGrad: true });
console.log(String(F.mseLoss(f, y, { reduction: 'sum' })));
console.log(String(tg.linalg.vectorNorm(tg.sub(y, f))));

// Entropy H(P) = -Σ P log₂ P, KL divergence (not symmetric) and cross entropy H(P,Q) = H(P) + D_KL(P‖Q), in bits.
const P = tg.tensor([0.8, 0.1, 0.05, 0.05]);
const Q = tg.tensor([0.25, 0.25, 0.25, 0.25]);
console.log(String(tg.info.entropy(P, { base: 2 })));
console.log(String(tg.info.klDivergence(P, Q, { base: 2 })));
console.log(String(tg.info.klDivergence(Q, P, { base: 2 })));
console.log(String(tg.info.crossEntropy(P, Q, { base: 2 })));

// CrossEntropyLoss = softmax + log + NLLLoss: both routes give tensor(0.2684).
const logits = tg.tensor([
  [2, 3, 1],
  [3, 7, 9],
]);
const labels = tg.tensor([1, 2], { dtype: 'int64' });
console.log(String(new nn.CrossEntropyLoss().forward(logits, labels)));
console.log(String(F.nllLoss(tg.log(F.softmax(logits, 1)), labels)));
