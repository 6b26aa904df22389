// Tests for map.ts (Go 1.23 hash map in simulated memory) and alg.ts, with allocation counts
// recorded from real Go 1.23 (GOGC=off, runtime.ReadMemStats deltas around the map's construction).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kind } from '../src/runtime/type.js';
import type { TypeDesc } from '../src/runtime/type.js';
import { GoPanic } from '../src/runtime/panic.js';
import { HITER_SIZE, mapDebug } from '../src/runtime/map.js';
import { MockRuntime, op, basic, stringType, mapOf, ptrTo, arrayOf, structOf, sliceOf, ifaceOf, putString, getString, i64, setI64 } from './runtime-values-harness.js';

function panicText(rt: MockRuntime, f: () => void): string {
  try { f(); } catch (e) {
    assert.ok(e instanceof GoPanic, 'expected a Go panic, got ' + e);
    return op(rt, 'printpanicval', e.typeId, e.data);
  }
  assert.fail('no panic');
}

function setup(seed = 1) {
  const rt = new MockRuntime();
  rt.seed = seed;
  const int64 = basic(rt, Kind.Int64, 'int64', 8);
  const int = basic(rt, Kind.Int, 'int', 8);
  const str = stringType(rt);
  const k = rt.scratch(64);
  return { rt, int64, int, str, k };
}

function put(rt: MockRuntime, t: TypeDesc, h: number, k: number, key: number, val: number): void {
  setI64(rt, k, key);
  const e = op(rt, 'mapassign', t, h, k);
  setI64(rt, e, val);
}

function get(rt: MockRuntime, t: TypeDesc, h: number, k: number, key: number): number | undefined {
  setI64(rt, k, key);
  const e = op(rt, 'mapaccess2', t, h, k);
  return e === 0 ? undefined : i64(rt, e);
}

function iterate(rt: MockRuntime, t: TypeDesc, h: number, each?: (k: number, e: number) => void): number[] {
  const it = rt.scratch(HITER_SIZE);
  const keys: number[] = [];
  op(rt, 'mapiterinit', t, h, it);
  while (rt.m.u32[it >>> 2] !== 0) {
    const kp = rt.m.u32[it >>> 2], ep = rt.m.u32[(it >>> 2) + 2];
    keys.push(i64(rt, kp));
    each?.(kp, ep);
    op(rt, 'mapiternext', it);
  }
  return keys;
}

test('map[int64]int64: insert, lookup, update, delete, len across growth', () => {
  const { rt, int64, k } = setup();
  const t = mapOf(rt, int64, int64);
  const h = op(rt, 'makemap', t, 0);
  for (let i = 0; i < 5000; i++) put(rt, t, h, k, i * 7919, i);
  assert.equal(op(rt, 'maplen', h), 5000);
  for (let i = 0; i < 5000; i++) assert.equal(get(rt, t, h, k, i * 7919), i);
  assert.equal(get(rt, t, h, k, 3), undefined);
  for (let i = 0; i < 5000; i += 2) put(rt, t, h, k, i * 7919, -i);
  assert.equal(op(rt, 'maplen', h), 5000);
  for (let i = 0; i < 5000; i += 3) { setI64(rt, k, i * 7919); op(rt, 'mapdelete', t, h, k); }
  let n = 0;
  for (let i = 0; i < 5000; i++) {
    const v = get(rt, t, h, k, i * 7919);
    if (i % 3 === 0) assert.equal(v, undefined);
    else { n++; assert.equal(v, i % 2 === 0 ? -i : i); }
  }
  assert.equal(op(rt, 'maplen', h), n);
  const d = mapDebug(rt, h);
  assert.equal(d.B, 10); // 5000 entries: 2^10 buckets (6.5 * 1024 = 6656 ≥ 5000 > 3328)
  // mapaccess1 miss returns a zero value
  setI64(rt, k, 3);
  const z = op(rt, 'mapaccess1', t, h, k);
  assert.equal(i64(rt, z), 0);
});

test('iteration: every entry exactly once; random start differs by seed', () => {
  const orders: string[] = [];
  for (const seed of [1, 2, 3]) {
    const { rt, int64, k } = setup(seed);
    const t = mapOf(rt, int64, int64);
    const h = op(rt, 'makemap', t, 0);
    for (let i = 0; i < 100; i++) put(rt, t, h, k, i, i * 2);
    const seen = iterate(rt, t, h, (kp, ep) => assert.equal(i64(rt, ep), i64(rt, kp) * 2));
    assert.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length: 100 }, (_, i) => i));
    orders.push(seen.join(','));
  }
  assert.ok(new Set(orders).size > 1, 'iteration order should depend on the seed');
});

