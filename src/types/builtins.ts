// Calls of predeclared functions (len cap make new append copy delete panic recover print println
// complex real imag min max clear close) and of package unsafe (Sizeof Alignof Offsetof Add Slice
// String StringData SliceData). Mirrors go/types builtins.go.

import type * as ast from '../syntax/ast.js';
import {
  Typ, BasicKind, Signature, Tuple, Pointer, Slice, underlying, isValid, invalidType, isUntyped, isInteger,
  isString, isFloat, isComplex, isNumeric, allOrdered, allInteger, identical, defaultType, comparable,
  isTypeParam, universeByte, typeParamTerms, ChanDir, type Type,
} from './types.js';
import { Var } from './objects.js';
import * as C from './constant.js';
import { invalidOperand, type Checker, type Operand } from './checker.js';
import { bad } from './checker.js';
import { expr, rawExpr, assignment, convertUntyped, matchTypes, coreType, singleValue, multiExpr, updateExprType } from './expr.js';
import { typExpr } from './typexpr.js';
import { callArgs, checkArguments } from './call.js';
import { sizeof, alignof, structOffsets } from './sizes.js';
import { universeAny } from './universe.js';

const nargsSpec: Record<string, [number, boolean]> = {
  append: [1, true], cap: [1, false], clear: [1, false], close: [1, false], complex: [2, false], copy: [2, false],
  delete: [2, false], imag: [1, false], len: [1, false], make: [1, true], max: [1, true], min: [1, true],
  new: [1, false], panic: [1, false], print: [0, true], println: [0, true], real: [1, false], recover: [0, false],
  Add: [2, false], Alignof: [1, false], Offsetof: [1, false], Sizeof: [1, false], Slice: [2, false],
  SliceData: [1, false], String: [2, false], StringData: [1, false],
};

function recordBuiltin(c: Checker, e: ast.CallExpr, params: Type[], result: Type | null, variadic = false): void {
  let f: ast.Expr = e.fun;
  const sig = new Signature(null, [], new Tuple(params.map((t) => new Var(null, '', t))),
    new Tuple(result ? [new Var(null, '', result)] : []), variadic);
  for (;;) {
    c.info.types.set(f, { mode: 'builtin', type: sig, value: null });
    if (f.kind === 'ParenExpr') f = f.x; else break;
  }
}

