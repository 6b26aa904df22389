// complex64 / complex128: constants, arithmetic (+ - * /, unary -), ==/!=, real/imag/complex,
// conversions between the two sizes, and println. Complex values have no JS form (ARCHITECTURE.md
// §2): they live in memory as {re, im} float32 or float64 pairs. Division follows
// runtime/complex.go (complex128div, Smith's algorithm with C99 inf/NaN corrections); complex64
// operations round each float32 step, like the SSA lowering of complex ops (ssagen/ssa.go).

import { BasicKind, underlying, type Type } from '../types/types.js';
import { float64Val, real as creal, imag as cimag, type Value } from '../types/constant.js';
import { FuncGen, mem, type Val } from './func.js';

export function isComplex(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Basic' && (u.basicKind === BasicKind.Complex64 || u.basicKind === BasicKind.Complex128 || u.basicKind === BasicKind.UntypedComplex);
}

function is64(t: Type): boolean { const u = underlying(t); return u.kind === 'Basic' && u.basicKind === BasicKind.Complex64; }

/** A complex constant: its bytes in read-only static data. */
export function complexConst(g: FuncGen, t: Type, v: Value): Val {
  const re = float64Val(creal(v))[0], im = float64Val(cimag(v))[0];
  const small = is64(t);
  const b = new Uint8Array(small ? 8 : 16);
  const dv = new DataView(b.buffer);
  if (small) { dv.setFloat32(0, re, true); dv.setFloat32(4, im, true); } else { dv.setFloat64(0, re, true); dv.setFloat64(8, im, true); }
  return mem(g.prog.staticBytesConst(b, small ? 4 : 8));
}

/** The real and imaginary parts of a complex value, as JS number expressions bound to locals. */
export function parts(g: FuncGen, t: Type, v: Val): [string, string] {
  const a = g.bind((v as { addr: string }).addr);
  if (is64(t)) return [g.bind(`$m.f32[${a} >>> 2]`), g.bind(`$m.f32[(${a} + 4) >>> 2]`)];
  return [g.bind(`$m.f64[${a} >>> 3]`), g.bind(`$m.f64[(${a} + 8) >>> 3]`)];
}

/** complex(re, im) of type t in a fresh temporary. */
export function make(g: FuncGen, t: Type, re: string, im: string): Val {
  const dst = g.bind(g.temp(t));
  if (is64(t)) g.line(`$m.f32[${dst} >>> 2] = ${re}; $m.f32[(${dst} + 4) >>> 2] = ${im};`);
  else g.line(`$m.f64[${dst} >>> 3] = ${re}; $m.f64[(${dst} + 8) >>> 3] = ${im};`);
  return mem(dst);
}

/** x op y for op in + - * /. */
export function arith(g: FuncGen, op: string, t: Type, x: Val, y: Val): Val {
  const [a, b] = parts(g, t, x);
  const [c, d] = parts(g, t, y);
  const r = is64(t) ? (s: string) => `Math.fround(${s})` : (s: string) => s;
  switch (op) {
    case '+': return make(g, t, r(`${a} + ${c}`), r(`${b} + ${d}`));
    case '-': return make(g, t, r(`${a} - ${c}`), r(`${b} - ${d}`));
    case '*': return make(g, t, r(`${r(`${a} * ${c}`)} - ${r(`${b} * ${d}`)}`), r(`${r(`${a} * ${d}`)} + ${r(`${b} * ${c}`)}`));
    case '/': {
      const q = g.bind(`$cdiv(${a}, ${b}, ${c}, ${d})`);
      return make(g, t, `${q}[0]`, `${q}[1]`);
    }
    default: throw new Error('codegen: complex operator ' + op + ' is not supported yet');
  }
}

export function negate(g: FuncGen, t: Type, x: Val): Val {
  const [a, b] = parts(g, t, x);
  return make(g, t, `-${a}`, `-${b}`);
}

/** x == y (or !=) as a JS boolean expression. */
export function equal(g: FuncGen, op: string, t: Type, x: Val, y: Val): string {
  const [a, b] = parts(g, t, x);
  const [c, d] = parts(g, t, y);
  return op === '==' ? `(${a} === ${c} && ${b} === ${d})` : `(${a} !== ${c} || ${b} !== ${d})`;
}

/** Conversion between complex64 and complex128. */
export function convert(g: FuncGen, from: Type, to: Type, x: Val): Val {
  if (is64(from) === is64(to)) return x;
  const [a, b] = parts(g, from, x);
  return make(g, to, a, b);
}

/** JS helper text for the module prelude: complex128div (runtime/complex.go). */
export const CDIV = `function $cdiv(a, b, c, d) {
  let e, f;
  if (Math.abs(c) >= Math.abs(d)) { const r = d / c, den = c + r * d; e = (a + b * r) / den; f = (b - a * r) / den; }
  else { const r = c / d, den = d + r * c; e = (a * r + b) / den; f = (b * r - a) / den; }
  if (Number.isNaN(e) && Number.isNaN(f)) {
    const cs = (m, s) => (s < 0 || Object.is(s, -0)) ? -Math.abs(m) : Math.abs(m);
    const fin = Number.isFinite, isInf = (x) => x === Infinity || x === -Infinity;
    if (c === 0 && d === 0 && (!Number.isNaN(a) || !Number.isNaN(b))) { e = cs(Infinity, c) * a; f = cs(Infinity, c) * b; }
    else if ((isInf(a) || isInf(b)) && fin(c) && fin(d)) { a = cs(isInf(a) ? 1 : 0, a); b = cs(isInf(b) ? 1 : 0, b); e = Infinity * (a * c + b * d); f = Infinity * (b * c - a * d); }
    else if ((isInf(c) || isInf(d)) && fin(a) && fin(b)) { c = cs(isInf(c) ? 1 : 0, c); d = cs(isInf(d) ? 1 : 0, d); e = 0 * (a * c + b * d); f = 0 * (b * c - a * d); }
  }
  return [e, f];
}`;
