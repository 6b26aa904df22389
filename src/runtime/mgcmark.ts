// GC marking: roots (globals, goroutine stacks, runtime-held roots) and the grey-object queue.
// Mirrors src/runtime/mgcmark.go (markroot, scanstack, scanframeworker, scanobject, greyobject) and
// the gcWork queue of src/runtime/mgcwork.go. Marking is precise: heap objects are scanned by the
// TypeDesc recorded at allocation (elem type × count), frames by their FuncInfo pointer maps.

import type { Runtime } from './runtime.js';
import { SpanState } from './mspan.js';
import { walkFrames, requestShrink, type GStack } from './stack.js';

/** The grey queue and this cycle's counters (gcWork). */
export class GCWork {
  /** Grey objects: slot base addresses of scan objects still to scan. */
  grey: number[] = [];
  bytesMarked = 0;
  heapScan = 0;
  stackScan = 0;
  /** Goroutine stacks scanned (for the adaptive starting stack size). */
  stacksScanned = 0;
}

/** greyobject: marks the object containing p (if p points into an allocated heap slot). */
export function markPtr(rt: Runtime, w: GCWork, p: number): void {
  const heap = rt.heap;
  if (p < heap.base) return;
  const s = heap.spans[(p - heap.base) >>> 13];
  if (s === undefined || s.state !== SpanState.InUse) return;
  const i = s.nelems === 1 ? 0 : Math.floor((p - s.base) / s.elemsize);
  if (i >= s.nelems || s.allocBits[i] === 0 || s.gcmarkBits[i] !== 0) return;
  s.gcmarkBits[i] = 1;
  w.bytesMarked += s.elemsize;
  if (!s.noscan) w.grey.push(s.base + i * s.elemsize);
}

/** scanobject: marks everything the object at slot base x points to. */
function scanObject(rt: Runtime, w: GCWork, x: number): void {
  const s = rt.heap.spanOf(x)!;
  const i = s.nelems === 1 ? 0 : Math.floor((x - s.base) / s.elemsize);
  const td = s.types![i];
  if (td === null) return;
  const n = s.counts![i];
  const ptrs = td.ptrs;
  const np = ptrs.length;
  if (np === 0) return;
  const u32 = rt.m.u32;
  let base = x + (s.sizeclass === 0 ? 0 : s.headerSize);
  const sz = td.size;
  w.heapScan += n * td.ptrdata;
  for (let k = 0; k < n; k++, base += sz) {
    for (let j = 0; j < np; j++) {
      const v = u32[(base + ptrs[j]) >>> 2];
      if (v !== 0) markPtr(rt, w, v);
    }
  }
}

/** Drains the grey queue (gcDrain). */
export function drain(rt: Runtime, w: GCWork): void {
  const grey = w.grey;
  while (grey.length > 0) scanObject(rt, w, grey.pop()!);
}

/** Conservatively marks every word in [lo, hi) that points into an allocated heap slot. */
export function markRange(rt: Runtime, w: GCWork, lo: number, hi: number): void {
  const u32 = rt.m.u32;
  for (let a = lo; a < hi; a += 8) {
    const v = u32[a >>> 2];
    if (v !== 0 && u32[(a >>> 2) + 1] === 0) markPtr(rt, w, v);
  }
}

/** scanstack: the frames of one goroutine from its innermost known sp up to its top. */
export function scanStack(rt: Runtime, w: GCWork, g: GStack, sp: number): void {
  const u32 = rt.m.u32;
  if (!(sp >= g.lo && sp < g.top)) {
    // No known innermost frame: fall back to a conservative scan of the whole stack.
    markRange(rt, w, g.lo, g.hi);
    w.stackScan += g.hi - g.lo;
    return;
  }
  w.stackScan += g.hi - sp;
  const end = walkFrames(rt, sp, g.top, (fsp, fi, size) => {
    if (fi === undefined) {
      // A native (callGo) frame: its argument words are scanned conservatively.
      markRange(rt, w, fsp + 8, fsp + size);
      return;
    }
    const pm = fi.ptrmap;
    for (let k = 0; k < pm.length; k++) {
      const v = u32[(fsp + pm[k]) >>> 2];
      if (v !== 0) markPtr(rt, w, v);
    }
    const ap = fi.argPtrmap;
    const argBase = fsp + size + 8;
    for (let k = 0; k < ap.length; k++) {
      const v = u32[(argBase + ap[k]) >>> 2];
      if (v !== 0) markPtr(rt, w, v);
    }
    // The outgoing-args area (arguments of the call this frame is making, e.g. to a native that is
    // allocating) is scanned conservatively. Its size is FuncInfo.outArgsSize when given, else it
    // ends where the pointer slots start (layout: header, out args, pointer slots, scalars), else
    // (no pointer slots) the whole frame is scanned.
    const out = fi.outArgsSize ?? (pm.length > 0 ? pm[0] - 8 : size - 8);
    if (out > 0) markRange(rt, w, fsp + 8, fsp + 8 + out);
  });
  // A header the walk could not follow: keep everything above it alive (conservatively) rather
  // than free objects that live frames may still reference.
  if (end < g.top) {
    rt.badStackWalks++;
    markRange(rt, w, end, g.hi);
  }
}

/** markroot: globals, runtime-held roots, every goroutine stack, then drain. */
export function markRoots(rt: Runtime, w: GCWork): void {
  const u32 = rt.m.u32;
  for (const [base, offs] of rt.globalRoots) {
    for (let k = 0; k < offs.length; k++) {
      const v = u32[(base + offs[k]) >>> 2];
      if (v !== 0) markPtr(rt, w, v);
    }
  }
  for (const a of rt.roots.keys()) {
    const v = u32[a >>> 2];
    if (v !== 0) markPtr(rt, w, v);
  }
  const mark = (p: number) => { if (p !== 0) markPtr(rt, w, p); };
  for (const scan of rt.rootScanners) scan(mark);
  for (const g of rt.allgs) {
    const sp = g === rt.curg ? rt.sp : g.sp;
    scanStack(rt, w, g, sp);
    w.stacksScanned++;
    if (rt.shrinkStacks && sp >= g.lo && sp < g.hi) requestShrink(rt, g, sp);
  }
  drain(rt, w);
}
