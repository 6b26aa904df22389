// Side maps produced by the type checker for later stages. Mirrors go/types api.go (Info,
// TypeAndValue, Initializer, Instance) and selection.go (Selection).
//
// Keys are AST nodes (src/syntax/ast.ts); nodes are never mutated, so identity maps are stable.

import type * as ast from '../syntax/ast.js';
import type { Type } from './types.js';
import type { Obj, Var, Scope } from './objects.js';
import type { Value } from './constant.js';

/** Operand mode of an expression (go/types operandMode). */
export type Mode =
  | 'invalid' | 'novalue' | 'builtin' | 'type' | 'constant' | 'variable' | 'mapindex' | 'value'
  | 'commaok';

export interface TypeAndValue {
  readonly mode: Mode;
  /** Final type: for untyped constants/values used in a typed context, the converted type. */
  readonly type: Type;
  /** Constant value (mode 'constant' only). */
  readonly value: Value | null;
}

export function isTypeTV(tv: TypeAndValue): boolean { return tv.mode === 'type'; }
export function isValueTV(tv: TypeAndValue): boolean {
  return tv.mode === 'constant' || tv.mode === 'variable' || tv.mode === 'mapindex' || tv.mode === 'value' || tv.mode === 'commaok';
}
export function addressableTV(tv: TypeAndValue): boolean { return tv.mode === 'variable'; }

/** go/types SelectionKind. */
export type SelectionKind = 'FieldVal' | 'MethodVal' | 'MethodExpr';

export interface Selection {
  readonly kind: SelectionKind;
  /** Type of x in x.f (for MethodExpr, the type T in T.m). */
  readonly recv: Type;
  /** The selected field (Var) or method (Func). */
  readonly obj: Obj;
  /** Path of field indices from recv to the object; the last entry indexes the field or the
   *  method (method index in the Named's methods or the interface's allMethods). */
  readonly index: number[];
  /** True if the path contains a pointer indirection (go/types Indirect). */
  readonly indirect: boolean;
  /** Type of x.f: field type, method value signature without receiver, or for MethodExpr the
   *  function type with the receiver as first parameter. */
  readonly type: Type;
}

export interface Instance {
  readonly typeArgs: Type[];
  readonly type: Type;
}

/** A package-level variable initialization (go/types Initializer): lhs = rhs. */
export interface Initializer {
  readonly lhs: Var[];
  readonly rhs: ast.Expr;
}

export class Info {
  /** Every expression (incl. type expressions and parenthesized ones) → mode, type, value. */
  readonly types = new globalThis.Map<ast.Expr, TypeAndValue>();
  /** Declaring identifiers → object (null for the package name and `_`-less symbolic defs like
   *  the type switch `x :=` symbol). */
  readonly defs = new globalThis.Map<ast.Ident, Obj | null>();
  /** Using identifiers → object. */
  readonly uses = new globalThis.Map<ast.Ident, Obj>();
  /** Implicitly declared objects: ImportSpec → PkgName (without rename), CaseClause of a type
   *  switch → its Var, Field (anonymous parameter) → Var. */
  readonly implicits = new globalThis.Map<ast.Node, Obj>();
  readonly selections = new globalThis.Map<ast.SelectorExpr, Selection>();
  /** Node → scope it opens (File, FuncType, BlockStmt, IfStmt, SwitchStmt, TypeSwitchStmt,
   *  CaseClause, CommClause, ForStmt, RangeStmt, FuncLit). */
  readonly scopes = new globalThis.Map<ast.Node, Scope>();
  /** Identifiers denoting generic functions/types → instantiation. */
  readonly instances = new globalThis.Map<ast.Ident, Instance>();
  /** Package-level variable initializers in execution order. */
  readonly initOrder: Initializer[] = [];
  /** FuncLit / FuncDecl → variables it captures from enclosing functions (in first-use order). */
  readonly captures = new globalThis.Map<ast.Node, Var[]>();

  /** Type of an expression, or the type of the object of an identifier (go/types TypeOf). */
  typeOf(e: ast.Expr): Type | null {
    const tv = this.types.get(e);
    if (tv) return tv.type;
    if (e.kind === 'Ident') {
      const o = this.objectOf(e);
      if (o) return o.type;
    }
    return null;
  }
  /** go/types ObjectOf. */
  objectOf(id: ast.Ident): Obj | null {
    return this.defs.get(id) ?? this.uses.get(id) ?? null;
  }
}
