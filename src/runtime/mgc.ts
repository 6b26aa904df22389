// The garbage collector driver: Go's four phases — sweep termination (STW), concurrent mark (in
// bounded slices: mark assists charged to allocating goroutines and a background worker taking
// about 25% of the time), mark termination (STW) and concurrent lazy sweep — with their timings,
// accounting, pacer update, gctrace line and event stream.
// Mirrors src/runtime/mgc.go (gcStart, gcBgMarkWorker, gcMarkDone, gcMarkTermination, gcSweep,
// runtime.GC, gcTrigger.test) and the assist part of mgcmark.go (gcAssistAlloc).
//
// Soundness while the program runs during marking: roots are shaded stop-the-world at mark start,
// objects allocated during marking are black, and every pointer store into the heap or globals —
// emitted code and runtime helpers alike — runs the hybrid write barrier (mbarrier.ts) first, so the
// marker reads live memory (rt.gcBarriersComplete, the default: snapshot at the beginning kept by
// the barrier's deletion half). GODEBUG=gcsnapshot=1 is the fallback: the marker reads a copy of the
// scan spans taken in sweep termination instead (the same guarantee, paid inside the STW pause).
// GODEBUG=gcstoptheworld=1 marks in one stop-the-world step (=2 also sweeps stop-the-world);
// gcwbcheck=1 audits the barrier (mwbcheck.ts), gcslowmark=1 stretches mark phases (tests).

import type { Runtime } from './runtime.js';
import { GCWork, markPtr, markRootsShade, drain, drainN } from './mgcmark.js';
import { formatGCTrace } from './gctrace.js';
import { fixedStack, stackGuard } from './stack.js';
import { checkmark } from './gccheckmark.js';
import { finalizersAtMarkTermination, wakeFing } from './mfinal.js';
import { scavengeAfterGC, scavengeStep } from './mgcscavenge.js';
import { wbcheckStart, wbcheckEnd } from './mwbcheck.js';

export const enum GCPhase { Off = 0, Mark = 1, MarkTermination = 2 }

/** Monotonic clock in ns (real time: phase timings, CPU accounting). */
export function nanotime(): number {
  return performance.now() * 1e6;
}

/** forcegcperiod (proc.go): a GC at least every 2 minutes of program time. */
export const forcegcperiod = 2 * 60 * 1e9;
/** gcOverAssistWork (mgcmark.go): assists do at least this much scan work at once. */
export const gcOverAssistWork = 64 << 10;
/** gcBackgroundUtilization (mgcpacer.go). */
export const gcBackgroundUtilization = 0.25;

/** An event of the GC stream (DESIGN.md §4). */
export type GCEvent =
  | { readonly kind: 'gc-start'; readonly cycle: number; readonly forced: boolean; readonly heapLive: number; readonly goal: number }
  | { readonly kind: 'gc-phase'; readonly cycle: number; readonly phase: 'sweep-termination' | 'mark' | 'mark-termination' | 'sweep' | 'off' }
  | { readonly kind: 'gc-end'; readonly cycle: number; readonly heapMarked: number; readonly goal: number; readonly pauseNs: number }
  | { readonly kind: 'alloc'; readonly addr: number; readonly size: number; readonly slot: number }
  | { readonly kind: 'free'; readonly addr: number; readonly size: number }
  | { readonly kind: 'shade'; readonly addr: number; readonly size: number };

export type GCEventKind = GCEvent['kind'];

