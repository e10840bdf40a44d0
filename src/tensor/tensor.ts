/**
 * The Tensor: a strided view over a typed array, plus the autograd fields. Views share storage.
 *
 * Layering note: this class carries the method surface PyTorch users expect (`x.sigmoid()`, `x.sum(1)`).
 * Each method is a one-line delegation to a function of src/ops; the data/shape core under it
 * (dtype, shape, storage, format) imports nothing above it.
 */
import type { DType, Storage } from './dtype.js';
import { isFloatingDType } from './dtype.js';
import { contiguousStrides, numel, normalizeDim, type Shape } from './shape.js';
import { contiguousData, isContiguousLayout } from './storage.js';
import { formatTensor } from './format.js';
import type { GradHook, Node } from '../autograd/node.js';
import * as ops from '../ops/index.js';
import { backward } from '../autograd/engine.js';

export type NestedArray = number | boolean | NestedArray[];
type DimArg = number | readonly number[];
type ReduceOptions = { keepdim?: boolean };
type ScalarOrTensor = Tensor | number;

export class Tensor {
  readonly storage: Storage;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
  readonly dtype: DType;
  /** Accumulated gradient of a leaf after backward(); null until then. */
  grad: Tensor | null = null;
  /** The node that produced this tensor (null for leaves). PyTorch's `grad_fn`. */
  gradFn: Node | null = null;
  /** Hooks on a leaf, run on its gradient before accumulation. */
  readonly leafHooks: GradHook[] = [];
  private requiresGradFlag = false;

  constructor(storage: Storage, shape: Shape, dtype: DType, strides?: readonly number[], offset = 0) {
    this.storage = storage;
    // A frozen array cannot change under us, so it is shared instead of copied (an op's output reuses its
    // input's shape: part of the per-op overhead on small tensors, docs/dev/bench.md).
    this.shape = Array.isArray(shape) && Object.isFrozen(shape) ? shape : Object.freeze([...shape]);
    this.strides =
      strides === undefined
        ? Object.freeze(contiguousStrides(shape))
        : Array.isArray(strides) && Object.isFrozen(strides)
          ? strides
          : Object.freeze([...strides]);
    this.offset = offset;
    this.dtype = dtype;
  }

  get requiresGrad(): boolean {
    return this.requiresGradFlag;
  }

  set requiresGrad(value: boolean) {
    if (value && !isFloatingDType(this.dtype)) {
      throw new TypeError(`only Tensors of floating point dtype can require gradients, but got dtype ${this.dtype}`);
    }
    if (!value && this.gradFn !== null) {
      throw new TypeError(
        "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
      );
    }
    this.requiresGradFlag = value;
  }

  /** Marks this tensor as the output of a recorded op (used by ops/record.ts only). */
  attachGradFn(node: Node): void {
    this.gradFn = node;
    this.requiresGradFlag = true;
  }

  /** Sets requiresGrad in place and returns this tensor (torch's requires_grad_). */
  requiresGrad_(value = true): this {
    this.requiresGrad = value;
    return this;
  }

  /** True for tensors created by the user rather than by a recorded op. */
  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  get ndim(): number {
    return this.shape.length;
  }

  dim(): number {
    return this.shape.length;
  }

  numel(): number {
    return numel(this.shape);
  }

  /** The size of `dim`, or the whole shape. */
  size(): readonly number[];
  size(dim: number): number;
  size(dim?: number): number | readonly number[] {
    if (dim === undefined) return this.shape;
    return this.shape[normalizeDim(dim, this.ndim)]!;
  }

  stride(): readonly number[] {
    return this.strides;
  }

  isContiguous(): boolean {
    return isContiguousLayout(this.shape, this.strides);
  }

  /** The elements in row-major order (read-only: may be this tensor's own storage). */
  contiguousData(dtype: DType = this.dtype): Storage {
    return contiguousData(this, dtype);
  }

  /** The value of a one-element tensor (torch's item()). */
  item(): number {
    if (this.numel() !== 1) {
      // PyTorch 1.13's words, with JavaScript for Python.
      throw new RangeError(
        `only one element tensors can be converted to numbers, but this one has ${this.numel()} elements`,
      );
    }
    return this.storage[this.offset]!;
  }

  /** Nested arrays of numbers (booleans for bool tensors), like torch's tolist(). */
  toArray(): NestedArray {
    const data = this.contiguousData();
    const convert = (v: number): number | boolean => (this.dtype === 'bool' ? v !== 0 : v);
    if (this.ndim === 0) return convert(data[0]!);
    let position = 0;
    const build = (d: number): NestedArray[] => {
      const out: NestedArray[] = [];
      for (let i = 0; i < this.shape[d]!; i++) {
        out.push(d === this.ndim - 1 ? convert(data[position++]!) : build(d + 1));
      }
      return out;
    };
    return build(0);
  }

