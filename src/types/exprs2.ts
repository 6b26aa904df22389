// Composite literals, index and slice expressions, type assertions, pointer indirection.
// Mirrors go/types literals.go, index.go, expr.go (TypeAssertExpr, StarExpr).

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Array as ArrayT, Slice, Pointer, underlying, isValid, invalidType, isUntyped, isInteger,
  isString, allInteger, identical, isTypeParam, missingMethod, typeParamTerms, Tuple,
  type Type, type Struct, type Named, type Interface,
} from './types.js';
import { Var } from './objects.js';
import { universeByte } from './types.js';
import * as C from './constant.js';
import { invalidOperand, type Checker, type Operand } from './checker.js';
import { bad } from './checker.js';
import { representableConst } from './expr.js';
import { expr, rawExpr, assignment, convertUntyped, representable, coreType, singleValue, missingMethodCause } from './expr.js';
import { typExpr, indexArgs, arrayLength } from './typexpr.js';
import { funcInst } from './generics.js';
import { sameId } from './objects.js';

// ---------------------------------------------------------------------------------------------
// Composite literals

export function compositeLit(c: Checker, e: ast.CompositeLit, hint: Type | null): Operand {
  let typ: Type;
  let base: Type;
  if (e.type) {
    if (e.type.kind === 'ArrayType' && e.type.len && e.type.len.kind === 'Ellipsis') {
      const elem = typExpr(c, e.type.elt);
      // length determined by elements
      const n = isValid(elem) ? indexedElts(c, e.elts, elem, -1) : (useElts(c, e.elts, invalidType), 0);
      typ = new ArrayT(elem, n);
      c.record(e.type, 'type', typ, null);
      return { mode: 'value', expr: e, type: typ, val: null };
    }
    typ = typExpr(c, e.type);
    base = typ;
  } else if (hint) {
    typ = hint;
    base = typ;
    const u = coreType(base);
    if (u && u.kind === 'Pointer') base = u.elem; // &T{} elided in composite literal of *T elements
  } else {
    c.errorf(e, 'missing type in composite literal'); // go/types: goto Error, elements unchecked
    return invalidOperand(e);
  }
  if (!isValid(typ)) { useElts(c, e.elts, invalidType); return invalidOperand(e); }
  const u = coreType(base);
  if (!u) { c.errorf(e, `invalid composite literal type ${c.typeStr(typ)}`); return invalidOperand(e); }
  switch (u.kind) {
    case 'Struct': structLit(c, e, u, base); break;
    case 'Array': {
      const n = indexedElts(c, e.elts, u.elem, u.len);
      void n;
      break;
    }
    case 'Slice': indexedElts(c, e.elts, u.elem, -1); break;
    case 'Map': {
      const seen = new globalThis.Map<string, boolean>();
      for (const el of e.elts) {
        if (el.kind !== 'KeyValueExpr') {
          c.errorf(el, 'missing key in map literal');
          rawExpr(c, el, null, false);
          continue;
        }
        const k = exprWithHint(c, el.key, u.key);
        assignment(c, k, u.key, 'map literal');
        if (k.mode === 'constant' && k.val && !bad(k)) {
          const key = constKey(k.val, k.type) + '|' + c.typeStr(k.type);
          if (seen.has(key)) c.errorf(el.key, `duplicate key ${C.valueString(k.val)} in map literal`);
          seen.set(key, true);
        }
        const v = exprWithHint(c, el.value, u.elem);
        assignment(c, v, u.elem, 'map literal');
      }
      break;
    }
    default:
      useElts(c, e.elts, null);
      if (isValid(u)) c.errorf(e, `invalid composite literal type ${c.typeStr(typ)}`);
      return invalidOperand(e);
  }
  const alias = e.type ? c.aliasOf.get(e.type) : undefined;
  if (alias && base === typ) return { mode: 'value', expr: e, type: typ, val: null, alias };
  return { mode: 'value', expr: e, type: base === typ ? typ : base, val: null };
}

/** go/types "use" of the elements of a literal that cannot be checked: the value of key:value pairs
 *  (the key may be a field name); literals without type get `hint` (invalid: no further errors). */
