// Tests of the runtime core: size classes, mallocgc accounting against real Go (test/data/
// runtime-core/alloc.go, GOGC=off), tiny allocator, GC (roots, sweep, slot reuse, pacer), stack
// growth with pointer adjustment and overflow, callGo, MemStats layout and gctrace format.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Runtime, GoExit, optionsFromEnv } from '../src/runtime/runtime.js';
import type { TypeDesc, FuncInfo } from '../src/runtime/type.js';
import { class_to_size, class_to_allocnpages } from '../src/runtime/sizeclasses.js';
import { sizeToClass, roundupsize } from '../src/runtime/malloc.js';
import { MemStatsLayout } from '../src/runtime/mstats.js';
import { fmtNSAsMS } from '../src/runtime/gctrace.js';
import { ld64 } from '../src/runtime/int64.js';
import { HEAP_SIM_BASE } from '../src/runtime/memory.js';

const dataDir = new URL('../../test/data/runtime-core/', import.meta.url);

let nextId = 100;
/** A minimal TypeDesc: size bytes, pointer words at ptrs. */
function td(size: number, ptrs: number[] = [], str = 'T'): TypeDesc {
  return {
    id: nextId++, kind: 25, size, align: 8, fieldAlign: 8,
    ptrdata: ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0, ptrs: Int32Array.from(ptrs),
    str, name: '', pkgPath: '', named: false,
  };
}

function newRT(opts: ConstructorParameters<typeof Runtime>[0] = {}): { rt: Runtime; err: string[] } {
  const err: string[] = [];
  const rt = new Runtime({ write: (_fd, b) => err.push(new TextDecoder().decode(b)), ...opts });
  return { rt, err };
}

test('size classes: 68 classes, lookup gives the smallest fitting class', () => {
  assert.equal(class_to_size.length, 68);
  assert.equal(class_to_size[35], 1408);
  assert.equal(class_to_allocnpages[65], 10);
  for (let size = 1; size <= 32768; size++) {
    const c = sizeToClass(size);
    assert.ok(class_to_size[c] >= size, `class of ${size}`);
    assert.ok(class_to_size[c - 1] < size || c === 1, `class of ${size} not minimal`);
  }
});

test('roundupsize follows Go (malloc header for scan > 512 B, large page-rounded)', () => {
  assert.equal(roundupsize(6656, true), 6784); // the []int growth example 512 → 848
  assert.equal(roundupsize(512, false), 512);
  assert.equal(roundupsize(513, false), 576 - 8); // 513 + header → class 576, minus the header
  assert.equal(roundupsize(32760, true), 32768);
  assert.equal(roundupsize(32761, true), 32768); // large: its own 4-page span
  assert.equal(roundupsize(32769, true), 40960);
  assert.equal(roundupsize(32753, false), 32760); // + header = 32761 → class 32768
});

test('mallocgc counts match real Go (Mallocs, TotalAlloc, HeapObjects, BySize)', () => {
  const want = readFileSync(new URL('alloc.out', dataDir), 'utf8');
  const { rt } = newRT({ gogc: -1 });
  const ptrTd = td(8, [0], '*int');
  const sliceTd = td(24, [0], '[]byte');
  // the three sink slices made before the first ReadMemStats (not counted) hold the results
  const sinkB = rt.mallocgc(24 * 1000, sliceTd, true);
  const sinkP = rt.mallocgc(24 * 1000, sliceTd, true);
  const sinkS = rt.mallocgc(24 * 1000, sliceTd, true);
  void sinkB; void sinkP; void sinkS;
  const a = rt.memStats();
  const noscan = [1, 2, 3, 5, 7, 8, 9, 12, 15, 16, 17, 24, 31, 33, 100, 500, 512, 513, 1000, 1024, 1025, 4000, 8192, 9000, 20000, 32760, 32761, 32768, 40000, 100000, 1 << 20];
  const scan = [1, 2, 3, 4, 8, 50, 63, 64, 65, 100, 127, 128, 200, 1000, 4095, 4096, 5000, 10000];
  for (let r = 0; r < 3; r++) {
    for (const n of noscan) rt.mallocgc(n, null, true);
    for (const n of scan) rt.mallocgc(n * 8, ptrTd, true);
    for (const n of [1, 3, 2, 5, 1, 7, 4, 1]) rt.mallocgc(n * 2, null, true);
  }
  const b = rt.memStats();
  const lines = [`Mallocs ${b.Mallocs - a.Mallocs}`, `TotalAlloc ${b.TotalAlloc - a.TotalAlloc}`, `HeapObjects ${b.HeapObjects - a.HeapObjects}`];
  for (let i = 0; i < b.BySize.length; i++) {
    const d = b.BySize[i].Mallocs - a.BySize[i].Mallocs;
    if (d !== 0) lines.push(`class ${i} ${b.BySize[i].Size} ${d}`);
  }
  assert.equal(lines.join('\n') + '\n', want);
});

