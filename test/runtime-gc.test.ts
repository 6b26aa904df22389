// Tests of the concurrent collector on the runtime directly (no compiler): phases and events,
// black allocation, snapshot and write-barrier soundness checked by the gccheckmark verifier, lazy
// sweeping, pacer, finalizers / cleanups / weak pointers, scavenger, metrics, MemStats, gctrace.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runtime, GoExit } from '../src/runtime/runtime.js';
import type { TypeDesc, FuncInfo } from '../src/runtime/type.js';
import { GCPhase, pauseSummary, type GCEvent } from '../src/runtime/mgc.js';
import { isMarked, objectBase, fingReady } from '../src/runtime/mfinal.js';
import { attachSchedOps } from '../src/runtime/sched_ops.js';
import type { Sched } from '../src/runtime/proc.js';

let nextId = 500;
function td(size: number, ptrs: number[] = [], str = 'T'): TypeDesc {
  return {
    id: nextId++, kind: 25, size, align: 8, fieldAlign: 8,
    ptrdata: ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0, ptrs: Int32Array.from(ptrs),
    str, name: '', pkgPath: '', named: false,
  };
}
/** struct { next *Node; val int } */
const nodeTd = td(16, [0], 'main.Node');

function newRT(opts: ConstructorParameters<typeof Runtime>[0] = {}): { rt: Runtime; err: string[]; root: number; root2: number } {
  const err: string[] = [];
  const rt = new Runtime({ write: (_fd, b) => err.push(new TextDecoder().decode(b)), ...opts });
  const root = rt.allocStatic(16, 8);
  const root2 = root + 8;
  rt.registerGlobals(root, [0, 8], 16);
  rt.start();
  // One empty native frame at the top of goroutine 1's stack: the innermost frame.
  const sp = rt.curg!.top - 16;
  rt.m.u32[sp >>> 2] = 0; // NATIVE_FRAME
  rt.m.u32[(sp >>> 2) + 1] = 16;
  rt.sp = sp;
  return { rt, err, root, root2 };
}

/** A linked list of n nodes (val = i) hanging from the word at `slot`. */
function buildList(rt: Runtime, slot: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = rt.newobject(nodeTd);
    rt.m.u32[x >>> 2] = rt.m.u32[slot >>> 2];
    rt.m.u32[(x + 8) >>> 2] = i;
    rt.m.u32[slot >>> 2] = x;
  }
}

function listSum(rt: Runtime, p: number): number {
  let s = 0;
  for (; p !== 0; p = rt.m.u32[p >>> 2]) s += rt.m.u32[(p + 8) >>> 2];
  return s;
}

/** Allocates garbage until the cycle in progress ends (bounded). */
function churnUntilOff(rt: Runtime, max = 200000): number {
  let k = 0;
  while (rt.gcPhase !== GCPhase.Off && k < max) { rt.mallocgc(64, null, true); k++; }
  return k;
}

test('a triggered cycle is concurrent: mark phase with write barrier, black allocation, then lazy sweep', () => {
  const { rt, root } = newRT();
  const events: string[] = [];
  rt.subscribeGC(['gc-start', 'gc-phase', 'gc-end'], (e: GCEvent) => {
    events.push(e.kind === 'gc-phase' ? `phase:${e.phase}` : e.kind);
  });
  buildList(rt, root, 50000);
  rt.gcTriggered();
  assert.equal(rt.gcPhase, GCPhase.Mark);
  assert.equal(rt.writeBarrier, true);
  const x = rt.newobject(nodeTd);
  assert.equal(rt.gcPhase as GCPhase, GCPhase.Mark, 'an assist does a bounded amount of work');
  assert.ok(isMarked(rt, objectBase(rt, x)), 'allocated black');
  const n = churnUntilOff(rt);
  assert.ok(n > 0 && (rt.gcPhase as GCPhase) === GCPhase.Off, 'marking finished through assists');
  assert.equal(rt.writeBarrier, false);
  assert.equal(rt.mstats.numgc, 1);
  assert.deepEqual(events.slice(0, 4), ['phase:sweep-termination', 'gc-start', 'phase:mark', 'phase:mark-termination']);
  assert.ok(events.includes('gc-end') && events.includes('phase:sweep'));
  assert.equal(listSum(rt, rt.m.u32[root >>> 2]), 49999 * 50000 / 2);
});

