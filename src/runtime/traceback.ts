// Printing an unrecovered panic exactly like Go: the panic chain (`panic: v [recovered]`, nested
// panics indented with a tab), the SIGSEGV line for nil dereferences, then `goroutine N [running]:`
// and the Go frames (innermost first, `main.f(...)` + `\t/abs/file.go:LINE +0x0`, at most 50 inner +
// 50 outer frames with `...N frames elided...`), and `created by …` for goroutines other than main.
// Frames come from the JS stack captured when the panic was raised, mapped back to Go through the
// emitted module's line map (rt.lineMap: JS line → Go line) and FuncInfo.jsName.
//
// Mirrors src/runtime/panic.go (preprintpanics, printpanics, fatalpanic/dopanic_m),
// src/runtime/error.go (printpanicval, printanycustomtype, printindented) and
// src/runtime/traceback.go (traceback2, printcreatedby, goroutineheader).

import type { TypeDesc, FuncInfo } from './type.js';
import { Kind } from './type.js';
import type { ValueRuntime } from './ops.js';
import type { GoPanic } from './panic.js';
import { runtimeErrorText } from './error.js';
import { gostring } from './string.js';
import { isDirectIface } from './alg.js';
import { formatFloat } from './print.js';
import { ld64, ldu64 } from './int64.js';

/** tracebackInnerFrames / tracebackOuterFrames (traceback.go). */
const innerFrames = 50;
const outerFrames = 50;

/** printindented: newlines in panic strings are followed by a tab. */
function indented(s: string): string {
  return s.replace(/\n/g, '\n\t');
}

function isPredeclared(t: TypeDesc): boolean {
  return t.named && t.pkgPath === '' && t.str === t.name;
}

/** print()'s text for a basic-kind value of type t at p. */
function basicText(rt: ValueRuntime, t: TypeDesc, p: number): string | null {
  const m = rt.m;
  switch (t.kind) {
    case Kind.Bool: return m.u8[p] !== 0 ? 'true' : 'false';
    case Kind.Int: case Kind.Int64: return String(ld64(m, p));
    case Kind.Int8: return String(m.i8[p]);
    case Kind.Int16: return String(m.i16[p >>> 1]);
    case Kind.Int32: return String(m.i32[p >>> 2]);
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return String(ldu64(m, p));
    case Kind.Uint8: return String(m.u8[p]);
    case Kind.Uint16: return String(m.u16[p >>> 1]);
    case Kind.Uint32: return String(m.u32[p >>> 2]);
    case Kind.Float32: return formatFloat(m.f32[p >>> 2]);
    case Kind.Float64: return formatFloat(m.f64[p >>> 3]);
    case Kind.Complex64: return '(' + formatFloat(m.f32[p >>> 2]) + formatFloat(m.f32[(p >>> 2) + 1]) + 'i)';
    case Kind.Complex128: return '(' + formatFloat(m.f64[p >>> 3]) + formatFloat(m.f64[(p >>> 3) + 1]) + 'i)';
    default: return null;
  }
}

/** Finds a `func() string` method named name on t (for preprintpanics' error/Stringer cases). */
function stringMethod(t: TypeDesc, name: string): number {
  for (const mm of t.methods ?? []) {
    if (mm.name === name && mm.type.str === 'func() string') return mm.ifn;
  }
  return -1;
}

/** Calls a `func() string` method (ifn form: receiver = data word) and returns its result. */
function callStringMethod(rt: ValueRuntime, fnIndex: number, data: number): string {
  const info = rt.funcs[fnIndex];
  if (!info) return '';
  const csp = (rt.$panicCsp as number | undefined) ?? ((rt.curg as any)?.top as number | undefined) ?? ((rt.stackHi ?? 0) - 256);
  if (rt.callGo) {
    const r = rt.callGo(csp, fnIndex, 0, 24, base => {
      const u = rt.m.u32; u[base >>> 2] = data; u[(base >>> 2) + 1] = 0;
    });
    return gostring(rt, r.argBase + 8);
  }
  // No core bridge: call directly with an arg area below csp (natives and tests).
  const u = rt.m.u32;
  u[(csp + 8) >>> 2] = data; u[((csp + 8) >>> 2) + 1] = 0;
  info.fn(csp, 0);
  return gostring(rt, csp + 16);
}

