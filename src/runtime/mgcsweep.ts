// Sweeping, lazy and span by span: after mark termination every in-use span is "unswept"; a span
// is swept before the allocator takes a slot from it (sweepForClass, Go's mcentral.cacheSpan), in
// proportion to allocation (deductSweepCredit), by the background sweeper (bgsweep slices), and
// completely at the next sweep termination (finishsweep_m) or by runtime.GC().
// Mirrors src/runtime/mgcsweep.go (sweepone, mspan.sweep, deductSweepCredit, bgsweep,
// finishsweep_m). Sweeping a span frees its unmarked slots (reused by later allocations), returns it
// to the page heap when empty, and puts it on its mcentral's partial list when it has free slots.
// As in Go, the mark bits become the new alloc bits and the old alloc bits are cleared.

import type { Runtime } from './runtime.js';
import type { MSpan } from './mspan.js';
import { numSpanClasses } from './mspan.js';
import { pageSize } from './mheap.js';

/** Sweep state of one cycle (Go's sweep + sweepgen: a span is unswept iff it is in `unswept`). */
export class Sweeper {
  /** Spans still to sweep. */
  readonly unswept = new Set<MSpan>();
  /** All spans to sweep in address order, and the next index the background sweeper looks at. */
  private order: MSpan[] = [];
  private pos = 0;
  /** Per span class, the spans to sweep (address order) and the next index. */
  private byClass: MSpan[][] = [];
  private classPos: Int32Array = new Int32Array(numSpanClasses);
  /** Proportional sweep (Go's sweepPagesPerByte, pagesSwept, heapLive basis). */
  pagesPerByte = 0;
  pagesSwept = 0;
  pagesSweptBasis = 0;
  heapLiveBasis = 0;
  /** Pages of spans to sweep this cycle. */
  pagesInUse = 0;
  /** Spans swept / freed this cycle (metrics, tests). */
  nswept = 0;
  nfreedSpans = 0;

  get done(): boolean { return this.unswept.size === 0; }

  /** Starts a sweep phase: every in-use span becomes unswept (after the mcache was flushed). */
  begin(rt: Runtime): void {
    const spans = [...rt.heap.allspans].sort((a, b) => a.base - b.base);
    this.unswept.clear();
    this.order = spans;
    this.pos = 0;
    this.byClass = [];
    for (let i = 0; i < numSpanClasses; i++) this.byClass.push([]);
    this.classPos.fill(0);
    let pages = 0;
    for (const s of spans) {
      this.unswept.add(s);
      this.byClass[s.spanclass].push(s);
      pages += s.npages;
    }
    for (const c of rt.central) c.partial.length = 0;
    this.pagesInUse = pages;
    this.pagesSwept = 0;
    this.nswept = 0;
    this.nfreedSpans = 0;
  }

  /** gcPaceSweeper: sweep all pages by the time heapLive reaches the next trigger. */
  pace(heapLive: number, trigger: number): void {
    this.heapLiveBasis = heapLive;
    this.pagesSweptBasis = 0;
    const distance = trigger - heapLive - 1024 * 1024; // sweepMinHeapDistance of slack
    this.pagesPerByte = distance <= 0 || trigger === Infinity ? (distance <= 0 ? this.pagesInUse : 0) : this.pagesInUse / distance;
    if (!isFinite(this.pagesPerByte)) this.pagesPerByte = 0;
  }

  /** sweepone: sweeps the next unswept span in address order; returns its pages (0 = none left). */
  sweepOne(rt: Runtime): number {
    const order = this.order;
    while (this.pos < order.length) {
      const s = order[this.pos++];
      if (this.unswept.has(s)) return sweepSpan(rt, this, s);
    }
    return 0;
  }

  /** Sweeps up to `budgetPages` pages (background sweeper slice). Returns true when done. */
  sweepPages(rt: Runtime, budgetPages: number): boolean {
    let n = 0;
    while (n < budgetPages) {
      const p = this.sweepOne(rt);
      if (p === 0) break;
      n += p;
    }
    return this.done;
  }

