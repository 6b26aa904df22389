// GC marking: roots (globals, goroutine stacks, runtime-held roots, finalizer specials) and the grey
// object queue, drained in bounded slices. Mirrors src/runtime/mgcmark.go (markroot, scanstack,
// scanframeworker, scanobject, greyobject, gcDrain, gcDrainN) and the gcWork queue of
// src/runtime/mgcwork.go. Marking is precise: heap objects are scanned by the TypeDesc recorded at
// allocation (elem type × count), frames by their FuncInfo pointer maps.
//
// Object contents are read from live memory (every pointer store runs the hybrid write barrier,
// mbarrier.ts: the default) or, under GODEBUG=gcsnapshot=1, from the heap snapshot taken at mark
// start (snapshot-at-the-beginning without barriers).

import type { Runtime } from './runtime.js';
import { SpanState, type MSpan } from './mspan.js';
import { walkFrames, requestShrink, type GStack } from './stack.js';

/** The grey queue and this cycle's counters (gcWork). */
export class GCWork {
  /** Grey objects: slot base addresses of scan objects still to scan. */
  grey: number[] = [];
  bytesMarked = 0;
  /** Scan work: bytes of pointer-bearing heap scanned (the pacer's heapScan). */
  heapScan = 0;
  stackScan = 0;
  /** Goroutine stacks scanned (for the adaptive starting stack size). */
  stacksScanned = 0;
  /** Heap contents of scan spans at mark start (null = read live memory): the word at heap
   *  address a is snap[snapPageOff[(a − snapBase) >> 13] + ((a − snapBase) & 8191) / 4]. */
  snap: Uint32Array | null = null;
  snapPageOff: Int32Array | null = null;
  snapBase = 0;
  /** gccheckmark: per-span checkmark bits (null in a normal cycle). */
  checkmark: Map<MSpan, Uint8Array> | null = null;
  /** gccheckmark: called with (object base, span, reached-from slot) for a reachable white object. */
  onWhite: ((base: number, s: MSpan, from: number) => void) | null = null;
  /** Address whose word is being followed (for the checkmark report). */
  from = 0;
  /** True while scanning conservatively: stale words of a stack area (not zeroed on entry) may
   *  name dead objects, so the checkmark verifier does not report what it finds there. */
  conservative = false;
  /** Called for each newly shaded object (event stream 'shade'), or null. */
  onShade: ((base: number, size: number) => void) | null = null;
}

/** greyobject: marks the object containing p (if p points into an allocated heap slot). */
export function markPtr(rt: Runtime, w: GCWork, p: number): void {
  const heap = rt.heap;
  if (p < heap.base) return;
  const s = heap.spans[(p - heap.base) >>> 13];
  if (s === undefined || s.state !== SpanState.InUse) return;
  const i = s.nelems === 1 ? 0 : Math.floor((p - s.base) / s.elemsize);
  if (i >= s.nelems || s.allocBits[i] === 0) return;
  let bits = s.gcmarkBits;
  if (w.checkmark !== null) {
    let cb = w.checkmark.get(s);
    if (cb === undefined) { cb = new Uint8Array(s.nelems); w.checkmark.set(s, cb); }
    bits = cb;
    // A stale word found by a conservative scan may name an object that died before the cycle:
    // neither report nor trace it.
    if (w.conservative && s.gcmarkBits[i] === 0) return;
    if (cb[i] === 0 && s.gcmarkBits[i] === 0 && w.onWhite !== null && !w.conservative) w.onWhite(s.base + i * s.elemsize, s, w.from);
  }
  if (bits[i] !== 0) return;
  bits[i] = 1;
  w.bytesMarked += s.elemsize;
  if (w.onShade !== null) w.onShade(s.base + i * s.elemsize, s.elemsize);
  if (!s.noscan) w.grey.push(s.base + i * s.elemsize);
}

/** scanobject: marks everything the object at slot base x points to; returns the scan work. */
export function scanObject(rt: Runtime, w: GCWork, x: number): number {
  const s = rt.heap.spanOf(x)!;
  const i = s.nelems === 1 ? 0 : Math.floor((x - s.base) / s.elemsize);
  const td = s.types![i];
  if (td === null) return 8;
  const n = s.counts![i];
  const ptrs = td.ptrs;
  const np = ptrs.length;
  if (np === 0) return 8;
  const snap = w.snap;
  const src = snap ?? rt.m.u32;
  const pageOff = w.snapPageOff!;
  const sbase = w.snapBase;
  let base = x + (s.sizeclass === 0 ? 0 : s.headerSize);
  const sz = td.size;
  const work = n * td.ptrdata;
  w.heapScan += work;
  const track = w.checkmark !== null;
  for (let k = 0; k < n; k++, base += sz) {
    for (let j = 0; j < np; j++) {
      const a = base + ptrs[j];
      let v: number;
      if (snap === null) v = src[a >>> 2];
      else { const rel = a - sbase; v = src[pageOff[rel >>> 13] + ((rel & 8191) >>> 2)]; }
      if (v !== 0) {
        if (track) w.from = a;
        markPtr(rt, w, v);
      }
    }
  }
  return work + 8;
}

