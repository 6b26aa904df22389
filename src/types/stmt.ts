// Statements and function bodies: blocks, declarations, assignments (=, :=, op=), inc/dec, if,
// for, range (int, slice, array, *array, string, map, chan, func iterators), switch, type switch,
// select, go/defer, return, labels and branches, missing return (terminating statements), unused
// variables. Mirrors go/types stmt.go, assignments.go, labels.go, return.go, rangeX.

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Tuple, Signature, underlying, isValid, invalidType, isUntyped, isBoolean, isInteger,
  isString, allInteger, identical, defaultType, comparable, isInterface, isTypeParam, universeRune, universeByte,
  ChanDir, typeParamTerms, type Type,
} from './types.js';
import { Var, Const, TypeName, Label, Scope } from './objects.js';
import * as C from './constant.js';
import type { Checker, FuncCtx, Operand } from './checker.js';
import { bad } from './checker.js';
import {
  expr, rawExpr, multiExpr, assignment, initVars, binary, comparison, convertUntyped, coreType, singleValue,
  assignError, recordCommaOk, matchTypes, updateExprType, initSingleVar,
} from './expr.js';
import { typExpr, lookupIdent } from './typexpr.js';
import { constDecl, validType, pushLocalType, popLocalType } from './decl.js';
import { typeAssertion } from './exprs2.js';
import { labels, isTerminating } from './flow.js';

// ---------------------------------------------------------------------------------------------
// Function bodies

export function funcBody(c: Checker, node: ast.FuncDecl | ast.FuncLit, sig: Signature, body: ast.BlockStmt, scope: Scope, parent: FuncCtx | null): void {
  const fctx: FuncCtx = { sig, node, parent, scope, captures: [], hasDefer: false };
  const saved = { scope: c.scope, fctx: c.fctx, locals: c.localVars };
  c.fctx = fctx;
  c.scope = scope;
  if (!parent) c.localVars = [];
  // params/results belong to this function
  for (const v of sig.params.vars) c.varFunc.set(v, fctx);
  for (const v of sig.results.vars) c.varFunc.set(v, fctx);
  if (sig.recv) c.varFunc.set(sig.recv, fctx);
  c.recordScope(body, scope);
  scope.end = body.end;
  stmtList(c, body.list, {});
  labels(c, body);
  if (sig.results.vars.length > 0 && !isTerminating(c, body, '')) {
    c.errorf(body.rbrace, 'missing return');
  }
  c.info.captures.set(node, fctx.captures);
  if (!parent) {
    usage(c, c.localVars);
    c.localVars = saved.locals;
  }
  c.scope = saved.scope;
  c.fctx = saved.fctx;
}

function usage(c: Checker, vars: Var[]): void {
  if (c.conf.noUnusedErrors) return;
  const unused = vars.filter((v) => !v.used && v.name !== '_');
  unused.sort((a, b) => a.pos - b.pos);
  for (const v of unused) {
    if (typeSwitchVars.has(v)) continue;
    c.errorf(v.pos, `declared and not used: ${v.name}`, true);
  }
}
const typeSwitchVars = new WeakSet<Var>();

function declareLocal(c: Checker, id: ast.Ident, v: Var): void {
  const ok = c.declare(c.scope, id, v);
  if (c.fctx) c.varFunc.set(v, c.fctx);
  // a redeclared variable is not in any scope: go/types never reports it unused
  if (ok) c.localVars.push(v);
}

// ---------------------------------------------------------------------------------------------
// Statements

interface StmtCtx {
  breakOk?: boolean;
  continueOk?: boolean;
  fallthroughOk?: boolean;
  finalSwitchCase?: boolean;
  inTypeSwitch?: boolean;
}

function stmtList(c: Checker, list: readonly ast.Stmt[], ctx: StmtCtx): void {
  const inner: StmtCtx = { ...ctx, fallthroughOk: false };
  // trailing empty statements are ignored for fallthrough position
  let last = list.length - 1;
  while (last >= 0 && list[last].kind === 'EmptyStmt') last--;
  list.forEach((s, i) => {
    const sctx = i === last && ctx.fallthroughOk ? { ...inner, fallthroughOk: true } : inner;
    stmt(c, s, sctx);
  });
}

function openScope(c: Checker, node: ast.Node, comment: string): void {
  c.scope = c.newScope(node, comment);
}
function closeScope(c: Checker): void { c.scope = c.scope.parent!; }

