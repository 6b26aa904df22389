// Exact constant values and arithmetic, as go/constant (src/go/constant/value.go): unknown, bool,
// string, int (bigint), float (exact rational of bigints), complex (pair of rationals).
//
// String constants hold Go bytes as a "byte string": a JS string whose char codes are the bytes
// (0..255). Use `goStringBytes`/`utf8Decode` to convert.

export type ValueKind = 'Unknown' | 'Bool' | 'String' | 'Int' | 'Float' | 'Complex';

export interface Rat { readonly num: bigint; readonly den: bigint }

export type Value =
  | { readonly kind: 'Unknown' }
  | { readonly kind: 'Bool'; readonly b: boolean }
  | { readonly kind: 'String'; readonly s: string }
  | { readonly kind: 'Int'; readonly v: bigint }
  | { readonly kind: 'Float'; readonly r: Rat }
  | { readonly kind: 'Complex'; readonly re: Rat; readonly im: Rat };

export const unknownValue: Value = { kind: 'Unknown' };

// ---------------------------------------------------------------------------------------------
// Rationals

function babs(x: bigint): bigint { return x < 0n ? -x : x; }
function gcd(a: bigint, b: bigint): bigint {
  a = babs(a); b = babs(b);
  while (b !== 0n) { const t = a % b; a = b; b = t; }
  return a;
}
export function rat(num: bigint, den: bigint = 1n): Rat {
  if (den < 0n) { num = -num; den = -den; }
  if (den === 1n) return { num, den };
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}
const R0 = rat(0n);
function radd(a: Rat, b: Rat): Rat { return rat(a.num * b.den + b.num * a.den, a.den * b.den); }
function rsub(a: Rat, b: Rat): Rat { return rat(a.num * b.den - b.num * a.den, a.den * b.den); }
function rmul(a: Rat, b: Rat): Rat { return rat(a.num * b.num, a.den * b.den); }
function rquo(a: Rat, b: Rat): Rat { return rat(a.num * b.den, a.den * b.num); }
function rcmp(a: Rat, b: Rat): number { const d = a.num * b.den - b.num * a.den; return d < 0n ? -1 : d > 0n ? 1 : 0; }
function rsign(a: Rat): number { return a.num < 0n ? -1 : a.num > 0n ? 1 : 0; }

export function bitLenBig(x: bigint): number {
  x = babs(x);
  if (x === 0n) return 0;
  return x.toString(2).length;
}

/** Correctly rounded (half-even) conversion of a rational to a binary float with `mant` mantissa
 *  bits and minimum exponent `emin` of the last mantissa bit, max exponent `emax` (finite). */
function ratToBinary(r: Rat, mant: number, emin: number, emaxBit: number): number {
  if (r.num === 0n) return 0;
  const neg = r.num < 0n;
  const a = babs(r.num), b = r.den;
  let e = bitLenBig(a) - bitLenBig(b) - mant;
  // ensure q = floor(a / (b*2^e)) has mant bits (or fewer if subnormal)
  const quo = (ee: number): [bigint, bigint, bigint] => {
    let n = a, d = b;
    if (ee >= 0) d = b << BigInt(ee); else n = a << BigInt(-ee);
    return [n / d, n % d, d];
  };
  let [q, rem, d] = quo(e);
  if (bitLenBig(q) > mant) { e++; [q, rem, d] = quo(e); }
  if (bitLenBig(q) < mant) { e--; [q, rem, d] = quo(e); }
  if (e < emin) { e = emin; [q, rem, d] = quo(e); }
  const twice = rem * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  if (bitLenBig(q) > mant) { q >>= 1n; e++; } // q was 2^mant exactly
  if (e + bitLenBig(q) - 1 > emaxBit) return neg ? -Infinity : Infinity;
  const v = Number(q) * 2 ** e;
  return neg ? -v : v;
}
export function ratToFloat64(r: Rat): number { return ratToBinary(r, 53, -1074, 1023); }
export function ratToFloat32(r: Rat): number { return Math.fround(ratToBinary(r, 24, -149, 127)); }

