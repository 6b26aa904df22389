// mspan: a run of pages holding objects of one span class (or one large object, or goroutine stacks).
// Mirrors src/runtime/mheap.go (type mspan, spanClass) and the allocation/mark bitmaps of
// src/runtime/mbitmap.go (here one byte per object instead of one bit, for simplicity).

import type { TypeDesc } from './type.js';

export const enum SpanState {
  /** mSpanDead: free pages / not a span. */
  Free = 0,
  /** mSpanInUse: heap objects. */
  InUse = 1,
  /** mSpanManual: goroutine stack memory. */
  Stack = 2,
}

/** spanClass = sizeclass<<1 | noscan (mheap.go makeSpanClass). */
export function makeSpanClass(sizeclass: number, noscan: boolean): number {
  return (sizeclass << 1) | (noscan ? 1 : 0);
}

export const numSpanClasses = 136;
/** tinySpanClass = makeSpanClass(_TinySizeClass=2, noscan). */
export const tinySpanClass = 5;

export class MSpan {
  /** Internal address of the first byte. */
  readonly base: number;
  readonly npages: number;
  state: SpanState = SpanState.InUse;
  spanclass = 0;
  sizeclass = 0;
  noscan = true;
  /** Slot size (class size; npages*8192 for a large object; stack size for stack spans). */
  elemsize = 0;
  nelems = 0;
  /** 1 = slot allocated (allocBits in Go). */
  allocBits: Uint8Array = EMPTY;
  /** 1 = slot marked in the current cycle (gcmarkBits). */
  gcmarkBits: Uint8Array = EMPTY;
  /** Slots below freeindex are known to be allocated. */
  freeindex = 0;
  allocCount = 0;
  /** True while owned by the mcache (its free slots count as live, like Go's heapLive). */
  inCache = false;
  /** True when freed slots may hold old bytes (must be zeroed on reuse). */
  needzero = false;
  /** Object type of each allocated slot (scan spans only): the GC's side table. */
  types: Array<TypeDesc | null> | null = null;
  /** Number of elements of types[i] in slot i (newarray / slices). */
  counts: Int32Array | null = null;
  /** Offset of the object's data in the slot (8 when it has a malloc header). */
  headerSize = 0;
  /** For stack spans: free-list bookkeeping of the stack allocator. */
  stackFree: number[] | null = null;

  constructor(base: number, npages: number) {
    this.base = base;
    this.npages = npages;
  }

  get limit(): number {
    return this.base + this.npages * 8192;
  }

  /** Initialises the span for objects of `elemsize` (mheap.go initSpan). */
  initObjects(spanclass: number, elemsize: number, nelems: number): void {
    this.state = SpanState.InUse;
    this.spanclass = spanclass;
    this.sizeclass = spanclass >> 1;
    this.noscan = (spanclass & 1) === 1;
    this.elemsize = elemsize;
    this.nelems = nelems;
    this.allocBits = new Uint8Array(nelems);
    this.gcmarkBits = new Uint8Array(nelems);
    this.freeindex = 0;
    this.allocCount = 0;
    this.types = this.noscan ? null : new Array<TypeDesc | null>(nelems).fill(null);
    this.counts = this.noscan ? null : new Int32Array(nelems);
  }

  /** Index of the next free slot at or after freeindex, or nelems (mbitmap.go nextFreeIndex). */
  nextFreeIndex(): number {
    const bits = this.allocBits;
    const n = this.nelems;
    let i = this.freeindex;
    while (i < n && bits[i] !== 0) i++;
    this.freeindex = i;
    return i;
  }

  /** Slot index of an interior address. */
  objIndex(p: number): number {
    return Math.floor((p - this.base) / this.elemsize);
  }
}

const EMPTY = new Uint8Array(0);
