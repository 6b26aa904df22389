// Goroutines in the code generator (issue 4, ARCHITECTURE.md §7.1): generator mode (every Go
// function a `function*`, every Go call a `yield*`) for programs that can block, `go` statements
// (operands evaluated by the caller, then $rt.newproc with a writeArgs callback), blocking runtime
// operations (`yield*` in generator mode, `$rt.runSync` otherwise) and preemption checks at loop
// back-edges. Mirrors cmd/compile/internal/walk/order.go + ssagen (OGO → newproc, closure wrapping
// of go statements) and the preemption points the Go compiler relies on.

import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import type { Type } from '../types/types.js';
import { Typ, BasicKind } from '../types/types.js';
import type { FuncGen, Val } from './func.js';
import type { Prog, FnEntry } from './prog.js';
import { abiLayout } from './layout.js';
import { genCall, emitCall } from './call.js';
import { genExpr } from './expr.js';
import { goBuiltinEntry } from './funcs.js';
import { inspect } from '../syntax/walk.js';

const unsafePtr = Typ[BasicKind.UnsafePointer];

/** Generator mode of the program being compiled. */
export function genMode(p: Prog): boolean { return (p as unknown as { gen?: boolean }).gen === true; }

/** Records that function g can block (go statement, channel operation, select, blocking native). */
export function markBlocking(g: FuncGen): void {
  const p = g.prog as unknown as { canBlock?: boolean; blockers?: Set<string> };
  p.canBlock = true;
  (p.blockers ??= new Set()).add(g.jsName);
}
export function canBlock(p: Prog): boolean { return (p as unknown as { canBlock?: boolean }).canBlock === true; }

/**
 * Whether a function that can block is reachable from the roots (main, package initialisers):
 * references are calls and funcvals in function bodies (`fN_…`, `$fb + N`) and type descriptors
 * (`$T[k]`, whose method tables reference their methods) — Go's linker deadcode, roughly.
 */
