// The hybrid write barrier (Yuasa deletion + Dijkstra insertion): while the collector is marking,
// every pointer store to the heap or to globals first shades the pointer being overwritten and the
// pointer being written. Emitted code checks `$rt.writeBarrier` inline and calls
// `$rt.gcWriteBarrier(slot, newPtr)` before the store (prelude $wbp/$wbmv1/$wbmvt/$wbz1/$wbzt);
// runtime helpers that copy or clear typed memory use typedmemmove / typedmemmoveN / typedmemclr /
// storePtr / bulkBarrierPreWrite (maps, channels, growslice, copy, interfaces, reflect…).
// Roots (globals, every stack) are shaded stop-the-world at mark start and new objects are black,
// so the deletion half is what keeps marking sound (snapshot at the beginning); the insertion half
// is kept as Go has it. Stores into fresh (zeroed) objects and into stacks need no barrier.
// Mirrors src/runtime/mbarrier.go (gcWriteBarrier, typedmemmove, bulkBarrierPreWrite,
// bulkBarrierPreWriteSrcOnly) and the shading of src/runtime/mwbbuf.go (no buffer: shades directly).

import type { Runtime } from './runtime.js';
import type { TypeDesc } from './type.js';
import { markPtr } from './mgcmark.js';
import { wbcheckRecord } from './mwbcheck.js';

/** gcWriteBarrier: shades *slot (the old pointer) and newPtr. Call only while rt.writeBarrier. */
export function gcWriteBarrier(rt: Runtime, slot: number, newPtr: number): void {
  const w = rt.gcw;
  if (w === null) return;
  rt.gcstate.barrierCalls++;
  if (rt.wbcheck !== null) wbcheckRecord(rt, slot);
  const old = rt.m.u32[slot >>> 2];
  if (old !== 0) markPtr(rt, w, old);
  if (newPtr !== 0) markPtr(rt, w, newPtr);
}

/**
 * bulkBarrierPreWrite: before copying `size` bytes of values of type td from src to dst (src 0 =
 * clearing dst), shades every pointer in dst being overwritten and every pointer in src being
 * copied. `size` may be a multiple of td.size (an array of td) and may stop short of the last
 * element's end (ptrdata). td null: every aligned word is treated as a possible pointer.
 */
export function bulkBarrierPreWrite(rt: Runtime, dst: number, src: number, size: number, td: TypeDesc | null): void {
  const w = rt.gcw;
  if (w === null || size <= 0) return;
  const u32 = rt.m.u32;
  const rec = rt.wbcheck !== null;
  if (td === null || td.size === 0) {
    for (let o = 0; o + 8 <= size; o += 8) {
      if (rec) wbcheckRecord(rt, dst + o);
      const v = u32[(dst + o) >>> 2];
      if (v !== 0) markPtr(rt, w, v);
      if (src !== 0) { const s = u32[(src + o) >>> 2]; if (s !== 0) markPtr(rt, w, s); }
    }
    return;
  }
  const ptrs = td.ptrs;
  const np = ptrs.length;
  if (np === 0) return;
  for (let base = 0; base < size; base += td.size) {
    for (let j = 0; j < np; j++) {
      const o = base + ptrs[j];
      if (o >= size) break;
      if (rec) wbcheckRecord(rt, dst + o);
      const v = u32[(dst + o) >>> 2];
      if (v !== 0) markPtr(rt, w, v);
      if (src !== 0) { const s = u32[(src + o) >>> 2]; if (s !== 0) markPtr(rt, w, s); }
    }
  }
}

/**
 * bulkBarrierPreWriteSrcOnly: before copying into fresh (black, zeroed) memory at dst — growslice's
 * copy of the old elements — shades only the pointers being copied from src.
 */
export function bulkBarrierPreWriteSrcOnly(rt: Runtime, src: number, size: number, td: TypeDesc): void {
  const w = rt.gcw;
  if (w === null || size <= 0) return;
  const u32 = rt.m.u32;
  const ptrs = td.ptrs;
  const np = ptrs.length;
  if (np === 0 || td.size === 0) return;
  for (let base = 0; base < size; base += td.size) {
    for (let j = 0; j < np; j++) {
      const o = base + ptrs[j];
      if (o >= size) break;
      const s = u32[(src + o) >>> 2];
      if (s !== 0) markPtr(rt, w, s);
    }
  }
}

/** typedmemmove: copies one value of type td with the write barrier. */
export function typedmemmove(rt: Runtime, td: TypeDesc, dst: number, src: number): void {
  if (dst === src || td.size === 0) return;
  if (rt.writeBarrier && td.ptrdata !== 0) bulkBarrierPreWrite(rt, dst, src, td.ptrdata, td);
  rt.m.memmove(dst, src, td.size);
}

/** typedmemmoveN (typedslicecopy's core): copies `size` bytes of consecutive td values with the
 *  write barrier (overlapping ranges allowed). */
export function typedmemmoveN(rt: Runtime, td: TypeDesc, dst: number, src: number, size: number): void {
  if (dst === src || size <= 0) return;
  if (rt.writeBarrier && td.ptrdata !== 0) bulkBarrierPreWrite(rt, dst, src, size, td);
  rt.m.memmove(dst, src, size);
}

/** typedmemclr (memclrHasPointers): zeroes `size` bytes of td values at p, shading the pointers
 *  being cleared first (the deletion half of the barrier). */
export function typedmemclr(rt: Runtime, td: TypeDesc | null, p: number, size: number): void {
  if (size <= 0) return;
  if (rt.writeBarrier && (td === null || td.ptrdata !== 0)) bulkBarrierPreWrite(rt, p, 0, size, td);
  rt.m.memclr(p, size);
}

/** A pointer store from runtime code: the barrier (while marking), then the word (high half 0). */
export function storePtr(rt: Runtime, slot: number, p: number): void {
  if (rt.writeBarrier) gcWriteBarrier(rt, slot, p);
  const u = rt.m.u32, i = slot >>> 2;
  u[i] = p; u[i + 1] = 0;
}
