// Go 1.23's hash map in simulated memory: hmap header (48 B), arrays of 8-slot buckets (tophash[8],
// 8 keys, 8 elems, overflow pointer), keys/elems > 128 B stored indirectly, load factor 6.5, doubling
// growth with incremental evacuation, same-size growth when overflow buckets pile up, iteration from
// a random bucket and offset that tolerates concurrent writes. Buckets, hmaps, mapextra and the
// overflow-bucket slices are allocated through mallocgc with synthesised type descriptors so the GC
// and MemStats see exactly what Go allocates.
//
// Mirrors src/runtime/map.go (makemap, makeBucketArray, mapaccess1/2, mapaccessK, mapassign,
// mapdelete, mapiterinit, mapiternext, mapclear, hashGrow, growWork, evacuate, advanceEvacuationMark,
// newoverflow, incrnoverflow, overLoadFactor, tooManyOverflowBuckets) and src/internal/abi/map.go.
//
// Memory layouts (amd64):
//   hmap:     count int @0, flags u8 @8, B u8 @9, noverflow u16 @10, hash0 u32 @12,
//             buckets @16, oldbuckets @24, nevacuate uintptr @32, extra *mapextra @40
//   mapextra: overflow *[]*bmap @0, oldoverflow @8, nextOverflow *bmap @16
//   hiter (96 B, the iterator codegen reserves): key ptr @0, elem ptr @8, map type id @16, h @24,
//             buckets @32, bptr @40, overflow @48, oldoverflow @56, startBucket @64, offset u8 @72,
//             wrapped u8 @73, B u8 @74, i u8 @75, bucket @80, checkBucket @88.
//             Pointer words: 0, 8, 24, 32, 40, 48, 56 (HITER_PTRS). The loop ends when key ptr is 0.

import type { TypeDesc } from './type.js';
import { Kind } from './type.js';
import type { ValueRuntime } from './ops.js';
import { algOf, isReflexive, needKeyUpdate, hashMightPanic, memclr, typedmove, typedclr, cheaprand, typehash } from './alg.js';
import { gcWriteBarrier, bulkBarrierPreWrite } from './mbarrier.js';
import type { Runtime } from './runtime.js';
import { registerRuntimeType, panicPlain, pinRoot, unpinRoot } from './error.js';
import { roundupsize, growslice } from './slice.js';

const bucketCnt = 8;
const maxKeySize = 128;
const maxElemSize = 128;
const loadFactorNum = 13;
const loadFactorDen = 2;

// tophash values (map.go)
const emptyRest = 0;
const emptyOne = 1;
const evacuatedX = 2;
const evacuatedY = 3;
const evacuatedEmpty = 4;
const minTopHash = 5;

// flags
const iterator = 1;
const oldIterator = 2;
const hashWriting = 4;
const sameSizeGrow = 8;

/** Size of the iterator struct (hiter) and its pointer words. */
export const HITER_SIZE = 96;
export const HITER_PTRS = [0, 8, 24, 32, 40, 48, 56];
/** Size of hmap. */
export const HMAP_SIZE = 48;

const noCheck = 0xffffffff;

/** Per-map-type facts (maptype in internal/abi/map.go), cached on the map TypeDesc. */
interface MapInfo {
  key: TypeDesc;
  elem: TypeDesc;
  keysize: number;
  elemsize: number;
  indirectKey: boolean;
  indirectElem: boolean;
  bsize: number;
  elemsOff: number;
  ovfOff: number;
  bucket: TypeDesc;
  noscan: boolean;
  hash: (rt: ValueRuntime, p: number, h: number) => number;
  equal: (rt: ValueRuntime, a: number, b: number) => boolean;
  reflexive: boolean;
  needKeyUpdate: boolean;
  hashMightPanic: boolean;
  zero: number;
}

interface MapTypes { hmap: TypeDesc; extra: TypeDesc; ovfSlice: TypeDesc; bmapPtr: TypeDesc }

function synth(rt: ValueRuntime, kind: Kind, str: string, size: number, ptrs: number[], extra: Partial<TypeDesc> = {}): TypeDesc {
  const t = {
    id: 0, kind, size, align: 8, fieldAlign: 8, ptrdata: ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0,
    ptrs: Int32Array.from(ptrs), str, name: '', pkgPath: '', named: false, $synthetic: true, ...extra,
  } as TypeDesc;
  return registerRuntimeType(rt, t);
}

