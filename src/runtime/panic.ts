// Panics as JS exceptions: GoPanic carries the Go value (eface words), the recovered/aborted/goexit
// flags and the link to the earlier panic it interrupted; gopanic/gorecover and the protocol the
// emitted defer code follows.
//
// Mirrors src/runtime/panic.go (_panic, gopanic, gorecover, recovery, Goexit) and runtime2.go _panic.
//
// Protocol for codegen (a function with defers):
//   let $p = null;
//   try { body } catch (e) { $p = $rt.panicking(e, null); }      // rethrows non-Go exceptions
//   for each deferred call d, LIFO:
//     try { d() } catch (e) { $p = $rt.panicking(e, $p); }        // a new panic replaces (aborts) $p
//   if ($p) { if (!$p.recovered) throw $p; $rt.recovered($p); /* return named results */ }
// `recover()` compiles to `$rt.gorecover(dst)` only when called directly by a deferred function;
// it writes the panic value (eface) to dst, or nil.

import type { ValueRuntime } from './ops.js';
import { panicNilErrorValue, pinRoot, unpinRoot } from './error.js';

/** A Go panic in flight (src/runtime/runtime2.go _panic). */
export class GoPanic extends Error {
  /** The panic value as eface words: type id (never 0) and data word. */
  typeId: number;
  data: number;
  /** Set by recover(). */
  recovered = false;
  /** A later panic (raised by a deferred call) replaced this one. */
  aborted = false;
  /** runtime.Goexit rather than a panic. */
  goexit = false;
  /** The earlier panic this one interrupted (printed first), or null. */
  link: GoPanic | null;
  /** The panic was a nil dereference (traceback adds the SIGSEGV line). */
  sigpanic = false;
  /** Goroutine id that panicked. */
  goid: number;
  /** JS stack at the latest frame that caught this panic to run its deferred calls. */
  catchStack: string | null = null;
  /** When raised during the deferred calls of an earlier panic: that panic's stack and the stack of
   *  the frame running the deferred calls (tracebacks insert Go's `panic(...)` frame there). */
  deferOf: { panic: GoPanic; stack: string; catchStack: string } | null = null;

  constructor(typeId: number, data: number, link: GoPanic | null, goid: number) {
    super('Go panic');
    this.name = 'GoPanic';
    this.typeId = typeId;
    this.data = data;
    this.link = link;
    this.goid = goid;
  }
}

/** Innermost active panic of the running goroutine (g._panic). */
export function currentPanic(rt: ValueRuntime): GoPanic | null {
  const g = rt.curg as any;
  if (g && '_panic' in g) return g._panic as GoPanic | null;
  return (rt.$panic as GoPanic | null | undefined) ?? null;
}

function setCurrentPanic(rt: ValueRuntime, p: GoPanic | null): void {
  const g = rt.curg as any;
  if (g && typeof g === 'object') g._panic = p;
  else rt.$panic = p;
}

/** How many JS frames a panic captures (all, so tracebacks can elide the middle like Go). */
const STACK_LIMIT = 1 << 20;

/** Builds and throws the panic with value (typeId, data). panic(nil) becomes *runtime.PanicNilError. */
export function gopanicValue(rt: ValueRuntime, typeId: number, data: number): never {
  if (typeId === 0) {
    const v = panicNilErrorValue(rt);
    typeId = v.typeId; data = v.data;
  }
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = STACK_LIMIT;
  let p: GoPanic;
  try {
    p = new GoPanic(typeId, data, currentPanic(rt), rt.curg?.goid ?? 1);
  } finally {
    Error.stackTraceLimit = saved;
  }
  p.sigpanic = rt.$sigpanic === true;
  const q = p.link;
  if (q && q.catchStack !== null) p.deferOf = { panic: q, stack: q.stack ?? '', catchStack: q.catchStack };
  // Keep the value alive while the panic is in flight (it is only referenced from JS).
  if (data !== 0) { pinRoot(rt, data); (p as any).$rooted = true; }
  setCurrentPanic(rt, p);
  throw p;
}

/** gopanic(e): panic with the eface stored at efaceAddr. */
export function gopanic(rt: ValueRuntime, efaceAddr: number): never {
  const u = rt.m.u32, i = efaceAddr >>> 2;
  return gopanicValue(rt, u[i], u[i + 2]);
}

/**
 * Called by emitted code when it catches an exception e while `current` (or null) was the panic
 * being handled by this frame. Returns the GoPanic to handle; rethrows anything that is not a Go panic
 * (os.Exit, fatal errors, internal errors), so no defers run for those, like Go.
 */
export function panicking(rt: ValueRuntime, e: unknown, current: GoPanic | null): GoPanic {
  if (!(e instanceof GoPanic)) throw e;
  if (current && current !== e) current.aborted = true;
  // Remember where the deferred calls run (for the `panic(...)` frame of later panics).
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = STACK_LIMIT;
  try {
    e.catchStack = new Error().stack ?? '';
  } finally {
    Error.stackTraceLimit = saved;
  }
  return e;
}

/** gorecover: writes the current panic's value (eface) to dst and marks it recovered, or writes nil. */
export function gorecover(rt: ValueRuntime, dst: number): void {
  const p = currentPanic(rt);
  const u = rt.m.u32, i = dst >>> 2;
  if (p && !p.recovered && !p.goexit) {
    p.recovered = true;
    u[i] = p.typeId; u[i + 1] = 0; u[i + 2] = p.data; u[i + 3] = 0;
    return;
  }
  u[i] = 0; u[i + 1] = 0; u[i + 2] = 0; u[i + 3] = 0;
}

/** Whether recover() would return non-nil now (for natives and tests). */
export function isPanicking(rt: ValueRuntime): boolean {
  const p = currentPanic(rt);
  return p !== null && !p.recovered;
}

/**
 * recovery: the frame that ran the recovering deferred call returns normally; the recovered panic and
 * the panics it aborted are done.
 */
export function recovered(rt: ValueRuntime, p: GoPanic): void {
  let q = p.link;
  while (q && q.aborted) { unroot(rt, q); q = q.link; }
  unroot(rt, p);
  setCurrentPanic(rt, q);
}

function unroot(rt: ValueRuntime, p: GoPanic): void {
  if ((p as any).$rooted) { unpinRoot(rt, p.data); (p as any).$rooted = false; }
}

/** runtime.Goexit: unwinds the goroutine running deferred calls (not recoverable). */
export function goexit(rt: ValueRuntime): never {
  const p = new GoPanic(0, 0, currentPanic(rt), rt.curg?.goid ?? 1);
  p.goexit = true;
  setCurrentPanic(rt, p);
  throw p;
}
