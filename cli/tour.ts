/**
 * `tensorgrad tour` (= `npm start`): the study note's sections, every number computed live by the library and
 * printed the way PyTorch prints it; formulas come from the activation/loss specs.
 */
import * as tg from '../src/index.js';
import type { LossSpec } from '../src/index.js';
import { terminalChart } from './charts.js';
import { DEFAULTS, type ExperimentOptions } from './experiment.js';
import { latexToText } from './latex.js';
import { getActivation } from './registry.js';
import { secondsSinceNpmScriptStarted } from './elapsed.js';
import { ascii, heading, style, type Term } from './term.js';
import { runTraining } from './train.js';

export interface TourOptions {
  experiment: ExperimentOptions;
  out: string;
  /** Skip the training section (for quick looks and tests). */
  skipExperiment: boolean;
}

/** A loss spec from the registry (its formulas head the tour's loss sections). */
function lossSpec(name: string): LossSpec<never[]> {
  const spec = tg.F.LOSSES.find((s) => s.name === name);
  if (!spec) throw new Error(`no loss spec '${name}' in tg.F.LOSSES`);
  return spec;
}

export async function runTour(term: Term, options: TourOptions): Promise<void> {
  const start = performance.now();
  const o = (line = '') => term.out(ascii(term, line));
  /** A REPL-style line: the call, then its value exactly as printed (multi-line reprs are not indented). */
  const show = (code: string, value?: tg.Tensor) => {
    term.out(style(term, 'dim', '> ') + style(term, 'yellow', ascii(term, code)));
    if (value !== undefined) term.out(String(value));
  };
  const formula = (latex: string) => o('    ' + style(term, 'bold', latexToText(latex)));

  o(style(term, 'bold', 'tensorgrad tour') + ' — the study note on activations, losses and gradients, computed live.');
  o('Every value below is computed now by tensorgrad and printed exactly as PyTorch 1.13 prints it.');

  // ---------------------------------------------------------------------------------------------- 1. Sigmoid
  const sigmoid = getActivation('sigmoid');
  term.out(heading(term, 1, 'Sigmoid'));
  o(sigmoid.description);
  formula(sigmoid.formula);
  formula(sigmoid.derivative);
  show('F.sigmoid(tg.linspace(-100, 100, 10))', sigmoid.fn(tg.linspace(-100, 100, 10)));
  show('F.sigmoid(tg.tensor([-100, 100]))', sigmoid.fn(tg.tensor([-100, 100])));
  o(
    style(term, 'magenta', 'Correction to the note:') +
      ' sigmoid(100) ≈ 1 and sigmoid(−100) ≈ 0 (in float32 they round to exactly 1 and 0), not the other way round.',
  );
  {
    const x = tg.linspace(-10, 10, 201, { requiresGrad: true });
    const y = sigmoid.fn(x);
    y.sum().backward();
    const closed = tg.noGrad(() => y.mul(y.neg().add(1)));
    const err = x.grad!.sub(closed).abs().max().item();
    o(
      `σ′ from autograd vs σ(1 − σ) on 201 points in [−10, 10]: max |difference| = ${err.toExponential(2)}` +
        (err < 1e-7 ? ' ✓' : ' ✗'),
    );
    o('σ (blue) and σ′ (magenta) on [−10, 10]:');
    const step = 4; // 51 columns
    const pick = (t: tg.Tensor) => (t.toArray() as number[]).filter((_, i) => i % step === 0);
    term.out(terminalChart(term, [pick(y.detach()), pick(x.grad!)], 8));
    // Where the gradient dies: first |x| on a fine float64 grid where σ′ falls below each threshold.
    const xs = tg.linspace(0, 40, 40001, { dtype: 'float64', requiresGrad: true });
    sigmoid.fn(xs).sum().backward();
    const g = xs.grad!.toArray() as number[];
    const grid = xs.detach().toArray() as number[];
    const below = (t: number) => grid[g.findIndex((v) => v < t)]!;
    o(
      `Saturation: σ′(x) < 1e−4 for |x| > ${below(1e-4).toFixed(2)}, < 1e−8 for |x| > ${below(1e-8).toFixed(2)}` +
        ` (float64 autograd). A gradient through n saturated units is multiplied by ≤ 0.25ⁿ: this is the vanishing gradient.`,
    );
    const x32 = tg.linspace(0, 40, 4001, { requiresGrad: true });
    sigmoid.fn(x32).sum().backward();
    const g32 = x32.grad!.toArray() as number[];
    const zeroAt = (x32.detach().toArray() as number[])[g32.findIndex((v) => v === 0)]!;
    o(`In float32, σ(x) rounds to exactly 1 from x ≈ ${zeroAt.toFixed(2)}, and σ′ = σ(1 − σ) is exactly 0 there.`);
  }

  // ---------------------------------------------------------------------------------------------- 2. ReLU
  const relu = getActivation('relu');
  term.out(heading(term, 2, 'ReLU'));
  o(relu.description);
  formula(relu.formula);
  formula(relu.derivative);
  show('F.relu(tg.linspace(-100, 100, 10))', relu.fn(tg.linspace(-100, 100, 10)));
  {
    const x = tg.tensor([-1, 0, 1], { requiresGrad: true });
    relu.fn(x).sum().backward();
    show('x = tg.tensor([-1, 0, 1]); F.relu(x).sum().backward(); x.grad', x.grad!);
    o(style(term, 'magenta', 'Correction to the note: ') + (relu.note ?? 'relu′(0) = 0 in PyTorch (and here), not 1.'));
    o(
      'Why: ReLU has no derivative at 0 and any value in [0, 1] is a valid subgradient. PyTorch passes the gradient' +
        ' only where the output is > 0 (threshold_backward), so a unit sitting exactly at 0 gets no update; JAX' +
        ' documents the same choice. Exact zeros are common (relu of a relu, padded inputs), so the choice is visible.',
    );
    const xs = tg.linspace(-3, 3, 61, { requiresGrad: true });
    const ys = relu.fn(xs);
    ys.sum().backward();
    o(
      'ReLU (blue) and ReLU′ (magenta) on [−3, 3]: the gradient is 1 for every x > 0, however large — it never saturates.',
    );
    term.out(terminalChart(term, [ys.detach().toArray() as number[], xs.grad!.toArray() as number[]], 6));
  }

  // ---------------------------------------------------------------------------------------------- 3. MSE and L2
  term.out(heading(term, 3, 'MSE and the L2 norm'));
  {
    const mse = lossSpec('mseLoss');
    o(
      `    ${style(term, 'bold', latexToText(mse.formula))}, averaged over i (reduction 'mean');   ${latexToText(mse.derivative)}`,
    );
    const yhat = tg.tensor([2.5, 0.0, 2.0, 8.0], { requiresGrad: true });
    const y = tg.tensor([3, -0.5, 2, 7]);
    const loss = tg.F.mseLoss(yhat, y);
    show('yhat = tg.tensor([2.5, 0.0, 2.0, 8.0]); y = tg.tensor([3, -0.5, 2, 7]); F.mseLoss(yhat, y)', loss.detach());
    loss.backward();
    show('yhat.grad   // 2(ŷ − y)/N', yhat.grad!);
    const yhat2 = tg.tensor([2.5, 0.0, 2.0, 8.0], { requiresGrad: true });
    const norm = yhat2.sub(y).norm();
    show('yhat.sub(y).norm()   // ‖ŷ − y‖₂', norm.detach());
    norm.backward();
    show('yhat.grad   // (ŷ − y)/‖ŷ − y‖', yhat2.grad!);
    o('Why a loss squares the norm: the gradient of ‖e‖ is e/‖e‖, a unit vector whatever the error, so steps do');
    o('not shrink near the optimum and the kink at e = 0 makes it jump; ‖e‖²/N has gradient 2e/N, which fades');
    o('smoothly to 0. Gradient size as the error e = ŷ − y shrinks (autograd):');
    for (const e of [1, 0.1, 0.01]) {
      const a = tg.tensor([e, 0, 0, 0], { requiresGrad: true });
      const zero = tg.zeros([4]);
      tg.F.mseLoss(a, zero).backward();
      const b = tg.tensor([e, 0, 0, 0], { requiresGrad: true });
      b.norm().backward();
      o(
        `    e = ${String(e).padEnd(5)} |∇ MSE| = ${a.grad!.norm().item().toFixed(4).padEnd(8)} |∇ ‖e‖| = ${b.grad!.norm().item().toFixed(4)}`,
      );
    }
  }

  // ---------------------------------------------------------------------------------------------- 4. Information
  term.out(heading(term, 4, 'Entropy, KL divergence and cross entropy, in bits'));
  {
    const p = tg.tensor([0.8, 0.1, 0.1]);
    const q = tg.tensor([0.5, 0.25, 0.25]);
    o('    H(P) = −Σ p log₂ p     H(P, Q) = −Σ p log₂ q     D_KL(P ‖ Q) = Σ p log₂(p/q)');
    o('P = [0.8, 0.1, 0.1] (a confident prediction), Q = [0.5, 0.25, 0.25]:');
    const hp = tg.info.entropy(p, { base: 2 });
    const hq = tg.info.entropy(q, { base: 2 });
    const hpq = tg.info.crossEntropy(p, q, { base: 2 });
    const kpq = tg.info.klDivergence(p, q, { base: 2 });
    const kqp = tg.info.klDivergence(q, p, { base: 2 });
    show('tg.info.entropy(p, { base: 2 })', hp);
    show('tg.info.entropy(q, { base: 2 })', hq);
    show('tg.info.crossEntropy(p, q, { base: 2 })', hpq);
    show('tg.info.klDivergence(p, q, { base: 2 })', kpq);
    show('tg.info.klDivergence(q, p, { base: 2 })', kqp);
    o(
      `H(P, Q) = H(P) + D_KL(P ‖ Q): ${hpq.item().toFixed(4)} = ${hp.item().toFixed(4)} + ${kpq.item().toFixed(4)}` +
        ` (difference ${Math.abs(hpq.item() - hp.item() - kpq.item()).toExponential(1)})`,
    );
    o(
      `KL is not symmetric: D_KL(P ‖ Q) = ${kpq.item().toFixed(4)} bits but D_KL(Q ‖ P) = ${kqp.item().toFixed(4)} bits.`,
    );
    o('Minimising cross entropy over Q with P fixed is minimising D_KL(P ‖ Q), since H(P) does not depend on Q.');
  }

  // ---------------------------------------------------------------------------------------------- 5. CrossEntropyLoss
  term.out(heading(term, 5, 'CrossEntropyLoss = softmax + log + NLLLoss'));
  {
    o(`    ${style(term, 'bold', latexToText(lossSpec('crossEntropy').formula))}, averaged over i`);
    const logits = tg.tensor(
      [
        [2, 3, 1],
        [3, 7, 9],
      ],
      { requiresGrad: true },
    );
    const labels = tg.tensor([1, 2], { dtype: 'int64' });
    const loss = tg.F.crossEntropy(logits, labels);
    show("logits = tg.tensor([[2, 3, 1], [3, 7, 9]]); labels = tg.tensor([1, 2], { dtype: 'int64' })");
    show('F.crossEntropy(logits, labels)', loss.detach());
    show(
      'F.nllLoss(tg.log(tg.softmax(logits, 1)), labels)',
      tg.noGrad(() => tg.F.nllLoss(tg.log(tg.softmax(logits, 1)), labels)),
    );
    loss.backward();
    show('logits.grad   // from autograd', logits.grad!);
    const expected = tg.noGrad(() => {
      const onehot = tg.zeros([2, 3]).scatter(1, labels.unsqueeze(1), 1);
      return tg.softmax(logits, 1).sub(onehot).div(2);
    });
    show('(tg.softmax(logits, 1) - oneHot(labels)) / N', expected);
    const diff = logits.grad!.sub(expected).abs().max().item();
    o(`max |autograd − (softmax − one-hot)/N| = ${diff.toExponential(2)}${diff < 1e-6 ? ' ✓' : ' ✗'}`);
    o('The fused form is also the stable one: log-softmax subtracts the row max before exponentiating.');
  }

  // ---------------------------------------------------------------------------------------------- 6. Experiment
  if (!options.skipExperiment) {
    term.out(heading(term, 6, 'The vanishing gradient, in a network that trains (tensorgrad train)'));
    o('The same deep MLP — same seed, same initial weights — once with sigmoid and once with ReLU.');
    await runTraining(term, options.experiment, options.out);
  }

  o();
  const tourSeconds = (performance.now() - start) / 1000;
  const total = secondsSinceNpmScriptStarted();
  o(
    style(term, 'bold', `Tour finished in ${tourSeconds.toFixed(1)} s`) +
      (total !== null && total >= tourSeconds
        ? style(
            term,
            'bold',
            `; npm start took ${total.toFixed(1)} s in all (build ${(total - tourSeconds).toFixed(1)} s).`,
          )
        : '.') +
      ' Next: tensorgrad train --help, tensorgrad plot gelu --grad.',
  );
}

export { DEFAULTS };
