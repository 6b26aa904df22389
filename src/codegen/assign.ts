// Declarations and assignments: var/const/type declarations in function bodies, single and tuple
// assignment with Go's two phases (operands first, then the stores in order), op= (including
// m[k] op= y) and the stores into variables, pointers, fields, slice and map elements.
// Mirrors cmd/compile/internal/walk/assign.go and the assignment part of ssagen/ssa.go (stmt).

import * as cplx from './complex.js';
import type * as ast from '../syntax/ast.js';
import { unparen } from '../syntax/ast.js';
import { underlying, Typ, BasicKind, type Type, type Pointer } from '../types/types.js';
import type { Var } from '../types/objects.js';
import { FuncGen, js, mem, type Val } from './func.js';
import { numKind, isString, isJSValue, isInterface, isPtrShaped, sizeof } from './layout.js';
import { arith, shift } from './arith.js';
import { genExpr, genExprAs, genJS, tryAddr, keyAddr, walkPath, mapIndex, convertAssign } from './expr.js';
import { genCall } from './call.js';
import { genTypeAssert } from './conv.js';
import { genRecv } from './chan.js';
import { hasCallOrRecv } from './builtin.js';
import { sideEffects } from './stmt.js';

export function genDecl(g: FuncGen, d: ast.GenDecl): void {
  if (d.tok !== 'var') return;
  for (const spec of d.specs) {
    const vs = spec as ast.ValueSpec;
    const vars = vs.names.map((n) => g.info.defs.get(n) as Var | null);
    if (vs.values.length === 0) { for (const v of vars) if (v) g.declareVar(v, null, g.isHeapVar(v)); continue; }
    const blankType = (i: number): Type => {
      if (vs.values.length === vars.length) return g.typeOf(vs.values[i]);
      const tt = g.typeOf(vs.values[0]);
      if (tt.kind === 'Tuple') return g.subst(tt.vars[i].type!);
      return i === 0 ? tt : Typ[BasicKind.Bool]; // comma-ok forms
    };
    const vals = rhsValues(g, vs.values, vars.map((v, i) => v ? g.subst(v.type!) : blankType(i)), vars.length);
    vars.forEach((v, i) => { if (v && v.name !== '_') g.declareVar(v, vals[i], g.isHeapVar(v)); else sideEffects(g, vals[i]); });
  }
}

/** Evaluates right-hand sides (n values, possibly from one multi-value expression) converted to types. */
export function rhsValues(g: FuncGen, rhs: readonly ast.Expr[], types: Type[], n: number): Val[] {
  if (rhs.length === 1 && n > 1) {
    const x = unparen(rhs[0]);
    let vs: Val[];
    let ts: Type[];
    // the comma-ok value is an untyped bool: converted to the target's type (any, a named bool…)
    const okT = isInterface(types[1]) ? Typ[BasicKind.Bool] : types[1];
    if (x.kind === 'IndexExpr') { vs = mapIndex(g, x, true); ts = [g.valueTypeOf(x), okT]; }
    else if (x.kind === 'TypeAssertExpr') { vs = genTypeAssert(g, x, true); ts = [g.valueTypeOf(x), okT]; }
    else if (x.kind === 'UnaryExpr' && x.op === '<-') { vs = genRecv(g, x, true); ts = [g.valueTypeOf(x), okT]; }
    else if (x.kind === 'CallExpr') { vs = genCall(g, x); ts = (g.typeOf(x) as { vars: Var[] }).vars.map((v) => g.subst(v.type!)); }
    else throw new Error('codegen: unsupported multi-value expression ' + x.kind);
    return vs.map((v, i) => g.stable(types[i], convertAssign(g, v, ts[i], types[i])));
  }
  const out: Val[] = [];
  for (let i = 0; i < rhs.length; i++) {
    const v = genExprAs(g, rhs[i], types[i]);
    out.push(rhs.length > 1 ? g.stable(types[i], v) : v);
  }
  return out;
}

