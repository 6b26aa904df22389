// The scheduler: goroutine creation (newproc), the G/M/P run queues (per-P local queue of 256 +
// runnext, the global queue checked every 61st tick, work stealing), parking and readying
// (gopark/goready), Gosched/Goexit, cooperative preemption at back-edges, the schedule loop that
// resumes goroutine generators, running synchronous code that blocks (runSync), deadlock detection
// (checkdead), the goroutine dump, and the collector's share of processor time: the background mark
// worker and sweeper run between goroutine slices and when every P is idle.
//
// Mirrors src/runtime/proc.go (newproc, newproc1, runqput, runqget, runqsteal, globrunqput/get,
// findRunnable, schedule, execute, gopark, goready, gosched, goexit0, checkdead, gcount), the
// scheduling of GC workers (mgc.go gcBgMarkWorker, mgcpacer.go findRunnableGCWorker,
// mgcsweep.go bgsweep) and the goroutine part of src/runtime/traceback.go (goroutineheader,
// tracebackothers, printcreatedby, isSystemGoroutine).
//
// Execution is one JS thread. Each goroutine runs a generator (compiled Go functions that can block
// are `function*`); a goroutine gives the thread back by yielding a Yield request. GOMAXPROCS Ps take
// turns: after every slice the next P schedules.

import type { Runtime, G } from './runtime.js';
import { GoExit } from './runtime.js';
import { GoPanic } from './panic.js';
import { formatPanic } from './traceback.js';
import { NATIVE_FRAME, walkFrames } from './stack.js';
import {
  GStatus, gStatusStrings, Yield, P, GQueue, CheapRand, runqSize, goidCacheBatch,
  type SchedG, type GoGen, type BlockedOn,
} from './runtime2.js';
import { Timers, goschedNs, preemptSliceNs } from './time.js';
import { GCPhase, bgWorkerOwedMs } from './mgc.js';

/** Back-edge checks per time slice before a goroutine is preempted (a "virtual 10 ms"). */
export const defaultPreemptBudget = 10000;
/** stealTries (proc.go findRunnable). */
const stealTries = 4;
/** Background mark worker slices between goroutine slices: skipped below the minimum (the share
 *  owed accumulates), capped so one slice never starves the program. Real milliseconds. */
const minWorkerSliceMs = 0.05;
const maxWorkerSliceMs = 20;
/** bgsweep's low-priority budget: pages swept between two goroutine slices while Ps are busy. */
const bgSweepPagesPerSlice = 1;

/** Wall-clock-free check for generator objects returned by compiled functions. */
export function isGenerator(x: unknown): x is GoGen {
  return x !== null && typeof x === 'object' && typeof (x as any).next === 'function' &&
    typeof (x as any)[Symbol.iterator] === 'function';
}

/** GOTRACEBACK level: 0 none, 1 single, 2 all, 3 system (crash/wer too): system goroutines are
 *  shown only at 3, as Go's tracebackothers shows them only from level 2 of its own numbering. */
export function tracebackLevel(rt: Runtime): number {
  const v = ((rt as any).env?.GOTRACEBACK ?? (rt as any).gotraceback ?? '') as string;
  switch (v) {
    case 'none': case '0': return 0;
    case 'all': case '1': return 2; // Go: 1 = all
    case 'system': case 'crash': case '2': case 'wer': return 3;
    default: return 1;
  }
}

/** Work the scheduler gave the collector (GOMEMLAB_GCSUMMARY, tests). Real milliseconds. */
export interface SchedGCWork {
  /** Background mark worker slices run between goroutine slices, and their time. */
  markSlices: number;
  markMs: number;
  /** Mark work done while every P was idle (idle-priority workers), and its time. */
  idleSlices: number;
  idleMs: number;
  /** Pages swept in the background (bgsweep), between slices and while idle. */
  sweptPages: number;
}

export interface NewprocSite {
  /** rt.funcs index of the function containing the go statement (default: the innermost frame). */
  funcIndex?: number;
  /** Line of the go statement (default: the frame header's line word). */
  line?: number;
  /** Explicit creator (runtime-created goroutines such as time.goFunc). */
  createdBy?: { name: string; file: string; line: number };
}

