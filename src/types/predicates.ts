// Type predicates: kind tests, identity, comparability, default types, assignability and
// convertibility of types. Mirrors go/types predicates.go, operand.go (assignableTo) and
// conversions.go (convertibleTo), at the level of types (untyped constants are handled by the checker).

import {
  BasicKind, IsBoolean, IsComplex, IsConstType, IsFloat, IsInteger, IsNumeric, IsOrdered, IsString,
  IsUnsigned, IsUntyped, Typ, universeRune, underlying, ChanDir,
  type Type, type Basic, type Term, type TypeParam,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Basic-kind predicates (on the underlying type; false for type parameters)

function basicInfo(t: Type): number {
  const u = t.kind === 'Named' ? underlying(t) : t;
  return u.kind === 'Basic' ? u.info : 0;
}
export function isBoolean(t: Type): boolean { return (basicInfo(t) & IsBoolean) !== 0; }
export function isInteger(t: Type): boolean { return (basicInfo(t) & IsInteger) !== 0; }
export function isUnsigned(t: Type): boolean { return (basicInfo(t) & IsUnsigned) !== 0; }
export function isFloat(t: Type): boolean { return (basicInfo(t) & IsFloat) !== 0; }
export function isComplex(t: Type): boolean { return (basicInfo(t) & IsComplex) !== 0; }
export function isNumeric(t: Type): boolean { return (basicInfo(t) & IsNumeric) !== 0; }
export function isString(t: Type): boolean { return (basicInfo(t) & IsString) !== 0; }
export function isOrdered(t: Type): boolean { return (basicInfo(t) & IsOrdered) !== 0; }
export function isConstType(t: Type): boolean { return (basicInfo(t) & IsConstType) !== 0; }
export function isIntegerOrFloat(t: Type): boolean { return (basicInfo(t) & (IsInteger | IsFloat)) !== 0; }
export function isUntyped(t: Type): boolean { return t.kind === 'Basic' && (t.info & IsUntyped) !== 0; }
export function isTyped(t: Type): boolean { return !isUntyped(t); }
export function isUntypedNil(t: Type): boolean { return t.kind === 'Basic' && t.basicKind === BasicKind.UntypedNil; }
export function isBasicKind(t: Type, k: BasicKind): boolean {
  const u = underlying(t);
  return u.kind === 'Basic' && u.basicKind === k;
}
export function isUnsafePointer(t: Type): boolean { return isBasicKind(t, BasicKind.UnsafePointer); }
export function isTypeParam(t: Type): t is TypeParam { return t.kind === 'TypeParam'; }
/** An interface type that is not a type parameter (go/types IsInterface). */
export function isInterface(t: Type): boolean { return t.kind !== 'TypeParam' && underlying(t).kind === 'Interface'; }
export function isNamed(t: Type): boolean { return t.kind === 'Named' || t.kind === 'Basic' || t.kind === 'TypeParam'; }
export function isGeneric(t: Type): boolean { return t.kind === 'Named' && !t.isInstance() && t.typeParams.length > 0; }

/** Terms of a type parameter's type set (null = unrestricted). */
export function typeParamTerms(t: TypeParam): Term[] | null { return t.iface().typeSet().terms; }

/** go/types allX predicates: true if every type in t's type set satisfies pred (type params: all
 *  terms; other types: t itself). */
export function allOf(t: Type, pred: (u: Type) => boolean): boolean {
  if (t.kind === 'TypeParam') {
    const terms = typeParamTerms(t);
    if (!terms || terms.length === 0) return false;
    return terms.every((term) => pred(underlying(term.type)));
  }
  return pred(underlying(t));
}
export function allInteger(t: Type): boolean { return allOf(t, isInteger); }
export function allUnsigned(t: Type): boolean { return allOf(t, isUnsigned); }
export function allNumeric(t: Type): boolean { return allOf(t, isNumeric); }
export function allString(t: Type): boolean { return allOf(t, isString); }
export function allOrdered(t: Type): boolean { return allOf(t, isOrdered); }
export function allBoolean(t: Type): boolean { return allOf(t, isBoolean); }
export function allNumericOrString(t: Type): boolean { return allOf(t, (u) => isNumeric(u) || isString(u)); }
export function allFloat(t: Type): boolean { return allOf(t, isFloat); }
export function allComplex(t: Type): boolean { return allOf(t, isComplex); }

/** go/types hasNil: the zero value of t is nil. */
export function hasNil(t: Type): boolean {
  if (t.kind === 'TypeParam') {
    const terms = typeParamTerms(t);
    return !!terms && terms.length > 0 && terms.every((x) => hasNil(x.type));
  }
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return u.basicKind === BasicKind.UnsafePointer;
    case 'Slice': case 'Pointer': case 'Signature': case 'Map': case 'Chan': case 'Interface': return true;
    default: return false;
  }
}

