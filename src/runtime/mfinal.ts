// Finalizers: runtime.SetFinalizer specials, the queue of finalizers ready to run (finq) and the
// finalizer goroutine that runs them one after another. An object with a finalizer is not a root,
// but everything it points to (and the finalizer func) is, so when it becomes unreachable it can be
// resurrected for one more cycle and handed to its finalizer.
// Mirrors src/runtime/mfinal.go (SetFinalizer, addfinalizer/removefinalizer, queuefinalizer, runfinq,
// createfing) and the finalizer part of mgcmark.go markrootSpans / mgcsweep.go specials.

import type { Runtime } from './runtime.js';
import { type GCWork, markPtr, scanObject, drain } from './mgcmark.js';
import { schedState } from './sched_ops.js';
import { isGenerator } from './proc.js';
import type { SchedG } from './runtime2.js';
import { cleanupsAtMarkTermination, scanCleanupRoots } from './mcleanup.js';
import { weakAtMarkTermination } from './weak.js';

/** One finalizer: object pointer p (as given), funcval fv, the func's args size, and for a func
 *  taking an interface the type/itab word that goes in front of p (0 = a pointer parameter). */
export interface Finalizer {
  readonly p: number;
  readonly fv: number;
  readonly argsSize: number;
  readonly ifaceWord: number;
}

/** Per-runtime finalizer / cleanup / weak state (Go's specials, finq, weak handles). */
export class FinState {
  /** Finalizer specials by object pointer (the slot base, or inside a tiny block). */
  readonly specials = new Map<number, Finalizer>();
  /** Finalizers queued to run (their objects were resurrected). */
  readonly finq: Finalizer[] = [];
  /** The finalizer goroutine (createfing: made by the first SetFinalizer/AddCleanup when a scheduler
   *  is attached), a system goroutine except while it runs a finalizer or cleanup. */
  fing: SchedG | null = null;
  /** fingStatus: parked in "finalizer wait" (fingWait); calls were queued meanwhile and the
   *  scheduler should ready it (fingWake, checked by findRunnable); running a call
   *  (fingRunningFinalizer). */
  fingWait = false;
  fingWake = false;
  fingRunning = false;
  /** Metrics /gc/finalizers/{queued,executed}:finalizers. */
  queued = 0;
  executed = 0;
}

/** Slot base of the heap object containing p, or 0 when p is not in an allocated heap slot. */
export function objectBase(rt: Runtime, p: number): number {
  const heap = rt.heap;
  if (p < heap.base) return 0;
  const s = heap.spans[(p - heap.base) >>> 13];
  if (s === undefined || s.state !== 1) return 0;
  const i = s.nelems === 1 ? 0 : Math.floor((p - s.base) / s.elemsize);
  if (i >= s.nelems || s.allocBits[i] === 0) return 0;
  return s.base + i * s.elemsize;
}

/** Whether the object at slot base `base` is marked in the current cycle. */
export function isMarked(rt: Runtime, base: number): boolean {
  const s = rt.heap.spanOf(base);
  if (s === undefined) return true;
  const i = s.nelems === 1 ? 0 : Math.floor((base - s.base) / s.elemsize);
  return s.gcmarkBits[i] !== 0;
}

/**
 * runtime.SetFinalizer(obj, f): p is obj's pointer, fv the funcval of f (0 = remove the finalizer).
 * Pointers not into the heap (globals, zerobase) are ignored, as Go ignores linker-allocated data.
 * Throws Go's fatal error when a finalizer is already set.
 */
export function setFinalizer(rt: Runtime, p: number, fv: number, argsSize = 8, ifaceWord = 0): void {
  if (!rt.started) rt.start();
  const base = objectBase(rt, p);
  if (base === 0) return;
  const fs = rt.fin;
  // Go keys specials by the pointer's offset in its span, not by slot: objects of the tiny
  // allocator share a 16-byte block and each may have its own finalizer (an inner pointer is only
  // allowed for them; their blocks are noscan, so the key is never scanned as an object base).
  const key = p;
  if (fv === 0) { fs.specials.delete(key); return; }
  if (fs.specials.has(key)) rt.fatalThrow('runtime.SetFinalizer: finalizer already set');
  createfing(rt);
  fs.specials.set(key, { p, fv, argsSize, ifaceWord });
}

