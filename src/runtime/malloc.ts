// The allocator entry points: mallocgc, newobject, newarray; tiny, small (with the Go 1.22+ malloc
// header for scan objects > 512 B) and large objects. Mirrors src/runtime/malloc.go (mallocgc,
// nextFreeFast/nextFree, newobject, newarray) and msize.go (roundupsize).
//
// GC work happens at safe points in mallocgc: while marking, the allocation is first charged to
// the mark assist (gcAssistAlloc), which may end the mark phase; after allocating, a cycle starts
// when the heap (or time) trigger is reached, with the new object shaded as a root (it is only in
// a JS variable). Objects allocated while marking are black.
// Before a span is refilled the sweeper sweeps spans of that class (lazy sweeping).

import type { Runtime } from './runtime.js';
import type { TypeDesc } from './type.js';
import { makeSpanClass, tinySpanClass, SpanState, MSpan } from './mspan.js';
import {
  class_to_size, size_to_class8, size_to_class128, smallSizeMax, smallSizeDiv, largeSizeDiv,
  _MaxSmallSize,
} from './sizeclasses.js';
import { pageSize } from './mheap.js';
import { class_to_allocnpages } from './sizeclasses.js';
import { gcAssistAlloc, gcTriggerTest, gcStart } from './mgc.js';
import { type MemProf, profilealloc } from './mprof.js';

/** maxTinySize (_TinySize): pointer-free objects smaller than this use the tiny allocator. */
export const maxTinySize = 16;
/** mallocHeaderSize (mbitmap.go): the *_type word in front of scan objects > 512 B. */
export const mallocHeaderSize = 8;
/** minSizeForMallocHeader = PtrSize*ptrBits (mbitmap.go). */
export const minSizeForMallocHeader = 512;
/** Largest small-object size (maxSmallSize − mallocHeaderSize). */
export const maxSmallObject = _MaxSmallSize - mallocHeaderSize;
/** Largest allocation we can serve (the 4 GiB address space). */
const maxAlloc = 2 ** 32;

/** Size class of a small size (malloc.go: size_to_class8 / size_to_class128). */
export function sizeToClass(size: number): number {
  if (size <= smallSizeMax - 8) return size_to_class8[(size + smallSizeDiv - 1) >>> 3];
  return size_to_class128[Math.ceil((size - smallSizeMax) / largeSizeDiv)];
}

/** roundupsize (msize.go): the size mallocgc really hands out for `size` bytes. */
export function roundupsize(size: number, noscan: boolean): number {
  if (size <= maxSmallObject) {
    let reqSize = size;
    if (!noscan && size > minSizeForMallocHeader) reqSize += mallocHeaderSize;
    if (noscan && size < maxTinySize) return size === 0 ? 0 : class_to_size[sizeToClass(size)];
    return class_to_size[sizeToClass(reqSize)] - (reqSize - size);
  }
  return Math.ceil(size / pageSize) * pageSize;
}

/** mallocgc: allocates `size` bytes; td (the element type, repeated to fill `size`) or null for
 *  pointer-free memory; zeroes it when needzero. Returns the internal address. */
export function mallocgc(rt: Runtime, size: number, td: TypeDesc | null, needzero: boolean): number {
  if (size === 0) return rt.zerobase;
  if (rt.gcPhase !== 0) { if (rt.gcPhase === 1) gcAssistAlloc(rt, size); }
  const mp = rt.memprof;
  const tinyBefore = mp.rateAddr !== 0 ? rt.mcache.tinyAllocs : 0;
  const x = mallocgc1(rt, size, td, needzero);
  if (mp.rateAddr !== 0) sampleAlloc(rt, mp, x, size, td, tinyBefore);
  // After allocating, as Go's mallocgc does when it refilled a span (shouldhelpgc): the heap
  // trigger; the new object is only in a JS variable, so the cycle shades it as a root.
  if (rt.gcPhase === 0) {
    if (rt.gcc.heapLive >= rt.gcc.trigger && rt.gcEnabled) gcStart(rt, false, x);
    else if (--rt.gcstate.timeCheck < 0) { rt.gcstate.timeCheck = 4096; gcTriggerTest(rt, x); }
  }
  return x;
}

/**
 * The heap profile's sampling (mallocgc: `if rate != 1 && size < c.nextSample { c.nextSample -=
 * size } else { profilealloc }`), with size as Go has it then: the slot size (tiny: the 16-byte
 * block, only when a new block was taken), the span's size for large objects.
 */
function sampleAlloc(rt: Runtime, mp: MemProf, x: number, size: number, td: TypeDesc | null, tinyBefore: number): void {
  const rate = mp.rate(rt);
  if (rate <= 0) return;
  const noscan = td === null || td.ptrdata === 0;
  let full: number, slot = x;
  if (size > maxSmallObject) full = Math.ceil(size / pageSize) * pageSize;
  else if (noscan && size < maxTinySize) {
    if (rt.mcache.tinyAllocs !== tinyBefore) return; // fitted into the current tiny block
    full = maxTinySize;
  } else {
    full = roundupsize(size, noscan);
    // objects with a malloc header are recorded with the whole slot (as Go 1.23 reports them)
    if (!noscan && size > minSizeForMallocHeader) { slot = x - mallocHeaderSize; full += mallocHeaderSize; }
  }
  if (rate !== 1 && full < mp.nextSample) { mp.nextSample -= full; return; }
  profilealloc(rt, mp, rate, slot, full);
}