test('GC frees like real Go (Frees, HeapAlloc, HeapObjects after runtime.GC)', () => {
  const want = readFileSync(new URL('gcfree.out', dataDir), 'utf8');
  const { rt } = newRT({ gogc: -1 });
  const m = rt.m;
  const nodeTd = td(32, [0], 'main.node');
  const bigTd = td(608, [0], 'main.big');
  const ptrTd = td(8, [0], '*main.big');
  const sliceTd = td(24, [0], '[]byte');
  // globals: keepList *node, keepBig []*big, keepBytes [][]byte
  const g = rt.allocStatic(56);
  rt.registerGlobals(g, [0, 8, 32], 56);
  const keepList = g, keepBig = g + 8, keepBytes = g + 32;
  m.u32[keepBig >>> 2] = rt.mallocgc(800, ptrTd, true); m.u32[(keepBig + 16) >>> 2] = 100;
  m.u32[keepBytes >>> 2] = rt.mallocgc(2400, sliceTd, true); m.u32[(keepBytes + 16) >>> 2] = 100;
  const append = (sl: number, words: number[]) => {
    const len = m.u32[(sl + 8) >>> 2];
    const p = m.u32[sl >>> 2] + len * words.length * 8;
    words.forEach((w, k) => { m.u32[(p + 8 * k) >>> 2] = w; });
    m.u32[(sl + 8) >>> 2] = len + 1;
  };
  rt.GC();
  const a = rt.memStats();
  for (let i = 0; i < 1000; i++) {
    const n = rt.newobject(nodeTd);
    m.u32[(n + 8) >>> 2] = i;
    if (i % 3 === 0) { m.u32[n >>> 2] = m.u32[keepList >>> 2]; m.u32[keepList >>> 2] = n; }
  }
  for (let i = 0; i < 100; i++) {
    const b = rt.newobject(bigTd);
    if (i % 10 === 0) append(keepBig, [b]);
  }
  for (let i = 0; i < 300; i++) {
    const n = i % 40 + 1;
    const p = rt.mallocgc(n, null, true);
    if (i % 7 === 0) append(keepBytes, [p, n, n]);
  }
  for (let i = 0; i < 5; i++) {
    const x = rt.mallocgc(50000, null, true);
    if (i === 2) append(keepBytes, [x, 50000, 50000]);
  }
  rt.GC();
  const b = rt.memStats();
  const got = [`Mallocs ${b.Mallocs - a.Mallocs}`, `Frees ${b.Frees - a.Frees}`, `TotalAlloc ${b.TotalAlloc - a.TotalAlloc}`,
    `HeapAlloc ${b.HeapAlloc - a.HeapAlloc}`, `HeapObjects ${b.HeapObjects - a.HeapObjects}`,
    `NumGC ${b.NumGC - a.NumGC} ${b.NumForcedGC - a.NumForcedGC}`].join('\n') + '\n';
  assert.equal(got, want);
});