  /** PyTorch's repr, character for character. */
  toString(): string {
    const suffixes: string[] = [];
    if (this.gradFn !== null) suffixes.push(`grad_fn=<${this.gradFn.name}>`);
    else if (this.requiresGrad) suffixes.push('requires_grad=True');
    return formatTensor(this.contiguousData(), this.shape, this.dtype, suffixes);
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  // ---- autograd ----

  /** Computes the gradient of this tensor w.r.t. graph leaves and accumulates it into their .grad. */
  backward(gradient?: Tensor, options: { retainGraph?: boolean; createGraph?: boolean } = {}): void {
    backward(this, gradient, options);
  }

  /** A tensor sharing storage with this one, cut from the graph. */
  detach(): Tensor {
    return new Tensor(this.storage, this.shape, this.dtype, this.strides, this.offset);
  }

  /** Registers `hook(grad)`, run when this tensor's gradient is computed; it may return a replacement. */
  registerHook(hook: GradHook): () => void {
    if (!this.requiresGrad) throw new TypeError("cannot register a hook on a tensor that doesn't require gradient");
    const list = this.gradFn ? this.gradFn.hooks : this.leafHooks;
    list.push(hook);
    return () => {
      const i = list.indexOf(hook);
      if (i >= 0) list.splice(i, 1);
    };
  }

  /** Makes a non-leaf tensor keep its .grad after backward (torch's retain_grad). */
  retainGrad(): void {
    if (!this.requiresGrad) throw new TypeError("can't retain_grad on Tensor that has requires_grad=False");
    if (this.gradFn) this.gradFn.retainGradOf = this;
  }

  // ---- conversion and copies ----
  to(dtype: DType): Tensor {
    return ops.to(this, dtype);
  }
  float(): Tensor {
    return ops.to(this, 'float32');
  }
  double(): Tensor {
    return ops.to(this, 'float64');
  }
  long(): Tensor {
    return ops.to(this, 'int64');
  }
  bool(): Tensor {
    return ops.to(this, 'bool');
  }
  clone(): Tensor {
    return ops.clone(this);
  }
  contiguous(): Tensor {
    return ops.contiguous(this);
  }

  // ---- views ----
  reshape(shape: readonly number[]): Tensor {
    return ops.reshape(this, shape);
  }
  view(shape: readonly number[]): Tensor {
    return ops.view(this, shape);
  }
  flatten(startDim = 0, endDim = -1): Tensor {
    return ops.flatten(this, startDim, endDim);
  }
  transpose(dim0: number, dim1: number): Tensor {
    return ops.transpose(this, dim0, dim1);
  }
  t(): Tensor {
    return ops.t(this);
  }
  get T(): Tensor {
    return ops.permute(
      this,
      this.shape.map((_, i) => this.ndim - 1 - i),
    );
  }
  permute(dims: readonly number[]): Tensor {
    return ops.permute(this, dims);
  }
  squeeze(dim?: DimArg): Tensor {
    return ops.squeeze(this, dim);
  }
  unsqueeze(dim: number): Tensor {
    return ops.unsqueeze(this, dim);
  }
  expand(shape: readonly number[]): Tensor {
    return ops.expand(this, shape);
  }
  expandAs(other: Tensor): Tensor {
    return ops.expand(this, other.shape);
  }
  narrow(dim: number, start: number, length: number): Tensor {
    return ops.narrow(this, dim, start, length);
  }
  select(dim: number, index: number): Tensor {
    return ops.select(this, dim, index);
  }
  slice(dim: number, start?: number, end?: number, step = 1): Tensor {
    return ops.slice(this, dim, start, end, step);
  }

  // ---- arithmetic ----
  add(other: ScalarOrTensor, options?: { alpha?: number }): Tensor {
    return ops.add(this, other, options);
  }
  sub(other: ScalarOrTensor, options?: { alpha?: number }): Tensor {
    return ops.sub(this, other, options);
  }
  mul(other: ScalarOrTensor): Tensor {
    return ops.mul(this, other);
  }
  div(other: ScalarOrTensor): Tensor {
    return ops.div(this, other);
  }
  pow(exponent: ScalarOrTensor): Tensor {
    return ops.pow(this, exponent);
  }
  neg(): Tensor {
    return ops.neg(this);
  }
  maximum(other: Tensor): Tensor {
    return ops.maximum(this, other);
  }
  minimum(other: Tensor): Tensor {
    return ops.minimum(this, other);
  }
  clamp(options: { min?: ScalarOrTensor; max?: ScalarOrTensor }): Tensor {
    return ops.clamp(this, options);
  }

  // ---- elementwise math ----
  exp(): Tensor {
    return ops.exp(this);
  }
  expm1(): Tensor {
    return ops.expm1(this);
  }
  log(): Tensor {
    return ops.log(this);
  }
  log1p(): Tensor {
    return ops.log1p(this);
  }
  log2(): Tensor {
    return ops.log2(this);
  }
  log10(): Tensor {
    return ops.log10(this);
  }
  sqrt(): Tensor {
    return ops.sqrt(this);
  }
  rsqrt(): Tensor {
    return ops.rsqrt(this);
  }
  abs(): Tensor {
    return ops.abs(this);
  }
  sign(): Tensor {
    return ops.sign(this);
  }
  sin(): Tensor {
    return ops.sin(this);
  }
  cos(): Tensor {
    return ops.cos(this);
  }
  tanh(): Tensor {
    return ops.tanh(this);
  }
  erf(): Tensor {
    return ops.erf(this);
  }
  erfc(): Tensor {
    return ops.erfc(this);
  }
  reciprocal(): Tensor {
    return ops.reciprocal(this);
  }
  square(): Tensor {
    return ops.square(this);
  }
  sigmoid(): Tensor {
    return ops.sigmoid(this);
  }
  relu(): Tensor {
    return ops.relu(this);
  }
  hardshrink(options?: ops.HardshrinkOptions): Tensor {
    return ops.hardshrink(this, options);
  }
  prelu(weight: Tensor): Tensor {
    return ops.prelu(this, weight);
  }
  softmax(dim: number): Tensor {
    return ops.softmax(this, dim);
  }
  logSoftmax(dim: number): Tensor {
    return ops.logSoftmax(this, dim);
  }

  // ---- comparisons ----
  eq(other: ScalarOrTensor): Tensor {
    return ops.eq(this, other);
  }
  ne(other: ScalarOrTensor): Tensor {
    return ops.ne(this, other);
  }
  lt(other: ScalarOrTensor): Tensor {
    return ops.lt(this, other);
  }
  le(other: ScalarOrTensor): Tensor {
    return ops.le(this, other);
  }
  gt(other: ScalarOrTensor): Tensor {
    return ops.gt(this, other);
  }
  ge(other: ScalarOrTensor): Tensor {
    return ops.ge(this, other);
  }

  // ---- reductions ----
  sum(dim?: DimArg | null | ops.SumOptions, options?: ops.SumOptions): Tensor {
    return ops.sum(this, dim, options);
  }
  mean(dim?: DimArg | null | ops.SumOptions, options?: ops.SumOptions): Tensor {
    return ops.mean(this, dim, options);
  }
  prod(dim?: number | null | ops.SumOptions, options?: ops.SumOptions): Tensor {
    return ops.prod(this, dim, options);
  }
  amax(dim?: DimArg | null | ReduceOptions, options?: ReduceOptions): Tensor {
    return ops.amax(this, dim, options);
  }
  amin(dim?: DimArg | null | ReduceOptions, options?: ReduceOptions): Tensor {
    return ops.amin(this, dim, options);
  }
  max(): Tensor;
  max(dim: number, options?: ReduceOptions): { values: Tensor; indices: Tensor };
  max(dim?: number, options?: ReduceOptions): Tensor | { values: Tensor; indices: Tensor } {
    return dim === undefined ? ops.max(this) : ops.max(this, dim, options);
  }
  min(): Tensor;
  min(dim: number, options?: ReduceOptions): { values: Tensor; indices: Tensor };
  min(dim?: number, options?: ReduceOptions): Tensor | { values: Tensor; indices: Tensor } {
    return dim === undefined ? ops.min(this) : ops.min(this, dim, options);
  }
  argmax(dim?: number, options?: ReduceOptions): Tensor {
    return ops.argmax(this, dim, options);
  }
  argmin(dim?: number, options?: ReduceOptions): Tensor {
    return ops.argmin(this, dim, options);
  }
  logsumexp(dim: DimArg, options?: ReduceOptions): Tensor {
    return ops.logsumexp(this, dim, options);
  }
  var(dim?: DimArg | null | ops.MomentOptions, options?: ops.MomentOptions): Tensor {
    return ops.variance(this, dim, options);
  }
  std(dim?: DimArg | null | ops.MomentOptions, options?: ops.MomentOptions): Tensor {
    return ops.std(this, dim, options);
  }
  norm(options?: { p?: number; dim?: DimArg; keepdim?: boolean; dtype?: DType }): Tensor {
    return ops.norm(this, options);
  }
  cumsum(dim: number, options?: { dtype?: DType }): Tensor {
    return ops.cumsum(this, dim, options);
  }

  // ---- linear algebra and indexing ----
  matmul(other: Tensor): Tensor {
    return ops.matmul(this, other);
  }
  gather(dim: number, index: Tensor): Tensor {
    return ops.gather(this, dim, index);
  }
  scatter(dim: number, index: Tensor, src: ScalarOrTensor): Tensor {
    return ops.scatter(this, dim, index, src);
  }
  scatterAdd(dim: number, index: Tensor, src: Tensor): Tensor {
    return ops.scatterAdd(this, dim, index, src);
  }
  indexSelect(dim: number, index: Tensor): Tensor {
    return ops.indexSelect(this, dim, index);
  }
  where(condition: Tensor, other: ScalarOrTensor): Tensor {
    return ops.where(condition, this, other);
  }
}
