// Generics: type substitution, instantiation of generic types and functions, type argument
// inference from call arguments (incl. core-type inference from constraints), constraint
// satisfaction. Mirrors go/types subst.go, instantiate.go, infer.go, unify.go (simplified unifier).

import type * as ast from '../syntax/ast.js';
import {
  Pointer, Slice, Array as ArrayT, Map as MapT, Chan, Struct, Tuple, Signature, Interface, Named, Union, Term,
  TypeParam, underlying, isValid, invalidType, isUntyped, identical, defaultType, implementsIface,
  missingMethod, comparable, typeString, pathQualifier, BasicKind, type Type, type Basic,
} from './types.js';
import { Var, Func } from './objects.js';
import { invalidOperand, type Checker, type Operand } from './checker.js';
import { bad } from './checker.js';
import { typExpr, indexArgs } from './typexpr.js';
import { coreType } from './expr.js';
import { underlying as underlyingT } from './types.js';

export type SubstMap = globalThis.Map<TypeParam, Type>;

/** Substitutes type parameters in t (go/types subst). `self` maps a generic origin Named to the
 *  instance being built (for receivers inside method signatures). */
export function subst(t: Type, m: SubstMap, self?: { orig: Named; inst: Named }): Type {
  const memo = new globalThis.Map<Type, Type>();
  const s = (x: Type): Type => {
    const cached = memo.get(x);
    if (cached) return cached;
    const r = substOne(x);
    memo.set(x, r);
    return r;
  };
  const vars = (vs: Var[]): [Var[], boolean] => {
    let changed = false;
    const out = vs.map((v) => {
      const nt = v.type ? s(v.type) : v.type;
      if (nt === v.type) return v;
      changed = true;
      const nv = new Var(v.pkg, v.name, nt, v.pos, v.filename);
      nv.isField = v.isField; nv.embedded = v.embedded; nv.isParam = v.isParam; nv.origin = v.origin;
      return nv;
    });
    return [out, changed];
  };
  const substOne = (x: Type): Type => {
    switch (x.kind) {
      case 'Basic': return x;
      case 'TypeParam': return m.get(x) ?? x;
      case 'Pointer': { const e = s(x.elem); return e === x.elem ? x : new Pointer(e); }
      case 'Slice': { const e = s(x.elem); return e === x.elem ? x : new Slice(e); }
      case 'Array': { const e = s(x.elem); return e === x.elem ? x : new ArrayT(e, x.len); }
      case 'Map': { const k = s(x.key), e = s(x.elem); return k === x.key && e === x.elem ? x : new MapT(k, e); }
      case 'Chan': { const e = s(x.elem); return e === x.elem ? x : new Chan(x.dir, e); }
      case 'Struct': { const [fs, ch] = vars(x.fields); return ch ? new Struct(fs, x.tags) : x; }
      case 'Tuple': { const [vs, ch] = vars(x.vars); return ch ? new Tuple(vs) : x; }
      case 'Signature': {
        const p = s(x.params) as Tuple, r = s(x.results) as Tuple;
        let recv = x.recv;
        if (recv && recv.type) {
          const rt = s(recv.type);
          if (rt !== recv.type) { recv = new Var(recv.pkg, recv.name, rt, recv.pos, recv.filename); recv.isParam = true; }
        }
        if (p === x.params && r === x.results && recv === x.recv) return x;
        return new Signature(recv, x.typeParams.filter((tp) => !m.has(tp)), p, r, x.variadic);
      }
      case 'Union': {
        let ch = false;
        const terms = x.terms.map((t) => { const nt = s(t.type); if (nt !== t.type) ch = true; return nt === t.type ? t : new Term(t.tilde, nt); });
        return ch ? new Union(terms) : x;
      }
      case 'Interface': {
        // placeholder first: method signatures may refer back to the interface
        const ni = new Interface([], []);
        ni.implicit = x.implicit;
        ni.isComparable = x.isComparable;
        memo.set(x, ni);
        let ch = false;
        const methods = x.methods.map((f) => {
          const nt = s(f.type!);
          if (nt === f.type) return f;
          ch = true;
          const nf = new Func(f.pkg, f.name, nt as Signature, f.pos, f.filename);
          nf.origin = f.origin;
          return nf;
        });
        const embeddeds = x.embeddeds.map((e) => { const ne = s(e); if (ne !== e) ch = true; return ne; });
        ni.methods = methods;
        ni.embeddeds = embeddeds;
        return ch ? ni : x;
      }
      case 'Named': {
        if (self && x === self.orig) return self.inst;
        if (x.typeArgs.length === 0) {
          // generic origin referenced without instantiation (receiver inside methods)
          if (x.typeParams.length > 0 && x.typeParams.some((tp) => m.has(tp))) {
            return instantiateRaw(x, x.typeParams.map((tp) => m.get(tp) ?? tp));
          }
          return x;
        }
        let ch = false;
        const args = x.typeArgs.map((a) => { const na = s(a); if (na !== a) ch = true; return na; });
        return ch ? instantiateRaw(x.orig, args) : x;
      }
    }
  };
  return s(t);
}

