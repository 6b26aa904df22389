// Tests for slice.ts, string.ts and print.ts against outputs recorded from real Go 1.23.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kind } from '../src/runtime/type.js';
import { GoPanic } from '../src/runtime/panic.js';
import { formatFloat } from '../src/runtime/print.js';
import { nextslicecap, roundupsize } from '../src/runtime/slice.js';
import { MockRuntime, op, basic, structOf, ptrTo, putString, getString, i64 } from './runtime-values-harness.js';

function panicText(rt: MockRuntime, f: () => void): string {
  try { f(); } catch (e) {
    assert.ok(e instanceof GoPanic, 'expected a Go panic, got ' + e);
    return op(rt, 'printpanicval', e.typeId, e.data);
  }
  assert.fail('no panic');
}

function appendCaps(rt: MockRuntime, et: any, n: number): number[] {
  const s = rt.scratch(24);
  const caps: number[] = [];
  let last = -1;
  for (let i = 0; i < n; i++) {
    const len = i64(rt, s + 8), cap = i64(rt, s + 16);
    if (len === cap) op(rt, 'growslice', s, s, et, 1);
    else rt.m.u32[(s + 8) >>> 2] = len + 1;
    const c = i64(rt, s + 16);
    if (c !== last) { caps.push(c); last = c; }
  }
  return caps;
}

test('growslice: observed capacity sequences of Go 1.23 (reference §11.2)', () => {
  const rt = new MockRuntime();
  const int = basic(rt, Kind.Int, 'int', 8);
  const byte = basic(rt, Kind.Uint8, 'uint8', 1);
  const s24 = structOf(rt, 'struct { a int; b int; c int }', [['a', int], ['b', int], ['c', int]]);
  assert.deepEqual(appendCaps(rt, int, 5120), [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120]);
  assert.deepEqual(appendCaps(rt, byte, 5376), [8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376]);
  assert.deepEqual(appendCaps(rt, s24, 2048), [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048]);
});

test('growslice copies old elements and keeps len', () => {
  const rt = new MockRuntime();
  const int = basic(rt, Kind.Int, 'int', 8);
  const s = rt.scratch(24);
  op(rt, 'makeslice', s, int, 3, 3);
  const p = rt.m.u32[s >>> 2];
  for (let i = 0; i < 3; i++) rt.m.u32[(p >>> 2) + 2 * i] = 10 + i;
  op(rt, 'growslice', s, s, int, 2);
  const q = rt.m.u32[s >>> 2];
  assert.notEqual(q, p);
  assert.equal(i64(rt, s + 8), 5);
  assert.equal(i64(rt, s + 16), 6);
  assert.deepEqual([0, 1, 2].map(i => rt.m.u32[(q >>> 2) + 2 * i]), [10, 11, 12]);
  // append(s, 1000 elems) to cap 6: newLen > 2*cap → newLen rounded to size class
  op(rt, 'growslice', s, s, int, 1000);
  assert.equal(i64(rt, s + 16), roundupsize(1005 * 8, true) / 8);
  assert.equal(nextslicecap(600, 512), 512 + (512 + 768) / 4);
});

test('makeslice panics with Go texts', () => {
  const rt = new MockRuntime();
  const int = basic(rt, Kind.Int, 'int', 8);
  const s = rt.scratch(24);
  assert.equal(panicText(rt, () => op(rt, 'makeslice', s, int, -1, 5)), 'runtime error: makeslice: len out of range');
  assert.equal(panicText(rt, () => op(rt, 'makeslice', s, int, 6, 5)), 'runtime error: makeslice: cap out of range');
  assert.equal(panicText(rt, () => op(rt, 'makeslice', s, int, 1, 2n ** 62n)), 'runtime error: makeslice: cap out of range');
  assert.equal(panicText(rt, () => op(rt, 'makeslice', s, int, 2n ** 62n, 2n ** 62n)), 'runtime error: makeslice: len out of range');
});

test('roundupsize: size classes and the malloc header for scan objects > 512 B', () => {
  assert.equal(roundupsize(1, true), 8);
  assert.equal(roundupsize(5, true), 8);
  assert.equal(roundupsize(17, true), 24);
  assert.equal(roundupsize(513, true), 576);
  assert.equal(roundupsize(513, false), 576 - 8);
  assert.equal(roundupsize(6656, true), 6784);
  assert.equal(roundupsize(32768, true), 32768);
  assert.equal(roundupsize(32761, true), 32768);
  assert.equal(roundupsize(32769, true), 40960);
  assert.equal(roundupsize(40000, false), 40960);
});

