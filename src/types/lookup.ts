// Field and method lookup with Go's embedding depth rules, interface satisfaction and method sets.
// Mirrors go/types lookup.go (LookupFieldOrMethod, missingMethod), methodset.go and
// instantiate.go's implements.

import { underlying, type Type, type Named, type Interface, type Signature, Pointer } from './types.js';
import { identical, comparable, strictlyComparable, setImplementsHook } from './predicates.js';
import { sameId, type Func, type Package, type Var } from './objects.js';

export interface LookupResult {
  /** The field (Var) or method (Func) found, or null. */
  obj: Var | Func | null;
  /** Index path (fields through embedded structs, then field or method index). Null if not
   *  found or ambiguous. */
  index: number[] | null;
  /** A pointer indirection happened on the path (or T was a pointer). */
  indirect: boolean;
  /** Not found because the name is ambiguous at the shallowest depth. */
  ambiguous?: boolean;
  /** Found a method with pointer receiver but the receiver is not addressable. */
  needPtr?: boolean;
}

interface Embedded { typ: Type; index: number[]; indirect: boolean; multiples: boolean }

/** go/types LookupFieldOrMethod. */
export function lookupFieldOrMethod(T: Type, addressable: boolean, pkg: Package | null, name: string): LookupResult {
  if (name === '_') return { obj: null, index: null, indirect: false };
  // Methods of *T where T is a named pointer type are not considered (spec).
  if (T.kind === 'Named') {
    const u = underlying(T);
    if (u.kind === 'Pointer') {
      const r = lookupImpl(u, false, pkg, name);
      if (r.obj && r.obj.kind === 'Func') return { obj: null, index: null, indirect: false };
      return r;
    }
  }
  const r = lookupImpl(T, addressable, pkg, name);
  if (r.obj && r.obj.kind === 'Func' && !r.indirect && !addressable && hasPtrRecv(r.obj)) {
    return { obj: null, index: r.index, indirect: false, needPtr: true };
  }
  return r;
}

export function hasPtrRecv(f: Func): boolean {
  const sig = f.type as Signature | null;
  if (!sig || !sig.recv || !sig.recv.type) return false;
  const rt = sig.recv.type;
  return rt.kind === 'Pointer';
}

function derefPtr(t: Type): [Type, boolean] {
  if (t.kind === 'Pointer') return [t.elem, true];
  // unnamed pointer behind a type param is not dereferenced
  return [t, false];
}

