// 64-bit integer arithmetic on the canonical number-or-bigint representation (docs/ARCHITECTURE.md §2).
//
// An int64/uint64 (also int, uint, uintptr) held in JS is a number when it is a safe integer
// (|v| ≤ 2^53−1) and a bigint otherwise; never a bigint with a safe value. So equal values have equal
// representations: `===` is equality, and `<`/`>` work across number and bigint as JS defines them.
// Every function here takes canonical values and returns a canonical value. Fast path: both operands
// are numbers and the exact result is safe → plain JS arithmetic.
//
// Signed functions (`add64` …) wrap modulo 2^64 into [−2^63, 2^63); unsigned ones (`addu64` …) into
// [0, 2^64). Division by zero must be checked by the caller (codegen emits panicdivide); Go's
// MinInt64 / −1 == MinInt64 and MinInt64 % −1 == 0 hold here.

import type { Memory } from './memory.js';

export type I64 = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO32 = 4294967296;
const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;

/** Canonical form of a bigint already in range. */
export function canon(v: bigint): I64 {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Canonical int64 from any bigint (wraps). */
export function wrap64(v: bigint): I64 {
  return canon(BigInt.asIntN(64, v));
}

/** Canonical uint64 from any bigint (wraps). */
export function wrapu64(v: bigint): I64 {
  return canon(BigInt.asUintN(64, v));
}

const POW2: number[] = [];
for (let i = 0; i < 64; i++) POW2.push(2 ** i);

function big(v: I64): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

// ---- signed int64 ----

export function add64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrap64(big(a) + big(b));
}

export function sub64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrap64(big(a) - big(b));
}

export function mul64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r === 0 ? 0 : r; // no −0
  }
  return wrap64(big(a) * big(b));
}

/** Truncated division (Go's /); b ≠ 0. */
export function div64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    // For |a|, |b| < 2^53 the rounded quotient never crosses an integer, so trunc is exact.
    const r = Math.trunc(a / b);
    return r === 0 ? 0 : r;
  }
  return wrap64(big(a) / big(b));
}

/** Truncated remainder (Go's %), sign of the dividend; b ≠ 0. */
export function rem64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return wrap64(big(a) % big(b));
}

export function neg64(a: I64): I64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return wrap64(-a);
}

export function and64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return wrap64(big(a) & big(b));
}

export function or64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return wrap64(big(a) | big(b));
}

export function xor64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return wrap64(big(a) ^ big(b));
}

/** a &^ b */
export function andnot64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & ~b;
  return wrap64(big(a) & ~big(b));
}

/** ^a (bitwise complement) */
export function not64(a: I64): I64 {
  if (typeof a === 'number' && a !== MAX_SAFE) return -a - 1;
  return wrap64(~big(a));
}

/** Shift count as a plain number, saturated at 64 (counts are unsigned; codegen checks negatives). */
function shiftCount(s: I64): number {
  if (typeof s === 'bigint') return s >= 64n || s < 0n ? 64 : Number(s);
  return s >= 64 || s < 0 ? 64 : s;
}

/** a << s (s ≥ 0; s ≥ 64 gives 0). */
export function shl64(a: I64, s: I64): I64 {
  const n = shiftCount(s);
  if (n >= 64) return 0;
  if (typeof a === 'number' && n < 32) {
    const r = a * POW2[n];
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrap64(big(a) << BigInt(n));
}

/** a >> s, arithmetic (s ≥ 64 gives 0 or −1). */
export function shr64(a: I64, s: I64): I64 {
  let n = shiftCount(s);
  if (n > 63) n = 63;
  if (typeof a === 'number') {
    if (n < 32 && (a | 0) === a) return a >> n;
    return Math.floor(a / 2 ** n);
  }
  return canon(a >> BigInt(n));
}

// ---- unsigned uint64 ----

export function addu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapu64(big(a) + big(b));
}

export function subu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return wrapu64(big(a) - big(b));
}

export function mulu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapu64(big(a) * big(b));
}

export function divu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b);
  return canon(big(a) / big(b));
}

export function remu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return canon(big(a) % big(b));
}

/** -a for uint64 (two's complement). */
export function negu64(a: I64): I64 {
  if (a === 0) return 0;
  return wrapu64(-big(a));
}

export function andu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a < TWO32 && b < TWO32) return (a & b) >>> 0;
  return canon(big(a) & big(b));
}

export function oru64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a < TWO32 && b < TWO32) return (a | b) >>> 0;
  return canon(big(a) | big(b));
}

export function xoru64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a < TWO32 && b < TWO32) return (a ^ b) >>> 0;
  return canon(big(a) ^ big(b));
}

export function andnotu64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a < TWO32 && b < TWO32) return (a & ~b) >>> 0;
  return canon(big(a) & ~big(b) & 0xffffffffffffffffn);
}

export function notu64(a: I64): I64 {
  return canon(big(a) ^ 0xffffffffffffffffn);
}

export function shlu64(a: I64, s: I64): I64 {
  const n = shiftCount(s);
  if (n >= 64) return 0;
  if (typeof a === 'number' && n < 32) {
    const r = a * POW2[n];
    if (r <= MAX_SAFE) return r;
  }
  return wrapu64(big(a) << BigInt(n));
}