/** The scheduler state of one Runtime (Go's sched + allp). */
export class Sched {
  readonly ps: P[] = [];
  /** Index of the P whose turn it is. */
  pidx = 0;
  readonly globrunq = new GQueue();
  goidgen = 0;
  readonly rand: CheapRand;
  preemptBudget = defaultPreemptBudget;
  readonly timers: Timers;
  /** Goroutines waiting inside runSync, innermost last. */
  readonly syncStack: SchedG[] = [];
  /** Sync waiters that became runnable while a deeper runSync was active. */
  private deferredSync: SchedG[] = [];
  /** Main goroutine called Goexit. */
  mainGoexited = false;
  /** Events for tests/observers (null = off). */
  trace: string[] | null = null;
  readonly ncpu: number;
  /** The collector's share so far (see gcBetweenSlices / gcIdle). */
  readonly gcWork: SchedGCWork = { markSlices: 0, markMs: 0, idleSlices: 0, idleMs: 0, sweptPages: 0 };

  constructor(readonly rt: Runtime, opts: { gomaxprocs?: number; seed?: number; ncpu?: number; realtime?: boolean } = {}) {
    const envProcs = parseInt(((rt as any).env?.GOMAXPROCS ?? '') as string, 10);
    const n = Math.max(1, opts.gomaxprocs ?? (envProcs > 0 ? envProcs : rt.procs ?? 1));
    rt.procs = n;
    for (let i = 0; i < n; i++) this.ps.push(new P(i));
    this.rand = new CheapRand(opts.seed ?? ((rt as any).seed as number | undefined) ?? 0);
    this.ncpu = opts.ncpu ?? n;
    this.timers = new Timers(this, opts.realtime ?? false);
    // Goroutine 1 (created by rt.start) becomes the main goroutine; goids 2–4 are the runtime's own
    // goroutines in Go (forcegc, bgsweep, bgscavenge), so user goroutines start at 5 like Go's.
    if (!rt.started) rt.start();
    const g1 = rt.curg!;
    initG(g1);
    const m = g1 as SchedG;
    m.status = GStatus.Running;
    m.isMain = true;
    this.goidgen = goidCacheBatch;
    this.ps[0].goidcache = 5;
    this.ps[0].goidcacheend = goidCacheBatch + 1;
  }

  get curP(): P { return this.ps[this.pidx]; }
  get curg(): SchedG { return this.rt.curg as SchedG; }

  /** GOMAXPROCS(n): changes the number of Ps (queued goroutines move to the global queue). */
  setMaxProcs(n: number): number {
    const old = this.ps.length;
    if (n < 1 || n === old) return old;
    if (n > old) for (let i = old; i < n; i++) this.ps.push(new P(i));
    else {
      for (const p of this.ps.splice(n)) {
        let g: SchedG | null;
        while ((g = this.runqget(p)) !== null) this.globrunqput(g);
      }
      if (this.pidx >= n) this.pidx = 0;
    }
    this.rt.procs = n;
    return old;
  }

  // ======== goids, run queues ========

  private newgoid(p: P): number {
    if (p.goidcache === p.goidcacheend) {
      this.goidgen += goidCacheBatch;
      p.goidcache = this.goidgen - goidCacheBatch + 1;
      p.goidcacheend = this.goidgen + 1;
    }
    return p.goidcache++;
  }

  /** runqput: next=true puts g in runnext (kicking the old runnext to the tail). */
  runqput(p: P, g: SchedG, next: boolean): void {
    g.queued = true;
    if (next) {
      const old = p.runnext;
      p.runnext = g;
      if (old === null) return;
      g = old;
    }
    if (p.runqtail - p.runqhead < runqSize) {
      p.runq[p.runqtail % runqSize] = g;
      p.runqtail++;
      return;
    }
    // runqputslow: half of the local queue plus g go to the global queue.
    const n = runqSize / 2;
    for (let i = 0; i < n; i++) {
      const x = p.runq[p.runqhead % runqSize]!;
      p.runq[p.runqhead % runqSize] = null;
      p.runqhead++;
      this.globrunq.push(x);
    }
    this.globrunq.push(g);
  }

  runqget(p: P): SchedG | null {
    const nx = p.runnext;
    if (nx !== null) { p.runnext = null; return nx; }
    if (p.runqhead === p.runqtail) return null;
    const g = p.runq[p.runqhead % runqSize]!;
    p.runq[p.runqhead % runqSize] = null;
    p.runqhead++;
    return g;
  }