/** During marking: hides the tail of the list behind node #depth in a new black object held by
 *  the already-scanned global root2 (the classic lost-object pattern). */
function hideTail(rt: Runtime, root: number, root2: number, depth: number, barrier: boolean): void {
  const holder = rt.newobject(nodeTd); // black; its assist scans part of the list
  let a = rt.m.u32[root >>> 2];
  for (let i = 0; i < depth; i++) a = rt.m.u32[a >>> 2];
  const b = rt.m.u32[a >>> 2];
  rt.m.u32[(holder + 8) >>> 2] = 7;
  if (barrier && rt.writeBarrier) rt.gcWriteBarrier(holder, b);
  rt.m.u32[holder >>> 2] = b;
  if (barrier && rt.writeBarrier) rt.gcWriteBarrier(root2, holder);
  rt.m.u32[root2 >>> 2] = holder;
  if (barrier && rt.writeBarrier) rt.gcWriteBarrier(a, 0);
  rt.m.u32[a >>> 2] = 0;
}

test('snapshot marking (gcsnapshot=1) keeps an object moved from an unscanned object into a black one', () => {
  const { rt, root, root2 } = newRT({ gccheckmark: true, gcBarriersComplete: false });
  buildList(rt, root, 50000);
  rt.gcTriggered();
  hideTail(rt, root, root2, 30000, false);
  assert.equal(rt.gcPhase, GCPhase.Mark);
  churnUntilOff(rt);
  rt.GC();
  for (let i = 0; i < 20000; i++) rt.mallocgc(16, nodeTd, true);
  assert.equal(listSum(rt, rt.m.u32[root >>> 2]) + listSum(rt, rt.m.u32[root2 >>> 2]), 49999 * 50000 / 2 + 7);
  assert.ok(rt.gcstate.checkmarkRuns >= 2);
});

test('barrier mode: the hybrid write barrier keeps a hidden pointer; without it gccheckmark fails loudly', () => {
  for (const useBarrier of [true, false]) {
    const { rt, root, root2, err } = newRT({ gcBarriersComplete: true, gccheckmark: true });
    buildList(rt, root, 50000);
    rt.gcTriggered();
    assert.equal(rt.gcw!.snap, null, 'barrier mode reads live memory');
    hideTail(rt, root, root2, 30000, useBarrier);
    if (useBarrier) {
      churnUntilOff(rt);
      assert.equal(rt.mstats.numgc, 1);
      rt.GC();
      assert.equal(listSum(rt, rt.m.u32[root >>> 2]) + listSum(rt, rt.m.u32[root2 >>> 2]), 49999 * 50000 / 2 + 7);
    } else {
      assert.throws(() => churnUntilOff(rt), (e: unknown) => e instanceof GoExit && e.code === 2);
      const out = err.join('');
      assert.match(out, /runtime: checkmarks found unexpected unmarked object obj=0xc0[0-9a-f]+/);
      assert.match(out, /fatal error: checkmark found unmarked object/);
    }
  }
});

test('gcstoptheworld=1 marks in one step; runtime.GC finishes sweeping and counts a forced cycle', () => {
  const { rt, root } = newRT({ gcstoptheworld: 1 });
  buildList(rt, root, 100);
  rt.gcTriggered();
  assert.equal(rt.gcPhase, GCPhase.Off);
  assert.equal(rt.mstats.numgc, 1);
  rt.GC();
  assert.equal(rt.sweeper.done, true);
  const ms = rt.memStats();
  assert.equal(ms.NumGC, 2);
  assert.equal(ms.NumForcedGC, 1);
  assert.ok(ms.LastGC > 1.6e18);
  assert.ok(ms.PauseTotalNs > 0);
});

test('lazy sweeping: spans are swept on allocation, and garbage slots are reused', () => {
  const { rt, root } = newRT();
  buildList(rt, root, 5000);
  rt.m.u32[root >>> 2] = 0; // all garbage
  rt.gcTriggered();
  churnUntilOff(rt);
  assert.equal(rt.sweeper.done, false, 'sweeping is lazy');
  const before = rt.sweeper.unswept.size;
  const freesBefore = rt.memStats().Frees;
  for (let i = 0; i < 600; i++) rt.mallocgc(16, nodeTd, true);
  assert.ok(rt.sweeper.unswept.size < before, 'allocation swept spans');
  assert.ok(rt.memStats().Frees > freesBefore);
  const mapped = rt.heap.mappedPages;
  rt.GC();
  assert.equal(rt.sweeper.done, true);
  assert.equal(rt.heap.mappedPages, mapped, 'no growth: freed slots were reused');
});

