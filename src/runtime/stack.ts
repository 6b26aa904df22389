// Goroutine stacks: allocation from heap pages (small orders carved from 32 KiB pool spans, large
// stacks on their own spans), the frame walk, and stack growth by copying (morestack).
// Mirrors src/runtime/stack.go (stackalloc, stackfree, newstack, copystack, adjustpointers) and the
// frame layout of docs/ARCHITECTURE.md §3.

import type { Runtime } from './runtime.js';
import type { FuncInfo } from './type.js';
import { MSpan, SpanState } from './mspan.js';
import { pageSize } from './mheap.js';

/** fixedStack: the starting stack size (2 KiB on linux). */
export const fixedStack = 2048;
/** stackGuard on linux/amd64: stackNosplit(800) + stackSystem(0) + abi.StackSmall(128). */
export const stackGuard = 928;
/** _StackCacheSize: pool spans hold 32 KiB of small stacks. */
export const stackCacheSize = 32768;
/** _NumStackOrders: 2, 4, 8, 16 KiB stacks come from the pools. */
export const numStackOrders = 4;
/** maxstacksize default on 64-bit (proc.go). */
export const defaultMaxStack = 1000000000;
/** maxstackceiling = 2 * the default maxstacksize. */
export const maxstackceiling = 2 * defaultMaxStack;

/** rt.funcs index of the frame that callGo (natives calling Go) reserves; its size is in word 1. */
export const NATIVE_FRAME = 0;

/** A goroutine's stack bookkeeping (the stack part of Go's g). */
export interface GStack {
  goid: number;
  /** [lo, hi): the stack memory (internal addresses). */
  lo: number;
  hi: number;
  /** sp at which the frame walk ends (the base of the outermost frame). */
  top: number;
  /** Innermost frame sp known to the runtime (saved when not running; rt.sp when running). */
  sp: number;
  /** Shrink the stack at the next prologue (set by the GC). */
  preemptShrink?: boolean;
}

export class StackAllocator {
  /** Pool spans with free stacks, per order. */
  private pools: MSpan[][] = [[], [], [], []];

  constructor(private readonly rt: Runtime) {}

  /** stackalloc: n is a power of two ≥ 2 KiB. */
  alloc(n: number): number {
    const heap = this.rt.heap;
    if (n < stackCacheSize) {
      const order = Math.log2(n / fixedStack);
      const pool = this.pools[order];
      let s = pool[0];
      if (s === undefined) {
        s = heap.allocPages(stackCacheSize / pageSize, SpanState.Stack, false);
        s.elemsize = n;
        s.nelems = stackCacheSize / n;
        s.stackFree = [];
        for (let i = s.nelems - 1; i >= 0; i--) s.stackFree.push(s.base + i * n);
        pool.push(s);
      }
      const x = s.stackFree!.pop()!;
      s.allocCount++;
      if (s.stackFree!.length === 0) pool.shift();
      return x;
    }
    const s = heap.allocPages(n / pageSize, SpanState.Stack, false);
    s.elemsize = n;
    s.nelems = 1;
    s.allocCount = 1;
    return s.base;
  }

  /** stackfree: returns a stack; empty pool spans go back to the heap. */
  free(lo: number, n: number): void {
    const heap = this.rt.heap;
    const s = heap.spanOf(lo);
    if (s === undefined || s.state !== SpanState.Stack) throw new Error('gomemlab: stackfree of a non-stack');
    if (n >= stackCacheSize) { heap.freePages(s); return; }
    const order = Math.log2(n / fixedStack);
    const pool = this.pools[order];
    if (s.stackFree!.length === 0) pool.push(s);
    s.stackFree!.push(lo);
    s.allocCount--;
    if (s.allocCount === 0) {
      pool.splice(pool.indexOf(s), 1);
      heap.freePages(s);
    }
  }
}

/** Frame size of the frame at sp (reads the native frame's size from its header). */
export function frameSizeAt(rt: Runtime, sp: number): { fi: FuncInfo | undefined; size: number } {
  const idx = rt.m.u32[sp >>> 2];
  if (idx === NATIVE_FRAME) return { fi: undefined, size: rt.m.u32[(sp >>> 2) + 1] };
  const fi = rt.funcs[idx];
  return { fi, size: fi === undefined ? 0 : fi.frameSize };
}