function mapTypes(rt: ValueRuntime): MapTypes {
  let c = rt.$mapTypes as MapTypes | undefined;
  if (c) return c;
  const hmap = synth(rt, Kind.Struct, 'runtime.hmap', 48, [16, 24, 40], { name: 'hmap', pkgPath: 'runtime', named: true });
  const extra = synth(rt, Kind.Struct, 'runtime.mapextra', 24, [0, 8, 16], { name: 'mapextra', pkgPath: 'runtime', named: true });
  const bmapPtr = synth(rt, Kind.UnsafePointer, '*runtime.bmap', 8, [0]);
  const ovfSlice = synth(rt, Kind.Slice, '[]*runtime.bmap', 24, [0], { elem: bmapPtr });
  c = { hmap, extra, ovfSlice, bmapPtr };
  rt.$mapTypes = c;
  return c;
}

function mapInfo(rt: ValueRuntime, t: TypeDesc): MapInfo {
  const c = t.$map as MapInfo | undefined;
  if (c) return c;
  const key = t.key!, elem = t.elem!;
  const indirectKey = key.size > maxKeySize, indirectElem = elem.size > maxElemSize;
  const keysize = indirectKey ? 8 : key.size;
  const elemsize = indirectElem ? 8 : elem.size;
  const elemsOff = 8 + bucketCnt * keysize;
  let ovfOff = elemsOff + bucketCnt * elemsize;
  ovfOff = (ovfOff + 7) & ~7;
  const bsize = ovfOff + 8;
  const ptrs: number[] = [];
  const hasPtr = indirectKey || indirectElem || key.ptrdata > 0 || elem.ptrdata > 0;
  if (hasPtr) {
    for (let i = 0; i < bucketCnt; i++) {
      if (indirectKey) ptrs.push(8 + i * 8);
      else for (const o of key.ptrs) ptrs.push(8 + i * keysize + o);
    }
    for (let i = 0; i < bucketCnt; i++) {
      if (indirectElem) ptrs.push(elemsOff + i * 8);
      else for (const o of elem.ptrs) ptrs.push(elemsOff + i * elemsize + o);
    }
    ptrs.push(ovfOff);
  }
  const bucket = synth(rt, Kind.Struct, 'map.bucket[' + key.str + ']' + elem.str, bsize, ptrs);
  const a = algOf(key);
  const info: MapInfo = {
    key, elem, keysize, elemsize, indirectKey, indirectElem, bsize, elemsOff, ovfOff, bucket,
    noscan: !hasPtr,
    hash: a.hash ?? ((rtt, p, h) => typehash(rtt, key, p, h)),
    equal: a.equal ?? (() => false),
    reflexive: isReflexive(key), needKeyUpdate: needKeyUpdate(key), hashMightPanic: hashMightPanic(key),
    zero: 0,
  };
  t.$map = info;
  return info;
}

/** Address of a zero elem (maps return it on a miss): the elem type's static zero or zeroVal. */
function zeroElem(rt: ValueRuntime, mi: MapInfo): number {
  if (mi.zero !== 0) return mi.zero;
  let z = mi.elem.zero ?? 0;
  if (!z) {
    if (mi.elem.size <= 1024) z = (rt as any).zeroVal ? (rt as any).zeroVal() : 0;
    if (!z) { z = rt.mallocgc(Math.max(mi.elem.size, 8), null, true); pinRoot(rt, z); }
  }
  mi.zero = z;
  return z;
}

// ---- hmap field access ----

const u8 = (rt: ValueRuntime) => rt.m.u8;
const u32 = (rt: ValueRuntime) => rt.m.u32;
function hCount(rt: ValueRuntime, h: number): number { return rt.m.u32[h >>> 2]; }
function setCount(rt: ValueRuntime, h: number, n: number): void { const u = rt.m.u32; u[h >>> 2] = n; u[(h >>> 2) + 1] = 0; }
function hFlags(rt: ValueRuntime, h: number): number { return rt.m.u8[h + 8]; }
function setFlags(rt: ValueRuntime, h: number, f: number): void { rt.m.u8[h + 8] = f; }
function hB(rt: ValueRuntime, h: number): number { return rt.m.u8[h + 9]; }
function hNoverflow(rt: ValueRuntime, h: number): number { return rt.m.u16[(h + 10) >>> 1]; }
function setNoverflow(rt: ValueRuntime, h: number, n: number): void { rt.m.u16[(h + 10) >>> 1] = n; }
function hHash0(rt: ValueRuntime, h: number): number { return rt.m.u32[(h + 12) >>> 2]; }
function ldw(rt: ValueRuntime, a: number): number { return rt.m.u32[a >>> 2]; }
function stw(rt: ValueRuntime, a: number, v: number): void { const u = rt.m.u32; u[a >>> 2] = v; u[(a >>> 2) + 1] = 0; }
/** A pointer word of the hmap / mapextra / buckets: the write barrier while marking, then the store. */
function stwp(rt: ValueRuntime, a: number, v: number): void {
  if (rt.writeBarrier) gcWriteBarrier(rt as unknown as Runtime, a, v);
  const u = rt.m.u32; u[a >>> 2] = v; u[(a >>> 2) + 1] = 0;
}
function hBuckets(rt: ValueRuntime, h: number): number { return ldw(rt, h + 16); }
function hOldbuckets(rt: ValueRuntime, h: number): number { return ldw(rt, h + 24); }
function hNevacuate(rt: ValueRuntime, h: number): number { return ldw(rt, h + 32); }
function hExtra(rt: ValueRuntime, h: number): number { return ldw(rt, h + 40); }