/** a >> s, logical. */
export function shru64(a: I64, s: I64): I64 {
  const n = shiftCount(s);
  if (n >= 64) return 0;
  if (typeof a === 'number') {
    if (n < 32 && a < TWO32) return a >>> n;
    return Math.floor(a / 2 ** n);
  }
  return canon(a >> BigInt(n));
}

// ---- comparison (valid for both signednesses on canonical values) ----

export function eq64(a: I64, b: I64): boolean { return a === b; }
export function lt64(a: I64, b: I64): boolean { return a < b; }
export function le64(a: I64, b: I64): boolean { return a <= b; }
/** −1, 0, +1 */
export function cmp64(a: I64, b: I64): number { return a < b ? -1 : a > b ? 1 : 0; }

// ---- conversions ----

/** Narrow to int32 (also the int8/int16 helpers below). */
export function toInt32(v: I64): number {
  return typeof v === 'number' ? v | 0 : Number(BigInt.asIntN(32, v));
}
export function toUint32(v: I64): number {
  return typeof v === 'number' ? v >>> 0 : Number(BigInt.asUintN(32, v));
}
export function toInt16(v: I64): number { return toInt32(v) << 16 >> 16; }
export function toUint16(v: I64): number { return toInt32(v) & 0xffff; }
export function toInt8(v: I64): number { return toInt32(v) << 24 >> 24; }
export function toUint8(v: I64): number { return toInt32(v) & 0xff; }

/** Reinterpret an int64 (or a sign-extended narrower signed int) as uint64. */
export function int64ToUint64(v: I64): I64 {
  if (typeof v === 'number') return v >= 0 ? v : canon(BigInt(v) + 0x10000000000000000n);
  return v >= 0n ? v : canon(v + 0x10000000000000000n);
}

/** Reinterpret a uint64 as int64. */
export function uint64ToInt64(v: I64): I64 {
  if (typeof v === 'number') return v;
  return canon(BigInt.asIntN(64, v));
}

/** float64 → int64, Go semantics for in-range values (truncation); out of range / NaN gives
 *  0x8000000000000000 like amd64 CVTTSD2SQ. */
export function floatToInt64(f: number): I64 {
  const t = Math.trunc(f);
  if (t >= -MAX_SAFE && t <= MAX_SAFE) return t === 0 ? 0 : t;
  if (!(t >= -TWO63 && t < TWO63)) return -(2n ** 63n);
  return BigInt(t);
}

/** float64 → uint64, as Go's amd64 code does it: values < 2^63 via the signed conversion
 *  (negative in-range values wrap), values ≥ 2^63 by subtracting 2^63 first; NaN/too big give 2^63. */
export function floatToUint64(f: number): I64 {
  if (f < TWO63) return int64ToUint64(floatToInt64(f));
  if (f < TWO64) return canon(BigInt(Math.trunc(f)));
  return 2n ** 63n;
}

/** int64/uint64 → float64 (round to nearest even). */
export function toFloat64(v: I64): number {
  return typeof v === 'number' ? v : Number(v);
}

/** int64/uint64 → float32, rounded once (directly, not via float64). */
export function toFloat32(v: I64): number {
  if (typeof v === 'number') {
    // |v| ≤ 2^53 is exact in float64, so one fround is a single rounding.
    return Math.fround(v);
  }
  const neg = v < 0n;
  let m = neg ? -v : v;
  const bits = m.toString(2).length;
  if (bits > 24) {
    const drop = BigInt(bits - 24);
    const rest = m & ((1n << drop) - 1n);
    m >>= drop;
    const half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
    m <<= drop;
  }
  const f = Number(m); // exact: ≤ 25 significant bits
  return Math.fround(neg ? -f : f);
}

/** Decimal text of a canonical value. */
export function format64(v: I64): string {
  return String(v);
}

/** Text in base 2..36 of an unsigned value (digits lower case). */
export function formatu64(v: I64, base = 10): string {
  return v.toString(base);
}

/** Parses a decimal/hex/octal/binary literal text into a canonical value (no range check). */
export function parse64(s: string): I64 {
  return canon(BigInt(s));
}

/** Canonical value of a JS number or bigint (the number must be an integer). */
export function from(v: number | bigint): I64 {
  return typeof v === 'bigint' ? canon(v) : v;
}

// ---- memory access ----

/** Loads an int64 at addr (4-aligned). */
export function ld64(m: Memory, addr: number): I64 {
  const i = addr >>> 2;
  const lo = m.u32[i];
  const hi = m.i32[i + 1];
  const r = hi * TWO32 + lo;
  if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/** Loads a uint64 at addr. */
export function ldu64(m: Memory, addr: number): I64 {
  const i = addr >>> 2;
  const lo = m.u32[i];
  const hi = m.u32[i + 1];
  if (hi < 0x200000) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/** Stores an int64 (any canonical value; bigints are wrapped). */
export function st64(m: Memory, addr: number, v: I64): void {
  const i = addr >>> 2;
  if (typeof v === 'number') {
    const lo = v >>> 0;
    m.u32[i] = lo;
    m.i32[i + 1] = (v - lo) / TWO32;
    return;
  }
  m.u32[i] = Number(v & 0xffffffffn);
  m.u32[i + 1] = Number((v >> 32n) & 0xffffffffn);
}

/** Stores a uint64 (same bits as st64). */
export const stu64 = st64;

