// godefer.ts — go and defer statements: a call that is not already a zero-argument function call is
// wrapped in a closure, its operands evaluated into temporaries at the statement and captured by
// the wrapper; the wrapper escapes for `go` and for defers inside loops, and lives until the
// function returns for other defers. Mirrors cmd/compile/internal/escape/call.go (goDeferStmt) and
// cmd/compile/internal/typecheck/stmt.go (normalizeGoDeferCall).

import type * as ast from '../syntax/ast.js';
import { Var } from '../types/objects.js';
import type { Type } from '../types/types.js';
import type { Hole } from './graph.js';
import { Walker } from './walker.js';
import { convertsToIface, expr } from './expr.js';
import { FuncUnit, escFuncStarted } from './units.js';
import { builtinOf, describe, emptyIface, evalArg, runCall, type ArgSrc } from './call.js';

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function trivialArg(w: Walker, a: ArgSrc): boolean {
  if (a.kind === 'nil') return true;
  if (a.kind !== 'expr') return false;
  const e = unparen(a.e);
  const t = w.typeOf(e);
  if (a.dst && convertsToIface(t, a.dst)) return false;
  const tv = w.info.types.get(e);
  if (tv && tv.mode === 'constant') return true;
  if (e.kind === 'Ident') {
    const o = w.info.uses.get(e);
    if (o && (o.kind === 'Nil' || o.kind === 'Func')) return true;
  }
  if (e.kind === 'SelectorExpr') {
    const s = w.info.selections.get(e);
    if (s && s.kind === 'MethodExpr') return true;
    if (!s) { const o = w.info.uses.get(e.sel); if (o && o.kind === 'Func') return true; }
  }
  if (e.kind === 'CallExpr') {
    const f = unparen(e.fun);
    const id = f.kind === 'Ident' ? f : null;
    const o = id ? w.info.uses.get(id) : null;
    if (o && o.kind === 'Builtin' && o.name === 'new') return true;
  }
  return false;
}

export function goDeferStmt(w: Walker, s: ast.GoStmt | ast.DeferStmt): void {
  const b = w.b;
  let k = b.heapHole();
  if (s.kind === 'DeferStmt' && w.loopDepth === 1) k = w.later(b.discardHole());
  const call = s.call;
  const fun = unparen(call.fun);
  const bname = builtinOf(w, call);
  const sel = fun.kind === 'SelectorExpr' ? w.info.selections.get(fun) : undefined;
  const isMethod = !!sel && (sel.kind === 'MethodVal' || sel.kind === 'MethodExpr');
  const sig = bname ? null : w.printer.sigOf(fun);
  if (!bname && !isMethod && sig && sig.params.vars.length + sig.results.vars.length === 0) {
    expr(w, k, fun);
    return;
  }

  const wrapper = new FuncUnit('wrapper', s, w.fn.input, w.fn.file, null, null, w.fn, w.fn.report);
  wrapper.state = escFuncStarted;
  const temps: Var[] = [];
  const toTemp = (a: ArgSrc, type: Type | null): ArgSrc => {
    if (trivialArg(w, a)) return a;
    if (a.kind === 'ddd') return { ...a, elems: a.elems.map((x) => toTemp(x, x.kind === 'expr' ? x.dst : null)) };
    if (a.kind === 'temp') {
      if (a.loc.v && !temps.includes(a.loc.v)) temps.push(a.loc.v);
      return a;
    }
    const v = new Var(null, '.autotmp', type);
    const loc = b.newLoc(v, 'auto', null, w.fn, w.loopDepth, true);
    temps.push(v);
    evalArg(w, loc.asHole(), a);
    return { kind: 'temp', loc, type };
  };
  const srcType = (a: ArgSrc): Type | null => {
    if (a.kind === 'expr') {
      const t = w.typeOf(unparen(a.e));
      return a.dst && convertsToIface(t, a.dst) ? a.dst : t;
    }
    return a.kind === 'recv' || a.kind === 'temp' || a.kind === 'ddd' ? a.type : null;
  };

  if (bname) {
    const srcs: ArgSrc[] = call.args.map((e) => ({ kind: 'expr' as const, e, dst: bname === 'panic' ? emptyIface(w) : null }));
    const ts = srcs.map((a) => toTemp(a, srcType(a)));
    wrapClosure(w, k, wrapper, temps);
    const ww = new Walker(b, wrapper, 1);
    switch (bname) {
      case 'panic': if (ts[0]) evalArg(ww, b.heapHole(), ts[0]); break;
      case 'copy':
        if (ts[0]) evalArg(ww, b.mutatorHole(), ts[0]);
        if (ts[1]) evalArg(ww, b.heapHole().deref(), ts[1]);
        break;
      case 'clear': if (ts[0]) evalArg(ww, b.mutatorHole(), ts[0]); break;
      default: break;
    }
    return;
  }

  const d = describe(w, call);
  if (d.iface) d.args[0] = toTemp(d.args[0], srcType(d.args[0]));
  if (d.callee) d.callee = toTemp(d.callee, srcType(d.callee));
  for (let i = d.iface ? 1 : 0; i < d.args.length; i++) d.args[i] = toTemp(d.args[i], srcType(d.args[i]));
  wrapClosure(w, k, wrapper, temps);
  const ww = new Walker(b, wrapper, 1);
  runCall(ww, null, d);
}

/** The wrapper closure of a go/defer statement, capturing its argument temporaries. */
function wrapClosure(w: Walker, k: Hole, wrapper: FuncUnit, temps: Var[]): void {
  wrapper.captures = temps;
  const site = w.newSite('closure', wrapper.node, wrapper.node.pos, 'func literal', null, { unit: wrapper, wrapper: true });
  const loc = w.spillLoc(k, site);
  w.b.closures.push({ k: loc.asHole(), unit: wrapper, site: loc });
  w.b.closureOfLoc.set(loc, wrapper);
  for (const v of temps) {
    const l = w.b.oldLoc(v);
    if (l && !l.captured) {
      l.captured = true;
      if (l.loopDepth === w.loopDepth) l.reassigned = false;
    }
  }
}