/** Root scanning for specials: finalizer funcs and everything objects with finalizers point to
 *  (not the objects themselves), queued finalizers and their objects. */
export function scanFinalizerRoots(rt: Runtime, w: GCWork): void {
  const fs = rt.fin;
  for (const [base, f] of fs.specials) {
    // What the object points to (a pointer-free object has nothing to scan).
    const s = rt.heap.spanOf(base);
    if (s !== undefined && !s.noscan) scanObject(rt, w, base);
    markPtr(rt, w, f.fv);
  }
  for (const f of fs.finq) { markPtr(rt, w, f.p); markPtr(rt, w, f.fv); }
  scanCleanupRoots(rt, w);
}

/**
 * At mark termination, before sweeping: weak handles of unmarked objects are cleared, unmarked
 * objects with finalizers are queued and resurrected (marked, with everything they reach), and
 * cleanups of objects still unmarked are queued. Returns the number of finalizers queued.
 */
export function finalizersAtMarkTermination(rt: Runtime, w: GCWork): number {
  weakAtMarkTermination(rt);
  const fs = rt.fin;
  let n = 0;
  if (fs.specials.size > 0) {
    // Unmarked first, then queue and resurrect: objects of one tiny block (keys inside it) are all
    // queued, not just the first (marking it would hide the others).
    const bases = [...fs.specials.keys()].sort((a, b) => a - b).filter(b => !isMarked(rt, b));
    for (const base of bases) {
      const f = fs.specials.get(base)!;
      fs.specials.delete(base);
      fs.finq.push(f);
      fs.queued++;
      n++;
      markPtr(rt, w, base);
    }
    drain(rt, w);
  }
  cleanupsAtMarkTermination(rt);
  return n;
}

/** The finalizer and cleanup calls waiting to run (for a driver without a scheduler). */
export function pendingFinalizers(rt: Runtime): number {
  return rt.fin.finq.length + rt.cleanups.queue.length;
}

/** Where Go's runfinq and createfing are (the finalizer goroutine's frames in a dump). */
function goroot(rt: Runtime): string {
  return ((rt as unknown as { goroot?: string }).goroot) ?? '/usr/lib/go-1.23';
}

/**
 * createfing: starts the finalizer goroutine once, when the first finalizer or cleanup is set and a
 * scheduler is attached (as Go's SetFinalizer/AddCleanup do). It takes the next goroutine id and
 * the current P's runnext like any `go` statement, then parks in "finalizer wait" until a GC cycle
 * queues calls. It is a system goroutine (proc.ts: not in NumGoroutine, deadlock detection, dumps
 * below GOTRACEBACK=system or the leak report) except while it runs a call.
 */
export function createfing(rt: Runtime): void {
  const fs = rt.fin;
  if (fs.fing !== null) return;
  const r = rt as unknown as { newproc?: unknown };
  if (typeof r.newproc !== 'function') return; // no scheduler: runFinalizers() is for the driver
  const g = schedState(rt).sched.newprocJS((csp: number) => runfinq(rt, csp),
    { name: 'runtime.createfing', file: goroot(rt) + '/src/runtime/mfinal.go', line: 163 });
  // The frames a GOTRACEBACK=system dump shows for it while parked.
  g.sysFrames = [
    { name: 'runtime.gopark', file: goroot(rt) + '/src/runtime/proc.go', line: 424, hasArgs: true },
    { name: 'runtime.runfinq', file: goroot(rt) + '/src/runtime/mfinal.go', line: 193, hasArgs: false },
  ];
  fs.fing = g;
}

/**
 * wakefing, at the end of mark termination: if calls are queued and the finalizer goroutine is
 * parked, flags it for the scheduler, whose next findRunnable readies it (Go's fingWait|fingWake
 * check in findRunnable). Without a finalizer goroutine (no scheduler) runFinalizers() runs them.
 */
export function wakeFing(rt: Runtime): void {
  const fs = rt.fin;
  if (pendingFinalizers(rt) === 0) return;
  if (fs.fing === null) createfing(rt);
  if (fs.fingWait) fs.fingWake = true;
}

/** Whether the finalizer goroutine has queued calls and is waiting to be scheduled (readied by the
 *  next findRunnable, or not started yet): runtime.GC lets it run before returning, as Go's
 *  runtime.GC does by parking its caller until the cycle is over. */
