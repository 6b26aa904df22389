// Computation of interface type sets: all methods (explicit + embedded) and type terms (unions,
// ~T, comparable). Mirrors go/types typeset.go (computeInterfaceTypeSet), simplified: term lists
// are intersected pairwise without normalisation beyond removing duplicates.

import { setComputeTypeSet, underlying, identical, Term, type Interface, type TypeSet, type Type } from './types.js';
import type { Func } from './objects.js';

/** go/types object ordering: exported names first, then by name, then by package path. */
export function lessObj(a: Func, b: Func): number {
  const ea = a.exported(), eb = b.exported();
  if (ea !== eb) return ea ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  const pa = a.pkg?.path ?? '', pb = b.pkg?.path ?? '';
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

const computing = new Set<Interface>();

function intersect(a: Term[] | null, b: Term[] | null): Term[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.tilde && y.tilde) { if (identical(underlying(x.type), underlying(y.type))) out.push(x); }
      else if (x.tilde) { if (identical(underlying(x.type), underlying(y.type)) || identical(underlying(x.type), y.type)) out.push(y); }
      else if (y.tilde) { if (identical(underlying(y.type), underlying(x.type))) out.push(x); }
      else if (identical(x.type, y.type)) out.push(x);
    }
  }
  return out;
}

function termsOf(t: Type): { terms: Term[] | null; methods: Func[]; comparable: boolean } {
  if (t.kind === 'Union') {
    let terms: Term[] = [];
    let comparable = false;
    for (const term of t.terms) {
      const u = underlying(term.type);
      if (u.kind === 'Interface' && !term.tilde && term.type.kind !== 'TypeParam') {
        const ts = u.typeSet();
        if (ts.terms === null) return { terms: null, methods: [], comparable: false };
        terms = terms.concat(ts.terms);
        comparable = comparable || ts.comparable;
      } else terms.push(term);
    }
    return { terms, methods: [], comparable };
  }
  const u = underlying(t);
  if (u.kind === 'Interface' && t.kind !== 'TypeParam') {
    const ts = u.typeSet();
    return { terms: ts.terms, methods: ts.methods, comparable: ts.comparable };
  }
  return { terms: [new Term(false, t)], methods: [], comparable: false };
}

export function computeTypeSet(iface: Interface): TypeSet {
  if (iface.typeSetCache) return iface.typeSetCache;
  if (computing.has(iface)) return { methods: [...iface.methods], terms: null, comparable: false };
  computing.add(iface);
  try {
    const methods = new globalThis.Map<string, Func>();
    for (const m of iface.methods) methods.set(m.id(), m);
    let terms: Term[] | null = null;
    let comparable = iface.isComparable;
    for (const e of iface.embeddeds) {
      if (e.kind === 'Named' && e.obj.name === 'comparable' && e.obj.pkg === null) { comparable = true; continue; }
      const r = termsOf(e);
      for (const m of r.methods) if (!methods.has(m.id())) methods.set(m.id(), m);
      terms = intersect(terms, r.terms);
      comparable = comparable || r.comparable;
    }
    const ts: TypeSet = { methods: [...methods.values()].sort(lessObj), terms, comparable };
    iface.typeSetCache = ts;
    return ts;
  } finally {
    computing.delete(iface);
  }
}

setComputeTypeSet(computeTypeSet);