export function stmt(c: Checker, s: ast.Stmt, ctx: StmtCtx): void {
  switch (s.kind) {
    case 'BadStmt': case 'EmptyStmt': return;
    case 'DeclStmt': declStmt(c, s.decl); return;
    case 'LabeledStmt': stmt(c, s.stmt, ctx); return;
    case 'ExprStmt': {
      const x = rawExpr(c, s.x, null, false);
      if (bad(x)) return;
      let msg = '';
      switch (x.mode) {
        case 'builtin': msg = 'must be called'; break;
        case 'type': msg = 'is not an expression'; break;
        case 'novalue': return;
        default: {
          // calls (except some builtins) and receives are ok
          const e = unparen(s.x);
          if (e.kind === 'CallExpr') {
            const f = unparen(e.fun);
            const tv = c.info.types.get(f);
            if (tv && tv.mode === 'builtin') {
              const name = f.kind === 'Ident' ? f.name : f.kind === 'SelectorExpr' ? f.sel.name : '';
              if (!['copy', 'recover', 'panic', 'print', 'println', 'close', 'delete', 'clear'].includes(name)) msg = 'is not used';
              else return;
            } else if (unparenIsConversion(c, e)) msg = 'is not used'; // a conversion, constant or not
            else return;
          } else if (e.kind === 'UnaryExpr' && e.op === '<-') return;
          else msg = 'is not used';
        }
      }
      c.errorf(s.x, `${c.opString({ ...x, expr: s.x })} ${msg}`);
      return;
    }
    case 'SendStmt': {
      const ch = expr(c, s.chan);
      const v = expr(c, s.value);
      if (bad(ch) || bad(v)) return;
      const u = coreType(ch.type);
      if (!u || u.kind !== 'Chan') {
        c.errorf(s, `invalid operation: cannot send to non-channel ${c.opString(ch)}`);
        return;
      }
      if (u.dir === ChanDir.RecvOnly) {
        c.errorf(s, `invalid operation: cannot send to receive-only channel ${c.opString(ch)}`);
        return;
      }
      assignment(c, v, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = expr(c, s.x);
      if (bad(x)) return;
      if (!allNumeric(x.type)) {
        c.errorf(s.x, `invalid operation: ${c.exprStr(s.x)}${s.tok} (non-numeric type ${c.typeStr(x.type)})`);
        return;
      }
      lhsAssignable(c, s.x, x);
      return;
    }
    case 'AssignStmt': assignStmt(c, s); return;
    case 'GoStmt': case 'DeferStmt': {
      const what = s.kind === 'GoStmt' ? 'go' : 'defer';
      if (s.kind === 'DeferStmt' && c.fctx) c.fctx.hasDefer = true;
      const x = rawExpr(c, s.call, null, false);
      if (bad(x)) return;
      const f = unparen(s.call.fun);
      const tv = c.info.types.get(f);
      if (x.mode === 'type' || (tv && tv.mode === 'type')) {
        c.errorf(s.call, `${what} requires function call, not conversion ${c.opString({ ...x, expr: s.call })}`);
        return;
      }
      if (tv && tv.mode === 'builtin') {
        const name = f.kind === 'Ident' ? f.name : '';
        if (!['copy', 'recover', 'panic', 'print', 'println', 'close', 'delete', 'clear'].includes(name)) {
          c.errorf(s.call, `${what} discards result of ${c.opString({ ...x, expr: s.call })}`);
        }
      }
      return;
    }
    case 'ReturnStmt': returnStmt(c, s); return;
    case 'BranchStmt':
      switch (s.tok) {
        // Branch errors are reported by the syntax stage (cmd/compile's checkBranches), as
        // types2 runs with IgnoreBranchErrors.
        case 'break': case 'continue': case 'fallthrough': case 'goto': return;
      }
      return;
    case 'BlockStmt':
      openScope(c, s, 'block');
      stmtList(c, s.list, ctx);
      closeScope(c);
      return;
    case 'IfStmt': {
      openScope(c, s, 'if');
      if (s.init) stmt(c, s.init, {});
      const x = expr(c, s.cond);
      if (!bad(x) && !allBoolean(x.type)) c.errorf(s.cond, 'non-boolean condition in if statement');
      if (!bad(x) && isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.Bool]);
      stmt(c, s.body, ctx);
      if (s.else) stmt(c, s.else, ctx);
      closeScope(c);
      return;
    }
    case 'SwitchStmt': switchStmt(c, s, ctx); return;
    case 'TypeSwitchStmt': typeSwitchStmt(c, s, ctx); return;
    case 'SelectStmt': {
      const inner = { ...ctx, breakOk: true };
      let firstDefault: ast.CommClause | null = null;
      for (const cl of s.body.list) {
        if (cl.kind !== 'CommClause') continue;
        if (!cl.comm) {
          if (firstDefault) c.errorf(cl, `multiple defaults (first at ${c.posString(firstDefault.pos)})`);
          else firstDefault = cl;
        }
        let valid = false;
        const rhs = cl.comm;
        if (!rhs) valid = true;
        else if (rhs.kind === 'SendStmt') valid = true;
        else if (rhs.kind === 'ExprStmt') valid = isRecv(rhs.x);
        else if (rhs.kind === 'AssignStmt' && rhs.rhs.length === 1) valid = isRecv(rhs.rhs[0]);
        if (!valid) { c.errorf(cl.comm!, 'select case must be send or receive (possibly with assignment)'); continue; }
        openScope(c, cl, 'case');
        if (cl.comm) stmt(c, cl.comm, {});
        stmtList(c, cl.body, inner);
        closeScope(c);
      }
      return;
    }
    case 'ForStmt': {
      openScope(c, s, 'for');
      if (s.init) stmt(c, s.init, {});
      if (s.cond) {
        const x = expr(c, s.cond);
        if (!bad(x) && !allBoolean(x.type)) c.errorf(s.cond, 'non-boolean condition in for statement');
        if (!bad(x) && isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.Bool]);
      }
      if (s.post) {
        if (s.post.kind === 'AssignStmt' && s.post.tok === ':=') c.errorf(s.post, 'cannot declare in post statement of for loop');
        stmt(c, s.post, {});
      }
      stmt(c, s.body, { ...ctx, breakOk: true, continueOk: true });
      closeScope(c);
      return;
    }
    case 'RangeStmt': rangeStmt(c, s, ctx); return;
    case 'CaseClause': case 'CommClause':
      c.errorf(s, 'unexpected case clause');
      return;
  }
}

