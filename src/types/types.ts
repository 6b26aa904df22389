// Type representation of the type checker: one class per kind of Go type, discriminated by a readonly
// `kind`. Mirrors go/types (src/go/types/basic.go, pointer.go, slice.go, array.go, map.go, chan.go,
// struct.go, tuple.go, signature.go, interface.go, named.go, typeparam.go, union.go, typeset.go).
//
// The predicates (identical, assignableTo, …), typeString, lookupFieldOrMethod and method sets live
// in predicates.ts, typestring.ts and lookup.ts and are re-exported at the bottom of this file, so
// `import { … } from './types.js'` gives the whole type API.

import type { Func, TypeName, Var } from './objects.js';

// ---------------------------------------------------------------------------------------------
// Basic types (go/types basic.go)

/** go/types BasicKind numbering. */
export enum BasicKind {
  Invalid = 0,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}
/** Aliases, as in go/types. */
export const Byte = BasicKind.Uint8;
export const Rune = BasicKind.Int32;

/** go/types BasicInfo flags. */
export const IsBoolean = 1 << 0;
export const IsInteger = 1 << 1;
export const IsUnsigned = 1 << 2;
export const IsFloat = 1 << 3;
export const IsComplex = 1 << 4;
export const IsString = 1 << 5;
export const IsUntyped = 1 << 6;
export const IsOrdered = IsInteger | IsFloat | IsString;
export const IsNumeric = IsInteger | IsFloat | IsComplex;
export const IsConstType = IsBoolean | IsNumeric | IsString;

export class Basic {
  readonly kind = 'Basic' as const;
  constructor(readonly basicKind: BasicKind, readonly info: number, readonly name: string) {}
}

/** Typ[k] is the predeclared Basic type of kind k (go/types Typ). */
export const Typ: readonly Basic[] = [
  new Basic(BasicKind.Invalid, 0, 'invalid type'),
  new Basic(BasicKind.Bool, IsBoolean, 'bool'),
  new Basic(BasicKind.Int, IsInteger, 'int'),
  new Basic(BasicKind.Int8, IsInteger, 'int8'),
  new Basic(BasicKind.Int16, IsInteger, 'int16'),
  new Basic(BasicKind.Int32, IsInteger, 'int32'),
  new Basic(BasicKind.Int64, IsInteger, 'int64'),
  new Basic(BasicKind.Uint, IsInteger | IsUnsigned, 'uint'),
  new Basic(BasicKind.Uint8, IsInteger | IsUnsigned, 'uint8'),
  new Basic(BasicKind.Uint16, IsInteger | IsUnsigned, 'uint16'),
  new Basic(BasicKind.Uint32, IsInteger | IsUnsigned, 'uint32'),
  new Basic(BasicKind.Uint64, IsInteger | IsUnsigned, 'uint64'),
  new Basic(BasicKind.Uintptr, IsInteger | IsUnsigned, 'uintptr'),
  new Basic(BasicKind.Float32, IsFloat, 'float32'),
  new Basic(BasicKind.Float64, IsFloat, 'float64'),
  new Basic(BasicKind.Complex64, IsComplex, 'complex64'),
  new Basic(BasicKind.Complex128, IsComplex, 'complex128'),
  new Basic(BasicKind.String, IsString, 'string'),
  new Basic(BasicKind.UnsafePointer, 0, 'Pointer'),
  new Basic(BasicKind.UntypedBool, IsBoolean | IsUntyped, 'untyped bool'),
  new Basic(BasicKind.UntypedInt, IsInteger | IsUntyped, 'untyped int'),
  new Basic(BasicKind.UntypedRune, IsInteger | IsUntyped, 'untyped rune'),
  new Basic(BasicKind.UntypedFloat, IsFloat | IsUntyped, 'untyped float'),
  new Basic(BasicKind.UntypedComplex, IsComplex | IsUntyped, 'untyped complex'),
  new Basic(BasicKind.UntypedString, IsString | IsUntyped, 'untyped string'),
  new Basic(BasicKind.UntypedNil, IsUntyped, 'untyped nil'),
];
/** The `byte` and `rune` alias Basic types (identical to uint8/int32, print as byte/rune). */
export const universeByte = new Basic(BasicKind.Uint8, IsInteger | IsUnsigned, 'byte');
export const universeRune = new Basic(BasicKind.Int32, IsInteger, 'rune');

// ---------------------------------------------------------------------------------------------
// Composite types

export class Pointer {
  readonly kind = 'Pointer' as const;
  constructor(readonly elem: Type) {}
}

export class Slice {
  readonly kind = 'Slice' as const;
  constructor(readonly elem: Type) {}
}

