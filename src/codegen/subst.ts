// Type-parameter substitution for monomorphised generic instances: replaces TypeParams by the
// instance's type arguments throughout a type. Mirrors go/types subst.go (simplified: instances of
// generic named types are re-instantiated through the checker's instantiate hook when available).

import { typeKey } from './typedesc.js';
import {
  Pointer, Slice, Array as ArrayT, Map as MapT, Chan, Struct, Tuple, Signature, Named, type Type,
} from '../types/types.js';
import { Var } from '../types/objects.js';
import { subst as checkerSubst, type SubstMap } from '../types/generics.js';
import type { TypeParam } from '../types/types.js';
import { localTypeInfo } from './localtypes.js';

/** A local type of a generic function instance: the function's type arguments are implicit type
 *  arguments (localtypes.ts); typeArgs are its own. */
export type LocalInstance = Named & { implicitArgs?: readonly Type[] };

const localInstances = new WeakMap<Named, Map<string, Named>>();

/** The local type orig (generic or not) of the instance of its function with outer type args. */
function localInstance(orig: Named, outer: readonly TypeParam[], outerArgs: Type[], args: Type[]): Named {
  let byArgs = localInstances.get(orig);
  if (!byArgs) { byArgs = new Map(); localInstances.set(orig, byArgs); }
  const key = outerArgs.map(typeKey).join(',') + ';' + args.map(typeKey).join(',');
  const hit = byArgs.get(key);
  if (hit) return hit;
  const inst = new Named(orig.obj, null, orig.typeParams, args, orig) as LocalInstance;
  inst.implicitArgs = outerArgs;
  byArgs.set(key, inst);
  const m = new Map<unknown, Type>();
  outer.forEach((tp, i) => { m.set(tp, outerArgs[i]); m.set(tp.obj, outerArgs[i]); });
  orig.typeParams.forEach((tp, i) => { if (args[i]) { m.set(tp, args[i]); m.set(tp.obj, args[i]); } });
  // Local types have no methods of their own (promoted ones come with the underlying struct).
  inst.expander = { underlying: () => (orig.hasUnderlying ? substType(orig.underlying, m) : null), methods: () => [] };
  return inst;
}

/** Hook set by index.ts when the type checker exports an instantiate function. */
export let instantiateHook: ((orig: Named, args: Type[]) => Type) | null = null;
export function setInstantiateHook(f: ((orig: Named, args: Type[]) => Type) | null): void { instantiateHook = f; }

const cache = new WeakMap<Map<unknown, Type>, Map<Type, Type>>();

export function substType(t: Type, m: Map<unknown, Type>): Type {
  let c = cache.get(m);
  if (!c) { c = new Map(); cache.set(m, c); }
  const hit = c.get(t);
  if (hit) return hit;
  const r = subst(t, m, c);
  c.set(t, r);
  return r;
}

function vars(vs: Var[], m: Map<unknown, Type>, c: Map<Type, Type>): [Var[], boolean] {
  let changed = false;
  const out = vs.map((v) => {
    const nt = v.type ? substType(v.type, m) : v.type;
    if (nt === v.type) return v;
    changed = true;
    const nv = new Var(v.pkg, v.name, nt, v.pos, v.filename);
    nv.isField = v.isField; nv.embedded = v.embedded; nv.isParam = v.isParam;
    return nv;
  });
  void c;
  return [out, changed];
}

function subst(t: Type, m: Map<unknown, Type>, c: Map<Type, Type>): Type {
  switch (t.kind) {
    case 'TypeParam': return m.get(t) ?? m.get(t.obj) ?? t;
    case 'Basic': return t;
    case 'Pointer': { const e = substType(t.elem, m); return e === t.elem ? t : new Pointer(e); }
    case 'Slice': { const e = substType(t.elem, m); return e === t.elem ? t : new Slice(e); }
    case 'Array': { const e = substType(t.elem, m); return e === t.elem ? t : new ArrayT(e, t.len); }
    case 'Map': {
      const k = substType(t.key, m), e = substType(t.elem, m);
      return k === t.key && e === t.elem ? t : new MapT(k, e);
    }
    case 'Chan': { const e = substType(t.elem, m); return e === t.elem ? t : new Chan(t.dir, e); }
    case 'Struct': { const [fs, ch] = vars(t.fields, m, c); return ch ? new Struct(fs, t.tags) : t; }
    case 'Tuple': { const [vs, ch] = vars(t.vars, m, c); return ch ? new Tuple(vs) : t; }
    case 'Signature': {
      const [ps, c1] = vars(t.params.vars, m, c);
      const [rs, c2] = vars(t.results.vars, m, c);
      if (!c1 && !c2) return t;
      return new Signature(t.recv, [], new Tuple(ps), new Tuple(rs), t.variadic);
    }
    case 'Named': {
      if ((t as LocalInstance).implicitArgs) return t; // already a local type of an instance
      const li = localTypeInfo(t.obj);
      if (li && li.outer.length && li.outer.some((tp) => m.has(tp))) {
        return localInstance(t.orig, li.outer, li.outer.map((tp) => m.get(tp) ?? tp), t.typeArgs.map((a) => substType(a, m)));
      }
      if (!t.typeArgs.length) {
        // A generic origin referenced without instantiation: the receiver type of its methods
        // (receiver type parameters are the type's own, see types/typexpr.ts recvType).
        if (t.typeParams.length && instantiateHook && t.typeParams.some((tp) => m.has(tp))) {
          return instantiateHook(t, t.typeParams.map((tp) => m.get(tp) ?? tp));
        }
        return t;
      }
      const args = t.typeArgs.map((a) => substType(a, m));
      if (args.every((a, i) => a === t.typeArgs[i])) return t;
      if (instantiateHook) return instantiateHook(t.orig, args);
      return t;
    }
    // Interfaces (e.g. interface{ bar() T }) and constraint unions: the checker's substitution.
    case 'Interface': case 'Union': return checkerSubst(t, m as unknown as SubstMap);
    default: return t;
  }
}