function allNumeric(t: Type): boolean {
  if (t.kind === 'TypeParam') { const ts = typeParamTerms(t); return !!ts && ts.length > 0 && ts.every((x) => isNumericU(x.type)); }
  return isNumericU(t);
}
function isNumericU(t: Type): boolean { const u = underlying(t); return u.kind === 'Basic' && (u.info & (2 | 8 | 16)) !== 0; }
function allBoolean(t: Type): boolean {
  if (t.kind === 'TypeParam') { const ts = typeParamTerms(t); return !!ts && ts.length > 0 && ts.every((x) => isBoolean(x.type)); }
  return isBoolean(t);
}

function opDesc(c: Checker, x: Operand): string {
  const s = c.opString(x);
  const i = s.indexOf(' (');
  return i >= 0 ? s.slice(i + 2, -1) : s;
}

function unparenIsConversion(c: Checker, e: ast.CallExpr): boolean {
  const tv = c.info.types.get(unparen(e.fun));
  return !!tv && tv.mode === 'type';
}

function isRecv(e: ast.Expr): boolean {
  const x = unparen(e);
  return x.kind === 'UnaryExpr' && x.op === '<-';
}

function unparen(e: ast.Expr): ast.Expr { while (e.kind === 'ParenExpr') e = e.x; return e; }

// ---------------------------------------------------------------------------------------------
// Declarations inside functions

function declStmt(c: Checker, d: ast.GenDecl): void {
  switch (d.tok) {
    case 'const': {
      let lastTyp: ast.Expr | null = null;
      let lastValues: readonly ast.Expr[] = [];
      d.specs.forEach((s, iota) => {
        if (s.kind !== 'ValueSpec') return;
        if (s.type || s.values.length) { lastTyp = s.type; lastValues = s.values; }
        const consts: [ast.Ident, Const][] = [];
        s.names.forEach((id, i) => {
          const cst = new Const(c.pkg, id.name, null, C.unknownValue, id.pos, c.file?.filename ?? '');
          const saved = c.iota;
          constDecl(c, cst, lastTyp, lastValues[i] ?? null, iota, s.type === null && s.values.length === 0);
          c.iota = saved;
          consts.push([id, cst]);
        });
        c.arity(s, lastValues, true, s.type === null && s.values.length === 0 && lastValues.length > 0);
        for (const [id, cst] of consts) c.declare(c.scope, id, cst);
      });
      return;
    }
    case 'var':
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec') continue;
        const vars = s.names.map((id) => new Var(c.pkg, id.name, null, id.pos, c.file?.filename ?? ''));
        const t = s.type ? typExpr(c, s.type) : null;
        if (t) for (const v of vars) { v.type = t; v.alias = c.aliasOf.get(s.type!) ?? null; }
        // (go/types: each variable with its own init expression is a single-variable varDecl)
        if (s.values.length === vars.length) vars.forEach((v, i) => initSingleVar(c, v, s.values[i]));
        else if (s.values.length === 1) initVars(c, vars, s.values, null);
        else vars.forEach((v, i) => { if (i < s.values.length) initVars(c, [v], [s.values[i]], null); });
        if (s.type === null || s.values.length > 0) c.arity(s, s.values, false, false);
        for (const v of vars) if (!v.type) v.type = invalidType;
        vars.forEach((v, i) => declareLocal(c, s.names[i], v));
      }
      return;
    case 'type':
      for (const s of d.specs) {
        if (s.kind !== 'TypeSpec') continue;
        localTypeDecl(c, s);
      }
      return;
    case 'import':
      c.errorf(d, 'syntax error: imports must appear before other declarations');
      return;
  }
}

import { Named, Interface } from './types.js';
import { interfaceType, collectTypeParams } from './typexpr.js';