export class Array {
  readonly kind = 'Array' as const;
  /** len < 0 means unknown (error or [...]T before resolution). */
  constructor(readonly elem: Type, readonly len: number) {}
}

export class Map {
  readonly kind = 'Map' as const;
  constructor(readonly key: Type, readonly elem: Type) {}
}

/** go/types ChanDir. */
export enum ChanDir { SendRecv = 0, SendOnly = 1, RecvOnly = 2 }

export class Chan {
  readonly kind = 'Chan' as const;
  constructor(readonly dir: ChanDir, readonly elem: Type) {}
}

export class Struct {
  readonly kind = 'Struct' as const;
  /** fields[i].isField is true; tags[i] is the unquoted tag ('' if none). */
  constructor(readonly fields: Var[], readonly tags: string[] = []) {}
  tag(i: number): string { return this.tags[i] ?? ''; }
}

export class Tuple {
  readonly kind = 'Tuple' as const;
  constructor(readonly vars: Var[]) {}
  get len(): number { return this.vars.length; }
  at(i: number): Var { return this.vars[i]; }
}
export const emptyTuple = new Tuple([]);

export class Signature {
  readonly kind = 'Signature' as const;
  constructor(
    /** Receiver variable (methods only; null for functions and method expressions' types). */
    public recv: Var | null,
    /** Type parameters of a generic function (not of the receiver's type). */
    public typeParams: TypeParam[],
    public params: Tuple,
    public results: Tuple,
    /** The last parameter is ...T; its type is recorded as []T (as go/types). */
    public variadic: boolean,
    /** Receiver type parameters (methods of generic types). */
    public recvTypeParams: TypeParam[] = [],
  ) {}
}

/** One term of a union / type set: `T` or `~T`. */
export class Term {
  constructor(readonly tilde: boolean, readonly type: Type) {}
}

export class Union {
  readonly kind = 'Union' as const;
  constructor(readonly terms: Term[]) {}
}

/** The computed type set of an interface (go/types typeset.go). */
export interface TypeSet {
  /** All methods (explicit and embedded), sorted by Id. */
  methods: Func[];
  /** Type terms; null means "all types" (no type restrictions). Empty array = empty set. */
  terms: Term[] | null;
  /** The `comparable` constraint is part of the set. */
  comparable: boolean;
}

export class Interface {
  readonly kind = 'Interface' as const;
  /** Cached type set; reset by the checker while the interface is still being built. */
  typeSetCache: TypeSet | null = null;
  /** True when this is the implicit interface of a constraint written as `[T ~int]`. */
  implicit = false;
  /** True for the underlying interface of the predeclared `comparable`. */
  isComparable = false;
  constructor(
    /** Explicitly declared methods (their signatures' recv is the interface). */
    public methods: Func[],
    /** Embedded types: interfaces, or (constraints) types and unions. */
    public embeddeds: Type[],
  ) {}
  typeSet(): TypeSet { return computeTypeSetHook(this); }
  /** All methods of the type set, sorted by Id. */
  get allMethods(): Func[] { return this.typeSet().methods; }
  get numMethods(): number { return this.typeSet().methods.length; }
  isEmpty(): boolean { const ts = this.typeSet(); return ts.methods.length === 0 && ts.terms === null && !ts.comparable; }
  /** True if the interface is a basic (method-only) interface usable as an ordinary type. */
  isMethodSet(): boolean { const ts = this.typeSet(); return ts.terms === null && !ts.comparable; }
  isComparableConstraint(): boolean { return this.typeSet().comparable; }
}