function useElts(c: Checker, elts: readonly ast.Expr[], hint: Type | null): void {
  for (const x of elts) rawExpr(c, x.kind === 'KeyValueExpr' ? x.value : x, hint, false);
}

function constKey(v: C.Value, t: Type): string {
  return `${v.kind}:${C.exactString(v)}:${isString(t) ? 's' : ''}`;
}

/** Evaluates an element expression, passing the element type as hint for elided composite
 *  literal types (`[]T{{...}}`, `[]*T{{...}}`). */
function exprWithHint(c: Checker, e: ast.Expr, hint: Type): Operand {
  if (e.kind === 'CompositeLit' && !e.type) {
    const x = rawExpr(c, e, hint, false);
    // &T elided: the literal's type is T but the element is *T
    const hu = coreType(hint);
    if (hu && hu.kind === 'Pointer' && !bad(x)) {
      return { mode: 'value', expr: e, type: hint, val: null };
    }
    return x;
  }
  return expr(c, e, hint);
}

/** go/types lookupError for a struct literal key: `alt` is a field whose name differs only in case. */
function structLitLookupError(c: Checker, typ: Type, sel: string, alt: Var | null): string {
  const T = c.typeStr(typ);
  const exported = (n: string): boolean => /^\p{Lu}/u.test(n);
  const tail = (n: string): string => [...n].slice(1).join('');
  let k: 'missing' | 'misspelled' | 'unexported' | 'inaccessible' = 'missing';
  if (alt) {
    if (alt.pkg === c.pkg) k = 'misspelled';
    else if (exported(sel)) {
      if (exported(alt.name)) k = 'misspelled';
      else if (tail(sel) === tail(alt.name)) k = 'unexported';
    } else if (exported(alt.name)) {
      if (tail(sel) === tail(alt.name)) k = 'misspelled';
    } else if (sel === alt.name) k = 'inaccessible';
  }
  switch (k) {
    case 'missing': return `unknown field ${sel} in struct literal of type ${T}`;
    case 'misspelled': return `unknown field ${sel} in struct literal of type ${T}, but does have ${alt!.name}`;
    case 'unexported': return `unknown field ${sel} in struct literal of type ${T}, but does have unexported ${alt!.name}`;
    case 'inaccessible': return `cannot refer to unexported field ${alt!.name} in struct literal of type ${T}`;
  }
}

function structLit(c: Checker, e: ast.CompositeLit, s: Struct, typ: Type): void {
  const fields = s.fields;
  if (e.elts.length === 0) return;
  if (e.elts[0].kind === 'KeyValueExpr') {
    const seen = new Set<number>();
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') {
        c.errorf(el, 'mixture of field:value and value elements in struct literal');
        rawExpr(c, el, null, false);
        continue;
      }
      if (el.key.kind !== 'Ident') {
        c.errorf(el.key, `invalid field name ${c.exprStr(el.key)} in struct literal`);
        rawExpr(c, el.value, null, false);
        continue;
      }
      const key = el.key;
      const i = key.name === '_' ? -1 : fields.findIndex((f) => sameId(f, c.pkg, key.name));
      if (i < 0) {
        const alt = key.name === '_' ? undefined : fields.find((f) => f.name.toLowerCase() === key.name.toLowerCase());
        c.errorf(key, structLitLookupError(c, typ, key.name, alt ?? null));
        rawExpr(c, el.value, null, false);
        continue;
      }
      const f = fields[i];
      c.recordUse(key, f);
      const x = expr(c, el.value, f.type!);
      if (seen.has(i)) { c.errorf(key, `duplicate field name ${key.name} in struct literal`); continue; }
      seen.add(i);
      assignment(c, x, f.type!, 'struct literal');
    }
    return;
  }
  let i = 0;
  for (const el of e.elts) {
    if (el.kind === 'KeyValueExpr') {
      c.errorf(el, 'mixture of field:value and value elements in struct literal');
      rawExpr(c, el.value, null, false);
      i++;
      continue;
    }
    const x = i < fields.length ? expr(c, el, fields[i].type!) : expr(c, el);
    if (i >= fields.length) { c.errorf(x.expr ?? el, `too many values in struct literal of type ${c.typeStr(typ)}`); break; }
    const f = fields[i];
    if (!f.exported() && f.pkg !== c.pkg) {
      c.errorf(el, `implicit assignment to unexported field ${f.name} in struct literal of type ${c.typeStr(typ)}`);
    }
    assignment(c, x, f.type!, 'struct literal');
    i++;
  }
  if (i < fields.length && i > 0) {
    c.errorf(e.rbrace, `too few values in struct literal of type ${c.typeStr(typ)}`);
  }
}