export function builtin(c: Checker, e: ast.CallExpr, id: string): Operand {
  const name = id;
  const [min, variadic] = nargsSpec[id];
  const fname = c.exprStr(e.fun);
  const n = e.args.length;
  if (id === 'append' && e.ellipsis >= 0 && e.args.length !== 2) {
    // append(s...) / append(s, x, y...): report like an ordinary call to func(S, ...T)
    const args = callArgs(c, e);
    if (args.some((a) => bad(a))) return invalidOperand(e);
    const S = args[0]?.type;
    const su = S ? coreType(S) : null;
    if (!S || !su || su.kind !== 'Slice') return invalidOperand(e);
    const sig = new Signature(null, [], new Tuple([new Var(null, '', S), new Var(null, '', new Slice(su.elem))]), new Tuple([new Var(null, '', S)]), true);
    checkArguments(c, e, sig, args);
    return invalidOperand(e);
  }
  if (e.ellipsis >= 0 && id !== 'append') {
    c.errorf(e.ellipsis, `invalid operation: invalid use of ... with built-in ${name}`);
    for (const a of e.args) rawExpr(c, a, null, false);
    return invalidOperand(e);
  }
  // Value arguments are evaluated once, up front (a single multi-value call is spread, as for
  // ordinary calls: println(f()) with f returning two values).
  const pre: Operand[] | null = id === 'make' || id === 'new' || id === 'Offsetof' || id === 'append' ? null : callArgs(c, e);
  if (pre && pre.length !== n && !(n === 1 && pre.length > 1)) { /* unreachable */ }
  const nargs = pre ? pre.length : n;
  const arg = (i: number, _hint: Type | null = null): Operand => pre![i];
  if (pre && pre.some((a) => bad(a))) return invalidOperand(e); // errors reported with the arguments
  if (pre && pre.length !== n) {
    // spread call: check count against the spread values
    if (pre.length < min || (!variadic && pre.length > min)) {
      c.errorf(e, `invalid operation: ${pre.length < min ? 'not enough' : 'too many'} arguments for ${c.exprStr(e)} (expected ${min}, found ${pre.length})`);
      return invalidOperand(e);
    }
  } else if (n < min || (!variadic && n > min)) {
    const msg = n < min ? 'not enough' : 'too many';
    c.errorf(e, `invalid operation: ${msg} arguments for ${c.exprStr(e)} (expected ${min}, found ${n})`);
    if (!pre) for (const a of e.args) rawExpr(c, a, null, true);
    return invalidOperand(e);
  }
  const value = (t: Type): Operand => ({ mode: 'value', expr: e, type: t, val: null });
  const novalue = (): Operand => ({ mode: 'novalue', expr: e, type: new Tuple([]), val: null });
  const intT = Typ[BasicKind.Int];
  switch (id) {
    case 'len': case 'cap': {
      const x = arg(0);
      if (bad(x)) return x;
      let mode: 'constant' | 'value' = 'value';
      let val: C.Value | null = null;
      const t = x.type;
      const check = (tt: Type): boolean => {
        const u = underlying(tt);
        switch (u.kind) {
          case 'Basic':
            if (isString(u) && id === 'len') {
              if (x.mode === 'constant') { mode = 'constant'; val = C.makeInt64(C.stringVal(x.val!).length); }
              return true;
            }
            return false;
          case 'Array':
            if (!containsCallOrRecv(e.args[0])) { mode = 'constant'; val = C.makeInt64(u.len); }
            return true;
          case 'Pointer': {
            const a = underlying(u.elem);
            if (a.kind === 'Array') { if (!containsCallOrRecv(e.args[0])) { mode = 'constant'; val = C.makeInt64(a.len); } return true; }
            return false;
          }
          case 'Slice': case 'Chan': return true;
          case 'Map': return id === 'len';
          default: return false;
        }
      };
      let ok: boolean;
      if (isTypeParam(t)) {
        const terms = typeParamTerms(t);
        ok = !!terms && terms.length > 0 && terms.every((term) => check(term.type));
        mode = 'value'; val = null;
      } else ok = check(t);
      if (!ok) {
        c.errorf(x.expr ?? e, `invalid argument: ${c.opString(x)} for built-in ${id}`);
        return invalidOperand(e);
      }
      if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.String]);
      recordBuiltin(c, e, [x.type], intT);
      return { mode, expr: e, type: intT, val };
    }
    case 'new': {
      const T = typExpr(c, e.args[0]);
      if (!isValid(T)) return invalidOperand(e);
      recordBuiltin(c, e, [T], new Pointer(T));
      return value(new Pointer(T));
    }
    case 'make': {
      const T = typExpr(c, e.args[0]);
      if (!isValid(T)) { for (const a of e.args.slice(1)) rawExpr(c, a, null, false); return invalidOperand(e); }
      const u = coreType(T);
      let min2 = 1;
      if (u && u.kind === 'Slice') min2 = 2;
      else if (u && (u.kind === 'Map' || u.kind === 'Chan')) min2 = 1;
      else {
        c.errorf(e.args[0], `invalid argument: cannot make ${c.exprStr(e.args[0])}; type must be slice, map, or channel`);
        for (const a of e.args.slice(1)) rawExpr(c, a, null, false);
        return invalidOperand(e);
      }
      const nn = n;
      if (nn < min2 || nn > min2 + (u.kind === 'Slice' ? 1 : 1) || (u.kind !== 'Slice' && nn > 2)) {
        c.errorf(e, `invalid operation: ${c.exprStr(e)} expects ${min2} or ${min2 + 1} arguments; found ${nn}`);
        for (const a of e.args.slice(1)) rawExpr(c, a, null, false);
        return invalidOperand(e);
      }
      const sizes: number[] = [];
      for (let i = 1; i < nn; i++) {
        const s = sizeArg(c, e.args[i], `${c.exprStr(e)}`);
        if (s === -2) return invalidOperand(e);
        sizes.push(s);
      }
      if (sizes.length === 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        c.errorf(e.args[1], `invalid argument: length and capacity swapped`);
        return invalidOperand(e);
      }
      recordBuiltin(c, e, [T, ...sizes.map(() => intT)], T);
      return value(T);
    }
    case 'append': {
      const args = callArgs(c, e);
      const s = args[0];
      if (!s || bad(s)) return invalidOperand(e);
      const S = s.type;
      const su = coreType(S);
      if (!su || su.kind !== 'Slice') {
        let cause: string;
        if (s.nil || (S.kind === 'Basic' && S.basicKind === BasicKind.UntypedNil)) cause = 'have untyped nil';
        else if (isTypeParam(S)) cause = su ? `${c.opString(s)} has core type ${c.typeStr(su)}` : `${c.opString(s)} has no core type`;
        else cause = `have ${c.opString(s)}`;
        c.errorf(s.expr ?? e, `first argument to append must be a slice; ${cause}`);
        return invalidOperand(e);
      }
      const T = su.elem;
      if (e.ellipsis >= 0) {
        if (args.length !== 2) {
          c.errorf(e, `invalid operation: invalid use of ... with built-in append`);
          return invalidOperand(e);
        }
        const y = args[1];
        if (bad(y)) return invalidOperand(e);
        // append([]byte, string...)
        const stringish = (t: Type) => isString(t) || (isTypeParam(t) && !!typeParamTerms(t)?.length &&
          typeParamTerms(t)!.every((term) => { const u = underlying(term.type); return isString(u) || (u.kind === 'Slice' && identical(underlying(u.elem), Typ[BasicKind.Uint8])); }));
        if (identical(underlying(T), Typ[BasicKind.Uint8]) && stringish(y.type)) {
          if (isUntyped(y.type)) convertUntyped(c, y, Typ[BasicKind.String]);
          recordBuiltin(c, e, [S, y.type], S, true);
          return value(S);
        }
        assignment(c, y, new Slice(T), 'argument to append');
        recordBuiltin(c, e, [S, new Slice(T)], S, true);
        return value(S);
      }
      // ok to continue even if the arguments reported errors (go/types): the result is still an S
      for (const a of args.slice(1)) assignment(c, a, T, 'argument to append');
      recordBuiltin(c, e, [S, ...args.slice(1).map(() => T)], S, true);
      return value(S);
    }
    case 'copy': {
      const x = arg(0), y = arg(1);
      if (bad(x) || bad(y)) return invalidOperand(e);
      const du = coreType(x.type);
      if (!du || du.kind !== 'Slice') {
        c.errorf(x.expr ?? e, `invalid argument: copy expects slice arguments; found ${c.opString(x)} and ${c.opString(y)}`);
        return invalidOperand(e);
      }
      let su = coreType(y.type);
      if (su && su.kind === 'Basic' && isString(su)) {
        if (!identical(underlying(du.elem), Typ[BasicKind.Uint8])) {
          c.errorf(e, `invalid argument: arguments to copy ${c.opString(x)} and ${c.opString(y)} have different element types ${c.typeStr(du.elem)} and byte`);
          return invalidOperand(e);
        }
        if (isUntyped(y.type)) convertUntyped(c, y, Typ[BasicKind.String]);
      } else if (!su || su.kind !== 'Slice') {
        c.errorf(e, `invalid argument: copy expects slice arguments; found ${c.opString(x)} and ${c.opString(y)}`);
        return invalidOperand(e);
      } else if (!identical(du.elem, su.elem)) {
        c.errorf(e, `invalid argument: arguments to copy ${c.opString(x)} and ${c.opString(y)} have different element types ${c.typeStr(du.elem)} and ${c.typeStr(su.elem)}`);
        return invalidOperand(e);
      }
      recordBuiltin(c, e, [x.type, y.type], intT);
      return value(intT);
    }
    case 'delete': {
      const m = arg(0);
      if (bad(m)) { rawExpr(c, e.args[1], null, false); return invalidOperand(e); }
      const mu = coreType(m.type);
      if (!mu || mu.kind !== 'Map') {
        c.errorf(m.expr ?? e, `invalid argument: ${c.opString(m)} is not a map`);
        rawExpr(c, e.args[1], null, false);
        return invalidOperand(e);
      }
      const k = arg(1, mu.key);
      assignment(c, k, mu.key, 'argument to delete');
      if (bad(k)) return invalidOperand(e);
      recordBuiltin(c, e, [m.type, mu.key], null);
      return novalue();
    }
    case 'close': {
      const x = arg(0);
      if (bad(x)) return x;
      const u = coreType(x.type);
      if (!u || u.kind !== 'Chan') {
        c.errorf(x.expr ?? e, `invalid operation: cannot close non-channel ${c.opString(x)}`);
        return invalidOperand(e);
      }
      if (u.dir === ChanDir.RecvOnly) {
        c.errorf(x.expr ?? e, `invalid operation: cannot close receive-only channel ${c.opString(x)}`);
        return invalidOperand(e);
      }
      recordBuiltin(c, e, [x.type], null);
      return novalue();
    }
    case 'clear': {
      const x = arg(0);
      if (bad(x)) return x;
      const u = coreType(x.type);
      if (!u || (u.kind !== 'Map' && u.kind !== 'Slice')) {
        c.errorf(x.expr ?? e, `invalid argument: ${c.opString(x)} cannot be cleared`);
        return invalidOperand(e);
      }
      recordBuiltin(c, e, [x.type], null);
      return novalue();
    }
    case 'panic': {
      const x = arg(0);
      assignment(c, x, universeAny, 'argument to panic');
      if (bad(x)) return invalidOperand(e);
      recordBuiltin(c, e, [universeAny], null);
      return novalue();
    }
    case 'print': case 'println': {
      const ts: Type[] = [];
      for (let i = 0; i < nargs; i++) {
        const x = arg(i);
        assignment(c, x, null, `argument to built-in ${id}`);
        if (bad(x)) return invalidOperand(e);
        ts.push(x.type);
      }
      recordBuiltin(c, e, ts, null);
      return novalue();
    }
    case 'recover':
      recordBuiltin(c, e, [], universeAny);
      return value(universeAny);
    case 'complex': {
      const x = arg(0), y = arg(1);
      if (bad(x) || bad(y)) return invalidOperand(e);
      // untyped constants: convert to each other, default to float
      const toFloatK = (o: Operand) => {
        if (isUntyped(o.type) && o.mode === 'constant') {
          const f = C.toFloat(o.val!);
          if (f.kind === 'Float') o.type = Typ[BasicKind.UntypedFloat];
        }
      };
      toFloatK(x); toFloatK(y);
      matchTypes(c, x, y);
      if (bad(x) || bad(y)) return invalidOperand(e);
      if (isUntyped(x.type) && isUntyped(y.type) && !(x.mode === 'constant' && y.mode === 'constant')) {
        convertUntyped(c, x, Typ[BasicKind.Float64]); convertUntyped(c, y, Typ[BasicKind.Float64]);
      }
      if (!identical(x.type, y.type)) {
        c.errorf(x.expr ?? e, `invalid operation: ${c.exprStr(e)} (mismatched types ${c.typeStr(x.type)} and ${c.typeStr(y.type)})`);
        return invalidOperand(e);
      }
      let res: Type;
      const u = underlying(x.type);
      if (u.kind === 'Basic' && u.basicKind === BasicKind.Float32) res = Typ[BasicKind.Complex64];
      else if (u.kind === 'Basic' && u.basicKind === BasicKind.Float64) res = Typ[BasicKind.Complex128];
      else if (u.kind === 'Basic' && u.basicKind === BasicKind.UntypedFloat) res = Typ[BasicKind.UntypedComplex];
      else {
        c.errorf(x.expr ?? e, `invalid argument: arguments have type ${c.typeStr(x.type)}, expected floating-point`);
        return invalidOperand(e);
      }
      if (x.mode === 'constant' && y.mode === 'constant') {
        const v = C.makeComplex(C.toFloat(x.val!), C.toFloat(y.val!));
        recordBuiltin(c, e, [x.type, y.type], res);
        return { mode: 'constant', expr: e, type: res, val: v };
      }
      recordBuiltin(c, e, [x.type, y.type], res);
      return value(res);
    }
    case 'real': case 'imag': {
      const x = arg(0);
      if (bad(x)) return x;
      if (isUntyped(x.type) && x.mode === 'constant') {
        if (isNumeric(x.type)) x.type = Typ[BasicKind.UntypedComplex];
      }
      const u = underlying(x.type);
      let res: Type;
      if (u.kind === 'Basic' && u.basicKind === BasicKind.Complex64) res = Typ[BasicKind.Float32];
      else if (u.kind === 'Basic' && u.basicKind === BasicKind.Complex128) res = Typ[BasicKind.Float64];
      else if (u.kind === 'Basic' && u.basicKind === BasicKind.UntypedComplex) res = Typ[BasicKind.UntypedFloat];
      else {
        c.errorf(x.expr ?? e, `invalid argument: argument has type ${c.typeStr(x.type)}, expected complex type`);
        return invalidOperand(e);
      }
      if (x.mode === 'constant') {
        const v = id === 'real' ? C.real(x.val!) : C.imag(x.val!);
        return { mode: 'constant', expr: e, type: res, val: C.toFloat(v) };
      }
      recordBuiltin(c, e, [x.type], res);
      return value(res);
    }
    case 'min': case 'max': {
      const xs: Operand[] = [];
      for (let i = 0; i < nargs; i++) {
        const x = arg(i);
        if (bad(x)) return invalidOperand(e);
        if (!allOrdered(x.type)) {
          c.errorf(x.expr ?? e, `invalid argument: ${c.opString(x)} cannot be ordered`);
          return invalidOperand(e);
        }
        xs.push(x);
      }
      const r = { ...xs[0] };
      for (let i = 1; i < xs.length; i++) {
        const y = xs[i];
        matchTypes(c, r, y);
        if (bad(r)) return invalidOperand(e);
        if (!identical(r.type, y.type)) {
          c.errorf(y.expr ?? e, `invalid argument: mismatched types ${c.typeStr(r.type)} (previous argument) and ${c.typeStr(y.type)} (type of ${c.exprStr(y.expr)})`);
          return invalidOperand(e);
        }
        if (r.mode === 'constant' && y.mode === 'constant') {
          const less = C.compare(y.val!, '<', r.val!);
          if ((id === 'min') === less) r.val = y.val;
        } else r.mode = 'value';
      }
      if (r.mode !== 'constant') {
        r.val = null;
        for (const x of xs) if (isUntyped(x.type)) { convertUntyped(c, x, isUntyped(r.type) ? defaultType(r.type) : r.type); }
        if (isUntyped(r.type)) r.type = defaultType(r.type);
        for (const x of xs) updateExprType(c, x.expr, r.type, true);
      }
      recordBuiltin(c, e, xs.map(() => r.type), r.type);
      return { mode: r.mode === 'constant' ? 'constant' : 'value', expr: e, type: r.type, val: r.mode === 'constant' ? r.val : null };
    }
    // ----- unsafe
    case 'Sizeof': case 'Alignof': {
      const x = arg(0);
      if (bad(x)) return x;
      assignment(c, x, null, `argument to unsafe.${id}`);
      if (bad(x)) return invalidOperand(e);
      recordBuiltin(c, e, [x.type], Typ[BasicKind.Uintptr]);
      // sizes of types involving type parameters are not constant (go.dev/issue/60601)
      if (hasTypeParam(x.type)) return value(Typ[BasicKind.Uintptr]);
      const v = id === 'Sizeof' ? sizeof(x.type) : alignof(x.type);
      return { mode: 'constant', expr: e, type: Typ[BasicKind.Uintptr], val: C.makeInt64(v) };
    }
    case 'Offsetof': {
      let a: ast.Expr = e.args[0];
      while (a.kind === 'ParenExpr') a = a.x;
      if (a.kind !== 'SelectorExpr') {
        c.errorf(a, `invalid argument: ${c.exprStr(a)} is not a selector expression`);
        rawExpr(c, a, null, false);
        return invalidOperand(e);
      }
      const x = expr(c, a);
      if (bad(x)) return invalidOperand(e);
      const sel = c.info.selections.get(a);
      if (!sel || sel.kind !== 'FieldVal') {
        c.errorf(a, `invalid argument: ${c.exprStr(a)} is a method value`);
        return invalidOperand(e);
      }
      let off = 0;
      let t: Type = sel.recv;
      for (let i = 0; i < sel.index.length; i++) {
        if (t.kind === 'Pointer' || underlying(t).kind === 'Pointer') {
          if (i > 0) {
            // go/types names derefStructPtr of the selector's base type
            const ru = underlying(sel.recv);
            const base = ru.kind === 'Pointer' && underlying(ru.elem).kind === 'Struct' ? ru.elem : sel.recv;
            c.errorf(a.x, `invalid argument: field ${a.sel.name} is embedded via a pointer in ${c.typeStr(base)}`);
            return invalidOperand(e);
          }
          t = (underlying(t) as Pointer).elem;
        }
        const s = underlying(t);
        if (s.kind !== 'Struct') break;
        off += structOffsets(s)[sel.index[i]];
        t = s.fields[sel.index[i]].type!;
      }
      recordBuiltin(c, e, [x.type], Typ[BasicKind.Uintptr]);
      // not constant when the (pointed-to) struct's layout depends on a type parameter
      const base = underlying(sel.recv).kind === 'Pointer' ? (underlying(sel.recv) as Pointer).elem : sel.recv;
      if (hasTypeParam(base)) return value(Typ[BasicKind.Uintptr]);
      return { mode: 'constant', expr: e, type: Typ[BasicKind.Uintptr], val: C.makeInt64(off) };
    }
    case 'Add': {
      const p = arg(0);
      assignment(c, p, Typ[BasicKind.UnsafePointer], 'argument to unsafe.Add');
      const l = arg(1);
      if (bad(p) || bad(l)) return invalidOperand(e);
      if (isUntyped(l.type)) convertUntyped(c, l, intT);
      if (!allInteger(l.type)) { c.errorf(l.expr ?? e, `cannot use ${c.opString(l)} as int value in argument to unsafe.Add`); return invalidOperand(e); }
      recordBuiltin(c, e, [Typ[BasicKind.UnsafePointer], l.type], Typ[BasicKind.UnsafePointer]);
      return value(Typ[BasicKind.UnsafePointer]);
    }
    case 'Slice': {
      const p = arg(0);
      if (bad(p)) return p;
      const pu = coreType(p.type);
      if (!pu || pu.kind !== 'Pointer') { c.errorf(p.expr ?? e, `invalid argument: ${c.opString(p)} is not a pointer`); return invalidOperand(e); }
      const l = arg(1);
      if (bad(l)) return l;
      if (isUntyped(l.type)) convertUntyped(c, l, intT);
      const st = new Slice(pu.elem);
      recordBuiltin(c, e, [p.type, l.type], st);
      return value(st);
    }
    case 'SliceData': {
      const s = arg(0);
      if (bad(s)) return s;
      const su = coreType(s.type);
      if (!su || su.kind !== 'Slice') { c.errorf(s.expr ?? e, `invalid argument: ${c.opString(s)} is not a slice`); return invalidOperand(e); }
      const pt = new Pointer(su.elem);
      recordBuiltin(c, e, [s.type], pt);
      return value(pt);
    }
    case 'String': {
      const p = arg(0);
      assignment(c, p, new Pointer(universeByte), 'argument to unsafe.String');
      const l = arg(1);
      if (bad(p) || bad(l)) return invalidOperand(e);
      if (isUntyped(l.type)) convertUntyped(c, l, intT);
      recordBuiltin(c, e, [new Pointer(universeByte), l.type], Typ[BasicKind.String]);
      return value(Typ[BasicKind.String]);
    }
    case 'StringData': {
      const s = arg(0);
      assignment(c, s, Typ[BasicKind.String], 'argument to unsafe.StringData');
      if (bad(s)) return invalidOperand(e);
      const pt = new Pointer(universeByte);
      recordBuiltin(c, e, [Typ[BasicKind.String]], pt);
      return value(pt);
    }
  }
  void singleValue; void multiExpr; void isInteger; void isFloat; void isComplex; void comparable;
  return invalidOperand(e);
}