test('slicecopy', () => {
  const rt = new MockRuntime();
  const a = rt.scratch(16), b = rt.scratch(16);
  rt.m.u8.set([1, 2, 3, 4], a);
  assert.equal(op(rt, 'slicecopy', b, 2, a, 4, 1), 2);
  assert.deepEqual([...rt.m.u8.subarray(b, b + 3)], [1, 2, 0]);
  assert.equal(op(rt, 'slicecopy', b, 0, a, 4, 1), 0);
});

test('concatstrings: one allocation of the total length; "" and single operands allocate nothing', () => {
  const rt = new MockRuntime();
  const a = rt.scratch(16), b = rt.scratch(16), e = rt.scratch(16), d = rt.scratch(16);
  putString(rt, a, 'hello, ');
  putString(rt, b, 'world');
  let before = rt.mallocs;
  op(rt, 'concatstrings', d, [a, b]);
  assert.equal(getString(rt, d), 'hello, world');
  assert.equal(rt.mallocs - before, 1);
  assert.equal(rt.totalAlloc > 0, true);
  before = rt.mallocs;
  op(rt, 'concatstrings', d, [e, b, e]);
  assert.equal(rt.mallocs - before, 0);
  assert.equal(rt.m.u32[d >>> 2], rt.m.u32[b >>> 2]);
  op(rt, 'concatstrings', d, [e, e]);
  assert.equal(rt.mallocs - before, 0);
  assert.equal(rt.m.u32[(d >>> 2) + 2], 0);
});

test('string conversions allocate like Go', () => {
  const rt = new MockRuntime();
  const s = rt.scratch(16), sl = rt.scratch(24), d = rt.scratch(16);
  putString(rt, s, 'hello');
  let before = rt.totalAlloc;
  op(rt, 'stringtoslicebyte', sl, s);
  assert.equal(i64(rt, sl + 8), 5);
  assert.equal(i64(rt, sl + 16), 8); // []byte("hello") has cap 8
  assert.equal(rt.totalAlloc - before, 8);
  before = rt.mallocs;
  op(rt, 'slicebytetostring', d, rt.m.u32[sl >>> 2], 1);
  assert.equal(rt.mallocs - before, 0); // single byte: staticuint64s
  assert.equal(getString(rt, d), 'h');
  assert.equal(rt.m.toUintptr(rt.m.u32[d >>> 2]) < 0xc000000000, true);
  op(rt, 'slicebytetostring', d, rt.m.u32[sl >>> 2], 0);
  assert.equal(rt.mallocs - before, 0);
  op(rt, 'slicebytetostring', d, rt.m.u32[sl >>> 2], 5);
  assert.equal(rt.mallocs - before, 1);
  assert.equal(getString(rt, d), 'hello');
  // with a temp buffer (non-escaping result): no allocation
  const buf = rt.scratch(32);
  before = rt.mallocs;
  op(rt, 'stringtoslicebyte', sl, s, buf);
  assert.equal(rt.mallocs - before, 0);
  assert.equal(i64(rt, sl + 16), 32);
});

test('runes: []rune(s), string(runes), string(rune), decoderune', () => {
  const rt = new MockRuntime();
  const s = rt.scratch(16), sl = rt.scratch(24), d = rt.scratch(16);
  putString(rt, s, 'héllo, 世界');
  const before = rt.totalAlloc;
  op(rt, 'stringtoslicerune', sl, s);
  assert.equal(i64(rt, sl + 8), 9);
  assert.equal(i64(rt, sl + 16), 12); // 36 bytes → 48 size class
  assert.equal(rt.totalAlloc - before, 48);
  const p = rt.m.u32[sl >>> 2];
  assert.equal(rt.m.i32[(p >>> 2) + 1], 0xe9);
  op(rt, 'slicerunetostring', d, p, 9);
  assert.equal(getString(rt, d), 'héllo, 世界');
  op(rt, 'intstring', d, 0x4e16);
  assert.equal(getString(rt, d), '世');
  op(rt, 'intstring', d, -1);
  assert.equal(getString(rt, d), '\ufffd');
  op(rt, 'intstring', d, 0xd800);
  assert.equal(getString(rt, d), '\ufffd');
  // invalid UTF-8: each bad byte decodes to RuneError with width 1
  const bad = rt.scratch(8);
  rt.m.u8.set([0xff, 0xe4, 0xb8, 0x41], bad);
  const hdr = rt.scratch(16);
  rt.m.u32[hdr >>> 2] = bad; rt.m.u32[(hdr >>> 2) + 2] = 4;
  assert.deepEqual(op(rt, 'decoderune', hdr, 0), [0xfffd, 1]);
  assert.deepEqual(op(rt, 'decoderune', hdr, 1), [0xfffd, 2]);
  assert.deepEqual(op(rt, 'decoderune', hdr, 3), [0x41, 4]);
});

