// Slices: make, append growth and copy, with Go's exact capacity rule (Go 1.20+: double below 256
// elements, then grow by (newcap + 3*256)/4 until large enough) rounded up to the malloc size class,
// and Go's panics for bad lengths.
//
// Mirrors src/runtime/slice.go (makeslice, growslice, nextslicecap, slicecopy, panicmakeslicelen/cap)
// and src/runtime/msize.go (roundupsize; size classes from sizeclasses.go, see reference §1.3).

import type { TypeDesc } from './type.js';
import type { ValueRuntime } from './ops.js';
import { stslice, memmove, memclr, typedmove } from './alg.js';
import { bulkBarrierPreWriteSrcOnly } from './mbarrier.js';
import type { Runtime } from './runtime.js';
import { panicErrorString } from './error.js';
import { ld64, st64 } from './int64.js';

/** class_to_size (src/runtime/sizeclasses.go), classes 1..67. */
const classToSize = [
  8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
  384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
  2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
  12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

const maxSmallSize = 32768;
const mallocHeaderSize = 8;
const minSizeForMallocHeader = 512;
const pageSize = 8192;
/** maxAlloc on linux/amd64 (1 << 48). */
const maxAlloc = 2 ** 48;

/** Smallest size class ≥ n (n ≤ 32768). */
function classFor(n: number): number {
  let lo = 0, hi = classToSize.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (classToSize[mid] >= n) hi = mid; else lo = mid + 1;
  }
  return classToSize[lo];
}

/**
 * roundupsize (msize.go): the size mallocgc will actually use for a request of size bytes. Scan
 * objects > 512 B carry an 8-byte malloc header (Go 1.22+), which is excluded from the result.
 */
export function roundupsize(size: number, noscan: boolean): number {
  let req = size;
  if (req <= maxSmallSize - mallocHeaderSize) {
    if (!noscan && req > minSizeForMallocHeader) req += mallocHeaderSize;
    if (req === 0) return 0;
    return classFor(req) - (req - size);
  }
  return Math.ceil(req / pageSize) * pageSize;
}

/** panicmakeslicelen: panic(errorString("makeslice: len out of range")). */
export function panicmakeslicelen(rt: ValueRuntime): never {
  return panicErrorString(rt, 'makeslice: len out of range');
}

/** panicmakeslicecap: panic(errorString("makeslice: cap out of range")). */
export function panicmakeslicecap(rt: ValueRuntime): never {
  return panicErrorString(rt, 'makeslice: cap out of range');
}

function num(v: number | bigint): number {
  return typeof v === 'bigint' ? Number(v) : v;
}

/** makeslice(et, len, cap): writes the slice header {p, len, cap} to dst. */
export function makeslice(rt: ValueRuntime, dst: number, et: TypeDesc, lenv: number | bigint, capv: number | bigint): void {
  const len = num(lenv), cap = num(capv);
  const mem = et.size * cap;
  if (cap < 0 || mem > maxAlloc || len < 0 || len > cap) {
    const lmem = et.size * len;
    if (len < 0 || lmem > maxAlloc) panicmakeslicelen(rt);
    panicmakeslicecap(rt);
  }
  const p = rt.mallocgc(mem, et, true);
  if (et.size === 0 && cap > 0xffffffff) {
    // zero-size elements: 64-bit lengths (the words stslice writes are 32-bit)
    const u = rt.m.u32, i = dst >>> 2;
    u[i] = p; u[i + 1] = 0;
    st64(rt.m, dst + 8, lenv); st64(rt.m, dst + 16, capv);
    return;
  }
  stslice(rt, dst, p, len, cap);
}

/** nextslicecap (slice.go): the capacity before rounding to a size class. */
export function nextslicecap(newLen: number, oldCap: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) return newLen;
  const threshold = 256;
  if (oldCap < threshold) return doublecap;
  for (;;) {
    newcap += Math.floor((newcap + 3 * threshold) / 4);
    if (newcap >= newLen) break;
  }
  if (newcap <= 0) return newLen;
  return newcap;
}

