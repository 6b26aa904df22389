// Go strings in simulated memory: concatenation, conversions between string, []byte and []rune,
// string(rune), comparison, UTF-8 decoding, and strings made from JS text (for natives). Allocation
// behaviour follows Go: one allocation of the total length, "" allocates nothing, a concatenation
// with one non-empty operand returns it, single-byte strings point into the static staticuint64s
// table, []byte(s) capacities are rounded up to the size class, and an optional 32-byte temp buffer
// (tmpBuf, for results that do not escape) avoids the heap.
//
// Mirrors src/runtime/string.go (concatstrings, slicebytetostring, stringtoslicebyte,
// stringtoslicerune, slicerunetostring, intstring, rawstring, rawbyteslice, rawruneslice) and
// src/runtime/utf8.go (decoderune, encoderune, countrunes), plus cmpstring (internal/bytealg).

import type { ValueRuntime } from './ops.js';
import { stslice, ststr, memmove, memclr } from './alg.js';
import { pinRoot } from './error.js';
import { roundupsize } from './slice.js';
import { encodeUTF8 } from './memory.js';

/** tmpBufSize (string.go): size of the stack buffers for non-escaping results. */
export const tmpBufSize = 32;

/**
 * staticuint64s (iface.go): 256 little-endian uint64 values 0..255 in static data. Also the bytes of
 * every single-byte string (byte b lives at base + 8*b).
 */
export function staticuint64s(rt: ValueRuntime): number {
  let base = rt.$staticuint64s as number | undefined;
  if (base !== undefined) return base;
  const m = rt.m as any;
  if (typeof m.allocStatic === 'function' && (m.heapBase === 0 || m.heapBase === undefined)) {
    base = m.allocStatic(256 * 8, 8) as number;
  } else {
    base = rt.mallocgc(256 * 8, null, true);
    pinRoot(rt, base);
  }
  const u8 = rt.m.u8;
  for (let i = 0; i < 256; i++) {
    for (let j = 0; j < 8; j++) u8[base + i * 8 + j] = 0;
    u8[base + i * 8] = i;
  }
  rt.$staticuint64s = base;
  return base;
}

/** rawstring / rawstringtmp: bytes for a string of n bytes (temp buffer when given and big enough). */
function rawstringtmp(rt: ValueRuntime, buf: number, n: number): number {
  if (buf !== 0 && n <= tmpBufSize) return buf;
  return rt.mallocgc(n, null, false);
}

/** JS string of the Go string whose header is at s. */
export function gostring(rt: ValueRuntime, s: number): string {
  const u = rt.m.u32, i = s >>> 2;
  return rt.m.decodeUTF8(u[i], u[i + 2]);
}

/** stringDataOnStack (string.go): whether string bytes at p live on the running goroutine's stack. */
function stringDataOnStack(rt: ValueRuntime, p: number): boolean {
  const lo = rt.stackLo ?? 0, hi = rt.stackHi ?? 0;
  return p >= lo && p < hi;
}

/** concatstrings(buf, a): writes the concatenation of the strings at addrs to dst. */
export function concatstrings(rt: ValueRuntime, dst: number, addrs: number[], buf = 0): void {
  const u = rt.m.u32;
  let l = 0, count = 0, idx = -1;
  for (let k = 0; k < addrs.length; k++) {
    const n = u[(addrs[k] >>> 2) + 2];
    if (n === 0) continue;
    if (l + n > 0x7fffffff) throwOverflow();
    l += n; count++; idx = k;
  }
  if (count === 0) { ststr(rt, dst, 0, 0); return; }
  // Go returns the single non-empty operand, unless its bytes are on the stack (a tmpBuf) and the
  // result escapes (buf == nil): stringDataOnStack in string.go.
  if (count === 1 && (buf !== 0 || !stringDataOnStack(rt, u[addrs[idx] >>> 2]))) {
    const a = addrs[idx] >>> 2;
    ststr(rt, dst, u[a], u[a + 2]);
    return;
  }
  const p = rawstringtmp(rt, buf, l);
  let off = 0;
  const u32 = rt.m.u32;
  const parts: number[] = [];
  for (const a of addrs) parts.push(u32[a >>> 2], u32[(a >>> 2) + 2]);
  for (let k = 0; k < parts.length; k += 2) {
    const n = parts[k + 1];
    if (n === 0) continue;
    memmove(rt, p + off, parts[k], n);
    off += n;
  }
  ststr(rt, dst, p, l);
}

function throwOverflow(): never {
  throw new Error('gomemlab: string concatenation too long');
}

/** slicebytetostring(buf, ptr, n): string(b). */
export function slicebytetostring(rt: ValueRuntime, dst: number, ptr: number, n: number, buf = 0): void {
  if (n === 0) { ststr(rt, dst, 0, 0); return; }
  if (n === 1) {
    const b = rt.m.u8[ptr];
    ststr(rt, dst, staticuint64s(rt) + b * 8, 1);
    return;
  }
  const p = rawstringtmp(rt, buf, n);
  memmove(rt, p, ptr, n);
  ststr(rt, dst, p, n);
}