test('without a reservation the address space grows by doubling and keeps its contents', () => {
  const { rt } = newRT({ reserveMemory: 0 });
  const m = rt.m;
  const glob = rt.allocStatic(8);
  rt.registerGlobals(glob, [0]);
  const size0 = m.size;
  const nodeTd = td(16, [0]);
  let head = 0;
  for (let i = 0; i < 200000; i++) {
    const n = rt.newobject(nodeTd); // bind first: growth replaces the views
    m.u32[n >>> 2] = head;
    m.u32[(n + 8) >>> 2] = i;
    head = n;
    m.u32[glob >>> 2] = head;
  }
  assert.ok(m.size > size0);
  let n = m.u32[glob >>> 2], count = 0;
  while (n !== 0) { assert.equal(m.u32[(n + 8) >>> 2], 199999 - count); n = m.u32[n >>> 2]; count++; }
  assert.equal(count, 200000);
});

test('zero-size allocations share zerobase; tiny allocations pack into 16-byte blocks', () => {
  const { rt } = newRT();
  assert.equal(rt.mallocgc(0, null, true), rt.zerobase);
  assert.equal(rt.mallocgc(0, td(0), true), rt.zerobase);
  const p1 = rt.mallocgc(1, null, true);
  const p2 = rt.mallocgc(2, null, true); // aligned to 2
  const p3 = rt.mallocgc(4, null, true); // aligned to 4
  const p4 = rt.mallocgc(8, null, true); // aligned to 8 → 8
  assert.equal(p2 - p1, 2);
  assert.equal(p3 - p1, 4);
  assert.equal(p4 - p1, 8);
  assert.equal(p1 % 16, 0);
  const p5 = rt.mallocgc(8, null, true); // does not fit: new block
  assert.equal(p5 % 16, 0);
  assert.notEqual(p5, p1);
  assert.ok(rt.toUintptr(p1) >= HEAP_SIM_BASE);
  assert.equal(rt.fromUintptr(rt.toUintptr(p1)), p1);
});

test('malloc header: scan objects > 512 B start 8 bytes into their slot', () => {
  const { rt } = newRT();
  const t = td(8, [0]);
  const p = rt.mallocgc(600, t, true);
  assert.equal((p - 8) % 8, 0);
  assert.equal(rt.m.u32[(p - 8) >>> 2], t.id);
  const s = rt.heap.spanOf(p)!;
  assert.equal(s.elemsize, 640);
  assert.equal((p - s.base) % 640, 8);
});

/** A frame-walkable synthetic "compiled function" set for GC and stack tests. */
function makeFuncs(rt: Runtime, FS = 40) {
  const m = rt.m;
  const nodeTd = td(16, [0], 'node'); // struct { next *node; val int }
  const infos: FuncInfo[] = [];
  // func holder(depth, p *node): frame 40 B = header 8, out args 8 (one pointer), slot ptr at 16,
  // slot ptr-to-stack at 24, scalar at 32. Recurses depth times, then calls the callback.
  let cb: (sp: number) => void = () => {};
  let IDX = 0;
  const holder = (csp: number, _ctx: number, depth: number): void => {
    let sp = csp - FS;
    if (sp < rt.stackGuard) { sp = rt.morestack(sp, FS, IDX); csp = sp + FS; }
    m.u32[sp >>> 2] = IDX;
    rt.sp = sp;
    m.u32[(sp + 16) >>> 2] = 0; m.u32[(sp + 24) >>> 2] = 0;
    const fo = rt.stackHi - sp;
    // keep the argument pointer in a slot, and a pointer to our own scalar slot
    m.u32[(sp + 16) >>> 2] = m.u32[(csp + 8) >>> 2];
    m.u32[(sp + 24) >>> 2] = sp + 32;
    m.u32[(sp + 32) >>> 2] = depth;
    if (depth > 0) {
      m.u32[(sp + 8) >>> 2] = m.u32[(sp + 16) >>> 2];
      holder(sp, 0, depth - 1);
      sp = rt.stackHi - fo;
    } else cb(sp);
    assert.equal(m.u32[(sp + 24) >>> 2], sp + 32, 'stack pointer adjusted');
    assert.equal(m.u32[(sp + 32) >>> 2], depth);
  };
  IDX = rt.registerFuncs([{ index: 0, name: 'main.holder', file: 'x.go', line: 1, frameSize: FS, argsSize: 8, ptrmap: Int32Array.from([16, 24]), argPtrmap: Int32Array.from([0]), fn: holder }]);
  return { nodeTd, IDX, setCb: (f: (sp: number) => void) => { cb = f; } };
}