const instanceCache = new WeakMap<Named, globalThis.Map<string, Named>>();

/** Instantiates a generic named type without checking constraints. */
export function instantiateRaw(orig: Named, args: Type[]): Named {
  if (args.length === orig.typeParams.length && args.every((a, i) => a === orig.typeParams[i])) return orig;
  let cache = instanceCache.get(orig);
  if (!cache) { cache = new globalThis.Map(); instanceCache.set(orig, cache); }
  const key = args.map((a) => typeKey(a)).join(';');
  const hit = cache.get(key);
  if (hit) return hit;
  const inst = new Named(orig.obj, null, orig.typeParams, args, orig);
  cache.set(key, inst);
  const smap: SubstMap = new globalThis.Map(orig.typeParams.map((tp, i) => [tp, args[i]]));
  inst.expander = {
    underlying: (n) => {
      if (!orig.hasUnderlying) return null;
      return subst(orig.underlying, smap, { orig, inst: n });
    },
    methods: (n) => orig.methods.map((m) => {
      const f = new Func(m.pkg, m.name, null, m.pos, m.filename);
      f.origin = m;
      f.hasBody = m.hasBody;
      Object.defineProperty(f, 'type', {
        configurable: true,
        enumerable: true,
        get() {
          const t = m.type ? subst(m.type, smap, { orig, inst: n }) : null;
          if (t) Object.defineProperty(f, 'type', { value: t, writable: true, configurable: true, enumerable: true });
          return t;
        },
        set(v) { Object.defineProperty(f, 'type', { value: v, writable: true, configurable: true, enumerable: true }); },
      });
      return f;
    }),
  };
  return inst;
}

/** A string identifying a type up to identity (for instance caching). */
function typeKey(t: Type): string {
  switch (t.kind) {
    case 'TypeParam': return `$${t.obj.name}@${t.obj.pos}@${t.obj.filename}`;
    case 'Named': {
      let base = `${t.obj.pkg?.path ?? ''}.${t.obj.name}@${t.obj.pos}@${t.obj.filename}`;
      // a local type of a generic function instance (codegen/localtypes.ts): its implicit arguments
      const imp = (t as { implicitArgs?: Type[] }).implicitArgs;
      if (imp) base += `{${imp.map(typeKey).join(',')}}`;
      return t.typeArgs.length ? `${base}[${t.typeArgs.map(typeKey).join(',')}]` : base;
    }
    // structurally, so that types built from different (local) named types stay apart
    case 'Pointer': return '*' + typeKey(t.elem);
    case 'Slice': return '[]' + typeKey(t.elem);
    case 'Array': return `[${t.len}]` + typeKey(t.elem);
    case 'Map': return `map[${typeKey(t.key)}]` + typeKey(t.elem);
    case 'Chan': return `chan${t.dir}(${typeKey(t.elem)})`;
    case 'Struct': return `struct{${t.fields.map((f, i) => `${f.embedded ? '!' : ''}${f.name} ${typeKey(f.type!)} ${JSON.stringify(t.tags[i] ?? '')}`).join(';')}}`;
    case 'Signature': return `func(${t.params.vars.map((v) => typeKey(v.type!)).join(',')}${t.variadic ? '...' : ''})(${t.results.vars.map((v) => typeKey(v.type!)).join(',')})`;
    default: return typeString(t, pathQualifier) + (containsNamedOrTP(t) ? '#' + uniqueId(t) : '');
  }
}
function containsNamedOrTP(t: Type): boolean { return /[A-Za-z]/.test(typeString(t, pathQualifier)) && false; }
let nextId = 0;
const ids = new WeakMap<object, number>();
function uniqueId(t: object): number { let i = ids.get(t); if (i === undefined) { i = ++nextId; ids.set(t, i); } return i; }