function bucketShift(b: number): number { return b < 31 ? 1 << b : 2 ** b; }
function bucketMask(b: number): number { return b < 31 ? (1 << b) - 1 : b >= 32 ? 0xffffffff : 0x7fffffff; }
function tophash(hash: number): number {
  let top = hash >>> 24;
  if (top < minTopHash) top += minTopHash;
  return top;
}
function isEmpty(x: number): boolean { return x <= emptyOne; }
function evacuated(rt: ValueRuntime, b: number): boolean {
  const h = rt.m.u8[b];
  return h > emptyOne && h < minTopHash;
}
function overflow(rt: ValueRuntime, mi: MapInfo, b: number): number { return ldw(rt, b + mi.ovfOff); }
function setoverflow(rt: ValueRuntime, mi: MapInfo, b: number, ovf: number): void { stwp(rt, b + mi.ovfOff, ovf); }
function keyAt(mi: MapInfo, b: number, i: number): number { return b + 8 + i * mi.keysize; }
function elemAt(mi: MapInfo, b: number, i: number): number { return b + mi.elemsOff + i * mi.elemsize; }
function growing(rt: ValueRuntime, h: number): boolean { return hOldbuckets(rt, h) !== 0; }
function sameSizeGrowing(rt: ValueRuntime, h: number): boolean { return (hFlags(rt, h) & sameSizeGrow) !== 0; }
function noldbuckets(rt: ValueRuntime, h: number): number {
  let b = hB(rt, h);
  if (!sameSizeGrowing(rt, h)) b--;
  return bucketShift(b);
}
function oldbucketmask(rt: ValueRuntime, h: number): number { return noldbuckets(rt, h) - 1; }

/** overLoadFactor: count items in 2^B buckets exceed the 6.5 load factor. */
function overLoadFactor(count: number, b: number): boolean {
  return count > bucketCnt && count > loadFactorNum * Math.floor(bucketShift(b) / loadFactorDen);
}

function tooManyOverflowBuckets(noverflow: number, b: number): boolean {
  if (b > 15) b = 15;
  return noverflow >= 1 << (b & 15);
}

function incrnoverflow(rt: ValueRuntime, h: number): void {
  const b = hB(rt, h);
  if (b < 16) { setNoverflow(rt, h, (hNoverflow(rt, h) + 1) & 0xffff); return; }
  const mask = 2 ** (b - 15) - 1;
  if ((cheaprand(rt) & mask) === 0) setNoverflow(rt, h, (hNoverflow(rt, h) + 1) & 0xffff);
}

/** Allocates h.extra if needed (createOverflow helper). */
function ensureExtra(rt: ValueRuntime, h: number): number {
  let x = hExtra(rt, h);
  if (x === 0) {
    x = rt.mallocgc(24, mapTypes(rt).extra, true);
    stwp(rt, h + 40, x);
  }
  return x;
}

/** newoverflow: a new overflow bucket after b (from the preallocated ones when available). */
function newoverflow(rt: ValueRuntime, mi: MapInfo, h: number, b: number): number {
  let ovf: number;
  const x = hExtra(rt, h);
  const next = x !== 0 ? ldw(rt, x + 16) : 0;
  if (next !== 0) {
    // The last preallocated bucket has a non-nil overflow pointer (a sentinel) marking the end.
    ovf = next;
    if (overflow(rt, mi, ovf) === 0) {
      stwp(rt, x + 16, ovf + mi.bsize);
    } else {
      setoverflow(rt, mi, ovf, 0);
      stwp(rt, x + 16, 0);
    }
  } else {
    ovf = rt.mallocgc(mi.bsize, mi.bucket, true);
  }
  incrnoverflow(rt, h);
  if (mi.noscan) {
    // Keep overflow buckets of pointer-free maps reachable through h.extra.overflow. The new bucket
    // is held only in a JS variable while mapextra and the slice are allocated: pin it.
    pinRoot(rt, ovf);
    const ex = ensureExtra(rt, h);
    let sl = ldw(rt, ex);
    if (sl === 0) {
      sl = rt.mallocgc(24, mapTypes(rt).ovfSlice, true);
      stwp(rt, ex, sl);
    }
    const len = ldw(rt, sl + 8), cap = ldw(rt, sl + 16);
    if (len >= cap) growslice(rt, sl, sl, mapTypes(rt).bmapPtr, 1);
    else stw(rt, sl + 8, len + 1);
    stwp(rt, ldw(rt, sl) + len * 8, ovf);
    unpinRoot(rt, ovf);
  }
  setoverflow(rt, mi, b, ovf);
  return ovf;
}

