// mcache: the per-P cache of spans with free space, one per span class, plus the tiny-allocator
// block. Mirrors src/runtime/mcache.go (refill, releaseAll). There is one P today (rt.mcache); the
// seam for more is that malloc.ts only touches the mcache it is given.

import type { MCentral } from './mcentral.js';
import type { MHeap } from './mheap.js';
import { MSpan, numSpanClasses } from './mspan.js';

/** Called with the byte delta of heapLive when spans enter/leave the cache. */
export type HeapLiveHook = (delta: number) => void;

export class MCache {
  /** Current span per span class (null before the first refill). */
  alloc: Array<MSpan | null> = new Array<MSpan | null>(numSpanClasses).fill(null);
  /** Current tiny block (internal address, 0 = none) and the bytes used in it. */
  tiny = 0;
  tinyoffset = 0;
  /** Tiny allocations that fitted in an existing block (counted in Mallocs and Frees). */
  tinyAllocs = 0;

  constructor(private readonly heap: MHeap, private readonly central: MCentral[], private readonly heapLive: HeapLiveHook) {}

  /** Replaces the full span of a class with one that has a free slot (mcache.refill). Go counts the
   *  cached span's free slots as live heap (gcController.update); so do we. */
  refill(spc: number): MSpan {
    const old = this.alloc[spc];
    if (old !== null) {
      old.inCache = false;
      this.central[spc].uncacheSpan(old);
    }
    const s = this.central[spc].cacheSpan(this.heap);
    s.inCache = true;
    this.heapLive((s.nelems - s.allocCount) * s.elemsize);
    this.alloc[spc] = s;
    return s;
  }

  /** Returns every cached span to its mcentral (mcache.releaseAll, at GC start and ReadMemStats). */
  releaseAll(): void {
    for (let spc = 0; spc < numSpanClasses; spc++) {
      const s = this.alloc[spc];
      if (s === null) continue;
      this.heapLive(-(s.nelems - s.allocCount) * s.elemsize);
      s.inCache = false;
      this.central[spc].uncacheSpan(s);
      this.alloc[spc] = null;
    }
    this.tiny = 0;
    this.tinyoffset = 0;
  }
}
