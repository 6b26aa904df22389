// The scheduler's entry points installed on the Runtime instance (`$rt` of emitted code) under Go's
// names — goroutines, channels, select, semaphores, sleep and timers — plus the goroutine leak
// report of `gomemlab run --leaks`. attachSchedOps(rt) is called once; the scheduler itself is
// created lazily on first use (after the module laid out its static data and rt.seed is set).
//
// No single Go file: this is the linker's view of proc.go, chan.go, select.go, sema.go, time.go.
// Blocking entry points are generator functions: emitted code calls them with `yield*`, synchronous
// code with `$rt.runSync(gen)`.

import type { Runtime } from './runtime.js';
import type { TypeDesc } from './type.js';
import { Sched, isGenerator, type NewprocSite } from './proc.js';
import { GStatus, Yield, type SchedG, type BlockedOn } from './runtime2.js';
import * as chan from './chan.js';
import { selectgo, block } from './select.js';
import { Semas } from './sema.js';
import { sleep, type Timer, type TimerAction } from './time.js';
import { goexit as panicGoexit } from './panic.js';
import { GCWork, markPtr, drain, scanStack } from './mgcmark.js';
import { SpanState } from './mspan.js';

export interface SchedOptions {
  /** GOMAXPROCS (default rt.procs, 1). */
  gomaxprocs?: number;
  /** runtime.NumCPU (default GOMAXPROCS). */
  ncpu?: number;
  /** Seed of every scheduling choice (default rt.seed, 0). */
  seed?: number;
  /** Wall clock instead of the virtual clock. */
  realtime?: boolean;
  /** Back-edge checks per time slice. */
  preemptBudget?: number;
}

/** The state attachSchedOps keeps per runtime. */
export interface SchedState {
  sched: Sched;
  chans: chan.Chans;
  semas: Semas;
}

/** The scheduler of rt (created on first use). */
export function schedState(rt: Runtime): SchedState {
  const r = rt as any;
  let st = r.$sched as SchedState | undefined;
  if (st === undefined) {
    const o = (r.$schedOpts ?? {}) as SchedOptions;
    const sched = new Sched(rt, {
      gomaxprocs: o.gomaxprocs, seed: o.seed ?? r.seed, ncpu: o.ncpu ?? r.ncpuOption,
      realtime: o.realtime ?? r.realtime === true,
    });
    if (o.preemptBudget !== undefined) sched.preemptBudget = o.preemptBudget;
    st = { sched, chans: new chan.Chans(sched), semas: new Semas(sched) };
    r.$sched = st;
    const chans = st.chans;
    rt.rootScanners.push(mark => {
      sched.timers.scanRoots(mark);
      for (const p of chans.pins) mark(p);
    });
  }
  return st;
}