  globrunqput(g: SchedG): void {
    g.queued = true;
    this.globrunq.push(g);
  }

  /** globrunqget: takes a fair share of the global queue (one to run, the rest to p's queue). */
  private globrunqget(p: P, max: number): SchedG | null {
    const size = this.globrunq.size;
    if (size === 0) return null;
    let n = Math.min(size, Math.floor(size / this.ps.length) + 1);
    if (max > 0 && n > max) n = max;
    if (n > runqSize / 2) n = runqSize / 2;
    const gp = this.globrunq.pop()!;
    for (let i = 1; i < n; i++) this.runqput(p, this.globrunq.pop()!, false);
    return gp;
  }

  /** runqsteal: half of a random victim's queue (its runnext on the last try). */
  private steal(p: P): SchedG | null {
    const n = this.ps.length;
    if (n === 1) return null;
    for (let i = 0; i < stealTries; i++) {
      const start = this.rand.n(n);
      for (let k = 0; k < n; k++) {
        const v = this.ps[(start + k) % n];
        if (v === p) continue;
        const avail = v.runqLen();
        if (avail > 0) {
          const take = avail - (avail >> 1);
          let first: SchedG | null = null;
          for (let j = 0; j < take; j++) {
            const g = v.runq[v.runqhead % runqSize]!;
            v.runq[v.runqhead % runqSize] = null;
            v.runqhead++;
            if (first === null) first = g; else this.runqput(p, g, false);
          }
          return first;
        }
        if (i === stealTries - 1 && v.runnext !== null) {
          const g = v.runnext;
          v.runnext = null;
          return g;
        }
      }
    }
    return null;
  }

  /** Whether any goroutine is runnable (all Ps' queues, the global queue). */
  anyRunnable(): boolean {
    if (this.globrunq.size > 0) return true;
    for (const p of this.ps) if (!p.runqEmpty()) return true;
    return false;
  }

  // ======== creating, parking, readying ========

  /**
   * newproc: a goroutine running rt.funcs[fnIndex] with closure context ctx. The go statement's
   * arguments were evaluated by the caller; writeArgs copies them into the new stack's argument
   * area (argsSize bytes); scalarArgs are the JS-passed scalar parameters.
   */
  newproc(fnIndex: number, ctx: number, argsSize: number, writeArgs: ((argBase: number) => void) | null,
    scalarArgs: unknown[] = [], site: NewprocSite = {}): SchedG {
    const rt = this.rt;
    const parent = this.curg;
    const p = this.curP;
    let createdBy = site.createdBy;
    if (createdBy === undefined) {
      const u32 = rt.m.u32;
      const hdr = rt.sp >>> 2;
      const fidx = site.funcIndex ?? (parent.sp !== undefined ? u32[hdr] : 0);
      const fi = rt.funcs[fidx];
      const line = site.line ?? u32[hdr + 1];
      createdBy = fi !== undefined && fidx !== NATIVE_FRAME
        ? { name: fi.name, file: fi.file, line: line || fi.line }
        : { name: 'runtime.main', file: '', line: 0 };
    }
    const g = rt.newg();
    initG(g);
    const sg = g as SchedG;
    sg.goid = this.newgoid(p);
    sg.parentGoid = parent.goid;
    sg.createdBy = createdBy;
    // The entry frame: a native frame at the top holding the arguments (scanned conservatively by
    // the GC) and, in its last word, the closure context, so both stay alive until the goroutine runs.
    const size = 8 + ((argsSize + 7) & ~7) + 8;
    const nsp = g.top - size;
    const u32 = rt.m.u32;
    u32[nsp >>> 2] = NATIVE_FRAME;
    u32[(nsp >>> 2) + 1] = size;
    rt.m.memclr(nsp + 8, size - 8);
    u32[(nsp + size - 8) >>> 2] = ctx;
    if (writeArgs !== null) writeArgs(nsp + 8);
    g.sp = nsp;
    const fn = rt.funcs[fnIndex].fn;
    sg.entry = () => fn(nsp, ctx, ...scalarArgs);
    sg.ctxRoot = ctx;
    sg.status = GStatus.Runnable;
    this.runqput(p, sg, true);
    if (this.trace) this.trace.push(`newproc ${sg.goid}`);
    return sg;
  }