test('pacer: 4 MiB minimum goal, GOGC=off never triggers, trigger between 45/64 and 61/64 of the runway', () => {
  const { rt } = newRT();
  assert.equal(rt.gcc.heapGoal, 4 << 20);
  const { rt: off } = newRT({ gogc: -1 });
  for (let i = 0; i < 2000; i++) off.mallocgc(8192, null, false);
  assert.equal(off.mstats.numgc, 0);
  const g = rt.gcc;
  g.heapMarked = 10 << 20; g.lastStackScan = 1 << 20; g.globalsScan = 1 << 20; g.lastHeapScan = 8 << 20;
  g.consMark = 0;
  g.commit(true);
  assert.equal(g.heapGoal, (10 << 20) + (12 << 20));
  assert.equal(g.trigger, (10 << 20) + Math.floor((12 << 20) / 64) * 61); // no runway: max trigger
  g.consMark = 10;
  g.commit(true);
  assert.equal(g.trigger, (10 << 20) + Math.floor((12 << 20) / 64) * 45); // runway too long: min trigger
});

test('memory limit: the goal comes from GOMEMLIMIT and SetMemoryLimit returns the old value', () => {
  const { rt } = newRT({ gogc: -1, memlimit: 64 << 20 });
  assert.ok(rt.gcc.heapGoal < 64 << 20 && rt.gcc.heapGoal > 48 << 20);
  const old = rt.setMemoryLimit(-1);
  assert.equal(old, 64 << 20);
  for (let i = 0; i < 12000; i++) rt.mallocgc(8192, null, false); // ~94 MiB of garbage
  assert.ok(rt.mstats.numgc >= 1, 'collections near the limit even with GOGC=off');
});

function recordingFunc(rt: Runtime, calls: number[]): number {
  const fi: FuncInfo = {
    index: 0, name: 'main.fin', file: 'x.go', line: 1, frameSize: 0, argsSize: 8,
    ptrmap: new Int32Array(0), argPtrmap: new Int32Array(0),
    fn: (csp: number) => { calls.push(rt.m.u32[(csp + 8) >>> 2]); },
  } as FuncInfo;
  const idx = rt.registerFuncs([fi]);
  const fv = rt.newobject(td(8, [], 'funcval'));
  rt.m.u32[fv >>> 2] = idx;
  return fv;
}

test('finalizers: queued when unreachable, object survives one more cycle, freed after', () => {
  const { rt, root } = newRT();
  const calls: number[] = [];
  const fv = recordingFunc(rt, calls);
  const x = rt.newobject(nodeTd);
  rt.m.u32[(x + 8) >>> 2] = 42;
  const child = rt.newobject(nodeTd);
  rt.m.u32[x >>> 2] = child;
  rt.setFinalizer(x, fv);
  rt.m.u32[root >>> 2] = 0;
  rt.GC();
  assert.equal(rt.fin.finq.length, 1);
  assert.equal(rt.runFinalizers(), 1);
  assert.deepEqual(calls, [x]);
  assert.equal(rt.m.u32[(x + 8) >>> 2], 42, 'resurrected object intact');
  assert.ok(objectBase(rt, child) !== 0, 'what it points to survived too');
  rt.GC();
  assert.equal(objectBase(rt, x), 0, 'freed the cycle after');
  assert.equal(rt.readMetric('/gc/finalizers/executed:finalizers').kind, 'uint64');
});