/** Installs the scheduler's entry points on rt. */
export function attachSchedOps(rtIn: Runtime, opts: SchedOptions = {}): void {
  const rt = rtIn as Runtime & Record<string, any>;
  rt.$schedOpts = opts;
  const S = () => schedState(rtIn);
  rt.preemptTick = 1 << 30;

  // ---- goroutines (proc.go) ----
  rt.newproc = (fnIndex: number, ctx: number, argsSize: number, writeArgs: ((a: number) => void) | null,
    scalarArgs?: unknown[], site?: NewprocSite) => S().sched.newproc(fnIndex, ctx, argsSize, writeArgs, scalarArgs ?? [], site ?? {}).goid;
  /** go statement on a func value: fv is the funcval address. */
  rt.newprocFuncval = (fv: number, argsSize: number, writeArgs: ((a: number) => void) | null,
    scalarArgs?: unknown[], site?: NewprocSite) =>
    S().sched.newproc(rt.m.u32[fv >>> 2], fv, argsSize, writeArgs, scalarArgs ?? [], site ?? {}).goid;
  rt.goready = (g: SchedG) => S().sched.goready(g);
  rt.gopark = (reason: string, on?: BlockedOn) => S().sched.gopark(reason, on ?? { kind: 'forever' });
  rt.Gosched = function* (): Generator<number, void, unknown> { S(); yield Yield.Gosched; };
  rt.gosched = () => { const s = S().sched; s.runSync(rt.Gosched()); };
  rt.Goexit = function* (): Generator<number, never, unknown> { return panicGoexit(rt as any); };
  rt.goexit = () => panicGoexit(rt as any);
  /** Cheap check at loop back-edges: true when the time slice is used up. */
  rt.shouldPreempt = function (this: any): boolean { return --this.preemptTick < 0; };
  rt.preemptPark = function* (): Generator<number, void, unknown> {
    const s = S().sched;
    rt.preemptTick = s.preemptBudget;
    if (!s.anyRunnable() && s.timers.pending === 0) {
      // Nobody to switch to: still a slice boundary for the collector's share.
      s.gcBetweenSlices();
      return;
    }
    yield Yield.Preempt;
  };
  rt.preempt = function* (): Generator<number, void, unknown> {
    if (--rt.preemptTick < 0) yield* rt.preemptPark();
  };
  rt.runSync = <T>(gen: Generator<number, T, unknown>): T => S().sched.runSync(gen);
  rt.runMain = (entry: () => unknown): unknown => {
    const s = S().sched;
    const r = s.runMain(entry);
    (s as any).mainReturned = true;
    return r;
  };
  rt.isGenerator = isGenerator;
  rt.numGoroutine = () => S().sched.numGoroutine();
  // Reading these must not create the scheduler (that starts the heap, which must wait for the
  // module's static data).
  const made = () => rt.$sched as SchedState | undefined;
  Object.defineProperty(rt, 'gomaxprocs', {
    configurable: true,
    get: () => made()?.sched.ps.length ?? rt.procs,
    set: (n: number) => { const st = made(); if (st) st.sched.setMaxProcs(n); else if (n >= 1) rt.procs = n; },
  });
  Object.defineProperty(rt, 'ncpu', { configurable: true, get: () => made()?.sched.ncpu ?? opts.ncpu ?? rt.procs });
  rt.goroutineDump = (all: boolean) => {
    const s = S().sched;
    const cur = rt.curg as SchedG;
    return all ? s.goroutineText(cur) + s.dumpAll(cur) : s.goroutineText(cur);
  };

  // ---- channels (chan.go) and select (select.go) ----
  rt.makechan = (t: TypeDesc, size: number | bigint) => chan.makechan(S().chans, t, size);
  rt.chansend = (c: number, ep: number) => chan.chansend(S().chans, c, ep);
  rt.chansend1 = rt.chansend;
  rt.chanrecv = (c: number, ep: number) => chan.chanrecv(S().chans, c, ep);
  rt.chanrecv1 = rt.chanrecv;
  rt.chanrecv2 = rt.chanrecv;
  rt.closechan = (c: number) => chan.closechan(S().chans, c);
  rt.chanlen = (c: number) => c === 0 ? 0 : chan.chanlen(S().sched, c);
  rt.chancap = (c: number) => c === 0 ? 0 : chan.chancap(S().sched, c);
  rt.selectnbsend = (c: number, ep: number) => chan.selectnbsend(S().chans, c, ep);
  rt.selectnbrecv = (ep: number, c: number) => chan.selectnbrecv(S().chans, ep, c);
  /** Fast paths for emitted code (no generator when the operation completes at once):
   *  `if (!$rt.trysend(c, ep)) yield* $rt.chansend(c, ep);` and
   *  `let r = $rt.tryrecv(c, ep); ok = r ? r === 1 : yield* $rt.chanrecv(c, ep);` (0 not ready,
   *  1 received, 2 closed). trysend panics on a closed channel like chansend. */
  rt.trysend = (c: number, ep: number) => c !== 0 && chan.trySend(S().chans, c, ep);
  rt.tryrecv = (c: number, ep: number) => c === 0 ? 0 : chan.tryRecv(S().chans, c, ep);
  rt.selectgo = (scases: ArrayLike<number>, nsends: number, nrecvs: number, blk: boolean) =>
    selectgo(S().chans, scases, nsends, nrecvs, blk);
  rt.block = () => block(S().chans);
  rt.chansendFromRuntime = (c: number, write: (dst: number) => void) => chan.chansendFromRuntime(S().chans, c, write);
  rt.timerchandrain = (c: number) => chan.timerchandrain(S().chans, c);

  // ---- semaphores (sema.go) ----
  rt.semacquire = (addr: number, reason?: string, lifo?: boolean) => S().semas.semacquire(addr, reason, lifo);
  rt.semrelease = (addr: number) => S().semas.semrelease(addr);
  rt.notifyListAdd = (l: number) => S().semas.notifyListAdd(l);
  rt.notifyListWait = (l: number, t: number) => S().semas.notifyListWait(l, t);
  rt.notifyListNotifyAll = (l: number) => S().semas.notifyListNotifyAll(l);
  rt.notifyListNotifyOne = (l: number) => S().semas.notifyListNotifyOne(l);

  // ---- time (time.go) ----
  rt.sleep = (ns: number | bigint) => sleep(S().sched, ns);
  /** time.Sleep from synchronous (non-generator) code: other goroutines run meanwhile. */
  rt.sleepSync = (ns: number | bigint) => { const s = S().sched; s.runSync(sleep(s, ns)); };
  rt.nanotime = () => S().sched.timers.nanotime();
  rt.walltime = () => S().sched.timers.unixNano();
  /**
   * A timer at `when` (monotonic ns, see nanotime) repeating every `period` ns (0: once):
   * {kind:'chan', c, write} sends on a timer channel (c is marked as one: len/cap 0),
   * {kind:'func', f} runs f. Returns a handle for stopTimer/resetTimer.
   */
  rt.newTimer = (when: number, period: number, action: TimerAction): Timer => {
    const st = S();
    if (action.kind === 'chan') chan.setTimerChan(st.sched, action.c, 1);
    return st.sched.timers.add(when, period, action);
  };
  rt.stopTimer = (t: Timer) => S().sched.timers.stop(t);
  rt.resetTimer = (t: Timer, when: number, period: number) => S().sched.timers.reset(t, when, period);
  /** time.AfterFunc's action: starts a goroutine running funcval fv (created by time.goFunc). */
  rt.goFuncAction = (fv: number): TimerAction => ({
    kind: 'func', root: fv,
    f: () => {
      const s = S().sched;
      s.newproc(rt.m.u32[fv >>> 2], fv, 0, null, [], {
        createdBy: { name: 'time.goFunc', file: goroot(rt) + '/src/time/sleep.go', line: 215 },
      });
    },
  });

  // ---- --leaks ----
  rt.leakReport = () => leakReport(rtIn);
}