function localTypeDecl(c: Checker, s: ast.TypeSpec): void {
  const tn = new TypeName(c.pkg, s.name.name, null, s.name.pos, c.file?.filename ?? '');
  c.declare(c.scope, s.name, tn);
  // Checks that need the complete type (map keys, constraint satisfaction) wait for its end.
  const savedPhase = c.typePhase;
  const mark = c.delayed.length;
  c.typePhase = true;
  pushLocalType(tn); // grey, for cycle detection
  let named: Named | null = null;
  try {
    if (s.assign >= 0) {
      tn.isAlias = true;
      const t = typExpr(c, s.type);
      tn.type = tn.type ?? t; // stays invalid if a cycle was reported
    } else {
      named = new Named(tn, null);
      tn.type = named;
      const outer = c.scope;
      if (s.typeParams) {
        c.scope = new Scope(c.scope, 'type params');
        named.typeParams = collectTypeParams(c, s.typeParams);
      }
      const rhs: Type = s.type.kind === 'InterfaceType' ? interfaceType(c, s.type, named) : typExpr(c, s.type);
      if (s.type.kind === 'InterfaceType') c.record(s.type, 'type', rhs, null);
      c.scope = outer;
      named.fromRHS = rhs;
      named.underlying = rhs.kind === 'Named' && rhs.hasUnderlying && isValid(underlying(rhs)) ? underlying(rhs) : rhs;
      if (rhs.kind === 'Interface') (rhs as Interface).typeSetCache = null;
    }
  } finally {
    popLocalType();
    c.typePhase = savedPhase;
  }
  if (named) validType(c, named);
  for (const f of c.delayed.splice(mark)) f();
}

// ---------------------------------------------------------------------------------------------
// Assignments

function assignStmt(c: Checker, s: ast.AssignStmt): void {
  if (s.tok === ':=') { shortVarDecl(c, s); return; }
  if (s.tok !== '=') {
    // op=
    if (s.lhs.length !== 1 || s.rhs.length !== 1) {
      c.errorf(s, `assignment operation ${s.tok} requires single-valued expressions`);
      return;
    }
    const op = s.tok.slice(0, -1);
    const x = binary(c, null, s.lhs[0], s.rhs[0], op);
    if (bad(x)) return;
    // the lhs must be assignable; x has the result type
    const lhs = rawLhs(c, s.lhs[0], true);
    if (bad(lhs)) return;
    assignment(c, { ...x, expr: s.rhs[0] }, lhs.type, 'assignment');
    return;
  }
  const nl = s.lhs.length, nr = s.rhs.length;
  const isCall = nr === 1 && unparen(s.rhs[0]).kind === 'CallExpr';
  if (nl === nr && !isCall) {
    const lts: (Type | null)[] = s.lhs.map((l) => lhsVar(c, l));
    s.rhs.forEach((r, i) => {
      const x = expr(c, r, lts[i]);
      assignVar(c, s.lhs[i], lts[i], x);
    });
    return;
  }
  if (nr === 1) {
    const lts: (Type | null)[] = s.lhs.map((l) => lhsVar(c, l));
    const xs = multiExpr(c, s.rhs[0], nl === 2);
    if (xs.length === nl) {
      xs.forEach((x, i) => assignVar(c, s.lhs[i], lts[i], x));
      if (xs.length === 2 && (xs[0].mode === 'commaok' || xs[0].mode === 'mapindex')) recordCommaOk(c, s.rhs[0], xs[0].type);
      return;
    }
    if (!bad(xs[0])) assignError(c, s.rhs, nl, xs.length, s.rhs[0]);
    return;
  }
  s.lhs.forEach((l) => lhsVar(c, l));
  s.rhs.forEach((r) => rawExpr(c, r, null, false));
  assignError(c, s.rhs, nl, nr, null);
}

/** Evaluates an assignment lhs; returns its type, or null for `_` (or on error: invalid). */
function lhsVar(c: Checker, l: ast.Expr): Type | null {
  const u = unparen(l);
  if (u.kind === 'Ident' && u.name === '_') {
    c.recordDef(u, null);
    return null;
  }
  // plain identifiers: do not count as a use
  let v: Var | null = null;
  let wasUsed = false;
  if (u.kind === 'Ident') {
    const o = lookupIdent(c, u);
    if (o && o.kind === 'Var' && o.pkg === c.pkg && !o.isGlobal) { v = o; wasUsed = o.used; }
  }
  const x = rawLhs(c, l, false);
  if (v) v.used = wasUsed;
  return bad(x) ? invalidType : x.type;
}

function rawLhs(c: Checker, l: ast.Expr, _opAssign: boolean): Operand {
  const x = rawExpr(c, l, null, false);
  singleValue(c, x);
  if (bad(x)) return x;
  if (!lhsAssignable(c, l, x)) { x.mode = 'invalid'; }
  return x;
}

