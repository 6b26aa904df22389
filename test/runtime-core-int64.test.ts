// Tests of src/runtime/int64.ts: every operation against a BigInt oracle on edge values (2^31, 2^32,
// 2^53, 2^63, −2^63, 2^64−1 and neighbours) and seeded random values, checking canonical form.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as I from '../src/runtime/int64.js';
import { Memory } from '../src/runtime/memory.js';

const S = (v: bigint) => BigInt.asIntN(64, v);
const U = (v: bigint) => BigInt.asUintN(64, v);

function canonical(v: bigint): I.I64 {
  return v >= -(2n ** 53n - 1n) && v <= 2n ** 53n - 1n ? Number(v) : v;
}

function isCanonical(v: I.I64): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0);
  return v < -(2n ** 53n - 1n) || v > 2n ** 53n - 1n;
}

const edges: bigint[] = [];
for (const e of [0n, 1n, 2n ** 7n, 2n ** 8n, 2n ** 15n, 2n ** 16n, 2n ** 31n, 2n ** 32n, 2n ** 52n, 2n ** 53n, 2n ** 62n, 2n ** 63n, 2n ** 64n]) {
  for (const d of [-2n, -1n, 0n, 1n]) edges.push(e + d, -(e + d));
}

// Seeded xorshift so failures reproduce.
let seed = 0x9e3779b97f4a7c15n;
function rnd64(): bigint {
  seed ^= (seed << 13n) & 0xffffffffffffffffn;
  seed ^= seed >> 7n;
  seed ^= (seed << 17n) & 0xffffffffffffffffn;
  seed &= 0xffffffffffffffffn;
  return seed;
}
function randomValue(): bigint {
  const r = rnd64();
  switch (Number(r & 3n)) {
    case 0: return r >> BigInt(Number((r >> 8n) & 63n));
    case 1: return BigInt(Number(r & 0xffffn)) - 0x8000n;
    case 2: return r & ((1n << 54n) - 1n);
    default: return r;
  }
}

const signedVals = [...new Set([...edges.map(S), ...Array.from({ length: 300 }, () => S(randomValue()))])];
const unsignedVals = [...new Set([...edges.map(U), ...Array.from({ length: 300 }, () => U(randomValue()))])];

type Bin = (a: I.I64, b: I.I64) => I.I64;

function checkBinary(name: string, f: Bin, oracle: (a: bigint, b: bigint) => bigint | null, vals: bigint[], wrap: (v: bigint) => bigint) {
  let n = 0;
  for (const a of vals) {
    for (const b of vals) {
      const want = oracle(a, b);
      if (want === null) continue;
      const got = f(canonical(a), canonical(b));
      const w = canonical(wrap(want));
      if (got !== w || !isCanonical(got)) assert.fail(`${name}(${a}, ${b}) = ${String(got)} (${typeof got}), want ${String(w)}`);
      n++;
    }
  }
  assert.ok(n > 1000);
}

test('int64 signed arithmetic matches BigInt', () => {
  checkBinary('add64', I.add64, (a, b) => a + b, signedVals, S);
  checkBinary('sub64', I.sub64, (a, b) => a - b, signedVals, S);
  checkBinary('mul64', I.mul64, (a, b) => a * b, signedVals, S);
  checkBinary('div64', I.div64, (a, b) => (b === 0n ? null : a / b), signedVals, S);
  checkBinary('rem64', I.rem64, (a, b) => (b === 0n ? null : a % b), signedVals, S);
  checkBinary('and64', I.and64, (a, b) => a & b, signedVals, S);
  checkBinary('or64', I.or64, (a, b) => a | b, signedVals, S);
  checkBinary('xor64', I.xor64, (a, b) => a ^ b, signedVals, S);
  checkBinary('andnot64', I.andnot64, (a, b) => a & ~b, signedVals, S);
});

test('int64 unsigned arithmetic matches BigInt', () => {
  checkBinary('addu64', I.addu64, (a, b) => a + b, unsignedVals, U);
  checkBinary('subu64', I.subu64, (a, b) => a - b, unsignedVals, U);
  checkBinary('mulu64', I.mulu64, (a, b) => a * b, unsignedVals, U);
  checkBinary('divu64', I.divu64, (a, b) => (b === 0n ? null : a / b), unsignedVals, U);
  checkBinary('remu64', I.remu64, (a, b) => (b === 0n ? null : a % b), unsignedVals, U);
  checkBinary('andu64', I.andu64, (a, b) => a & b, unsignedVals, U);
  checkBinary('oru64', I.oru64, (a, b) => a | b, unsignedVals, U);
  checkBinary('xoru64', I.xoru64, (a, b) => a ^ b, unsignedVals, U);
  checkBinary('andnotu64', I.andnotu64, (a, b) => a & ~b, unsignedVals, U);
});

test('MinInt64 / -1 wraps, % -1 is 0', () => {
  const min = -(2n ** 63n);
  assert.equal(I.div64(min, -1), min);
  assert.equal(I.rem64(min, -1), 0);
});

test('shifts match Go semantics (counts ≥ 64 saturate)', () => {
  const counts = [0, 1, 7, 31, 32, 33, 52, 53, 63, 64, 65, 200];
  for (const a of signedVals) {
    for (const s of counts) {
      const bs = BigInt(s);
      const shl = canonical(S(s >= 64 ? 0n : a << bs));
      const shr = canonical(S(a >> (s >= 64 ? 63n : bs)));
      assert.equal(I.shl64(canonical(a), s), shl, `shl64(${a}, ${s})`);
      assert.equal(I.shr64(canonical(a), s), shr, `shr64(${a}, ${s})`);
    }
  }
  for (const a of unsignedVals) {
    for (const s of counts) {
      const bs = BigInt(s);
      assert.equal(I.shlu64(canonical(a), s), canonical(s >= 64 ? 0n : U(a << bs)), `shlu64(${a}, ${s})`);
      assert.equal(I.shru64(canonical(a), s), canonical(s >= 64 ? 0n : a >> bs), `shru64(${a}, ${s})`);
    }
  }
  assert.equal(I.shl64(1, 2n ** 64n - 1n), 0);
});

