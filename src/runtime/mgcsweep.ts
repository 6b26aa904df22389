// Sweeping: frees unmarked slots (they are reused by later allocations), returns empty spans and
// dead large objects to the heap, and rebuilds the mcentral partial lists.
// Mirrors src/runtime/mgcsweep.go (mspan.sweep) for a stop-the-world sweeper: all spans are swept
// at the end of each cycle (Go sweeps lazily; the freed slots and counts are the same). As in Go,
// the mark bits become the new alloc bits and the old alloc bits are cleared for the next cycle.

import type { Runtime } from './runtime.js';
import type { MSpan } from './mspan.js';

export function sweepAll(rt: Runtime): void {
  const heap = rt.heap;
  const st = rt.mstats;
  const freeHook = rt.freeHook;
  for (const c of rt.central) c.partial.length = 0;
  const spans: MSpan[] = [...heap.allspans].sort((a, b) => a.base - b.base);
  for (const s of spans) {
    const alloc = s.allocBits, mark = s.gcmarkBits;
    if (s.sizeclass === 0) {
      if (mark[0] === 0) {
        st.largeFree += s.elemsize;
        st.largeFreeCount++;
        if (freeHook !== null) freeHook(s.base, s.elemsize);
        heap.freePages(s);
      } else mark[0] = 0;
      continue;
    }
    const n = s.nelems;
    let count = 0;
    for (let i = 0; i < n; i++) count += mark[i];
    const freed = s.allocCount - count;
    if (freed > 0) {
      const types = s.types;
      if (types !== null || freeHook !== null) {
        for (let i = 0; i < n; i++) {
          if (alloc[i] !== 0 && mark[i] === 0) {
            if (types !== null) types[i] = null;
            if (freeHook !== null) freeHook(s.base + i * s.elemsize, s.elemsize);
          }
        }
      }
      st.nfree[s.sizeclass] += freed;
      s.needzero = true;
    }
    alloc.fill(0);
    s.allocBits = mark;
    s.gcmarkBits = alloc;
    s.allocCount = count;
    s.freeindex = 0;
    if (count === 0) heap.freePages(s);
    else if (count < n) rt.central[s.spanclass].partial.push(s);
  }
}