/** The collector's per-runtime state (Go's work + parts of gcController). */
export class GCState {
  /** Cycles started (the current or last cycle's number, as gctrace prints it). */
  cycle = 0;
  userForced = false;
  /** Real-time stamps of the current cycle (ns). */
  tSweepTerm = 0;
  tMark = 0;
  tMarkTerm = 0;
  /** heapLive at the start, the goal at the start, heapLive right after the flush. */
  heap0 = 0;
  goal = 0;
  triggered = 0;
  /** CPU of the current mark phase: assists, background worker, idle-priority worker (ns). */
  assistTime = 0;
  bgTime = 0;
  idleTime = 0;
  /** Mark assists: scan work owed per allocated byte, and the allocator's credit (bytes). */
  assistWorkPerByte = 0;
  assistCredit = 0;
  /** Scan work the background worker did that assists may steal (gcController.bgScanCredit). */
  bgScanCredit = 0;
  scanWorkExpected = 0;
  scanWorkDone = 0;
  /** Bytes allocated black during this mark phase. */
  blackBytes = 0;
  /** Background worker pacing without a scheduler: real ms when the last slice ended. */
  bgLastMs = 0;
  allocsSinceCheck = 0;
  /** mallocgc countdown to the next forced-GC period check. */
  timeCheck = 4096;
  /** gccheckmark verifications run. */
  checkmarkRuns = 0;
  /** True once a scheduler drives gcBgMarkWorker (then mallocgc does not run background slices). */
  bgDriven = false;
  /** Program time (virtual ns) when the last cycle started (forced GC period). */
  lastStartClock = 0;
  /** Bytes of heap copied for the snapshot at the last mark start, and the buffer (reused). */
  snapshotBytes = 0;
  snapBuf: Uint32Array | null = null;
  snapPageOff: Int32Array | null = null;
  /** Total real time spent copying snapshots (part of the sweep-termination pauses). */
  snapshotNs = 0;
  /** Background worker time per unit of mutator time without a scheduler (null: from GOMAXPROCS,
   *  see bgWorkerRatio). A number overrides it (tests). */
  bgRatio: number | null = null;
  barrierCalls = 0;
  /** Every STW pause (ns), for the closing-note figures (median/max). */
  readonly pauses: number[] = [];
  /** Each stop-the-world separately (sweep termination, mark termination: two per cycle, as Go's
   *  /sched/pauses/total/gc:seconds records them), ns. */
  readonly stwPauses: number[] = [];
  /** GODEBUG=gcstoptheworld (0, 1 = STW mark, 2 = STW mark and sweep), gccheckmark. */
  stopTheWorld = 0;
  checkmark = false;
  /** GODEBUG=gcslowmark=1 (gomemlab's test knob): every assist and background slice scans one
   *  object, so mark phases stretch over many allocations and the program's stores (barriers)
   *  interleave with marking as much as possible. */
  slowMark = false;
  /** Cumulative CPU (ns) by class, for runtime/metrics. */
  cpuAssist = 0;
  cpuBg = 0;
  cpuIdle = 0;
  cpuPause = 0;
  /** Wall time of all mark phases so far (ns): the background worker's share is cpuBg / this. */
  markWallNs = 0;
  /** Event subscribers by kind (empty = no cost). */
  readonly subs = new Map<GCEventKind, Array<(e: GCEvent) => void>>();
}

/** Emits an event to its subscribers. */
export function emit(rt: Runtime, e: GCEvent): void {
  const l = rt.gcstate.subs.get(e.kind);
  if (l !== undefined) for (const f of l) f(e);
}

/** Subscribes to GC events of the given kinds; returns the unsubscribe function. Allocation, free
 *  and shade events install their hooks only while someone listens. */
export function subscribe(rt: Runtime, kinds: GCEventKind[], f: (e: GCEvent) => void): () => void {
  const subs = rt.gcstate.subs;
  for (const k of kinds) {
    let l = subs.get(k);
    if (l === undefined) { l = []; subs.set(k, l); }
    l.push(f);
  }
  syncHooks(rt);
  return () => {
    for (const k of kinds) {
      const l = subs.get(k);
      if (l === undefined) continue;
      const i = l.indexOf(f);
      if (i >= 0) l.splice(i, 1);
      if (l.length === 0) subs.delete(k);
    }
    syncHooks(rt);
  };
}

function syncHooks(rt: Runtime): void {
  const subs = rt.gcstate.subs;
  if (subs.has('alloc')) rt.allocHook = (addr, size, slot) => emit(rt, { kind: 'alloc', addr, size, slot });
  else if ((rt.allocHook as any)?.$gcEvents) rt.allocHook = null;
  if (rt.allocHook !== null && subs.has('alloc')) (rt.allocHook as any).$gcEvents = true;
  if (subs.has('free')) { rt.freeHook = (addr, size) => emit(rt, { kind: 'free', addr, size }); (rt.freeHook as any).$gcEvents = true; }
  else if ((rt.freeHook as any)?.$gcEvents) rt.freeHook = null;
}

