// The heap profile: allocations sampled every MemProfileRate bytes on average (an exponential
// distribution, like Go's nextSample/fastexprand), grouped in buckets by allocation stack and size,
// with frees recorded when the sweeper frees a sampled object. Counts go through Go's three-slot
// cycle scheme so runtime.MemProfile reports the heap as of the last completed GC (mProf_Malloc at
// cycle+2, mProf_Free at cycle+1, mProf_NextCycle at mark termination, mProf_Flush / PostSweep).
// Mirrors src/runtime/mprof.go (memRecord, mProf_*, MemProfile) and malloc.go (profilealloc,
// nextSample, fastexprand). Stacks come from the simulated stack's frame headers (and the JS stack
// for the allocating line); src/std/runtime/mprof_natives.ts turns them into pcs when read.

import type { Runtime } from './runtime.js';
import { cheaprand } from './alg.js';

/** memRecordCycle: allocs/frees of one cycle slot. */
interface Cycle { allocs: number; frees: number; allocBytes: number; freeBytes: number }

/** A bucket: one allocation stack and size. */
export interface MemBucket {
  /** The allocating Go frames, innermost first: [funcIndex, line] pairs. */
  readonly frames: number[];
  /** Allocated on goroutine 1 (its stack ends in runtime.main). */
  readonly main: boolean;
  readonly size: number;
  readonly active: Cycle;
  readonly future: [Cycle, Cycle, Cycle];
}

const zero = (): Cycle => ({ allocs: 0, frees: 0, allocBytes: 0, freeBytes: 0 });
function add(a: Cycle, b: Cycle): void { a.allocs += b.allocs; a.frees += b.frees; a.allocBytes += b.allocBytes; a.freeBytes += b.freeBytes; }
function reset(a: Cycle): void { a.allocs = 0; a.frees = 0; a.allocBytes = 0; a.freeBytes = 0; }

export class MemProf {
  /** Address of the Go variable runtime.MemProfileRate (0 until package runtime registers it). */
  rateAddr = 0;
  /** Bytes left until the next sample (mcache.nextSample). */
  nextSample = 0;
  /** Buckets, newest first at read time (Go's mbuckets list is prepended). */
  readonly buckets: MemBucket[] = [];
  private readonly byKey = new Map<string, MemBucket>();
  /** Sampled objects still allocated: slot address → bucket (Go: the profile special). */
  readonly live = new Map<number, MemBucket>();
  /** mProfCycle: advanced at each mark termination; flushed / post-swept markers. */
  private cycle = 0;
  private seenGC = 0;
  private postSwept = 0;

  /** The rate now (MemProfileRate; 0 = off). */
  rate(rt: Runtime): number {
    const a = this.rateAddr;
    if (a === 0) return 0;
    const m = rt.m;
    const hi = m.i32[(a + 4) >>> 2];
    if (hi < 0) return 0;
    return hi > 0 ? 0x7fffffff : m.u32[a >>> 2];
  }

  /** nextSample (malloc.go): the distance to the next sampled byte. */
  pickNext(rt: Runtime, rate: number): void {
    if (rate <= 0) { this.nextSample = Number.MAX_SAFE_INTEGER; return; }
    if (rate === 1) { this.nextSample = 0; return; }
    // fastexprand: −ln(U)·mean with U from 26 random bits
    const mean = Math.min(rate, 0x7000000);
    const randomBitCount = 26;
    const q = (cheaprand(rt as any) % (1 << randomBitCount)) + 1;
    let qlog = Math.log2(q) - randomBitCount;
    if (qlog > 0) qlog = 0;
    this.nextSample = Math.trunc(qlog * (-Math.LN2 * mean)) + 1;
  }

  /**
   * Catches up with the collector (called before every profile event and when read): each mark
   * termination since the last call is mProf_NextCycle + mProf_Flush; a finished sweep is
   * mProf_PostSweep (publishes the heap as of the last mark termination).
   */
  sync(rt: Runtime): void {
    const ngc = rt.mstats.numgc;
    while (this.seenGC < ngc) {
      // the previous cycle's sweep finished before this cycle started
      if (this.postSwept !== this.cycle) { this.flush((this.cycle + 1) % 3); this.postSwept = this.cycle; }
      this.cycle++;
      this.seenGC++;
      this.flush(this.cycle % 3);
    }
    if (this.postSwept !== this.cycle && rt.sweeper.done) {
      this.flush((this.cycle + 1) % 3);
      this.postSwept = this.cycle;
    }
  }

  private flush(index: number): void {
    for (const b of this.buckets) { add(b.active, b.future[index]); reset(b.future[index]); }
  }