export function blockingReachable(p: Prog, roots: string[], typeLines: readonly string[]): boolean {
  const blockers = (p as unknown as { blockers?: Set<string> }).blockers;
  if (!blockers || blockers.size === 0) return false;
  const byIdx = p.funcs;
  const body = new Map<string, string>();
  for (const o of p.output) {
    const m = /^function\*? (f\d+_[\w$]*)\(/.exec(o.head[0]);
    if (m) body.set(m[1], o.body.lines.join('\n'));
  }
  const typeRefs = new Map<number, string[]>();
  for (const l of typeLines) {
    const m = /^\s*\$T\[(\d+)\]/.exec(l);
    if (!m) continue;
    const k = +m[1];
    let a = typeRefs.get(k);
    if (!a) { a = []; typeRefs.set(k, a); }
    a.push(l);
  }
  const seenF = new Set<string>(), seenT = new Set<number>();
  const work: string[] = [...roots];
  const tWork: number[] = [];
  // static funcvals (closures without captures, func values of declared functions) at $sd + off
  const byFuncval = new Map<number, string>();
  for (const e of byIdx) if (e.funcvalOff >= 0) byFuncval.set(e.funcvalOff, e.jsName);
  const scan = (text: string): void => {
    for (const m of text.matchAll(/\b(f\d+_[\w$]*)/g)) work.push(m[1]);
    for (const m of text.matchAll(/\$sd \+ (\d+)/g)) { const f = byFuncval.get(+m[1]); if (f) work.push(f); }
    for (const m of text.matchAll(/\$fb \+ (\d+)/g)) { const e = byIdx[+m[1]]; if (e) work.push(e.jsName); }
    for (const m of text.matchAll(/\$T\[(\d+)\]/g)) tWork.push(+m[1]);
  };
  while (work.length || tWork.length) {
    while (tWork.length) {
      const k = tWork.pop()!;
      if (seenT.has(k)) continue;
      seenT.add(k);
      for (const l of typeRefs.get(k) ?? []) scan(l);
    }
    const f = work.pop();
    if (f === undefined || seenF.has(f)) continue;
    seenF.add(f);
    if (blockers.has(f)) return true;
    const t = body.get(f);
    if (t !== undefined) scan(t);
  }
  return false;
}

/** `function` or `function*` for the compiled functions of p. */
export function fnKeyword(p: Prog): string { return genMode(p) ? 'function*' : 'function'; }

/** The JS prefix of a call to a compiled Go function: `yield* ` in generator mode. */
export function callPrefix(p: Prog): string { return genMode(p) ? 'yield* ' : ''; }

/** Writes the current Go line into the frame header (word 1): goroutine dumps read it. */
export function setLine(g: FuncGen): void {
  g.line(`$m.u32[(sp + 4) >>> 2] = ${g.code.goLine};`);
}

/**
 * Runs a blocking runtime operation (a generator expression) and returns the JS expression of its
 * result (bound to a const when wanted): `yield* op` in generator mode, `$rt.runSync(op)` in plain
 * code; then sp is reloaded (the stack may have moved while other goroutines ran).
 */
export function blockOn(g: FuncGen, op: string, want: boolean): string {
  markBlocking(g);
  setLine(g);
  const x = genMode(g.prog) ? `(yield* ${op})` : `$rt.runSync(${op})`;
  let r = '';
  if (want) { r = g.tmpName('y'); g.line(`const ${r} = ${x};`); } else g.line(`${x};`);
  g.line('sp = $rt.stackHi - fo; $rt.sp = sp;');
  return r;
}

/** A preemption point at a loop back-edge (generator mode only). */
export function preemptCheck(g: FuncGen): void {
  if (!genMode(g.prog)) return;
  g.line('if ($rt.shouldPreempt()) { yield* $rt.preemptPark(); sp = $rt.stackHi - fo; $rt.sp = sp; }');
}

/** The call expression of a native call result check: drives a generator returned by a native. */
export function nativeResult(g: FuncGen, r: string): string {
  return genMode(g.prog)
    ? `if (typeof ${r} === 'object' && ${r} !== null) ${r} = yield* ${r};`
    : `if (typeof ${r} === 'object' && ${r} !== null) ${r} = $rt.runSync(${r});`;
}

/**
 * go f(x, y): the function value, receiver and arguments are evaluated now (in this goroutine);
 * the new goroutine gets them copied into the argument area of its entry frame by $rt.newproc.
 */
export function genGo(g: FuncGen, s: ast.GoStmt): void {
  markBlocking(g);
  const call = s.call;
  const fun = unparen(call.fun);
  const ftv = g.info.types.get(fun);
  if (ftv && ftv.mode === 'builtin') { goBuiltin(g, call, fun); return; }
  if (ftv && ftv.mode === 'type') throw new Error('codegen: go with a conversion is not supported');
  const line = g.code.goLine;
  // Calls inside the operands (go f(g(x))) run now; only the outermost call (emitted last) is the
  // goroutine's.
  let inner = countCalls(g, call) - 1;
  const hook = (callee: { k: string; fn?: string; fv?: string; addr?: string; index?: number },
    recv: { v: Val; t: Type } | null, args: Val[], params: Type[], results: Type[]): Val[] => {
    g.deferHook = null;
    if (inner-- > 0) {
      try { return emitCall(g, callee as never, recv, args, params, results); } finally { g.deferHook = hook; }
    }
    const allParams = callee.k === 'iface' ? [unsafePtr, ...params] : recv ? [recv.t, ...params] : params;
    const allArgs: Val[] = callee.k === 'iface' ? [{ k: 'js', js: `$m.u32[(${callee.addr} + 8) >>> 2]` }, ...args]
      : recv ? [recv.v, ...args] : args;
    const L = abiLayout(allParams, results);
    const scalars: string[] = [];
    const stores: string[] = [];
    L.params.forEach((p, i) => {
      const v = allArgs[i];
      if (p.kind === 'js') { scalars.push((v as { js: string }).js); return; }
      // Stores into the new stack's argument area at a + off (g.store emits lines: capture them).
      const mark = g.code.lines.length;
      g.store(p.type, `(a + ${p.off})`, v, false); // the new goroutine's stack: no barrier
      const ls = g.code.lines.splice(mark);
      g.code.goLines.splice(mark);
      stores.push(...ls.map((l) => l.trim()));
    });
    const write = stores.length ? `(a) => { ${stores.join(' ')} }` : 'null';
    const site = `{ line: ${line} }`;
    g.line(`$m.u32[(sp + 4) >>> 2] = ${line};`);
    const sc = `[${scalars.join(', ')}]`;
    switch (callee.k) {
      case 'static': {
        const idx = fnIndexOf(g.prog, callee.fn!);
        g.line(`$rt.newproc(${idx}, 0, ${L.argsSize}, ${write}, ${sc}, ${site});`);
        break;
      }
      case 'value':
        g.line(`$rt.newprocFuncval($nil(${callee.fv}), ${L.argsSize}, ${write}, ${sc}, ${site});`);
        break;
      case 'iface': {
        const it = g.bind(`$m.u32[${callee.addr} >>> 2]`);
        g.line(`if (${it} === 0) $rt.panicnil();`);
        g.line(`$rt.newproc($rt.itabs[${it}].fns[${callee.index}], 0, ${L.argsSize}, ${write}, ${sc}, ${site});`);
        break;
      }
      default: throw new Error('codegen: go statement with callee ' + callee.k);
    }
    return [];
  };
  g.deferHook = hook;
  try { genCall(g, call); } finally { g.deferHook = null; }
}

/**
 * go builtin(args): the operands are evaluated now and passed to a wrapper function that runs the
 * builtin in the new goroutine (funcs.ts goBuiltinEntry; Go's wrapGoDefer).
 */
function goBuiltin(g: FuncGen, call: ast.CallExpr, fun: ast.Expr): void {
  const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' ? fun.sel : null;
  const o = id ? g.info.objectOf(id) : null;
  const name = o && o.kind === 'Builtin' ? o.builtinId : (id?.name ?? '?');
  const ops = call.args.filter((x) => {
    const tv = g.info.types.get(x);
    return !tv || (tv.mode !== 'type' && tv.mode !== 'constant' && tv.mode !== 'builtin');
  });
  const types = ops.map((x) => g.typeOf(x));
  if (types.some((t) => t.kind === 'Tuple')) throw new Error('codegen: go builtin(f()) with a multi-value f is not supported yet');
  const vals = ops.map((x, i) => g.stable(types[i], genExpr(g, x)));
  const ent = goBuiltinEntry(g, call, ops, types, name);
  const L = abiLayout(types, []);
  const scalars: string[] = [];
  const stores: string[] = [];
  L.params.forEach((p, i) => {
    const v = vals[i];
    if (p.kind === 'js') { scalars.push((v as { js: string }).js); return; }
    const mark = g.code.lines.length;
    g.store(p.type, `(a + ${p.off})`, v, false); // the new goroutine's stack: no barrier
    const ls = g.code.lines.splice(mark);
    g.code.goLines.splice(mark);
    stores.push(...ls.map((l) => l.trim()));
  });
  const write = stores.length ? `(a) => { ${stores.join(' ')} }` : 'null';
  const line = g.code.goLine;
  g.line(`$m.u32[(sp + 4) >>> 2] = ${line};`);
  g.line(`$rt.newproc(${g.prog.fnIndex(ent)}, 0, ${L.argsSize}, ${write}, [${scalars.join(', ')}], { line: ${line} });`);
}

/** Number of calls that go through emitCall in e (not builtins or conversions; not in closures). */
export function countCalls(g: FuncGen, e: ast.Node): number {
  let n = 0;
  inspect(e, (x) => {
    if (x.kind === 'FuncLit') return false;
    if (x.kind === 'CallExpr') {
      const tv = g.info.types.get(unparen(x.fun));
      if (!tv || (tv.mode !== 'type' && tv.mode !== 'builtin')) n++;
    }
    return true;
  });
  return n;
}

/** The run-time function index expression of a static callee (its JS name or native name). */
function fnIndexOf(p: Prog, fnExpr: string): string {
  const e = p.funcs.find((f) => f.fnExpr === fnExpr);
  if (!e) throw new Error('codegen: go statement: unknown function ' + fnExpr);
  return p.fnIndex(e);
}

const nativeEntries = new WeakMap<Prog, Map<string, FnEntry>>();
/**
 * The run-time function index expression of the native fnExpr called with argument layout
 * argPtrs (its pointer words, params and results); records argPtrs as the native's argPtrmap so
 * the GC scans the caller's outgoing area precisely while the native runs (mgcmark.ts scanStack).
 */
export function nativeIndex(g: FuncGen, fnExpr: string, argPtrs: number[]): string {
  let m = nativeEntries.get(g.prog);
  if (!m) { m = new Map(); nativeEntries.set(g.prog, m); }
  let e = m.get(fnExpr);
  if (!e) {
    e = g.prog.funcs.find((f) => f.fnExpr === fnExpr);
    if (!e) throw new Error('codegen: unknown native ' + fnExpr);
    m.set(fnExpr, e);
  }
  if (e.argPtrmap.length === 0 && argPtrs.length > 0) e.argPtrmap = argPtrs.slice();
  return g.prog.fnIndex(e);
}

/** A call to native fnExpr: a blocking native (GenOptions.blockingNative) needs generator mode. */
export function noteNative(g: FuncGen, fnExpr: string): void {
  const p = g.prog as unknown as { blockingNative?: (pkg: string, name: string) => boolean; natives: Map<string, string>; canBlock?: boolean };
  if (!p.blockingNative) return;
  for (const [k, n] of p.natives) {
    if (n !== fnExpr) continue;
    const [pkg, name] = k.split('\0');
    if (p.blockingNative(pkg, name)) markBlocking(g);
    return;
  }
}