function phaseEvent(rt: Runtime, phase: 'sweep-termination' | 'mark' | 'mark-termination' | 'sweep' | 'off'): void {
  if (rt.gcstate.subs.size !== 0) emit(rt, { kind: 'gc-phase', cycle: rt.gcstate.cycle, phase });
}

/** The program's clock for the forced-GC period: the scheduler's virtual clock when there is one. */
function programClock(rt: Runtime): number {
  const r = rt as unknown as { $sched?: { sched: { timers: { nanotime(): number } } } };
  if (r.$sched !== undefined) return r.$sched.sched.timers.nanotime();
  return nanotime() - rt.startNs;
}

/** The program's wall clock (Unix ns) for MemStats.LastGC/PauseEnd: the scheduler's (virtual)
 *  clock, which time.Now also reads, when there is one. */
function programWallNs(rt: Runtime): bigint {
  const r = rt as unknown as { $sched?: { sched: { timers: { unixNano(): number | bigint } } } };
  if (r.$sched !== undefined) return BigInt(r.$sched.sched.timers.unixNano());
  return BigInt(Date.now()) * 1000000n;
}

/** Whether marking can run concurrently with the program (else it runs in one STW step). */
function concurrent(rt: Runtime): boolean {
  return rt.gcstate.stopTheWorld === 0;
}

/**
 * gcStart: sweep termination (finish the last sweep, flush the mcache, enable the write barrier,
 * take the snapshot) then the mark phase's root jobs. With gcstoptheworld the whole cycle runs now.
 */
export function gcStart(rt: Runtime, forced: boolean, newObject = 0): void {
  if (rt.gcPhase !== GCPhase.Off) return;
  const gs = rt.gcstate;
  const gcc = rt.gcc;
  gs.tSweepTerm = nanotime();
  gs.cycle++;
  gs.userForced = forced;
  gs.lastStartClock = programClock(rt);
  phaseEvent(rt, 'sweep-termination');
  rt.sweeper.finish(rt);
  const tinyBlock = rt.mcache.tiny;
  gs.heap0 = gcc.heapLive;
  rt.mcache.releaseAll();
  gs.triggered = gcc.heapLive;
  gs.goal = gcc.heapGoal;
  // heapGoalInternal: at least 64 KiB of runway past the trigger point (unless the memory limit
  // sets the goal), e.g. a 100 MB allocation crossing a 4 MB goal gives a 100 MB goal.
  if (!forced && gs.goal < gs.triggered + (64 << 10) && gcc.memoryLimitHeapGoal() > gs.goal) gs.goal = gs.triggered + (64 << 10);
  gs.assistTime = 0;
  gs.bgTime = 0;
  gs.idleTime = 0;
  gs.blackBytes = 0;
  gs.scanWorkDone = 0;
  gs.assistCredit = 0;
  gs.bgScanCredit = 0;
  const w = new GCWork();
  if (gs.subs.has('shade')) w.onShade = (addr, size) => emit(rt, { kind: 'shade', addr, size });
  rt.gcw = w;
  rt.gcPhase = GCPhase.Mark;
  rt.gcMarking = true;
  rt.writeBarrier = true;
  // Runtime clients that must act at the start of a cycle, before anything is marked (sync.Pool's
  // poolCleanup: primary caches become victims, old victims are dropped).
  for (const hook of rt.gcStartHooks) hook();
  if (concurrent(rt) && !rt.gcBarriersComplete) {
    const t = nanotime();
    takeSnapshot(rt, w);
    gs.snapshotNs += nanotime() - t;
  } else gs.snapshotBytes = 0;
  if (rt.wbcheck !== null && concurrent(rt)) wbcheckStart(rt);
  if (gs.subs.size !== 0) emit(rt, { kind: 'gc-start', cycle: gs.cycle, forced, heapLive: gcc.heapLive, goal: gcc.heapGoal });
  gs.tMark = nanotime();
  phaseEvent(rt, 'mark');
  // Root jobs (markroot): the tiny block (gcMarkTinyAllocs), globals, runtime roots, stacks.
  if (tinyBlock !== 0) markPtr(rt, w, tinyBlock);
  if (newObject !== 0) markPtr(rt, w, newObject);
  markRootsShade(rt, w, true);
  // Pacer (startCycle/revise): expected scan work and the assist ratio.
  gs.scanWorkExpected = gcc.lastHeapScan + gcc.lastStackScan + gcc.globalsScan;
  revise(rt);
  gs.bgLastMs = performance.now();
  if (!concurrent(rt) || forced) {
    const t = nanotime();
    drain(rt, w);
    gs.bgTime += nanotime() - t;
    gcMarkDone(rt);
  }
}

