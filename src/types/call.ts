// Calls (functions, methods, conversions), selectors (qualified identifiers, fields, methods,
// method expressions) and conversions. Mirrors go/types call.go, conversions.go.
// Builtins live in builtins.ts.

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Signature, Tuple, Pointer, underlying, isValid, invalidType, isUntyped, isInteger,
  isString, isConstType, isTypeParam, isInterface, defaultType, convertibleTo, lookupFieldOrMethod,
  hasPtrRecv, allString, isNumeric, type Type, type Basic,
} from './types.js';
import { Var, type Func } from './objects.js';
import * as C from './constant.js';
import { invalidOperand, type Checker, type Operand } from './checker.js';
import { bad } from './checker.js';
import {
  expr, rawExpr, multiExpr, assignment, objOperand, updateExprType, representableConst, coreType,
  singleValue, operandAssignableTo,
} from './expr.js';
import { lookupIdent, typExpr } from './typexpr.js';
import { objDecl } from './decl.js';
import { builtin } from './builtins.js';
import { inferAndInstantiate, funcInst } from './generics.js';
import type { SelectionKind } from './info.js';

// ---------------------------------------------------------------------------------------------
// Calls

export function callExpr(c: Checker, e: ast.CallExpr): Operand {
  let x: Operand;
  if (e.fun.kind === 'IndexExpr' || e.fun.kind === 'IndexListExpr') {
    // possibly explicit (partial) instantiation f[T](args)
    x = rawExpr(c, e.fun, null, true);
  } else x = rawExpr(c, e.fun, null, true);
  if (bad(x)) { for (const a of e.args) rawExpr(c, a, null, true); return invalidOperand(e); }
  if (x.mode === 'type') {
    const T = x.type;
    if (T.kind === 'Named' && T.typeParams.length > 0 && !T.isInstance()) {
      c.errorf(e.fun, `cannot use generic type ${c.typeStr(T)} without instantiation`);
      return invalidOperand(e);
    }
    if (e.args.length !== 1 || e.ellipsis >= 0) {
      if (e.args.length === 0) c.errorf(e.rparen, `missing argument in conversion to ${c.typeStr(T)}`);
      else if (e.ellipsis >= 0 && e.args.length === 1) c.errorf(e.args[0], `invalid use of ... in conversion to ${c.typeStr(T)}`);
      else c.errorf(e.args[1], `too many arguments in conversion to ${c.typeStr(T)}`);
      for (const a of e.args) rawExpr(c, a, null, false);
      return invalidOperand(e);
    }
    const arg = expr(c, e.args[0], T);
    if (bad(arg)) return invalidOperand(e);
    conversion(c, arg, T);
    if (bad(arg)) return invalidOperand(e);
    if (x.alias && x.alias.type === arg.type) return { ...arg, expr: e, alias: x.alias };
    return { ...arg, expr: e, alias: undefined };
  }
  if (x.mode === 'builtin') return builtin(c, e, x.builtin!);
  singleValue(c, x);
  if (bad(x)) { for (const a of e.args) rawExpr(c, a, null, false); return invalidOperand(e); }
  const sigT = coreType(x.type);
  if (!sigT || sigT.kind !== 'Signature') {
    c.errorf(e, `invalid operation: cannot call non-function ${c.opString(x)}`);
    for (const a of e.args) rawExpr(c, a, null, false);
    return invalidOperand(e);
  }
  let sig = sigT;
  const args = callArgs(c, e);
  if (sig.typeParams.length > 0) {
    const inst = inferAndInstantiate(c, e, x, sig, args);
    if (!inst) return invalidOperand(e);
    sig = inst;
  }
  checkArguments(c, e, sig, args);
  if (c.fctx && isPanicLike(e)) { /* terminating analysis handles panic */ }
  const r = sig.results.vars;
  if (r.length === 0) return { mode: 'novalue', expr: e, type: new Tuple([]), val: null };
  if (r.length === 1) return { mode: 'value', expr: e, type: r[0].type!, val: null };
  return { mode: 'value', expr: e, type: sig.results, val: null };
}