/**
 * printpanicval after preprintpanics: the text Go prints for a panic value (type id + data word).
 * error → Error(), Stringer → String(), predeclared basic types like print(), strings indented,
 * named basic types as `main.MyInt(5)` / `main.S("x")`, everything else `(T) 0xADDR`.
 */
export function panicValueString(rt: ValueRuntime, typeId: number, data: number): string {
  if (typeId === 0) return 'nil';
  const own = runtimeErrorText(rt, typeId, data);
  if (own !== null) return indented(own);
  const t = rt.types[typeId];
  let fi = stringMethod(t, 'Error');
  if (fi < 0) fi = stringMethod(t, 'String');
  if (fi >= 0) {
    try {
      return indented(callStringMethod(rt, fi, data));
    } catch (e) {
      // Go: throw("panic while printing panic value"); keep printing the value plainly instead.
      if (!(e instanceof Error) || e.name !== 'GoPanic') throw e;
    }
  }
  const direct = isDirectIface(t);
  if (t.kind === Kind.String) {
    const s = indented(gostring(rt, data));
    return isPredeclared(t) ? s : t.str + '("' + s + '")';
  }
  if (!direct) {
    const b = basicText(rt, t, data);
    if (b !== null) {
      if (isPredeclared(t)) return b;
      if (t.kind === Kind.Complex64 || t.kind === Kind.Complex128) return t.str + b;
      return t.str + '(' + b + ')';
    }
  }
  return '(' + t.str + ') 0x' + rt.m.toUintptr(data).toString(16);
}

/** printpanics: the chain, oldest first, each `panic: v[ [recovered]]`, later ones after a tab. */
export function printpanics(rt: ValueRuntime, p: GoPanic): string {
  let out = '';
  if (p.link) {
    out += printpanics(rt, p.link);
    if (!p.link.goexit) out += '\t';
  }
  if (p.goexit) return out;
  out += 'panic: ' + panicValueString(rt, p.typeId, p.data);
  if (p.recovered) out += ' [recovered]';
  out += '\n';
  return out;
}

/**
 * One Go frame recovered from the JS stack (or a runtime pseudo-frame with its full text). pcLine:
 * the line as the line map codes it when a //line directive applies (see linePos).
 */
export interface GoFrame { name: string; file: string; line: number; hasArgs: boolean; text?: string; pcLine?: number }

/** Line numbers from this value up index the module's table of //line positions (codegen prog.ts). */
export const LINE_POS_BASE = 1_000_000;

/** The file and line a line-map value stands for (positions under //line directives are coded). */
export function linePos(rt: ValueRuntime, file: string, line: number): { file: string; line: number } {
  if (line < LINE_POS_BASE) return { file, line };
  const e = (rt.linePos as [string, number][] | undefined)?.[line - LINE_POS_BASE];
  return e ? { file: e[0], line: e[1] } : { file, line };
}

const frameRe = /^\s*at (?:(?:async |new )?(.+?) \()?(.+?):(\d+):(\d+)\)?$/;

function funcsByJsName(rt: ValueRuntime): Map<string, FuncInfo> {
  let m = rt.$funcsByJsName as Map<string, FuncInfo> | undefined;
  if (m && rt.$funcsByJsNameCount === rt.funcs.length) return m;
  m = new Map();
  for (const f of rt.funcs) if (f && f.jsName) m.set(f.jsName, f);
  for (const f of rt.funcs) if (f && f.fn && f.fn.name && !m.has(f.fn.name)) m.set(f.fn.name, f);
  rt.$funcsByJsName = m;
  rt.$funcsByJsNameCount = rt.funcs.length;
  return m;
}