/** makeBucketArray: 2^b buckets plus preallocated overflow buckets for b ≥ 4; returns [buckets, nextOverflow]. */
function makeBucketArray(rt: ValueRuntime, mi: MapInfo, b: number, dirty: number): [number, number] {
  const base = bucketShift(b);
  let nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    const sz = mi.bsize * nbuckets;
    const up = roundupsize(sz, mi.noscan);
    if (up !== sz) nbuckets = Math.floor(up / mi.bsize);
  }
  let buckets: number;
  if (dirty === 0) {
    buckets = rt.mallocgc(mi.bsize * nbuckets, mi.bucket, true);
  } else {
    buckets = dirty;
    typedclr(rt, mi.bucket, buckets, mi.bsize * nbuckets);
  }
  let nextOverflow = 0;
  if (base !== nbuckets) {
    nextOverflow = buckets + base * mi.bsize;
    const last = buckets + (nbuckets - 1) * mi.bsize;
    setoverflow(rt, mi, last, buckets);
  }
  return [buckets, nextOverflow];
}

function toNum(v: number | bigint): number {
  return typeof v === 'bigint' ? (v > 0n ? Number.MAX_SAFE_INTEGER : -1) : v;
}

/**
 * makemap(t, hint, h): a new map able to hold hint elements. h, if not 0, is preallocated hmap memory
 * (a non-escaping map on the stack); returns the map pointer.
 */
export function makemap(rt: ValueRuntime, t: TypeDesc, hintv: number | bigint, h: number): number {
  const mi = mapInfo(rt, t);
  let hint = toNum(hintv);
  if (hint < 0 || hint > 2 ** 48) hint = 0;
  // A non-escaping map gets zeroed hmap memory (and possibly a first bucket in h.buckets) from the
  // compiler, like Go's makemap(t, hint, h) with h on the stack.
  if (h === 0) h = rt.mallocgc(HMAP_SIZE, mapTypes(rt).hmap, true);
  rt.m.u32[(h + 12) >>> 2] = cheaprand(rt);
  let B = 0;
  while (overLoadFactor(hint, B)) B++;
  rt.m.u8[h + 9] = B;
  if (B !== 0) {
    pinRoot(rt, h);
    const [buckets, nextOverflow] = makeBucketArray(rt, mi, B, 0);
    stwp(rt, h + 16, buckets);
    if (nextOverflow !== 0) {
      const x = ensureExtra(rt, h);
      stwp(rt, x + 16, nextOverflow);
    }
    unpinRoot(rt, h);
  }
  return h;
}

/** maplen: len(m). */
export function maplen(rt: ValueRuntime, h: number): number {
  return h === 0 ? 0 : hCount(rt, h);
}

function keyPtr(rt: ValueRuntime, mi: MapInfo, k: number): number {
  return mi.indirectKey ? ldw(rt, k) : k;
}

/** Key slot of the last successful lookup (saves allocating a pair per lookup). */
let lookupKeySlot = 0;

/** Finds key k (mapaccessK): returns the elem address or 0; the key slot is left in lookupKeySlot. */
function lookup(rt: ValueRuntime, mi: MapInfo, h: number, key: number): number {
  const hash = mi.hash(rt, key, hHash0(rt, h));
  let m = bucketMask(hB(rt, h));
  let b = hBuckets(rt, h) + ((hash & m) >>> 0) * mi.bsize;
  const c = hOldbuckets(rt, h);
  if (c !== 0) {
    if (!sameSizeGrowing(rt, h)) m = Math.floor(m / 2);
    const oldb = c + ((hash & m) >>> 0) * mi.bsize;
    if (!evacuated(rt, oldb)) b = oldb;
  }
  const top = tophash(hash);
  const eq = mi.equal;
  const u8a = rt.m.u8;
  for (; b !== 0; b = overflow(rt, mi, b)) {
    for (let i = 0; i < bucketCnt; i++) {
      const th = u8a[b + i];
      if (th !== top) {
        if (th === emptyRest) return 0;
        continue;
      }
      const k = keyAt(mi, b, i);
      if (eq(rt, key, keyPtr(rt, mi, k))) {
        let e = elemAt(mi, b, i);
        if (mi.indirectElem) e = ldw(rt, e);
        lookupKeySlot = k;
        return e;
      }
    }
  }
  return 0;
}

/** mapaccess1: address of m[k]'s elem, or of a zero value on a miss. */
export function mapaccess1(rt: ValueRuntime, t: TypeDesc, h: number, key: number): number {
  const mi = mapInfo(rt, t);
  if (h === 0 || hCount(rt, h) === 0) {
    if (mi.hashMightPanic) mi.hash(rt, key, 0);
    return zeroElem(rt, mi);
  }
  const e = lookup(rt, mi, h, key);
  return e !== 0 ? e : zeroElem(rt, mi);
}