function lhsAssignable(c: Checker, l: ast.Expr, x: Operand): boolean {
  if (x.mode === 'variable' || x.mode === 'mapindex') return true;
  const u = unparen(l);
  if (u.kind === 'SelectorExpr') {
    const sel = c.info.selections.get(u);
    if (sel && sel.kind === 'FieldVal') {
      const bx = c.info.types.get(u.x);
      if (bx && bx.mode === 'mapindex') {
        c.errorf(l, `cannot assign to struct field ${c.exprStr(l)} in map`);
        return false;
      }
    }
  }
  c.errorf(l, `cannot assign to ${c.exprStr(l)} (neither addressable nor a map index expression)`);
  return false;
}

function assignVar(c: Checker, l: ast.Expr, T: Type | null, x: Operand): void {
  if (bad(x)) return;
  if (T && !isValid(T)) return;
  if (T === null) {
    // blank: x must be a value with a type
    assignment(c, x, null, 'assignment to _ identifier');
    return;
  }
  assignment(c, x, T, 'assignment');
  void l;
}

function shortVarDecl(c: Checker, s: ast.AssignStmt): void {
  const lhsVars: Var[] = [];
  const newVars: [ast.Ident, Var][] = [];
  let anyNew = false;
  let hasErr = false;
  const seen = new Set<string>();
  for (const l of s.lhs) {
    if (l.kind !== 'Ident') {
      rawExpr(c, l, null, false);
      c.errorf(l, `non-name ${c.exprStr(l)} on left side of :=`);
      lhsVars.push(new Var(c.pkg, '_', null));
      hasErr = true;
      continue;
    }
    const name = l.name;
    if (name !== '_' && seen.has(name)) {
      c.errorf(l, `${name} repeated on left side of :=`);
      lhsVars.push(new Var(c.pkg, '_', null));
      hasErr = true;
      continue;
    }
    seen.add(name);
    const existing = name !== '_' ? c.scope.lookup(name) : undefined;
    if (existing) {
      c.recordUse(l, existing);
      if (existing.kind === 'Var') { lhsVars.push(existing); continue; }
      c.errorf(l, `cannot assign to ${name}`);
      lhsVars.push(new Var(c.pkg, '_', null));
      hasErr = true;
      continue;
    }
    const v = new Var(c.pkg, name, null, l.pos, c.file?.filename ?? '');
    lhsVars.push(v);
    if (name !== '_') { newVars.push([l, v]); anyNew = true; }
    else c.recordDef(l, v);
  }
  // existing vars keep their types; initialize new ones
  const existingTypes = lhsVars.map((v) => (newVars.some(([, nv]) => nv === v) ? null : v.type));
  // evaluate rhs: use initVars for new vars; for existing, check assignment
  const tmp = lhsVars.map((v, i) => {
    if (existingTypes[i] !== null && existingTypes[i] !== undefined) {
      const t = new Var(c.pkg, v.name, existingTypes[i], v.pos, v.filename);
      return t;
    }
    return v;
  });
  // keep "used" state of existing vars (assignment is not a use)
  const usedBefore = lhsVars.map((v) => v.used);
  initVars(c, tmp, s.rhs, null);
  lhsVars.forEach((v, i) => {
    if (tmp[i] === v) return;
    v.used = usedBefore[i];
    // redeclared variable: the identifier denotes the existing variable (recorded as a use)
    const l = s.lhs[i];
    if (l.kind === 'Ident' && v.type && l.name !== '_') c.info.types.set(l, { mode: 'variable', type: v.type, value: null });
  });
  for (const v of lhsVars) if (!v.type) v.type = invalidType;
  if (!anyNew && !hasErr) {
    c.errorf(s.tokPos, 'no new variables on left side of :=', true);
    return;
  }
  for (const [id, v] of newVars) declareLocal(c, id, v);
}

// ---------------------------------------------------------------------------------------------
// Return

function returnStmt(c: Checker, s: ast.ReturnStmt): void {
  const sig = c.fctx?.sig;
  if (!sig) return;
  const results = sig.results.vars;
  if (s.results.length === 0) {
    if (results.length > 0 && !results[0].name) {
      c.errorf(s, `not enough return values\n\thave ()\n\twant ${tupleSummary(c, results.map((v) => v.type))}`);
      return;
    }
    if (results.length > 0) {
      // named results: check they are not shadowed
      for (const r of results) {
        const found = c.scope.lookupParent(r.name);
        if (found && found[1] !== r) {
          c.errorf(s, `result parameter ${r.name} not in scope at return\n\t${c.objPosString(found[1])}: inner declaration of var ${r.name}`);
        }
      }
    }
    return;
  }
  if (results.length === 0) {
    const xs = s.results.map((r) => expr(c, r));
    if (xs.some((x) => bad(x))) return;
    c.errorf(s.results[0], `too many return values\n\thave ${tupleSummary(c, xs.map((x) => x.type))}\n\twant ()`);
    return;
  }
  if (s.results.length === results.length) {
    s.results.forEach((r, i) => {
      const x = expr(c, r, results[i].type);
      assignment(c, x, results[i].type, 'return statement');
    });
    return;
  }
  if (s.results.length === 1) {
    const xs = multiExpr(c, s.results[0], false);
    if (bad(xs[0])) return;
    if (xs.length === results.length) {
      xs.forEach((x, i) => assignment(c, x, results[i].type, 'return statement'));
      return;
    }
    const q = xs.length < results.length ? 'not enough' : 'too many';
    c.errorf(s.results[0], `${q} return values\n\thave ${tupleSummary(c, xs.map((x) => x.type))}\n\twant ${tupleSummary(c, results.map((v) => v.type))}`);
    return;
  }
  const xs = s.results.map((r) => expr(c, r));
  if (xs.some((x) => bad(x))) return;
  const q = xs.length < results.length ? 'not enough' : 'too many';
  c.errorf(xs.length < results.length ? s.results[xs.length - 1] : s.results[results.length], `${q} return values\n\thave ${tupleSummary(c, xs.map((x) => x.type))}\n\twant ${tupleSummary(c, results.map((v) => v.type))}`);
}

