// Program counters for runtime.Caller/Callers/FuncForPC/CallersFrames/Stack and debug.Stack
// (mirrors the user-visible side of $GOROOT/src/runtime/traceback.go, symtab.go and extern.go).
// Frames come from the JS stack mapped back to Go by src/runtime/traceback.ts (goFrames). A pc is
// synthetic: pcBase + fnIndex*pcStride + line, so FuncForPC can decode the function and line
// without a symbol table; runtime frames that are not compiled functions (runtime.Callers,
// runtime.main, runtime.goexit) get pseudo indices with Go's file:line.
import { goFrames, formatFrames, withActivePanics, linePos, type GoFrame } from '../../runtime/traceback.js';
import { currentPanic } from '../../runtime/panic.js';
import type { NativeRuntime } from '../abi.js';

export const pcBase = 0x400000;
export const pcStride = 0x100000;

/** Runtime frames without compiled code: name, file, line (Go 1.23 linux/amd64). */
const pseudo: { name: string; file: string; line: number; hasFunc: boolean }[] = [
  { name: 'runtime.Callers', file: 'src/runtime/extern.go', line: 331, hasFunc: false },
  { name: 'runtime.main', file: 'src/runtime/proc.go', line: 272, hasFunc: true },
  { name: 'runtime.goexit', file: 'src/runtime/asm_amd64.s', line: 1700, hasFunc: true },
  { name: 'runtime/debug.Stack', file: 'src/runtime/debug/stack.go', line: 26, hasFunc: true },
  { name: 'runtime.gopanic', file: 'src/runtime/panic.go', line: 785, hasFunc: true },
];
const pseudoBase = 0x3f000;

function goroot(rt: NativeRuntime): string { return (rt.goroot as string | undefined) ?? '/usr/lib/go-1.23'; }

/** The Go frames of the calling goroutine, innermost first ([0] is the Go caller of the native). */
export function callerFrames(rt: NativeRuntime): GoFrame[] {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 1 << 20;
  let stack = '';
  try { stack = new Error().stack ?? ''; } finally { Error.stackTraceLimit = saved; }
  // during deferred calls of panics in progress: Go's panic frames and panic sites
  return withActivePanics(rt as any, goFrames(rt as any, stack), currentPanic(rt as any));
}

function indexOfName(rt: NativeRuntime, name: string): number {
  let cache = rt.__stdPcIndex as Map<string, number> | undefined;
  if (!cache) { cache = new Map(); rt.__stdPcIndex = cache; }
  const hit = cache.get(name);
  if (hit !== undefined && rt.funcs[hit]?.name === name) return hit;
  for (let k = 0; k < rt.funcs.length; k++) {
    if (rt.funcs[k]?.name === name) { cache.set(name, k); return k; }
  }
  const p = pseudo.findIndex(x => x.name === name);
  return p >= 0 ? pseudoBase + p : -1;
}

/** The synthetic pc of a frame (function name + line). */
export function framePC(rt: NativeRuntime, name: string, line: number): number {
  const i = indexOfName(rt, name);
  return i < 0 ? 0 : pcBase + i * pcStride + Math.max(0, Math.min(line, pcStride - 1));
}

/** The pc of the entry of the function whose frames are (name). */
export function pseudoPC(name: string): number {
  const p = pseudo.findIndex(x => x.name === name);
  return pcBase + (pseudoBase + p) * pcStride + pseudo[p].line;
}

export interface PCInfo { name: string; file: string; line: number; entry: number; hasFunc: boolean }

/** Decodes a synthetic pc. */
export function pcInfo(rt: NativeRuntime, pc: number): PCInfo | undefined {
  if (pc < pcBase) return undefined;
  const i = Math.floor((pc - pcBase) / pcStride), line = (pc - pcBase) % pcStride;
  const entry = pcBase + i * pcStride;
  if (i >= pseudoBase && i < pseudoBase + pseudo.length) {
    const p = pseudo[i - pseudoBase];
    return { name: p.name, file: goroot(rt) + '/' + p.file, line: p.line, entry, hasFunc: p.hasFunc };
  }
  const f = rt.funcs[i];
  if (!f) return undefined;
  const pos = linePos(rt as any, f.file, line || f.line); // //line directives
  return { name: f.name, file: pos.file, line: pos.line, entry, hasFunc: true };
}

/** The current goroutine's id (1 before the scheduler exists). */
export function curGoid(rt: NativeRuntime): number {
  const g = rt.curg as { goid?: number } | null | undefined;
  return g && typeof g.goid === 'number' ? g.goid : 1;
}

/**
 * The pcs runtime.Callers reports, outermost runtime frames included: runtime.Callers itself, the
 * Go frames, then runtime.main (goroutine 1) and runtime.goexit.
 */
export function callersPCs(rt: NativeRuntime, frames: GoFrame[]): number[] {
  const out = [pseudoPC('runtime.Callers')];
  for (const f of frames) out.push(framePC(rt, f.name, f.pcLine ?? f.line));
  if (curGoid(rt) === 1) out.push(pseudoPC('runtime.main'));
  out.push(pseudoPC('runtime.goexit'));
  return out;
}

/** The text of runtime.Stack for the calling goroutine (extra frames first, e.g. debug.Stack). */
export function stackText(rt: NativeRuntime, all: boolean, extra: GoFrame[] = []): string {
  const frames = [...extra, ...callerFrames(rt)];
  const goid = curGoid(rt);
  let out = 'goroutine ' + goid + ' [running]:\n' + formatFrames(frames);
  const g = rt.curg as { createdBy?: { name: string; file: string; line: number }; parentGoid?: number } | null;
  if (g && g.createdBy) {
    out += 'created by ' + g.createdBy.name + (g.parentGoid ? ' in goroutine ' + g.parentGoid : '') + '\n\t' +
      g.createdBy.file + ':' + g.createdBy.line + ' +0x0\n';
  }
  if (all && typeof rt.goroutineDump === 'function') {
    try {
      const everyone = String(rt.goroutineDump(true)), mine = String(rt.goroutineDump(false));
      const rest = everyone.startsWith(mine) ? everyone.slice(mine.length) : '';
      if (rest) out += (rest.startsWith('\n') ? '' : '\n') + rest;
    } catch { /* no scheduler: only this goroutine */ }
  }
  return out;
}

/** The frame debug.Stack adds for itself. */
export function debugStackFrame(rt: NativeRuntime): GoFrame {
  return { name: 'runtime/debug.Stack', file: goroot(rt) + '/src/runtime/debug/stack.go', line: 26, hasArgs: false };
}