/** go/types Default: the default type of an untyped type. */
export function defaultType(t: Type): Type {
  if (t.kind === 'Basic') {
    switch (t.basicKind) {
      case BasicKind.UntypedBool: return Typ[BasicKind.Bool];
      case BasicKind.UntypedInt: return Typ[BasicKind.Int];
      case BasicKind.UntypedRune: return universeRune;
      case BasicKind.UntypedFloat: return Typ[BasicKind.Float64];
      case BasicKind.UntypedComplex: return Typ[BasicKind.Complex128];
      case BasicKind.UntypedString: return Typ[BasicKind.String];
    }
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Identity (go/types identical)

interface IdentPair { x: Type; y: Type; prev: IdentPair | null }

export function identical(x: Type, y: Type): boolean { return ident(x, y, null); }

/** Identity ignoring struct tags (for conversions). */
export function identicalIgnoreTags(x: Type, y: Type): boolean { return ident(x, y, null, true); }

function ident(x: Type, y: Type, p: IdentPair | null, ignoreTags = false): boolean {
  if (x === y) return true;
  if (!x || !y) return false; // unresolved (declaration cycle)
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case 'Basic': return x.basicKind === (y as Basic).basicKind;
    case 'Pointer': return ident(x.elem, (y as typeof x).elem, p, ignoreTags);
    case 'Slice': return ident(x.elem, (y as typeof x).elem, p, ignoreTags);
    case 'Array': { const b = y as typeof x; return x.len === b.len && ident(x.elem, b.elem, p, ignoreTags); }
    case 'Map': { const b = y as typeof x; return ident(x.key, b.key, p, ignoreTags) && ident(x.elem, b.elem, p, ignoreTags); }
    case 'Chan': { const b = y as typeof x; return x.dir === b.dir && ident(x.elem, b.elem, p, ignoreTags); }
    case 'Struct': {
      const b = y as typeof x;
      if (x.fields.length !== b.fields.length) return false;
      for (let i = 0; i < x.fields.length; i++) {
        const f = x.fields[i], g = b.fields[i];
        if (f.embedded !== g.embedded) return false;
        if (!ignoreTags && x.tag(i) !== b.tag(i)) return false;
        if (f.id() !== g.id()) return false;
        if (!ident(f.type!, g.type!, p, ignoreTags)) return false;
      }
      return true;
    }
    case 'Tuple': {
      const b = y as typeof x;
      if (x.vars.length !== b.vars.length) return false;
      for (let i = 0; i < x.vars.length; i++) if (!ident(x.vars[i].type!, b.vars[i].type!, p, ignoreTags)) return false;
      return true;
    }
    case 'Signature': {
      const b = y as typeof x;
      if (x.variadic !== b.variadic) return false;
      if (x.typeParams.length !== b.typeParams.length) return false;
      return ident(x.params, b.params, p, ignoreTags) && ident(x.results, b.results, p, ignoreTags);
    }
    case 'Union': {
      const b = y as typeof x;
      if (x.terms.length !== b.terms.length) return false;
      return x.terms.every((t) => b.terms.some((u) => u.tilde === t.tilde && ident(t.type, u.type, p, ignoreTags)));
    }
    case 'Interface': {
      const b = y as typeof x;
      const sa = x.typeSet(), sb = b.typeSet();
      if (sa.comparable !== sb.comparable) return false;
      if ((sa.terms === null) !== (sb.terms === null)) return false;
      if (sa.terms && sb.terms) {
        if (sa.terms.length !== sb.terms.length) return false;
        if (!sa.terms.every((t) => sb.terms!.some((u) => u.tilde === t.tilde && ident(t.type, u.type, p, ignoreTags)))) return false;
      }
      const ma = sa.methods, mb = sb.methods;
      if (ma.length !== mb.length) return false;
      for (let q = p; q; q = q.prev) if ((q.x === x && q.y === y) || (q.x === y && q.y === x)) return true;
      const np: IdentPair = { x, y, prev: p };
      for (let i = 0; i < ma.length; i++) {
        if (ma[i].id() !== mb[i].id()) return false;
        if (!ident(ma[i].type!, mb[i].type!, np, ignoreTags)) return false;
      }
      return true;
    }
    case 'Named': {
      const b = y as typeof x;
      if (x.orig !== b.orig) return false;
      if (x.typeArgs.length !== b.typeArgs.length) return false;
      for (let i = 0; i < x.typeArgs.length; i++) if (!ident(x.typeArgs[i], b.typeArgs[i], p, ignoreTags)) return false;
      return x.typeArgs.length > 0 || x === b;
    }
    case 'TypeParam': return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparability (go/types comparable)

/** Reports whether values of type t are comparable with == (go/types Comparable). For
 *  interfaces true (may panic at run time). */
export function comparable(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  if (t.kind === 'TypeParam') {
    const ts = t.iface().typeSet();
    if (ts.comparable) return true;
    if (ts.terms && ts.terms.length > 0) return ts.terms.every((x) => comparable(x.type, seen));
    return false;
  }
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return u.basicKind !== BasicKind.UntypedNil;
    case 'Pointer': case 'Chan': case 'Interface': return true;
    case 'Struct': return u.fields.every((f) => comparable(f.type!, seen));
    case 'Array': return comparable(u.elem, seen);
    default: return false;
  }
}

/** Strictly comparable: comparable and never panics (no interfaces inside). */
export function strictlyComparable(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  if (t.kind === 'TypeParam') return comparable(t);
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': return u.basicKind !== BasicKind.UntypedNil;
    case 'Pointer': case 'Chan': return true;
    case 'Interface': return false;
    case 'Struct': return u.fields.every((f) => strictlyComparable(f.type!, seen));
    case 'Array': return strictlyComparable(u.elem, seen);
    default: return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Assignability and convertibility of *typed* values (the checker handles untyped operands)

/** go/types AssignableTo for a typed value of type V to T (V may be untyped nil/bool/number, in
 *  which case only the type-level rules are applied). */
export function assignableTo(V: Type, T: Type): boolean {
  if (identical(V, T)) return true;
  const Vu = underlying(V), Tu = underlying(T);
  if (isUntyped(V)) {
    if (T.kind === 'TypeParam') {
      const terms = typeParamTerms(T);
      if (!terms) return isUntypedNil(V) ? false : false;
      return terms.length > 0 && terms.every((t) => assignableTo(V, t.type));
    }
    if (Tu.kind === 'Basic') {
      if (isUntypedNil(V)) return Tu.basicKind === BasicKind.UnsafePointer;
      const vi = (Vu as Basic).info, ti = Tu.info;
      if (vi & IsBoolean) return (ti & IsBoolean) !== 0;
      if (vi & IsString) return (ti & IsString) !== 0;
      if (vi & IsNumeric) return (ti & IsNumeric) !== 0;
      return false;
    }
    if (isUntypedNil(V)) return hasNil(T);
    if (Tu.kind === 'Interface') return implementsHook(defaultType(V), T);
    return false;
  }
  // identical underlying types and at least one is not a named type
  if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T)) && V.kind !== 'TypeParam' && T.kind !== 'TypeParam') return true;
  // type parameters: every type of the type set must be assignable
  if (V.kind === 'TypeParam' && T.kind !== 'Named' && T.kind !== 'TypeParam') {
    const terms = typeParamTerms(V);
    if (terms && terms.length > 0 && terms.every((t) => assignableTo(t.type, T))) return true;
  }
  if (T.kind === 'TypeParam' && V.kind !== 'Named' && V.kind !== 'TypeParam') {
    const terms = typeParamTerms(T);
    if (terms && terms.length > 0 && terms.every((t) => assignableTo(V, t.type))) return true;
  }
  // T is an interface and V implements T
  if (Tu.kind === 'Interface' && T.kind !== 'TypeParam') {
    if (implementsHook(V, T)) return true;
    return false;
  }
  // bidirectional channel
  if (Vu.kind === 'Chan' && Vu.dir === ChanDir.SendRecv && Tu.kind === 'Chan' && identical(Vu.elem, Tu.elem)) {
    return !isNamed(V) || !isNamed(T);
  }
  return false;
}