function isPanicLike(_e: ast.CallExpr): boolean { return false; }

/** Evaluates call arguments (spreading a single multi-value call). Untyped constants stay
 *  untyped until assigned to parameters. */
export function callArgs(c: Checker, e: ast.CallExpr): Operand[] {
  if (e.args.length === 1) {
    // (also with ...: f(g()...) is reported by checkArguments, as go/types genericExprList does)
    const xs = multiExpr(c, e.args[0], false, true);
    return xs;
  }
  const out: Operand[] = [];
  for (const a of e.args) {
    const x = rawExpr(c, a, null, true);
    if (x.mode === 'value' && x.type.kind === 'Signature' && x.type.typeParams.length > 0) {
      out.push(x); // generic function argument: instantiated by inference
      continue;
    }
    singleValue(c, x);
    out.push(x);
  }
  return out;
}

function typesSummary(c: Checker, list: (Type | null)[], variadic: boolean): string {
  const parts = list.map((t, i) => {
    let s: string;
    if (!t || !isValid(t)) s = 'unknown type';
    else if (isUntyped(t)) s = isNumeric(t) ? 'number' : (t as Basic).name.replace('untyped ', '');
    else s = c.typeStr(t);
    if (variadic && i === list.length - 1 && t && t.kind === 'Slice') s = '...' + c.typeStr(t.elem);
    return s;
  });
  return `(${parts.join(', ')})`;
}

export function checkArguments(c: Checker, e: ast.CallExpr, sig: Signature, args: Operand[]): void {
  for (const a of args) if (bad(a)) return;
  const params = sig.params.vars;
  const ddd = e.ellipsis >= 0;
  let nargs = args.length;
  const npars = params.length;
  const context = `argument to ${c.exprStr(e.fun)}`;
  if (ddd) {
    if (!sig.variadic) {
      c.errorf(e.ellipsis, `have (...${''}) but function is not variadic`.replace(/.*/, `cannot use ... in call to non-variadic ${c.exprStr(e.fun)}`));
      return;
    }
    if (e.args.length === 1 && args.length > 1) {
      c.errorf(e.args[0], `cannot use ... with ${args.length}-valued ${c.exprStr(e.args[0])}`);
      return;
    }
  }
  // variadic: map extra args onto the element type
  let ptypes: Type[] = params.map((p) => p.type!);
  if (sig.variadic && !ddd) {
    const last = ptypes[npars - 1];
    const elem = last.kind === 'Slice' ? last.elem : invalidType;
    if (nargs >= npars - 1) {
      ptypes = ptypes.slice(0, npars - 1);
      while (ptypes.length < nargs) ptypes.push(elem);
    }
  }
  if (nargs !== ptypes.length) {
    let at: number | ast.Node = e;
    let qualifier = 'not enough';
    if (nargs > ptypes.length) { at = args[ptypes.length].expr ?? e; qualifier = 'too many'; }
    else if (nargs > 0) at = args[nargs - 1].expr ?? e;
    const have = typesSummary(c, args.map((a) => a.type), false);
    const want = typesSummary(c, params.map((p) => p.type), sig.variadic);
    c.errorf(at, `${qualifier} arguments in call to ${c.exprStr(e.fun)}\n\thave ${have}\n\twant ${want}`);
    return;
  }
  nargs = args.length;
  for (let i = 0; i < nargs; i++) assignment(c, args[i], ptypes[i], context, params[Math.min(i, npars - 1)]?.alias ?? null);
}

// ---------------------------------------------------------------------------------------------
// Conversions (go/types conversions.go)