/** mapaccess2: address of m[k]'s elem, or 0 on a miss (the comma-ok form). */
export function mapaccess2(rt: ValueRuntime, t: TypeDesc, h: number, key: number): number {
  const mi = mapInfo(rt, t);
  if (h === 0 || hCount(rt, h) === 0) {
    if (mi.hashMightPanic) mi.hash(rt, key, 0);
    return 0;
  }
  return lookup(rt, mi, h, key);
}

/** mapassign: address of the elem slot for key (inserting it); the caller stores the value. */
export function mapassign(rt: ValueRuntime, t: TypeDesc, h: number, key: number): number {
  if (h === 0) panicPlain(rt, 'assignment to entry in nil map');
  const mi = mapInfo(rt, t);
  const hash = mi.hash(rt, key, hHash0(rt, h));
  setFlags(rt, h, hFlags(rt, h) ^ hashWriting);
  if (hBuckets(rt, h) === 0) { const nb = rt.mallocgc(mi.bsize, mi.bucket, true); stwp(rt, h + 16, nb); }
  const top = tophash(hash);
  let elem = 0;
  for (;;) { // again:
    const bucket = (hash & bucketMask(hB(rt, h))) >>> 0;
    if (growing(rt, h)) growWork(rt, mi, h, bucket);
    let b = hBuckets(rt, h) + bucket * mi.bsize;
    let inserti = -1, insertb = 0;
    let found = false;
    const u8a = rt.m.u8;
    const eq = mi.equal;
    search: for (;;) {
      for (let i = 0; i < bucketCnt; i++) {
        const th = u8a[b + i];
        if (th !== top) {
          if (isEmpty(th) && inserti < 0) { inserti = i; insertb = b; }
          if (th === emptyRest) break search;
          continue;
        }
        const k = keyAt(mi, b, i);
        const kp = keyPtr(rt, mi, k);
        if (!eq(rt, key, kp)) continue;
        if (mi.needKeyUpdate) typedmove(rt, mi.key, kp, key, mi.key.size);
        elem = elemAt(mi, b, i);
        found = true;
        break search;
      }
      const ovf = overflow(rt, mi, b);
      if (ovf === 0) break;
      b = ovf;
    }
    if (found) break;
    if (!growing(rt, h) && (overLoadFactor(hCount(rt, h) + 1, hB(rt, h)) || tooManyOverflowBuckets(hNoverflow(rt, h), hB(rt, h)))) {
      hashGrow(rt, mi, h);
      continue; // again
    }
    if (inserti < 0) {
      insertb = newoverflow(rt, mi, h, b);
      inserti = 0;
    }
    let insertk = keyAt(mi, insertb, inserti);
    elem = elemAt(mi, insertb, inserti);
    if (mi.indirectKey) {
      const kmem = rt.mallocgc(mi.key.size, mi.key, true);
      stwp(rt, insertk, kmem);
      insertk = kmem;
    }
    if (mi.indirectElem) {
      const vmem = rt.mallocgc(mi.elem.size, mi.elem, true);
      stwp(rt, elem, vmem);
    }
    typedmove(rt, mi.key, insertk, key, mi.key.size);
    rt.m.u8[insertb + inserti] = top;
    setCount(rt, h, hCount(rt, h) + 1);
    break;
  }
  setFlags(rt, h, hFlags(rt, h) & ~hashWriting);
  if (mi.indirectElem) elem = ldw(rt, elem);
  return elem;
}