/**
 * Walks the frames of a stack from sp (innermost) up to top. For each frame calls visit(sp, fi,
 * size) — fi undefined for a native (callGo) frame. Stops early on a corrupt header; returns the
 * sp where the walk ended (top when it completed).
 */
export function walkFrames(rt: Runtime, sp: number, top: number, visit: (sp: number, fi: FuncInfo | undefined, size: number) => void): number {
  const u32 = rt.m.u32;
  const funcs = rt.funcs;
  while (sp < top) {
    const idx = u32[sp >>> 2];
    let fi: FuncInfo | undefined;
    let size: number;
    if (idx === NATIVE_FRAME) size = u32[(sp >>> 2) + 1];
    else {
      fi = funcs[idx];
      if (fi === undefined) return sp;
      size = fi.frameSize;
    }
    if (size <= 0 || sp + size > top || (size & 7) !== 0) return sp;
    visit(sp, fi, size);
    sp += size;
  }
  return sp;
}

/** stackNosplit (abi.StackNosplitBase on amd64): counted as used when deciding to shrink. */
export const stackNosplit = 800;
/** The stack guard value that forces the next prologue into morestack (Go's stackPreempt). */
export const stackPreempt = 2 ** 33;

/**
 * morestack/newstack: the function funcIndex wants a frame of frameSize at sp, below the guard.
 * If a shrink was requested (the guard was poisoned by the GC) and the frame fits, the stack is
 * halved instead. Otherwise doubles the stack until the used part plus the new frame plus the guard
 * fits, copies the used part, adjusts pointers into the old stack, and returns the new sp.
 */
export function morestack(rt: Runtime, sp: number, frameSize: number, funcIndex: number): number {
  const g = rt.curg!;
  const csp = sp + frameSize;
  if (g.preemptShrink) {
    g.preemptShrink = false;
    rt.setStackBounds(g);
    const used = g.hi - csp;
    const oldsize = g.hi - g.lo;
    const newsize = oldsize / 2;
    if (newsize >= fixedStack && used + stackNosplit < oldsize / 4 && newsize - used >= frameSize + stackGuard) {
      return copystack(rt, g, newsize, sp, frameSize, funcIndex);
    }
    if (sp >= rt.stackGuard) return sp;
  }
  const used = g.hi - csp;
  const oldsize = g.hi - g.lo;
  let newsize = oldsize * 2;
  while (newsize - used < frameSize + stackGuard) newsize *= 2;
  if (newsize > rt.maxstacksize || newsize > maxstackceiling) {
    const hex = (a: number) => '0x' + rt.m.toUintptr(a).toString(16);
    rt.writeErr(`runtime: goroutine stack exceeds ${Math.min(rt.maxstacksize, maxstackceiling)}-byte limit\n`);
    rt.writeErr(`runtime: sp=${hex(csp)} stack=[${hex(g.lo)}, ${hex(g.hi)}]\n`);
    rt.fatalThrow('stack overflow');
  }
  rt.stackGrowths++;
  return copystack(rt, g, newsize, sp, frameSize, funcIndex);
}

/** copystack: moves g's used stack [sp+frameSize, hi) to a new stack of newsize, adjusting
 *  pointers; returns the entering frame's new sp. */
function copystack(rt: Runtime, g: GStack, newsize: number, sp: number, frameSize: number, funcIndex: number): number {
  const oldLo = g.lo, oldHi = g.hi;
  const csp = sp + frameSize;
  const used = oldHi - csp;
  const newLo = rt.stacks.alloc(newsize);
  const newHi = newLo + newsize;
  const delta = newHi - oldHi;
  rt.m.memmove(csp + delta, csp, used);
  adjustStack(rt, csp + delta, g.top + delta, funcIndex, oldLo, oldHi, delta);
  for (const hook of rt.stackMoveHooks) hook(oldLo, oldHi, delta);
  rt.stacks.free(oldLo, oldHi - oldLo);
  g.lo = newLo; g.hi = newHi; g.top += delta;
  rt.sp = csp + delta;
  g.sp = rt.sp;
  rt.setStackBounds(g);
  return sp + delta;
}