/** Exact rational of a finite JS number. */
export function float64ToRat(f: number): Rat {
  if (!isFinite(f)) throw new Error('non-finite float');
  if (f === 0) return R0;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, f);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const neg = (hi >>> 31) === 1;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074; else { mant |= 1n << 52n; e = exp - 1075; }
  let num = neg ? -mant : mant;
  if (e >= 0) return rat(num << BigInt(e));
  return rat(num, 1n << BigInt(-e));
}

// ---------------------------------------------------------------------------------------------
// Constructors

export function makeBool(b: boolean): Value { return { kind: 'Bool', b }; }
export function makeString(s: string): Value { return { kind: 'String', s }; }
export function makeInt(v: bigint): Value { return { kind: 'Int', v }; }
export function makeInt64(v: number | bigint): Value { return { kind: 'Int', v: BigInt(v) }; }
export function makeUint64(v: number | bigint): Value { return { kind: 'Int', v: BigInt(v) }; }
export function makeFloat64(f: number): Value {
  if (!isFinite(f)) return unknownValue;
  return { kind: 'Float', r: float64ToRat(f) };
}
export function makeRat(r: Rat): Value { return { kind: 'Float', r }; }
export function makeImag(x: Value): Value {
  if (x.kind === 'Int') return { kind: 'Complex', re: R0, im: rat(x.v) };
  if (x.kind === 'Float') return { kind: 'Complex', re: R0, im: x.r };
  return unknownValue;
}
export function makeComplex(re: Value, im: Value): Value {
  const a = toRat(re), b = toRat(im);
  if (!a || !b) return unknownValue;
  return { kind: 'Complex', re: a, im: b };
}