function goroot(rt: any): string { return (rt.goroot as string | undefined) ?? '/usr/lib/go-1.23'; }

/**
 * The goroutines still blocked at exit, grouped by creation site and blocking site; a group is
 * marked "can never be woken" when what its goroutines wait on is unreachable from globals,
 * runtime roots (timers) and the stacks of goroutines that could still run (computed to a fixed
 * point: a goroutine that can be woken makes what its stack references reachable).
 */
export function leakReport(rt: Runtime): string {
  const st = (rt as any).$sched as SchedState | undefined;
  if (st === undefined) return '';
  const s = st.sched;
  const mainDone = (s as any).mainReturned === true || s.mainGoexited;
  const blocked = rt.allgs.filter(g => {
    const sg = g as SchedG;
    return sg.status === GStatus.Waiting && !(sg.isMain && mainDone) && !s.isSystemGoroutine(sg);
  }) as SchedG[];
  if (blocked.length === 0) return '';

  // Reachability with the collector's marker (the program is over, so its mark bits are free).
  for (const sp of rt.heap.spans) if (sp !== undefined && sp.state === SpanState.InUse) sp.gcmarkBits.fill(0);
  const w = new GCWork();
  const u32 = rt.m.u32;
  for (const [base, offs] of rt.globalRoots) for (const o of offs) { const v = u32[(base + o) >>> 2]; if (v) markPtr(rt, w, v); }
  for (const a of rt.roots.keys()) { const v = u32[a >>> 2]; if (v) markPtr(rt, w, v); }
  for (const scan of rt.rootScanners) scan(p => { if (p) markPtr(rt, w, p); });
  const scanned = new Set<SchedG>();
  for (const g of rt.allgs) {
    const sg = g as SchedG;
    if (sg.status === GStatus.Runnable || (sg.status === GStatus.Running && !(sg.isMain && mainDone))) {
      scanned.add(sg);
      scanStack(rt, w, g, g === rt.curg ? rt.sp : g.sp);
    }
  }
  drain(rt, w);
  const isMarked = (p: number): boolean => {
    if (p < rt.heap.base) return true; // static data (globals) is always reachable
    const sp = rt.heap.spanOf(p);
    if (sp === undefined || sp.state !== SpanState.InUse) return false;
    const i = sp.nelems === 1 ? 0 : Math.floor((p - sp.base) / sp.elemsize);
    return sp.gcmarkBits[i] !== 0;
  };
  const wakeable = (g: SchedG): boolean => {
    const on = g.blockedOn;
    if (on === null) return true;
    switch (on.kind) {
      case 'chan': return on.chans.some(isMarked);
      case 'sema': return isMarked(on.addr);
      case 'timer': return true;
      case 'forever': return false;
      default: { const never: never = on; return never; }
    }
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const g of blocked) {
      if (scanned.has(g) || !wakeable(g)) continue;
      scanned.add(g);
      scanStack(rt, w, g, g.sp);
      drain(rt, w);
      changed = true;
    }
  }

  const groups = new Map<string, { n: number; never: number; reason: string; created: string; at: string }>();
  for (const g of blocked) {
    const frames = s.stackFrames(g);
    const top = frames[0];
    const at = top ? `${top.name}\n\t${top.file}:${top.line}` : '?';
    const created = g.createdBy ? `${g.createdBy.name}\n\t${g.createdBy.file}:${g.createdBy.line}` : 'runtime.main';
    const key = created + '|' + at + '|' + g.waitreason;
    let e = groups.get(key);
    if (e === undefined) { e = { n: 0, never: 0, reason: g.waitreason, created, at }; groups.set(key, e); }
    e.n++;
    if (!wakeable(g)) e.never++;
  }
  let out = `goroutine leaks: ${blocked.length} goroutine${blocked.length === 1 ? '' : 's'} blocked at exit\n`;
  for (const e of groups.values()) {
    out += `\n${e.n} goroutine${e.n === 1 ? '' : 's'} [${e.reason}]` +
      (e.never === e.n ? ' (can never be woken)' : e.never > 0 ? ` (${e.never} can never be woken)` : '') + '\n';
    out += `blocked at ${e.at}\n`;
    out += `created by ${e.created}\n`;
  }
  return out;
}