/**
 * growslice: the slice at src (old ptr, len, cap) needs room for addLen more elements. Allocates the
 * new backing array (capacity by nextslicecap rounded to the size class), copies the old elements and
 * writes {newPtr, oldLen+addLen, newCap} to dst (dst may equal src). The caller stores the new elements.
 */
export function growslice(rt: ValueRuntime, dst: number, src: number, et: TypeDesc, addLen: number): void {
  const u = rt.m.u32, i = src >>> 2;
  const oldPtr = u[i];
  const oldLen = rt.m.i32[i + 3] * 4294967296 + u[i + 2];
  const oldCap = rt.m.i32[i + 5] * 4294967296 + u[i + 4];
  const newLen = oldLen + addLen;
  if (newLen < 0 || addLen < 0) panicErrorString(rt, 'growslice: len out of range');
  if (et.size === 0) {
    stslice(rt, dst, rt.mallocgc(0, null, false), newLen, newLen);
    return;
  }
  let newcap = nextslicecap(newLen, oldCap);
  const noscan = et.ptrdata === 0;
  const size = et.size;
  let capmem = roundupsize(newcap * size, noscan);
  newcap = Math.floor(capmem / size);
  capmem = newcap * size;
  if (capmem > maxAlloc) panicErrorString(rt, 'growslice: len out of range');
  const lenmem = oldLen * size, newlenmem = newLen * size;
  let p: number;
  if (noscan) {
    p = rt.mallocgc(capmem, null, false);
    memclr(rt, p + newlenmem, capmem - newlenmem);
  } else {
    p = rt.mallocgc(capmem, et, true);
    // The new array is black (or was shaded as the new object when this allocation started a
    // cycle): shade the pointers copied into it, as Go's bulkBarrierPreWriteSrcOnly.
    if (lenmem > 0 && rt.writeBarrier) bulkBarrierPreWriteSrcOnly(rt as unknown as Runtime, oldPtr, lenmem - size + et.ptrdata, et);
  }
  memmove(rt, p, oldPtr, lenmem);
  stslice(rt, dst, p, newLen, newcap);
}

/**
 * append to a slice of zero-size elements (growslice's et.size == 0 case, with Go's 64-bit
 * lengths, which may exceed 2^32 here): newLen = len + addLen must not overflow int64; when it
 * exceeds the capacity the slice becomes {zerobase, newLen, newLen}.
 */
export function appendzero(rt: ValueRuntime, dst: number, src: number, addLen: number | bigint): void {
  const m = rt.m;
  const oldLen = BigInt(ld64(m, src + 8)), oldCap = BigInt(ld64(m, src + 16));
  const newLen = oldLen + BigInt(addLen);
  if (newLen < 0n || newLen > 0x7fffffffffffffffn) panicErrorString(rt, 'growslice: len out of range');
  let ptr = m.u32[src >>> 2], cap = oldCap;
  if (newLen > oldCap) { ptr = rt.mallocgc(0, null, false); cap = newLen; }
  const u = rt.m.u32, i = dst >>> 2;
  u[i] = ptr; u[i + 1] = 0;
  st64(rt.m, dst + 8, canon(newLen)); st64(rt.m, dst + 16, canon(cap));
}

function canon(v: bigint): number | bigint {
  return v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v;
}

/** slicecopy: copies min(toLen, fromLen) elements of width bytes; returns the count. With et (the
 *  element type, when it holds pointers) it is typedslicecopy: the bulk write barrier first. */
export function slicecopy(rt: ValueRuntime, toPtr: number, toLen: number, fromPtr: number, fromLen: number, width: number, et?: TypeDesc): number {
  if (fromLen === 0 || toLen === 0) return 0;
  const n = fromLen < toLen ? fromLen : toLen;
  if (width === 0) return n;
  const size = n * width;
  if (size === 1) rt.m.u8[toPtr] = rt.m.u8[fromPtr];
  else if (et !== undefined) typedmove(rt, et, toPtr, fromPtr, size);
  else memmove(rt, toPtr, fromPtr, size);
  return n;
}