function toRat(x: Value): Rat | null {
  if (x.kind === 'Int') return rat(x.v);
  if (x.kind === 'Float') return x.r;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Literals

function parseDigits(s: string, base: number): bigint | null {
  let v = 0n;
  const B = BigInt(base);
  let any = false;
  for (const ch of s) {
    if (ch === '_') continue;
    const d = parseInt(ch, 36);
    if (isNaN(d) || d >= base) return null;
    v = v * B + BigInt(d);
    any = true;
  }
  return any ? v : null;
}

function parseIntLit(lit: string): bigint | null {
  const l = lit.toLowerCase();
  if (l.startsWith('0x')) return parseDigits(l.slice(2), 16);
  if (l.startsWith('0b')) return parseDigits(l.slice(2), 2);
  if (l.startsWith('0o')) return parseDigits(l.slice(2), 8);
  if (l.length > 1 && l[0] === '0') return parseDigits(l.slice(1), 8);
  return parseDigits(l, 10);
}

/** b**e; exponents beyond what a Go constant can meaningfully hold are clamped (such literals
 *  overflow any type anyway, as in go/constant whose floats have a 32-bit exponent). */
function pow(b: bigint, e: number): bigint { return b ** BigInt(Math.min(e, 20000)); }

function parseFloatLit(lit: string): Rat | null {
  let l = lit.toLowerCase().replace(/_/g, '');
  if (l.startsWith('0x')) {
    l = l.slice(2);
    const pi = l.indexOf('p');
    let mant = pi >= 0 ? l.slice(0, pi) : l;
    const exp = pi >= 0 ? parseInt(l.slice(pi + 1), 10) : 0;
    if (isNaN(exp)) return null;
    const dot = mant.indexOf('.');
    let fracDigits = 0;
    if (dot >= 0) { fracDigits = mant.length - dot - 1; mant = mant.slice(0, dot) + mant.slice(dot + 1); }
    const m = mant === '' ? 0n : parseDigits(mant, 16);
    if (m === null) return null;
    const e2 = exp - 4 * fracDigits;
    return e2 >= 0 ? rat(m << BigInt(e2)) : rat(m, 1n << BigInt(-e2));
  }
  const ei = l.indexOf('e');
  let mant = ei >= 0 ? l.slice(0, ei) : l;
  const exp = ei >= 0 ? parseInt(l.slice(ei + 1), 10) : 0;
  if (isNaN(exp)) return null;
  const dot = mant.indexOf('.');
  let fracDigits = 0;
  if (dot >= 0) { fracDigits = mant.length - dot - 1; mant = mant.slice(0, dot) + mant.slice(dot + 1); }
  if (mant === '') mant = '0';
  if (!/^[0-9]+$/.test(mant)) return null;
  const m = BigInt(mant);
  const e10 = exp - fracDigits;
  return e10 >= 0 ? rat(m * pow(10n, e10)) : rat(m, pow(10n, -e10));
}

/** Literal kinds as in ast.BasicLit. */
export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

/** go/constant MakeFromLiteral: Unknown if the literal is malformed. */
export function makeFromLiteral(lit: string, kind: LitKind): Value {
  switch (kind) {
    case 'INT': { const v = parseIntLit(lit); return v === null ? unknownValue : makeInt(v); }
    case 'FLOAT': { const r = parseFloatLit(lit); return r === null ? unknownValue : makeRat(r); }
    case 'IMAG': {
      const body = lit.slice(0, -1);
      const l = body.toLowerCase().replace(/_/g, '');
      let r: Rat | null;
      if (/^0[xbo]/.test(l) && !/[.p]/.test(l)) { const v = parseIntLit(body); r = v === null ? null : rat(v); }
      else if (/^[0-9]+$/.test(l)) r = rat(BigInt(l)); // decimal even with leading 0
      else r = parseFloatLit(body);
      return r === null ? unknownValue : { kind: 'Complex', re: R0, im: r };
    }
    case 'CHAR': { const c = unquoteChar(lit); return c === null ? unknownValue : makeInt(BigInt(c)); }
    case 'STRING': { const s = unquoteString(lit); return s === null ? unknownValue : makeString(s); }
  }
}

/** Encodes a code point as UTF-8 into a byte string (invalid code points → U+FFFD). */
export function runeToBytes(c: number): string {
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = 0xfffd;
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/** Converts a JS (UTF-16) string to a Go byte string (UTF-8 bytes). */
export function utf8Bytes(s: string): string {
  let out = '';
  for (const ch of s) out += runeToBytes(ch.codePointAt(0)!);
  return out;
}

/** Decodes a Go byte string into code points as Go's range does (invalid byte → 0xFFFD, width 1). */
export function decodeRunes(b: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length;) { const [r, n] = decodeRune(b, i); out.push(r); i += n; }
  return out;
}
export function decodeRune(b: string, i: number): [number, number] {
  const c0 = b.charCodeAt(i);
  if (c0 < 0x80) return [c0, 1];
  const cont = (k: number) => { const c = b.charCodeAt(i + k); return c >= 0x80 && c < 0xc0 ? c & 63 : -1; };
  if (c0 >= 0xc2 && c0 < 0xe0) { const c1 = cont(1); if (c1 >= 0) return [((c0 & 31) << 6) | c1, 2]; }
  else if (c0 >= 0xe0 && c0 < 0xf0) {
    const c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) { const r = ((c0 & 15) << 12) | (c1 << 6) | c2; if (r >= 0x800 && !(r >= 0xd800 && r <= 0xdfff)) return [r, 3]; }
  } else if (c0 >= 0xf0 && c0 < 0xf5) {
    const c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) { const r = ((c0 & 7) << 18) | (c1 << 12) | (c2 << 6) | c3; if (r >= 0x10000 && r <= 0x10ffff) return [r, 4]; }
  }
  return [0xfffd, 1];
}
/** Byte string → JS string (UTF-8 decoding, invalid bytes → U+FFFD). */
export function bytesToString(b: string): string {
  let s = '';
  for (const r of decodeRunes(b)) s += String.fromCodePoint(r);
  return s;
}

/** Unquotes the body of a rune/string literal (after the opening quote) starting at i.
 *  Returns [bytes or code point, next index] or null on error. */