// Function-property storage (see setComputeTypeSet in types.ts): safe during module cycles.
function implementsHook(V: Type, T: Type): boolean {
  const f = (implementsHook as unknown as { impl?: (V: Type, T: Type) => boolean }).impl;
  return f ? f(V, T) : false;
}
export function setImplementsHook(f: (V: Type, T: Type) => boolean): void {
  (implementsHook as unknown as { impl?: (V: Type, T: Type) => boolean }).impl = f;
}

/** go/types ConvertibleTo for a non-constant value of type V to T. */
export function convertibleTo(V: Type, T: Type): boolean {
  if (assignableTo(V, T)) return true;
  // type parameters: every pair of terms must be convertible
  if (V.kind === 'TypeParam' || T.kind === 'TypeParam') {
    const vt = V.kind === 'TypeParam' ? typeParamTerms(V) : [{ tilde: false, type: V } as Term];
    const tt = T.kind === 'TypeParam' ? typeParamTerms(T) : [{ tilde: false, type: T } as Term];
    if (!vt || !tt || vt.length === 0 || tt.length === 0) return false;
    return vt.every((a) => tt.every((b) => convertibleTo(a.type, b.type)));
  }
  const Vu = underlying(V), Tu = underlying(T);
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (V.kind === 'Pointer' && T.kind === 'Pointer' && identicalIgnoreTags(underlying(V.elem), underlying(T.elem))) return true;
  if (Vu.kind === 'Pointer' && Tu.kind === 'Pointer' && V.kind !== 'Named' && T.kind !== 'Named' &&
      identicalIgnoreTags(underlying(Vu.elem), underlying(Tu.elem))) return true;
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  // string conversions
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  // unsafe.Pointer
  if ((isPointerU(Vu) || isInteger(Vu) && isBasicKind(Vu, BasicKind.Uintptr)) && isUnsafePointer(Tu)) return true;
  if (isUnsafePointer(Vu) && (isPointerU(Tu) || isBasicKind(Tu, BasicKind.Uintptr))) return true;
  // slice to array or array pointer
  if (Vu.kind === 'Slice') {
    if (Tu.kind === 'Array' && identical(Vu.elem, Tu.elem)) return true;
    if (Tu.kind === 'Pointer') {
      const a = underlying(Tu.elem);
      if (a.kind === 'Array' && identical(Vu.elem, a.elem)) return true;
    }
  }
  return false;
}

function isPointerU(t: Type): boolean { return t.kind === 'Pointer'; }

export function isBytesOrRunes(t: Type): boolean {
  const u = underlying(t);
  if (u.kind !== 'Slice') return false;
  const e = underlying(u.elem);
  return e.kind === 'Basic' && (e.basicKind === BasicKind.Uint8 || e.basicKind === BasicKind.Int32);
}