/** The Go frames of a JS stack text (innermost first): module frames with a known FuncInfo. */
export function goFrames(rt: ValueRuntime, stack: string): GoFrame[] {
  const byName = funcsByJsName(rt);
  const out: GoFrame[] = [];
  const url = rt.moduleURL;
  const lineMap = rt.lineMap;
  const lineOffset = (rt.lineOffset as number | undefined) ?? 0;
  for (const raw of stack.split('\n')) {
    const mm = frameRe.exec(raw);
    if (!mm) continue;
    const fname = (mm[1] ?? '').replace(/\s*\[as [^\]]*\]$/, '');
    const file = mm[2];
    if (url !== undefined && file !== url) continue;
    let info = byName.get(fname);
    if (!info) {
      const dot = fname.lastIndexOf('.');
      if (dot >= 0) info = byName.get(fname.slice(dot + 1));
    }
    if (!info) continue;
    // wrappers are elided unless they are the innermost frame (they panicked: Go's
    // elideWrapperCalling keeps a wrapper whose callee is gopanic/sigpanic/panicwrap)
    if (info.file === '<autogenerated>' && out.length > 0) continue;
    const jsLine = Number(mm[3]) + lineOffset;
    let line = info.line;
    if (lineMap && jsLine >= 0 && jsLine < lineMap.length && lineMap[jsLine] > 0) line = lineMap[jsLine];
    const hasArgs = (info.paramsSize ?? info.argsSize) > 0 || (typeof info.fn === 'function' && info.fn.length > 2);
    const pos = linePos(rt, info.file, line);
    out.push(pos.line === line && pos.file === info.file ? { name: info.name, file: info.file, line, hasArgs }
      : { name: info.name, file: pos.file, line: pos.line, hasArgs, pcLine: line });
  }
  return out;
}

function frameText(f: GoFrame): string {
  if (f.text !== undefined) return f.text;
  return f.name + (f.hasArgs ? '(...)' : '()') + '\n\t' + f.file + ':' + f.line + ' +0x0\n';
}

/** traceback2 with elision: at most 50 innermost and 50 outermost frames. */
export function formatFrames(frames: GoFrame[]): string {
  if (frames.length <= innerFrames + outerFrames) return frames.map(frameText).join('');
  const head = frames.slice(0, innerFrames).map(frameText).join('');
  const tail = frames.slice(frames.length - outerFrames).map(frameText).join('');
  return head + '...' + (frames.length - innerFrames - outerFrames) + ' frames elided...\n' + tail;
}

/** The goroutine section: header, frames, `created by`. */
export function formatGoroutine(rt: ValueRuntime, goid: number, status: string, stack: string,
  panicFrames?: GoFrame[]): string {
  let out = 'goroutine ' + goid + ' [' + status + ']:\n';
  out += formatFrames(panicFrames ?? goFrames(rt, stack));
  let g = rt.curg;
  if (!g || g.goid !== goid) {
    const all = (rt as any).allgs as Array<NonNullable<ValueRuntime['curg']>> | undefined;
    g = Array.isArray(all) ? all.find(x => x && x.goid === goid) ?? null : null;
  }
  if (g && g.createdBy) {
    out += 'created by ' + g.createdBy.name + (g.parentGoid ? ' in goroutine ' + g.parentGoid : '') + '\n\t' +
      g.createdBy.file + ':' + g.createdBy.line + ' +0x0\n';
  }
  return out;
}

/**
 * What Go prints to stderr for an unrecovered panic p (without the `exit status 2` line `go run`
 * adds; the driver exits with status 2).
 */
export function formatPanic(rt: ValueRuntime, p: GoPanic): string {
  let out = printpanics(rt, p);
  let sig = false;
  for (let q: GoPanic | null = p; q; q = q.link) if (q.sigpanic) sig = true;
  if (sig) out += '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n';
  out += '\n';
  out += formatGoroutine(rt, p.goid, 'running', p.stack ?? '', framesOfPanic(rt, p));
  return out;
}

/** GOROOT as the traceback prints it for runtime frames. */
function goroot(rt: ValueRuntime): string {
  return (rt.goroot as string | undefined) ?? '/usr/lib/go-1.23';
}

/**
 * The frames of p's stack, with Go's `panic({type, data})` frame inserted where a deferred call was
 * run by an earlier panic, and the frame running the deferred calls shown at the line where that
 * earlier panic happened (traceback of a panic raised inside a deferred call).
 */