function tupleSummary(c: Checker, ts: (Type | null)[]): string {
  return `(${ts.map((t) => (!t || !isValid(t) ? 'unknown type' : isUntyped(t) ? (isNumericU(t) ? 'number' : (t as { name: string }).name.replace('untyped ', '')) : c.typeStr(t))).join(', ')})`;
}

// ---------------------------------------------------------------------------------------------
// Switches

function switchStmt(c: Checker, s: ast.SwitchStmt, ctx: StmtCtx): void {
  openScope(c, s, 'switch');
  if (s.init) stmt(c, s.init, {});
  let x: Operand;
  if (s.tag) {
    x = expr(c, s.tag);
    assignment(c, x, null, 'switch expression');
    if (!bad(x) && !comparable(x.type) && !hasNilT(x.type)) {
      c.errorf(s.tag, `cannot switch on ${c.opString(x)} (${c.typeStr(x.type)} is not comparable)`);
      x.mode = 'invalid';
    }
  } else {
    x = { mode: 'constant', expr: null, type: Typ[BasicKind.Bool], val: C.makeBool(true) };
  }
  const clauses = s.body.list.filter((cl): cl is ast.CaseClause => cl.kind === 'CaseClause');
  let seenDefault: ast.CaseClause | null = null;
  const seenConsts = new globalThis.Map<string, [Type, ast.Expr][]>();
  clauses.forEach((cl, i) => {
    if (!cl.list) {
      if (seenDefault) c.errorf(cl, `multiple defaults (first at ${c.posString((seenDefault as ast.CaseClause).pos)})`);
      else seenDefault = cl;
    } else {
      for (const e of cl.list) {
        const y = expr(c, e);
        if (bad(y) || bad(x)) continue;
        // compare y == x
        const xx: Operand = { ...x, expr: s.tag ?? null };
        const yy: Operand = { ...y };
        convertUntyped(c, yy, xx.type);
        if (bad(yy)) continue;
        const res: Operand = { ...yy };
        comparison(c, res, xx, '==', null, true);
        if (bad(res)) continue;
        if (y.mode === 'constant' && yy.val && yy.val.kind !== 'Bool') {
          // duplicates: the same value with an identical type (byte and uint8 are one type)
          const key = `${yy.val.kind}|${C.exactString(yy.val)}`;
          const list = seenConsts.get(key) ?? [];
          const prev = list.find(([t]) => identical(t, yy.type));
          if (prev) {
            const p = c.position(c.file, prev[1].pos);
            c.errorf(e, `duplicate case ${c.opString(yy)} in expression switch\n\t${p.filename}:${p.line}:${p.column}: previous case`);
          } else { list.push([yy.type, e]); seenConsts.set(key, list); }
        }
        if (isUntyped(yy.type) === false) updateExprType(c, e, yy.type, true);
      }
    }
    openScope(c, cl, 'case');
    stmtList(c, cl.body, { ...ctx, breakOk: true, fallthroughOk: i < clauses.length - 1, finalSwitchCase: i === clauses.length - 1 });
    closeScope(c);
  });
  closeScope(c);
}

function hasNilT(t: Type): boolean { const u = underlying(t); return u.kind === 'Slice' || u.kind === 'Map' || u.kind === 'Signature'; }

