// expr.ts — modelling the evaluation of an expression whose value flows into a hole: names,
// address-of and indirection, field/index/slice paths, type assertions, composite literals, closures,
// method values, string concatenation, and implicit conversions to interfaces (which allocate
// unless the value is pointer-shaped). Mirrors cmd/compile/internal/escape/expr.go.

import type * as ast from '../syntax/ast.js';
import { underlying, type Type } from '../types/types.js';
import { coreType } from '../types/expr.js';
import type { Hole } from './graph.js';
import { Walker } from './walker.js';
import { callExpr, methodValue } from './call.js';
import { synPos } from './fmt.js';
import {
  elemOf, hasPointers, isDirectIface, isInterface, isUntyped, isUntypedNilType, ukind,
} from './typeutil.js';
import { escFuncStarted } from './units.js';

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

export function discard(w: Walker, n: ast.Expr | null): void {
  expr(w, w.b.discardHole(), n);
}

/** Does assigning a value of type src to dst insert an OCONVIFACE node? */
export function convertsToIface(src: Type | null, dst: Type | null): boolean {
  return !!dst && isInterface(dst) && !!src && !isInterface(src) && !isUntypedNilType(src);
}

/**
 * exprConv: evaluates n assigned to a destination of type dst, with the implicit conversion to an
 * interface Go inserts (OCONVIFACE with Implicit set): non-pointer-shaped values are spilled.
 */
export function exprConv(w: Walker, k: Hole, n: ast.Expr, dst: Type | null): void {
  const src = w.typeOf(unparen(n));
  const tv = w.info.types.get(unparen(n));
  if (tv && tv.mode === 'type') return;
  if (convertsToIface(src, dst)) {
    if (isUntyped(src) || !isDirectIface(src)) {
      const u = unparen(n);
      k = w.spill(k, w.newSite('conviface', u, synPos(u), w.printer.expr(u), dst, { implicit: true }));
    }
  }
  expr(w, k, n);
}

/** A field path x.f1.f2…: evaluate x with one dereference per pointer step (ODOTPTR). */
export function exprFieldPath(w: Walker, k: Hole, x: ast.Expr, derefs: number): void {
  expr(w, derefs > 0 ? k.shift(derefs) : k, x);
}

export function expr(w: Walker, k: Hole, n0: ast.Expr | null): void {
  if (!n0) return;
  const n = unparen(n0);
  // Nodes of generic functions stay unseen: an allocation the analysis did not model there (its
  // kind can depend on the type arguments, e.g. string(b) with b of type B ~[]byte) defaults to the
  // heap in every instance (index.ts heapAlloc).
  if (!w.fn.generic) {
    w.an.seen.add(n);
    if (n !== n0) w.an.seen.add(n0);
  }
  const tv = w.info.types.get(n);
  if (tv && (tv.mode === 'constant' || tv.mode === 'type')) return;
  const t = tv?.type ?? null;
  if (k.derefs >= 0 && t && t.kind !== 'Tuple' && !isUntyped(t) && !hasPointers(t)) k = w.b.discardHole();

  switch (n.kind) {
    case 'Ident': {
      const o = w.info.uses.get(n) ?? w.info.defs.get(n);
      if (!o || o.kind !== 'Var' || o.isGlobal) return;
      const loc = w.b.oldLoc(o);
      if (loc) w.b.flow(k, loc);
      return;
    }
    case 'BasicLit':
      return;
    case 'FuncLit':
      closure(w, k, n);
      return;
    case 'CompositeLit':
      compositeLit(w, k, n);
      return;
    case 'UnaryExpr': {
      if (n.op === '&') {
        const x = unparen(n.x);
        if (x.kind === 'CompositeLit') {
          const lt = w.typeOf(x);
          const site = w.newSite('ptrlit', n, n.pos, w.printer.expr(n), t, { elem: lt });
          expr(w, w.spill(k, site), x);
          return;
        }
        expr(w, k.addr(), x);
        return;
      }
      discard(w, n.x);
      return;
    }
    case 'StarExpr':
      expr(w, k.deref(), n.x);
      return;
    case 'BinaryExpr': {
      if (w.printer.isAddStr(n)) {
        w.spill(k, w.newSite('addstr', n, n.opPos, w.printer.expr(n), t));
        for (const x of w.printer.addStrOperands(n)) discard(w, x);
        return;
      }
      if (n.op === '==' || n.op === '!=') {
        // mixed interface/concrete comparison: the concrete operand is converted (OCONVIFACE)
        const xt = w.typeOf(unparen(n.x)), yt = w.typeOf(unparen(n.y));
        exprConv(w, w.b.discardHole(), n.x, isInterface(yt) ? yt : null);
        exprConv(w, w.b.discardHole(), n.y, isInterface(xt) ? xt : null);
        return;
      }
      discard(w, n.x);
      discard(w, n.y);
      return;
    }
    case 'SelectorExpr': {
      const sel = w.info.selections.get(n);
      if (!sel) return; // qualified identifier: global, function or constant
      if (sel.kind === 'FieldVal') {
        const steps = w.fieldSteps(n.x, sel.index);
        exprFieldPath(w, k, n.x, steps.filter((s) => s).length);
        return;
      }
      if (sel.kind === 'MethodVal') {
        methodValue(w, k, n, sel);
        return;
      }
      return; // method expression
    }
    case 'IndexExpr': {
      const xt = w.typeOf(n.x);
      const xk = ukind(xt);
      if (xk === 'Signature' || w.info.types.get(unparen(n.x))?.mode === 'type') return; // instantiation
      if (xk === 'Map') {
        discard(w, n.x);
        exprConv(w, w.b.discardHole(), n.index, (underlying(xt!) as { key: Type }).key);
        return;
      }
      if (xk === 'Array') expr(w, k, n.x);
      else expr(w, k.deref(), n.x);
      discard(w, n.index);
      return;
    }
    case 'IndexListExpr':
      return;
    case 'SliceExpr': {
      const xk = ukind(w.typeOf(n.x));
      if (xk === 'Array') expr(w, k.addr(), n.x);
      else expr(w, k, n.x);
      discard(w, n.low);
      discard(w, n.high);
      discard(w, n.max);
      return;
    }
    case 'TypeAssertExpr': {
      const at = t;
      expr(w, k.dotType(isInterface(at) || isDirectIface(at)), n.x);
      return;
    }
    case 'CallExpr':
      callExpr(w, [k], n);
      return;
    case 'KeyValueExpr':
      expr(w, k, n.value);
      return;
    case 'ParenExpr':
      expr(w, k, n.x);
      return;
    default:
      return; // types, bad expressions
  }
}