test('iteration tolerates deletes and inserts (growth during iteration) like Go', () => {
  const { rt, int64, k } = setup(7);
  const t = mapOf(rt, int64, int64);
  const h = op(rt, 'makemap', t, 0);
  for (let i = 0; i < 200; i++) put(rt, t, h, k, i, i);
  const k2 = rt.scratch(8);
  const seen = new Map<number, number>();
  const deleted = new Set<number>();
  iterate(rt, t, h, kp => {
    const key = i64(rt, kp);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    // delete a not-yet-seen old key, and insert new keys (forcing growth)
    const victim = (key * 31 + 7) % 200;
    if (!seen.has(victim) && !deleted.has(victim)) { setI64(rt, k2, victim); op(rt, 'mapdelete', t, h, k2); deleted.add(victim); }
    put(rt, t, h, k2, 1000 + key, 0);
  });
  for (const [key, c] of seen) assert.equal(c, 1, `key ${key} seen ${c} times`);
  for (let i = 0; i < 200; i++) {
    if (deleted.has(i)) assert.ok(!seen.has(i), `deleted key ${i} was produced`);
    else assert.ok(seen.has(i), `key ${i} missing`);
  }
  assert.ok(mapDebug(rt, h).B > 5);
});

test('string keys, float keys (+0 == -0, NaN never equal), interface keys', () => {
  const { rt, str, int } = setup();
  const t = mapOf(rt, str, int);
  const h = op(rt, 'makemap', t, 0);
  const k = rt.scratch(16);
  const words = ['alpha', 'beta', 'gamma', '', 'δέλτα', 'alpha'];
  for (const [i, w] of words.entries()) { putString(rt, k, w); setI64(rt, op(rt, 'mapassign', t, h, k), i); }
  assert.equal(op(rt, 'maplen', h), 5);
  putString(rt, k, 'alpha');
  assert.equal(i64(rt, op(rt, 'mapaccess1', t, h, k)), 5);
  putString(rt, k, 'δέλτα');
  assert.equal(i64(rt, op(rt, 'mapaccess1', t, h, k)), 4);

  const f64 = basic(rt, Kind.Float64, 'float64', 8);
  const tf = mapOf(rt, f64, int);
  const hf = op(rt, 'makemap', tf, 0);
  const fk = rt.scratch(8);
  rt.m.f64[fk >>> 3] = 0; setI64(rt, op(rt, 'mapassign', tf, hf, fk), 1);
  rt.m.f64[fk >>> 3] = -0; setI64(rt, op(rt, 'mapassign', tf, hf, fk), 2);
  assert.equal(op(rt, 'maplen', hf), 1);
  rt.m.f64[fk >>> 3] = NaN;
  op(rt, 'mapassign', tf, hf, fk); op(rt, 'mapassign', tf, hf, fk);
  assert.equal(op(rt, 'maplen', hf), 3);
  assert.equal(op(rt, 'mapaccess2', tf, hf, fk), 0);
  // the key was overwritten with -0 (needkeyupdate)
  const it = rt.scratch(HITER_SIZE);
  let sawNegZero = false;
  op(rt, 'mapiterinit', tf, hf, it);
  while (rt.m.u32[it >>> 2]) { const v = rt.m.f64[rt.m.u32[it >>> 2] >>> 3]; if (v === 0 && 1 / v < 0) sawNegZero = true; op(rt, 'mapiternext', it); }
  assert.ok(sawNegZero);

  const any = ifaceOf(rt, 'interface {}', []);
  const ti = mapOf(rt, any, int);
  const hi = op(rt, 'makemap', ti, 0);
  const ik = rt.scratch(16);
  const i1 = rt.scratch(8); setI64(rt, i1, 1000);
  rt.m.u32[ik >>> 2] = int.id; rt.m.u32[(ik >>> 2) + 2] = op(rt, 'convT', int, i1);
  setI64(rt, op(rt, 'mapassign', ti, hi, ik), 7);
  const i2 = rt.scratch(8); setI64(rt, i2, 1000);
  rt.m.u32[(ik >>> 2) + 2] = op(rt, 'convT', int, i2); // different box, same value
  assert.equal(i64(rt, op(rt, 'mapaccess1', ti, hi, ik)), 7);
  const sl = sliceOf(rt, int);
  const sv = rt.scratch(24);
  rt.m.u32[ik >>> 2] = sl.id; rt.m.u32[(ik >>> 2) + 2] = op(rt, 'convT', sl, sv);
  assert.equal(panicText(rt, () => op(rt, 'mapassign', ti, hi, ik)), 'runtime error: hash of unhashable type []int');
  const he = op(rt, 'makemap', ti, 0);
  assert.equal(panicText(rt, () => op(rt, 'mapaccess1', ti, he, ik)), 'runtime error: hash of unhashable type []int');
});

