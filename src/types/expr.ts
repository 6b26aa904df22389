// Expressions: identifiers, literals, function literals, unary/binary operators, shifts,
// comparisons, implicit conversion of untyped operands (with go/types' final-type recording),
// representability of constants, assignability of operands. Mirrors go/types expr.go, const.go,
// operand.go (assignableTo), assignments.go (assignment).

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Basic, Tuple, underlying, isValid, invalidType, isUntyped, isTyped, isInteger,
  isUnsigned, isFloat, isComplex, isNumeric, isString, isBoolean, allInteger, allNumeric, allOrdered,
  allBoolean, allNumericOrString, hasNil, comparable, identical, defaultType, isTypeParam, isInterface,
  assignableTo, missingMethod, typeParamTerms, IsUntyped, ChanDir,
  type Type, type Interface,
} from './types.js';
import { Var, type Obj } from './objects.js';
import * as C from './constant.js';
import { type Value } from './constant.js';
import { Checker, invalidOperand, type Operand } from './checker.js';
import { bad } from './checker.js';
import type { Mode } from './info.js';
import { objDecl } from './decl.js';
import { typExpr, lookupIdent, funcType } from './typexpr.js';
import { compositeLit, indexExpr, sliceExpr, typeAssertExpr, starExpr, keyValueOutside } from './exprs2.js';
import { callExpr, selector } from './call.js';
import { funcBody } from './stmt.js';
import { universeIota } from './universe.js';
import { inferFromTarget } from './generics.js';
import { sizeof } from './sizes.js';

// ---------------------------------------------------------------------------------------------
// Entry points

/** Evaluates e to a single value (errors for types and no-value expressions). */
export function expr(c: Checker, e: ast.Expr, hint: Type | null = null): Operand {
  // a generic function may be used where a function type is expected (instantiated by assignment)
  // (the hint is not passed on: elided composite literal types exist only in literal elements)
  const x = rawExpr(c, e, null, !!hint && isValid(hint) && underlying(hint).kind === 'Signature');
  singleValue(c, x);
  return x;
}

/** Evaluates e which may be a type or a value. */
export function exprOrType(c: Checker, e: ast.Expr, allowGeneric = false): Operand {
  const x = rawExpr(c, e, null, allowGeneric);
  if (x.mode === 'novalue') {
    c.errorf(e, `${c.opString(x)} used as value or type`);
    x.mode = 'invalid';
  }
  return x;
}

/** Evaluates e allowing multi-value results (calls) and comma-ok forms. Returns the operands. */
export function multiExpr(c: Checker, e: ast.Expr, allowCommaOk: boolean, allowGeneric = false): Operand[] {
  const x = rawExpr(c, e, null, allowGeneric);
  if (bad(x)) return [x];
  if (allowGeneric && x.mode === 'value' && x.type.kind === 'Signature' && x.type.typeParams.length > 0) return [x];
  if (x.type.kind === 'Tuple' && x.mode === 'value') {
    return x.type.vars.map((v) => ({ mode: 'value', expr: e, type: v.type ?? invalidType, val: null }));
  }
  exclude(c, x, ['novalue', 'builtin', 'type']);
  if (allowCommaOk && x.mode === 'commaok') return [x, { mode: 'value', expr: e, type: Typ[BasicKind.UntypedBool], val: null }];
  if (x.mode === 'commaok') x.mode = 'value';
  if (x.mode === 'mapindex' && allowCommaOk) return [x, { mode: 'value', expr: e, type: Typ[BasicKind.UntypedBool], val: null }];
  return [x];
}

function exclude(c: Checker, x: Operand, modes: Mode[]): void {
  if (!modes.includes(x.mode)) return;
  let msg = '';
  switch (x.mode) {
    case 'novalue': msg = `${c.opString(x)} (no value) used as value`; msg = `${c.exprStr(x.expr)} (no value) used as value`; break;
    case 'builtin': msg = `${c.exprStr(x.expr)} (built-in) must be called`; break;
    case 'type': msg = `${c.exprStr(x.expr)} (type) is not an expression`; break;
  }
  c.errorf(x.expr ?? 0, msg);
  x.mode = 'invalid';
}