function closure(w: Walker, k: Hole, n: ast.FuncLit): void {
  const u = w.an.units.byLit.get(n);
  if (!u) return;
  const site = w.newSite('closure', n, n.pos, 'func literal', w.typeOf(n), { unit: u });
  const loc = w.spillLoc(k, site);
  if (u.kind === 'global') return; // a package-level literal: its own function, analysed already
  w.b.closures.push({ k: loc.asHole(), unit: u, site: loc });
  w.b.closureOfLoc.set(loc, u);
  for (const v of u.captures) {
    const l = w.b.oldLoc(v);
    if (l && !l.captured) {
      l.captured = true;
      if (l.loopDepth === w.loopDepth) l.reassigned = false;
    }
  }
  walkClosure(w, u);
}

/** Walks a closure's body with its own loop depth (escape.go walkFunc for hidden closures). */
export function walkClosure(w: Walker, u: import('./units.js').FuncUnit): void {
  u.state = escFuncStarted;
  const cw = new Walker(w.b, u, 1);
  const body = u.body;
  if (body) cw.block(body.list);
}

/** An element of a composite literal: `{…}` with an elided pointer type means &T{…}. */
function element(w: Walker, k: Hole, e: ast.Expr, et: Type | null): void {
  if (e.kind === 'CompositeLit' && !e.type && ukind(et) === 'Pointer') {
    const elem = elemOf(et);
    const kk = w.spill(k, w.newSite('ptrlit', e, e.lbrace, '&' + w.printer.typeStr(elem) + (e.elts.length ? '{...}' : '{}'), et, { elem }));
    compositeLit(w, kk, e, elem);
    return;
  }
  exprConv(w, k, e, et);
}

function compositeLit(w: Walker, k: Hole, n: ast.CompositeLit, asType?: Type | null): void {
  let lt = asType ?? w.typeOf(n);
  if (!lt) return;
  if (ukind(lt) === 'Pointer' && !n.type) {
    // elided &T{...} inside another composite literal
    const elem = elemOf(lt);
    k = w.spill(k, w.newSite('ptrlit', n, n.lbrace, w.printer.expr(n), lt, { elem }));
    lt = elem;
    if (!lt) return;
  }
  // a literal of a type parameter type (P{…}) has the structure of P's core type
  const u = lt.kind === 'TypeParam' ? coreType(lt) : underlying(lt);
  if (!u) return;
  switch (u.kind) {
    case 'Struct': {
      n.elts.forEach((e, i) => {
        if (e.kind === 'KeyValueExpr') {
          const name = e.key.kind === 'Ident' ? e.key.name : '';
          const f = u.fields.find((x) => x.name === name);
          element(w, k, e.value, f?.type ?? null);
        } else {
          element(w, k, e, u.fields[i]?.type ?? null);
        }
      });
      return;
    }
    case 'Array':
      for (const e of n.elts) element(w, k, e.kind === 'KeyValueExpr' ? e.value : e, u.elem);
      return;
    case 'Slice': {
      const kk = w.spill(k, w.newSite('slicelit', n, n.lbrace, w.printer.expr(n), lt));
      for (const e of n.elts) element(w, kk, e.kind === 'KeyValueExpr' ? e.value : e, u.elem);
      return;
    }
    case 'Map': {
      w.spill(k, w.newSite('maplit', n, n.lbrace, w.printer.expr(n), lt));
      for (const e of n.elts) {
        if (e.kind !== 'KeyValueExpr') continue;
        element(w, w.b.heapHole(), e.key, u.key);
        element(w, w.b.heapHole(), e.value, u.elem);
      }
      return;
    }
    default:
      for (const e of n.elts) discard(w, e.kind === 'KeyValueExpr' ? e.value : e);
  }
}