  /** newproc for a JS entry (runtime-created goroutines, tests): entry runs on g's stack. */
  newprocJS(entry: (csp: number) => unknown, createdBy: { name: string; file: string; line: number }): SchedG {
    const rt = this.rt;
    const g = rt.newg();
    initG(g);
    const sg = g as SchedG;
    sg.goid = this.newgoid(this.curP);
    sg.parentGoid = this.curg?.goid;
    sg.createdBy = createdBy;
    const size = 16;
    const nsp = g.top - size;
    rt.m.u32[nsp >>> 2] = NATIVE_FRAME;
    rt.m.u32[(nsp >>> 2) + 1] = size;
    g.sp = nsp;
    sg.entry = () => entry(nsp);
    sg.status = GStatus.Runnable;
    this.runqput(this.curP, sg, true);
    return sg;
  }

  /** goready: makes a parked goroutine runnable (runnext of the current P, like Go). */
  goready(g: SchedG): void {
    if (g.status !== GStatus.Waiting) throw new Error(`gomemlab: goready of goroutine ${g.goid} in status ${g.status}`);
    g.status = GStatus.Runnable;
    g.blockedOn = null;
    this.runqput(this.curP, g, true);
    if (this.trace) this.trace.push(`ready ${g.goid}`);
  }

  /** gopark: parks the running goroutine with a wait reason until someone calls goready. */
  *gopark(reason: string, on: BlockedOn): Generator<number, void, unknown> {
    const g = this.curg;
    g.status = GStatus.Waiting;
    g.waitreason = reason;
    g.blockedOn = on;
    if (this.trace) this.trace.push(`park ${g.goid} ${reason}`);
    yield Yield.Park;
  }

  // ======== the schedule loop ========

  /** findRunnable for one P: local (with the 61-tick global check), global, steal. */
  private findOnP(p: P): SchedG | null {
    p.schedtick++;
    if (p.schedtick % 61 === 0 && this.globrunq.size > 0) {
      const g = this.globrunqget(p, 1);
      if (g !== null) return g;
    }
    let g = this.runqget(p);
    if (g !== null) return g;
    g = this.globrunqget(p, 0);
    if (g !== null) return g;
    return this.steal(p);
  }

  /**
   * Picks the next goroutine to run: the Ps take turns; when no goroutine is runnable, due timers
   * run, and if none are due the clock advances to the next timer. Null: nothing can ever run.
   */
  findRunnable(): SchedG | null {
    this.gcBetweenSlices();
    for (;;) {
      this.timers.runDue();
      this.wakefing();
      const n = this.ps.length;
      for (let k = 0; k < n; k++) {
        const i = (this.pidx + k) % n;
        const g = this.findOnP(this.ps[i]);
        if (g !== null) {
          this.pidx = i;
          g.queued = false;
          return g;
        }
      }
      // Every P is idle: idle-priority GC work first (it may ready the finalizer goroutine).
      if (this.gcIdle()) continue;
      if (!this.timers.advance()) return null;
    }
  }

  /** findRunnable's finalizer check: the finalizer goroutine is parked and a GC cycle queued calls. */
  private wakefing(): void {
    const fs = this.rt.fin;
    if (!fs.fingWake) return;
    fs.fingWake = false;
    const g = fs.fing;
    if (g !== null && g.status === GStatus.Waiting) this.goready(g);
  }

  /**
   * The collector's processor time between two goroutine slices. While marking, the background
   * mark worker gets gcBackgroundUtilization (25%) of the wall time of the mark phase: Go's one
   * dedicated worker at GOMAXPROCS=4 (fractional workers otherwise), time-sliced with the program
   * on the one JS thread. In generator mode (gcstate.bgDriven) mallocgc no longer runs its own
   * dedicated-worker slices; it only tops up the same share inside a long goroutine slice (and
   * keeps its assists). After marking, bgsweep sweeps a little per slice.
   */
  gcBetweenSlices(): void {
    const rt = this.rt;
    if (rt.gcPhase === GCPhase.Mark) {
      const now = performance.now();
      const owed = bgWorkerOwedMs(rt, now);
      if (owed < minWorkerSliceMs) return;
      rt.gcBgMarkWorker(Math.min(owed, maxWorkerSliceMs));
      this.gcWork.markSlices++;
      this.gcWork.markMs += performance.now() - now;
      return;
    }
    if (rt.gcPhase === GCPhase.Off && !rt.sweeper.done) {
      const before = rt.sweeper.pagesSwept;
      rt.gcBgSweep(bgSweepPagesPerSlice);
      this.gcWork.sweptPages += rt.sweeper.pagesSwept - before;
    }
  }