export function conversion(c: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === 'constant';
  let ok = false;
  const Tu = underlying(T);
  if (constArg && isConstType(T) && T.kind !== 'TypeParam') {
    const t = Tu as Basic;
    const r = representableConst(x.val!, t);
    if (r) { x.val = r; ok = true; }
    else if (isInteger(x.type) && isString(t)) {
      const [u, exact] = C.uint64Val(C.toInt(x.val!));
      const cp = exact && u <= 0x10ffffn ? Number(u) : 0xfffd;
      x.val = C.makeString(C.runeToBytes(cp));
      ok = true;
    }
    if (!ok && isInteger(x.type) && isInteger(T)) {
      c.errorf(x.expr ?? 0, `constant ${C.valueString(x.val!)} overflows ${c.typeStr(T)}`);
      x.mode = 'invalid';
      return;
    }
  } else if (constArg && isTypeParam(T)) {
    ok = true;
    x.mode = 'value';
    const terms = T.iface().typeSet().terms ?? [];
    for (const term of terms) {
      const tu = underlying(term.type);
      if (tu.kind === 'Basic' && isConstType(tu)) {
        if (!representableConst(x.val!, tu) && !(isInteger(x.type) && isString(tu))) {
          c.errorf(x.expr ?? 0, `cannot convert ${c.opString(x)} to type ${c.typeStr(T)}`);
          x.mode = 'invalid';
          return;
        }
      } else if (!convertibleTo(defaultType(x.type), term.type)) { ok = false; }
    }
  } else {
    const V = isUntyped(x.type) ? (x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil ? x.type : defaultType(x.type)) : x.type;
    if (x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil) {
      ok = hasNilT(T);
    } else ok = convertibleTo(V, T);
    if (ok) { x.mode = 'value'; x.nil = false; }
  }
  if (!ok) {
    // go/types convertibleTo keeps the cause of the failed assignability (a missing method)
    const cause = { cause: '' };
    if (!isTypeParam(T) && !isUntyped(x.type)) operandAssignableTo(c, { ...x }, T, cause);
    c.errorf(x.expr ?? 0, `cannot convert ${c.opString(x)} to type ${c.typeStr(T)}${cause.cause ? `: ${cause.cause}` : ''}`);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let final: Type = T;
    if (x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil) { /* keep T */ }
    else if ((isInterface(T) && !isTypeParam(T)) || (constArg && !isConstType(T))) final = defaultType(x.type);
    else if (x.mode === 'constant' && isInteger(x.type) && allString(T)) final = x.type;
    updateExprType(c, x.expr, final, true);
  }
  if (x.mode !== 'constant') x.val = null;
  x.type = T;
}

function hasNilT(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Pointer' || u.kind === 'Slice' || u.kind === 'Map' || u.kind === 'Chan' || u.kind === 'Signature' ||
    u.kind === 'Interface' || (u.kind === 'Basic' && u.basicKind === BasicKind.UnsafePointer);
}

// ---------------------------------------------------------------------------------------------
// Selectors

export function selector(c: Checker, e: ast.SelectorExpr, allowGeneric: boolean): Operand {
  const sel = e.sel.name;
  if (e.x.kind === 'Ident') {
    const o = lookupIdent(c, e.x);
    if (o && o.kind === 'PkgName') {
      o.used = true;
      c.recordUse(e.x, o);
      const m = o.imported.scope.lookup(sel);
      if (!m) {
        if (!o.imported.fake) c.errorf(e.sel, `undefined: ${e.x.name}.${sel}`);
        return invalidOperand(e);
      }
      if (!m.exported()) {
        c.errorf(e.sel, `name ${sel} not exported by package ${o.imported.name}`);
        return invalidOperand(e);
      }
      c.recordUse(e.sel, m);
      return objOperand(c, e, m, allowGeneric);
    }
  }
  const x = rawExpr(c, e.x, null, false);
  if (bad(x)) return invalidOperand(e);
  if (x.mode === 'type') return methodExpr(c, e, x.type);
  singleValue(c, x);
  if (bad(x) || !isValid(x.type)) return invalidOperand(e);
  if (x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil) {
    c.errorf(e.sel, `${c.exprStr(e)} undefined (type untyped nil has no field or method ${sel})`);
    return invalidOperand(e);
  }
  const r = lookupFieldOrMethod(x.type, x.mode === 'variable', c.pkg, sel);
  if (!r.obj) {
    if (r.needPtr) {
      c.errorf(e.sel, `cannot call pointer method ${sel} on ${c.typeStr(x.type)}`);
      return invalidOperand(e);
    }
    if (r.ambiguous) {
      c.errorf(e.sel, `ambiguous selector ${c.exprStr(e)}`);
      return invalidOperand(e);
    }
    c.errorf(e.sel, `${c.exprStr(e)} undefined (${lookupError(c, x.type, sel)})`);
    return invalidOperand(e);
  }
  const obj = r.obj;
  c.recordUse(e.sel, obj);
  if (obj.kind === 'Var') {
    const mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    recordSelection(c, e, 'FieldVal', x.type, obj, r.index!, r.indirect, obj.type!);
    return { mode, expr: e, type: obj.type!, val: null };
  }
  const f = obj as Func;
  if (!f.type) objDecl(c, f.origin);
  c.addDep(f.origin);
  const sig = f.type as Signature;
  if (!sig) return invalidOperand(e);
  const mt = new Signature(null, sig.typeParams, sig.params, sig.results, sig.variadic);
  recordSelection(c, e, 'MethodVal', x.type, f, r.index!, r.indirect, mt);
  return { mode: 'value', expr: e, type: mt, val: null };
}