/** mapdelete: delete(m, k). */
export function mapdelete(rt: ValueRuntime, t: TypeDesc, h: number, key: number): void {
  const mi = mapInfo(rt, t);
  if (h === 0 || hCount(rt, h) === 0) {
    if (mi.hashMightPanic) mi.hash(rt, key, 0);
    return;
  }
  const hash = mi.hash(rt, key, hHash0(rt, h));
  setFlags(rt, h, hFlags(rt, h) ^ hashWriting);
  const bucket = (hash & bucketMask(hB(rt, h))) >>> 0;
  if (growing(rt, h)) growWork(rt, mi, h, bucket);
  let b = hBuckets(rt, h) + bucket * mi.bsize;
  const bOrig = b;
  const top = tophash(hash);
  search: for (; b !== 0; b = overflow(rt, mi, b)) {
    for (let i = 0; i < bucketCnt; i++) {
      const th = rt.m.u8[b + i];
      if (th !== top) {
        if (th === emptyRest) break search;
        continue;
      }
      const k = keyAt(mi, b, i);
      const kp = keyPtr(rt, mi, k);
      if (!mi.equal(rt, key, kp)) continue;
      if (mi.indirectKey) stwp(rt, k, 0);
      else if (mi.key.ptrdata > 0) typedclr(rt, mi.key, k, mi.key.size);
      const e = elemAt(mi, b, i);
      if (mi.indirectElem) stwp(rt, e, 0);
      else typedclr(rt, mi.elem, e, mi.elem.size);
      rt.m.u8[b + i] = emptyOne;
      // If the bucket now ends in a run of emptyOne states, turn them into emptyRest.
      let notLast = false;
      if (i === bucketCnt - 1) {
        const o = overflow(rt, mi, b);
        if (o !== 0 && rt.m.u8[o] !== emptyRest) notLast = true;
      } else if (rt.m.u8[b + i + 1] !== emptyRest) {
        notLast = true;
      }
      if (!notLast) {
        let j = i;
        for (;;) {
          rt.m.u8[b + j] = emptyRest;
          if (j === 0) {
            if (b === bOrig) break;
            const c = b;
            for (b = bOrig; overflow(rt, mi, b) !== c; b = overflow(rt, mi, b)) { /* find previous */ }
            j = bucketCnt - 1;
          } else {
            j--;
          }
          if (rt.m.u8[b + j] !== emptyOne) break;
        }
      }
      setCount(rt, h, hCount(rt, h) - 1);
      if (hCount(rt, h) === 0) rt.m.u32[(h + 12) >>> 2] = cheaprand(rt);
      break search;
    }
  }
  setFlags(rt, h, hFlags(rt, h) & ~hashWriting);
}

// ---- growth ----

function hashGrow(rt: ValueRuntime, mi: MapInfo, h: number): void {
  let bigger = 1;
  if (!overLoadFactor(hCount(rt, h) + 1, hB(rt, h))) {
    bigger = 0;
    setFlags(rt, h, hFlags(rt, h) | sameSizeGrow);
  }
  const oldbuckets = hBuckets(rt, h);
  const [newbuckets, nextOverflow] = makeBucketArray(rt, mi, hB(rt, h) + bigger, 0);
  let flags = hFlags(rt, h) & ~(iterator | oldIterator);
  if ((hFlags(rt, h) & iterator) !== 0) flags |= oldIterator;
  rt.m.u8[h + 9] = hB(rt, h) + bigger;
  setFlags(rt, h, flags);
  stwp(rt, h + 24, oldbuckets);
  stwp(rt, h + 16, newbuckets);
  stw(rt, h + 32, 0);
  setNoverflow(rt, h, 0);
  const x = hExtra(rt, h);
  if (x !== 0 && ldw(rt, x) !== 0) {
    stwp(rt, x + 8, ldw(rt, x));
    stwp(rt, x, 0);
  }
  if (nextOverflow !== 0) {
    const ex = ensureExtra(rt, h);
    stwp(rt, ex + 16, nextOverflow);
  }
}

function growWork(rt: ValueRuntime, mi: MapInfo, h: number, bucket: number): void {
  evacuate(rt, mi, h, (bucket & oldbucketmask(rt, h)) >>> 0);
  if (growing(rt, h)) evacuate(rt, mi, h, hNevacuate(rt, h));
}

function bucketEvacuated(rt: ValueRuntime, mi: MapInfo, h: number, bucket: number): boolean {
  return evacuated(rt, hOldbuckets(rt, h) + bucket * mi.bsize);
}

interface EvacDst { b: number; i: number }