test('GC frees unreachable objects, keeps those reachable from globals and stack frames', () => {
  const { rt } = newRT({ gogc: -1 });
  const { nodeTd, IDX, setCb } = makeFuncs(rt);
  const glob = rt.allocStatic(8);
  rt.registerGlobals(glob, [0]);
  rt.start();
  const m = rt.m;
  // a list of 100 nodes from a global, 100 garbage nodes
  let head = 0;
  for (let i = 0; i < 100; i++) {
    const n = rt.newobject(nodeTd);
    m.u32[n >>> 2] = head;
    m.u32[(n + 8) >>> 2] = i;
    head = n;
    m.u32[glob >>> 2] = head;
    rt.newobject(nodeTd); // garbage
  }
  // a node only reachable from a stack frame's argument
  const onStack = rt.newobject(nodeTd);
  m.u32[(onStack + 8) >>> 2] = 777;
  let checked = false;
  setCb(() => {
    const before = rt.memStats();
    rt.GC();
    const after = rt.memStats();
    assert.equal(before.HeapObjects - after.HeapObjects, 100);
    assert.equal(after.HeapObjects, 101);
    assert.equal(m.u32[(onStack + 8) >>> 2], 777);
    // freed slots are reused
    const reuse = rt.newobject(nodeTd);
    const s = rt.heap.spanOf(reuse)!;
    assert.ok(reuse < s.base + s.nelems * s.elemsize);
    assert.equal(m.u32[(reuse + 8) >>> 2], 0, 'reused slot zeroed');
    checked = true;
  });
  rt.callGo(rt.curg!.top, IDX, 0, 8, (argBase) => { m.u32[argBase >>> 2] = onStack; }, [3]);
  assert.ok(checked);
  // walk the list: intact
  let n = m.u32[glob >>> 2], count = 0;
  while (n !== 0) { assert.equal(m.u32[(n + 8) >>> 2], 99 - count); n = m.u32[n >>> 2]; count++; }
  assert.equal(count, 100);
  // dropping the global frees everything but what the (dead) frames still mention
  m.u32[glob >>> 2] = 0;
  rt.GC();
  assert.ok(rt.memStats().HeapObjects <= 2);
  assert.equal(rt.mstats.numforcedgc, 2);
  assert.equal(rt.badStackWalks, 0);
});

test('an unwalkable frame header makes the GC keep the rest of the stack alive (conservatively)', () => {
  const { rt } = newRT({ gogc: -1 });
  rt.start();
  const m = rt.m;
  const obj = rt.mallocgc(64, td(8, [0]), true);
  m.u32[(obj + 8) >>> 2] = 4242;
  // a word holding obj high in the stack, and rt.sp at a bogus header below it
  const slot = rt.stackHi - 64;
  m.u32[slot >>> 2] = obj;
  rt.sp = rt.stackHi - 256;
  m.u32[rt.sp >>> 2] = 0xfffff; // no such function
  rt.GC();
  assert.equal(rt.badStackWalks, 1);
  assert.equal(rt.memStats().HeapObjects, 1);
  assert.equal(m.u32[(obj + 8) >>> 2], 4242);
});

