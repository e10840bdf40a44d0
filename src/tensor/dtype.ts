/** Element types, the typed arrays behind them, and PyTorch's type promotion. */

export type DType = 'float32' | 'float64' | 'int64' | 'bool';
export const DTYPES: readonly DType[] = ['float32', 'float64', 'int64', 'bool'];

/**
 * int64 lives in a Float64Array: every value in the safe-integer range (|v| <= 2^53 - 1) is exact there,
 * and the kernels see a single float64 code path. Values outside that range are refused at creation.
 */
export type Storage = Float32Array | Float64Array | Uint8Array;
export type FloatStorage = Float32Array | Float64Array;

export function isFloatingDType(dtype: DType): dtype is 'float32' | 'float64' {
  return dtype === 'float32' || dtype === 'float64';
}

// Small storage is carved out of shared 64 KiB slabs: V8 keeps typed arrays of at most 64 bytes on its heap, but a
// larger one gets its own off-heap backing store, and `new Float32Array(64)` measured 635 ns against 43 ns for a
// view into a slab (Node 20) — about 40% of a 64-element add. Views are handed out once, never reused, so they are
// zero-filled; a slab is reclaimed by the garbage collector when its last view dies (a long-lived small tensor
// keeps at most one slab alive). Up to 4 KiB per storage, so a slab holds at least 16: raising the limit from 1 KiB
// took a 1024-element tg.add from 1.9 to 1.2 µs and tg.sigmoid from 2.3 to 1.75 µs; 16 KiB views from 256 KiB
// slabs gained little more and would let one small tensor pin four times the memory.
const SLAB_BYTES = 65536;
const SLAB_MIN = 64;
const SLAB_MAX = 4096;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

function slabAllocate(dtype: DType, length: number, bytes: number): Storage {
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += (bytes + 7) & ~7; // keep every view 8-byte aligned (Float64Array)
  return dtype === 'float32'
    ? new Float32Array(slab, at, length)
    : dtype === 'bool'
      ? new Uint8Array(slab, at, length)
      : new Float64Array(slab, at, length);
}

/** Allocates zero-filled storage; see setStorageAllocator. */
export type StorageAllocator = (dtype: DType, length: number) => Storage;

let custom: StorageAllocator | null = null;
let customFrom = Infinity;

/**
 * Routes allocations of at least `fromLength` elements to `allocator` (null: back to plain typed arrays). The
 * thread pool (src/kernels/threads) puts large storage on SharedArrayBuffers this way so workers can compute
 * into it; the garbage collector reclaims it like any other storage: nobody calls dispose().
 */
export function setStorageAllocator(allocator: StorageAllocator | null, fromLength = 0): void {
  custom = allocator;
  customFrom = allocator === null ? Infinity : fromLength;
}

export function allocate(dtype: DType, length: number): Storage {
  if (length >= customFrom) return custom!(dtype, length);
  const bytes = dtype === 'float32' ? length * 4 : dtype === 'bool' ? length : length * 8;
  if (bytes > SLAB_MIN && bytes <= SLAB_MAX) return slabAllocate(dtype, length, bytes);
  switch (dtype) {
    case 'float32':
      return new Float32Array(length);
    case 'float64':
    case 'int64':
      return new Float64Array(length);
    case 'bool':
      return new Uint8Array(length);
  }
}

export function assertDType(dtype: unknown, argument = 'dtype'): DType {
  if (typeof dtype === 'string' && (DTYPES as readonly string[]).includes(dtype)) return dtype as DType;
  throw new TypeError(`${argument} must be one of ${DTYPES.map((d) => `'${d}'`).join(', ')}, but got ${String(dtype)}`);
}

/** Rounds a value the way storing it into a tensor of `dtype` would. */
export function castValue(value: number, dtype: DType): number {
  switch (dtype) {
    case 'float32':
      return Math.fround(value);
    case 'float64':
      return value;
    case 'int64':
      // PyTorch truncates toward zero when casting floats to integers.
      return Math.trunc(value);
    case 'bool':
      return value !== 0 ? 1 : 0;
  }
}

const CATEGORY: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 2 };
const RANK: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };

/** torch.promote_types for the dtypes tensorgrad has. */
export function promoteTypes(a: DType, b: DType): DType {
  return RANK[a] >= RANK[b] ? a : b;
}

/** An operand of a binary op: a tensor (with its dimensionality) or a JS number. */
export type PromotionOperand = { dtype: DType; ndim: number } | number;

/**
 * torch.result_type: tensors with dimensions decide, unless a zero-dim tensor or a JS number belongs to a
 * higher category (bool < integer < floating). A JS number counts as an integer when it is integer-valued
 * (so `intTensor.add(1)` stays int64, `intTensor.mul(0.5)` becomes float32), as a Python scalar would.
 */
/** c10's combine_categories: a higher-priority operand wins within or above the other's category. */
function combineCategories(higher: DType | null, lower: DType | null): DType | null {
  if (higher === null) return lower;
  if (lower === null) return higher;
  return CATEGORY[higher] >= CATEGORY[lower] && higher !== 'bool' ? higher : promoteTypes(higher, lower);
}

export function resultType(...operands: PromotionOperand[]): DType {
  let dimResult: DType | null = null;
  let zeroDimResult: DType | null = null;
  let scalarResult: DType | null = null;
  for (const operand of operands) {
    if (typeof operand === 'number') {
      const kind: DType = Number.isInteger(operand) ? 'int64' : 'float32';
      scalarResult = scalarResult === null ? kind : promoteTypes(scalarResult, kind);
    } else if (operand.ndim === 0) {
      zeroDimResult = zeroDimResult === null ? operand.dtype : promoteTypes(zeroDimResult, operand.dtype);
    } else {
      dimResult = dimResult === null ? operand.dtype : promoteTypes(dimResult, operand.dtype);
    }
  }
  const result = combineCategories(combineCategories(dimResult, zeroDimResult), scalarResult);
  return result ?? 'float32';
}
