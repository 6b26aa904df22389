// call.ts — calls: conversions, builtins, static and dynamic calls with parameter tags (or direct
// parameter flows inside a batch of mutually recursive functions), variadic argument slices,
// method values, and static devirtualization of interface calls. Mirrors
// cmd/compile/internal/escape/call.go, expr.go (OMETHVALUE) and
// cmd/compile/internal/devirtualize (StaticCall). go/defer statements are in godefer.ts.

import type * as ast from '../syntax/ast.js';
import { Var, type Func } from '../types/objects.js';
import type { Selection } from '../types/info.js';
import { underlying, lookupFieldOrMethod, type Signature, type Type } from '../types/types.js';
import { coreType } from '../types/expr.js';
import type { Hole, Location } from './graph.js';
import { Leaks, numEscResults } from './leaks.js';
import { stdTags } from './stdtags.js';
import { Walker } from './walker.js';
import { convertsToIface, discard, expr, exprConv, exprFieldPath } from './expr.js';
import { synPos } from './fmt.js';
import { escFuncStarted, escFuncTagged, escFuncUnknown, type FuncUnit } from './units.js';
import { elemOf, hasPointers, isDirectIface, isInterface, isUintptr, isUnsafePointer, isUntyped, ukind } from './typeutil.js';

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** A statically known callee: a declared function/method (obj) and/or an analysed unit. */
interface Callee {
  readonly obj: Func | null;
  readonly unit: FuncUnit | null;
  /** Receiver dereferences done by a promoted method expression's wrapper. */
  readonly shift?: number;
}

/** Where an argument's value comes from. */
export type ArgSrc =
  | { readonly kind: 'expr'; readonly e: ast.Expr; readonly dst: Type | null }
  | { readonly kind: 'recv'; readonly x: ast.Expr; readonly path: readonly number[]; readonly ptrRecv: boolean; readonly iface: boolean; readonly type: Type | null }
  | { readonly kind: 'temp'; readonly loc: Location; readonly type: Type | null }
  | { readonly kind: 'ddd'; readonly elems: ArgSrc[]; readonly call: ast.CallExpr; readonly type: Type | null }
  | { readonly kind: 'assert'; readonly x: ast.Expr; readonly type: Type; readonly deref: boolean }
  | { readonly kind: 'nil' };

