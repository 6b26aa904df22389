// Assignability of operands and assignments of values to typed targets: go/types
// operand.assignableTo, Checker.assignment (with untyped conversion and error causes such as
// missing methods), variable initialization from n:n and n:1 right-hand sides, comma-ok
// recording, assignment count mismatches. Mirrors go/types assignments.go and operand.go.

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Tuple, underlying, isValid, invalidType, isUntyped, identical, defaultType, isTypeParam,
  isInterface, assignableTo, missingMethod, lookupFieldOrMethod, type Type, type Interface,
} from './types.js';
import { Var, type TypeName } from './objects.js';
import { bad, type Checker, type Operand } from './checker.js';
import { expr, rawExpr, multiExpr, singleValue, implicitTypeAndValue, updateExprType, isNilOp } from './expr.js';
import { inferFromTarget } from './generics.js';

function ast_unparen(e: ast.Expr): ast.Expr { while (e.kind === 'ParenExpr') e = e.x; return e; }
function isUntypedNilOp(x: Operand): boolean { return x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil; }
function updateExprVal(c: Checker, e: ast.Expr | null, v: import('./constant.js').Value): void {
  if (!e) return;
  const u = c.untyped.get(e);
  if (u) { u.val = v; if (e.kind === 'ParenExpr') updateExprVal(c, e.x, v); }
}

// ---------------------------------------------------------------------------------------------
// Assignability of operands (go/types operand.assignableTo + Checker.assignment)

export type AssignCause = { cause: string };

/** Reports whether operand x is assignable to T; on failure sets cause.cause. */
export function operandAssignableTo(c: Checker, x: Operand, T: Type, cause: AssignCause | null): boolean {
  if (bad(x) || !isValid(T)) return true;
  const V = x.type;
  if (identical(V, T)) return true;
  if (isUntyped(V)) {
    const [t] = implicitTypeAndValue(c, x, T);
    return t !== null;
  }
  if (assignableTo(V, T)) return true;
  if (cause) {
    const Tu = underlying(T);
    const ptrToIface = (t: Type) => { const u = underlying(t); return u.kind === 'Pointer' && underlying(u.elem).kind === 'Interface' && u.elem.kind !== 'TypeParam'; };
    if (Tu.kind === 'Interface' && T.kind !== 'TypeParam' && ptrToIface(V)) {
      cause.cause = `${c.typeStr(V)} does not implement ${c.typeStr(T)} (type ${c.typeStr(V)} is pointer to interface, not interface)`;
    } else if (ptrToIface(T)) {
      cause.cause = `${c.typeStr(V)} does not implement ${c.typeStr(T)} (type ${c.typeStr(T)} is pointer to interface, not interface)`;
    } else if (Tu.kind === 'Interface' && T.kind !== 'TypeParam') {
      const m = missingMethod(V, Tu);
      if (m) cause.cause = missingMethodCause(c, V, T, m);
    } else if (underlying(V).kind === 'Interface' && V.kind !== 'TypeParam' && Tu.kind !== 'Interface') {
      const Vu = underlying(V) as Interface;
      if (missingMethod(T, Vu) === null) cause.cause = 'need type assertion';
    }
  }
  return false;
}

export function missingMethodCause(c: Checker, V: Type, T: Type, m: ReturnType<typeof missingMethod>): string {
  if (!m) return '';
  const vs = c.typeStr(V), ts = c.typeStr(T);
  if (m.ptrRecv) return `${vs} does not implement ${ts} (method ${m.method.name} has pointer receiver)`;
  if (m.wrongType) {
    return `${vs} does not implement ${ts} (wrong type for method ${m.method.name})\n\t\thave ${m.wrongType.name}${sigStr(c, m.wrongType.type)}\n\t\twant ${m.method.name}${sigStr(c, m.method.type)}`;
  }
  if (m.altCase) return `${vs} does not implement ${ts} (missing method ${m.method.name})\n\t\thave ${m.altCase.name}${sigStr(c, m.altCase.type)}\n\t\twant ${m.method.name}${sigStr(c, m.method.type)}`;
  if (lookupFieldOrMethod(V, false, m.method.pkg, m.method.name).obj?.kind === 'Var') {
    return `${vs} does not implement ${ts} (${vs}.${m.method.name} is a field, not a method)`;
  }
  return `${vs} does not implement ${ts} (missing method ${m.method.name})`;
}
function sigStr(c: Checker, t: Type | null): string { return c.typeStr(t).replace(/^func/, ''); }

/** go/types Checker.assignment: checks that x can be assigned to T (T null: no target, e.g.
 *  `x := v`), converting untyped operands. `context` is used in error messages. */