function mallocgc1(rt: Runtime, size: number, td: TypeDesc | null, needzero: boolean): number {
  const noscan = td === null || td.ptrdata === 0;
  const c = rt.mcache;
  const m = rt.m;
  if (size <= maxSmallObject) {
    if (noscan && size < maxTinySize) {
      // Tiny allocator: bump inside a 16-byte block, aligned to the size's natural alignment.
      let off = c.tinyoffset;
      if ((size & 7) === 0) off = (off + 7) & ~7;
      else if ((size & 3) === 0) off = (off + 3) & ~3;
      else if ((size & 1) === 0) off = (off + 1) & ~1;
      if (off + size <= maxTinySize && c.tiny !== 0) {
        const x = c.tiny + off;
        c.tinyoffset = off + size;
        c.tinyAllocs++;
        if (rt.allocHook !== null) rt.allocHook(x, size, 0);
        return x;
      }
      const x = allocSlot(rt, tinySpanClass, null, 0, 0);
      m.memclr(x, maxTinySize);
      if (size < c.tinyoffset || c.tiny === 0) {
        c.tiny = x;
        c.tinyoffset = size;
      }
      if (rt.allocHook !== null) rt.allocHook(x, size, maxTinySize);
      return x;
    }
    const hasHeader = !noscan && size > minSizeForMallocHeader;
    const reqSize = hasHeader ? size + mallocHeaderSize : size;
    const sizeclass = sizeToClass(reqSize);
    const spc = makeSpanClass(sizeclass, noscan);
    let x = allocSlot(rt, spc, noscan ? null : td, hasHeader ? mallocHeaderSize : 0, size);
    const slot = class_to_size[sizeclass];
    if ((needzero || !noscan) && lastSpan.needzero) m.memclr(x, slot);
    if (hasHeader) {
      m.u32[x >>> 2] = td!.id;
      m.u32[(x >>> 2) + 1] = 0;
      x += mallocHeaderSize;
    }
    if (rt.allocHook !== null) rt.allocHook(x, size, slot);
    return x;
  }
  return largeAlloc(rt, size, noscan ? null : td, needzero);
}

/** The span allocSlot took its slot from (saves a lookup in mallocgc). */
let lastSpan: MSpan;

/** Takes the next free slot of span class spc from the mcache (nextFreeFast / nextFree), refilling
 *  when the span is full; records the object's type for the GC. Returns the slot's address. */
function allocSlot(rt: Runtime, spc: number, td: TypeDesc | null, headerSize: number, dataSize: number): number {
  const c = rt.mcache;
  let s = c.alloc[spc];
  let i = s === null ? 0 : s.nextFreeIndex();
  if (s === null || i === s.nelems) {
    const sw = rt.sweeper;
    if (!sw.done) {
      // mcentral.cacheSpan: sweep this class's spans first; mheap.alloc: reclaim before growing.
      sw.deductCredit(rt, class_to_allocnpages[spc >> 1] * pageSize);
      if (rt.central[spc].partial.length === 0) sw.sweepForClass(rt, spc);
      if (rt.central[spc].partial.length === 0) sw.reclaim(rt, class_to_allocnpages[spc >> 1]);
    }
    s = c.refill(spc);
    i = s.nextFreeIndex();
  }
  lastSpan = s;
  s.allocBits[i] = 1;
  s.freeindex = i + 1;
  s.allocCount++;
  if (rt.gcMarking) { s.gcmarkBits[i] = 1; rt.gcstate.blackBytes += s.elemsize; } // gcmarknewobject
  rt.mstats.nmalloc[spc >> 1]++;
  if (td !== null) {
    s.types![i] = td;
    s.counts![i] = td.size === 0 ? 0 : Math.floor(dataSize / td.size);
    s.headerSize = headerSize;
  }
  return s.base + i * s.elemsize;
}

/** Large objects (> 32760 B) get their own page-rounded span (mcache.allocLarge). */
function largeAlloc(rt: Runtime, size: number, td: TypeDesc | null, needzero: boolean): number {
  if (size > maxAlloc) rt.throwOOM(size);
  const npages = Math.ceil(size / pageSize);
  if (!rt.sweeper.done) { rt.sweeper.deductCredit(rt, npages * pageSize); rt.sweeper.reclaim(rt, npages); }
  const s: MSpan = rt.heap.allocPages(npages, SpanState.InUse, needzero || td !== null);
  s.initObjects(makeSpanClass(0, td === null), npages * pageSize, 1);
  s.allocBits[0] = 1;
  s.allocCount = 1;
  if (rt.gcMarking) { s.gcmarkBits[0] = 1; rt.gcstate.blackBytes += npages * pageSize; }
  if (td !== null) {
    s.types![0] = td;
    s.counts![0] = td.size === 0 ? 0 : Math.floor(size / td.size);
  }
  const bytes = npages * pageSize;
  rt.mstats.largeAlloc += bytes;
  rt.mstats.largeAllocCount++;
  rt.gcc.heapLive += bytes;
  if (rt.allocHook !== null) rt.allocHook(s.base, size, bytes);
  return s.base;
}

/** newobject (malloc.go): new(T). */
export function newobject(rt: Runtime, td: TypeDesc): number {
  return mallocgc(rt, td.size, td, true);
}

/** newarray (malloc.go): a zeroed [n]T on the heap. */
export function newarray(rt: Runtime, td: TypeDesc, n: number): number {
  if (n === 1) return mallocgc(rt, td.size, td, true);
  const mem = td.size * n;
  if (n < 0 || mem > maxAlloc) rt.panicPlain('runtime: allocation size out of range');
  return mallocgc(rt, mem, td, true);
}
