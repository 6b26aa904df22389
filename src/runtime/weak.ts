// Weak pointers: weak.Make(p) returns a handle (a small pointer-free heap object holding p, not
// traced), one per address; Value() reads it, shading the object while marking (so a weak-to-strong
// conversion during the mark phase keeps it alive); at mark termination the handles of unmarked
// objects are cleared (before finalizers resurrect them, as Go: "as soon as the finalizer is queued").
// Mirrors src/weak/pointer.go and the weak-handle specials of src/runtime/mheap.go
// (getOrAddWeakHandle, internal_weak_runtime_registerWeakPointer, makeStrongFromWeak).

import type { Runtime } from './runtime.js';
import { markPtr } from './mgcmark.js';
import { objectBase, isMarked } from './mfinal.js';

export class WeakState {
  /** Pointer → handle address: one canonical handle per address, as Go's weak-handle specials
   *  (kept per offset in the object, so weak.Make(&x.a) and weak.Make(&x.b) differ). */
  readonly handles = new Map<number, number>();
}

/** weak.Make (runtime_registerWeakPointer → getOrAddWeakHandle): the handle for p (0 for nil).
 *  Equal pointers give equal handles. */
export function weakMake(rt: Runtime, p: number): number {
  if (p === 0) return 0;
  if (!rt.started) rt.start();
  const ws = rt.weak;
  const known = ws.handles.get(p);
  if (known !== undefined) return known;
  const h = rt.mallocgc(8, null, true);
  rt.m.u32[h >>> 2] = p;
  rt.m.u32[(h >>> 2) + 1] = 0;
  if (objectBase(rt, p) !== 0) ws.handles.set(p, h);
  return h;
}

/** weak.Pointer.Value (runtime_makeStrongFromWeak): the pointer, or 0 once the object was
 *  reclaimed. While marking, the object is shaded (a weak-to-strong conversion keeps it alive). */
export function weakValue(rt: Runtime, h: number): number {
  if (h === 0) return 0;
  const p = rt.m.u32[h >>> 2];
  if (p !== 0 && rt.gcw !== null) markPtr(rt, rt.gcw, p);
  return p;
}

/** At mark termination: clears the handles of unmarked objects and forgets unreachable handles. */
export function weakAtMarkTermination(rt: Runtime): void {
  const ws = rt.weak;
  if (ws.handles.size === 0) return;
  for (const [p, h] of ws.handles) {
    const base = objectBase(rt, p);
    if (base === 0 || !isMarked(rt, base)) {
      rt.m.u32[h >>> 2] = 0;
      ws.handles.delete(p);
    } else {
      const hb = objectBase(rt, h);
      if (hb !== 0 && !isMarked(rt, hb)) ws.handles.delete(p);
    }
  }
}