function lookupError(c: Checker, T: Type, sel: string): string {
  const ts = c.typeStr(T);
  // pointer to interface
  if (T.kind === 'Pointer' && isInterface(T.elem)) return `type ${ts} is pointer to interface, not interface`;
  // different capitalization
  const alt = (() => {
    for (const name of [sel.charAt(0).toUpperCase() + sel.slice(1), sel.charAt(0).toLowerCase() + sel.slice(1)]) {
      if (name === sel) continue;
      const r = lookupFieldOrMethod(T, true, c.pkg, name);
      if (r.obj) return { name, kind: r.obj.kind === 'Var' ? 'field' : 'method' };
    }
    return null;
  })();
  if (alt) return `type ${ts} has no field or method ${sel}, but does have ${alt.kind} ${alt.name}`;
  // unexported field of another package
  const u = underlying(T.kind === 'Pointer' ? T.elem : T);
  if (u.kind === 'Struct' && u.fields.some((f) => f.name === sel)) return `type ${ts} has no field or method ${sel}`;
  return `type ${ts} has no field or method ${sel}`;
}

function methodExpr(c: Checker, e: ast.SelectorExpr, T: Type): Operand {
  const sel = e.sel.name;
  const r = lookupFieldOrMethod(T, false, c.pkg, sel);
  if (!r.obj || r.obj.kind !== 'Func') {
    if (r.ambiguous) {
      c.errorf(e.sel, `ambiguous selector ${c.exprStr(e)}`);
      return invalidOperand(e);
    }
    if (r.needPtr) {
      c.errorf(e, `invalid method expression ${c.typeStr(T)}.${sel} (needs pointer receiver (*${c.typeStr(T)}).${sel})`);
      return invalidOperand(e);
    }
    if (!r.obj) c.errorf(e.sel, `${c.exprStr(e)} undefined (${lookupError(c, T, sel)})`);
    else c.errorf(e.sel, `${c.exprStr(e)} undefined (type ${c.typeStr(T)} has no method ${sel})`); // a field
    return invalidOperand(e);
  }
  const f = r.obj;
  if (!f.type) objDecl(c, f.origin);
  c.recordUse(e.sel, f);
  c.addDep(f.origin);
  const sig = f.type as Signature;
  // named like the other parameters: all named or none (go/types methodExpr)
  const recvName = sig.params.vars.length > 0 && sig.params.vars[0].name !== '' ? (sig.recv?.name || '_') : '';
  const recv = new Var(c.pkg, recvName, T);
  const params = [recv, ...sig.params.vars];
  const ft = new Signature(null, [], new Tuple(params), sig.results, sig.variadic);
  recordSelection(c, e, 'MethodExpr', T, f, r.index!, r.indirect, ft);
  return { mode: 'value', expr: e, type: ft, val: null };
}

function recordSelection(c: Checker, e: ast.SelectorExpr, kind: SelectionKind, recv: Type, obj: Var | Func, index: number[], indirect: boolean, type: Type): void {
  c.info.selections.set(e, { kind, recv, obj, index, indirect, type });
}

export { Pointer, typExpr, hasPtrRecv, funcInst };