/** Checks array/slice elements; returns the literal's length (max index + 1). */
function indexedElts(c: Checker, elts: readonly ast.Expr[], elem: Type, length: number): number {
  const seen = new Set<number>();
  let index = 0;
  let max = 0;
  for (const el of elts) {
    let valid = true;
    let v = el;
    if (el.kind === 'KeyValueExpr') {
      const i = checkIndex(c, el.key, length, false, true);
      valid = i >= 0;
      if (valid) index = i;
      v = el.value;
    } else if (length >= 0 && index >= length) {
      c.errorf(el, `index ${index} is out of bounds (>= ${length})`);
      valid = false;
    }
    void 0;
    if (valid) {
      if (seen.has(index)) c.errorf(el, `duplicate index ${index} in array or slice literal`);
      seen.add(index);
    }
    index++;
    if (index > max) max = index;
    const x = exprWithHint(c, v, elem);
    assignment(c, x, elem, 'array or slice literal');
  }
  return max;
}

export function keyValueOutside(c: Checker, e: ast.KeyValueExpr): Operand {
  c.errorf(e, 'unexpected key:value expression');
  rawExpr(c, e.key, null, false);
  rawExpr(c, e.value, null, false);
  return invalidOperand(e);
}

// ---------------------------------------------------------------------------------------------
// Index expressions

export function indexExpr(c: Checker, e: ast.IndexExpr | ast.IndexListExpr, allowGeneric: boolean): Operand {
  const x = rawExpr(c, e.x, null, true);
  if (bad(x)) { indexArgs(e).forEach((a) => rawExpr(c, a, null, true)); return invalidOperand(e); }
  if (x.mode === 'type') {
    // generic type instantiation
    const t = typExpr(c, e, allowGeneric);
    return isValid(t) ? { mode: 'type', expr: e, type: t, val: null } : invalidOperand(e);
  }
  if (x.mode === 'value' && x.type.kind === 'Signature' && x.type.typeParams.length > 0) {
    return funcInst(c, e, x, null);
  }
  singleValue(c, x);
  if (bad(x)) return invalidOperand(e);
  if (e.kind === 'IndexListExpr') {
    c.errorf(e.indices[1], `unexpected comma; expecting ]`);
    return invalidOperand(e);
  }
  let valid = false;
  let length = -1;
  let res: Operand = invalidOperand(e);
  const u = coreTypeForIndex(x.type);
  if (u) switch (u.kind) {
    case 'Basic':
      if (isString(u)) {
        valid = true;
        if (x.mode === 'constant' && x.val) length = C.stringVal(x.val).length;
        res = { mode: 'value', expr: e, type: universeByte, val: null };
      }
      break;
    case 'Array':
      valid = true; length = u.len;
      res = { mode: x.mode === 'variable' ? 'variable' : 'value', expr: e, type: u.elem, val: null };
      break;
    case 'Pointer': {
      const a = underlying(u.elem);
      if (a.kind === 'Array') {
        valid = true; length = a.len;
        res = { mode: 'variable', expr: e, type: a.elem, val: null };
      }
      break;
    }
    case 'Slice':
      valid = true;
      res = { mode: 'variable', expr: e, type: u.elem, val: null };
      break;
    case 'Map': {
      const k = expr(c, e.index, u.key);
      assignment(c, k, u.key, 'map index');
      return { mode: 'mapindex', expr: e, type: u.elem, val: null };
    }
  }
  if (!valid) {
    c.errorf(e.x, `invalid operation: cannot index ${c.opString(x)}`);
    rawExpr(c, e.index, null, false);
    return invalidOperand(e);
  }
  const idx = checkIndex(c, e.index, length, false);
  if (idx >= 0 && x.mode === 'constant' && x.val && res.type.kind === 'Basic') {
    // constant string index → constant byte? (not constant in Go: value)
  }
  return res;
}