/**
 * Snapshot at the beginning: copies the pages of in-use scan spans (the only memory the marker
 * reads through w.snap) into a compact buffer kept between cycles; snapPageOff maps a heap page
 * to its first word in the buffer (adjacent scan pages are copied as one run).
 */
function takeSnapshot(rt: Runtime, w: GCWork): void {
  const gs = rt.gcstate;
  const heap = rt.heap;
  const n = heap.mappedPages;
  const spans = heap.spans;
  let scanPages = 0;
  for (const s of heap.allspans) if (!s.noscan) scanPages += s.npages;
  const words = scanPages * 2048;
  if (gs.snapBuf === null || gs.snapBuf.length < words) {
    // Headroom: a growing heap would otherwise reallocate (and fault in) the buffer every cycle.
    gs.snapBuf = new Uint32Array(Math.max(2048, Math.ceil(words * 1.5)));
  }
  if (gs.snapPageOff === null || gs.snapPageOff.length < n) gs.snapPageOff = new Int32Array(Math.max(n, 2 * (gs.snapPageOff?.length ?? 0)));
  const snap = gs.snapBuf;
  const off = gs.snapPageOff;
  const src = rt.m.u32;
  const base = heap.base >>> 2;
  let k = 0;
  let runStart = -1;
  for (let pg = 0; pg <= n; pg++) {
    const s = pg < n ? spans[pg] : undefined;
    const scan = s !== undefined && s.state === 1 && !s.noscan;
    if (scan) {
      if (runStart < 0) runStart = pg;
      off[pg] = k + (pg - runStart) * 2048;
    } else if (runStart >= 0) {
      const len = (pg - runStart) * 2048;
      snap.set(src.subarray(base + runStart * 2048, base + runStart * 2048 + len), k);
      k += len;
      runStart = -1;
    }
  }
  w.snap = snap;
  w.snapPageOff = off;
  w.snapBase = heap.base;
  gs.snapshotBytes = k * 4;
}

/** revise (mgcpacer.go): the assist ratio from the scan work left and the heap distance left. */
function revise(rt: Runtime): void {
  const gs = rt.gcstate;
  const gcc = rt.gcc;
  const w = rt.gcw;
  if (w === null) return;
  let expected = gs.scanWorkExpected;
  const done = w.heapScan;
  let goal = gs.goal;
  if (done > expected) {
    // More work than expected: assume the worst case and extend the goal (hard goal).
    expected = Math.max(expected, gcc.heapLive);
    goal = Math.floor(goal * 1.1);
  }
  if (gcc.heapLive > goal) goal = Math.floor(gcc.heapLive * 1.1);
  const remaining = Math.max(expected - done, 1000);
  const distance = Math.max(goal - gcc.heapLive, 1000);
  gs.assistWorkPerByte = remaining / distance;
}

/**
 * gcMarkSlice: the background mark worker's slice for a scheduler: up to budgetBytes of scan work.
 * Returns true when marking is done (the cycle then finishes here: mark termination).
 */