test('arrays and slices of pointers are scanned element by element; large objects freed', () => {
  const { rt } = newRT({ gogc: -1 });
  const glob = rt.allocStatic(8);
  rt.registerGlobals(glob, [0]);
  const m = rt.m;
  const ptrTd = td(8, [0], '*int');
  const arr = rt.newarray(ptrTd, 10000); // large, 80000 B
  m.u32[glob >>> 2] = arr;
  const targets: number[] = [];
  for (let i = 0; i < 10000; i += 997) {
    const t = rt.mallocgc(8, null, true);
    m.u32[(arr + i * 8) >>> 2] = t;
    targets.push(t);
    rt.mallocgc(64, null, true); // garbage
  }
  const big = rt.mallocgc(100000, null, true); // garbage large
  void big;
  rt.GC();
  const s = rt.memStats();
  assert.equal(s.HeapObjects, 1 + targets.length - 0 /* tiny blocks */ - (targets.length - Math.ceil(targets.length / 2)));
  m.u32[glob >>> 2] = 0;
  rt.GC();
  assert.equal(rt.memStats().HeapObjects, 0);
  assert.equal(rt.memStats().HeapAlloc, 0);
});

test('pacer: automatic GC starts near the 4 MiB goal and collects garbage; gctrace line format', () => {
  const { rt, err } = newRT({ gctrace: true });
  const glob = rt.allocStatic(8);
  rt.registerGlobals(glob, [0]);
  for (let i = 0; i < 20000; i++) rt.mallocgc(1024, null, true);
  assert.ok(rt.mstats.numgc >= 3, `numgc ${rt.mstats.numgc}`);
  assert.ok(rt.memStats().HeapAlloc < 5 << 20);
  const line = err.find(l => l.startsWith('gc 1 '))!;
  assert.match(line, /^gc 1 @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+\/[\d.]+\/[\d.]+\+[\d.]+ ms cpu, 3->3->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P\n$/);
  rt.GC();
  assert.match(err[err.length - 1], / \(forced\)\n$/);
});

test('GOGC=off: no automatic GC; goal follows marked heap after runtime.GC', () => {
  const { rt } = newRT({ gogc: -1 });
  for (let i = 0; i < 10000; i++) rt.mallocgc(1024, null, true);
  assert.equal(rt.mstats.numgc, 0);
  const { rt: rt2 } = newRT({ gogc: 100 });
  const glob = rt2.allocStatic(8);
  rt2.registerGlobals(glob, [0]);
  const keep = rt2.mallocgc(8 << 20, null, true);
  rt2.m.u32[glob >>> 2] = keep;
  rt2.GC();
  assert.equal(rt2.gcc.heapMarked, 8 << 20);
  const g = rt2.gcc;
  assert.equal(g.heapGoal, (8 << 20) * 2 + g.lastStackScan + g.globalsScan);
  assert.ok(g.lastStackScan > 0 && g.lastStackScan <= 2048);
  // GOGC=1: the goal is pushed to marked + 1 MiB (sweepMinHeapDistance), as Go's "2 MB goal".
  const { rt: rt3 } = newRT({ gogc: 1 });
  const g3 = rt3.allocStatic(8);
  rt3.registerGlobals(g3, [0]);
  rt3.m.u32[g3 >>> 2] = rt3.mallocgc(1 << 20, null, true);
  rt3.GC();
  assert.equal(rt3.gcc.heapGoal, rt3.gcc.heapMarked + (1 << 20));
  assert.equal(rt3.gcc.trigger, rt3.gcc.heapGoal);
});

