// Natives of package strconv (src/std/strconv/float.go): FormatFloat (lib/ftoa.ts), parseFloat with
// Go's syntax (mirrors readFloat/special in $GOROOT/src/strconv/atof.go), quoting (lib/bytes.ts) and
// unquoting (mirrors unquote/UnquoteChar in quote.go).
import { newString, newStringJS, utf8Encode, stWord, stringBytes, type NativeFn, type NativeRuntime } from '../abi.js';
import { ByteBuf, appendQuoted, appendQuotedRune, canBackquote, decodeRune, encodeRune, isGraphic, isPrint, validRune, RuneError } from '../lib/bytes.js';
import { formatFloat } from '../lib/ftoa.js';

const lower = (c: number) => c | 0x20;

/**
 * FormatFloat's result as Go allocates it: Go formats into `make([]byte, 0, max(prec+4, 24))` (a
 * heap buffer, regrown by append for a longer result) and converts it with string(), which the
 * compiler puts in a stack buffer when the result does not escape (the common case: passed to
 * WriteString, Println…). So one allocation of max(prec+4, 24) bytes per call is what MemStats
 * shows in Go; the string here lives in that (never again written) buffer.
 */
function ftoaString(rt: NativeRuntime, dst: number, out: string, prec: number): void {
  const b = utf8Encode(out);
  if (b.length === 0) { newString(rt, dst, b); return; }
  let cap = Math.max(prec + 4, 24);
  let p = rt.mallocgc(cap, null, false);
  while (cap < b.length) {
    let next = cap < 256 ? 2 * cap : cap + ((cap + 768) >> 2);
    if (typeof rt.roundupsize === 'function') next = rt.roundupsize(next, true);
    cap = next;
    p = rt.mallocgc(cap, null, false);
  }
  const m = rt.m;
  m.u8.set(b, p);
  if (rt.writeBarrier) rt.gcWriteBarrier(dst, p);
  stWord(m, dst, p); stWord(m, dst + 8, b.length);
}

function underscoreOK(s: string): boolean {
  let saw = '^', i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1].toLowerCase())) {
    i = 2; saw = '0'; hex = s[1].toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) { saw = '0'; continue; }
    if (c === '_') { if (saw !== '0') return false; saw = '_'; continue; }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** Go's ParseFloat: [value, code] with code 0 ok, 1 syntax error, 2 range error. */
export function parseFloatGo(s: string, bitSize: number): [number, number] {
  // special values
  {
    let i = 0, sign = 1;
    if (s[0] === '+' || s[0] === '-') { if (s[0] === '-') sign = -1; i = 1; }
    const rest = s.slice(i).toLowerCase();
    if (rest === 'inf' || rest === 'infinity') return [sign * Infinity, 0];
    if (i === 0 && rest === 'nan') return [NaN, 0];
  }
  let i = 0, neg = false, underscores = false;
  if (s[i] === '+') i++; else if (s[i] === '-') { neg = true; i++; }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 0x78) { hex = true; i += 2; }
  let sawdot = false, sawdigits = false;
  let mant = '', frac = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') { underscores = true; continue; }
    if (c === '.') { if (sawdot) break; sawdot = true; continue; }
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      sawdigits = true; mant += c; if (sawdot) frac++;
      continue;
    }
    break;
  }
  if (!sawdigits) return [0, 1];
  let exp = 0, hasExp = false;
  if (i < s.length && lower(s.charCodeAt(i)) === (hex ? 0x70 : 0x65)) {
    i++;
    if (i >= s.length) return [0, 1];
    let esign = 1;
    if (s[i] === '+') i++; else if (s[i] === '-') { i++; esign = -1; }
    if (i >= s.length || s[i] < '0' || s[i] > '9') return [0, 1];
    let e = 0;
    for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') { underscores = true; continue; }
      if (e < 10000) e = e * 10 + (s.charCodeAt(i) - 48);
    }
    exp = e * esign; hasExp = true;
  } else if (hex) return [0, 1];
  if (underscores && !underscoreOK(s.slice(0, i))) return [0, 1];
  if (i !== s.length) return [0, 1];
  let v: number;
  if (hex) {
    const m = BigInt('0x' + mant);
    const e2 = exp - 4 * frac;
    if (m === 0n) v = 0;
    else {
      // scale exactly with bigints, then let Number() round once
      const bits = m.toString(2).length;
      const top = bits + e2; // value in [2^(top-1), 2^top)
      if (top > 1025) v = Infinity;
      else if (top < -1080) v = 0;
      else {
        // keep 64 extra bits for correct rounding, then scale by a power of two
        const shift = 64 + 53 - bits;
        const mm = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
        const sticky = shift < 0 && (m & ((1n << BigInt(-shift)) - 1n)) !== 0n ? 1n : 0n;
        v = Number(mm | sticky) * Math.pow(2, e2 - shift);
        if (!isFinite(v) && top <= 1024) v = Number(mm | sticky) * Math.pow(2, e2 - shift + 64) * Math.pow(2, -64);
      }
    }
  } else {
    v = Number((sawdot ? (frac > 0 ? mant.slice(0, mant.length - frac) + '.' + mant.slice(mant.length - frac) : mant) : mant) + (hasExp ? 'e' + exp : ''));
  }
  if (bitSize === 32) v = Math.fround(v);
  if (neg) v = -v;
  if (!isFinite(v)) return [v, 2];
  return [v, 0];
}