test('neg, not, compare, canonical results', () => {
  for (const a of signedVals) {
    assert.equal(I.neg64(canonical(a)), canonical(S(-a)));
    assert.equal(I.not64(canonical(a)), canonical(S(~a)));
    for (const b of signedVals.slice(0, 60)) {
      assert.equal(I.cmp64(canonical(a), canonical(b)), a < b ? -1 : a > b ? 1 : 0);
      assert.equal(I.eq64(canonical(a), canonical(b)), a === b);
    }
  }
  for (const a of unsignedVals) {
    assert.equal(I.negu64(canonical(a)), canonical(U(-a)));
    assert.equal(I.notu64(canonical(a)), canonical(U(~a)));
  }
});

test('conversions to narrower ints and between signednesses', () => {
  for (const a of signedVals) {
    const c = canonical(a);
    assert.equal(I.toInt32(c), Number(BigInt.asIntN(32, a)));
    assert.equal(I.toUint32(c), Number(BigInt.asUintN(32, a)));
    assert.equal(I.toInt16(c), Number(BigInt.asIntN(16, a)));
    assert.equal(I.toUint16(c), Number(BigInt.asUintN(16, a)));
    assert.equal(I.toInt8(c), Number(BigInt.asIntN(8, a)));
    assert.equal(I.toUint8(c), Number(BigInt.asUintN(8, a)));
    assert.equal(I.int64ToUint64(c), canonical(U(a)));
    assert.equal(I.uint64ToInt64(I.int64ToUint64(c)), c);
  }
});

test('int to float rounds once, float to int truncates', () => {
  const f32 = new Float32Array(1);
  for (const a of [...signedVals, ...unsignedVals]) {
    const c = canonical(a);
    assert.equal(I.toFloat64(c), Number(a));
    // float32 oracle: round the exact value to 24 significant bits, ties to even.
    const neg = a < 0n;
    let mag = neg ? -a : a;
    const bits = mag.toString(2).length;
    if (bits > 24) {
      const drop = BigInt(bits - 24);
      const rest = mag & ((1n << drop) - 1n);
      mag >>= drop;
      const half = 1n << (drop - 1n);
      if (rest > half || (rest === half && (mag & 1n) === 1n)) mag += 1n;
      mag <<= drop;
    }
    f32[0] = Number(neg ? -mag : mag);
    assert.equal(I.toFloat32(c), f32[0], `toFloat32(${a})`);
  }
  assert.equal(I.floatToInt64(1.9), 1);
  assert.equal(I.floatToInt64(-1.9), -1);
  assert.equal(I.floatToInt64(2 ** 62), 2n ** 62n);
  assert.equal(I.floatToInt64(-(2 ** 63)), -(2n ** 63n));
  assert.equal(I.floatToInt64(2 ** 63), -(2n ** 63n)); // amd64 out-of-range result
  assert.equal(I.floatToInt64(NaN), -(2n ** 63n));
  assert.equal(I.floatToUint64(2 ** 63), 2n ** 63n);
  assert.equal(I.floatToUint64(1.8446744073709550e19), 18446744073709549568n);
  // measured with go1.23 on amd64 (uint64(f), int64(f) of a variable f)
  const measured: Array<[number, bigint, bigint]> = [
    [-1.5, 18446744073709551615n, -1n], [-1e19, 9223372036854775808n, -9223372036854775808n],
    [1e19, 10000000000000000000n, -9223372036854775808n], [2e19, 9223372036854775808n, -9223372036854775808n],
    [NaN, 9223372036854775808n, -9223372036854775808n], [Infinity, 9223372036854775808n, -9223372036854775808n],
    [-Infinity, 9223372036854775808n, -9223372036854775808n], [9.3e18, 9300000000000000000n, -9223372036854775808n],
  ];
  for (const [f, u, s] of measured) {
    assert.equal(I.floatToUint64(f), canonical(u), `uint64(${f})`);
    assert.equal(I.floatToInt64(f), canonical(s), `int64(${f})`);
  }
  assert.equal(I.floatToInt64(-0.5), 0);
  assert.ok(!Object.is(I.floatToInt64(-0.5), -0));
});

test('ld64/st64 round-trip through memory, little-endian', () => {
  const m = new Memory(1 << 16);
  const a = 0x100;
  for (const v of signedVals) {
    I.st64(m, a, canonical(v));
    assert.equal(I.ld64(m, a), canonical(v));
    assert.equal(I.ldu64(m, a), canonical(U(v)));
    const lo = Number(U(v) & 0xffffffffn);
    assert.equal(m.u32[a >>> 2], lo);
  }
  for (const v of unsignedVals) {
    I.stu64(m, a, canonical(v));
    assert.equal(I.ldu64(m, a), canonical(v));
  }
});

test('decimal formatting', () => {
  assert.equal(I.format64(-(2n ** 63n)), '-9223372036854775808');
  assert.equal(I.format64(2n ** 64n - 1n), '18446744073709551615');
  assert.equal(I.format64(-5), '-5');
  assert.equal(I.formatu64(255, 16), 'ff');
  assert.equal(I.parse64('9007199254740993'), 9007199254740993n);
  assert.equal(I.parse64('12'), 12);
});