function typeSwitchStmt(c: Checker, s: ast.TypeSwitchStmt, ctx: StmtCtx): void {
  openScope(c, s, 'type switch');
  if (s.init) stmt(c, s.init, {});
  let lhs: ast.Ident | null = null;
  let rhs: ast.Expr;
  if (s.assign.kind === 'AssignStmt') {
    if (s.assign.lhs.length !== 1 || s.assign.lhs[0].kind !== 'Ident') { c.errorf(s.assign, 'invalid type switch'); closeScope(c); return; }
    lhs = s.assign.lhs[0];
    rhs = s.assign.rhs[0];
    if (lhs.name === '_') { c.errorf(lhs, 'no new variable on left side of :='); lhs = null; }
    else c.recordDef(lhs, null);
  } else rhs = s.assign.x;
  const ta = unparen(rhs);
  if (ta.kind !== 'TypeAssertExpr' || ta.type !== null) { c.errorf(rhs, 'invalid type switch'); closeScope(c); return; }
  const x = expr(c, ta.x);
  if (bad(x)) { closeScope(c); return; }
  if (isTypeParam(x.type)) {
    c.errorf(ta.x, `cannot use type switch on type parameter value ${c.opString(x)}`);
    closeScope(c); return;
  }
  if (!isInterface(x.type)) {
    c.errorf(ta.x, `${c.opString(x)} is not an interface`);
    closeScope(c); return;
  }
  const clauses = s.body.list.filter((cl): cl is ast.CaseClause => cl.kind === 'CaseClause');
  const caseVars: Var[] = [];
  let seenDefault: ast.CaseClause | null = null;
  const seenTypes: [Type | null, ast.Expr][] = [];
  for (const cl of clauses) {
    let T: Type | null = null;
    if (!cl.list) {
      if (seenDefault) c.errorf(cl, `multiple defaults (first at ${c.posString(seenDefault.pos)})`);
      else seenDefault = cl;
    } else {
      for (const e of cl.list) {
        let t: Type | null;
        const ue = unparen(e);
        if (ue.kind === 'Ident' && ue.name === 'nil' && lookupIdent(c, ue)?.kind === 'Nil') {
          c.recordUse(ue, lookupIdent(c, ue)!);
          c.info.types.set(e, { mode: 'value', type: Typ[BasicKind.UntypedNil], value: null });
          t = null;
        } else {
          t = typExpr(c, e);
          if (!isValid(t)) { T = t; continue; } // the case variable gets the invalid type: no follow-on errors
          typeAssertion(c, e, x, t, true);
        }
        const dup = seenTypes.find(([p]) => (p === null && t === null) || (p && t && identical(p, t)));
        if (dup) {
          const p = c.position(c.file, dup[1].pos);
          c.errorf(e, `duplicate case ${t ? c.typeStr(t) : 'nil'} in type switch\n\t${p.filename}:${p.line}:${p.column}: previous case`);
        }
        seenTypes.push([t, e]);
        T = t;
      }
      if (cl.list.length !== 1) T = null;
    }
    openScope(c, cl, 'case');
    if (lhs) {
      let vt: Type = x.type;
      if (cl.list && cl.list.length === 1 && T) vt = T;
      if (cl.list && cl.list.length === 1 && T === null) {
        const ue = unparen(cl.list[0]);
        if (!(ue.kind === 'Ident' && ue.name === 'nil')) vt = x.type;
      }
      const v = new Var(c.pkg, lhs.name, vt, lhs.pos, c.file?.filename ?? '');
      c.scope.insert(v);
      if (c.fctx) c.varFunc.set(v, c.fctx);
      c.info.implicits.set(cl, v);
      caseVars.push(v);
    }
    stmtList(c, cl.body, { ...ctx, breakOk: true, inTypeSwitch: true });
    closeScope(c);
  }
  if (lhs) {
    const used = caseVars.some((v) => v.used);
    if (!used && !c.conf.noUnusedErrors) c.errorf(lhs, `${lhs.name} declared and not used`, true);
    for (const v of caseVars) typeSwitchVars.add(v);
  }
  closeScope(c);
}

// ---------------------------------------------------------------------------------------------
// Range

