// Cleanups: runtime.AddCleanup(ptr, cleanup, arg) and Cleanup.Stop. A cleanup does not resurrect
// its object (cycles are collectable); cleanup(arg) runs on the finalizer goroutine some time after
// ptr became unreachable. Several per object, no order among them.
// Mirrors src/runtime/mcleanup.go (Go 1.24: AddCleanup, Cleanup.Stop, addCleanup specials).

import type { Runtime } from './runtime.js';
import { type GCWork, markPtr } from './mgcmark.js';
import { objectBase, isMarked, createfing } from './mfinal.js';

/** One cleanup: funcval fv, the boxed argument (a heap object holding arg) and its size. */
export interface CleanupRec {
  readonly id: number;
  readonly base: number;
  readonly fv: number;
  readonly argBox: number;
  readonly argSize: number;
}

export class CleanupState {
  /** Cleanups by object slot base. */
  readonly byObject = new Map<number, CleanupRec[]>();
  readonly byId = new Map<number, CleanupRec>();
  /** Cleanups ready to run. */
  readonly queue: CleanupRec[] = [];
  nextId = 1;
  queued = 0;
  executed = 0;
}

/**
 * runtime.AddCleanup: attaches cleanup fv(arg) to the object p points into. argBox is a heap
 * object holding the argument (argSize bytes, copied into the call's argument area; 0/0 when fv is
 * a closure that already holds it, as Go 1.24's AddCleanup makes); it and fv are roots until the
 * cleanup runs or is stopped. Returns the Cleanup id, 0 when p is not a heap object (a global or
 * zero-size object: the cleanup is a no-op, as Go's isGoPointerWithoutSpan case). The "ptr is
 * equal to arg" panic is the std package's to raise. Starts the finalizer goroutine (createfing).
 */
export function addCleanup(rt: Runtime, p: number, fv: number, argBox: number, argSize: number): number {
  if (!rt.started) rt.start();
  const base = objectBase(rt, p);
  const cs = rt.cleanups;
  if (base === 0) return 0;
  createfing(rt);
  const id = cs.nextId++;
  const c: CleanupRec = { id, base, fv, argBox, argSize };
  let list = cs.byObject.get(base);
  if (list === undefined) { list = []; cs.byObject.set(base, list); }
  list.push(c);
  cs.byId.set(id, c);
  return id;
}

/** Cleanup.Stop: the cleanup will not run (if it has not been queued yet). */
export function stopCleanup(rt: Runtime, id: number): void {
  const cs = rt.cleanups;
  const c = cs.byId.get(id);
  if (c === undefined) return;
  cs.byId.delete(id);
  const list = cs.byObject.get(c.base);
  if (list === undefined) return;
  const i = list.indexOf(c);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) cs.byObject.delete(c.base);
}

/** Roots: cleanup funcs and arguments (registered and queued). */
export function scanCleanupRoots(rt: Runtime, w: GCWork): void {
  const cs = rt.cleanups;
  for (const list of cs.byObject.values()) {
    for (const c of list) { markPtr(rt, w, c.fv); markPtr(rt, w, c.argBox); }
  }
  for (const c of cs.queue) { markPtr(rt, w, c.fv); markPtr(rt, w, c.argBox); }
}

/** At mark termination: cleanups of unmarked objects are queued (objects are not resurrected). */
export function cleanupsAtMarkTermination(rt: Runtime): void {
  const cs = rt.cleanups;
  if (cs.byObject.size === 0) return;
  const bases = [...cs.byObject.keys()].sort((a, b) => a - b);
  for (const base of bases) {
    if (isMarked(rt, base)) continue;
    for (const c of cs.byObject.get(base)!) { cs.queue.push(c); cs.byId.delete(c.id); cs.queued++; }
    cs.byObject.delete(base);
  }
}