/**
 * slicebytetostringtmp: string(b) that does not outlive b and is not retained (map lookups m[string(b)],
 * comparisons, concatenation operands): shares b's bytes, allocates nothing.
 */
export function slicebytetostringtmp(rt: ValueRuntime, dst: number, ptr: number, n: number): void {
  ststr(rt, dst, n === 0 ? 0 : ptr, n);
}

/** countrunes: number of runes in the string at s (len([]rune(s)) without the conversion). */
export function countrunes(rt: ValueRuntime, s: number): number {
  const u = rt.m.u32, i = s >>> 2;
  const p = u[i], n = u[i + 2];
  const u8 = rt.m.u8;
  let count = 0;
  for (let k = 0; k < n; count++) k = u8[p + k] < 0x80 ? k + 1 : decodeAt(u8, p, n, k)[1];
  return count;
}

/** stringtoslicebyte(buf, s): []byte(s); the capacity is rounded up to the size class (rawbyteslice). */
export function stringtoslicebyte(rt: ValueRuntime, dst: number, s: number, buf = 0): void {
  const u = rt.m.u32, i = s >>> 2;
  const sp = u[i], n = u[i + 2];
  let p: number, cap: number;
  if (buf !== 0 && n <= tmpBufSize) {
    memclr(rt, buf, tmpBufSize);
    p = buf; cap = tmpBufSize;
  } else {
    cap = roundupsize(n, true);
    p = rt.mallocgc(cap, null, false);
    if (cap !== n) memclr(rt, p + n, cap - n);
  }
  memmove(rt, p, sp, n);
  stslice(rt, dst, p, n, cap);
}

// ---- UTF-8 (utf8.go) ----

export const runeError = 0xfffd;
const surrogateMin = 0xd800, surrogateMax = 0xdfff, maxRune = 0x10ffff;

/** decoderune(s, k): the rune starting at byte k of the string at s and the index after it. */
export function decoderune(rt: ValueRuntime, s: number, k: number): [number, number] {
  const u = rt.m.u32, i = s >>> 2;
  return decodeAt(rt.m.u8, u[i], u[i + 2], k);
}

/** Decodes the rune at byte k of [p, p+n); invalid encodings give (RuneError, k+1). */
export function decodeAt(u8: Uint8Array, p: number, n: number, k: number): [number, number] {
  if (k >= n) return [runeError, k + 1];
  const c0 = u8[p + k];
  if (c0 < 0x80) return [c0, k + 1];
  const rest = n - k;
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    if (rest >= 2) {
      const c1 = u8[p + k + 1];
      if ((c1 & 0xc0) === 0x80) return [((c0 & 0x1f) << 6) | (c1 & 0x3f), k + 2];
    }
    return [runeError, k + 1];
  }
  if (c0 >= 0xe0 && c0 <= 0xef) {
    if (rest >= 3) {
      const c1 = u8[p + k + 1], c2 = u8[p + k + 2];
      const lo = c0 === 0xe0 ? 0xa0 : 0x80, hi = c0 === 0xed ? 0x9f : 0xbf;
      if (c1 >= lo && c1 <= hi && (c2 & 0xc0) === 0x80) {
        return [((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f), k + 3];
      }
    }
    return [runeError, k + 1];
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    if (rest >= 4) {
      const c1 = u8[p + k + 1], c2 = u8[p + k + 2], c3 = u8[p + k + 3];
      const lo = c0 === 0xf0 ? 0x90 : 0x80, hi = c0 === 0xf4 ? 0x8f : 0xbf;
      if (c1 >= lo && c1 <= hi && (c2 & 0xc0) === 0x80 && (c3 & 0xc0) === 0x80) {
        return [((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f), k + 4];
      }
    }
    return [runeError, k + 1];
  }
  return [runeError, k + 1];
}

/** Number of bytes encoderune writes for r (invalid runes become RuneError, 3 bytes). */
export function runeLen(r: number): number {
  if (r < 0) return 3;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r > maxRune || (r >= surrogateMin && r <= surrogateMax)) return 3;
  if (r < 0x10000) return 3;
  return 4;
}

/** encoderune: writes the UTF-8 encoding of r at p; returns the byte count. */
export function encoderune(u8: Uint8Array, p: number, r: number): number {
  if (r >= 0 && r < 0x80) { u8[p] = r; return 1; }
  if (r >= 0x80 && r < 0x800) { u8[p] = 0xc0 | (r >> 6); u8[p + 1] = 0x80 | (r & 0x3f); return 2; }
  if (r < 0 || r > maxRune || (r >= surrogateMin && r <= surrogateMax)) r = runeError;
  if (r < 0x10000) {
    u8[p] = 0xe0 | (r >> 12); u8[p + 1] = 0x80 | ((r >> 6) & 0x3f); u8[p + 2] = 0x80 | (r & 0x3f);
    return 3;
  }
  u8[p] = 0xf0 | (r >> 18); u8[p + 1] = 0x80 | ((r >> 12) & 0x3f);
  u8[p + 2] = 0x80 | ((r >> 6) & 0x3f); u8[p + 3] = 0x80 | (r & 0x3f);
  return 4;
}