test('nil map: reads give zero, writes panic', () => {
  const { rt, int64, k } = setup();
  const t = mapOf(rt, int64, int64);
  setI64(rt, k, 1);
  assert.equal(i64(rt, op(rt, 'mapaccess1', t, 0, k)), 0);
  assert.equal(op(rt, 'mapaccess2', t, 0, k), 0);
  op(rt, 'mapdelete', t, 0, k);
  assert.equal(op(rt, 'maplen', 0), 0);
  assert.deepEqual(iterate(rt, t, 0), []);
  assert.equal(panicText(rt, () => op(rt, 'mapassign', t, 0, k)), 'assignment to entry in nil map');
});

test('keys and elems larger than 128 bytes are stored indirectly', () => {
  const { rt, int64 } = setup();
  const K = structOf(rt, 'struct { a [20]int64 }', [['a', arrayOf(rt, int64, 20)]]);
  const V = arrayOf(rt, int64, 30);
  const t = mapOf(rt, K, V);
  const h = op(rt, 'makemap', t, 0);
  const k = rt.scratch(160);
  for (let i = 0; i < 50; i++) {
    setI64(rt, k, i); setI64(rt, k + 152, i * 3);
    const e = op(rt, 'mapassign', t, h, k);
    setI64(rt, e + 232, i + 100);
  }
  for (let i = 0; i < 50; i++) {
    setI64(rt, k, i); setI64(rt, k + 152, i * 3);
    assert.equal(i64(rt, op(rt, 'mapaccess1', t, h, k) + 232), i + 100);
  }
  setI64(rt, k + 152, 1);
  setI64(rt, k, 0);
  assert.equal(op(rt, 'mapaccess2', t, h, k), 0);
});

test('mapclear empties the map and keeps the bucket array', () => {
  const { rt, int64, k } = setup();
  const t = mapOf(rt, int64, int64);
  const h = op(rt, 'makemap', t, 0);
  for (let i = 0; i < 300; i++) put(rt, t, h, k, i, i);
  const before = mapDebug(rt, h);
  op(rt, 'mapclear', t, h);
  assert.equal(op(rt, 'maplen', h), 0);
  assert.deepEqual(iterate(rt, t, h), []);
  assert.equal(get(rt, t, h, k, 5), undefined);
  const after = mapDebug(rt, h);
  assert.equal(after.B, before.B);
  put(rt, t, h, k, 5, 6);
  assert.equal(get(rt, t, h, k, 5), 6);
});

// Go 1.23 (GOGC=off): Mallocs and TotalAlloc deltas for building a map with n entries.
const goNoHint: Record<number, [number, number]> = { 0: [1, 48], 1: [2, 192], 8: [2, 192], 9: [3, 480], 13: [3, 480], 14: [4, 1056], 100: [19, 5640], 1000: [64, 86376], 10000: [295, 689768] };
const goHint: Record<number, [number, number]> = { 0: [1, 48], 1: [2, 192], 8: [2, 192], 9: [2, 336], 13: [2, 336], 14: [2, 624], 100: [6, 2808], 1000: [8, 41176], 10000: [12, 321752] };
const goPtrVal: Record<number, [number, number]> = { 0: [1, 48], 1: [2, 192], 8: [2, 192], 9: [3, 480], 13: [3, 480], 14: [4, 1120], 100: [14, 6120], 1000: [26, 84328], 10000: [211, 675784] };

function build(kind: 'nohint' | 'hint' | 'ptr', n: number): [number, number] {
  const { rt, int64, int, k } = setup(n + 11);
  const t = kind === 'ptr' ? mapOf(rt, int, ptrTo(rt, int)) : mapOf(rt, int64, int64);
  const m0 = rt.mallocs, a0 = rt.totalAlloc;
  const h = op(rt, 'makemap', t, kind === 'hint' ? n : 0);
  for (let i = 0; i < n; i++) { setI64(rt, k, i); op(rt, 'mapassign', t, h, k); }
  return [rt.mallocs - m0, rt.totalAlloc - a0];
}