export function assignment(c: Checker, x: Operand, T: Type | null, context: string, targetAlias: TypeName | null = null): void {
  // the target type as go/types names it (an alias keeps its name)
  const tname = (t: Type | null): string => (targetAlias && t && targetAlias.type === t ? c.aliasName(targetAlias) : c.typeStr(t));
  singleValue(c, x);
  if (bad(x)) return;
  if (x.mode === 'value' && x.type.kind === 'Signature' && x.type.typeParams.length > 0) {
    const inst = T && isValid(T) ? inferFromTarget(c, x, T) : null;
    if (!inst) {
      const f = x.expr ? ast_unparen(x.expr) : null;
      const name = f && f.kind === 'Ident' ? f.name : f && f.kind === 'SelectorExpr' ? f.sel.name : c.exprStr(x.expr);
      if (!T || !isValid(T) || underlying(T).kind !== 'Signature') c.errorf(x.expr ?? 0, `cannot use generic function ${name} without instantiation`);
      else c.errorf(x.expr ?? 0, `cannot use ${c.opString(x)} as ${tname(T)} value in ${context}`);
      x.mode = 'invalid';
      return;
    }
    x.type = inst;
  }
  if (x.mode === 'type' || x.mode === 'builtin' || x.mode === 'novalue') { x.mode = 'invalid'; return; }
  if (isUntyped(x.type)) {
    let target = T;
    if (isUntypedNilOp(x)) {
      if (!T) { c.errorf(x.expr ?? 0, `use of untyped nil in ${context}`); x.mode = 'invalid'; return; }
    } else if (!T || (isInterface(T) && !isTypeParam(T))) target = defaultType(x.type);
    const [t, v, code] = implicitTypeAndValue(c, x, target!);
    if (code) {
      let msg = `cannot use ${c.opString(x)} as ${tname(target)} value in ${context}`;
      if (code === 'truncated') msg += ' (truncated)';
      else if (code === 'overflows') msg += ' (overflows)';
      c.errorf(x.expr ?? 0, msg);
      x.mode = 'invalid';
      return;
    }
    if (v) { x.val = v; updateExprVal(c, x.expr, v); }
    if (t && t !== x.type) { x.type = t; updateExprType(c, x.expr, t, false); }
  }
  if (!T) return;
  const cause: AssignCause = { cause: '' };
  if (!operandAssignableTo(c, x, T, cause)) {
    const msg = `cannot use ${c.opString(x)} as ${tname(T)} value in ${context}`;
    c.errorf(x.expr ?? 0, cause.cause ? `${msg}: ${cause.cause}` : msg);
    x.mode = 'invalid';
  }
}

/** Initializes vars (possibly with nil types) from rhs expressions (var decls, :=). */
export function initVars(c: Checker, lhs: Var[], rhs: readonly ast.Expr[], returnStmt: ast.Node | null): void {
  const context = returnStmt ? 'return statement' : 'assignment'; // (go/types initVars: also for := and var a, b = f())
  const isCall = rhs.length === 1 && ast_unparen(rhs[0]).kind === 'CallExpr';
  if (lhs.length === rhs.length && !isCall) {
    lhs.forEach((v, i) => {
      const x = expr(c, rhs[i], v.type);
      initVar(c, v, x, context);
    });
    return;
  }
  if (rhs.length === 1) {
    const xs = multiExpr(c, rhs[0], lhs.length === 2);
    if (xs.length === lhs.length) {
      lhs.forEach((v, i) => initVar(c, v, xs[i], context));
      if (xs.length === 2 && (xs[0].mode === 'commaok' || xs[0].mode === 'mapindex')) recordCommaOk(c, rhs[0], xs[0].type);
      return;
    }
    if (!bad(xs[0])) assignError(c, rhs, lhs.length, xs.length, rhs[0]);
  } else if (rhs.length > 0) {
    assignError(c, rhs, lhs.length, rhs.length, null);
    rhs.forEach((r) => rawExpr(c, r, null, false));
  }
  for (const v of lhs) if (!v.type) v.type = invalidType;
}

/** go/types varDecl of one variable: its init expression must be single-valued (a multi-value
 *  call is "multiple-value f() ... in single-value context", not an assignment mismatch). */
export function initSingleVar(c: Checker, v: Var, init: ast.Expr): void {
  const x = expr(c, init, v.type);
  initVar(c, v, x, 'variable declaration');
  if (!v.type) v.type = invalidType;
}

/** Records the comma-ok form's tuple type (T, bool) for the expression (as go/types). */
export function recordCommaOk(c: Checker, e: ast.Expr, t: Type): void {
  let x: ast.Expr = e;
  const tuple = new Tuple([new Var(null, '', t), new Var(null, '', Typ[BasicKind.Bool])]);
  for (;;) {
    const tv = c.info.types.get(x);
    c.info.types.set(x, { mode: 'commaok', type: tuple, value: null });
    void tv;
    if (x.kind === 'ParenExpr') x = x.x; else break;
  }
}

export function assignError(c: Checker, rhs: readonly ast.Expr[], l: number, r: number, call: ast.Expr | null): void {
  const vars = l === 1 ? 'variable' : 'variables';
  const vals = r === 1 ? 'value' : 'values';
  const at = rhs[0];
  if (call && call.kind === 'CallExpr' && rhs.length === 1) {
    c.errorf(at, `assignment mismatch: ${l} ${vars} but ${c.exprStr(call.fun)} returns ${r} ${vals}`);
    return;
  }
  c.errorf(at, `assignment mismatch: ${l} ${vars} but ${r} ${vals}`);
}

function initVar(c: Checker, v: Var, x: Operand, context: string): void {
  if (bad(x) || !isValid(x.type) || (v.type && !isValid(v.type))) {
    if (!v.type) v.type = invalidType;
    return;
  }
  if (!v.type) {
    let t = x.type;
    if (isUntyped(t)) {
      if (isUntypedNilOp(x)) {
        c.errorf(x.expr ?? 0, `use of untyped nil in ${context}`);
        v.type = invalidType;
        return;
      }
      t = defaultType(t);
    }
    v.type = t;
  }
  assignment(c, x, v.type, context, v.alias);
}