/** GC-time shrink request (mgcmark.go scanstack → shrinkstack): if g uses less than a quarter of
 *  its stack, poison its guard so its next prologue halves the stack at a safe point. */
export function requestShrink(rt: Runtime, g: GStack, sp: number): void {
  const oldsize = g.hi - g.lo;
  if (oldsize / 2 < fixedStack) return;
  if (g.hi - sp + stackNosplit >= oldsize / 4) return;
  g.preemptShrink = true;
  if (g === rt.curg) rt.stackGuard = stackPreempt;
}

/** adjustpointers over the copied frames: words holding an address in [oldLo, oldHi) move by delta. */
function adjustStack(rt: Runtime, csp: number, top: number, funcIndex: number, oldLo: number, oldHi: number, delta: number): void {
  const u32 = rt.m.u32;
  const done = new Set<number>();
  const adjust = (addr: number) => {
    if (done.has(addr)) return;
    done.add(addr);
    const i = addr >>> 2;
    const v = u32[i];
    if (v >= oldLo && v < oldHi && u32[i + 1] === 0) u32[i] = v + delta;
  };
  const entering = rt.funcs[funcIndex];
  if (entering !== undefined && funcIndex !== NATIVE_FRAME) {
    const ap = entering.argPtrmap;
    for (let k = 0; k < ap.length; k++) adjust(csp + 8 + ap[k]);
  }
  let calleeIsGo = entering !== undefined && funcIndex !== NATIVE_FRAME;
  walkFrames(rt, csp, top, (sp, fi, size) => {
    if (fi === undefined) { calleeIsGo = false; return; }
    const pm = fi.ptrmap;
    for (let k = 0; k < pm.length; k++) adjust(sp + pm[k]);
    const ap = fi.argPtrmap;
    const argBase = sp + size + 8;
    for (let k = 0; k < ap.length; k++) adjust(argBase + ap[k]);
    // A native callee's arguments in the outgoing area (named by the callee word, as the GC scans them).
    if (!calleeIsGo && fi.calleeOff) {
      const cf = rt.funcs[u32[(sp + fi.calleeOff) >>> 2]];
      if (cf !== undefined && u32[(sp + fi.calleeOff) >>> 2] !== NATIVE_FRAME) {
        const cap = cf.argPtrmap;
        for (let k = 0; k < cap.length; k++) adjust(sp + 8 + cap[k]);
      }
    }
    calleeIsGo = true;
  });
}

/**
 * FuncInfo.fn of a native reached by a dynamic call (funcval, itab; emitted as `$ncw`): while the
 * native runs it names itself (index()) in the calling frame's callee word (FuncInfo.calleeOff) and
 * it clears its pointer result words first, so the GC scans the caller's outgoing area with the
 * native's argPtrmap (mgcmark.ts scanStack) — as a static native call site does inline. A blocking
 * native's generator is wrapped so the word is cleared when it finishes.
 */
export function calleeWrap(rt: Runtime, index: () => number, f: (...a: any[]) => any, res: number[]): (...a: any[]) => any {
  const w = function (csp: number, ctx: number, ...a: unknown[]): any {
    const u32 = rt.m.u32;
    const fi = rt.funcs[u32[csp >>> 2]];
    const off = fi === undefined ? 0 : (fi.calleeOff ?? 0);
    if (off === 0) return f(csp, ctx, ...a);
    for (let j = 0; j < res.length; j++) u32[(csp + 8 + res[j]) >>> 2] = 0;
    u32[(csp + off) >>> 2] = index();
    const fo = rt.stackHi - csp;
    const clear = () => { rt.m.u32[(rt.stackHi - fo + off) >>> 2] = 0; };
    let r: any;
    try { r = f(csp, ctx, ...a); } catch (e) { clear(); throw e; }
    if (typeof r === 'object' && r !== null && typeof r.next === 'function') return clearAfter(r, clear);
    clear();
    return r;
  };
  Object.defineProperty(w, 'length', { value: f.length });
  return w;
}

function* clearAfter(g: Generator<unknown, unknown, unknown>, clear: () => void): Generator<unknown, unknown, unknown> {
  try { return yield* g; } finally { clear(); }
}