test('weak pointers and cleanups: Value is nil after collection; cleanups run without resurrection', () => {
  const { rt, root, root2 } = newRT();
  const kept = rt.newobject(nodeTd);
  rt.m.u32[root >>> 2] = kept;
  const dead = rt.newobject(nodeTd);
  const hk = rt.weakMake(kept), hd = rt.weakMake(dead);
  assert.equal(rt.weakMake(kept), hk, 'one handle per object');
  // the handles: 8-byte pointer-free objects, kept by runtime roots
  const hs = rt.mallocgc(16, td(16, [0, 8]), true);
  rt.m.u32[hs >>> 2] = hk; rt.m.u32[(hs + 8) >>> 2] = hd;
  rt.m.u32[root2 >>> 2] = hs;
  const calls: number[] = [];
  const fv = recordingFunc(rt, calls);
  const box = rt.mallocgc(8, null, true);
  rt.m.u32[box >>> 2] = 99;
  rt.addCleanup(dead, fv, box, 8);
  const stopped = rt.addCleanup(dead, fv, box, 8);
  rt.stopCleanup(stopped);
  rt.GC();
  assert.equal(rt.weakValue(hk), kept);
  assert.equal(rt.weakValue(hd), 0);
  assert.equal(rt.runFinalizers(), 1);
  assert.deepEqual(calls, [99]);
  assert.equal(objectBase(rt, dead), 0, 'no resurrection');
});

test('scavenger releases idle pages after a heap shrinks (HeapReleased)', () => {
  const { rt, root } = newRT();
  buildList(rt, root, 200000); // ~3 MiB
  const big: number[] = [];
  for (let i = 0; i < 40; i++) big.push(rt.mallocgc(1 << 20, null, false));
  rt.m.u32[root >>> 2] = 0;
  rt.GC();
  const r1 = rt.memStats().HeapReleased;
  assert.ok(r1 >= 2 << 20, `released ${r1}`);
  for (let i = 0; i < 100000; i++) rt.mallocgc(8, null, true); // the background share
  const ms = rt.memStats();
  assert.ok(ms.HeapReleased > r1, `released ${ms.HeapReleased}`);
  assert.ok(ms.HeapIdle >= ms.HeapReleased);
});

test('metrics agree with MemStats and Go identities', () => {
  const { rt, root } = newRT();
  buildList(rt, root, 10000);
  rt.GC();
  buildList(rt, root, 100);
  const ms = rt.memStats();
  const v = (n: string) => { const r = rt.readMetric(n); assert.notEqual(r.kind, 'bad', n); return (r as { value: number }).value; };
  assert.equal(v('/gc/cycles/total:gc-cycles'), ms.NumGC);
  assert.equal(v('/gc/cycles/forced:gc-cycles'), 1);
  assert.equal(v('/gc/heap/goal:bytes'), ms.NextGC);
  assert.equal(v('/memory/classes/heap/free:bytes'), ms.HeapIdle - ms.HeapReleased);
  assert.equal(v('/memory/classes/heap/unused:bytes'), ms.HeapInuse - ms.HeapAlloc);
  assert.equal(v('/gc/heap/frees:bytes'), ms.TotalAlloc - ms.HeapAlloc);
  assert.equal(v('/memory/classes/total:bytes'), ms.Sys);
  assert.equal(v('/sched/goroutines:goroutines'), 1);
  assert.equal(v('/gc/gogc:percent'), 100);
  assert.equal(rt.readMetric('/no/such:metric').kind, 'bad');
  const h = rt.readMetric('/gc/pauses:seconds');
  assert.equal(h.kind, 'float64histogram');
  const stats = rt.readGCStats();
  assert.equal(stats.numGC, 1);
  assert.equal(stats.pauses.length, 1);
  assert.ok(rt.allMetrics().length > 40);
});

