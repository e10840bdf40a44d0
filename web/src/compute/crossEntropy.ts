/**
 * Everything the cross-entropy view shows, computed by tensorgrad: softmax probabilities, F.crossEntropy's loss
 * (with PyTorch's repr of it) and ∂loss/∂logit from autograd. Pure, so the end-to-end tests compute their expected
 * numbers with this same library call in Node.
 */
import { messageOf, tg, values } from '../lib.js';

export interface CrossEntropyInput {
  logits: number[][];
  targets: number[];
  weight?: number[] | null;
  labelSmoothing?: number;
  reduction?: 'mean' | 'sum';
}

export type CrossEntropyResult =
  { ok: true; probs: number[][]; loss: number; repr: string; grad: number[][] } | { ok: false; error: string };

function rows(flat: number[], columns: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < flat.length; i += columns) out.push(flat.slice(i, i + columns));
  return out;
}

/** Runs F.crossEntropy; a library error (e.g. "Target 5 is out of bounds.") comes back as { ok: false, error }. */
export function crossEntropy(input: CrossEntropyInput): CrossEntropyResult {
  const classes = input.logits[0]?.length ?? 0;
  try {
    const logits = tg.tensor(input.logits, { requiresGrad: true });
    const target = tg.tensor(input.targets, { dtype: 'int64' });
    const loss = tg.F.crossEntropy(logits, target, {
      reduction: input.reduction ?? 'mean',
      labelSmoothing: input.labelSmoothing ?? 0,
      weight: input.weight ? tg.tensor(input.weight) : null,
    });
    const [grad] = tg.grad(loss, logits);
    const probs = tg.noGrad(() => tg.softmax(logits, 1));
    return {
      ok: true,
      probs: rows(values(probs), classes),
      loss: loss.item(),
      repr: String(loss.detach()),
      grad: rows(values(grad!), classes),
    };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}