/** gcDrain: drains the whole grey queue. */
export function drain(rt: Runtime, w: GCWork): void {
  const grey = w.grey;
  while (grey.length > 0) scanObject(rt, w, grey.pop()!);
}

/**
 * gcDrainN: scans grey objects until `budget` bytes of scan work are done or the real-time clock
 * passes `deadline` (ms, performance.now; Infinity = none). Returns the work done.
 */
export function drainN(rt: Runtime, w: GCWork, budget: number, deadline = Infinity): number {
  const grey = w.grey;
  let done = 0;
  let k = 0;
  while (grey.length > 0 && done < budget) {
    done += scanObject(rt, w, grey.pop()!);
    if (deadline !== Infinity && (++k & 63) === 0 && performance.now() >= deadline) break;
  }
  return done;
}

/** Conservatively marks every word in [lo, hi) that points into an allocated heap slot. */
export function markRange(rt: Runtime, w: GCWork, lo: number, hi: number): void {
  const u32 = rt.m.u32;
  w.conservative = true;
  for (let a = lo; a < hi; a += 8) {
    const v = u32[a >>> 2];
    if (v !== 0 && u32[(a >>> 2) + 1] === 0) { w.from = a; markPtr(rt, w, v); }
  }
  w.conservative = false;
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
  // Whether the frame visited last (the callee of the current one) is a compiled Go function.
  let calleeIsGo = false;
  const end = walkFrames(rt, sp, g.top, (fsp, fi, size) => {
    if (fi === undefined) {
      // A native (callGo) frame: the arguments callGo wrote into its cleared area (the compiled
      // callee's frame below scans them precisely too; callGo's own reads of them are covered here).
      markRange(rt, w, fsp + 8, fsp + size);
      calleeIsGo = false;
      return;
    }
    const pm = fi.ptrmap;
    for (let k = 0; k < pm.length; k++) {
      const v = u32[(fsp + pm[k]) >>> 2];
      if (v !== 0) { w.from = fsp + pm[k]; markPtr(rt, w, v); }
    }
    const ap = fi.argPtrmap;
    const argBase = fsp + size + 8;
    for (let k = 0; k < ap.length; k++) {
      const v = u32[(argBase + ap[k]) >>> 2];
      if (v !== 0) { w.from = argBase + ap[k]; markPtr(rt, w, v); }
    }
    // The outgoing-args area holds only the arguments of the call in progress (Go's stack maps):
    // a compiled callee's frame (visited just before) scanned them with its argPtrmap; a native or
    // dynamic callee is named by the callee word, and its argPtrmap describes them. Otherwise the
    // frame is calling into the runtime (JS arguments) and the area is dead.
    if (!calleeIsGo && fi.calleeOff) {
      const ci = u32[(fsp + fi.calleeOff) >>> 2];
      const cf = ci !== 0 ? rt.funcs[ci] : undefined;
      if (cf !== undefined) {
        const cap = cf.argPtrmap;
        for (let k = 0; k < cap.length; k++) {
          const v = u32[(fsp + 8 + cap[k]) >>> 2];
          if (v !== 0) { w.from = fsp + 8 + cap[k]; markPtr(rt, w, v); }
        }
      }
    }
    calleeIsGo = true;
  });
  // A header the walk could not follow: keep everything above it alive (conservatively) rather
  // than free objects that live frames may still reference.
  if (end < g.top) {
    rt.badStackWalks++;
    markRange(rt, w, end, g.hi);
  }
}

/**
 * markroot: shades globals, runtime-held roots, root scanners (scheduler, finalizers, weak
 * handles…) and every goroutine stack; requests stack shrinks when `shrink`. Does not drain.
 */
export function markRootsShade(rt: Runtime, w: GCWork, shrink: boolean): void {
  const u32 = rt.m.u32;
  for (const [base, offs] of rt.globalRoots) {
    for (let k = 0; k < offs.length; k++) {
      const v = u32[(base + offs[k]) >>> 2];
      if (v !== 0) { w.from = base + offs[k]; markPtr(rt, w, v); }
    }
  }
  for (const a of rt.roots.keys()) {
    const v = u32[a >>> 2];
    if (v !== 0) { w.from = a; markPtr(rt, w, v); }
  }
  w.from = 0;
  const mark = (p: number) => { if (p !== 0) markPtr(rt, w, p); };
  for (const scan of rt.rootScanners) scan(mark);
  for (const scan of rt.gcRootScanners) scan(rt, w);
  for (const g of rt.allgs) {
    if (g.hi === g.lo) continue; // a dead goroutine whose stack is already freed
    const sp = g === rt.curg ? rt.sp : g.sp;
    scanStack(rt, w, g, sp);
    w.stacksScanned++;
    if (shrink && rt.shrinkStacks && sp >= g.lo && sp < g.hi) requestShrink(rt, g, sp);
  }
}

/** markroot + drain: everything reachable, in one go (STW cycles and the checkmark verifier). */
export function markRoots(rt: Runtime, w: GCWork): void {
  markRootsShade(rt, w, true);
  drain(rt, w);
}