/** A make size argument: -1 non-constant, -2 error, else the constant. */
function sizeArg(c: Checker, a: ast.Expr, _ctx: string): number {
  const x = expr(c, a);
  if (bad(x)) return -2;
  if (isUntyped(x.type)) {
    // go/types isValidIndex: "a constant index that is untyped is given type int"
    convertUntyped(c, x, Typ[BasicKind.Int]);
    if (bad(x)) return -2;
  }
  if (!allInteger(x.type)) {
    c.errorf(a, `invalid argument: index ${c.opString(x)} must be integer`);
    return -2;
  }
  if (x.mode === 'constant') {
    const v = C.toInt(x.val!);
    if (v.kind === 'Int') {
      if (v.v < 0n) { c.errorf(a, `invalid argument: index ${c.opString(x)} must not be negative`); return -2; }
      if (v.v >= 1n << 63n) { c.errorf(a, `invalid argument: index ${c.opString(x)} overflows int`); return -2; }
      return v.v > 1n << 50n ? -1 : Number(v.v);
    }
  }
  return -1;
}

function containsCallOrRecv(e: ast.Expr): boolean {
  let found = false;
  const visit = (x: ast.Node | null): void => {
    if (!x || found) return;
    switch (x.kind) {
      case 'CallExpr': found = true; return;
      case 'UnaryExpr': if (x.op === '<-') { found = true; return; } visit(x.x); return;
      case 'ParenExpr': visit(x.x); return;
      case 'SelectorExpr': visit(x.x); return;
      case 'IndexExpr': visit(x.x); visit(x.index); return;
      case 'StarExpr': visit(x.x); return;
      case 'BinaryExpr': visit(x.x); visit(x.y); return;
      case 'CompositeLit': x.elts.forEach(visit); return;
      case 'KeyValueExpr': visit(x.key); visit(x.value); return;
      case 'SliceExpr': visit(x.x); visit(x.low); visit(x.high); visit(x.max); return;
      case 'TypeAssertExpr': visit(x.x); return;
      default: return;
    }
  };
  visit(e);
  return found;
}

/** Reports whether t's layout depends on a type parameter. */
function hasTypeParam(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'TypeParam': return true;
    case 'Array': return hasTypeParam(t.elem, seen);
    case 'Struct': return t.fields.some((f) => !!f.type && hasTypeParam(f.type, seen));
    case 'Named': return t.typeArgs.some((a) => hasTypeParam(a, seen)) || (t.typeParams.length > 0 && !t.isInstance()) || hasTypeParam(t.underlying, seen);
    case 'Pointer': return hasTypeParam(t.elem, seen) && false;
    default: return false;
  }
}