function lookupImpl(T: Type, _addressable: boolean, pkg: Package | null, name: string): LookupResult {
  let [typ, isPtr] = derefPtr(T);
  // *Named with underlying pointer type: no further deref
  if (isPtr && underlying(typ).kind === 'Interface' && typ.kind !== 'TypeParam') {
    // pointer to interface has no methods
    return { obj: null, index: null, indirect: false };
  }
  let current: Embedded[] = [{ typ, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Embedded[] = [];
    let found: Var | Func | null = null;
    let foundIndex: number[] | null = null;
    let foundIndirect = false;
    let count = 0;
    for (const e of current) {
      let t = e.typ;
      if (t.kind === 'Named') {
        if (seen.has(t.orig === t ? t : t)) continue;
        seen.add(t);
        const ms = t.methods;
        let isMethod = false;
        for (let i = 0; i < ms.length; i++) {
          if (sameId(ms[i], pkg, name)) {
            count += e.multiples ? 2 : 1;
            found = ms[i]; foundIndex = [...e.index, i]; foundIndirect = e.indirect;
            isMethod = true;
            break;
          }
        }
        if (isMethod) continue; // we can't have a matching field or interface method (go/types)
        t = underlying(t);
      } else if (t.kind === 'TypeParam') {
        t = t.iface();
      }
      if (t.kind === 'Struct') {
        for (let i = 0; i < t.fields.length; i++) {
          const f = t.fields[i];
          if (sameId(f, pkg, name)) {
            count += e.multiples ? 2 : 1;
            found = f; foundIndex = [...e.index, i]; foundIndirect = e.indirect;
            continue;
          }
          if (count === 0 && f.embedded) {
            const [ft, p] = derefPtr(f.type!);
            next.push({ typ: ft, index: [...e.index, i], indirect: e.indirect || p, multiples: e.multiples });
          }
        }
      } else if (t.kind === 'Interface') {
        const ms = t.typeSet().methods;
        for (let i = 0; i < ms.length; i++) {
          if (sameId(ms[i], pkg, name)) {
            count += e.multiples ? 2 : 1;
            found = ms[i]; foundIndex = [...e.index, i]; foundIndirect = e.indirect;
          }
        }
      }
    }
    if (count > 1) return { obj: null, index: null, indirect: false, ambiguous: true };
    if (count === 1) return { obj: found, index: foundIndex, indirect: foundIndirect };
    current = consolidateMultiples(next);
  }
  return { obj: null, index: null, indirect: false };
}

function consolidateMultiples(list: Embedded[]): Embedded[] {
  if (list.length <= 1) return list;
  const out: Embedded[] = [];
  for (const e of list) {
    const prev = out.find((o) => identical(o.typ, e.typ));
    if (prev) prev.multiples = true;
    else out.push({ ...e });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Interface satisfaction

export interface MissingMethod {
  method: Func;
  /** Found with a different signature. */
  wrongType?: Func;
  /** Found, but with a pointer receiver (V not a pointer). */
  ptrRecv?: boolean;
  /** Found with different case ("missing method m (have M)"). */
  altCase?: Func;
  /** The method exists but is unexported in another package. */
}

/** go/types MissingMethod: the first method of interface T missing from V (null if none). */
export function missingMethod(V: Type, T: Interface, _static = true): MissingMethod | null {
  const methods = T.typeSet().methods;
  if (methods.length === 0) return null;
  const Vu = underlying(V);
  if (Vu.kind === 'Interface' && V.kind !== 'TypeParam') {
    const vm = Vu.typeSet().methods;
    for (const m of methods) {
      const f = vm.find((x) => sameId(x, m.pkg, m.name));
      if (!f) return { method: m, altCase: vm.find((x) => x.name.toLowerCase() === m.name.toLowerCase()) };
      if (!identical(f.type!, m.type!)) return { method: m, wrongType: f };
    }
    return null;
  }
  for (const m of methods) {
    const r = lookupImpl(V, false, m.pkg, m.name);
    const f = r.obj;
    if (!f || f.kind !== 'Func') {
      // alternative case
      let alt: Func | undefined;
      for (const mm of methodSetAll(V)) if (mm.name.toLowerCase() === m.name.toLowerCase()) alt = mm;
      return { method: m, altCase: alt };
    }
    if (!identical(sigNoRecv(f.type as Signature), m.type!)) return { method: m, wrongType: f };
    if (!r.indirect && hasPtrRecv(f) && V.kind !== 'Pointer') return { method: m, ptrRecv: true };
  }
  return null;
}

function methodSetAll(V: Type): Func[] {
  let t = V.kind === 'Pointer' ? V.elem : V;
  return t.kind === 'Named' ? t.methods : [];
}

/** A signature without its receiver, for comparisons (receivers are ignored by identical, but
 *  keep this explicit). */
function sigNoRecv(s: Signature): Signature { return s; }

/** Reports whether V implements interface T (T's underlying must be an interface), incl. the
 *  type-set rules of constraints (go/types implements, simplified). */
export function implementsIface(V: Type, T: Type): boolean {
  const Ti = underlying(T);
  if (Ti.kind !== 'Interface') return false;
  if (missingMethod(V, Ti) !== null) return false;
  const ts = Ti.typeSet();
  if (ts.comparable && !comparable(V)) return false;
  if (ts.terms !== null) {
    const Vu = underlying(V);
    if (V.kind === 'TypeParam') {
      const vt = V.iface().typeSet().terms;
      if (!vt) return false;
      return vt.every((t) => ts.terms!.some((u) => termIncludes(u, t.type)));
    }
    return ts.terms.some((u) => termIncludes(u, V) || (u.tilde && identical(underlying(u.type), Vu)));
  }
  return true;
}
export { implementsIface as implements };

function termIncludes(t: { tilde: boolean; type: Type }, V: Type): boolean {
  if (t.tilde) return identical(underlying(t.type), underlying(V));
  return identical(t.type, V);
}

/** Satisfies `comparable` in Go 1.20+ sense (spec-comparable incl. interfaces). */
export function satisfiesComparable(V: Type): boolean { return comparable(V) || strictlyComparable(V); }

setImplementsHook((V, T) => {
  const Ti = underlying(T);
  if (Ti.kind !== 'Interface') return false;
  return missingMethod(V, Ti) === null;
});

// ---------------------------------------------------------------------------------------------
// Method sets (go/types methodset.go)

export interface MethodSetEntry {
  /** The method. */
  obj: Func;
  /** Index path: embedded field indices, then the method index. */
  index: number[];
  /** Path goes through a pointer. */
  indirect: boolean;
}

/** The method set of T (T may be a pointer to a named type): all promoted and declared methods
 *  callable on a value of type T, sorted by Id. Methods with pointer receivers are included for
 *  *T and for addressable-through-pointer embeddings. */
export function methodSet(T: Type): MethodSetEntry[] {
  const names = new globalThis.Map<string, { obj: Func; pkg: Package | null }>();
  collectNames(T, names, new Set());
  const out: MethodSetEntry[] = [];
  const isPtr = T.kind === 'Pointer';
  const Tu = underlying(T);
  for (const { obj, pkg } of names.values()) {
    const r = lookupImpl(T, false, pkg, obj.name);
    if (!r.obj || r.obj.kind !== 'Func' || !r.index) continue;
    if (Tu.kind !== 'Interface' && hasPtrRecv(r.obj) && !r.indirect && !isPtr) continue;
    out.push({ obj: r.obj, index: r.index, indirect: r.indirect });
  }
  out.sort((a, b) => (a.obj.id() < b.obj.id() ? -1 : a.obj.id() > b.obj.id() ? 1 : 0));
  return out;
}

function collectNames(T: Type, names: globalThis.Map<string, { obj: Func; pkg: Package | null }>, seen: Set<Type>): void {
  let t = T.kind === 'Pointer' ? T.elem : T;
  if (seen.has(t)) return;
  seen.add(t);
  if (t.kind === 'Named') for (const m of t.methods) names.set(m.id(), { obj: m, pkg: m.pkg });
  const u = underlying(t);
  if (u.kind === 'Interface') for (const m of u.typeSet().methods) names.set(m.id(), { obj: m, pkg: m.pkg });
  if (u.kind === 'Struct') for (const f of u.fields) if (f.embedded) collectNames(f.type!, names, seen);
}

/** Convenience: *T for a type. */
export function pointerTo(t: Type): Pointer { return new Pointer(t); }