/** stringtoslicerune(buf, s): []rune(s) (rawruneslice rounds the capacity to the size class). */
export function stringtoslicerune(rt: ValueRuntime, dst: number, s: number, buf = 0): void {
  const u = rt.m.u32, i = s >>> 2;
  const sp = u[i], n = u[i + 2];
  let count = 0;
  for (let k = 0; k < n;) { k = decodeAt(rt.m.u8, sp, n, k)[1]; count++; }
  let p: number, cap: number;
  if (buf !== 0 && count <= tmpBufSize) {
    memclr(rt, buf, tmpBufSize * 4);
    p = buf; cap = tmpBufSize;
  } else {
    const mem = roundupsize(count * 4, true);
    p = rt.mallocgc(mem, null, false);
    if (mem !== count * 4) memclr(rt, p + count * 4, mem - count * 4);
    cap = mem >>> 2;
  }
  const u8 = rt.m.u8, i32 = rt.m.i32;
  let j = 0;
  for (let k = 0; k < n;) {
    const [r, nk] = decodeAt(u8, sp, n, k);
    i32[(p >>> 2) + j] = r; j++; k = nk;
  }
  stslice(rt, dst, p, count, cap);
}

/** slicerunetostring(buf, a): string(runes) for the n runes at ptr. */
export function slicerunetostring(rt: ValueRuntime, dst: number, ptr: number, n: number, buf = 0): void {
  const i32 = rt.m.i32;
  let size = 0;
  for (let k = 0; k < n; k++) size += runeLen(i32[(ptr >>> 2) + k]);
  const p = size === 0 ? rt.mallocgc(0, null, false) : rawstringtmp(rt, buf, size);
  const u8 = rt.m.u8, r32 = rt.m.i32;
  let off = 0;
  for (let k = 0; k < n; k++) off += encoderune(u8, p + off, r32[(ptr >>> 2) + k]);
  ststr(rt, dst, size === 0 ? 0 : p, size);
}

/** intstring(buf, v): string(rune(v)); Go allocates 4 bytes (rawstring(4)) unless buf is given. */
export function intstring(rt: ValueRuntime, dst: number, v: number | bigint, buf = 0): void {
  let r: number;
  if (typeof v === 'bigint' || v < 0 || v > maxRune) r = runeError;
  else r = v;
  const p = buf !== 0 ? buf : rt.mallocgc(4, null, false);
  const n = encoderune(rt.m.u8, p, r);
  ststr(rt, dst, p, n);
}

/** cmpstring (internal/bytealg): -1, 0 or +1 comparing the strings at a and b bytewise. */
export function cmpstring(rt: ValueRuntime, a: number, b: number): number {
  const u = rt.m.u32, x = a >>> 2, y = b >>> 2;
  const pa = u[x], na = u[x + 2], pb = u[y], nb = u[y + 2];
  const n = na < nb ? na : nb;
  const u8 = rt.m.u8;
  if (pa !== pb) {
    for (let k = 0; k < n; k++) {
      const ca = u8[pa + k], cb = u8[pb + k];
      if (ca !== cb) return ca < cb ? -1 : 1;
    }
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** eqstring: s1 == s2 for the strings at a and b. */
export function eqstring(rt: ValueRuntime, a: number, b: number): boolean {
  const u = rt.m.u32, x = a >>> 2, y = b >>> 2;
  const n = u[x + 2];
  if (n !== u[y + 2]) return false;
  const pa = u[x], pb = u[y];
  if (pa === pb) return true;
  const u8 = rt.m.u8;
  for (let k = 0; k < n; k++) if (u8[pa + k] !== u8[pb + k]) return false;
  return true;
}

/** A Go string with the UTF-8 bytes of a JS string, header written at dst (natives' results). */
export function makeStringFromJS(rt: ValueRuntime, dst: number, s: string): void {
  if (s.length === 0) { ststr(rt, dst, 0, 0); return; }
  let ascii = true;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 0x80) { ascii = false; break; }
  if (ascii) {
    const n = s.length;
    if (n === 1) { ststr(rt, dst, staticuint64s(rt) + s.charCodeAt(0) * 8, 1); return; }
    const p = rt.mallocgc(n, null, false);
    const u8 = rt.m.u8;
    for (let k = 0; k < n; k++) u8[p + k] = s.charCodeAt(k);
    ststr(rt, dst, p, n);
    return;
  }
  const bytes = encodeUTF8(s);
  const p = rt.mallocgc(bytes.length, null, false);
  rt.m.u8.set(bytes, p);
  ststr(rt, dst, p, bytes.length);
}