  /** mProf_Malloc: records a sampled allocation of `size` bytes at slot address p. */
  malloc(rt: Runtime, p: number, size: number, frames: number[], main: boolean): void {
    this.sync(rt);
    const key = size + (main ? 'm' : 'g') + frames.join(',');
    let b = this.byKey.get(key);
    if (b === undefined) {
      b = { frames, main, size, active: zero(), future: [zero(), zero(), zero()] };
      this.byKey.set(key, b);
      this.buckets.push(b);
    }
    const c = b.future[(this.cycle + 2) % 3];
    c.allocs++; c.allocBytes += size;
    this.live.set(p, b);
  }

  /** mProf_Free: the sweeper freed the sampled object at slot address p. */
  free(rt: Runtime, p: number): void {
    const b = this.live.get(p);
    if (b === undefined) return;
    this.live.delete(p);
    this.sync(rt);
    const c = b.future[(this.cycle + 1) % 3];
    c.frees++; c.freeBytes += b.size;
  }

  /**
   * The records MemProfile reports (newest bucket first): with inuseZero all buckets, else those
   * with live bytes. Before any GC published data, every cycle slot is folded in (Go's `clear`).
   */
  records(rt: Runtime, inuseZero: boolean): MemBucket[] {
    this.sync(rt);
    this.flush(this.cycle % 3);
    const bs = [...this.buckets].reverse();
    if (bs.every(b => b.active.allocs === 0 && b.active.frees === 0)) {
      for (const b of bs) for (const c of b.future) { add(b.active, c); reset(c); }
    }
    return bs.filter(b => inuseZero || b.active.allocBytes !== b.active.freeBytes);
  }
}

/** Go's profiles keep at most 32 frames (MemProfileRecord.Stack0). */
const maxStack = 32;
/** JS frames looked at for the allocating function's line (the allocator's own frames first). */
const leafSearch = 10;

const asCallSites = (_e: Error, cs: NodeJS.CallSite[]): NodeJS.CallSite[] => cs;

/**
 * The Go line of the allocation: the innermost JS frame of the emitted module whose line maps to Go
 * (structured call sites, no stack text). 0 when not found.
 */
function leafLine(rt: Runtime): number {
  const r = rt as unknown as { moduleURL?: string; lineMap?: Int32Array; lineOffset?: number };
  const lineMap = r.lineMap;
  if (!lineMap) return 0;
  const savedPrep = Error.prepareStackTrace, savedLimit = Error.stackTraceLimit;
  let cs: NodeJS.CallSite[] = [];
  try {
    Error.prepareStackTrace = asCallSites as any;
    Error.stackTraceLimit = leafSearch;
    const o: { stack?: unknown } = {};
    Error.captureStackTrace(o, profilealloc);
    cs = (o.stack as NodeJS.CallSite[] | undefined) ?? [];
  } finally {
    Error.prepareStackTrace = savedPrep;
    Error.stackTraceLimit = savedLimit;
  }
  const url = r.moduleURL, off = r.lineOffset ?? 0;
  for (const c of cs) {
    if (url !== undefined && c.getFileName() !== url) continue;
    const jl = (c.getLineNumber() ?? -1) + off;
    if (jl >= 0 && jl < lineMap.length && lineMap[jl] > 0) return lineMap[jl];
  }
  return 0;
}

/**
 * profilealloc (malloc.go), called by mallocgc when the sample point is reached: the next sample
 * distance, then the record with the allocating stack: the Go frames of the simulated stack from
 * rt.sp (function index from each frame header, the caller lines from the header line words, the
 * allocating line from the JS stack), wrappers and native frames left out like Go's tracebacks.
 */
export function profilealloc(rt: Runtime, mp: MemProf, rate: number, p: number, size: number): void {
  mp.pickNext(rt, rate);
  const frames: number[] = [];
  const g = rt.curg as unknown as { top?: number; goid?: number } | null;
  const top = g?.top ?? rt.stackHi;
  const u32 = rt.m.u32;
  let sp = rt.sp;
  for (let guard = 0; sp > 0 && sp < top && guard < 100000 && frames.length < 2 * maxStack; guard++) {
    const idx = u32[sp >>> 2];
    let fsz: number;
    if (idx === 0) fsz = u32[(sp >>> 2) + 1];
    else {
      const fi = rt.funcs[idx];
      if (fi === undefined) break;
      fsz = fi.frameSize;
      if (!(fi.file === '<autogenerated>' && frames.length > 0)) {
        frames.push(idx, frames.length === 0 ? (leafLine(rt) || fi.line) : u32[(sp >>> 2) + 1]);
      }
    }
    if (fsz <= 0 || (fsz & 7) !== 0) break;
    sp += fsz;
  }
  mp.malloc(rt, p, size, frames, (g?.goid ?? 1) === 1);
}
