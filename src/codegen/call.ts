// Calls: static functions, natives, methods (static dispatch, promoted through embedding),
// interface methods (itab dispatch), func values (funcval dispatch), variadic packing, multi-value
// results; also function values and method values. Implements the JS ABI of ARCHITECTURE.md §3.
// Mirrors cmd/compile/internal/walk/expr.go (walkCall) and ssagen/ssa.go (call lowering).

import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import { Typ, BasicKind, underlying, Pointer, Slice, type Type, type Signature, type Interface } from '../types/types.js';
import type { Func } from '../types/objects.js';
import type { Selection } from '../types/info.js';
import { hasPtrRecv, lookupFieldOrMethod } from '../types/lookup.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { abiLayout, isScalar, isPtrShaped, sizeof, alignof, ptrOffsets, type AbiLayout } from './layout.js';
import { genExpr, genExprAs, genJS, tryAddr, addrOrMem, walkPath, convertAssign } from './expr.js';
import { genBuiltin } from './builtin.js';
import { convert } from './conv.js';
import { declEntry, methodEntry, methodValueEntry } from './funcs.js';
import { callPrefix, nativeResult, noteNative, nativeIndex } from './goroutine.js';

const unsafePtr = Typ[BasicKind.UnsafePointer];

/** The function being called. */
type Callee =
  | { readonly k: 'static'; readonly fn: string }
  | { readonly k: 'value'; readonly fv: string }
  | { readonly k: 'iface'; readonly addr: string; readonly index: number };