export class Named {
  readonly kind = 'Named' as const;
  /** The generic type this is an instance of (itself when not an instance). */
  orig: Named;
  /** Declared methods (on the origin type). */
  private _methods: Func[] = [];
  private _underlying: Type | null = null;
  /** For an instance: lazy expansion (set by instantiate): substituted underlying type and
   *  methods (recomputed if the origin gains methods). */
  expander: { underlying: (n: Named) => Type | null; methods: (n: Named) => Func[] } | null = null;
  private expandedMethodsFor = -1;
  constructor(
    public obj: TypeName,
    underlying: Type | null,
    /** Type parameters of a generic type (the origin's, also on instances). */
    public typeParams: TypeParam[] = [],
    /** Type arguments of an instance (empty for non-instances). */
    public typeArgs: Type[] = [],
    orig?: Named,
  ) {
    this._underlying = underlying;
    this.orig = orig ?? this;
  }
  /** The right-hand side of the declaration (go/types Named.fromRHS), for validType; null if not declared here. */
  fromRHS: Type | null = null;
  get underlying(): Type {
    if (this._underlying === null && this.expander) this._underlying = this.expander.underlying(this);
    const u = this._underlying;
    if (u !== null && u.kind === 'Named') {
      // Declared while its chain (type A B; type B C; …) was still being resolved: resolve now
      // (go/types Named.under). A cycle (type A B; type B A) is invalid; validType reports it.
      const seen = new Set<Named>([this]);
      let cur: Named = u;
      for (;;) {
        if (seen.has(cur)) return Typ[BasicKind.Invalid];
        seen.add(cur);
        if (cur._underlying === null && cur.expander) cur._underlying = cur.expander.underlying(cur);
        const v = cur._underlying;
        if (v === null) return u; // still being resolved
        if (v.kind !== 'Named') { this._underlying = v; return v; }
        cur = v;
      }
    }
    return u ?? Typ[BasicKind.Invalid];
  }
  /** The underlying type as set, without resolving Named chains (null while being declared). */
  get rawUnderlying(): Type | null {
    if (this._underlying === null && this.expander) this._underlying = this.expander.underlying(this);
    return this._underlying;
  }
  set underlying(t: Type) { this._underlying = t; }
  /** True once the underlying type is known (false while a declaration cycle is being resolved). */
  get hasUnderlying(): boolean {
    if (this._underlying === null && this.expander) this._underlying = this.expander.underlying(this);
    return this._underlying !== null;
  }
  get methods(): Func[] {
    if (this.expander) {
      const n = this.orig._methods.length;
      if (n !== this.expandedMethodsFor) { this._methods = this.expander.methods(this); this.expandedMethodsFor = n; }
    }
    return this._methods;
  }
  addMethod(m: Func): void { this._methods.push(m); }
  numMethods(): number { return this.methods.length; }
  method(i: number): Func { return this.methods[i]; }
  isInstance(): boolean { return this.orig !== this; }
}

export class TypeParam {
  readonly kind = 'TypeParam' as const;
  constructor(
    public obj: TypeName,
    public index: number,
    /** Constraint (an interface, or a Named interface); set after creation. */
    public constraint: Type,
  ) {}
  /** The constraint's underlying interface. */
  iface(): Interface {
    const u = underlying(this.constraint);
    if (u.kind === 'Interface') return u;
    // A non-interface constraint T means interface{T}.
    const i = new Interface([], [this.constraint]);
    i.implicit = true;
    return i;
  }
}

export type Type =
  | Basic | Pointer | Slice | Array | Map | Chan | Struct | Tuple | Signature
  | Interface | Named | TypeParam | Union;

// ---------------------------------------------------------------------------------------------
// Hooks filled in by typeset.ts (avoids import cycles of class definitions).

// Stored as a property of a function declaration: function declarations are initialised before
// any module body runs, so the hook can be installed while ES module cycles are being evaluated.
function computeTypeSetHook(t: Interface): TypeSet {
  const f = (computeTypeSetHook as unknown as { impl?: (t: Interface) => TypeSet }).impl;
  return f ? f(t) : { methods: [...t.methods], terms: null, comparable: false };
}
export function setComputeTypeSet(f: (t: Interface) => TypeSet): void {
  (computeTypeSetHook as unknown as { impl?: (t: Interface) => TypeSet }).impl = f;
}

// ---------------------------------------------------------------------------------------------
// Basic helpers

/** go/types Underlying: the underlying type of t (t itself unless t is Named). A TypeParam's
 *  underlying type is its constraint interface (as go/types). */
export function underlying(t: Type): Type {
  if (t.kind === 'Named') {
    let u = t.underlying;
    // guard against Named -> Named chains during resolution
    for (let i = 0; i < 100 && u.kind === 'Named'; i++) u = u.underlying;
    return u;
  }
  if (t.kind === 'TypeParam') return t.iface();
  return t;
}

export const invalidType: Basic = Typ[BasicKind.Invalid];

export function isValid(t: Type | null | undefined): t is Type {
  return !!t && !(t.kind === 'Basic' && t.basicKind === BasicKind.Invalid);
}

export function newPointer(elem: Type): Pointer { return new Pointer(elem); }
export function newSlice(elem: Type): Slice { return new Slice(elem); }
export function newTuple(vars: Var[]): Tuple { return vars.length === 0 ? emptyTuple : new Tuple(vars); }

// Re-exports: the function API of the type model.
export * from './predicates.js';
export * from './typestring.js';
export * from './lookup.js';
export { computeTypeSet } from './typeset.js';

/** Aliases that do not shadow the JS globals `Array` and `Map` when imported. */
export { Array as ArrayType, Map as MapType };