/**
 * GOMEMLAB_GCSUMMARY=1: one line at exit with the collector's figures — cycles, STW pauses (median,
 * max, total), GC CPU fraction (gctrace's %), and how the mark phases' wall time was shared:
 * background worker (and how many slices the scheduler ran), idle-priority worker, assists.
 */
export function gcSummary(rt: Runtime): string {
  const gs = rt.gcstate;
  const st = rt.mstats;
  const p = [...gs.pauses].sort((a, b) => a - b);
  const ms = (ns: number) => (ns / 1e6).toFixed(3);
  const median = p.length === 0 ? 0 : p[Math.floor(p.length / 2)];
  const max = p.length === 0 ? 0 : p[p.length - 1];
  const total = p.reduce((a, b) => a + b, 0);
  const w = ((rt as any).$sched as SchedState | undefined)?.sched.gcWork;
  const share = gs.markWallNs > 0 ? Math.round(100 * gs.cpuBg / gs.markWallNs) : 0;
  return `gomemlab: gc summary: ${st.numgc} cycles (${st.numforcedgc} forced), ` +
    `STW pause median ${ms(median)} ms max ${ms(max)} ms total ${ms(total)} ms, ` +
    `GC CPU ${Math.floor(st.gcCpuFraction * 100)}%, ` +
    `mark ${ms(gs.markWallNs)} ms wall: background ${ms(gs.cpuBg)} ms (${share}%, ${w?.markSlices ?? 0} scheduler slices), ` +
    `idle ${ms(gs.cpuIdle)} ms (${w?.idleSlices ?? 0} slices), assists ${ms(gs.cpuAssist)} ms; ` +
    `bgsweep ${w?.sweptPages ?? 0} pages\n`;
}
