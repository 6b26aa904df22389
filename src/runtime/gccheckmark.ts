// The mark verifier, GODEBUG=gccheckmark=1: after each mark phase, re-marks everything reachable
// stop-the-world from the live roots into separate checkmark bits, and throws (Go-style fatal error,
// printing the object and where it was found) if a reachable object was left white by the
// concurrent marker. Mirrors src/runtime/mcheckmark.go (startCheckmarks, setCheckmark) and the
// report of mgcmark.go (gcDumpObject, "checkmark found unmarked object").

import type { Runtime } from './runtime.js';
import { GCWork, markRootsShade, drain } from './mgcmark.js';
import type { MSpan } from './mspan.js';

const hex = (n: number) => '0x' + n.toString(16);

/** Verifies the marking of the cycle in progress (call with the grey queue drained). */
export function checkmark(rt: Runtime): void {
  const w = new GCWork();
  w.checkmark = new Map();
  let bad: { base: number; s: MSpan; from: number } | null = null;
  w.onWhite = (base, s, from) => { if (bad === null) bad = { base, s, from }; };
  markRootsShade(rt, w, false);
  drain(rt, w);
  rt.gcstate.checkmarkRuns++;
  if (bad !== null) reportWhite(rt, bad);
}

function reportWhite(rt: Runtime, b: { base: number; s: MSpan; from: number }): never {
  const m = rt.m;
  const u = (a: number) => m.toUintptr(a);
  const { base, s, from } = b;
  let out = `runtime: checkmarks found unexpected unmarked object obj=${hex(u(base))}\n`;
  if (from !== 0) {
    const fs = rt.heap.spanOf(from);
    const fbase = fs !== undefined && fs.state === 1 ? fs.base + Math.floor((from - fs.base) / fs.elemsize) * fs.elemsize : from;
    out += `runtime: found obj at *(${hex(u(fbase))}+${hex(from - fbase)})\n`;
  }
  const td = s.types !== null ? s.types[s.nelems === 1 ? 0 : Math.floor((base - s.base) / s.elemsize)] : null;
  out += `base=${hex(u(base))} s.base()=${hex(u(s.base))} s.limit=${hex(u(s.limit))} s.spanclass=${s.spanclass} ` +
    `s.elemsize=${s.elemsize} s.state=mSpanInUse${td ? ` type=${td.str}` : ''}\n`;
  for (let o = 0; o < Math.min(s.elemsize, 128); o += 8) {
    const lo = m.u32[(base + o) >>> 2], hi = m.u32[(base + o + 4) >>> 2];
    out += ` *(base+${o}) = ${hex(hi * 2 ** 32 + lo)}\n`;
  }
  rt.writeErr(out);
  return rt.fatalThrow('checkmark found unmarked object');
}