test('map allocations match Go 1.23 (exact while deterministic, close for large maps)', () => {
  for (const [table, kind] of [[goNoHint, 'nohint'], [goHint, 'hint'], [goPtrVal, 'ptr']] as const) {
    for (const [ns, [gm, ga]] of Object.entries(table)) {
      const n = Number(ns);
      const [m, a] = build(kind, n);
      if (n <= 14) {
        assert.deepEqual([m, a], [gm, ga], `${kind} n=${n}`);
      } else {
        // Overflow-bucket counts depend on the hash function: allow a small difference.
        assert.ok(Math.abs(a - ga) / ga < 0.15, `${kind} n=${n}: TotalAlloc ${a} vs Go ${ga}`);
        assert.ok(m >= gm / 2 && m <= gm * 2, `${kind} n=${n}: Mallocs ${m} vs Go ${gm}`);
      }
    }
  }
});

test('typehash/typeequal by kind; uncomparable types panic', () => {
  const { rt, int, str } = setup();
  const any = ifaceOf(rt, 'interface {}', []);
  const S = structOf(rt, 'struct { a int; s string; _ int }', [['a', int], ['s', str], ['_', int]]);
  const a = rt.scratch(32), b = rt.scratch(32);
  setI64(rt, a, 5); putString(rt, a + 8, 'xy'); setI64(rt, a + 24, 1);
  setI64(rt, b, 5); putString(rt, b + 8, 'xy'); setI64(rt, b + 24, 2);
  assert.equal(op(rt, 'typeequal', S, a, b), true); // blank field ignored
  assert.equal(op(rt, 'typehash', S, a, 9), op(rt, 'typehash', S, b, 9));
  putString(rt, b + 8, 'xz');
  assert.equal(op(rt, 'typeequal', S, a, b), false);
  const sl = sliceOf(rt, int);
  const e1 = rt.scratch(16), e2 = rt.scratch(16);
  rt.m.u32[e1 >>> 2] = sl.id; rt.m.u32[(e1 >>> 2) + 2] = rt.scratch(24);
  rt.m.u32[e2 >>> 2] = sl.id; rt.m.u32[(e2 >>> 2) + 2] = rt.scratch(24);
  assert.equal(panicText(rt, () => op(rt, 'efaceeq', e1, e2)), 'runtime error: comparing uncomparable type []int');
  rt.m.u32[e2 >>> 2] = int.id;
  assert.equal(op(rt, 'efaceeq', e1, e2), false); // different types: no panic
  assert.equal(panicText(rt, () => op(rt, 'typehash', any, e1, 0)), 'runtime error: hash of unhashable type []int');
  void getString;
});

test('same-size growth after many overflow buckets keeps every entry reachable', () => {
  const { rt, int64, k } = setup(5);
  const t = mapOf(rt, int64, int64);
  const h = op(rt, 'makemap', t, 0);
  const live = new Map<number, number>();
  let sameSize = false;
  let next = 0;
  for (let round = 0; round < 400; round++) {
    for (let j = 0; j < 40; j++) {
      const key = next++ * 1000003; put(rt, t, h, k, key, key + 1); live.set(key, key + 1);
      const d = mapDebug(rt, h);
      if (d.oldbuckets !== 0 && (d.flags & 8) !== 0) sameSize = true;
    }
    // delete all but a few: the map stays small but its buckets accumulate overflow chains
    for (const key of [...live.keys()]) {
      if (live.size <= 30) break;
      setI64(rt, k, key); op(rt, 'mapdelete', t, h, k); live.delete(key);
    }
    const d = mapDebug(rt, h);
    if (d.oldbuckets !== 0 && (d.flags & 8) !== 0) sameSize = true;
    // iterate in the middle of growth
    const seen = iterate(rt, t, h);
    assert.equal(seen.length, live.size);
  }
  assert.ok(sameSize, 'a same-size grow happened');
  assert.equal(op(rt, 'maplen', h), live.size);
  for (const [key, v] of live) assert.equal(get(rt, t, h, k, key), v);
  assert.ok(mapDebug(rt, h).B <= 4);
});