export function genAssign(g: FuncGen, s: ast.AssignStmt): void {
  if (s.tok !== '=' && s.tok !== ':=') {
    opAssign(g, s.lhs[0], s.tok.slice(0, -1), s.rhs[0]);
    return;
  }
  const lhsTypes = s.lhs.map((l, i) => {
    if (l.kind === 'Ident' && l.name === '_') {
      const r = s.rhs.length === s.lhs.length ? s.rhs[i] : null;
      if (r) return g.typeOf(r);
      const tt = g.typeOf(s.rhs[0]);
      if (tt.kind === 'Tuple') return g.subst(tt.vars[i].type!);
      // comma-ok forms (v, ok = m[k], x.(T), <-c): the value's type, then bool
      return i === 0 ? tt : Typ[BasicKind.Bool];
    }
    if (s.tok === ':=' && l.kind === 'Ident') { const d = g.info.defs.get(l); if (d) return g.subst(d.type!); }
    return g.typeOf(l);
  });
  if (s.lhs.length > 1 && s.tok === '=' && s.lhs.some((l) => hasCallOrRecv(g, l))) {
    // Phase 1 evaluates the operands on the left and the expressions on the right in the usual
    // order: calls on the left (*f(), p = m[g()]) come before those on the right.
    const stores = s.lhs.map((l, i) => lhsStore(g, l, lhsTypes[i]));
    const vals = rhsValues(g, s.rhs, lhsTypes, s.lhs.length);
    stores.forEach((st, i) => st(vals[i]));
    return;
  }
  const vals = rhsValues(g, s.rhs, lhsTypes, s.lhs.length);
  if (s.lhs.length > 1 && s.tok === '=') {
    // Go evaluates the index and pointer operands on the left before assigning (phase 1).
    const stores = s.lhs.map((l, i) => lhsStore(g, l, lhsTypes[i], unchangedVars(g, s.lhs)));
    stores.forEach((st, i) => st(vals[i]));
    return;
  }
  s.lhs.forEach((l, i) => {
    if (l.kind === 'Ident' && l.name === '_') { sideEffects(g, vals[i]); return; }
    if (s.tok === ':=' && l.kind === 'Ident') {
      const d = g.info.defs.get(l);
      if (d && d.kind === 'Var') { g.declareVar(d, vals[i], g.isHeapVar(d)); return; }
    }
    assignTo(g, l, vals[i], lhsTypes[i]);
  });
}

/**
 * For a tuple assignment without calls whose targets are all variables or index expressions: the
 * test "variable o keeps its value until the stores are done" (o not itself a target; no target
 * writes through a pointer that could alias it). Its operands then need no phase-1 copy
 * (`s[i], s[j] = s[j], s[i]` indexes s directly). Null when no such guarantee exists.
 */
function unchangedVars(g: FuncGen, lhs: readonly ast.Expr[]): ((o: unknown) => boolean) | null {
  const assigned = new Set<unknown>();
  for (const l0 of lhs) {
    const l = unparen(l0);
    if (l.kind === 'Ident') { assigned.add(g.info.objectOf(l)); continue; }
    if (l.kind !== 'IndexExpr') return null;
  }
  return (o) => !assigned.has(o);
}