test('cmpstring / eqstring', () => {
  const rt = new MockRuntime();
  const a = rt.scratch(16), b = rt.scratch(16);
  const cases: [string, string, number][] = [['a', 'b', -1], ['ab', 'a', 1], ['', '', 0], ['abc', 'abc', 0], ['é', 'z', 1]];
  for (const [x, y, want] of cases) {
    putString(rt, a, x); putString(rt, b, y);
    assert.equal(op(rt, 'cmpstring', a, b), want, `${x} vs ${y}`);
    assert.equal(op(rt, 'eqstring', a, b), want === 0);
  }
});

test('print formats floats like Go (recorded from go1.23 println)', () => {
  const cases: [number, string][] = [
    [0, '+0.000000e+000'], [1, '+1.000000e+000'], [-1, '-1.000000e+000'], [1.5, '+1.500000e+000'],
    [-2, '-2.000000e+000'], [0.1, '+1.000000e-001'], [123456789, '+1.234568e+008'], [1e300, '+1.000000e+300'],
    [1e-300, '+1.000000e-300'], [5e-324, '+4.940656e-324'], [Number.MAX_VALUE, '+1.797693e+308'],
    [3.14159265358979, '+3.141593e+000'], [2.5e-7, '+2.500000e-007'], [999999.95, '+1.000000e+006'],
    [9.9999999, '+1.000000e+001'], [0.000123, '+1.230000e-004'], [1e21, '+1.000000e+021'],
    [1e100, '+1.000000e+100'], [7, '+7.000000e+000'], [100, '+1.000000e+002'],
    [Infinity, '+Inf'], [-Infinity, '-Inf'], [NaN, 'NaN'], [-0, '-0.000000e+000'],
  ];
  for (const [v, want] of cases) assert.equal(formatFloat(v), want, String(v));
});

test('println output: spaces, complex, uint64, pointers', () => {
  const rt = new MockRuntime();
  op(rt, 'printlock');
  op(rt, 'printcomplex', 1, -2.5); op(rt, 'printsp');
  op(rt, 'printfloat', Math.fround(0.1)); op(rt, 'printsp');
  op(rt, 'printint', -5); op(rt, 'printsp');
  op(rt, 'printuint', 2n ** 63n); op(rt, 'printsp');
  op(rt, 'printint', -(2n ** 63n)); op(rt, 'printsp');
  op(rt, 'printbool', true); op(rt, 'printsp');
  op(rt, 'printpointer', 0);
  op(rt, 'printnl');
  assert.equal(rt.stderrText(), '');
  op(rt, 'printunlock');
  assert.equal(rt.stderrText(), '(+1.000000e+000-2.500000e+000i) +1.000000e-001 -5 9223372036854775808 -9223372036854775808 true 0x0\n');
  const p = rt.mallocgc(8, ptrTo(rt, basic(rt, Kind.Int, 'int', 8)), true);
  rt.stderr.length = 0;
  op(rt, 'printpointer', p);
  assert.match(rt.stderrText(), /^0xc000[0-9a-f]+$/);
});

test('slicebytetostringtmp shares bytes; countrunes', () => {
  const rt = new MockRuntime();
  const s = rt.scratch(16), d = rt.scratch(16);
  putString(rt, s, 'héllo, 世界');
  const m0 = rt.mallocs;
  op(rt, 'slicebytetostringtmp', d, rt.m.u32[s >>> 2], 6);
  assert.equal(rt.mallocs, m0);
  assert.equal(getString(rt, d), 'héllo');
  assert.equal(rt.m.u32[d >>> 2], rt.m.u32[s >>> 2]);
  assert.equal(op(rt, 'countrunes', s), 9);
});