export interface CallDesc {
  readonly n: ast.CallExpr;
  readonly fn: Callee | null;
  /** Promoted method expressions call a generated wrapper that dereferences the receiver this
   *  many times before calling the method: the receiver's tag is shifted by it. */
  recvShift?: number;
  readonly iface: boolean;
  /** The callee operand of an OCALLFUNC (null for method calls). */
  callee: ArgSrc | null;
  /** Parameters (receiver first), aligned with args. */
  readonly params: (Var | null)[];
  args: ArgSrc[];
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** A call used as an expression whose results flow to ks (conversions and builtins included). */
export function callExpr(w: Walker, ks: Hole[], n: ast.CallExpr): void {
  const ftv = w.info.types.get(unparen(n.fun));
  if (ftv && ftv.mode === 'type') {
    conversion(w, ks[0], n, ftv.type);
    return;
  }
  const b = builtinOf(w, n);
  if (b) {
    builtin(w, ks, n, b);
    return;
  }
  runCall(w, ks, describe(w, n));
}

/** A call whose results flow to ks (multi-value assignment, return f()). */
export function callInto(w: Walker, ks: Hole[], n: ast.CallExpr): void {
  callExpr(w, ks, n);
}

/** A call statement: results are discarded. */
export function callStmt(w: Walker, n: ast.CallExpr): void {
  const b = builtinOf(w, n);
  if (b) {
    builtin(w, null, n, b);
    return;
  }
  runCall(w, null, describe(w, n));
}

// ---------------------------------------------------------------------------------------------
// Conversions and builtins

function conversion(w: Walker, k: Hole, n: ast.CallExpr, to: Type): void {
  const x = n.args[0];
  if (!x) return;
  const from = w.typeOf(unparen(x));
  const text = (): string => w.printer.expr(n);
  const pos = synPos(unparen(x));
  if (isInterface(to)) {
    if (from && !isInterface(from) && (isUntyped(from) || !isDirectIface(from))) {
      k = w.spill(k, w.newSite('conviface', n, pos, text(), to));
    }
    expr(w, k, x);
    return;
  }
  const tk = ukind(to);
  const fk = ukind(from);
  const isStr = (t: Type | null): boolean => { const u = t && t.kind !== 'TypeParam' ? underlying(t) : null; return !!u && u.kind === 'Basic' && (u.name === 'string' || u.name === 'untyped string'); };
  const elemBasic = (t: Type | null): string => { const e = elemOf(t); const u = e && e.kind !== 'TypeParam' ? underlying(e) : null; return u && u.kind === 'Basic' ? u.name : ''; };
  let op: 'str2bytes' | 'str2runes' | 'bytes2str' | 'runes2str' | 'runestr' | null = null;
  if (tk === 'Slice' && isStr(from)) op = ['byte', 'uint8'].includes(elemBasic(to)) ? 'str2bytes' : 'str2runes';
  else if (isStr(to) && fk === 'Slice') op = ['byte', 'uint8'].includes(elemBasic(from)) ? 'bytes2str' : 'runes2str';
  else if (isStr(to) && fk === 'Basic' && !isStr(from)) op = 'runestr';
  if (op) {
    w.spill(k, w.newSite(op, n, pos, text(), to));
    discard(w, x);
    return;
  }
  if (isUnsafePointer(to) && isUintptr(from)) {
    unsafeValue(w, k, x);
    return;
  }
  if (tk === 'Array' && fk === 'Slice') {
    expr(w, k.deref(), x);
    return;
  }
  expr(w, k, x);
}

/** unsafeValue (expr.go): uintptr arithmetic that may hide an unsafe.Pointer. */
function unsafeValue(w: Walker, k: Hole, n: ast.Expr): void {
  const e = unparen(n);
  if (e.kind === 'CallExpr' && w.info.types.get(unparen(e.fun))?.mode === 'type' && e.args[0]) {
    const ft = w.typeOf(unparen(e.args[0]));
    const u = ft && ft.kind !== 'TypeParam' ? underlying(ft) : null;
    if (u && u.kind === 'Basic' && u.name === 'Pointer') expr(w, k, e.args[0]);
    else discard(w, e.args[0]);
    return;
  }
  if (e.kind === 'BinaryExpr') {
    unsafeValue(w, k, e.x);
    if (e.op === '<<' || e.op === '>>') discard(w, e.y);
    else unsafeValue(w, k, e.y);
    return;
  }
  if (e.kind === 'UnaryExpr') { unsafeValue(w, k, e.x); return; }
  discard(w, e);
}

export function builtinOf(w: Walker, n: ast.CallExpr): string | null {
  const f = unparen(n.fun);
  const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' ? f.sel : null;
  if (!id) return null;
  const o = w.info.uses.get(id);
  return o && o.kind === 'Builtin' ? o.name : null;
}

function smallIntConst(w: Walker, e: ast.Expr | undefined): number | null {
  if (!e) return null;
  const tv = w.info.types.get(unparen(e));
  if (!tv || tv.mode !== 'constant' || !tv.value || tv.value.kind !== 'Int') return null;
  const v = tv.value.v;
  if (v < -(1n << 31n) || v >= (1n << 31n)) return null;
  return Number(v);
}

function builtin(w: Walker, ks: Hole[] | null, n: ast.CallExpr, name: string): void {
  const b = w.b;
  const k0 = ks && ks[0] ? ks[0] : b.discardHole();
  const args = n.args;
  const t = w.typeOf(n);
  switch (name) {
    case 'new': {
      const elem = elemOf(t);
      w.spill(k0, w.newSite('new', n, n.lparen, w.printer.expr(n), t, { elem }));
      return;
    }
    case 'make': {
      // make(M, …) with a type parameter M: its core type (map, slice or chan) decides.
      const mt = t && t.kind === 'TypeParam' ? coreType(t) : t;
      const mk = ukind(mt);
      if (mk === 'Slice') {
        const lenOrCap = args.length > 2 ? args[2] : args[1];
        w.spill(k0, w.newSite('makeslice', n, n.lparen, w.printer.expr(n), t, { elem: elemOf(mt), constLen: smallIntConst(w, lenOrCap) }));
        discard(w, args[1] ?? null);
        discard(w, args[2] ?? null);
      } else if (mk === 'Map') {
        w.spill(k0, w.newSite('makemap', n, n.lparen, w.printer.expr(n), t));
        discard(w, args[1] ?? null);
      } else {
        discard(w, args[1] ?? null);
      }
      return;
    }
    case 'append': {
      const st = w.typeOf(unparen(args[0]));
      const elem = elemOf(st);
      let appendeeK = w.teeHole(k0, b.mutatorHole());
      if (hasPointers(elem)) appendeeK = w.teeHole(appendeeK, b.heapHole().deref());
      expr(w, appendeeK, args[0]);
      if (n.ellipsis >= 0) {
        let appendedK = b.discardHole();
        const at = w.typeOf(unparen(args[1]));
        if (ukind(at) === 'Slice' && hasPointers(elemOf(at))) appendedK = b.heapHole().deref();
        expr(w, appendedK, args[1]);
      } else {
        for (let i = 1; i < args.length; i++) exprConv(w, b.heapHole(), args[i], elem);
      }
      return;
    }
    case 'copy': {
      expr(w, b.mutatorHole(), args[0]);
      const yt = w.typeOf(unparen(args[1]));
      const copiedK = ukind(yt) === 'Slice' && hasPointers(elemOf(yt)) ? b.heapHole().deref() : b.discardHole();
      expr(w, copiedK, args[1]);
      return;
    }
    case 'panic':
      exprConv(w, b.heapHole(), args[0], emptyIface(w));
      return;
    case 'complex': case 'real': case 'imag': case 'len': case 'cap': case 'close':
    case 'delete': case 'print': case 'println': case 'recover':
      for (const a of args) discard(w, a);
      return;
    case 'min': case 'max':
      for (const a of args) expr(w, k0, a);
      return;
    case 'clear':
      expr(w, b.mutatorHole(), args[0]);
      return;
    case 'StringData': case 'SliceData':
      expr(w, k0, args[0]);
      return;
    case 'Add': case 'Slice': case 'String':
      expr(w, k0, args[0]);
      discard(w, args[1] ?? null);
      return;
    default:
      for (const a of args) discard(w, a);
  }
}

export function emptyIface(w: Walker): Type | null {
  let s = w.fn.input.pkg.scope.parent;
  while (s && s.parent) s = s.parent;
  return s?.lookup('any')?.type ?? null;
}

// ---------------------------------------------------------------------------------------------
// Describing and running calls

function calleeOf(w: Walker, obj: Func): Callee {
  const o = obj.origin ?? obj;
  return { obj: o, unit: w.an.units.byFunc.get(o) ?? null };
}

/** StaticCalleeName(StaticValue(fun)): a statically known callee, or null. */
function staticCallee(w: Walker, fun: ast.Expr, depth = 0): Callee | null {
  const f = unparen(fun);
  if (depth > 10) return null;
  if (f.kind === 'FuncLit') {
    const u = w.an.units.byLit.get(f);
    return u ? { obj: null, unit: u } : null;
  }
  if (f.kind === 'SelectorExpr') {
    const sel = w.info.selections.get(f);
    if (sel && sel.kind === 'MethodExpr') {
      if (isIfaceSel(sel) || (isWrapperMethodExpr(sel) && sel.index.length === 1)) return null;
      return { ...calleeOf(w, sel.obj as Func), shift: promotedShift(sel) };
    }
  }
  const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' && !w.info.selections.get(f) ? f.sel : null;
  if (!id) return null;
  const o = w.info.uses.get(id);
  if (!o) return null;
  if (o.kind === 'Func') return calleeOf(w, o);
  if (o.kind === 'Var' && !o.isGlobal && !o.isParam) {
    const facts = w.an.facts;
    const d = facts.defn.get(o);
    if (!d || facts.isReassigned(o)) return null;
    return staticCallee(w, d, depth + 1);
  }
  return null;
}

function pathType(w: Walker, x: ast.Expr, path: readonly number[]): Type | null {
  let t = w.typeOf(unparen(x));
  for (const i of path) {
    if (!t || t.kind === 'TypeParam') return null;
    let u = underlying(t);
    if (u.kind === 'Pointer') u = underlying(u.elem);
    if (u.kind !== 'Struct') return null;
    t = u.fields[i]?.type ?? null;
  }
  return t;
}

export function describe(w: Walker, n: ast.CallExpr): CallDesc {
  const fun = unparen(n.fun);
  const sel = fun.kind === 'SelectorExpr' ? w.info.selections.get(fun) : undefined;
  let fn: Callee | null = null;
  let iface = false;
  let callee: ArgSrc | null = null;
  const params: (Var | null)[] = [];
  const args: ArgSrc[] = [];
  let sig: Signature | null = null;
  let argList: readonly ast.Expr[] = n.args;
  let wrapShift = 0;

  if (sel && sel.kind === 'MethodVal' && fun.kind === 'SelectorExpr') {
    const m = sel.obj as Func;
    const msig = m.type as Signature | null;
    iface = isIfaceSel(sel);
    sig = msig;
    const path = sel.index.slice(0, -1);
    const dv = iface ? devirtualize(w, n, fun) : null;
    if (dv) {
      iface = false;
      fn = calleeOf(w, dv.m);
      const ms = dv.m.type as Signature | null;
      sig = ms;
      const wantPtr = ukind(ms?.recv?.type ?? null) === 'Pointer';
      args.push({ kind: 'assert', x: fun.x, type: dv.typ, deref: !wantPtr && ukind(dv.typ) === 'Pointer' });
      params.push(ms?.recv ?? null);
    } else if (iface) {
      args.push({ kind: 'recv', x: fun.x, path, ptrRecv: false, iface: true, type: pathType(w, fun.x, path) });
      params.push(msig?.recv ?? null);
    } else {
      fn = calleeOf(w, m);
      const rt = msig?.recv?.type ?? null;
      args.push({ kind: 'recv', x: fun.x, path, ptrRecv: ukind(rt) === 'Pointer', iface: false, type: rt });
      params.push(msig?.recv ?? null);
    }
  } else if (sel && sel.kind === 'MethodExpr' && fun.kind === 'SelectorExpr') {
    const m = sel.obj as Func;
    const msig = m.type as Signature | null;
    sig = msig;
    let recvShift = 0;
    if (isIfaceSel(sel) || (isWrapperMethodExpr(sel) && sel.index.length === 1)) {
      iface = false; // interface method expressions and (*T).M wrappers of value methods: no tags
      fn = null;
    } else {
      fn = calleeOf(w, m);
      recvShift = promotedShift(sel);
    }
    wrapShift = recvShift;
    params.push(msig?.recv ?? null);
    if (argList[0]) args.push({ kind: 'expr', e: argList[0], dst: msig?.recv?.type ?? null });
    argList = argList.slice(1);
  } else {
    sig = w.printer.sigOf(fun);
    fn = staticCallee(w, fun);
    callee = { kind: 'expr', e: fun, dst: null };
  }

  const ps = sig ? sig.params.vars : [];
  // f(g()) with a multi-value g: evaluate g into temporaries first (RewriteMultiValueCall)
  if (argList.length === 1 && ps.length > 1) {
    const a = unparen(argList[0]);
    const at = w.typeOf(a);
    if (a.kind === 'CallExpr' && at && at.kind === 'Tuple') {
      const tempVar = (t: Type | null): Location => w.b.newLoc(new Var(null, '.autotmp', t), 'auto', null, w.fn, w.loopDepth, true);
      const temps = at.vars.map((v) => tempVar(v.type));
      callInto(w, temps.map((l) => l.asHole()), a);
      ps.forEach((p, i) => {
        params.push(p);
        const tl = temps[i];
        if (!tl) { args.push({ kind: 'nil' }); return; }
        if (convertsToIface(at.vars[i].type, p.type) && !isDirectIface(at.vars[i].type)) {
          const cv = tempVar(p.type);
          const k2 = w.spill(cv.asHole(), w.newSite('conviface', a, synPos(a), `.autotmp_${i}`, p.type, { implicit: true }));
          w.b.flow(k2, tl);
          args.push({ kind: 'temp', loc: cv, type: p.type });
        } else {
          args.push({ kind: 'temp', loc: tl, type: at.vars[i].type });
        }
      });
      return { n, fn, iface, callee, params, args, recvShift: wrapShift };
    }
  }
  const variadic = !!sig && sig.variadic && n.ellipsis < 0;
  const fixed = variadic ? ps.length - 1 : ps.length;
  for (let i = 0; i < fixed; i++) {
    params.push(ps[i]);
    args.push(argList[i] ? { kind: 'expr', e: argList[i], dst: ps[i].type } : { kind: 'nil' });
  }
  if (variadic) {
    const vp = ps[ps.length - 1];
    params.push(vp);
    const rest = argList.slice(fixed);
    if (rest.length === 0) args.push({ kind: 'nil' });
    else {
      const et = elemOf(vp.type);
      args.push({ kind: 'ddd', call: n, type: vp.type, elems: rest.map((e) => ({ kind: 'expr' as const, e, dst: et })) });
    }
  }
  return { n, fn, iface, callee, params, args };
}

/** Receiver dereferences a promoted method expression's wrapper does before calling the method. */
function promotedShift(sel: Selection): number {
  if (sel.index.length <= 1) return 0;
  let shift = 0;
  let t: Type | null = sel.recv;
  for (const ix of sel.index.slice(0, -1)) {
    if (!t || t.kind === 'TypeParam') break;
    let u = underlying(t);
    if (u.kind === 'Pointer') { shift++; u = underlying(u.elem); }
    if (u.kind !== 'Struct') break;
    t = u.fields[ix]?.type ?? null;
  }
  const mrt = ((sel.obj as Func).type as Signature | null)?.recv?.type ?? null;
  if (ukind(t) === 'Pointer' && ukind(mrt) !== 'Pointer') shift++;
  return shift;
}

/** (*T).M for a value method M, or a promoted method: calls a generated wrapper. */
function isWrapperMethodExpr(sel: Selection): boolean {
  if (sel.index.length > 1) return true;
  const m = sel.obj as Func;
  const rt = (m.type as Signature | null)?.recv?.type ?? null;
  return ukind(sel.recv) === 'Pointer' && ukind(rt) !== 'Pointer';
}

function isIfaceSel(sel: Selection): boolean {
  const t = sel.recv;
  if (t.kind === 'TypeParam') return true;
  let u = underlying(t);
  if (u.kind === 'Pointer') u = underlying(u.elem);
  return u.kind === 'Interface';
}

function inMutualBatch(fn: Callee | null): boolean {
  const u = fn?.unit;
  if (!u) return false;
  if (fn!.obj && stdTags[fn!.obj.fullName()]) return false;
  return u.state !== escFuncUnknown && u.state < escFuncTagged;
}

export function runCall(w: Walker, ks: Hole[] | null, d: CallDesc): void {
  const b = w.b;
  if (ks && d.fn && inMutualBatch(d.fn)) {
    d.fn.unit!.resultLocs.forEach((r, i) => {
      if (i >= ks.length) return;
      let k = ks[i];
      if (k.derefs >= 0 && !hasPointers(r.v?.type ?? d.fn!.unit!.resultVars()[i]?.type ?? null)) k = b.discardHole();
      b.flow(k, r);
    });
  }
  if (!d.iface && d.callee) {
    let calleeK = b.discardHole();
    if (!d.fn && ks && ks.some((k) => k.dst !== b.blankLoc)) calleeK = b.calleeHole();
    evalArg(w, calleeK, d.callee);
  }
  for (let i = 0; i < d.args.length; i++) {
    const k = tagHole(w, ks, d.iface ? null : d.fn, i, d.params[i] ?? null, i === 0 ? (d.recvShift || d.fn?.shift || 0) : 0);
    evalArg(w, k, d.args[i]);
  }
}

/** tagHole (call.go): the hole an argument flows into for parameter i of fn. */
function tagHole(w: Walker, ks: Hole[] | null, fn: Callee | null, i: number, param: Var | null, shift = 0): Hole {
  const b = w.b;
  if (!fn) return b.heapHole();
  if (shift > 0) return tagHole(w, ks, fn, i, param).shift(shift);
  if (inMutualBatch(fn)) {
    const own = fn.unit!.paramVars()[i] ?? param;
    if (!own || own.name === '' || own.name === '_') return b.discardHole();
    const loc = b.oldLoc(own);
    return loc ? loc.asHole() : b.discardHole();
  }
  const esc = tagsFor(fn, i, param);
  const tagKs: Hole[] = [];
  const x = esc.heap();
  if (x >= 0) tagKs.push(b.heapHole().shift(x));
  if (esc.mutator() >= 0) tagKs.push(b.mutatorHole().shift(esc.mutator()));
  if (esc.callee() >= 0) tagKs.push(b.calleeHole().shift(esc.callee()));
  if (ks) {
    for (let r = 0; r < numEscResults && r < ks.length; r++) {
      const y = esc.result(r);
      if (y >= 0) tagKs.push(ks[r].shift(y));
    }
  }
  return w.teeHole(...tagKs);
}

function tagsFor(fn: Callee, i: number, param: Var | null): Leaks {
  if (fn.obj) {
    const st = stdTags[fn.obj.fullName()];
    if (st) {
      const t = st[i];
      return t === undefined ? Leaks.heapLeak() : Leaks.fromStd(t);
    }
  }
  if (fn.unit && fn.unit.tags) return fn.unit.tags[i] ?? new Leaks();
  return param && !hasPointers(param.type) ? new Leaks() : Leaks.heapLeak();
}

export function evalArg(w: Walker, k: Hole, a: ArgSrc): void {
  const b = w.b;
  switch (a.kind) {
    case 'expr':
      exprConv(w, k, a.e, a.dst);
      return;
    case 'recv': {
      const steps = w.fieldSteps(a.x, a.path);
      const d = steps.filter((s) => s).length;
      const r = pathType(w, a.x, a.path);
      const rPtr = ukind(r) === 'Pointer';
      if (a.iface) {
        exprFieldPath(w, k, a.x, d);
      } else if (a.ptrRecv && !rPtr) {
        exprFieldPath(w, k.addr(), a.x, d);
      } else if (!a.ptrRecv && rPtr) {
        if (k.derefs >= 0 && !hasPointers(elemOf(r))) k = b.discardHole();
        exprFieldPath(w, k.deref(), a.x, d);
      } else {
        if (k.derefs >= 0 && !hasPointers(r)) k = b.discardHole();
        exprFieldPath(w, k, a.x, d);
      }
      return;
    }
    case 'temp':
      if (k.derefs >= 0 && !hasPointers(a.type)) k = b.discardHole();
      b.flow(k, a.loc);
      return;
    case 'ddd': {
      const kk = w.spill(k, w.newSite('ddd', a.call, a.call.lparen, '... argument', a.type));
      for (const e of a.elems) evalArg(w, kk, e);
      return;
    }
    case 'assert': {
      let kk = k;
      if (a.deref) {
        if (kk.derefs >= 0 && !hasPointers(elemOf(a.type))) kk = b.discardHole();
        kk = kk.deref();
      }
      expr(w, kk.dotType(isInterface(a.type) || isDirectIface(a.type)), a.x);
      return;
    }
    case 'nil':
      return;
  }
}

/** ir.StaticValue: follow never-reassigned local variables to their defining expression. */
function staticValue(w: Walker, e: ast.Expr): ast.Expr {
  for (let i = 0; i < 20; i++) {
    e = unparen(e);
    if (e.kind !== 'Ident') return e;
    const o = w.info.uses.get(e);
    if (!o || o.kind !== 'Var' || o.isGlobal || o.isParam) return e;
    const d = w.an.facts.defn.get(o);
    if (!d || w.an.facts.isReassigned(o)) return e;
    e = d;
  }
  return e;
}

/** devirtualize.StaticCall: an interface method call on a value statically known to hold T. */
export function devirtualize(w: Walker, n: ast.CallExpr, fun: ast.SelectorExpr): { typ: Type; m: Func } | null {
  if (w.an.devirt.has(n)) return w.an.devirt.get(n) ?? null;
  const r = devirtualize1(w, n, fun);
  w.an.devirt.set(n, r);
  return r;
}

function devirtualize1(w: Walker, n: ast.CallExpr, fun: ast.SelectorExpr): { typ: Type; m: Func } | null {
  const x = unparen(fun.x);
  if (x.kind !== 'Ident') return null;
  const o = w.info.uses.get(x);
  if (!o || o.kind !== 'Var' || o.isGlobal || o.isParam) return null;
  const d = w.an.facts.defn.get(o);
  if (!d || w.an.facts.isReassigned(o)) return null;
  // the defining expression must be a conversion to an interface (implicit or explicit)
  let r = unparen(staticValue(w, d));
  let typ: Type | null = null;
  const rt = w.typeOf(r);
  if (r.kind === 'CallExpr' && w.info.types.get(unparen(r.fun))?.mode === 'type' && isInterface(rt) && r.args[0]) {
    typ = w.typeOf(unparen(r.args[0]));
    r = r.args[0];
  } else if (rt && !isInterface(rt) && isInterface(o.type)) {
    typ = rt;
  }
  if (!typ || isInterface(typ) || isUntyped(typ)) return null;
  const res = lookupFieldOrMethod(typ, false, w.fn.input.pkg, fun.sel.name);
  if (!res.obj || res.obj.kind !== 'Func' || (res.index && res.index.length > 1)) return null;
  if (w.fn.report) w.an.devirtDiag(w.fn, n.lparen, `devirtualizing ${w.printer.expr(fun)} to ${w.printer.typeStr(typ)}`);
  w.printer.devirt.set(n, typ);
  return { typ, m: res.obj };
}

// ---------------------------------------------------------------------------------------------
// Method values

export function methodValue(w: Walker, k: Hole, n: ast.SelectorExpr, sel: Selection): void {
  const b = w.b;
  const m = sel.obj as Func;
  const msig = m.type as Signature | null;
  const iface = isIfaceSel(sel);
  const rt = msig?.recv?.type ?? null;
  const path = sel.index.slice(0, -1);
  const closureK = w.spill(k, w.newSite('methvalue', n, synPos(n), w.printer.expr(n), w.typeOf(n), { recvSize: 8 }));
  const nres = msig ? msig.results.vars.length : 0;
  const ks: Hole[] = [];
  for (let i = 0; i < nres; i++) ks.push(b.heapHole());
  const paramK = iface ? b.heapHole() : tagHole(w, ks, calleeOf(w, m), 0, msig?.recv ?? null);
  evalArg(w, w.teeHole(paramK, closureK), {
    kind: 'recv', x: n.x, path, ptrRecv: !iface && ukind(rt) === 'Pointer', iface, type: rt,
  });
}


// ---------------------------------------------------------------------------------------------
// Range over functions (cmd/compile/internal/rangefunc rewrites the loop into f(yield-closure))

export function rangeFunc(w: Walker, s: ast.RangeStmt, bu: FuncUnit): void {
  const b = w.b;
  const state = bu.captures[0];
  if (state) w.dcl(state);
  const x = unparen(s.x);
  const sel = x.kind === 'SelectorExpr' ? w.info.selections.get(x) : undefined;
  let k: Hole;
  if (sel && sel.kind === 'MethodVal' && x.kind === 'SelectorExpr') {
    // range x.M: the loop calls the method directly, x.M(yield)
    const m = sel.obj as Func;
    const msig = m.type as Signature | null;
    const iface = isIfaceSel(sel);
    const fn = iface ? null : calleeOf(w, m);
    const rt = msig?.recv?.type ?? null;
    evalArg(w, tagHole(w, null, fn, 0, msig?.recv ?? null), {
      kind: 'recv', x: x.x, path: sel.index.slice(0, -1), ptrRecv: !iface && ukind(rt) === 'Pointer', iface, type: rt,
    });
    k = tagHole(w, null, fn, 1, msig?.params.vars[0] ?? null);
  } else {
    const fn = staticCallee(w, s.x);
    const sig = w.printer.sigOf(s.x);
    expr(w, b.discardHole(), s.x);
    k = tagHole(w, null, fn, 0, sig?.params.vars[0] ?? null);
  }
  const site = w.newSite('closure', s, s.pos, 'func literal', null, { unit: bu });
  const loc = w.spillLoc(k, site);
  b.closures.push({ k: loc.asHole(), unit: bu, site: loc });
  b.closureOfLoc.set(loc, bu);
  for (const v of bu.captures) {
    const l = b.oldLoc(v);
    if (l && !l.captured) {
      l.captured = true;
      if (l.loopDepth === w.loopDepth) l.reassigned = false;
    }
  }
  const st = state ? b.oldLoc(state) : null;
  if (st) st.reassigned = true; // the body updates the loop state
  bu.state = escFuncStarted;
  const cw = new Walker(b, bu, 1);
  for (const x of [s.key, s.value]) {
    if (!x) continue;
    if (x.kind === 'Ident' && bu.dcls.some((v) => w.info.defs.get(x) === v)) cw.dcl(w.info.defs.get(x) as Var);
    else cw.assignList([x], [null], new Set());
  }
  cw.block(s.body.list);
}