/** Compiles a call; returns its results (empty for none). */
export function genCall(g: FuncGen, e: ast.CallExpr): Val[] {
  const fun = unparen(e.fun);
  const ftv = g.info.types.get(fun);
  if (ftv && ftv.mode === 'type') return [convert(g, e.args[0], g.subst(ftv.type), e)];
  if (ftv && ftv.mode === 'builtin') return genBuiltin(g, e, builtinName(g, fun));
  const sig = underlying(g.typeOf(fun)) as Signature;

  // Method call?
  if (fun.kind === 'SelectorExpr') {
    const sel = g.info.selections.get(fun);
    if (sel && sel.kind === 'MethodVal') return methodCall(g, e, fun, sel, sig);
  }
  // Static function?
  const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' && !g.info.selections.get(fun) ? fun.sel
    : (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') ? staticIdent(fun.x) : null;
  const obj = id ? g.info.objectOf(id) : null;
  if (obj && obj.kind === 'Func') {
    const ent = declEntry(g.prog, obj, instanceOf(g, id!));
    const params = sig.params.vars.map((v) => v.type!);
    const args = evalArgs(g, e, sig, params);
    return emitCall(g, { k: 'static', fn: ent.fnExpr }, null, args, params, sig.results.vars.map((v) => v.type!));
  }
  // Func value.
  const fvv = genJS(g, fun);
  const fv = g.ptrTemp(fvv);
  const params = sig.params.vars.map((v) => v.type!);
  const args = evalArgs(g, e, sig, params);
  return emitCall(g, { k: 'value', fv }, null, args, params, sig.results.vars.map((v) => v.type!));
}

function staticIdent(x: ast.Expr): ast.Ident | null {
  x = unparen(x);
  if (x.kind === 'Ident') return x;
  if (x.kind === 'SelectorExpr') return x.sel;
  return null;
}

export function instanceOf(g: FuncGen, id: ast.Ident): Type[] | null {
  const inst = g.info.instances.get(id);
  if (!inst) return null;
  return inst.typeArgs.map((t) => g.subst(t));
}

function builtinName(g: FuncGen, fun: ast.Expr): string {
  const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' ? fun.sel : null;
  const o = id ? g.info.objectOf(id) : null;
  return o && o.kind === 'Builtin' ? o.builtinId : (id?.name ?? '?');
}

/** Evaluates call arguments converted to the parameter types (packing variadic args). */
export function evalArgs(g: FuncGen, e: ast.CallExpr, sig: Signature, params: Type[]): Val[] {
  const n = params.length;
  // f(g()) with a multi-value g
  if (e.args.length === 1) {
    const at = g.typeOf(e.args[0]);
    if (at.kind === 'Tuple' && at.vars.length !== 1) {
      const vs = genCall(g, unparen(e.args[0]) as ast.CallExpr);
      const tv = at.vars.map((v) => v.type!);
      if (sig.variadic && e.ellipsis < 0) {
        const fixed = vs.slice(0, n - 1).map((v, i) => convertAssign(g, v, tv[i], params[i]));
        const rest = vs.slice(n - 1).map((v, i) => ({ v, t: tv[n - 1 + i] }));
        return [...fixed, packVariadic(g, e, (params[n - 1] as Slice).elem, rest.map((r) => convertAssign(g, g.stable(r.t, r.v), r.t, (params[n - 1] as Slice).elem)))];
      }
      return vs.map((v, i) => convertAssign(g, v, tv[i], params[i]));
    }
  }
  if (sig.variadic && e.ellipsis < 0) {
    const fixed: Val[] = [];
    for (let i = 0; i < n - 1; i++) fixed.push(stableArg(g, params[i], genExprAs(g, e.args[i], params[i])));
    const et = (params[n - 1] as Slice).elem;
    const rest: Val[] = [];
    for (let i = n - 1; i < e.args.length; i++) rest.push(stableArg(g, et, genExprAs(g, e.args[i], et)));
    return [...fixed, packVariadic(g, e, et, rest)];
  }
  const out: Val[] = [];
  for (let i = 0; i < e.args.length; i++) out.push(stableArg(g, params[i], genExprAs(g, e.args[i], params[i])));
  return out;
}

/** Keeps pointer-shaped argument values rooted (frame temp) while later arguments evaluate. */
function stableArg(g: FuncGen, t: Type, v: Val): Val {
  if (v.k === 'js' && isPtrShaped(t) && !/^\$m\.u32\[|^0$|^\(\$sd/.test(v.js)) return js(g.ptrTemp(v.js));
  return v;
}

/** Builds the []T for a variadic call from the extra arguments. */
function packVariadic(g: FuncGen, e: ast.CallExpr, et: Type, vals: Val[]): Val {
  const st = new Slice(et);
  const dst = g.temp(st);
  if (vals.length === 0) { g.line(`$stsl(${dst}, 0, 0, 0);`); return mem(dst); }
  const es = sizeof(et);
  let base: string;
  const esc = g.prog.escape as { heapDDD?: (c: ast.CallExpr) => boolean } | null;
  if (!esc || !esc.heapDDD || esc.heapDDD(e) || g.deferHook) {
    base = g.ptrTemp(`$rt.newarray(${g.prog.types.ref(et)}, ${vals.length})`);
  } else {
    const arr = g.tempRaw(es * vals.length, Math.max(alignof(et), 1), repeatPtrs(et, vals.length));
    g.zeroRaw(arr, es * vals.length);
    base = arr;
  }
  // First stores into the zeroed array: no write barrier needed.
  vals.forEach((v, i) => g.store(et, i ? `(${base} + ${i * es})` : base, v, false));
  g.line(`$stsl(${dst}, ${base}, ${vals.length}, ${vals.length});`);
  return mem(dst);
}

function repeatPtrs(t: Type, n: number): number[] {
  const p = ptrOffsets(t), es = sizeof(t), r: number[] = [];
  for (let i = 0; i < n; i++) for (const o of p) r.push(i * es + o);
  return r;
}

/** Emits the call itself: writes args, calls, reloads sp, collects results into stable values. */
export function emitCall(g: FuncGen, callee: Callee, recv: { v: Val; t: Type } | null, args: Val[], params: Type[], results: Type[]): Val[] {
  if (g.deferHook) return g.deferHook(callee, recv, args, params, results);
  const allParams = callee.k === 'iface' ? [unsafePtr, ...params] : recv ? [recv.t, ...params] : params;
  const L: AbiLayout = abiLayout(allParams, results);
  g.useOut(L.argsSize);
  const allArgs = callee.k === 'iface' ? [js('0'), ...args] : recv ? [recv.v, ...args] : args;
  let fnExpr: string;
  let ctx = '0';
  let dynamic = false;
  switch (callee.k) {
    case 'static': fnExpr = callee.fn; break;
    case 'value': {
      const f = g.bind(`$nil(${callee.fv})`);
      dynamic = true;
      fnExpr = `$rt.funcs[$m.u32[${f} >>> 2]].fn`;
      ctx = f;
      break;
    }
    case 'iface': {
      const it = g.bind(`$m.u32[${callee.addr} >>> 2]`);
      g.line(`if (${it} === 0) $rt.panicnil();`);
      dynamic = true;
      fnExpr = `$rt.funcs[$rt.itabs[${it}].fns[${callee.index}]].fn`;
      allArgs[0] = js(`$m.u32[(${callee.addr} + 8) >>> 2]`);
      break;
    }
  }
  const jsArgs: string[] = [];
  L.params.forEach((p, i) => {
    const v = allArgs[i];
    if (p.kind === 'js') jsArgs.push((v as { js: string }).js);
    else g.store(p.type, `(sp + ${8 + p.off})`, v);
  });
  const call0 = `${fnExpr}(sp, ${ctx}${jsArgs.map((a) => ', ' + a).join('')})`;
  // Natives are plain JS (a blocking native returns a generator, driven here); compiled Go
  // functions are generators in generator mode (goroutine.ts).
  const isNative = callee.k === 'static' && fnExpr.startsWith('$n_');
  if (isNative) noteNative(g, fnExpr);
  // A dynamic call may reach a plain JS function (runtime-provided methods such as runtime.Error's).
  const call = isNative ? call0 : callee.k !== 'static' && callPrefix(g.prog) ? `yield* $gv(${call0})` : callPrefix(g.prog) + call0;
  // Stack maps of the outgoing-args area (ARCHITECTURE.md §3): a compiled Go callee's frame
  // describes its arguments (its argPtrmap); a native (no frame) is named in this frame's callee
  // word for the duration of the call, and its pointer result words are cleared first, so the GC
  // scans the area with the native's argPtrmap and never sees stale words. A dynamic call may
  // reach a native too: the native's FuncInfo.fn wrapper ($ncw, index.ts) sets the callee word of
  // the calling frame, which only has to exist.
  if (dynamic) g.calleeAddr();
  const cw = isNative ? nativeIndex(g, fnExpr, L.argPtrs) : null;
  if (cw !== null) {
    let pre = `$m.u32[(sp + 4) >>> 2] = ${g.code.goLine}; $m.u32[${g.calleeAddr()} >>> 2] = ${cw};`;
    if (!L.retJS) for (const r of L.results) for (const p of ptrOffsets(r.type)) pre += ` $m.u32[(sp + ${8 + (r as { off: number }).off + p}) >>> 2] = 0;`;
    g.line(pre);
  } else g.line(`$m.u32[(sp + 4) >>> 2] = ${g.code.goLine};`);
  const reload = cw !== null ? `sp = $rt.stackHi - fo; $rt.sp = sp; $m.u32[${g.calleeAddr()} >>> 2] = 0;` : 'sp = $rt.stackHi - fo; $rt.sp = sp;';
  if (isNative) {
    const r = g.tmpName('r');
    g.line(`let ${r} = ${call};`);
    g.line(nativeResult(g, r));
    g.line(reload);
    if (L.retJS) return [js(r)];
  } else if (L.retJS) {
    const r = g.tmpName('r');
    g.line(`const ${r} = ${call};`);
    g.line(reload);
    return [js(r)];
  } else {
    g.line(`${call};`);
    g.line(reload);
  }
  return L.results.map((r) => {
    const src = `(sp + ${8 + (r as { off: number }).off})`;
    if (isScalar(r.type)) return js(g.bind(g.load(r.type, src)));
    const t = g.temp(r.type);
    g.store(r.type, t, mem(src));
    return g.valAt(r.type, t);
  });
}

/** x.m(args) for a method selection. */
function methodCall(g: FuncGen, e: ast.CallExpr, fun: ast.SelectorExpr, sel: Selection, sig: Signature): Val[] {
  let m = sel.obj as Func;
  const params = sig.params.vars.map((v) => g.subst(v.type!));
  const results = sig.results.vars.map((v) => g.subst(v.type!));
  let path = sel.index.slice(0, -1);
  ({ m, path } = concreteMethod(g, g.typeOf(fun.x), m, path));
  // Locate the receiver operand: walk embedded fields.
  let xt = g.typeOf(fun.x);
  let recvAddr: string | null = null; // address of the value reached (for value/pointer receivers)
  let recvPtr: string | null = null;  // pointer value when the reached operand is a pointer
  if (path.length === 0) {
    if (underlying(xt).kind === 'Pointer') recvPtr = genJS(g, fun.x);
    else if (underlying(xt).kind === 'Interface') return ifaceCall(g, e, addrOrMem(g, fun.x), xt, m, params, results, sig);
    else {
      const a = tryAddr(g, fun.x);
      if (a !== null) recvAddr = a;
      else {
        const v = genExpr(g, fun.x);
        if (v.k === 'mem') recvAddr = v.addr;
        else if (hasPtrRecv(m)) { const t = g.temp(xt); g.store(xt, t, v); recvAddr = t; }
        else {
          // scalar or pointer-shaped value receiver held in JS
          const ent = methodEntry(g.prog, xt, m, [], false);
          const args = evalArgs(g, e, sig, params);
          return emitCall(g, { k: 'static', fn: ent.fnExpr }, { v: stableRecv(g, xt, v), t: xt }, args, params, results);
        }
      }
    }
  } else {
    let base: string;
    if (underlying(xt).kind === 'Pointer') { base = g.bind(`$nil(${genJS(g, fun.x)})`); xt = (underlying(xt) as Pointer).elem; }
    else base = addrOrMem(g, fun.x);
    const r = walkPath(g, base, xt, path);
    xt = r.type;
    if (underlying(xt).kind === 'Pointer') recvPtr = g.load(xt, r.addr);
    else if (underlying(xt).kind === 'Interface') return ifaceCall(g, e, r.addr, xt, m, params, results, sig);
    else recvAddr = r.addr;
  }
  const recvType = g.subst((m.type as Signature).recv!.type!);
  const ent = methodEntry(g.prog, recvType, m, [], false);
  let recv: Val;
  if (hasPtrRecv(m)) recv = js(recvPtr !== null ? g.ptrTemp(recvPtr) : recvAddr!);
  else {
    const a = recvPtr !== null ? g.bind(`$nil(${recvPtr})`) : recvAddr!;
    recv = g.valAt(recvType, a);
    if (recv.k === 'js' && isPtrShaped(recvType)) recv = js(g.ptrTemp(recv.js));
  }
  const args = evalArgs(g, e, sig, params);
  return emitCall(g, { k: 'static', fn: ent.fnExpr }, { v: recv, t: recvType }, args, params, results);
}

/**
 * In a generic instance the receiver type (a type parameter in the source) may now be a concrete
 * type: the method selected through the constraint is replaced by the type argument's own method
 * (and the embedding path to it). Outside generic instances, or for interface receivers, m and path
 * are returned unchanged.
 */
export function concreteMethod(g: FuncGen, xt: Type, m: Func, path: number[]): { m: Func; path: number[] } {
  if (!g.typeMap) return { m, path };
  const base = underlying(xt).kind === 'Pointer' ? (underlying(xt) as Pointer).elem : xt;
  if (underlying(base).kind === 'Interface') return { m, path };
  const r = lookupFieldOrMethod(xt, true, m.pkg, m.name);
  if (r.obj && r.obj.kind === 'Func' && r.index) return { m: r.obj, path: r.index.slice(0, -1) };
  return { m, path };
}

function stableRecv(g: FuncGen, t: Type, v: Val): Val {
  if (v.k === 'js' && isPtrShaped(t)) return js(g.ptrTemp(v.js));
  if (v.k === 'js') return js(g.bind(v.js));
  return v;
}

function ifaceCall(g: FuncGen, e: ast.CallExpr, addr: string, it: Type, m: Func, params: Type[], results: Type[], sig: Signature): Val[] {
  const iface = underlying(it) as Interface;
  const index = iface.allMethods.findIndex((x) => x.id() === m.id());
  const a = g.stable(it, mem(addr)) as { addr: string };
  const args = evalArgs(g, e, sig, params);
  return emitCall(g, { k: 'iface', addr: a.addr, index }, null, args, params, results);
}

// ------------------------------------------------------------------ function and method values

/** Address expression of a funcval for a function (or method expression) used as a value. */
export function funcValue(g: FuncGen, f: Func, id: ast.Ident, sel?: Selection): string {
  if (sel && sel.kind === 'MethodExpr') {
    const recv = g.subst(sel.recv);
    const { m, path } = concreteMethod(g, recv, f, sel.index.slice(0, -1));
    const ent = methodEntry(g.prog, recv, m, path, sel.indirect);
    return g.prog.funcval(ent);
  }
  const ent = declEntry(g.prog, f, instanceOf(g, id));
  return g.prog.funcval(ent);
}

/** x.M as a value: a closure binding the receiver (Go's M-fm wrapper). */
export function methodValue(g: FuncGen, e: ast.SelectorExpr, sel: Selection): Val {
  let xt = g.typeOf(e.x);
  const { m, path } = concreteMethod(g, xt, sel.obj as Func, sel.index.slice(0, -1));
  let recvT: Type;
  let recv: Val;
  if (path.length) {
    let base: string;
    if (underlying(xt).kind === 'Pointer') { base = g.bind(`$nil(${genJS(g, e.x)})`); xt = (underlying(xt) as Pointer).elem; }
    else base = addrOrMem(g, e.x);
    const r = walkPath(g, base, xt, path);
    recvT = r.type;
    recv = g.valAt(recvT, r.addr);
  } else {
    recvT = xt;
    recv = genExpr(g, e.x);
  }
  const ur = underlying(recvT);
  if (ur.kind === 'Interface') {
    const st = g.stable(recvT, recv) as { addr: string };
    recv = mem(st.addr);
    g.line(`if ($m.u32[${st.addr} >>> 2] === 0) $rt.panicnil();`);
  } else if (ur.kind !== 'Pointer' && hasPtrRecv(m)) {
    // addressable value with pointer method: bind &x
    const a = path.length ? null : tryAddr(g, e.x);
    recv = js(a ?? (recv as { addr: string }).addr);
    recvT = new Pointer(recvT);
  } else if (ur.kind === 'Pointer' && !hasPtrRecv(m)) {
    const elem = ur.elem;
    recv = g.valAt(elem, `$nil(${(recv as { js: string }).js})`);
    recvT = elem;
  }
  const ent = methodValueEntry(g.prog, recvT, m);
  // funcval {fn, recv}
  const fvSize = 8 + alignUpTo(sizeof(recvT), 8);
  const ptrs = [0, ...ptrOffsets(recvT).map((o) => o + 8)].filter((o) => o !== 0);
  const rv = stableRecv(g, recvT, recv);
  const fv = g.ptrTemp(`$rt.mallocgc(${fvSize}, ${g.prog.types.ref(closureType(recvT))}, true)`);
  void ptrs;
  g.line(`$stp(${fv}, ${g.prog.fnIndex(ent)});`);
  g.store(recvT, `(${fv} + 8)`, rv, false); // fresh funcval: no barrier
  return js(fv);
}

function alignUpTo(x: number, a: number): number { return Math.ceil(x / a) * a; }

import { Struct } from '../types/types.js';
import { Var } from '../types/objects.js';
const closureTypes = new Map<Type, Type>();
/** struct { F uintptr; R T } describing a method-value funcval for the GC. */
export function closureType(recvT: Type): Type {
  let t = closureTypes.get(recvT);
  if (!t) {
    t = new Struct([new Var(null, 'F', Typ[BasicKind.Uintptr]), new Var(null, 'R', recvT)]);
    for (const f of (t as Struct).fields) f.isField = true;
    closureTypes.set(recvT, t);
  }
  return t;
}
