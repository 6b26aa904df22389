// Objects (named language entities) and scopes of the type checker. Mirrors go/types object.go,
// scope.go, package.go: PkgName, Const, TypeName, Var, Func, Label, Builtin, Nil; Scope; Package.

import type { Type, Signature, Named } from './types.js';
import type { Value } from './constant.js';

/** Position of a declaration: file name and byte offset in that file (-1/'' for predeclared). */
export interface ObjPos {
  readonly filename: string;
  readonly offset: number;
}

export type ObjKind = 'PkgName' | 'Const' | 'TypeName' | 'Var' | 'Func' | 'Label' | 'Builtin' | 'Nil';

abstract class ObjectBase {
  abstract readonly kind: ObjKind;
  /** Scope in which the object is declared (null for methods, fields, and unresolved objects). */
  parent: Scope | null = null;
  /** Order of declaration (used to sort scope contents and for cycle reporting). */
  order = 0;
  constructor(
    /** Package the object belongs to (null for universe objects). */
    public pkg: Package | null,
    public name: string,
    /** Type of the object (null until resolved). */
    public type: Type | null,
    /** Byte offset of the declaring identifier in its file (-1 if none). */
    public pos: number = -1,
    /** File the object is declared in ('' for universe and unknown). */
    public filename: string = '',
  ) {}
  exported(): boolean { return isExported(this.name); }
  /** go/types Id: the name, qualified by package path if unexported. */
  id(): string { return objId(this.pkg, this.name); }
}

export class PkgName extends ObjectBase {
  readonly kind = 'PkgName' as const;
  used = false;
  constructor(pkg: Package | null, name: string, public imported: Package, pos = -1, filename = '') {
    super(pkg, name, null, pos, filename);
  }
}

export class Const extends ObjectBase {
  readonly kind = 'Const' as const;
  constructor(pkg: Package | null, name: string, type: Type | null, public val: Value, pos = -1, filename = '') {
    super(pkg, name, type, pos, filename);
  }
}

export class TypeName extends ObjectBase {
  readonly kind = 'TypeName' as const;
  /** True for alias declarations `type A = B` (and byte/rune/any). */
  isAlias = false;
  constructor(pkg: Package | null, name: string, type: Type | null, pos = -1, filename = '') {
    super(pkg, name, type, pos, filename);
  }
}

export class Var extends ObjectBase {
  readonly kind = 'Var' as const;
  /** Struct field. */
  isField = false;
  /** Embedded struct field. */
  embedded = false;
  /** Parameter or result of a function. */
  isParam = false;
  /** Used (for "declared and not used"). */
  used = false;
  /** Package-level variable. */
  isGlobal = false;
  /** Field's origin for instantiated types (the uninstantiated field var); self otherwise. */
  origin: Var = this;
  /** Declared with an alias type name (`var x A`), for messages (go/types keeps the Alias). */
  alias: TypeName | null = null;
  constructor(pkg: Package | null, name: string, type: Type | null, pos = -1, filename = '') {
    super(pkg, name, type, pos, filename);
  }
}

export class Func extends ObjectBase {
  readonly kind = 'Func' as const;
  /** Function has a body (false for natives / bodiless std functions). */
  hasBody = true;
  /** For methods of instantiated types: the generic method; self otherwise. */
  origin: Func = this;
  /** Go's symbol-ish full name is derived by fullName(). */
  constructor(pkg: Package | null, name: string, type: Signature | null, pos = -1, filename = '') {
    super(pkg, name, type, pos, filename);
  }
  signature(): Signature { return this.type as Signature; }
  /** Method (has a receiver). */
  isMethod(): boolean { return !!(this.type && (this.type as Signature).recv); }
  /** "main.f", "main.T.m", "main.(*T).m", "fmt.Println" (go/types Func.FullName style). */
  fullName(): string {
    const sig = this.type as Signature | null;
    const pfx = this.pkg ? this.pkg.path + '.' : '';
    if (sig && sig.recv && sig.recv.type) {
      let t = sig.recv.type;
      let ptr = false;
      if (t.kind === 'Pointer') { ptr = true; t = t.elem; }
      const tn = t.kind === 'Named' ? (t as Named).obj.name : '?';
      return ptr ? `${pfx}(*${tn}).${this.name}` : `${pfx}${tn}.${this.name}`;
    }
    return pfx + this.name;
  }
}

export class Label extends ObjectBase {
  readonly kind = 'Label' as const;
  used = false;
  constructor(pkg: Package | null, name: string, pos = -1, filename = '') {
    super(pkg, name, null, pos, filename);
  }
}

/** Builtin function ids (go/types builtinId). */
export type BuiltinId =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make'
  | 'max' | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover'
  | 'Add' | 'Alignof' | 'Offsetof' | 'Sizeof' | 'Slice' | 'SliceData' | 'String' | 'StringData';

export class Builtin extends ObjectBase {
  readonly kind = 'Builtin' as const;
  constructor(pkg: Package | null, public builtinId: BuiltinId) {
    super(pkg, builtinId, null);
  }
}

export class Nil extends ObjectBase {
  readonly kind = 'Nil' as const;
  constructor(type: Type) { super(null, 'nil', type); }
}

export type Obj = PkgName | Const | TypeName | Var | Func | Label | Builtin | Nil;

export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function objId(pkg: Package | null, name: string): string {
  if (isExported(name) || !pkg || name === '_') return name;
  return pkg.path + '.' + name;
}

/** go/types sameId. */
export function sameId(obj: { pkg: Package | null; name: string }, pkg: Package | null, name: string): boolean {
  if (obj.name !== name) return false;
  if (isExported(name)) return true;
  const a = obj.pkg?.path ?? '';
  const b = pkg?.path ?? '';
  return a === b;
}

// ---------------------------------------------------------------------------------------------
// Scopes (go/types scope.go)

export type ScopeKind = 'universe' | 'package' | 'file' | 'func' | 'block';

export class Scope {
  readonly children: Scope[] = [];
  readonly elems = new globalThis.Map<string, Obj>();
  /** Byte range [pos, end) in the file (for lookups by position); -1 if unknown. */
  pos = -1;
  end = -1;
  filename = '';
  constructor(public parent: Scope | null, public comment: string, public scopeKind: ScopeKind = 'block') {
    if (parent) parent.children.push(this);
  }
  lookup(name: string): Obj | undefined { return this.elems.get(name); }
  /** Walks the parent chain; returns the scope and the object, or undefined. */
  lookupParent(name: string): [Scope, Obj] | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const o = s.elems.get(name);
      if (o) return [s, o];
    }
    return undefined;
  }
  /** Inserts obj unless an object of that name exists; returns the existing one or undefined. */
  insert(obj: Obj): Obj | undefined {
    const prev = this.elems.get(obj.name);
    if (prev) return prev;
    this.elems.set(obj.name, obj);
    if (!obj.parent) obj.parent = this;
    return undefined;
  }
  names(): string[] { return [...this.elems.keys()].sort(); }
  get len(): number { return this.elems.size; }
}

// ---------------------------------------------------------------------------------------------
// Packages (go/types package.go)

export class Package {
  readonly scope: Scope;
  imports: Package[] = [];
  complete = false;
  /** A stand-in for a package that could not be imported (types2 fake): uses of it report nothing more. */
  fake = false;
  /** Bodiless functions (natives), filled by the checker. */
  constructor(public path: string, public name: string, universe: Scope | null) {
    this.scope = new Scope(universe, `package ${path}`, 'package');
  }
}