export function fingReady(rt: Runtime): boolean {
  const fs = rt.fin;
  const g = fs.fing;
  if (g === null || fs.fingRunning || pendingFinalizers(rt) === 0) return false;
  return fs.fingWake || g.status === 1 /* GStatus.Runnable */;
}

/** The finalizer goroutine's body (runfinq): runs the queued finalizers (in reverse queue order,
 *  like runfinq walking a finBlock from the end), then the queued cleanups, then parks again. */
function* runfinq(rt: Runtime, csp: number): Generator<number, void, unknown> {
  const fs = rt.fin;
  const sched = schedState(rt).sched;
  // csp is the entry frame's sp; calls may move the stack, so it is kept relative to stackHi.
  const fo = rt.stackHi - csp;
  // rt.callGo as the Runtime defines it (a driver may wrap it to run generators synchronously): a
  // generator result is delegated to from here, so a finalizer that blocks parks this goroutine.
  const callGo = Object.getPrototypeOf(rt).callGo as Runtime['callGo'];
  for (;;) {
    if (pendingFinalizers(rt) === 0) {
      fs.fingWait = true;
      yield* sched.gopark('finalizer wait', { kind: 'forever' });
      fs.fingWait = false;
      continue;
    }
    fs.fingRunning = true;
    try {
      while (fs.finq.length > 0) {
        const f = fs.finq.pop()!;
        const r = callGo.call(rt, rt.stackHi - fo, rt.m.u32[f.fv >>> 2], f.fv, f.argsSize, (a) => writeFinalizerArg(rt, a, f)).ret;
        if (isGenerator(r)) yield* r as Generator<number, void, unknown>;
        rt.sp = rt.stackHi - fo;
        fs.executed++;
      }
      const cq = rt.cleanups.queue;
      while (cq.length > 0 && fs.finq.length === 0) {
        const c = cq.shift()!;
        const r = callGo.call(rt, rt.stackHi - fo, rt.m.u32[c.fv >>> 2], c.fv, c.argSize,
          c.argSize > 0 ? (a) => rt.m.memmove(a, c.argBox, c.argSize) : null).ret;
        if (isGenerator(r)) yield* r as Generator<number, void, unknown>;
        rt.sp = rt.stackHi - fo;
        rt.cleanups.executed++;
      }
    } finally {
      fs.fingRunning = false;
    }
  }
}

function writeFinalizerArg(rt: Runtime, a: number, f: Finalizer): void {
  const u32 = rt.m.u32;
  if (f.ifaceWord !== 0) { u32[a >>> 2] = f.ifaceWord; u32[(a + 8) >>> 2] = f.p; } else u32[a >>> 2] = f.p;
}

function callFinalizer(rt: Runtime, csp: number, f: Finalizer): unknown {
  return rt.callGo(csp, rt.m.u32[f.fv >>> 2], f.fv, f.argsSize, (a) => writeFinalizerArg(rt, a, f)).ret;
}

/**
 * rt.runFinalizers(): runs every queued finalizer and cleanup now on the current goroutine (for a
 * driver without a scheduler, or tests); returns how many ran. Blocking finalizers are run with
 * rt.runSync when available.
 */
export function runFinalizersNow(rt: Runtime): number {
  const fs = rt.fin;
  if (fs.fingRunning) return 0;
  let n = 0;
  const csp = rt.sp;
  const r = rt as unknown as { runSync?: (g: Generator<number, unknown, unknown>) => unknown };
  while (pendingFinalizers(rt) > 0) {
    if (fs.finq.length > 0) {
      const x = callFinalizer(rt, csp, fs.finq.pop()!);
      if (isGenerator(x) && r.runSync) r.runSync(x as Generator<number, unknown, unknown>);
      fs.executed++;
    } else {
      const c = rt.cleanups.queue.shift()!;
      const x = rt.callGo(csp, rt.m.u32[c.fv >>> 2], c.fv, c.argSize,
        c.argSize > 0 ? (a) => rt.m.memmove(a, c.argBox, c.argSize) : null).ret;
      if (isGenerator(x) && r.runSync) r.runSync(x as Generator<number, unknown, unknown>);
      rt.cleanups.executed++;
    }
    n++;
    rt.sp = csp;
  }
  return n;
}
