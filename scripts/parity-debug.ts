/** Debug aid: replays parity cases whose id contains the given text and prints expected vs got. */
import * as tg from '../src/index.js';
import {
  loadSuite,
  decodeCall,
  callOp,
  outputsOf,
  compareTensor,
  gradFnName,
  type OpTable,
} from '../test/parity/harness.js';

const [suite = 'core', needle = ''] = process.argv.slice(2);
const table: OpTable = {
  view: (x, s) => (x as tg.Tensor).view(s as number[]),
  expand: (x, s) => (x as tg.Tensor).expand(s as number[]),
  contiguous: (x) => (x as tg.Tensor).contiguous(),
  to: (x, d) => (x as tg.Tensor).to(d as tg.DType),
};
for (const c of loadSuite(suite).cases.filter((c) => c.id.includes(needle))) {
  try {
    const d = decodeCall(c);
    const out = outputsOf(callOp(c, d, table));
    const problems: string[] = [];
    if (c.out !== undefined) {
      const wants = Array.isArray(c.out) ? c.out : [c.out];
      wants.forEach((w, i) => {
        const p = compareTensor(out[i], w as never, 'out');
        if (p) problems.push(p);
      });
    }
    if (c.gradFn && gradFnName(out[0] as never) !== c.gradFn)
      problems.push(`gradFn ${gradFnName(out[0] as never)} vs ${c.gradFn}`);
    if (c.grads && c.cotangent) {
      const { makeTensor } = await import('../test/parity/harness.js');
      const leaves = d.leaves.filter((l) => l.requiresGrad) as unknown as tg.Tensor[];
      const gs = tg.grad(out[0] as tg.Tensor, leaves, {
        gradOutputs: makeTensor(c.cotangent) as unknown as tg.Tensor,
        allowUnused: true,
      });
      c.grads
        .filter((g) => g !== null)
        .forEach((w, i) => {
          const p = compareTensor(gs[i], w as never, `grad${i}`);
          if (p) problems.push(p);
        });
    }
    if (c.repr && String(out[0]) !== c.repr) problems.push(`repr\n${String(out[0])}\nvs\n${c.repr}`);
    if (problems.length) console.log(c.id, c.note ?? '', '\n  ' + problems.join('\n  '));
  } catch (e) {
    console.log(c.id, 'THREW', (e as Error).message);
  }
}
