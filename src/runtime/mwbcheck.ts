// The write-barrier auditor, GODEBUG=gcwbcheck=1 (gomemlab's own debug mode, no Go counterpart):
// at mark start it copies every in-use scan span (contents and allocation bits); while marking,
// gcWriteBarrier / bulkBarrierPreWrite record the slots they were called for; at mark termination
// every pointer word (by the object's type) of every object that was already allocated at mark
// start is compared with its copy: a word that changed from a non-nil heap pointer without a
// barrier call for its slot is a missed barrier (the deletion half is what snapshot-at-the-
// beginning needs), reported on stderr with the object, its type and the old and new values.
// Unlike gccheckmark it finds a missing barrier whenever the store happens during marking, not only
// when the lost object is still reachable at the end. Slow: for tests and debugging only.

import type { Runtime } from './runtime.js';
import { SpanState, type MSpan } from './mspan.js';

export class WBCheck {
  /** Per old scan span: allocation bits and a copy of its words at mark start. */
  spans = new Map<MSpan, { bits: Uint8Array; words: Uint32Array }>();
  /** Slot addresses the barrier was called for in this cycle. */
  slots = new Set<number>();
  /** Missed barriers found so far (all cycles). */
  missed = 0;
  /** Reports printed (capped). */
  printed = 0;
}

/** At mark start (after the world is stopped, before any root is shaded). */
export function wbcheckStart(rt: Runtime): void {
  const c = rt.wbcheck!;
  c.spans.clear();
  c.slots.clear();
  const u32 = rt.m.u32;
  for (const s of rt.heap.allspans) {
    if (s.state !== SpanState.InUse || s.noscan) continue;
    c.spans.set(s, { bits: s.allocBits.slice(), words: u32.slice(s.base >>> 2, (s.base + s.npages * 8192) >>> 2) });
  }
}

/** Records the barrier for the pointer word at slot. */
export function wbcheckRecord(rt: Runtime, slot: number): void {
  rt.wbcheck!.slots.add(slot);
}

/** At mark termination: compares old objects' pointer words with their mark-start copies. */
export function wbcheckEnd(rt: Runtime): void {
  const c = rt.wbcheck!;
  const u32 = rt.m.u32;
  const heapBase = rt.heap.base;
  const hex = (n: number) => '0x' + rt.m.toUintptr(n).toString(16);
  for (const [s, { bits, words }] of c.spans) {
    if (s.state !== SpanState.InUse || s.types === null) continue;
    for (let i = 0; i < s.nelems; i++) {
      if (bits[i] === 0 || s.allocBits[i] === 0) continue;
      const td = s.types[i];
      if (td === null || td.ptrs.length === 0) continue;
      const n = s.counts![i];
      const slot = s.base + i * s.elemsize;
      let base = slot + (s.sizeclass === 0 ? 0 : s.headerSize);
      for (let k = 0; k < n; k++, base += td.size) {
        for (let j = 0; j < td.ptrs.length; j++) {
          const a = base + td.ptrs[j];
          const old = words[(a - s.base) >>> 2];
          if (old === 0 || old < heapBase) continue;
          const now = u32[a >>> 2];
          if (now === old || c.slots.has(a)) continue;
          c.missed++;
          if (c.printed++ < 20) {
            rt.writeErr(`runtime: missing write barrier: *(${hex(slot)}+${a - slot}) in ${td.str}${n > 1 ? `[${k}]` : ''} ` +
              `(offset ${td.ptrs[j]}) changed ${hex(old)} -> ${now === 0 ? '0' : hex(now)} during mark (cycle ${rt.gcstate.cycle})\n`);
          }
        }
      }
    }
  }
  c.spans.clear();
  c.slots.clear();
}