/** Go's UnquoteChar: [value, multibyte, bytes consumed] or undefined on syntax error. */
export function unquoteCharGo(s: Uint8Array, i: number, quote: number): [number, boolean, number] | undefined {
  if (i >= s.length) return undefined;
  const c = s[i];
  if (c === quote && (quote === 0x27 || quote === 0x22)) return undefined;
  if (c >= 0x80) { const [r, w] = decodeRune(s, i); return [r, true, w]; }
  if (c !== 0x5c) return [c, false, 1];
  if (i + 1 >= s.length) return undefined;
  const e = s[i + 1];
  const simple: Record<number, number> = { 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5c: 0x5c };
  if (e in simple) return [simple[e], false, 2];
  if (e === 0x78 || e === 0x75 || e === 0x55) {
    const n = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
    if (i + 2 + n > s.length) return undefined;
    let v = 0;
    for (let k = 0; k < n; k++) {
      const h = s[i + 2 + k];
      let d: number;
      if (h >= 0x30 && h <= 0x39) d = h - 0x30;
      else if (lower(h) >= 0x61 && lower(h) <= 0x66) d = lower(h) - 0x61 + 10;
      else return undefined;
      v = v * 16 + d;
    }
    if (e === 0x78) return [v, false, 2 + n];
    if (!validRune(v)) return undefined;
    return [v, true, 2 + n];
  }
  if (e >= 0x30 && e <= 0x37) {
    if (i + 4 > s.length) return undefined;
    let v = 0;
    for (let k = 0; k < 3; k++) {
      const d = s[i + 1 + k] - 0x30;
      if (d < 0 || d > 7) return undefined;
      v = v * 8 + d;
    }
    if (v > 255) return undefined;
    return [v, false, 4];
  }
  if (e === 0x27 || e === 0x22) {
    if (e !== quote) return undefined;
    return [e, false, 2];
  }
  return undefined;
}