/** Evaluates the operands of an assignment target now; returns the store to perform later. */
export function lhsStore(g: FuncGen, l: ast.Expr, t: Type, unchanged: ((o: unknown) => boolean) | null = null): (v: Val) => void {
  l = unparen(l);
  if (l.kind === 'Ident') {
    if (l.name === '_') return () => {};
    const o = g.info.objectOf(l);
    if (o && o.kind === 'Var') return (v) => g.writeVar(o, v);
  }
  if (l.kind === 'IndexExpr' && underlying(g.typeOf(l.x)).kind === 'Map') {
    const mt = g.typeOf(l.x);
    const m = g.ptrTemp(genJS(g, l.x));
    const k = keyAddr(g, l.index, (underlying(mt) as { key: Type }).key);
    return (v) => {
      // the value is computed before mapassign adds the key (m[0] = len(m) stores 0)
      const vv = v.k === 'js' ? js(isPtrShaped(t) ? g.ptrTemp(v.js) : g.bind(v.js)) : v;
      const p = g.bind(`$rt.mapassign(${g.prog.types.ref(mt)}, ${m}, ${k})`);
      g.store(t, p, vv);
    };
  }
  // Phase 1 evaluates the operands; the indirection and the bounds check belong to phase 2, the
  // assignments in order (m[2], *p = 42, 2 with p nil stores m[2] first, then panics).
  if (l.kind === 'StarExpr') {
    const p = g.ptrTemp(genJS(g, l.x));
    return (v) => g.store(t, `$nil(${p})`, v);
  }
  if (l.kind === 'SelectorExpr') {
    const sel = g.info.selections.get(l);
    if (sel && sel.kind === 'FieldVal' && underlying(g.typeOf(l.x)).kind === 'Pointer') {
      const p = g.ptrTemp(genJS(g, l.x));
      const et = (underlying(g.typeOf(l.x)) as Pointer).elem;
      return (v) => g.store(t, walkPath(g, `$nil(${p})`, et, sel.index).addr, v);
    }
  }
  if (l.kind === 'IndexExpr' && underlying(g.typeOf(l.x)).kind === 'Slice') {
    const st = g.typeOf(l.x);
    const x = unparen(l.x);
    const xo = x.kind === 'Ident' ? g.info.objectOf(x) : null;
    const direct = unchanged !== null && xo !== null && xo.kind === 'Var' && unchanged(xo);
    const sh = (direct ? genExpr(g, l.x) : g.stable(st, genExpr(g, l.x))) as { addr: string };
    const i = g.stable(g.typeOf(l.index), genExpr(g, l.index)) as { js: string };
    const es = sizeof((underlying(st) as { elem: Type }).elem);
    return (v) => g.store(t, `($m.u32[${sh.addr} >>> 2] + $idx(${i.js}, $m.u32[(${sh.addr} + 8) >>> 2])${es !== 1 ? ' * ' + es : ''})`, v);
  }
  const a = tryAddr(g, l);
  if (a === null) throw new Error('codegen: cannot assign to ' + l.kind);
  // a frame slot in the pointer map: the address stays valid (and its object alive) across calls
  const ab = g.ptrTemp(a);
  return (v) => g.store(t, ab, v);
}

/** Stores v into the location denoted by l. */
export function assignTo(g: FuncGen, l: ast.Expr, v: Val, t: Type): void {
  l = unparen(l);
  if (l.kind === 'Ident') {
    const o = g.info.objectOf(l);
    if (o && o.kind === 'Var') { g.writeVar(o, v); return; }
  }
  if (l.kind === 'IndexExpr' && underlying(g.typeOf(l.x)).kind === 'Map') {
    const mt = g.typeOf(l.x);
    // the value is computed before mapassign adds the key (m[0] = len(m) stores 0)
    const vv = v.k === 'js' ? js(isPtrShaped(t) ? g.ptrTemp(v.js) : g.bind(v.js)) : v;
    const m = g.ptrTemp(genJS(g, l.x));
    const k = keyAddr(g, l.index, (underlying(mt) as { key: Type }).key);
    const p = g.bind(`$rt.mapassign(${g.prog.types.ref(mt)}, ${m}, ${k})`);
    g.store(t, p, vv);
    return;
  }
  const a = tryAddr(g, l);
  if (a === null) throw new Error('codegen: cannot assign to ' + l.kind);
  g.store(t, a, v);
}