  /**
   * Every P idle (findRunnable found nothing; the clock would jump or the program is deadlocked):
   * idle-priority mark workers finish the mark phase, or bgsweep finishes the sweep. True when it
   * did something (the caller looks for runnable goroutines again).
   */
  gcIdle(): boolean {
    const rt = this.rt;
    if (rt.gcPhase === GCPhase.Mark) {
      const t = performance.now();
      rt.gcBgMarkWorker(Infinity, true);
      this.gcWork.idleSlices++;
      this.gcWork.idleMs += performance.now() - t;
      return true;
    }
    if (rt.gcPhase === GCPhase.Off && !rt.sweeper.done) {
      const before = rt.sweeper.pagesSwept;
      rt.gcBgSweep(Infinity);
      this.gcWork.sweptPages += rt.sweeper.pagesSwept - before;
      return true;
    }
    return false;
  }

  /** After a goroutine's slice: the next P takes its turn. */
  private nextP(): void {
    if (this.ps.length > 1) this.pidx = (this.pidx + 1) % this.ps.length;
  }

  /**
   * execute: runs g until it yields, returns or dies. An unrecovered panic in g ends the program
   * (printed here, GoExit(2)); Goexit finishes g.
   */
  execute(g: SchedG): void {
    const rt = this.rt;
    rt.switchTo(g);
    g.status = GStatus.Running;
    (rt as any).preemptTick = this.preemptBudget;
    if (this.trace) this.trace.push(`run ${g.goid}@${this.pidx}`);
    let r: IteratorResult<number, unknown>;
    try {
      if (g.gen === null) {
        const entry = g.entry!;
        g.entry = null;
        const x = entry();
        if (isGenerator(x)) { g.gen = x; g.ctxRoot = 0; r = x.next(); } else r = { done: true, value: x };
      } else {
        const v = g.resume;
        g.resume = undefined;
        r = g.gen.next(v);
      }
    } catch (e) {
      if (e instanceof GoPanic && e.goexit) { this.goexit0(g); this.nextP(); return; }
      if (e instanceof GoPanic) this.fatalpanic(g, e);
      throw e;
    }
    if (r.done) this.goexit0(g);
    else this.afterYield(g, r.value);
    this.nextP();
  }

  private afterYield(g: SchedG, req: number): void {
    switch (req) {
      case Yield.Park:
        if (g.status !== GStatus.Waiting) throw new Error('gomemlab: goroutine yielded Park without parking');
        return;
      case Yield.Preempt:
      case Yield.Gosched:
        // the CPU time of the work this yield ends passes on the virtual clock (time.ts spend)
        this.timers.spend(req === Yield.Preempt ? preemptSliceNs : goschedNs);
        g.status = GStatus.Runnable;
        this.globrunqput(g);
        return;
      default:
        throw new Error(`gomemlab: goroutine ${g.goid} yielded ${String(req)} to the scheduler`);
    }
  }

  /** goexit0: the goroutine is done; its stack goes back to the pools. */
  goexit0(g: SchedG): void {
    g.status = GStatus.Dead;
    g.gen = null;
    g.entry = null;
    if (this.trace) this.trace.push(`exit ${g.goid}`);
    if (g.isMain) { this.mainGoexited = true; return; }
    // gfput: the stack goes back now; the G leaves allgs in batches (rt.freeg's indexOf/splice is
    // O(n) per goroutine). An empty [0, 0) stack makes the GC skip it until then.
    const rt = this.rt;
    rt.stacks.free(g.lo, g.hi - g.lo);
    g.lo = 0; g.hi = 0; g.top = 0; g.sp = 0;
    if (rt.curg === g) rt.curg = null;
    if (++this.deadGs > 256 && this.deadGs * 2 > rt.allgs.length) this.compactAllgs();
  }

  private deadGs = 0;

