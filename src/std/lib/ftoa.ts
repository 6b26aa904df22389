// Float formatting exactly like Go's strconv.FormatFloat (mirrors $GOROOT/src/strconv/ftoa.go):
// formats 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X', precision -1 = shortest digits that round-trip (for
// bitSize 32: shortest that round-trips through float32), fixed precisions rounded half-to-even on
// the exact binary value (computed with BigInt), trailing zeros trimmed like strconv's decimal.

/** Decimal digits d (no leading/trailing zeros; "" for 0) with value 0.d × 10^dp. */
interface Digits { d: string; dp: number }

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Splits x into {neg, mant, exp} with x = mant × 2^exp exactly (mant a bigint, subnormals too). */
function decompose(x: number): { neg: boolean; mant: bigint; exp: number; bexp: number; frac: bigint } {
  f64[0] = x;
  const lo = u32[0], hi = u32[1];
  const neg = (hi >>> 31) !== 0;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return { neg, mant: frac, exp: -1074, bexp, frac };
  return { neg, mant: frac | (1n << 52n), exp: bexp - 1075, bexp, frac };
}

function trimZeros(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 48) n--;
  return s.slice(0, n);
}

/** Exact decimal expansion of |x| (finite). */
function exactDigits(x: number): Digits {
  const { mant, exp } = decompose(x);
  if (mant === 0n) return { d: '', dp: 0 };
  let s: string, dp: number;
  if (exp >= 0) { s = (mant << BigInt(exp)).toString(); dp = s.length; }
  else { s = (mant * 5n ** BigInt(-exp)).toString(); dp = s.length + exp; }
  // strip leading zeros (none from toString) and trailing zeros
  const t = trimZeros(s);
  return { d: t, dp };
}

/** Rounds digits to nd significant digits, half to even on the exact value; trims zeros. */
function roundDigits(v: Digits, nd: number): Digits {
  const { d, dp } = v;
  if (nd < 0) return { d: '', dp: 0 };
  if (nd >= d.length) return v;
  let up: boolean;
  const c = d.charCodeAt(nd);
  if (c > 53) up = true;
  else if (c < 53) up = false;
  else if (nd + 1 < d.length) up = true; // more nonzero digits follow (d is trimmed)
  else up = nd > 0 && (d.charCodeAt(nd - 1) - 48) % 2 === 1;
  if (!up) return { d: trimZeros(d.slice(0, nd)), dp };
  // increment d[0:nd]
  const arr = d.slice(0, nd).split('');
  let i = nd - 1;
  while (i >= 0 && arr[i] === '9') { arr[i] = '0'; i--; }
  if (i < 0) return { d: '1', dp: dp + 1 };
  arr[i] = String.fromCharCode(arr[i].charCodeAt(0) + 1);
  return { d: trimZeros(arr.join('')), dp };
}

/** Shortest digits that round-trip (bitSize 64 via JS's shortest, 32 via float32 search). */
function shortestDigits(x: number, bitSize: number): Digits {
  const a = Math.abs(x);
  if (a === 0) return { d: '', dp: 0 };
  let s: string;
  if (bitSize === 32) {
    s = '';
    for (let p = 1; p <= 9; p++) {
      const t = a.toPrecision(p);
      if (Math.fround(Number(t)) === a) { s = Number(t).toExponential(); break; }
    }
    if (!s) s = a.toExponential(8);
  } else {
    s = a.toExponential();
  }
  const e = s.indexOf('e');
  const mant = s.slice(0, e).replace('.', '');
  const exp = parseInt(s.slice(e + 1), 10);
  return { d: trimZeros(mant), dp: exp + 1 };
}