/** x op= y (y null: ++/--). */
export function opAssign(g: FuncGen, x: ast.Expr, op: string, y: ast.Expr | null): void {
  const t = g.typeOf(x);
  const l = unparen(x);
  // location
  let read: () => Val;
  let write: (v: Val) => void;
  if (l.kind === 'Ident' && g.info.objectOf(l)?.kind === 'Var' && g.locOf(g.info.objectOf(l) as Var).k === 'let') {
    const v = g.info.objectOf(l) as Var;
    read = () => g.readVar(v);
    write = (val) => g.writeVar(v, val);
  } else if (l.kind === 'IndexExpr' && underlying(g.typeOf(l.x)).kind === 'Map') {
    const mt = g.typeOf(l.x);
    const yv = y ? g.stable(t, genExprAs(g, y, op === '<<' || op === '>>' ? g.typeOf(y) : t)) : null;
    const m = g.ptrTemp(genJS(g, l.x));
    const k = keyAddr(g, l.index, (underlying(mt) as { key: Type }).key);
    if (!opMayPanic(op, t)) {
      // One lookup: an operation that cannot panic cannot leave a half-done insert behind.
      const p = g.bind(`$rt.mapassign(${g.prog.types.ref(mt)}, ${m}, ${k})`);
      g.store(t, p, combine(g, op, t, g.valAt(t, p), yv, y));
      return;
    }
    // m[k] op= y is m[k] = m[k] op y: the new value (which may panic: x/0) before the insert
    const cur = g.stable(t, g.valAt(t, g.bind(`$rt.mapaccess1(${g.prog.types.ref(mt)}, ${m}, ${k})`)));
    const nv = g.stable(t, combine(g, op, t, cur, yv, y));
    const p = g.bind(`$rt.mapassign(${g.prog.types.ref(mt)}, ${m}, ${k})`);
    g.store(t, p, nv);
    return;
  } else {
    // The right operand first (it may call and move the stack), then the target's address.
    const yv0 = y ? g.stable(op === '<<' || op === '>>' ? g.typeOf(y) : t, genExprAs(g, y, op === '<<' || op === '>>' ? g.typeOf(y) : t)) : null;
    const a = g.bind(tryAddr(g, l)!);
    g.store(t, a, combine(g, op, t, g.valAt(t, a), yv0, y));
    return;
  }
  const yv = y ? genExprAs(g, y, op === '<<' || op === '>>' ? g.typeOf(y) : t) : null;
  write(combine(g, op, t, read(), yv, y));
}

/**
 * Whether m[k] op= y must compute the new value before inserting k, as Go does: integer division
 * (by zero panics with k not inserted), string concatenation (allocates) and non-scalar types.
 */
function opMayPanic(op: string, t: Type): boolean {
  if (isString(t) || cplx.isComplex(t) || !isJSValue(t)) return true;
  const nk = numKind(t);
  if (nk === null || nk === 'bool') return true;
  if (op === '/' || op === '%') return !(nk === 'f32' || nk === 'f64');
  // A negative shift count panics after the insert in Go too (m[k] <<= -1 leaves k in m).
  return false;
}

function combine(g: FuncGen, op: string, t: Type, a: Val, b: Val | null, y: ast.Expr | null): Val {
  if (isString(t)) {
    const av = g.stable(t, a) as { addr: string };
    const dst = g.temp(t);
    g.line(`$rt.concatstrings(${dst}, [${av.addr}, ${(b as { addr: string }).addr}]);`);
    return mem(dst);
  }
  if (cplx.isComplex(t)) return b === null ? cplx.arith(g, op, t, g.stable(t, a), cplx.complexConst(g, t, { kind: 'Complex', re: { num: 1n, den: 1n }, im: { num: 0n, den: 1n } } as never)) : cplx.arith(g, op, t, g.stable(t, a), b);
  const k = numKind(t)!;
  const aj = (a as { js: string }).js;
  if (b === null) return js(arith(op, k, aj, k === 'f32' || k === 'f64' ? '1' : k === 'i64' || k === 'u64' ? '1' : '1'));
  const bj = (b as { js: string }).js;
  if (op === '<<' || op === '>>') {
    const tv = y ? g.info.types.get(y) : undefined;
    const sc = tv && tv.mode === 'constant' && tv.value && tv.value.kind === 'Int' ? Number(tv.value.v) : null;
    return js(shift(op, k, aj, sc === null ? bj : String(sc), numKind(g.typeOf(y!)) ?? 'u64', sc));
  }
  return js(arith(op, k, aj, bj));
}