export function framesOfPanic(rt: ValueRuntime, p: GoPanic): GoFrame[] {
  const frames = goFrames(rt, p.stack ?? '');
  // Insertions happen below each deferring frame, and later ones are further out, so the index of a
  // deferring frame is always its distance from the outermost frame.
  for (let d = p.deferOf; d !== null; d = d.panic.deferOf) {
    const earlier = goFrames(rt, d.panic.stack ?? '');
    const depth = d.k >= 0 ? d.n - d.k : alignDeferringFrame(frames, earlier); // frames at/above it
    if (depth < 0) continue;
    const k = frames.length - depth; // index of the deferring frame in `frames`
    if (k <= 0 || k >= frames.length) continue;
    const ek = earlier.length - depth;
    if (ek >= 0 && ek < earlier.length && earlier[ek].name === frames[k].name) {
      frames[k] = { ...frames[k], line: earlier[ek].line };
    }
    const q = d.panic;
    const text = 'panic({0x' + typeAddr(q.typeId).toString(16) + '?, 0x' + rt.m.toUintptr(q.data).toString(16) + '?})\n\t' +
      goroot(rt) + '/src/runtime/panic.go:785 +0x0\n';
    frames.splice(k, 0, { name: 'panic', file: '', line: 0, hasArgs: true, text });
  }
  return frames;
}

/**
 * Depth (frames at and above it, counted from the outermost) of the frame running deferred calls
 * for an earlier panic, found by aligning the two stacks from the outermost frame: the callers are
 * identical, and the deferring frame is the same function at a different line (its panic site in
 * the earlier stack, its deferred-call site now). −1 when there is no such frame.
 */
function alignDeferringFrame(now: GoFrame[], earlier: GoFrame[]): number {
  for (let i = 0; i < now.length && i < earlier.length; i++) {
    const a = now[now.length - 1 - i], b = earlier[earlier.length - 1 - i];
    if (a.name !== b.name) return -1;
    if (a.line !== b.line) return i + 1;
  }
  return -1;
}

/**
 * The frames of the running goroutine as Go's traceback sees them while deferred calls run for
 * panics in progress (recovered ones included until their deferred call returns): below the frame
 * running a panic's deferred calls Go has the `panic(…)` frame (runtime.gopanic) and the frames of
 * the panic site, and the deferring frame is at the line of the panic. `now` (innermost first) is
 * the JS stack's view; each panic of the chain (innermost first) is spliced in where its stack
 * meets `now` (same callers from the outermost frame, the deferring frame at another line).
 */
export function withActivePanics(rt: ValueRuntime, now: GoFrame[], first: GoPanic | null): GoFrame[] {
  let frames = now;
  for (let p = first; p !== null; p = p.link) {
    if (p.goexit) continue;
    const earlier = goFrames(rt, p.stack ?? '');
    let i = 0;
    while (i < frames.length && i < earlier.length) {
      const a = frames[frames.length - 1 - i], b = earlier[earlier.length - 1 - i];
      if (a.name !== b.name) break;
      i++;
      if (a.line !== b.line) break;
    }
    if (i === 0) continue;
    const nk = frames.length - i, ek = earlier.length - i;
    const text = 'panic({0x' + typeAddr(p.typeId).toString(16) + '?, 0x' + rt.m.toUintptr(p.data).toString(16) + '?})\n\t' +
      goroot(rt) + '/src/runtime/panic.go:785 +0x0\n';
    const pf: GoFrame = { name: 'runtime.gopanic', file: goroot(rt) + '/src/runtime/panic.go', line: 785, hasArgs: true, text };
    frames = [...frames.slice(0, nk), pf, ...earlier.slice(0, ek + 1), ...frames.slice(nk + 1)];
  }
  return frames;
}

function typeAddr(typeId: number): number {
  return typeId === 0 ? 0 : 0x4a0000 + typeId * 0x40;
}

/**
 * fatal/throw (panic.go): prints `fatal error: msg`, a blank line and the running goroutine's stack,
 * then ends the program with exit status 2 (through the core's exit, a GoExit exception).
 */
export function fatal(rt: ValueRuntime, msg: string): never {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 1 << 20;
  let stack = '';
  try { stack = new Error().stack ?? ''; } finally { Error.stackTraceLimit = saved; }
  const text = 'fatal error: ' + msg + '\n\n' + formatGoroutine(rt, rt.curg?.goid ?? 1, 'running', stack);
  const bytes = new TextEncoder().encode(text);
  if (rt.write) rt.write(2, bytes); else process.stderr.write(bytes);
  if (typeof rt.exit === 'function') rt.exit(2);
  throw new Error('fatal error: ' + msg);
}
