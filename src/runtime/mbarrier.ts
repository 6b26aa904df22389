// The hybrid write barrier (Yuasa deletion + Dijkstra insertion): while the collector is marking,
// every pointer store to the heap or to globals first shades the pointer being overwritten and the
// pointer being written. Emitted code checks `$rt.writeBarrier` inline and calls
// `$rt.gcWriteBarrier(slot, newPtr)` before the store; runtime helpers that copy typed memory call
// `bulkBarrierPreWrite` (typedmemmove, growslice, map evacuation…).
// Mirrors src/runtime/mbarrier.go (gcWriteBarrier, typedmemmove, bulkBarrierPreWrite,
// bulkBarrierPreWriteSrcOnly) and the shading of src/runtime/mwbbuf.go (no buffer: shades directly).

import type { Runtime } from './runtime.js';
import type { TypeDesc } from './type.js';
import { markPtr } from './mgcmark.js';

/** gcWriteBarrier: shades *slot (the old pointer) and newPtr. Call only while rt.writeBarrier. */
export function gcWriteBarrier(rt: Runtime, slot: number, newPtr: number): void {
  const w = rt.gcw;
  if (w === null) return;
  rt.gcstate.barrierCalls++;
  const old = rt.m.u32[slot >>> 2];
  if (old !== 0) markPtr(rt, w, old);
  if (newPtr !== 0) markPtr(rt, w, newPtr);
}

/**
 * bulkBarrierPreWrite: before copying `size` bytes of values of type td from src to dst (src 0 =
 * clearing dst), shades every pointer in dst being overwritten and every pointer in src being
 * copied. td null: every aligned word is treated as a possible pointer (conservative).
 */
export function bulkBarrierPreWrite(rt: Runtime, dst: number, src: number, size: number, td: TypeDesc | null): void {
  const w = rt.gcw;
  if (w === null || size <= 0) return;
  const u32 = rt.m.u32;
  const shade = (a: number) => { const v = u32[a >>> 2]; if (v !== 0) markPtr(rt, w, v); };
  if (td === null || td.size === 0) {
    for (let o = 0; o + 8 <= size; o += 8) {
      shade(dst + o);
      if (src !== 0) shade(src + o);
    }
    return;
  }
  const ptrs = td.ptrs;
  for (let base = 0; base + td.size <= size; base += td.size) {
    for (let j = 0; j < ptrs.length; j++) {
      shade(dst + base + ptrs[j]);
      if (src !== 0) shade(src + base + ptrs[j]);
    }
  }
}

/** typedmemmove: copies one value of type td with the write barrier. */
export function typedmemmove(rt: Runtime, td: TypeDesc, dst: number, src: number): void {
  if (dst === src || td.size === 0) return;
  if (rt.writeBarrier && td.ptrdata !== 0) bulkBarrierPreWrite(rt, dst, src, td.ptrdata, td);
  rt.m.memmove(dst, src, td.size);
}