function unescape(src: string, i: number, quote: string): { bytes: string; rune: number; next: number } | null {
  const ch = src[i];
  if (ch !== '\\') {
    const cp = src.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    return { bytes: runeToBytes(cp), rune: cp, next: i + n };
  }
  const e = src[i + 1];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (e in simple) return { bytes: String.fromCharCode(simple[e]), rune: simple[e], next: i + 2 };
  if (e === quote) return { bytes: quote, rune: quote.charCodeAt(0), next: i + 2 };
  if (e >= '0' && e <= '7') {
    const v = parseInt(src.slice(i + 1, i + 4), 8);
    if (!/^[0-7]{3}$/.test(src.slice(i + 1, i + 4)) || v > 255) return null;
    return { bytes: String.fromCharCode(v), rune: v, next: i + 4 };
  }
  const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (!hexLen) return null;
  const h = src.slice(i + 2, i + 2 + hexLen);
  if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(h)) return null;
  const v = parseInt(h, 16);
  if (e === 'x') return { bytes: String.fromCharCode(v), rune: v, next: i + 2 + hexLen };
  if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
  return { bytes: runeToBytes(v), rune: v, next: i + 2 + hexLen };
}

/** Value of a rune literal like 'a' or '\n' (code point), or null. */
export function unquoteChar(lit: string): number | null {
  if (lit.length < 3 || lit[0] !== "'" || lit[lit.length - 1] !== "'") return null;
  const r = unescape(lit, 1, "'");
  if (!r || r.next !== lit.length - 1) return null;
  return r.rune;
}