  /** Drops dead goroutines from rt.allgs (in place). */
  compactAllgs(): void {
    const all = this.rt.allgs;
    let j = 0;
    for (let i = 0; i < all.length; i++) {
      const g = all[i] as SchedG;
      if (g.status !== GStatus.Dead || g.isMain) all[j++] = g;
    }
    all.length = j;
    this.deadGs = 0;
  }

  /**
   * Runs a blocking operation (a generator following the entry-point protocol) for the running
   * goroutine from synchronous code: while it is parked, other goroutines run; returns its result.
   * The driver runs main.main this way; plain (non-generator) compiled code uses it for channel
   * operations and sleeps.
   */
  runSync<T>(gen: Generator<number, T, unknown>): T {
    const g = this.curg;
    let r = gen.next();
    if (r.done) return r.value;
    g.syncDepth = this.syncStack.length + 1;
    this.syncStack.push(g);
    try {
      for (;;) {
        let mainExit: GoPanic | null = null;
        if (!r.done) this.afterYield(g, r.value);
        // Run others until g is runnable again and picked.
        for (;;) {
          const next = this.findRunnable();
          if (next === null) this.checkdead();
          if (next === g) break;
          if (next!.syncDepth > 0) { this.deferredSync.push(next!); continue; }
          this.execute(next!);
        }
        this.rt.switchTo(g);
        g.status = GStatus.Running;
        (this.rt as any).preemptTick = this.preemptBudget;
        try {
          r = gen.next(g.resume);
        } catch (e) {
          if (e instanceof GoPanic && e.goexit && g.isMain && this.syncStack.length === 1) mainExit = e;
          else throw e;
        }
        if (mainExit !== null) { this.mainGoexit(); }
        if (r.done) return r.value;
      }
    } finally {
      this.syncStack.pop();
      g.syncDepth = 0;
      if (this.syncStack.length === 0 || this.deferredSync.length > 0) {
        const d = this.deferredSync;
        this.deferredSync = [];
        for (const x of d) this.globrunqput(x);
      }
    }
  }

  /** Runs goroutine 1's entry (init, main.main): a generator result runs under the scheduler. If
   *  main calls Goexit, the program continues until the other goroutines finish (then deadlock). */
  runMain(entry: () => unknown): unknown {
    let x: unknown;
    try {
      x = entry();
      if (!isGenerator(x)) return x;
      // Generator mode: from now on the scheduler runs the background mark worker between slices
      // (gcBetweenSlices); mallocgc keeps only its assists.
      this.rt.gcstate.bgDriven = true;
      return this.runSync(x);
    } catch (e) {
      if (e instanceof GoPanic && this.curg !== null && this.curg.isMain) {
        if (e.goexit) this.mainGoexit();
        this.fatalpanic(this.curg, e);
      }
      throw e;
    }
  }

  /** Main called Goexit: run the other goroutines forever; ends by exit, panic or checkdead. */
  private mainGoexit(): never {
    const g = this.curg;
    g.status = GStatus.Dead;
    this.mainGoexited = true;
    for (;;) {
      const next = this.findRunnable();
      if (next === null) this.checkdead();
      if (next!.syncDepth > 0) { this.deferredSync.push(next!); continue; }
      this.execute(next!);
    }
  }

  // ======== fatal paths ========

  /** checkdead: nothing runnable and no timer pending. System goroutines do not count. */
  checkdead(): never {
    const live = this.rt.allgs.filter(g => (g as SchedG).status !== GStatus.Dead && !this.isSystemGoroutine(g as SchedG));
    if (live.length === 0 || (this.mainGoexited && live.every(g => (g as SchedG).isMain))) {
      this.fatal('no goroutines (main called runtime.Goexit) - deadlock!');
    }
    if (this.deferredSync.length > 0) {
      throw new Error('gomemlab: a goroutine blocked inside a synchronous call while another was waiting in one (unsupported nesting)');
    }
    this.fatal('all goroutines are asleep - deadlock!');
  }

  /** fatal (panic.go) from the scheduler: message, then every goroutine (GOTRACEBACK ≥ single). */
  fatal(msg: string): never {
    const rt = this.rt;
    let out = `fatal error: ${msg}\n`;
    if (tracebackLevel(rt) > 0) out += this.dumpAll(null);
    rt.writeErr(out);
    throw new GoExit(2);
  }