export function singleValue(c: Checker, x: Operand): void {
  if (bad(x)) return;
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    const n = x.type.vars.length;
    c.errorf(x.expr ?? 0, `multiple-value ${c.exprStr(x.expr)} (value of type ${c.typeStr(x.type)}) in single-value context`);
    x.mode = 'invalid';
    return;
    void n;
  }
  exclude(c, x, ['novalue', 'builtin', 'type']);
  if (x.mode === 'commaok') x.mode = 'value';
}

/** The core expression walker: evaluates e, records its type, returns the operand. */
export function rawExpr(c: Checker, e: ast.Expr, hint: Type | null, allowGeneric: boolean): Operand {
  const x = exprInternal(c, e, hint, allowGeneric);
  // operands of invalid type (follow-ups of earlier errors) are invalid
  if (!bad(x) && x.mode !== 'novalue' && x.mode !== 'builtin' && x.type.kind !== 'Tuple' && !isValid(x.type)) x.mode = 'invalid';
  if (!bad(x)) {
    x.expr = e;
    c.record(e, x.mode, x.type, x.val);
  } else x.expr = e;
  return x;
}
export const exprInternalRecord = rawExpr;

function exprInternal(c: Checker, e: ast.Expr, hint: Type | null, allowGeneric: boolean): Operand {
  switch (e.kind) {
    case 'BadExpr': return invalidOperand(e);
    case 'Ident': return ident(c, e, allowGeneric);
    case 'BasicLit': {
      if (e.bad) return invalidOperand(e); // error reported during parsing
      const v = C.makeFromLiteral(e.value, e.litKind);
      if (v.kind === 'Unknown') { c.errorf(e, `malformed constant: ${e.value}`); return invalidOperand(e); }
      const k = { INT: BasicKind.UntypedInt, FLOAT: BasicKind.UntypedFloat, IMAG: BasicKind.UntypedComplex, CHAR: BasicKind.UntypedRune, STRING: BasicKind.UntypedString }[e.litKind];
      return { mode: 'constant', expr: e, type: Typ[k], val: v };
    }
    case 'FuncLit': return funcLit(c, e);
    case 'CompositeLit': return compositeLit(c, e, hint);
    case 'ParenExpr': {
      const x = rawExpr(c, e.x, hint, allowGeneric);
      return { ...x, expr: e };
    }
    case 'SelectorExpr': return selector(c, e, allowGeneric);
    case 'IndexExpr': case 'IndexListExpr': return indexExpr(c, e, allowGeneric);
    case 'SliceExpr': return sliceExpr(c, e);
    case 'TypeAssertExpr': return typeAssertExpr(c, e);
    case 'CallExpr': return callExpr(c, e);
    case 'StarExpr': return starExpr(c, e);
    case 'UnaryExpr': return unary(c, e);
    case 'BinaryExpr': return binary(c, e, e.x, e.y, e.op);
    case 'KeyValueExpr': return keyValueOutside(c, e);
    case 'Ellipsis': c.errorf(e, 'invalid use of ...'); return invalidOperand(e);
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType': {
      const t = typExpr(c, e);
      return isValid(t) ? { mode: 'type', expr: e, type: t, val: null } : invalidOperand(e);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers

function ident(c: Checker, e: ast.Ident, allowGeneric: boolean): Operand {
  if (e.name === '_') {
    c.errorf(e, 'cannot use _ as value or type');
    return invalidOperand(e);
  }
  const obj = lookupIdent(c, e);
  if (!obj) {
    c.errorf(e, `undefined: ${e.name}`);
    return invalidOperand(e);
  }
  c.recordUse(e, obj);
  return objOperand(c, e, obj, allowGeneric);
}

export function objOperand(c: Checker, e: ast.Expr, obj: Obj, allowGeneric: boolean): Operand {
  if (!obj.type && obj.kind !== 'PkgName' && obj.kind !== 'Builtin' && obj.kind !== 'Label') objDecl(c, obj);
  c.addDep(obj);
  switch (obj.kind) {
    case 'PkgName':
      // types2 does not count this as a use: "imported and not used" follows
      c.errorf(e, `use of package ${obj.name} not in selector`);
      return invalidOperand(e);
    case 'Const': {
      if (obj === universeIota) {
        if (!c.iota) { c.errorf(e, 'cannot use iota outside constant declaration'); return invalidOperand(e); }
        return { mode: 'constant', expr: e, type: obj.type!, val: c.iota };
      }
      if (!isValid(obj.type)) return invalidOperand(e);
      return { mode: 'constant', expr: e, type: obj.type!, val: obj.val };
    }
    case 'TypeName': {
      const t = obj.type ?? invalidType;
      if (!isValid(t)) return invalidOperand(e);
      if (!allowGeneric && t.kind === 'Named' && t.typeParams.length > 0 && !t.isInstance()) {
        c.errorf(e, `cannot use generic type ${c.typeStr(t)} without instantiation`);
        return invalidOperand(e);
      }
      if (obj.isAlias) return { mode: 'type', expr: e, type: t, val: null, alias: obj };
      return { mode: 'type', expr: e, type: t, val: null };
    }
    case 'Var': {
      if (obj.pkg === c.pkg || !obj.pkg) obj.used = true;
      c.noteVarUse(obj);
      if (!isValid(obj.type)) return invalidOperand(e);
      if (obj.alias) return { mode: 'variable', expr: e, type: obj.type!, val: null, alias: obj.alias };
      return { mode: 'variable', expr: e, type: obj.type!, val: null };
    }
    case 'Func': {
      const t = obj.type ?? invalidType;
      if (!isValid(t)) return invalidOperand(e);
      if (!allowGeneric && t.kind === 'Signature' && t.typeParams.length > 0) {
        // may still be inferred by a call; callers that allow it pass allowGeneric
        c.errorf(e, `cannot use generic function ${obj.name} without instantiation`);
        return invalidOperand(e);
      }
      return { mode: 'value', expr: e, type: t, val: null };
    }
    case 'Builtin':
      return { mode: 'builtin', expr: e, type: invalidType, val: null, builtin: obj.builtinId };
    case 'Nil':
      return { mode: 'value', expr: e, type: Typ[BasicKind.UntypedNil], val: null, nil: true };
    case 'Label':
      c.errorf(e, `undefined: ${obj.name}`);
      return invalidOperand(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Function literals

function funcLit(c: Checker, e: ast.FuncLit): Operand {
  const outer = c.scope;
  c.scope = c.newScope(null, 'function literal', 'func');
  const sig = funcType(c, null, e.type);
  const scope = c.scope;
  c.scope = outer;
  if (!c.conf.ignoreFuncBodies) {
    const saved = { scope: c.scope, fctx: c.fctx, iota: c.iota };
    c.iota = null;
    funcBody(c, e, sig, e.body, scope, c.fctx);
    c.scope = saved.scope; c.fctx = saved.fctx; c.iota = saved.iota;
  }
  return { mode: 'value', expr: e, type: sig, val: null };
}

// ---------------------------------------------------------------------------------------------
// Untyped conversion

/** go/types implicitTypeAndValue: the type (and value) x gets when used where `target` is
 *  expected. Returns [type, value, code]; code '' on success. */
export function implicitTypeAndValue(c: Checker, x: Operand, target: Type): [Type | null, Value | null, '' | 'truncated' | 'overflows' | 'invalid'] {
  if (bad(x) || isTyped(x.type) || !isValid(target)) return [x.type, null, ''];
  if (isUntyped(target)) {
    const m = maxType(x.type, target);
    return m ? [m, null, ''] : [null, null, 'invalid'];
  }
  if (isUntypedNilOp(x)) return hasNil(target) ? [target, null, ''] : [null, null, 'invalid'];
  if (target.kind === 'TypeParam') {
    const terms = typeParamTerms(target);
    if (!terms || terms.length === 0) return [null, null, 'invalid'];
    for (const t of terms) {
      const [tt] = implicitTypeAndValue(c, x, t.type);
      if (!tt) return [null, null, 'invalid'];
    }
    return [target, null, ''];
  }
  const u = underlying(target);
  switch (u.kind) {
    case 'Basic': {
      if (x.mode === 'constant') {
        const [v, code] = representation(x, u);
        if (code) return [null, null, code];
        return [target, v, ''];
      }
      const k = (x.type as Basic).basicKind;
      switch (k) {
        case BasicKind.UntypedBool: if (!isBoolean(target)) return [null, null, 'invalid']; break;
        case BasicKind.UntypedInt: case BasicKind.UntypedRune: case BasicKind.UntypedFloat: case BasicKind.UntypedComplex:
          if (!isNumeric(target)) return [null, null, 'invalid']; break;
        case BasicKind.UntypedString: if (!isString(target)) return [null, null, 'invalid']; break;
        default: return [null, null, 'invalid'];
      }
      return [target, null, ''];
    }
    case 'Interface':
      if (!(u as Interface).isEmpty() && (u as Interface).isMethodSet()) {
        // untyped constants cannot satisfy non-empty interfaces, except via their default type
        const d = defaultType(x.type);
        return missingMethod(d, u as Interface) === null ? [d, null, ''] : [null, null, 'invalid'];
      }
      return [defaultType(x.type), null, ''];
    default:
      return [null, null, 'invalid'];
  }
}

function isUntypedNilOp(x: Operand): boolean {
  return x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil;
}
/** types2 x.isNil(): the operand is the predeclared nil (possibly already given a type). */
export function isNilOp(x: Operand): boolean { return !!x.nil || isUntypedNilOp(x); }

function maxType(x: Type, y: Type): Type | null {
  if (isNumeric(x) && isNumeric(y)) {
    const a = (x as Basic).basicKind, b = (y as Basic).basicKind;
    return a > b ? x : y;
  }
  return identical(x, y) ? x : null;
}

/** go/types representation: the value of constant x as type typ, or an error code. */
export function representation(x: Operand, typ: Basic): [Value | null, '' | 'truncated' | 'overflows' | 'invalid'] {
  const r = representableConst(x.val!, typ);
  if (r === null) {
    if (isNumeric(x.type) && isNumeric(typ)) {
      if (!isInteger(x.type) && isInteger(typ)) return [null, 'truncated'];
      return [null, 'overflows'];
    }
    return [null, 'invalid'];
  }
  return [r, ''];
}

/** Returns the (rounded) value of constant v as type typ, or null if not representable. */
export function representableConst(v: Value, typ: Basic): Value | null {
  if (v.kind === 'Unknown') return v;
  if (typ.info & 2 /* integer */) {
    const i = C.toInt(v);
    if (i.kind !== 'Int') return null;
    const n = i.v;
    const size = sizeof(typ) * 8;
    switch (typ.basicKind) {
      case BasicKind.UntypedInt: case BasicKind.UntypedRune: return i;
    }
    if (typ.info & 4 /* unsigned */) return n >= 0n && n < (1n << BigInt(size)) ? i : null;
    return n >= -(1n << BigInt(size - 1)) && n < (1n << BigInt(size - 1)) ? i : null;
  }
  if (typ.info & 8 /* float */) {
    const f = C.toFloat(v);
    if (f.kind !== 'Float') return null;
    if (typ.basicKind === BasicKind.Float32) return C.roundFloat(f, 32);
    if (typ.basicKind === BasicKind.Float64) return C.roundFloat(f, 64);
    return f;
  }
  if (typ.info & 16 /* complex */) {
    const z = C.toComplex(v);
    if (z.kind !== 'Complex') return null;
    if (typ.basicKind === BasicKind.Complex64) return C.roundComplex(z, 32);
    if (typ.basicKind === BasicKind.Complex128) return C.roundComplex(z, 64);
    return z;
  }
  if (typ.info & 32) return v.kind === 'String' ? v : null;
  if (typ.info & 1) return v.kind === 'Bool' ? v : null;
  return null;
}

/** go/types representable: checks x (a constant) against typ, reports "... overflows T". */
export function representable(c: Checker, x: Operand, typ: Basic): void {
  const [v, code] = representation(x, typ);
  if (code) { invalidConversion(c, code, x, typ); x.mode = 'invalid'; return; }
  if (v) x.val = v;
}

function invalidConversion(c: Checker, code: string, x: Operand, target: Type): void {
  const t = c.typeStr(target);
  if (code === 'truncated') c.errorf(x.expr ?? 0, `${c.opString(x)} truncated to ${t}`);
  else if (code === 'overflows') c.errorf(x.expr ?? 0, `${c.opString(x)} overflows ${t}`);
  else c.errorf(x.expr ?? 0, `cannot convert ${c.opString(x)} to type ${t}`);
}

/** go/types convertUntyped: converts x to target's type if x is untyped. */
export function convertUntyped(c: Checker, x: Operand, target: Type): void {
  const [t, v, code] = implicitTypeAndValue(c, x, target);
  if (code) {
    invalidConversion(c, code, x, target.kind === 'TypeParam' ? target : underlying(target));
    x.mode = 'invalid';
    return;
  }
  if (v) { x.val = v; updateExprVal(c, x.expr, v); }
  if (t && t !== x.type) { x.type = t; updateExprType(c, x.expr, t, false); }
}

function updateExprVal(c: Checker, e: ast.Expr | null, v: Value): void {
  if (!e) return;
  const u = c.untyped.get(e);
  if (u) { u.val = v; if (e.kind === 'ParenExpr') updateExprVal(c, e.x, v); }
}

/** go/types updateExprType: sets the final type of an untyped expression tree. */
export function updateExprType(c: Checker, e: ast.Expr | null, t: Type, final: boolean): void {
  if (!e) return;
  const old = c.untyped.get(e);
  if (!old) return;
  switch (e.kind) {
    case 'ParenExpr': updateExprType(c, e.x, t, final); break;
    case 'UnaryExpr':
      if (old.val === null) updateExprType(c, e.x, t, final);
      break;
    case 'BinaryExpr':
      if (old.val !== null) break;
      if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) { /* operands already final */ }
      else if (e.op === '<<' || e.op === '>>') updateExprType(c, e.x, t, final);
      else { updateExprType(c, e.x, t, final); updateExprType(c, e.y, t, final); }
      break;
    default: break;
  }
  if (!final && isUntyped(t)) { old.type = underlying(t); return; }
  c.untyped.delete(e);
  const isLhs = (old as { isLhs?: boolean }).isLhs;
  if (isLhs && !allInteger(t)) {
    c.errorf(e, `invalid operation: shifted operand ${c.exprStr(e)} (type ${c.typeStr(t)}) must be integer`);
    return;
  }
  let val = old.val;
  if (val !== null) {
    const op: Operand = { mode: old.mode, expr: e, type: old.type, val };
    // check representability (errors reported by convertUntyped)
    const [tt, v, code] = implicitTypeAndValue(c, op, t);
    if (code) { invalidConversion(c, code, op, t.kind === 'TypeParam' ? t : underlying(t)); return; }
    if (v) val = v;
    void tt;
  }
  c.info.types.set(e, { mode: old.mode, type: t, value: old.mode === 'constant' ? val : null });
}

export { operandAssignableTo, missingMethodCause, assignment, initVars, initSingleVar, recordCommaOk, assignError, type AssignCause } from './assignments.js';
import { operandAssignableTo } from './assignments.js';

// ---------------------------------------------------------------------------------------------
// Unary and binary operators

const opNames: Record<string, string> = {};
void opNames;

function unary(c: Checker, e: ast.UnaryExpr): Operand {
  if (e.op === '&') {
    const inner = ast_unparen(e.x);
    if (inner.kind === 'CompositeLit') {
      const x = rawExpr(c, e.x, null, false);
      if (bad(x)) return x;
      return { mode: 'value', expr: e, type: ptrTo(x.type), val: null };
    }
    const x = rawExpr(c, e.x, null, false);
    singleValue(c, x);
    if (bad(x)) return x;
    if (x.mode !== 'variable') {
      c.errorf(e, `invalid operation: cannot take address of ${c.opString(x)}`);
      return invalidOperand(e);
    }
    return { mode: 'value', expr: e, type: ptrTo(x.type), val: null };
  }
  if (e.op === '<-') {
    const x = expr(c, e.x);
    if (bad(x)) return x;
    const u = coreType(x.type);
    if (!u || u.kind !== 'Chan') {
      c.errorf(e.x, `invalid operation: cannot receive from non-channel ${c.opString(x)}`);
      return invalidOperand(e);
    }
    if (u.dir === ChanDir.SendOnly) {
      c.errorf(e.x, `invalid operation: cannot receive from send-only channel ${c.opString(x)}`);
      return invalidOperand(e);
    }
    return { mode: 'commaok', expr: e, type: u.elem, val: null };
  }
  if (e.op === '~') {
    c.errorf(e, `cannot use ${c.exprStr(e)} as value`);
    return invalidOperand(e);
  }
  const x = expr(c, e.x);
  if (bad(x)) return x;
  const pred = e.op === '!' ? allBoolean : e.op === '^' ? allInteger : allNumeric;
  if (!pred(x.type)) {
    c.errorf(e.x, `invalid operation: operator ${e.op} not defined on ${c.opString(x)}`);
    return invalidOperand(e);
  }
  if (x.mode === 'constant') {
    let prec = 0;
    if (isUnsigned(x.type)) prec = sizeof(x.type) * 8;
    const v = C.unaryOp(e.op as C.UnaryOp, x.val!, prec);
    const r: Operand = { mode: 'constant', expr: e, type: x.type, val: v };
    overflow(c, r, e.pos);
    return r;
  }
  return { mode: 'value', expr: e, type: x.type, val: null };
}

function ast_unparen(e: ast.Expr): ast.Expr { while (e.kind === 'ParenExpr') e = e.x; return e; }

import { Pointer } from './types.js';
function ptrTo(t: Type): Type { return new Pointer(t); }

/** The core type of t (go/types coreType): underlying type, or the single underlying type of a
 *  type parameter's type set (channels: matching element types). */
export function coreType(t: Type): Type | null {
  if (t.kind !== 'TypeParam') return underlying(t);
  const terms = typeParamTerms(t);
  if (!terms || terms.length === 0) return null;
  let u: Type | null = null;
  for (const term of terms) {
    const tu = underlying(term.type);
    if (!u) u = tu;
    else if (!identical(u, tu)) return null;
  }
  return u;
}

/** go/types overflow: typed constants must be representable; untyped ints limited to 512 bits. */
export function overflow(c: Checker, x: Operand, opPos: number): void {
  if (x.mode !== 'constant' || !x.val) return;
  if (isTyped(x.type)) {
    const u = underlying(x.type);
    if (u.kind === 'Basic') representable(c, x, u);
    return;
  }
  if (x.val.kind === 'Int' && C.bitLen(x.val) > 512) {
    c.errorf(opPos, `constant ${opName(x.expr)}overflow`);
    x.val = C.unknownValue;
  }
}
function opName(e: ast.Expr | null): string {
  if (!e) return '';
  if (e.kind === 'UnaryExpr') {
    const m: Record<string, string> = { '-': 'negation', '^': 'bitwise complement' };
    return m[e.op] ? m[e.op] + ' ' : '';
  }
  if (e.kind === 'BinaryExpr') {
    const m: Record<string, string> = { '+': 'addition', '-': 'subtraction', '^': 'bitwise XOR', '*': 'multiplication', '<<': 'shift' };
    return m[e.op] ? m[e.op] + ' ' : '';
  }
  return '';
}

const isComparison = (op: string) => op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';

/** Binary expression x op y (also used for assignment operations with e = null). */
export function binary(c: Checker, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: string): Operand {
  const x = expr(c, lhs);
  const y = expr(c, rhs);
  if (bad(x)) return x;
  if (bad(y)) { return { ...y, expr: e ?? y.expr }; }
  if (op === '<<' || op === '>>') { shift(c, x, y, e, op); if (e) x.expr = e; return x; }
  matchTypes(c, x, y);
  if (bad(x)) return x;
  if (isComparison(op)) { comparison(c, x, y, op, e, false); if (e) x.expr = e; return x; }
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      if (e) c.errorf(e, `invalid operation: ${c.exprStr(e)} (mismatched types ${c.typeStr(x.type)} and ${c.typeStr(y.type)})`);
      else c.errorf(lhs, `invalid operation: ${c.exprStr(lhs)} ${op}= ${c.exprStr(rhs)} (mismatched types ${c.typeStr(x.type)} and ${c.typeStr(y.type)})`);
    }
    x.mode = 'invalid';
    return x;
  }
  const pred = op === '+' ? allNumericOrString : op === '&&' || op === '||' ? allBoolean
    : op === '%' || op === '&' || op === '|' || op === '^' || op === '&^' ? allInteger : allNumeric;
  if (!pred(x.type)) {
    c.errorf(lhs, `invalid operation: operator ${op} not defined on ${c.opString(x)}`);
    x.mode = 'invalid';
    return x;
  }
  if ((op === '/' || op === '%') && (x.mode === 'constant' || allInteger(x.type)) && y.mode === 'constant' && C.sign(y.val!) === 0) {
    c.errorf(rhs, 'invalid operation: division by zero');
    x.mode = 'invalid';
    return x;
  }
  if ((op === '/') && x.mode === 'constant' && y.mode === 'constant' && isComplex(x.type)) {
    const re = C.real(y.val!), im = C.imag(y.val!);
    if (C.sign(re) === 0 && C.sign(im) === 0) { c.errorf(rhs, 'invalid operation: division by zero'); x.mode = 'invalid'; return x; }
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    let bop = op as C.BinaryOp;
    if (op === '/' && isInteger(x.type)) bop = 'quo_int';
    const v = C.binaryOp(x.val!, bop, y.val!);
    const r: Operand = { mode: 'constant', expr: e, type: x.type, val: v };
    overflow(c, r, e && e.kind === 'BinaryExpr' ? e.opPos : lhs.pos);
    return r;
  }
  return { mode: 'value', expr: e, type: x.type, val: null };
}

/** go/types matchTypes: converts untyped operands towards each other. */
export function matchTypes(c: Checker, x: Operand, y: Operand): void {
  const mayConvert = (): boolean => {
    if (isTyped(x.type) && isTyped(y.type)) return false;
    // an untyped operand may convert to its default type when paired with an interface
    if ((isInterface(x.type) && !isTypeParam(x.type)) || (isInterface(y.type) && !isTypeParam(y.type))) return true;
    const basic = (t: Type) => underlying(t).kind === 'Basic' && t.kind !== 'TypeParam' || (t.kind === 'TypeParam' && allOf2(t));
    if (basic(x.type) !== basic(y.type)) return false;
    if (allBoolean(x.type) !== allBoolean(y.type)) return false;
    if (allString2(x.type) !== allString2(y.type)) return false;
    if (isNilOp(x)) return hasNil(y.type);
    if (isNilOp(y)) return hasNil(x.type);
    if (underlying(x.type).kind === 'Pointer' || underlying(y.type).kind === 'Pointer') return false;
    return true;
  };
  if (mayConvert()) {
    convertUntyped(c, x, y.type);
    if (bad(x)) return;
    convertUntyped(c, y, x.type);
    if (bad(y)) { x.mode = 'invalid'; return; }
  }
}
function allOf2(t: Type): boolean {
  const terms = typeParamTerms(t as never);
  return !!terms && terms.length > 0 && terms.every((x) => underlying(x.type).kind === 'Basic');
}
function allString2(t: Type): boolean {
  if (t.kind === 'TypeParam') { const terms = typeParamTerms(t); return !!terms && terms.length > 0 && terms.every((x) => isString(x.type)); }
  return isString(t);
}

function compositeKind(t: Type): string {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return '';
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    case 'Tuple': return 'tuple';
    case 'Union': return 'union';
    default: return '';
  }
}

function incomparableCause(c: Checker, t: Type): string {
  const u = underlying(t);
  if (u.kind === 'Slice' || u.kind === 'Signature' || u.kind === 'Map') return `${compositeKind(t)} can only be compared to nil`;
  if (u.kind === 'Struct') {
    for (const f of u.fields) if (!comparable(f.type!)) return `struct containing ${c.typeStr(f.type)} cannot be compared`;
  }
  if (u.kind === 'Array') return `${c.typeStr(t)} cannot be compared`;
  return '';
}

/** Comparison x op y; on success x becomes an untyped bool (constant if both constant). */
export function comparison(c: Checker, x: Operand, y: Operand, op: string, e: ast.Expr | null, switchCase: boolean): void {
  let errOp = x;
  let cause = '';
  const fail = () => {
    if (!cause) {
      if (isTypeParam(x.type) || isTypeParam(y.type)) {
        if (!isTypeParam(x.type)) errOp = y;
        cause = `type parameter ${c.typeStr(errOp.type)} cannot use operator ${op}`;
      } else {
        const what = compositeKind(errOp.type) || c.typeStr(errOp.type);
        cause = `operator ${op} not defined on ${what}`;
      }
    }
    if (switchCase) c.errorf(x.expr ?? 0, `invalid case ${c.exprStr(x.expr)} in switch on ${c.exprStr(y.expr)} (${cause})`);
    else c.errorf(errOp.expr ?? 0, `invalid operation: ${c.exprStr(x.expr)} ${op} ${c.exprStr(y.expr)} (${cause})`);
    x.mode = 'invalid';
  };
  let ok = operandAssignableTo(c, x, y.type, null) || operandAssignableTo(c, y, x.type, null);
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${c.typeStr(x.type)} and ${c.typeStr(y.type)}`;
    return fail();
  }
  if (op === '==' || op === '!=') {
    if (isNilOp(x) || isNilOp(y)) {
      const t = isNilOp(x) ? y.type : x.type;
      if (!hasNil(t) || (isNilOp(x) && isNilOp(y))) { errOp = y; return fail(); }
    } else if (!comparable(x.type)) {
      errOp = x; cause = incomparableCause(c, x.type); return fail();
    } else if (!comparable(y.type)) {
      errOp = y; cause = incomparableCause(c, y.type); return fail();
    }
  } else {
    if (!allOrdered(x.type)) { errOp = x; return fail(); }
    if (!allOrdered(y.type)) { errOp = y; return fail(); }
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    x.val = C.makeBool(C.compare(x.val!, op as C.CompareOp, y.val!));
  } else {
    x.mode = 'value';
    x.val = null;
    updateExprType(c, x.expr, defaultType(x.type), true);
    updateExprType(c, y.expr, defaultType(y.type), true);
  }
  x.type = Typ[BasicKind.UntypedBool];
}

function shift(c: Checker, x: Operand, y: Operand, e: ast.Expr | null, op: '<<' | '>>'): void {
  let xval: Value | null = null;
  if (x.mode === 'constant') xval = C.toInt(x.val!);
  if (!(allInteger(x.type) || (isUntyped(x.type) && xval && xval.kind === 'Int'))) {
    c.errorf(x.expr ?? 0, `invalid operation: shifted operand ${c.opString(x)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  let yval: Value | null = null;
  if (y.mode === 'constant') {
    yval = C.toInt(y.val!);
    if (yval.kind === 'Int' && C.sign(yval) < 0) {
      c.errorf(y.expr ?? 0, `invalid operation: negative shift count ${c.opString(y)}`);
      x.mode = 'invalid';
      return;
    }
    if (isUntyped(y.type)) {
      representable(c, y, Typ[BasicKind.Uint]);
      if (bad(y)) { x.mode = 'invalid'; return; }
    }
  } else {
    if (allInteger(y.type) && !isUntyped(y.type)) { /* ok */ }
    else if (isUntyped(y.type)) {
      convertUntyped(c, y, Typ[BasicKind.Uint]);
      if (bad(y)) { x.mode = 'invalid'; return; }
    } else {
      c.errorf(y.expr ?? 0, `invalid operation: shift count ${c.opString(y)} must be integer`);
      x.mode = 'invalid';
      return;
    }
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant') {
      if (x.val!.kind === 'Unknown' || y.val!.kind === 'Unknown') { x.val = C.unknownValue; if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt]; return; }
      const [s, ok] = C.uint64Val(yval!);
      if (!ok || s > 1074n) {
        c.errorf(y.expr ?? 0, `invalid operation: invalid shift count ${c.opString(y)}`);
        x.mode = 'invalid';
        return;
      }
      if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt];
      x.val = C.shift(xval!, op, Number(s));
      x.expr = e;
      overflow(c, x, e && e.kind === 'BinaryExpr' ? e.opPos : 0);
      return;
    }
    if (isUntyped(x.type)) {
      const u = x.expr ? c.untyped.get(x.expr) : undefined;
      if (u) (u as { isLhs?: boolean }).isLhs = true;
      x.mode = 'value';
      x.val = null;
      return;
    }
  }
  if (!allInteger(x.type)) {
    c.errorf(x.expr ?? 0, `invalid operation: shifted operand ${c.opString(x)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  x.mode = 'value';
  x.val = null;
}

export { IsUntyped, isFloat };