/** Go's unquote(in, unescape): [out bytes, consumed] or undefined. */
export function unquoteGo(s: Uint8Array, unescape: boolean): [Uint8Array, number] | undefined {
  if (s.length < 2) return undefined;
  const quote = s[0];
  let end = s.indexOf(quote, 1);
  if (end < 0) return undefined;
  end += 1;
  if (quote === 0x60) {
    if (!unescape) return [s.subarray(0, end), end];
    const inner = s.subarray(1, end - 1);
    return [inner.filter(c => c !== 0x0d), end];
  }
  if (quote !== 0x22 && quote !== 0x27) return undefined;
  const out = new ByteBuf();
  let i = 1;
  while (i < s.length && s[i] !== quote) {
    if (s[i] === 0x0a) return undefined;
    const r = unquoteCharGo(s, i, quote);
    if (!r) return undefined;
    const [v, mb, n] = r;
    i += n;
    if (v < 0x80 || !mb) out.byte(v & 0xff); else out.bytes(encodeRune(v));
    if (quote === 0x27) break;
  }
  if (!(i < s.length && s[i] === quote)) return undefined;
  i++;
  return [unescape ? out.result().slice() : s.subarray(0, i), i];
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const quote = (dst: number, s: Uint8Array, mode: number) => {
    const b = new ByteBuf();
    appendQuoted(b, s, 0x22, mode === 1, mode === 2);
    newString(rt, dst, b.result());
  };
  return {
    // func FormatFloat(f float64, fmt byte, prec, bitSize int) string
    FormatFloat(csp: number, _ctx: number, f: number, fmt: number, prec: number | bigint, bitSize: number | bigint): void {
      const bs = Number(bitSize);
      if (bs !== 32 && bs !== 64) throw new Error('strconv: illegal AppendFloat/FormatFloat bitSize');
      ftoaString(rt, csp + 8, formatFloat(f, String.fromCharCode(fmt), Number(prec), bs), Number(prec));
    },
    // func parseFloat(s string, bitSize int) (float64, int)
    parseFloat(csp: number, _ctx: number, bitSize: number | bigint): void {
      const s = new TextDecoder('latin1').decode(stringBytes(rt.m, csp + 8));
      const [v, code] = parseFloatGo(s, Number(bitSize));
      if (v !== v) { rt.m.u32[(csp + 24) >>> 2] = Number(bitSize) === 64 ? 1 : 0; rt.m.u32[(csp + 28) >>> 2] = 0x7ff80000; } // Go's NaN bits
      else rt.m.f64[(csp + 24) >>> 3] = v;
      stWord(rt.m, csp + 32, code);
    },
    // func quoteWith(s string, mode int) string
    quoteWith(csp: number, _ctx: number, mode: number | bigint): void {
      quote(csp + 24, stringBytes(rt.m, csp + 8).slice(), Number(mode));
    },
    // func quoteRuneWith(r rune, mode int) string
    quoteRuneWith(csp: number, _ctx: number, r: number, mode: number | bigint): void {
      const b = new ByteBuf();
      appendQuotedRune(b, r, Number(mode) === 1, Number(mode) === 2);
      newString(rt, csp + 8, b.result());
    },
    // func CanBackquote(s string) bool
    CanBackquote(csp: number): boolean { return canBackquote(stringBytes(rt.m, csp + 8)); },
    IsPrint(_csp: number, _ctx: number, r: number): boolean { return isPrint(r); },
    IsGraphic(_csp: number, _ctx: number, r: number): boolean { return isGraphic(r); },
    // func unquote(s string) (string, bool)
    unquote(csp: number): void {
      const s = stringBytes(rt.m, csp + 8).slice();
      const r = unquoteGo(s, true);
      const ok = !!r && r[1] === s.length;
      rt.m.u8[csp + 8 + 32] = ok ? 1 : 0;
      newString(rt, csp + 8 + 16, ok ? r![0] : new Uint8Array(0));
    },
    // func unquoteChar(s string, quote byte) (value rune, multibyte bool, n int, ok bool)
    unquoteChar(csp: number, _ctx: number, q: number): void {
      const s = stringBytes(rt.m, csp + 8);
      const r = unquoteCharGo(s, 0, q);
      const a = csp + 8 + 16;
      rt.m.i32[a >>> 2] = r ? r[0] : 0;
      rt.m.u8[a + 4] = r && r[1] ? 1 : 0;
      stWord(rt.m, a + 8, r ? r[2] : 0);
      rt.m.u8[a + 16] = r ? 1 : 0;
    },
    // func quotedPrefixLen(s string) int
    quotedPrefixLen(csp: number): number {
      const r = unquoteGo(stringBytes(rt.m, csp + 8), false);
      return r ? r[1] : -1;
    },
  };
}

export { RuneError };
