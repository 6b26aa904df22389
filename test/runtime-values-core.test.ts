// Integration of the value operations with the real core Runtime (allocator + GC): maps, strings and
// slices survive collections, and Go-visible allocation counts come from the core's MemStats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runtime } from '../src/runtime/runtime.js';
import { Kind } from '../src/runtime/type.js';
import type { TypeDesc } from '../src/runtime/type.js';
import { HITER_SIZE } from '../src/runtime/map.js';
import { GoPanic } from '../src/runtime/panic.js';

function mk(o: Partial<TypeDesc> & { kind: Kind; size: number; str: string }): TypeDesc {
  const ptrs = o.ptrs ?? new Int32Array(0);
  return {
    id: 0, align: 8, fieldAlign: 8, ptrdata: ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0, name: '', pkgPath: '',
    named: false, ...o, ptrs,
  } as TypeDesc;
}

function setup() {
  const rt = new Runtime({ write: () => {} });
  (rt as any).seed = 42;
  const int64 = mk({ kind: Kind.Int64, size: 8, str: 'int64', name: 'int64', named: true });
  const str = mk({ kind: Kind.String, size: 16, str: 'string', name: 'string', named: true, ptrs: Int32Array.of(0) });
  const mapSS = mk({ kind: Kind.Map, size: 8, str: 'map[string]string', key: str, elem: str, ptrs: Int32Array.of(0) });
  const mapII = mk({ kind: Kind.Map, size: 8, str: 'map[int64]int64', key: int64, elem: int64, ptrs: Int32Array.of(0) });
  rt.registerTypes([int64, str, mapSS, mapII]);
  // Globals: slot 0 holds the map, 1..2 scratch string headers, 3 the iterator (96 B).
  const g = rt.allocStatic(256, 8);
  rt.registerGlobals(g, [0, 8, 24, 40 + 0, 40 + 8, 40 + 24, 40 + 32, 40 + 40, 40 + 48, 40 + 56], 256);
  rt.start();
  return { rt, int64, str, mapSS, mapII, g };
}

const r = (rt: Runtime) => rt as any;

test('map[string]string in the real heap survives repeated GCs', () => {
  const { rt, mapSS, g } = setup();
  const m = rt.m;
  const h = r(rt).makemap(mapSS, 0);
  m.storePtr(g, h);
  const k = g + 8, v = g + 24;
  for (let i = 0; i < 3000; i++) {
    r(rt).makeStringFromJS(k, 'key-' + i);
    const e = r(rt).mapassign(mapSS, m.loadPtr(g), k);
    r(rt).makeStringFromJS(v, 'value-' + i);
    m.memmove(e, v, 16);
    if (i % 500 === 0) rt.GC();
  }
  rt.GC();
  // allocate garbage to reuse freed slots, then GC again
  for (let i = 0; i < 20000; i++) rt.mallocgc(32, null, false);
  rt.GC();
  for (let i = 0; i < 3000; i++) {
    r(rt).makeStringFromJS(k, 'key-' + i);
    const e = r(rt).mapaccess2(mapSS, m.loadPtr(g), k);
    assert.notEqual(e, 0, 'key-' + i);
    assert.equal(m.readString(e), 'value-' + i);
  }
  assert.equal(r(rt).maplen(m.loadPtr(g)), 3000);
  // iterate (iterator in a global so the GC sees its pointers)
  const it = g + 40;
  let n = 0;
  r(rt).mapiterinit(mapSS, m.loadPtr(g), it);
  while (m.loadPtr(it) !== 0) {
    const key = m.readString(m.loadPtr(it));
    assert.equal(m.readString(m.loadPtr(it + 8)), 'value-' + key.slice(4));
    n++;
    if (n % 1000 === 0) rt.GC();
    r(rt).mapiternext(it);
  }
  assert.equal(n, 3000);
});

test('map allocation counts through the core allocator match Go 1.23', () => {
  const { rt, mapII, g } = setup();
  const before = rt.memStats();
  const h = r(rt).makemap(mapII, 0);
  rt.m.storePtr(g, h);
  for (let i = 0; i < 14; i++) {
    rt.m.u32[(g + 8) >>> 2] = i; rt.m.u32[(g + 12) >>> 2] = 0;
    r(rt).mapassign(mapII, rt.m.loadPtr(g), g + 8);
  }
  const after = rt.memStats();
  assert.equal(after.Mallocs - before.Mallocs, 4);
  assert.equal(after.TotalAlloc - before.TotalAlloc, 1056);
});

test('panics raised by value operations are GoPanics with printable values', () => {
  const { rt, mapII, g } = setup();
  try {
    r(rt).mapassign(mapII, 0, g + 8);
    assert.fail('no panic');
  } catch (e) {
    assert.ok(e instanceof GoPanic);
    assert.equal(r(rt).printpanicval(e.typeId, e.data), 'assignment to entry in nil map');
    assert.ok((r(rt).formatPanic(e) as string).startsWith('panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n'));
  }
  void HITER_SIZE;
});

test('maps grow correctly while the GC runs inside their own allocations (GOGC=1)', () => {
  const rt = new Runtime({ write: () => {}, gogc: 1 });
  (rt as any).seed = 7;
  const int64 = mk({ kind: Kind.Int64, size: 8, str: 'int64', name: 'int64', named: true });
  const str = mk({ kind: Kind.String, size: 16, str: 'string', name: 'string', named: true, ptrs: Int32Array.of(0) });
  const mapII = mk({ kind: Kind.Map, size: 8, str: 'map[int64]int64', key: int64, elem: int64, ptrs: Int32Array.of(0) });
  const mapIS = mk({ kind: Kind.Map, size: 8, str: 'map[int64]string', key: int64, elem: str, ptrs: Int32Array.of(0) });
  rt.registerTypes([int64, str, mapII, mapIS]);
  const g = rt.allocStatic(64, 8);
  rt.registerGlobals(g, [0, 8, 16, 32], 64);
  rt.start();
  const m = rt.m;
  m.storePtr(g, r(rt).makemap(mapII, 0));
  m.storePtr(g + 8, r(rt).makemap(mapIS, 0));
  const k = g + 40;
  const gcs0 = rt.memStats().NumGC;
  for (let i = 0; i < 20000; i++) {
    m.u32[k >>> 2] = i * 2654435761 >>> 0; m.u32[(k >>> 2) + 1] = 0;
    const e = r(rt).mapassign(mapII, m.loadPtr(g), k);
    m.u32[e >>> 2] = i;
    r(rt).makeStringFromJS(g + 16, 's' + i);
    const e2 = r(rt).mapassign(mapIS, m.loadPtr(g + 8), k);
    m.memmove(e2, g + 16, 16);
    rt.mallocgc(512, null, false); // garbage
  }
  assert.ok(rt.memStats().NumGC - gcs0 >= 5, 'the GC ran: ' + (rt.memStats().NumGC - gcs0));
  for (let i = 0; i < 20000; i++) {
    m.u32[k >>> 2] = i * 2654435761 >>> 0; m.u32[(k >>> 2) + 1] = 0;
    assert.equal(m.u32[r(rt).mapaccess1(mapII, m.loadPtr(g), k) >>> 2], i);
    assert.equal(m.readString(r(rt).mapaccess1(mapIS, m.loadPtr(g + 8), k)), 's' + i);
  }
});