function evacuate(rt: ValueRuntime, mi: MapInfo, h: number, oldbucket: number): void {
  let b = hOldbuckets(rt, h) + oldbucket * mi.bsize;
  const newbit = noldbuckets(rt, h);
  if (!evacuated(rt, b)) {
    const xy: EvacDst[] = [{ b: hBuckets(rt, h) + oldbucket * mi.bsize, i: 0 }, { b: 0, i: 0 }];
    const same = sameSizeGrowing(rt, h);
    if (!same) xy[1].b = hBuckets(rt, h) + (oldbucket + newbit) * mi.bsize;
    for (; b !== 0; b = overflow(rt, mi, b)) {
      for (let i = 0; i < bucketCnt; i++) {
        let top = rt.m.u8[b + i];
        if (isEmpty(top)) { rt.m.u8[b + i] = evacuatedEmpty; continue; }
        if (top < minTopHash) throw new Error('fatal error: bad map state');
        const k = keyAt(mi, b, i);
        const k2 = keyPtr(rt, mi, k);
        let useY = 0;
        if (!same) {
          const hash = mi.hash(rt, k2, hHash0(rt, h));
          if ((hFlags(rt, h) & iterator) !== 0 && !mi.reflexive && !mi.equal(rt, k2, k2)) {
            useY = top & 1;
            top = tophash(hash);
          } else if ((hash & newbit) !== 0) {
            useY = 1;
          }
        }
        rt.m.u8[b + i] = evacuatedX + useY;
        const dst = xy[useY];
        if (dst.i === bucketCnt) {
          dst.b = newoverflow(rt, mi, h, dst.b);
          dst.i = 0;
        }
        rt.m.u8[dst.b + (dst.i & (bucketCnt - 1))] = top;
        const dk = keyAt(mi, dst.b, dst.i), de = elemAt(mi, dst.b, dst.i);
        if (mi.indirectKey) stwp(rt, dk, ldw(rt, k));
        else typedmove(rt, mi.key, dk, k, mi.keysize);
        const e = elemAt(mi, b, i);
        if (mi.indirectElem) stwp(rt, de, ldw(rt, e));
        else typedmove(rt, mi.elem, de, e, mi.elemsize);
        dst.i++;
      }
    }
    // Unlink the overflow buckets and clear key/elem to help the GC (only if no old iterator).
    if ((hFlags(rt, h) & oldIterator) === 0 && !mi.noscan) {
      const ob = hOldbuckets(rt, h) + oldbucket * mi.bsize;
      // The deletion half of the barrier for every key, elem and overflow pointer cleared here.
      if (rt.writeBarrier) bulkBarrierPreWrite(rt as unknown as Runtime, ob, 0, mi.bsize, mi.bucket);
      memclr(rt, ob + 8, mi.bsize - 8);
    }
  }
  if (oldbucket === hNevacuate(rt, h)) advanceEvacuationMark(rt, mi, h, newbit);
}

function advanceEvacuationMark(rt: ValueRuntime, mi: MapInfo, h: number, newbit: number): void {
  let nev = hNevacuate(rt, h) + 1;
  let stop = nev + 1024;
  if (stop > newbit) stop = newbit;
  while (nev !== stop && bucketEvacuated(rt, mi, h, nev)) nev++;
  stw(rt, h + 32, nev);
  if (nev === newbit) {
    stwp(rt, h + 24, 0);
    const x = hExtra(rt, h);
    if (x !== 0) stwp(rt, x + 8, 0);
    setFlags(rt, h, hFlags(rt, h) & ~sameSizeGrow);
  }
}

// ---- iteration ----

/** mapiterinit: starts an iteration over h with the iterator struct at it (HITER_SIZE bytes). */
export function mapiterinit(rt: ValueRuntime, t: TypeDesc, h: number, it: number): void {
  memclr(rt, it, HITER_SIZE);
  const mi = mapInfo(rt, t);
  if (h === 0 || hCount(rt, h) === 0) return;
  const u = rt.m.u32, i = it >>> 2;
  u[i + 4] = t.id;
  u[i + 6] = h;
  const B = hB(rt, h);
  rt.m.u8[it + 74] = B;
  u[i + 8] = hBuckets(rt, h);
  if (mi.noscan) {
    // Keep the overflow buckets alive during iteration (the GC scans the iterator's pointers).
    const x = hExtra(rt, h);
    if (x !== 0) { u[i + 12] = ldw(rt, x); u[i + 14] = ldw(rt, x + 8); }
  }
  const r = cheaprand(rt);
  const r2 = cheaprand(rt);
  u[i + 16] = (r & bucketMask(B)) >>> 0; // startBucket
  rt.m.u8[it + 72] = r2 >>> 29; // offset: top 3 bits
  u[i + 20] = u[i + 16]; // bucket
  const f = hFlags(rt, h);
  if ((f & (iterator | oldIterator)) !== (iterator | oldIterator)) setFlags(rt, h, f | iterator | oldIterator);
  mapiternext(rt, it);
}

