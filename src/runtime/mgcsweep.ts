// Sweeping: frees unmarked slots (they are reused by later allocations), returns empty spans and
// dead large objects to the heap, and rebuilds the mcentral partial lists.
// Mirrors src/runtime/mgcsweep.go (mspan.sweep) for a stop-the-world sweeper: all spans are swept
// at the end of each cycle (Go sweeps lazily; the freed slots and counts are the same).

import type { Runtime } from './runtime.js';
import type { MSpan } from './mspan.js';

export function sweepAll(rt: Runtime): void {
  const heap = rt.heap;
  const st = rt.mstats;
  for (const c of rt.central) c.partial.length = 0;
  const spans: MSpan[] = [...heap.allspans].sort((a, b) => a.base - b.base);
  for (const s of spans) {
    const alloc = s.allocBits, mark = s.gcmarkBits;
    if (s.sizeclass === 0) {
      if (mark[0] === 0) {
        st.largeFree += s.elemsize;
        st.largeFreeCount++;
        if (rt.freeHook !== null) rt.freeHook(s.base, s.elemsize);
        heap.freePages(s);
      } else mark[0] = 0;
      continue;
    }
    let count = 0;
    let freed = 0;
    const types = s.types;
    for (let i = 0; i < s.nelems; i++) {
      if (alloc[i] !== 0) {
        if (mark[i] === 0) {
          freed++;
          if (types !== null) types[i] = null;
          if (rt.freeHook !== null) rt.freeHook(s.base + i * s.elemsize, s.elemsize);
        } else count++;
      }
    }
    if (freed > 0) {
      st.nfree[s.sizeclass] += freed;
      s.needzero = true;
    }
    s.allocBits = mark;
    s.gcmarkBits = new Uint8Array(s.nelems);
    s.allocCount = count;
    s.freeindex = 0;
    if (count === 0) heap.freePages(s);
    else if (count < s.nelems) rt.central[s.spanclass].partial.push(s);
  }
}