  /** An unrecovered panic in g: Go's panic text and g's trace (plus the others with GOTRACEBACK=all). */
  fatalpanic(g: SchedG, p: GoPanic): never {
    const rt = this.rt;
    if (rt.curg !== g) rt.switchTo(g);
    const level = tracebackLevel(rt);
    let out = formatPanic(rt as any, p);
    if (level === 0) {
      const i = out.indexOf('\ngoroutine ');
      if (i >= 0) out = out.slice(0, i);
    }
    if (level >= 2) out += this.dumpAll(g);
    rt.writeErr(out);
    throw new GoExit(2);
  }

  /** tracebackothers: "\n" + each goroutine's section, in creation order, except `except`; system
   *  goroutines only with GOTRACEBACK=system. */
  dumpAll(except: SchedG | null): string {
    let out = '';
    const system = tracebackLevel(this.rt) >= 3;
    for (const g of this.rt.allgs) {
      const sg = g as SchedG;
      if (sg === except || sg.status === GStatus.Dead) continue;
      if (!system && this.isSystemGoroutine(sg)) continue;
      out += '\n' + this.goroutineText(sg);
    }
    return out;
  }

  /** One goroutine's section: header with status/wait reason, frames from its stack, created by. */
  goroutineText(g: SchedG): string {
    const status = g.status === GStatus.Waiting ? g.waitreason : gStatusStrings[g.status] ?? '?';
    let out = `goroutine ${g.goid} [${status}]:\n`;
    const frames = this.stackFrames(g);
    const sys = g.sysFrames as ReturnType<Sched['stackFrames']> | undefined;
    if (frames.length === 0 && sys !== undefined && g.status === GStatus.Waiting) frames.push(...sys);
    for (const f of frames) {
      out += `${f.name}(${f.hasArgs ? '...' : ''})\n\t${f.file}:${f.line} +0x0\n`;
    }
    out += createdByText(g);
    return out;
  }

  /** The Go frames on g's simulated stack, innermost first (frame header: function index, line). */
  stackFrames(g: G): { name: string; file: string; line: number; hasArgs: boolean }[] {
    const rt = this.rt;
    const sp = g === rt.curg ? rt.sp : g.sp;
    const out: { name: string; file: string; line: number; hasArgs: boolean }[] = [];
    if (!(sp >= g.lo && sp < g.top)) return out;
    const u32 = rt.m.u32;
    walkFrames(rt, sp, g.top, (fsp, fi) => {
      if (fi === undefined) return;
      const line = u32[(fsp >>> 2) + 1] || fi.line;
      out.push({ name: fi.name, file: fi.file, line, hasArgs: fi.argsSize > 0 });
    });
    return out;
  }

  /** runtime.NumGoroutine (gcount): live goroutines less the system ones. The finalizer goroutine
   *  is counted as a system goroutine when created (sched.ngsys), so never, even while it runs. */
  numGoroutine(): number {
    let n = 0;
    const fing = this.rt.fin.fing;
    for (const g of this.rt.allgs) if ((g as SchedG).status !== GStatus.Dead && g !== fing) n++;
    return n;
  }

  /** isSystemGoroutine (traceback.go): the finalizer goroutine, except while it runs a finalizer or
   *  cleanup (then it is the user's code running: dumps and deadlock detection show it). */
  isSystemGoroutine(g: SchedG): boolean {
    const fs = this.rt.fin;
    return g === fs.fing && !fs.fingRunning;
  }
}

/** printcreatedby: `created by f in goroutine N` + file:line (none for goroutine 1). */
export function createdByText(g: G): string {
  if (!g.createdBy) return '';
  return 'created by ' + g.createdBy.name + (g.parentGoid ? ' in goroutine ' + g.parentGoid : '') + '\n\t' +
    g.createdBy.file + ':' + g.createdBy.line + ' +0x0\n';
}

/** Adds the scheduler fields to a core G. */
export function initG(g: G): void {
  const s = g as SchedG;
  s.status = GStatus.Idle;
  s.waitreason = '';
  s.gen = null;
  s.entry = null;
  s.ctxRoot = 0;
  s.resume = undefined;
  s.param = null;
  s.waiting = null;
  s.blockedOn = null;
  s.syncDepth = 0;
  s.queued = false;
  s.isMain = false;
}