test('GOMEMLIMIT with GOGC=off collects only near the limit; options from the environment', () => {
  const { rt } = newRT({ gogc: -1, memlimit: 16 << 20 });
  for (let i = 0; i < 50000; i++) rt.mallocgc(1024, null, true); // 50 MB of garbage
  const n = rt.mstats.numgc;
  assert.ok(n >= 2 && n <= 10, `numgc ${n}`);
  const v = rt.memStats();
  assert.ok(v.HeapSys < 16 << 20, `HeapSys ${v.HeapSys}`);
  assert.ok(typeof v.NextGC === 'number' && v.NextGC < 16 << 20 && v.NextGC > 8 << 20, `NextGC ${v.NextGC}`);
  // live heap above the limit: still makes progress (no GC per span refill)
  const { rt: r2 } = newRT({ memlimit: 4 << 20 });
  const gl = r2.allocStatic(8);
  r2.registerGlobals(gl, [0]);
  r2.m.u32[gl >>> 2] = r2.mallocgc(8 << 20, null, true);
  for (let i = 0; i < 20000; i++) r2.mallocgc(1024, null, true);
  assert.ok(r2.mstats.numgc < 40, `numgc ${r2.mstats.numgc}`);
  const o = optionsFromEnv({ GOGC: 'off', GOMEMLIMIT: '64MiB', GODEBUG: 'x=1,gctrace=1,gcshrinkstackoff=1' });
  assert.deepEqual(o, { gogc: -1, memlimit: 64 << 20, gctrace: true, shrinkStacks: false });
  assert.deepEqual(optionsFromEnv({ GOGC: '50' }), { gogc: 50 });
});

test('debug setters take int64 values and return Go\'s previous values; FreeOSMemory releases', () => {
  const { rt } = newRT();
  assert.equal(rt.setGCPercent(50), 100);
  assert.equal(rt.setGCPercent(-1), 50);
  assert.equal(rt.setMemoryLimit(-1), 9223372036854775807n);
  assert.equal(rt.setMemoryLimit(1 << 30), 9223372036854775807n);
  assert.equal(rt.setMemoryLimit(9223372036854775807n), 1 << 30);
  assert.equal(rt.setMaxStack(1 << 20), 1000000000);
  for (let i = 0; i < 3000; i++) rt.mallocgc(4096, null, true);
  const before = rt.memStats();
  rt.freeOSMemory();
  const after = rt.memStats();
  assert.ok(after.HeapReleased > before.HeapReleased);
  assert.equal(after.HeapReleased, after.HeapIdle);
});

test('stack growth copies frames and adjusts pointers into the stack', () => {
  const { rt } = newRT();
  const { IDX, setCb } = makeFuncs(rt);
  rt.start();
  const lo0 = rt.stackLo;
  let deepest = 0;
  setCb(() => { deepest = rt.stackHi - rt.stackLo; });
  rt.callGo(rt.curg!.top, IDX, 0, 8, null, [500]);
  assert.ok(deepest >= 32768, `stack grew to ${deepest}`);
  void lo0;
  assert.ok(rt.stackGrowths >= 4);
  assert.equal(rt.memStats().StackInuse % 8192, 0);
});

test('GC shrinks a mostly unused stack at the next prologue, halving per cycle', () => {
  const { rt } = newRT();
  const { IDX } = makeFuncs(rt);
  rt.start();
  rt.callGo(rt.curg!.top, IDX, 0, 8, null, [500]);
  const big = rt.stackHi - rt.stackLo;
  assert.ok(big >= 32768);
  const sizes: number[] = [];
  for (let i = 0; i < 10; i++) {
    rt.GC();
    rt.callGo(rt.curg!.top, IDX, 0, 8, null, [0]);
    sizes.push(rt.stackHi - rt.stackLo);
  }
  assert.equal(sizes[0], big / 2);
  assert.equal(sizes[sizes.length - 1], 2048);
  const { rt: rt2 } = newRT({ shrinkStacks: false });
  const f2 = makeFuncs(rt2);
  rt2.start();
  rt2.callGo(rt2.curg!.top, f2.IDX, 0, 8, null, [500]);
  const big2 = rt2.stackHi - rt2.stackLo;
  rt2.GC();
  rt2.callGo(rt2.curg!.top, f2.IDX, 0, 8, null, [0]);
  assert.equal(rt2.stackHi - rt2.stackLo, big2);
});