/** mapiternext: advances the iterator; key ptr (it+0) is 0 when done. */
export function mapiternext(rt: ValueRuntime, it: number): void {
  const ii = it >>> 2;
  const h = rt.m.u32[ii + 6];
  if (h === 0) { rt.m.u32[ii] = 0; rt.m.u32[ii + 2] = 0; return; }
  const t = rt.types[rt.m.u32[ii + 4]];
  const mi = mapInfo(rt, t);
  let bucket = rt.m.u32[ii + 20];
  let b = rt.m.u32[ii + 10];
  let i = rt.m.u8[it + 75];
  let checkBucket = rt.m.u32[ii + 22];
  const itB = rt.m.u8[it + 74];
  const itBuckets = rt.m.u32[ii + 8];
  const startBucket = rt.m.u32[ii + 16];
  const offset = rt.m.u8[it + 72];
  for (;;) { // next:
    if (b === 0) {
      if (bucket === startBucket && rt.m.u8[it + 73] !== 0) {
        rt.m.u32[ii] = 0; rt.m.u32[ii + 1] = 0; rt.m.u32[ii + 2] = 0; rt.m.u32[ii + 3] = 0;
        return;
      }
      if (growing(rt, h) && itB === hB(rt, h)) {
        // Iterator started mid-grow and the grow is not done: look at the old bucket if unevacuated.
        const oldbucket = (bucket & oldbucketmask(rt, h)) >>> 0;
        b = hOldbuckets(rt, h) + oldbucket * mi.bsize;
        if (!evacuated(rt, b)) {
          checkBucket = bucket;
        } else {
          b = itBuckets + bucket * mi.bsize;
          checkBucket = noCheck;
        }
      } else {
        b = itBuckets + bucket * mi.bsize;
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket === bucketShift(itB)) {
        bucket = 0;
        rt.m.u8[it + 73] = 1;
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      const offi = (i + offset) & (bucketCnt - 1);
      const th = rt.m.u8[b + offi];
      if (isEmpty(th) || th === evacuatedEmpty) continue;
      const k = keyPtr(rt, mi, keyAt(mi, b, offi));
      let e = elemAt(mi, b, offi);
      if (checkBucket !== noCheck && !sameSizeGrowing(rt, h)) {
        // Iterating an unevacuated old bucket of a doubling grow: only keys that go to `checkBucket`.
        if (mi.reflexive || mi.equal(rt, k, k)) {
          const hash = mi.hash(rt, k, hHash0(rt, h));
          if (((hash & bucketMask(itB)) >>> 0) !== checkBucket) continue;
        } else if ((checkBucket >>> (itB - 1)) !== (th & 1)) {
          continue;
        }
      }
      const u = rt.m.u32;
      if ((th !== evacuatedX && th !== evacuatedY) || !(mi.reflexive || mi.equal(rt, k, k))) {
        if (mi.indirectElem) e = ldw(rt, e);
        u[ii] = k; u[ii + 1] = 0; u[ii + 2] = e; u[ii + 3] = 0;
      } else {
        // The entry moved: find its current location (it may have been deleted or updated).
        const re = lookup(rt, mi, h, k);
        if (re === 0) continue;
        u[ii] = keyPtr(rt, mi, lookupKeySlot); u[ii + 1] = 0; u[ii + 2] = re; u[ii + 3] = 0;
      }
      u[ii + 20] = bucket;
      u[ii + 10] = b;
      rt.m.u8[it + 75] = i + 1;
      u[ii + 22] = checkBucket;
      return;
    }
    b = overflow(rt, mi, b);
    i = 0;
  }
}

/** mapclear: clear(m) — keeps the bucket array, empties it, reseeds the hash. */
export function mapclear(rt: ValueRuntime, t: TypeDesc, h: number): void {
  if (h === 0 || hCount(rt, h) === 0) return;
  const mi = mapInfo(rt, t);
  setFlags(rt, h, hFlags(rt, h) ^ hashWriting);
  // Mark every slot emptyRest (buckets and old buckets, overflow chains included) so iterators in
  // progress end (Go issue 59411) instead of finding evacuated entries through the old buckets.
  const markBucketsEmpty = (buckets: number, mask: number): void => {
    for (let i = 0; i <= mask; i++) {
      for (let b = buckets + i * mi.bsize; b !== 0; b = overflow(rt, mi, b)) rt.m.u8.fill(emptyRest, b, b + bucketCnt);
    }
  };
  markBucketsEmpty(hBuckets(rt, h), bucketMask(hB(rt, h)));
  if (hOldbuckets(rt, h) !== 0) markBucketsEmpty(hOldbuckets(rt, h), oldbucketmask(rt, h));
  setFlags(rt, h, hFlags(rt, h) & ~sameSizeGrow);
  stwp(rt, h + 24, 0);
  stw(rt, h + 32, 0);
  setNoverflow(rt, h, 0);
  setCount(rt, h, 0);
  rt.m.u32[(h + 12) >>> 2] = cheaprand(rt);
  const x = hExtra(rt, h);
  if (x !== 0) typedclr(rt, mapTypes(rt).extra, x, 24);
  const [, nextOverflow] = makeBucketArray(rt, mi, hB(rt, h), hBuckets(rt, h));
  if (nextOverflow !== 0) {
    const ex = ensureExtra(rt, h);
    stwp(rt, ex + 16, nextOverflow);
  }
  setFlags(rt, h, hFlags(rt, h) & ~hashWriting);
}

/** Debug view for tests: B, count, noverflow, buckets, oldbuckets. */
export function mapDebug(rt: ValueRuntime, h: number): { B: number; count: number; noverflow: number; buckets: number; oldbuckets: number; flags: number } {
  return { B: hB(rt, h), count: hCount(rt, h), noverflow: hNoverflow(rt, h), buckets: hBuckets(rt, h), oldbuckets: hOldbuckets(rt, h), flags: hFlags(rt, h) };
}

void u8; void u32;
