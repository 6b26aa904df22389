// Weak pointers: weak.Make(p) returns a handle (a small pointer-free heap object holding p, not
// traced), one per object; Value() reads it, shading the object while marking (so a weak-to-strong
// conversion during the mark phase keeps it alive); at mark termination the handles of unmarked
// objects are cleared (before finalizers resurrect them, as Go: "as soon as the finalizer is queued").
// Mirrors src/weak/pointer.go and the weak-handle specials of src/runtime/mheap.go
// (getOrAddWeakHandle, internal_weak_runtime_registerWeakPointer, makeStrongFromWeak).

import type { Runtime } from './runtime.js';
import { markPtr } from './mgcmark.js';
import { objectBase, isMarked } from './mfinal.js';

export class WeakState {
  /** Object slot base → handle address. */
  readonly handles = new Map<number, number>();
}

/** weak.Make: the handle for p's object (0 for nil). Equal objects give equal handles. */
export function weakMake(rt: Runtime, p: number): number {
  if (p === 0) return 0;
  if (!rt.started) rt.start();
  const base = objectBase(rt, p);
  const ws = rt.weak;
  if (base !== 0) {
    const h = ws.handles.get(base);
    if (h !== undefined) return h;
  }
  const h = rt.mallocgc(8, null, true);
  rt.m.u32[h >>> 2] = p;
  rt.m.u32[(h >>> 2) + 1] = 0;
  if (base !== 0) ws.handles.set(base, h);
  return h;
}

/** weak.Pointer.Value: the pointer, or 0 once the object was reclaimed. */
export function weakValue(rt: Runtime, h: number): number {
  if (h === 0) return 0;
  const p = rt.m.u32[h >>> 2];
  if (p !== 0 && rt.gcw !== null) markPtr(rt, rt.gcw, p);
  return p;
}

/** At mark termination: clears the handles of unmarked objects and forgets dead handles. */
export function weakAtMarkTermination(rt: Runtime): void {
  const ws = rt.weak;
  if (ws.handles.size === 0) return;
  for (const [base, h] of ws.handles) {
    if (!isMarked(rt, base)) {
      rt.m.u32[h >>> 2] = 0;
      ws.handles.delete(base);
    } else if (objectBase(rt, h) !== 0 && !isMarked(rt, objectBase(rt, h))) {
      ws.handles.delete(base);
    }
  }
}