test('stack overflow prints Go\'s lines and exits 2', () => {
  const { rt, err } = newRT({ maxstack: 1 << 20 });
  const { IDX } = makeFuncs(rt, 4096);
  rt.start();
  assert.throws(() => rt.callGo(rt.curg!.top, IDX, 0, 8, null, [1e6]), (e: unknown) => e instanceof GoExit && e.code === 2);
  const out = err.join('');
  assert.match(out, /^runtime: goroutine stack exceeds 1048576-byte limit\nruntime: sp=0xc[0-9a-f]+ stack=\[0xc[0-9a-f]+, 0xc[0-9a-f]+\]\nfatal error: stack overflow\n/);
});

test('fatalThrow prints "fatal error: msg" and exits 2 through GoExit', () => {
  const { rt, err } = newRT();
  rt.start();
  assert.throws(() => rt.fatalThrow('some invariant'), (e: unknown) => e instanceof GoExit && e.code === 2);
  assert.match(err.join(''), /^fatal error: some invariant\n/);
});

test('callGo: natives call Go code; results read from the returned arg base', () => {
  const { rt } = newRT();
  const m = rt.m;
  // func twice(x int, p *int) (r int): writes 2*x to results at arg offset 16
  let IDX = 0;
  const twice = (csp: number, _ctx: number, x: number): void => {
    const sp = csp - 8;
    m.u32[sp >>> 2] = IDX;
    rt.sp = sp;
    m.u32[(csp + 8 + 8) >>> 2] = x * 2;
  };
  IDX = rt.registerFuncs([{ index: 0, name: 'main.twice', file: 'x.go', line: 1, frameSize: 8, argsSize: 16, ptrmap: new Int32Array(0), argPtrmap: Int32Array.from([0]), fn: twice }]);
  const r = rt.callGo(0, IDX, 0, 16, (a) => { m.u32[a >>> 2] = 0; }, [21]);
  assert.equal(m.u32[(r.argBase + 8) >>> 2], 42);
  assert.equal(r.csp, rt.curg!.top);
});

test('ReadMemStats writes Go 1.23 MemStats layout; identities hold', () => {
  const { rt } = newRT({ gogc: -1 });
  const addr = rt.allocStatic(MemStatsLayout.size);
  for (let i = 0; i < 100; i++) rt.mallocgc(100, null, true);
  rt.mallocgc(50000, null, true);
  rt.readMemStats(addr);
  const v = rt.memStats();
  const L = MemStatsLayout;
  assert.equal(ld64(rt.m, addr + L.Mallocs), v.Mallocs);
  assert.equal(ld64(rt.m, addr + L.TotalAlloc), 100 * 112 + 57344);
  assert.equal(ld64(rt.m, addr + L.HeapAlloc), v.HeapAlloc);
  assert.equal(ld64(rt.m, addr + L.Sys), v.HeapSys + v.StackSys + v.MSpanSys + v.MCacheSys + v.BuckHashSys + v.GCSys + v.OtherSys);
  assert.equal(rt.m.u8[addr + L.EnableGC], 1);
  assert.equal(rt.m.u32[(addr + L.BySize + 9 * 24) >>> 2], 112);
  assert.equal(ld64(rt.m, addr + L.BySize + 9 * 24 + 8), 100);
  assert.ok(v.HeapInuse - v.HeapAlloc >= 0);
  assert.equal(v.HeapIdle + v.HeapInuse, v.HeapSys);
  assert.equal(typeof ld64(rt.m, addr + L.NextGC), 'bigint'); // GOGC=off: huge goal
});

test('gctrace number formatting (fmtNSAsMS)', () => {
  assert.equal(fmtNSAsMS(100000), '0.10');
  assert.equal(fmtNSAsMS(4000), '0.004');
  assert.equal(fmtNSAsMS(1000000), '1.0');
  assert.equal(fmtNSAsMS(24000000), '24');
  assert.equal(fmtNSAsMS(500), '0');
});