  /** finishsweep_m / runtime.GC: sweeps everything left. */
  finish(rt: Runtime): void {
    while (this.sweepOne(rt) !== 0) { /* sweep */ }
  }

  /**
   * mcentral.cacheSpan's sweeping: sweeps unswept spans of class spc (at most 100, spanBudget)
   * until one has a free slot (it lands on the mcentral's partial list).
   */
  sweepForClass(rt: Runtime, spc: number): void {
    const list = this.byClass[spc];
    if (list === undefined) return;
    const central = rt.central[spc];
    let budget = 100;
    while (this.classPos[spc] < list.length && budget-- > 0) {
      const s = list[this.classPos[spc]++];
      if (!this.unswept.has(s)) continue;
      sweepSpan(rt, this, s);
      if (central.partial.length > 0) return;
    }
  }

  /** deductSweepCredit: sweeps pages in proportion to the heap grown since the sweep started. */
  deductCredit(rt: Runtime, spanBytes: number): void {
    if (this.pagesPerByte === 0 || this.done) return;
    const live = rt.gcc.heapLive + spanBytes;
    const target = Math.floor(this.pagesPerByte * (live - this.heapLiveBasis));
    while (this.pagesSwept - this.pagesSweptBasis < target) {
      if (this.sweepOne(rt) === 0) break;
    }
  }

  /** reclaim (mheap.go): before taking npages of new pages, sweep to free at least that many. */
  reclaim(rt: Runtime, npages: number): void {
    if (this.done) return;
    const before = rt.heap.idlePages;
    while (rt.heap.idlePages - before < npages) {
      if (this.sweepOne(rt) === 0) break;
    }
  }
}

/** mspan.sweep: frees the unmarked slots of one span. Returns the span's pages. */
export function sweepSpan(rt: Runtime, sw: Sweeper, s: MSpan): number {
  sw.unswept.delete(s);
  sw.nswept++;
  const npages = s.npages;
  sw.pagesSwept += npages;
  const heap = rt.heap;
  const st = rt.mstats;
  const freeHook = rt.freeHook;
  const prof = rt.memprof.live.size !== 0 ? rt.memprof : null; // sampled objects (mProf_Free)
  const alloc = s.allocBits, mark = s.gcmarkBits;
  if (s.sizeclass === 0) {
    if (mark[0] === 0) {
      st.largeFree += s.elemsize;
      st.largeFreeCount++;
      if (freeHook !== null) freeHook(s.base, s.elemsize);
      if (prof !== null) prof.free(rt, s.base);
      heap.freePages(s);
      sw.nfreedSpans++;
    } else mark[0] = 0;
    return npages;
  }
  const n = s.nelems;
  let count = 0;
  for (let i = 0; i < n; i++) count += mark[i];
  const freed = s.allocCount - count;
  if (freed > 0) {
    const types = s.types;
    if (types !== null || freeHook !== null || prof !== null) {
      for (let i = 0; i < n; i++) {
        if (alloc[i] !== 0 && mark[i] === 0) {
          if (types !== null) types[i] = null;
          if (freeHook !== null) freeHook(s.base + i * s.elemsize, s.elemsize);
          if (prof !== null) prof.free(rt, s.base + i * s.elemsize);
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
  if (count === 0) { heap.freePages(s); sw.nfreedSpans++; }
  else if (count < n) rt.central[s.spanclass].partial.push(s);
  return npages;
}

/** The stop-the-world sweep of the first collector (GODEBUG=gcstoptheworld=2): all spans now. */
export function sweepAll(rt: Runtime): void {
  rt.sweeper.begin(rt);
  rt.sweeper.finish(rt);
}

/** Bytes of pages still unswept (metrics, tests). */
export function unsweptBytes(sw: Sweeper): number {
  let n = 0;
  for (const s of sw.unswept) n += s.npages * pageSize;
  return n;
}