/** Instantiates a generic type with checked constraints. */
export function instantiateNamed(c: Checker, gen: Named, args: Type[], at: ast.Node): Type {
  const inst = instantiateRaw(gen, args);
  // constraints are checked after the type phase (constraint interfaces may be incomplete)
  const file = c.file;
  const check = () => {
    const saved = c.file; c.file = file;
    verify(c, gen.typeParams, args, at);
    c.file = saved;
  };
  if (c.typePhase) c.delayed.push(check); else check();
  return inst;
}

/** Verifies that type arguments satisfy their constraints; reports errors. */
function verify(c: Checker, tparams: TypeParam[], args: Type[], at: ast.Node | number): boolean {
  const smap: SubstMap = new globalThis.Map(tparams.map((tp, i) => [tp, args[i]]));
  for (let i = 0; i < tparams.length; i++) {
    const bound = subst(tparams[i].constraint, smap);
    const A = args[i];
    if (!isValid(A)) continue;
    const bu = underlying(bound);
    if (bu.kind !== 'Interface') continue;
    if (implementsIface(A, bound)) continue;
    const ts = bu.typeSet();
    let cause = '';
    const m = missingMethod(A, bu);
    if (m) cause = `(missing method ${m.method.name})`;
    else if (ts.comparable && !comparable(A)) cause = '';
    else if (ts.terms) cause = `(${c.typeStr(A)} missing in ${ts.terms.map((t) => (t.tilde ? '~' : '') + c.typeStr(t.type)).join(' | ')})`;
    const bs = bound === tparams[i].constraint || !(bound.kind === 'Interface' && bound.implicit) ? c.typeStr(bound) : c.typeStr(bound);
    if (ts.comparable && !comparable(A)) c.errorf(at, `${c.typeStr(A)} does not satisfy comparable`);
    else c.errorf(at, `${c.typeStr(A)} does not satisfy ${bs}${cause ? ' ' + cause : ''}`);
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Function instantiation and inference

/** Explicit instantiation f[T1, T2] (used as a value or as a call's function). */
export function funcInst(c: Checker, e: ast.IndexExpr | ast.IndexListExpr, x: Operand, _args: Operand[] | null): Operand {
  const sig = x.type as Signature;
  const targs = indexArgs(e).map((a) => typExpr(c, a));
  if (targs.some((t) => !isValid(t))) return invalidOperand(e);
  if (targs.length > sig.typeParams.length) {
    c.errorf(indexArgs(e)[sig.typeParams.length], `got ${targs.length} type arguments but ${c.exprStr(e.x)} has ${sig.typeParams.length} type parameters`);
    return invalidOperand(e);
  }
  if (targs.length < sig.typeParams.length) {
    // partial instantiation: keep as generic with some params bound (inferred at the call)
    const res = { mode: 'value' as const, expr: e, type: sig, val: null };
    partialArgs.set(e, targs);
    return res;
  }
  const inst = instantiateSig(c, sig, targs, e);
  if (!inst) return invalidOperand(e);
  recordInstance(c, e.x, targs, inst);
  return { mode: 'value', expr: e, type: inst, val: null };
}

const partialArgs = new WeakMap<ast.Node, Type[]>();

function instantiateSig(c: Checker, sig: Signature, targs: Type[], at: ast.Node | number): Signature | null {
  if (!verify(c, sig.typeParams, targs, at)) return null;
  const smap: SubstMap = new globalThis.Map(sig.typeParams.map((tp, i) => [tp, targs[i]]));
  const s = subst(new Signature(sig.recv, [], sig.params, sig.results, sig.variadic), smap) as Signature;
  return s;
}

function recordInstance(c: Checker, fun: ast.Expr, targs: Type[], t: Type): void {
  let f = fun;
  while (f.kind === 'ParenExpr') f = f.x;
  const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' ? f.sel : null;
  if (id) c.info.instances.set(id, { typeArgs: targs, type: t });
  // the function expression's recorded type becomes the instantiated signature
  const tv = c.info.types.get(fun);
  if (tv) c.info.types.set(fun, { ...tv, type: t });
}

/** Infers type arguments of a generic call from its arguments and instantiates the signature. */
export function inferAndInstantiate(c: Checker, e: ast.CallExpr, x: Operand, sig: Signature, args: Operand[]): Signature | null {
  const tparams = sig.typeParams;
  const bound = new globalThis.Map<TypeParam, Type>();
  const given = partialArgs.get(e.fun) ?? [];
  given.forEach((t, i) => bound.set(tparams[i], t));
  const isTP = (t: Type): t is TypeParam => t.kind === 'TypeParam' && tparams.includes(t);
  const underlying = (t: Type): Type => (t.kind === 'TypeParam' ? coreType(t) ?? t : underlyingT(t));
  const unify = (p: Type, a: Type, depth = 0): boolean => {
    if (depth > 50) return true;
    if (isTP(p)) {
      const b = bound.get(p);
      if (!b) { bound.set(p, a); return true; }
      if (identical(b, a)) return true;
      // inexact: allow named vs underlying match
      if (identical(underlying(b), underlying(a))) {
        if (b.kind !== 'Named' && a.kind === 'Named') bound.set(p, a);
        return true;
      }
      return false;
    }
    switch (p.kind) {
      case 'Pointer': { const u = a.kind === 'Pointer' ? a : underlying(a); return u.kind === 'Pointer' ? unify(p.elem, u.elem, depth + 1) : false; }
      case 'Slice': { const u = underlying(a); return u.kind === 'Slice' ? unify(p.elem, u.elem, depth + 1) : false; }
      case 'Array': { const u = underlying(a); return u.kind === 'Array' ? unify(p.elem, u.elem, depth + 1) : false; }
      case 'Map': { const u = underlying(a); return u.kind === 'Map' ? unify(p.key, u.key, depth + 1) && unify(p.elem, u.elem, depth + 1) : false; }
      case 'Chan': { const u = underlying(a); return u.kind === 'Chan' ? unify(p.elem, u.elem, depth + 1) : false; }
      case 'Signature': {
        const u = underlying(a);
        if (u.kind !== 'Signature') return false;
        if (u.params.vars.length !== p.params.vars.length || u.results.vars.length !== p.results.vars.length) return false;
        return p.params.vars.every((v, i) => unify(v.type!, u.params.vars[i].type!, depth + 1)) &&
          p.results.vars.every((v, i) => unify(v.type!, u.results.vars[i].type!, depth + 1));
      }
      case 'Named': {
        if (a.kind === 'Named' && a.orig === p.orig) {
          return p.typeArgs.every((t, i) => unify(t, a.typeArgs[i], depth + 1));
        }
        // inexact unification: a named parameter type against an unnamed argument type
        if (p.typeArgs.length > 0 && a.kind !== 'Named') return unify(underlying(p), underlying(a), depth + 1);
        return true;
      }
      case 'Struct': {
        const u = underlying(a);
        if (u.kind !== 'Struct' || u.fields.length !== p.fields.length) return false;
        return p.fields.every((f, i) => unify(f.type!, u.fields[i].type!, depth + 1));
      }
      default: return true;
    }
  };
  const params = sig.params.vars;
  const ptype = (i: number): Type | null => {
    if (sig.variadic && i >= params.length - 1) {
      const last = params[params.length - 1].type!;
      if (e.ellipsis >= 0) return last;
      return last.kind === 'Slice' ? last.elem : null;
    }
    return params[i]?.type ?? null;
  };
  const untypedArgs: [TypeParam, Operand][] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const p = ptype(i);
    if (!p || bad(a)) continue;
    if (isUntyped(a.type)) {
      if (isTP(p)) untypedArgs.push([p, a]);
      continue;
    }
    if (a.type.kind === 'Signature' && a.type.typeParams.length > 0) continue;
    if (!unify(p, a.type)) {
      c.errorf(a.expr ?? e, `type ${c.typeStr(a.type)} of ${c.exprStr(a.expr)} does not match ${c.typeStr(substPartial(p, bound))}`);
      return null;
    }
  }
  // core type inference from constraints
  for (let round = 0; round < 3; round++) {
    for (const tp of tparams) {
      const ts = tp.iface().typeSet();
      const terms = ts.terms;
      if (!terms || terms.length !== 1) continue;
      const core = terms[0];
      const b = bound.get(tp);
      if (b) unify(core.type, core.tilde ? underlying(b) : b);
      else {
        const st = substPartial(core.type, bound);
        if (!containsTP(st, tparams) && !core.tilde) bound.set(tp, st);
        else if (!containsTP(st, tparams) && core.tilde && st.kind !== 'Basic') bound.set(tp, st);
      }
    }
  }
  // untyped arguments: default types
  for (const [tp, a] of untypedArgs) {
    if (bound.has(tp)) continue;
    let best: Basic | null = null;
    for (const [tp2, a2] of untypedArgs) {
      if (tp2 !== tp) continue;
      const t = a2.type as Basic;
      if (!best || (t.basicKind > best.basicKind && t.basicKind !== BasicKind.UntypedNil)) best = t;
    }
    if (best && best.basicKind !== BasicKind.UntypedNil) bound.set(tp, defaultType(best));
    void a;
  }
  const targs: Type[] = [];
  for (const tp of tparams) {
    const b = bound.get(tp);
    if (!b) {
      c.errorf(e.lparen, `in call to ${c.exprStr(e.fun)}, cannot infer ${tp.obj.name} (${c.objPosString(tp.obj)})`);
      return null;
    }
    targs.push(substPartial(b, bound));
  }
  const inst = instantiateSig(c, sig, targs, e.lparen);
  if (!inst) return null;
  let fun: ast.Expr = e.fun;
  if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') {
    recordInstance(c, fun.x, targs, inst);
    c.info.types.set(fun, { mode: 'value', type: inst, value: null });
  } else recordInstance(c, fun, targs, inst);
  void x;
  return inst;
}

