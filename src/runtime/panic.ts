// Panics as JS exceptions: GoPanic carries the Go value (eface words), the recovered/aborted/goexit
// flags and the link to the earlier panic it interrupted; gopanic/gorecover and the protocol the
// emitted defer code follows.
//
// Mirrors src/runtime/panic.go (_panic, gopanic, gorecover, recovery, Goexit) and runtime2.go _panic.
//
// Protocol for codegen (a function with defers, src/codegen/funcs.ts compileBody):
//   let $p = null;
//   try { body } catch (e) { $p = $rt.panicking(e, null); }      // rethrows non-Go exceptions
//   const $dfo = $rt.$deferFo;
//   for each deferred call d, LIFO:
//     $rt.$deferFo = $p !== null ? stackHi − sp : $dfo;           // Go's p.argp: this frame runs
//     try { d() } catch (e) { $p = $rt.panicking(e, $p); }        //   the panic's deferred calls
//     $rt.$deferFo = $dfo;
//     if ($p !== null && $p.recovered) { $rt.recovered($p); $p = null; }  // the panic is over
//   if ($p) throw $p; /* else return (named results) */
// `recover()` compiles to `if (stackHi − callerCsp === $rt.$deferFo) $rt.gorecover(dst)`: only a
// function called directly by the deferred call recovers (wrappers pass the role on). argp /
// deferArgp below are the older mechanism, kept for natives and tests.

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
  /**
   * Go's argp: distance from the stack top (stackHi − sp) of the frame currently running deferred
   * calls for this panic, set by emitted code (`$rt.deferArgp($p, sp)`) before each deferred call.
   * recover() succeeds only in a function whose caller is that frame (called directly by the defer).
   */
  argp = -1;
  /**
   * When raised during the deferred calls of an earlier panic: that panic, and where the frame
   * running the deferred calls is among the Go frames at this panic (k frames deeper than it, n in
   * all; both −1 when unknown); tracebacks insert Go's `panic(...)` frame there.
   */
  deferOf: { panic: GoPanic; k: number; n: number } | null = null;

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
  // A panic raised while q is current is raised inside a deferred call run for q. Without argp
  // (emitted code did not call deferArgp) the traceback finds the deferring frame by aligning stacks.
  if (q) p.deferOf = (q.argp >= 0 ? deferPosition(rt, q) : null) ?? { panic: q, k: -1, n: -1 };
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
  return e;
}

/**
 * Counts the Go frames of the running goroutine's simulated stack (headers: u32 function index, and
 * for native callGo frames (index 0) u32 size) from rt.sp up: k frames lie below the frame that runs
 * q's deferred calls (sp = stackHi − q.argp), n in all. Native frames are not Go frames.
 */
function deferPosition(rt: ValueRuntime, q: GoPanic): { panic: GoPanic; k: number; n: number } | null {
  const hi = rt.stackHi ?? 0;
  const top = ((rt.curg as any)?.top as number | undefined) ?? hi;
  const fsp = hi - q.argp;
  let sp = (rt.sp as number | undefined) ?? 0;
  if (!(sp > 0 && sp <= fsp && fsp < top)) return null;
  const u32 = rt.m.u32;
  let k = 0, n = 0;
  for (let guard = 0; sp < top && guard < 1e7; guard++) {
    const idx = u32[sp >>> 2];
    let size: number;
    if (idx === 0) size = u32[(sp >>> 2) + 1];
    else {
      const fi = rt.funcs[idx];
      if (!fi) return null;
      size = fi.frameSize;
      n++;
      if (sp < fsp) k++;
    }
    if (size <= 0 || (size & 7) !== 0) return null;
    sp += size;
  }
  return { panic: q, k, n };
}

/** Records that the frame with stack pointer sp is about to run a deferred call for panic p. */
export function deferArgp(rt: ValueRuntime, p: GoPanic | null, sp: number): void {
  if (p) p.argp = (rt.stackHi ?? 0) - sp;
}

/**
 * gorecover: writes the current panic's value (eface) to dst and marks it recovered, or writes nil.
 * callerCsp (optional) is the csp of the function calling recover() (its sp + frame size, current
 * after stack moves): when given, recover only works if that function was called directly by the
 * frame running the deferred calls (Go's p.argp check); without it any caller may recover.
 */
export function gorecover(rt: ValueRuntime, dst: number, callerCsp?: number): void {
  const p = currentPanic(rt);
  const u = rt.m.u32, i = dst >>> 2;
  const direct = callerCsp === undefined || p === null || p.argp < 0 || (rt.stackHi ?? 0) - callerCsp === p.argp;
  if (p && !p.recovered && !p.goexit && direct) {
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