function fmtE(neg: boolean, v: Digits, prec: number, fmt: string): string {
  let out = neg ? '-' : '';
  out += v.d.length === 0 ? '0' : v.d[0];
  if (prec > 0) {
    out += '.';
    const m = Math.min(v.d.length, prec + 1);
    let i = 1;
    if (i < m) { out += v.d.slice(1, m); i = m; }
    for (; i <= prec; i++) out += '0';
  }
  out += fmt;
  let exp = v.dp - 1;
  if (v.d.length === 0) exp = 0;
  if (exp < 0) { out += '-'; exp = -exp; } else out += '+';
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

function fmtF(neg: boolean, v: Digits, prec: number): string {
  let out = neg ? '-' : '';
  if (v.dp > 0) {
    const m = Math.min(v.d.length, v.dp);
    out += v.d.slice(0, m);
    for (let k = m; k < v.dp; k++) out += '0';
  } else out += '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) {
      const j = v.dp + i - 1;
      out += j >= 0 && j < v.d.length ? v.d[j] : '0';
    }
  }
  return out;
}

function fmtB(neg: boolean, mant: bigint, exp: number): string {
  return (neg ? '-' : '') + mant.toString() + 'p' + (exp >= 0 ? '+' : '') + exp;
}

function fmtX(prec: number, fmt: string, neg: boolean, mant: bigint, exp: number, mantbits: number): string {
  if (mant === 0n) exp = 0;
  const M60 = 1n << 60n;
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & M60) === 0n) { mant <<= 1n; exp--; }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (M60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > (1n << 59n)) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) { mant >>= 1n; exp++; }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  const mask64 = (1n << 64n) - 1n;
  let out = (neg ? '-' : '') + '0' + fmt + String(Number((mant >> 60n) & 1n));
  mant = (mant << 4n) & mask64;
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) { out += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & mask64; }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) { out += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & mask64; }
  }
  out += fmt === 'X' ? 'P' : 'p';
  if (exp < 0) { out += '-'; exp = -exp; } else out += '+';
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

/** strconv.FormatFloat(x, fmt, prec, bitSize). */
export function formatFloat(x: number, fmt: string, prec: number, bitSize: number): string {
  if (bitSize === 32) x = Math.fround(x);
  if (x !== x) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  if (fmt === 'b' || fmt === 'x' || fmt === 'X') {
    let mant: bigint, exp: number, mantbits: number;
    if (bitSize === 32) {
      const b = new Float32Array([x]);
      const u = new Uint32Array(b.buffer)[0];
      const be = (u >>> 23) & 0xff;
      const fr = BigInt(u & 0x7fffff);
      mantbits = 23;
      if (be === 0) { mant = fr; exp = 1 - 127; } else { mant = fr | (1n << 23n); exp = be - 127; }
    } else {
      const d = decompose(x);
      mantbits = 52;
      if (d.bexp === 0) { mant = d.frac; exp = 1 - 1023; } else { mant = d.frac | (1n << 52n); exp = d.bexp - 1023; }
    }
    if (fmt === 'b') return fmtB(neg, mant, exp - mantbits);
    return fmtX(prec, fmt, neg, mant, exp, mantbits);
  }
  const shortest = prec < 0;
  let v: Digits;
  if (shortest) {
    v = shortestDigits(x, bitSize);
    switch (fmt) {
      case 'e': case 'E': prec = Math.max(v.d.length - 1, 0); break;
      case 'f': prec = Math.max(v.d.length - v.dp, 0); break;
      case 'g': case 'G': prec = v.d.length; break;
    }
  } else {
    const ex = exactDigits(x);
    switch (fmt) {
      case 'e': case 'E': v = roundDigits(ex, prec + 1); break;
      case 'f': v = roundDigits(ex, ex.dp + prec); break;
      case 'g': case 'G': if (prec === 0) prec = 1; v = roundDigits(ex, prec); break;
      default: v = ex;
    }
    if (v.d.length === 0) v = { d: '', dp: 0 };
  }
  switch (fmt) {
    case 'e': case 'E': return fmtE(neg, v, prec, fmt);
    case 'f': return fmtF(neg, v, prec);
    case 'g': case 'G': {
      let eprec = prec;
      if (eprec > v.d.length && v.d.length >= v.dp) eprec = v.d.length;
      if (shortest) eprec = 6;
      const exp = v.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > v.d.length) prec = v.d.length;
        return fmtE(neg, v, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > v.dp) prec = v.d.length;
      return fmtF(neg, v, Math.max(prec - v.dp, 0));
    }
  }
  return '%' + fmt;
}