test('gctrace: one line per cycle in Go\'s format, (forced) after runtime.GC', () => {
  const { rt, err, root } = newRT({ gctrace: true });
  buildList(rt, root, 100);
  rt.GC();
  for (let i = 0; i < 3000; i++) rt.mallocgc(4096, null, false);
  churnUntilOff(rt);
  const lines = err.join('').split('\n').filter(Boolean);
  assert.ok(lines.length >= 2);
  const re = /^gc \d+ @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+\/[\d.]+\/[\d.]+\+[\d.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, 1 P( \(forced\))?$/;
  for (const l of lines) assert.match(l, re);
  assert.match(lines[0], /\(forced\)$/);
  assert.doesNotMatch(lines[1], /forced/);
  const p = pauseSummary(rt);
  assert.equal(p.cycles, lines.length);
  assert.ok(p.maxNs >= p.medianNs);
});

test('forced GC period: a cycle starts when 2 minutes of program time passed without one', () => {
  const { rt } = newRT();
  rt.gcstate.lastStartClock = -3 * 60 * 1e9;
  for (let i = 0; i < 5000 && rt.gcstate.cycle === 0; i++) rt.mallocgc(8, nodeTd, true);
  assert.equal(rt.gcstate.cycle, 1);
});

test('shade events only when subscribed, and they name heap objects', () => {
  const { rt, root } = newRT();
  buildList(rt, root, 50);
  let shades = 0;
  const off = rt.subscribeGC(['shade'], () => { shades++; });
  rt.GC();
  assert.ok(shades >= 50);
  off();
  const n = shades;
  rt.GC();
  assert.equal(shades, n);
});

test('with a scheduler, queued finalizers run on the finalizer goroutine, a system goroutine', () => {
  const { rt } = newRT();
  attachSchedOps(rt);
  const sched = (rt as unknown as { $sched?: unknown; numGoroutine(): number; gosched(): void });
  const calls: number[] = [];
  const fv = recordingFunc(rt, calls);
  const x = rt.newobject(nodeTd);
  rt.setFinalizer(x, fv);
  const fing = rt.fin.fing!;
  assert.ok(fing !== null, 'createfing at SetFinalizer');
  assert.equal(sched.numGoroutine(), 1, 'not counted by NumGoroutine');
  rt.GC();
  assert.deepEqual(calls, []);
  assert.equal(fingReady(rt), true, 'runtime.GC lets it run before returning');
  sched.gosched();
  assert.deepEqual(calls, [x]);
  assert.equal(rt.fin.fingRunning, false);
  assert.equal(rt.fin.fingWait, true, 'parked in "finalizer wait"');
  assert.equal(fing.waitreason, 'finalizer wait');
  assert.equal((rt.readMetric('/gc/finalizers/executed:finalizers') as { value: number }).value, 1);
  // A second object: mark termination flags the parked goroutine, the scheduler readies it.
  const y = rt.newobject(nodeTd);
  rt.setFinalizer(y, fv);
  rt.GC();
  assert.equal(rt.fin.fingWake, true);
  sched.gosched();
  assert.deepEqual(calls, [x, y]);
  assert.equal(rt.fin.fing, fing, 'one finalizer goroutine');
  const s = (rt as unknown as { $sched: { sched: Sched } }).$sched.sched;
  assert.equal(s.isSystemGoroutine(fing), true);
  assert.doesNotMatch(s.dumpAll(null), /finalizer wait/, 'not in dumps below GOTRACEBACK=system');
  (rt as unknown as { gotraceback: string }).gotraceback = 'system';
  assert.match(s.dumpAll(null), /goroutine \d+ \[finalizer wait\]:\nruntime\.gopark\(\.\.\.\)\n.*\nruntime\.runfinq\(\)\n.*\ncreated by runtime\.createfing/);
});

test('scheduler-driven GC: a background mark slice between goroutine slices, idle Ps finish it, bgsweep', () => {
  const { rt, root } = newRT();
  attachSchedOps(rt);
  (rt as unknown as { numGoroutine(): number }).numGoroutine(); // creates the scheduler
  const s = (rt as unknown as { $sched: { sched: Sched } }).$sched.sched;
  rt.gcstate.bgDriven = true; // generator mode
  buildList(rt, root, 200000);
  rt.gcTriggered();
  assert.equal(rt.gcPhase, GCPhase.Mark);
  const t0 = performance.now();
  while (performance.now() - t0 < 4) { /* the program runs for 4 ms */ }
  s.gcBetweenSlices();
  assert.equal(s.gcWork.markSlices, 1, 'a background slice between goroutine slices');
  assert.ok(rt.gcstate.bgTime > 0);
  // The share of wall time (~25%) depends on the machine's load: it is measured by the bench's
  // GOMEMLAB_GCSUMMARY figures, not asserted here.
  if (rt.gcPhase === GCPhase.Mark) {
    // Nothing runnable: idle-priority workers finish the mark phase.
    assert.equal(s.gcIdle(), true);
    assert.equal(s.gcWork.idleSlices, 1);
  }
  assert.equal(rt.gcPhase, GCPhase.Off);
  assert.equal(rt.mstats.numgc, 1);
  assert.equal(rt.sweeper.done, false, 'sweeping is lazy');
  s.gcBetweenSlices();
  assert.ok(s.gcWork.sweptPages >= 1, 'bgsweep: a little per slice');
  assert.equal(s.gcIdle(), true);
  assert.equal(rt.sweeper.done, true, 'idle Ps finish the sweep');
  assert.equal(s.gcIdle(), false, 'nothing left to do');
});