function rangeStmt(c: Checker, s: ast.RangeStmt, ctx: StmtCtx): void {
  openScope(c, s, 'range');
  const x = expr(c, s.x);
  let key: Type | null = null, val: Type | null = null;
  let ok = !bad(x);
  let maxVars = 2;
  if (ok) {
    if (isUntyped(x.type) && x.mode === 'constant') {
      // range over untyped constant integer
      if (C.toInt(x.val!).kind === 'Int' && (isInteger(x.type) || true) && C.toInt(x.val!).kind === 'Int' && (x.type as { basicKind: BasicKind }).basicKind !== BasicKind.UntypedFloat) {
        // the type is that of the iteration variable if assigned, else int
      }
    }
    const r = rangeKeyVal(c, x);
    if (!r) {
      c.errorf(s.x, `cannot range over ${c.opString(x)}`);
      ok = false;
    } else {
      [key, val, maxVars] = r;
      if (r[3]) { c.errorf(s.x, `cannot range over ${c.opString(x)}: ${r[3]}`); ok = false; }
    }
  }
  const lhs = [s.key, s.value];
  const nvars = s.value ? 2 : s.key ? 1 : 0;
  if (ok && nvars > maxVars) {
    c.errorf(lhs[maxVars]!, `range over ${c.opString(x)} permits only ${maxVars === 1 ? 'one iteration variable' : maxVars === 0 ? 'no iteration variables' : `${maxVars} iteration variables`}`, true);
    ok = false;
  } else if (ok && s.extra) {
    c.errorf(s.extra, 'range clause permits at most two iteration variables', true);
  }
  const rtypes = [key, val];
  if (s.tok === ':=') {
    const vars: [ast.Ident, Var][] = [];
    lhs.forEach((l, i) => {
      if (!l) return;
      if (l.kind !== 'Ident') { c.errorf(l, `non-name ${c.exprStr(l)} on left side of :=`); rawExpr(c, l, null, false); return; }
      const v = new Var(c.pkg, l.name, null, l.pos, c.file?.filename ?? '');
      let t = rtypes[i];
      if (t && isUntyped(t)) {
        // range over untyped int constant: variable gets the default type
        t = defaultType(t);
        if (x.mode === 'constant' && i === 0 && isInteger(x.type)) convertUntyped(c, x, t);
      }
      v.type = ok && t ? t : invalidType;
      vars.push([l, v]);
      if (l.name === '_') c.recordDef(l, v);
    });
    for (const [id, v] of vars) if (id.name !== '_') declareLocal(c, id, v);
  } else if (s.tok === '=') {
    lhs.forEach((l, i) => {
      if (!l) return;
      const T = lhsVar(c, l);
      let t = rtypes[i];
      if (!ok || !t) return;
      const op: Operand = { mode: 'value', expr: l, type: t, val: null };
      if (isUntyped(t) && x.mode === 'constant' && i === 0 && isInteger(x.type)) {
        // range over untyped constant: x gets the type of the iteration variable
        if (T && isValid(T)) { convertUntyped(c, x, T); op.type = T; }
        else { op.type = defaultType(t); convertUntyped(c, x, op.type); }
      }
      if (T && isValid(T)) {
        const saved = op.expr;
        op.expr = null;
        const tmp: Operand = { ...op, expr: s.x };
        if (!identicalOrAssignable(c, op, T)) {
          c.errorf(l, `cannot use ${c.exprStr(l)} (value of type ${c.typeStr(op.type)}) as ${c.typeStr(T)} value in range clause`);
        }
        void tmp; void saved;
      }
    });
  }
  if (ok && x.mode === 'constant' && isUntyped(x.type)) {
    convertUntyped(c, x, isInteger(x.type) ? Typ[BasicKind.Int] : Typ[BasicKind.String]);
  }
  stmt(c, s.body, { ...ctx, breakOk: true, continueOk: true });
  closeScope(c);
}

import { operandAssignableTo } from './expr.js';
function identicalOrAssignable(c: Checker, x: Operand, T: Type): boolean { return operandAssignableTo(c, x, T, null); }

/** Key and value types of a range expression, max iteration vars, and an optional cause. */
function rangeKeyVal(c: Checker, x: Operand): [Type | null, Type | null, number, string?] | null {
  let t = x.type;
  if (t.kind === 'TypeParam') {
    const ct = coreType(t);
    if (!ct) return null;
    t = ct;
  }
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) return [Typ[BasicKind.Int], universeRune, 2];
      if (isInteger(u)) {
        if (x.mode === 'constant' && isUntyped(u)) return [x.type, null, 1];
        return [x.type, null, 1];
      }
      if (x.mode === 'constant' && isUntyped(u) && C.toInt(x.val!).kind === 'Int' && (u.basicKind === BasicKind.UntypedFloat || u.basicKind === BasicKind.UntypedComplex)) {
        return null;
      }
      return null;
    case 'Array': return [Typ[BasicKind.Int], u.elem, 2];
    case 'Slice': return [Typ[BasicKind.Int], u.elem, 2];
    case 'Pointer': {
      const a = underlying(u.elem);
      if (a.kind === 'Array') return [Typ[BasicKind.Int], a.elem, 2];
      return null;
    }
    case 'Map': return [u.key, u.elem, 2];
    case 'Chan':
      if (u.dir === ChanDir.SendOnly) return [u.elem, null, 1, 'receive from send-only channel'];
      return [u.elem, null, 1];
    case 'Signature': {
      // func(yield func(...) bool)
      if (u.params.vars.length !== 1 || u.results.vars.length !== 0) return [null, null, 0, 'func must be func(yield func(...) bool): wrong argument count'];
      const y = underlying(u.params.vars[0].type!);
      if (y.kind !== 'Signature') return [null, null, 0, 'func must be func(yield func(...) bool): argument is not func'];
      if (y.results.vars.length !== 1 || !isBoolean(y.results.vars[0].type!)) return [null, null, 0, 'func must be func(yield func(...) bool): yield func does not return bool'];
      const n = y.params.vars.length;
      if (n > 2) return [null, null, 0, 'func must be func(yield func(...) bool): yield func has too many parameters'];
      return [n > 0 ? y.params.vars[0].type : null, n > 1 ? y.params.vars[1].type : null, n];
    }
    default: return null;
  }
}

export { Tuple, isBoolean, allInteger, universeByte, expr };