export function gcMarkSlice(rt: Runtime, budgetBytes: number): boolean {
  const w = rt.gcw;
  if (w === null || rt.gcPhase !== GCPhase.Mark) return true;
  rt.gcstate.bgDriven = true;
  const t = nanotime();
  rt.gcstate.bgScanCredit += drainN(rt, w, rt.gcstate.slowMark ? 1 : budgetBytes);
  const dt = nanotime() - t;
  rt.gcstate.bgTime += dt;
  if (w.grey.length === 0) { gcMarkDone(rt); return true; }
  return false;
}

/** gcBgMarkWorker: a time-bounded background slice (ms of real time; idle: an idle-priority worker
 *  on a P with nothing to run, charged as idle mark time). Returns true when done. */
export function gcBgMarkWorker(rt: Runtime, ms: number, idle = false): boolean {
  const w = rt.gcw;
  if (w === null || rt.gcPhase !== GCPhase.Mark) return true;
  rt.gcstate.bgDriven = true;
  const t = nanotime();
  rt.gcstate.bgScanCredit += rt.gcstate.slowMark ? drainN(rt, w, 1) : drainN(rt, w, Infinity, performance.now() + ms);
  if (idle) rt.gcstate.idleTime += nanotime() - t; else rt.gcstate.bgTime += nanotime() - t;
  if (w.grey.length === 0) { gcMarkDone(rt); return true; }
  return false;
}

/**
 * gcAssistAlloc: called by mallocgc (before allocating `size` bytes) while marking. Charges the
 * allocation to the assist credit and pays debts by scanning (at least gcOverAssistWork); without
 * a scheduler it also runs the background worker's share (bgRatio × the mutator time since the last
 * slice: a dedicated worker on its own P). Ends the mark phase when the grey queue is empty or the heap
 * reached the goal (unless the CPU limiter is on).
 */
export function gcAssistAlloc(rt: Runtime, size: number): void {
  const w = rt.gcw!;
  const gs = rt.gcstate;
  if (gs.slowMark) {
    // One object per allocation; finish only when the queue is empty or far past the goal.
    drainN(rt, w, 1);
    if (w.grey.length === 0 || rt.gcc.heapLive >= gs.goal + (16 << 20)) { drain(rt, w); gcMarkDone(rt); }
    return;
  }
  gs.assistCredit -= size;
  if (gs.assistCredit < 0 && gs.bgScanCredit > 0 && gs.assistWorkPerByte > 0) {
    // Steal the background worker's scan credit first (gcAssistAlloc: bgScanCredit).
    const owed = -gs.assistCredit * gs.assistWorkPerByte;
    const steal = Math.min(owed, gs.bgScanCredit);
    gs.bgScanCredit -= steal;
    gs.assistCredit += steal / gs.assistWorkPerByte;
  }
  if (gs.assistCredit < 0 && !rt.gcLimiter.enabled) {
    const t = nanotime();
    const work = Math.max(-gs.assistCredit * gs.assistWorkPerByte, gcOverAssistWork);
    const done = drainN(rt, w, work);
    gs.assistCredit += gs.assistWorkPerByte > 0 ? done / gs.assistWorkPerByte : -gs.assistCredit;
    gs.assistTime += nanotime() - t;
    if (w.grey.length === 0) { gcMarkDone(rt); return; }
  }
  if ((++gs.allocsSinceCheck & 31) === 0) {
    const now = performance.now();
    const mutatorMs = now - gs.bgLastMs;
    // Without a scheduler: a dedicated worker on its own P (bgRatio × the mutator time since the
    // last slice). With one, the scheduler runs the worker between goroutine slices; a goroutine
    // slice longer than that is topped up here to the worker's share of the mark phase.
    const ms = !gs.bgDriven ? (mutatorMs >= 0.2 ? mutatorMs * (gs.bgRatio ?? bgWorkerRatio(rt.gomaxprocs)) : 0) : bgWorkerOwedMs(rt, now);
    if (ms >= 0.2) {
      const t = nanotime();
      gs.bgScanCredit += drainN(rt, w, Infinity, now + ms);
      gs.bgTime += nanotime() - t;
      gs.bgLastMs = performance.now();
      if (w.grey.length === 0) { gcMarkDone(rt); return; }
    }
  }
  if (rt.gcc.heapLive >= gs.goal && !rt.gcLimiter.enabled) {
    // Past the goal: assists would take over all the remaining work.
    const t = nanotime();
    drain(rt, w);
    gs.assistTime += nanotime() - t;
    gcMarkDone(rt);
    return;
  }
  if ((gs.allocsSinceCheck & 255) === 0) revise(rt);
}