/** Value of a string literal ("..." or `...`) as a Go byte string, or null. */
export function unquoteString(lit: string): string | null {
  if (lit.length < 2) return null;
  if (lit[0] === '`') return utf8Bytes(lit.slice(1, -1).replace(/\r/g, ''));
  if (lit[0] !== '"' || lit[lit.length - 1] !== '"') return null;
  let out = '';
  for (let i = 1; i < lit.length - 1;) {
    const r = unescape(lit, i, '"');
    if (!r) return null;
    out += r.bytes; i = r.next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Accessors

export function boolVal(x: Value): boolean { return x.kind === 'Bool' ? x.b : false; }
export function stringVal(x: Value): string { return x.kind === 'String' ? x.s : ''; }
/** [value, exact]: exact if x is an Int fitting in int64. */
export function int64Val(x: Value): [bigint, boolean] {
  if (x.kind !== 'Int') return [0n, false];
  return [BigInt.asIntN(64, x.v), x.v >= -(1n << 63n) && x.v < (1n << 63n)];
}
export function uint64Val(x: Value): [bigint, boolean] {
  if (x.kind !== 'Int') return [0n, false];
  return [BigInt.asUintN(64, x.v), x.v >= 0n && x.v < (1n << 64n)];
}
/** [nearest float64, exact]. */
export function float64Val(x: Value): [number, boolean] {
  const r = x.kind === 'Int' ? rat(x.v) : x.kind === 'Float' ? x.r : null;
  if (!r) return [0, false];
  const f = ratToFloat64(r);
  return [f, isFinite(f) && rcmp(float64ToRat(f), r) === 0];
}
export function float32Val(x: Value): [number, boolean] {
  const r = x.kind === 'Int' ? rat(x.v) : x.kind === 'Float' ? x.r : null;
  if (!r) return [0, false];
  const f = ratToFloat32(r);
  return [f, isFinite(f) && rcmp(float64ToRat(f), r) === 0];
}
/** Exact integer value (Int, or Float/Complex with integral value and zero imag), else null. */
export function bigIntVal(x: Value): bigint | null {
  const i = toInt(x);
  return i.kind === 'Int' ? i.v : null;
}
export function real(x: Value): Value {
  if (x.kind === 'Complex') return normFloat(x.re);
  if (x.kind === 'Int' || x.kind === 'Float') return x;
  return unknownValue;
}
export function imag(x: Value): Value {
  if (x.kind === 'Complex') return normFloat(x.im);
  if (x.kind === 'Int' || x.kind === 'Float') return makeInt(0n);
  return unknownValue;
}
function normFloat(r: Rat): Value { return { kind: 'Float', r }; }

export function sign(x: Value): number {
  switch (x.kind) {
    case 'Int': return x.v < 0n ? -1 : x.v > 0n ? 1 : 0;
    case 'Float': return rsign(x.r);
    case 'Complex': return rsign(x.re) | rsign(x.im);
    default: return 1;
  }
}
export function bitLen(x: Value): number { return x.kind === 'Int' ? bitLenBig(x.v) : 0; }

// ---------------------------------------------------------------------------------------------
// Conversions between kinds

export function toInt(x: Value): Value {
  switch (x.kind) {
    case 'Int': return x;
    case 'Float': return x.r.den === 1n ? makeInt(x.r.num) : unknownValue;
    case 'Complex': return x.im.num === 0n && x.re.den === 1n ? makeInt(x.re.num) : unknownValue;
    default: return unknownValue;
  }
}
export function toFloat(x: Value): Value {
  switch (x.kind) {
    case 'Int': return makeRat(rat(x.v));
    case 'Float': return x;
    case 'Complex': return x.im.num === 0n ? makeRat(x.re) : unknownValue;
    default: return unknownValue;
  }
}
export function toComplex(x: Value): Value {
  switch (x.kind) {
    case 'Int': return { kind: 'Complex', re: rat(x.v), im: R0 };
    case 'Float': return { kind: 'Complex', re: x.r, im: R0 };
    case 'Complex': return x;
    default: return unknownValue;
  }
}

// ---------------------------------------------------------------------------------------------
// Operations

const kindOrder: Record<ValueKind, number> = { Unknown: 0, Bool: 1, String: 2, Int: 3, Float: 4, Complex: 5 };

function match(x: Value, y: Value): [Value, Value] {
  const kx = kindOrder[x.kind], ky = kindOrder[y.kind];
  if (kx === ky || kx < 3 || ky < 3) return [x, y];
  const k = Math.max(kx, ky);
  const conv = (v: Value) => (k === 4 ? toFloat(v) : k === 5 ? toComplex(v) : v);
  return [conv(x), conv(y)];
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||' | 'quo_int';

/** go/constant BinaryOp. `/` on two Ints gives an exact Float (like token.QUO); 'quo_int' is
 *  truncated integer division (token.QUO_ASSIGN in go/constant). Division by zero → Unknown. */
export function binaryOp(x0: Value, op: BinaryOp, y0: Value): Value {
  const [x, y] = match(x0, y0);
  if (x.kind === 'Bool' && y.kind === 'Bool') {
    if (op === '&&') return makeBool(x.b && y.b);
    if (op === '||') return makeBool(x.b || y.b);
  }
  if (x.kind === 'String' && y.kind === 'String' && op === '+') return makeString(x.s + y.s);
  if (x.kind === 'Int' && y.kind === 'Int') {
    const a = x.v, b = y.v;
    switch (op) {
      case '+': return makeInt(a + b);
      case '-': return makeInt(a - b);
      case '*': return makeInt(a * b);
      case '/': return b === 0n ? unknownValue : normRatToValue(rat(a, b));
      case 'quo_int': return b === 0n ? unknownValue : makeInt(a / b);
      case '%': return b === 0n ? unknownValue : makeInt(a % b);
      case '&': return makeInt(a & b);
      case '|': return makeInt(a | b);
      case '^': return makeInt(a ^ b);
      case '&^': return makeInt(a & ~b);
    }
  }
  if (x.kind === 'Float' && y.kind === 'Float') {
    switch (op) {
      case '+': return makeRat(radd(x.r, y.r));
      case '-': return makeRat(rsub(x.r, y.r));
      case '*': return makeRat(rmul(x.r, y.r));
      case '/': case 'quo_int': return y.r.num === 0n ? unknownValue : makeRat(rquo(x.r, y.r));
    }
  }
  if (x.kind === 'Complex' && y.kind === 'Complex') {
    const a = x.re, b = x.im, c = y.re, d = y.im;
    switch (op) {
      case '+': return { kind: 'Complex', re: radd(a, c), im: radd(b, d) };
      case '-': return { kind: 'Complex', re: rsub(a, c), im: rsub(b, d) };
      case '*': return { kind: 'Complex', re: rsub(rmul(a, c), rmul(b, d)), im: radd(rmul(b, c), rmul(a, d)) };
      case '/': case 'quo_int': {
        const s = radd(rmul(c, c), rmul(d, d));
        if (s.num === 0n) return unknownValue;
        return {
          kind: 'Complex',
          re: rquo(radd(rmul(a, c), rmul(b, d)), s),
          im: rquo(rsub(rmul(b, c), rmul(a, d)), s),
        };
      }
    }
  }
  return unknownValue;
}
function normRatToValue(r: Rat): Value { return makeRat(r); }

export type UnaryOp = '+' | '-' | '^' | '!';

/** go/constant UnaryOp; prec > 0 limits ^x to prec bits (unsigned typed constants). */
export function unaryOp(op: UnaryOp, x: Value, prec = 0): Value {
  switch (op) {
    case '+': return x.kind === 'Int' || x.kind === 'Float' || x.kind === 'Complex' ? x : unknownValue;
    case '-':
      if (x.kind === 'Int') return makeInt(-x.v);
      if (x.kind === 'Float') return makeRat(rat(-x.r.num, x.r.den));
      if (x.kind === 'Complex') return { kind: 'Complex', re: rat(-x.re.num, x.re.den), im: rat(-x.im.num, x.im.den) };
      return unknownValue;
    case '^':
      if (x.kind !== 'Int') return unknownValue;
      if (prec > 0) return makeInt(BigInt.asUintN(prec, ~x.v));
      return makeInt(~x.v);
    case '!':
      return x.kind === 'Bool' ? makeBool(!x.b) : unknownValue;
  }
}

/** go/constant Shift (x must be Int). */
export function shift(x: Value, op: '<<' | '>>', s: number): Value {
  if (x.kind !== 'Int') return unknownValue;
  return op === '<<' ? makeInt(x.v << BigInt(s)) : makeInt(x.v >> BigInt(s));
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

function cmpResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

/** go/constant Compare. */
export function compare(x0: Value, op: CompareOp, y0: Value): boolean {
  const [x, y] = match(x0, y0);
  if (x.kind === 'Bool' && y.kind === 'Bool') return op === '==' ? x.b === y.b : op === '!=' ? x.b !== y.b : false;
  if (x.kind === 'String' && y.kind === 'String') return cmpResult(x.s < y.s ? -1 : x.s > y.s ? 1 : 0, op);
  if (x.kind === 'Int' && y.kind === 'Int') return cmpResult(x.v < y.v ? -1 : x.v > y.v ? 1 : 0, op);
  if (x.kind === 'Float' && y.kind === 'Float') return cmpResult(rcmp(x.r, y.r), op);
  if (x.kind === 'Complex' && y.kind === 'Complex') {
    const eq = rcmp(x.re, y.re) === 0 && rcmp(x.im, y.im) === 0;
    return op === '==' ? eq : op === '!=' ? !eq : false;
  }
  return false;
}

/** Rounds a numeric constant to the precision of float32/float64 (go/types roundFloat32/64).
 *  Returns null on overflow. */
export function roundFloat(x: Value, bits: 32 | 64): Value | null {
  const r = x.kind === 'Int' ? rat(x.v) : x.kind === 'Float' ? x.r : null;
  if (!r) return null;
  const f = bits === 32 ? ratToFloat32(r) : ratToFloat64(r);
  if (!isFinite(f)) return null;
  return makeRat(float64ToRat(f));
}
export function roundComplex(x: Value, bits: 32 | 64): Value | null {
  const c = toComplex(x);
  if (c.kind !== 'Complex') return null;
  const re = roundFloat(makeRat(c.re), bits), im = roundFloat(makeRat(c.im), bits);
  if (!re || !im || re.kind !== 'Float' || im.kind !== 'Float') return null;
  return { kind: 'Complex', re: re.r, im: im.r };
}

// ---------------------------------------------------------------------------------------------
// Formatting (go/constant String / ExactString)

/** Go %.6g formatting of a float64 (fmt's %g with precision 6). */
/** Go's %g (strconv 'g', shortest): shortest round-trip digits, exponent form below 1e-4 or from 1e6. */
export function formatGShortest(f: number): string {
  if (f === 0 || !isFinite(f)) return formatG(f);
  const [m, es] = f.toExponential().split('e');
  const exp = parseInt(es, 10);
  if (exp < -4 || exp >= 6) return `${m}e${exp < 0 ? '-' : '+'}${Math.abs(exp) < 10 ? '0' : ''}${Math.abs(exp)}`;
  return String(f);
}

export function formatG(f: number, prec = 6): string {
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  if (!isFinite(f)) return f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN';
  const s = f.toExponential(prec - 1); // d.ddddde±x
  const [m, es] = s.split('e');
  const exp = parseInt(es, 10);
  if (exp < -4 || exp >= prec) {
    let mm = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const ae = Math.abs(exp);
    return `${mm}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : ae}`;
  }
  let fixed = f.toFixed(Math.max(0, prec - 1 - exp));
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return fixed;
}

function ratString(r: Rat): string {
  const f = ratToFloat64(r);
  if (isFinite(f) && (f !== 0 || r.num === 0n)) {
    const s = formatG(f);
    // not an integer but it does not look like it: more digits (%g; go.dev/issue/56220)
    if (r.den !== 1n && !s.includes('.')) return formatGShortest(f);
    return s;
  }
  // Out of float64 range: mantissa-exponent form in decimal.
  const neg = r.num < 0n;
  const a = babs(r.num);
  // approximate decimal exponent
  let e = a.toString().length - r.den.toString().length;
  let scaled = e >= 0 ? rat(a, r.den * pow(10n, e)) : rat(a * pow(10n, -e), r.den);
  while (rcmp(scaled, rat(10n)) >= 0) { scaled = rquo(scaled, rat(10n)); e++; }
  while (rcmp(scaled, rat(1n)) < 0) { scaled = rmul(scaled, rat(10n)); e--; }
  let m = ratToFloat64(scaled).toFixed(5).replace(/0+$/, '').replace(/\.$/, '');
  return `${neg ? '-' : ''}${m}e${e < 0 ? '-' : '+'}${Math.abs(e) < 10 ? '0' : ''}${Math.abs(e)}`;
}

/** Go strconv.Quote of a byte string. */
export function quoteGo(b: string): string {
  let out = '"';
  for (let i = 0; i < b.length;) {
    const [r, n] = decodeRune(b, i);
    if (r === 0xfffd && n === 1 && !(b.charCodeAt(i) === 0xef)) {
      out += '\\x' + b.charCodeAt(i).toString(16).padStart(2, '0');
      i += 1; continue;
    }
    i += n;
    if (r === 34) out += '\\"';
    else if (r === 92) out += '\\\\';
    else if (r === 7) out += '\\a';
    else if (r === 8) out += '\\b';
    else if (r === 12) out += '\\f';
    else if (r === 10) out += '\\n';
    else if (r === 13) out += '\\r';
    else if (r === 9) out += '\\t';
    else if (r === 11) out += '\\v';
    else if (r < 0x20 || r === 0x7f) out += '\\x' + r.toString(16).padStart(2, '0');
    else if (isPrintRune(r)) out += String.fromCodePoint(r);
    else if (r < 0x10000) out += '\\u' + r.toString(16).padStart(4, '0');
    else out += '\\U' + r.toString(16).padStart(8, '0');
  }
  return out + '"';
}
function isPrintRune(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  const ch = String.fromCodePoint(r);
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) || r === 0x20;
}

/** go/constant Value.String: short, human-readable form. */
export function valueString(x: Value): string {
  switch (x.kind) {
    case 'Unknown': return 'unknown';
    case 'Bool': return x.b ? 'true' : 'false';
    case 'String': {
      const q = quoteGo(x.s);
      const cps = [...q];
      if (cps.length > 72) return cps.slice(0, 69).join('') + '...';
      return q;
    }
    case 'Int': return x.v.toString();
    case 'Float': return ratString(x.r);
    case 'Complex': return `(${ratString(x.re)} + ${ratString(x.im)}i)`;
  }
}

/** go/constant ExactString. */
export function exactString(x: Value): string {
  switch (x.kind) {
    case 'String': return quoteGo(x.s);
    case 'Float': return x.r.den === 1n ? x.r.num.toString() : `${x.r.num}/${x.r.den}`;
    case 'Complex': return `(${exactString(makeRat(x.re))} + ${exactString(makeRat(x.im))}i)`;
    default: return valueString(x);
  }
}