function substPartial(t: Type, bound: globalThis.Map<TypeParam, Type>): Type {
  return subst(t, bound);
}

function containsTP(t: Type, tps: TypeParam[]): boolean {
  const s = typeString(t);
  void s;
  let found = false;
  const visit = (x: Type, depth: number): void => {
    if (found || depth > 20) return;
    switch (x.kind) {
      case 'TypeParam': if (tps.includes(x)) found = true; return;
      case 'Pointer': case 'Slice': case 'Array': case 'Chan': visit(x.elem, depth + 1); return;
      case 'Map': visit(x.key, depth + 1); visit(x.elem, depth + 1); return;
      case 'Named': x.typeArgs.forEach((a) => visit(a, depth + 1)); return;
      case 'Signature': x.params.vars.forEach((v) => visit(v.type!, depth + 1)); x.results.vars.forEach((v) => visit(v.type!, depth + 1)); return;
      case 'Struct': x.fields.forEach((f) => visit(f.type!, depth + 1)); return;
      default: return;
    }
  };
  visit(t, 0);
  return found;
}

export { invalidType };

/** Instantiates a generic function value from the function type it is assigned to (Go 1.21
 *  reverse type inference: `var f func(int) int = g`, `apply(g)`). Returns null on failure. */
export function inferFromTarget(c: Checker, x: Operand, target: Type): Signature | null {
  const sig = x.type as Signature;
  const tu = underlyingT(target);
  if (tu.kind !== 'Signature') return null;
  if (tu.params.vars.length !== sig.params.vars.length || tu.results.vars.length !== sig.results.vars.length) return null;
  const tparams = sig.typeParams;
  const bound = new globalThis.Map<TypeParam, Type>();
  const unify = (p: Type, a: Type, depth = 0): boolean => {
    if (depth > 30) return false;
    if (p.kind === 'TypeParam' && tparams.includes(p)) {
      const b = bound.get(p);
      if (!b) { bound.set(p, a); return true; }
      return identical(b, a);
    }
    if (p.kind !== a.kind) return false;
    switch (p.kind) {
      case 'Pointer': case 'Slice': case 'Chan': return unify(p.elem, (a as typeof p).elem, depth + 1);
      case 'Array': return p.len === (a as typeof p).len && unify(p.elem, (a as typeof p).elem, depth + 1);
      case 'Map': return unify(p.key, (a as typeof p).key, depth + 1) && unify(p.elem, (a as typeof p).elem, depth + 1);
      case 'Signature': {
        const b = a as typeof p;
        if (b.params.vars.length !== p.params.vars.length || b.results.vars.length !== p.results.vars.length) return false;
        return p.params.vars.every((v, i) => unify(v.type!, b.params.vars[i].type!, depth + 1)) &&
          p.results.vars.every((v, i) => unify(v.type!, b.results.vars[i].type!, depth + 1));
      }
      case 'Named': {
        const b = a as typeof p;
        return b.orig === p.orig && p.typeArgs.every((t, i) => unify(t, b.typeArgs[i], depth + 1));
      }
      default: return identical(p, a);
    }
  };
  if (!unify(new Signature(null, [], sig.params, sig.results, sig.variadic), new Signature(null, [], tu.params, tu.results, tu.variadic))) return null;
  const targs: Type[] = [];
  for (const tp of tparams) { const b = bound.get(tp); if (!b) return null; targs.push(b); }
  const at = x.expr ?? 0;
  const inst = instantiateSig(c, sig, targs, at);
  if (!inst) return null;
  if (x.expr) recordInstance(c, x.expr, targs, inst);
  return inst;
}