/**
 * Worker time per unit of the one running goroutine's time in a program without a scheduler,
 * from Go's worker split (gcControllerState.startCycle): the workers get 25% of GOMAXPROCS Ps.
 * With one P the worker takes 25% of that P's time (1/3 of the mutator's 75%); with more Ps the
 * goroutine keeps its own P and the workers run beside it (0.5 at GOMAXPROCS=2, 1 at 4).
 */
export function bgWorkerRatio(procs: number): number {
  return procs <= 1 ? gcBackgroundUtilization / (1 - gcBackgroundUtilization) : gcBackgroundUtilization * procs;
}

/** The background worker's time owed now (ms) so that its share of the mark phase's wall time is
 *  gcBackgroundUtilization once it has run: (u·wall − done) / (1 − u). */
export function bgWorkerOwedMs(rt: Runtime, nowMs = performance.now()): number {
  const gs = rt.gcstate;
  const wallMs = nowMs - gs.tMark / 1e6;
  return (gcBackgroundUtilization * wallMs - gs.bgTime / 1e6) / (1 - gcBackgroundUtilization);
}

/** gcMarkDone: no grey objects left — mark termination. */
export function gcMarkDone(rt: Runtime): void {
  if (rt.gcPhase !== GCPhase.Mark) return;
  gcMarkTermination(rt);
}

/** gcMarkTermination: STW — verify (gccheckmark), finalizers and weak handles, flush, stats, pacer,
 *  start the sweep phase, gctrace. */
function gcMarkTermination(rt: Runtime): void {
  const gs = rt.gcstate;
  const gcc = rt.gcc;
  const st = rt.mstats;
  const w = rt.gcw!;
  gs.tMarkTerm = nanotime();
  rt.gcPhase = GCPhase.MarkTermination;
  phaseEvent(rt, 'mark-termination');
  if (rt.wbcheck !== null && concurrent(rt)) wbcheckEnd(rt);
  if (w.grey.length > 0) drain(rt, w);
  if (gs.checkmark) checkmark(rt);
  w.snap = null;
  finalizersAtMarkTermination(rt, w);
  const heap1 = gcc.heapLive;
  rt.mcache.releaseAll();
  const marked = w.bytesMarked + gs.blackBytes;
  gcc.heapMarked = marked;
  gcc.heapLive = marked;
  gcc.lastStackScan = w.stackScan;
  gcc.globalsScan = rt.globalsScanBytes;
  gcc.lastHeapScan = w.heapScan;
  const markWall = gs.tMarkTerm - gs.tMark;
  gs.markWallNs += markWall;
  gcc.endCycle(heap1 - gs.triggered, w.heapScan + w.stackScan + rt.globalsScanBytes,
    markWall > 0 ? (gs.assistTime + gs.bgTime) / (markWall * rt.procs) : 1);
  computeStartingStackSize(rt, w);
  rt.gcw = null;
  rt.writeBarrier = false;
  rt.gcMarking = false;
  rt.gcPhase = GCPhase.Off;
  rt.sweeper.begin(rt);
  gcc.commit(false);
  rt.sweeper.pace(gcc.heapLive, gcc.trigger);
  phaseEvent(rt, 'sweep');
  if (gs.stopTheWorld >= 2) rt.sweeper.finish(rt);
  const tEnd = nanotime();
  // Accounting (gcMarkTermination).
  const stw1 = gs.tMark - gs.tSweepTerm;
  const stw2 = tEnd - gs.tMarkTerm;
  const pause = Math.floor(stw1 + stw2);
  const idx = st.numgc % 256;
  st.pauseNs[idx] = pause;
  st.pauseEnd[idx] = programWallNs(rt);
  st.pauseTotalNs += pause;
  st.lastGC = st.pauseEnd[idx];
  st.numgc++;
  if (gs.userForced) st.numforcedgc++;
  gs.pauses.push(pause);
  gs.stwPauses.push(stw1, stw2);
  const markCPU = gs.assistTime + gs.bgTime;
  const cycleGC = pause * rt.procs + markCPU;
  rt.gcTimeNs += cycleGC;
  gs.cpuAssist += gs.assistTime;
  gs.cpuBg += gs.bgTime;
  gs.cpuIdle += gs.idleTime;
  gs.cpuPause += pause * rt.procs;
  const sinceStart = Math.max(1, tEnd - rt.startNs);
  st.gcCpuFraction = rt.gcTimeNs / (sinceStart * rt.procs);
  rt.gcLimiter.update(cycleGC, Math.max(0, (tEnd - gs.tSweepTerm) * rt.procs - cycleGC), rt.procs, st.numgc);
  if (rt.gctrace) {
    rt.writeErr(formatGCTrace({
      n: st.numgc, startNs: gs.tSweepTerm - rt.startNs, cpuFraction: st.gcCpuFraction,
      clock: [stw1, gs.tMarkTerm - gs.tMark, stw2],
      cpu: [stw1 * rt.procs, gs.assistTime, gs.bgTime, gs.idleTime, stw2 * rt.procs],
      heap0: gs.heap0, heap1, heap2: marked, goal: gs.goal, stacks: w.stackScan,
      globals: rt.globalsScanBytes, procs: rt.procs, forced: gs.userForced,
    }));
  }
  if (gs.subs.size !== 0) emit(rt, { kind: 'gc-end', cycle: gs.cycle, heapMarked: marked, goal: gcc.heapGoal, pauseNs: pause });
  scavengeAfterGC(rt);
  wakeFing(rt);
}