function universeByteT(): Type { return Typ[BasicKind.Uint8]; }

function coreTypeForIndex(t: Type): Type | null {
  if (t.kind === 'TypeParam') {
    const terms = typeParamTerms(t);
    if (!terms || !terms.length) return null;
    const ct = coreType(t);
    if (ct) return ct;
    // all terms must support indexing with the same element type (e.g. ~string | ~[]byte)
    let elem: Type | null = null;
    let allStrings = true;
    for (const term of terms) {
      const u = underlying(term.type);
      let e: Type | null = null;
      if (u.kind === 'Basic' && isString(u)) e = universeByte;
      else { allStrings = false; if (u.kind === 'Slice' || u.kind === 'Array') e = u.elem; else if (u.kind === 'Pointer' && underlying(u.elem).kind === 'Array') e = (underlying(u.elem) as ArrayT).elem; }
      if (!e || (elem && !identical(elem, e))) return null;
      elem = e;
    }
    if (allStrings) return Typ[BasicKind.String];
    return elem ? new Slice(elem) : null;
  }
  return underlying(t);
}

/** Checks an index expression; returns its constant value or -1. `max` < 0: unknown length. */
export function checkIndex(c: Checker, e: ast.Expr, max: number, allowMax: boolean, mustBeConst = false): number {
  const x = expr(c, e);
  if (bad(x)) return -1;
  if (mustBeConst && x.mode !== 'constant') {
    c.errorf(e, `index ${c.exprStr(e)} must be integer constant`);
    return -1;
  }
  if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.Int]);
  if (bad(x)) return -1;
  if (!allInteger(x.type)) {
    c.errorf(e, `invalid argument: index ${c.opString(x)} must be integer`);
    return -1;
  }
  if (x.mode === 'constant') {
    const v = C.toInt(x.val!);
    if (v.kind === 'Int') {
      if (v.v < 0n) { c.errorf(e, `invalid argument: index ${c.opString(x)} must not be negative`); return -1; }
      if (!representableConst(v, Typ[BasicKind.Int] as never)) {
        c.errorf(e, `invalid argument: index ${c.opString(x)} overflows int`);
        return -1;
      }
      if (max >= 0 && (allowMax ? v.v > BigInt(max) : v.v >= BigInt(max))) {
        c.errorf(e, `invalid argument: index ${c.exprStr(e)} out of bounds [0:${allowMax ? max + 1 : max}]`);
        return -1;
      }
      return Number(v.v);
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Slice expressions

export function sliceExpr(c: Checker, e: ast.SliceExpr): Operand {
  const x = expr(c, e.x);
  if (bad(x)) { [e.low, e.high, e.max].forEach((i) => i && rawExpr(c, i, null, false)); return invalidOperand(e); }
  let length = -1;
  let res: Operand | null = null;
  const u = coreType(x.type);
  if (!u) {
    c.errorf(e.x, `invalid operation: cannot slice ${c.opString(x)}: ${c.typeStr(x.type)} has no core type`);
    return invalidOperand(e);
  }
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) {
        if (e.slice3) { c.errorf(e.max ?? e, `invalid operation: 3-index slice of string`); return invalidOperand(e); }
        if (x.mode === 'constant' && x.val) length = C.stringVal(x.val).length;
        res = { mode: 'value', expr: e, type: isUntyped(x.type) ? Typ[BasicKind.String] : x.type, val: null };
        if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.String]);
      }
      break;
    case 'Array':
      length = u.len;
      if (x.mode !== 'variable') {
        c.errorf(e.x, `invalid operation: ${c.opString(x)} (slice of unaddressable value)`);
        return invalidOperand(e);
      }
      res = { mode: 'value', expr: e, type: new Slice(u.elem), val: null };
      break;
    case 'Pointer': {
      const a = underlying(u.elem);
      if (a.kind === 'Array') { length = a.len; res = { mode: 'value', expr: e, type: new Slice(a.elem), val: null }; }
      break;
    }
    case 'Slice': res = { mode: 'value', expr: e, type: x.type, val: null }; break;
  }
  if (!res) {
    c.errorf(e.x, `invalid operation: cannot slice ${c.opString(x)}`);
    return invalidOperand(e);
  }
  if (e.slice3 && (!e.high || !e.max)) {
    c.errorf(e, 'middle index required in 3-index slice');
  }
  // constant indices (a missing one is 0 first, else the length if known) must be in order;
  // the first pair out of order is reported (go/types sliceExpr)
  const exprs = e.slice3 ? [e.low, e.high, e.max] : [e.low, e.high];
  const ind = exprs.map((ie, i) => {
    if (ie) { const v = checkIndex(c, ie, length, true); return v >= 0 ? v : -1; }
    return i === 0 ? 0 : length >= 0 ? length : -1;
  });
  outer: for (let i = 0; i < ind.length - 1; i++) {
    const x = ind[i];
    if (x <= 0) continue;
    for (let j = i + 1; j < ind.length; j++) {
      const y = ind[j];
      const ye = exprs[j];
      if (y >= 0 && y < x && ye) {
        c.errorf(ye, `invalid slice indices: ${y} < ${x}`);
        break outer;
      }
    }
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// Type assertions and indirection

export function typeAssertExpr(c: Checker, e: ast.TypeAssertExpr): Operand {
  const x = expr(c, e.x);
  if (bad(x)) { if (e.type) typExpr(c, e.type); return invalidOperand(e); }
  if (!e.type) {
    c.errorf(e, 'invalid syntax tree: use of .(type) outside type switch');
    return invalidOperand(e);
  }
  if (isTypeParam(x.type)) {
    c.errorf(e.x, `invalid operation: cannot use type assertion on type parameter value ${c.opString(x)}`);
    typExpr(c, e.type);
    return invalidOperand(e);
  }
  const u = underlying(x.type);
  if (u.kind !== 'Interface') {
    c.errorf(e.x, `invalid operation: ${c.exprStr(e.x)} (${c.opString(x).replace(/^.*? \(/, '').replace(/\)$/, '')}) is not an interface`);
    typExpr(c, e.type);
    return invalidOperand(e);
  }
  const T = typExpr(c, e.type);
  if (!isValid(T)) return invalidOperand(e);
  typeAssertion(c, e, x, T, false);
  return { mode: 'commaok', expr: e, type: T, val: null };
}

/** Checks that x.(T) can succeed (T implements x's interface when T is concrete). */
export function typeAssertion(c: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  if (underlying(T).kind === 'Interface' || T.kind === 'TypeParam') return;
  const m = missingMethod(T, underlying(x.type) as Interface);
  if (!m) return;
  const cause = missingMethodCause(c, T, x.type, m).replace(/^.*? does not implement .*? \(/, '(');
  if (typeSwitch) {
    c.errorf(e, `impossible type switch case: ${c.exprStr(e)}\n\t${c.opString(x)} cannot have dynamic type ${c.typeStr(T)} ${cause}`);
    return;
  }
  c.errorf(e, `impossible type assertion: ${c.exprStr(e)}\n\t${c.typeStr(T)} does not implement ${c.typeStr(x.type)} ${cause}`);
}

export function starExpr(c: Checker, e: ast.StarExpr): Operand {
  const x = rawExpr(c, e.x, null, false);
  if (bad(x)) return invalidOperand(e);
  if (x.mode === 'type') {
    return { mode: 'type', expr: e, type: new Pointer(x.type), val: null };
  }
  singleValue(c, x);
  if (bad(x)) return invalidOperand(e);
  if (x.type.kind === 'Basic' && x.type.basicKind === BasicKind.UntypedNil) {
    c.errorf(e, 'invalid operation: cannot indirect nil');
    return invalidOperand(e);
  }
  const u = coreType(x.type);
  if (!u || u.kind !== 'Pointer') {
    c.errorf(e, `invalid operation: cannot indirect ${c.opString(x)}`);
    return invalidOperand(e);
  }
  if (!isValid(u.elem)) return invalidOperand(e);
  return { mode: 'variable', expr: e, type: u.elem, val: null };
}

export { identical, representable, Tuple, Var, type Named, isInteger, invalidType };