/** runtime.GC(): finishes the cycle in progress, runs a whole new cycle and finishes its sweep. */
export function gcFull(rt: Runtime): void {
  if (rt.gcPhase === GCPhase.Mark) {
    const t = nanotime();
    drain(rt, rt.gcw!);
    rt.gcstate.bgTime += nanotime() - t;
    gcMarkDone(rt);
  }
  gcStart(rt, true);
  rt.sweeper.finish(rt);
}

/** gcTrigger.test for gcTriggerHeap / gcTriggerTime, at a mallocgc safe point. */
export function gcTriggerTest(rt: Runtime, newObject = 0): void {
  if (rt.gcPhase !== GCPhase.Off) return;
  scavengeStep(rt, 8); // the background scavenger's share
  if (!rt.gcEnabled) return;
  const gcc = rt.gcc;
  if (gcc.heapLive >= gcc.trigger) { gcStart(rt, false, newObject); return; }
  if (gcc.gcPercent >= 0 && programClock(rt) - rt.gcstate.lastStartClock > forcegcperiod) gcStart(rt, false, newObject);
}

/** gcComputeStartingStackSize (stack.go, GODEBUG adaptivestackstart=1 is the default): new
 *  goroutines start with the average scanned stack size plus stackGuard, as a power of two. */
function computeStartingStackSize(rt: Runtime, w: GCWork): void {
  if (w.stacksScanned === 0) { rt.startingStackSize = fixedStack; return; }
  let avg = Math.floor(w.stackScan / w.stacksScanned) + stackGuard;
  if (avg > rt.maxstacksize) avg = rt.maxstacksize;
  if (avg < fixedStack) avg = fixedStack;
  let p = 1;
  while (p < avg) p *= 2;
  rt.startingStackSize = p;
}

/** Closing-note figures: STW pauses (median, max in ns) and the share of time in GC. */
export function pauseSummary(rt: Runtime): { cycles: number; medianNs: number; maxNs: number; gcFraction: number } {
  const p = [...rt.gcstate.pauses].sort((a, b) => a - b);
  const median = p.length === 0 ? 0 : p[Math.floor(p.length / 2)];
  return { cycles: p.length, medianNs: median, maxNs: p.length ? p[p.length - 1] : 0, gcFraction: rt.mstats.gcCpuFraction };
}
