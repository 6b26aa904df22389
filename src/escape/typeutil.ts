// typeutil.ts — type questions escape analysis asks: does a type hold pointers, is it stored directly
// in an interface's data word, sizes. Mirrors cmd/compile/internal/types (HasPointers in size.go,
// IsDirectIface in type.go) on top of our go/types-shaped model (src/types/).

import { BasicKind, underlying, type Type } from '../types/types.js';
import { sizeof as tSizeof, alignof as tAlignof } from '../types/sizes.js';

/** types.HasPointers: whether a value of type t contains pointers the GC must see. */
export function hasPointers(t: Type | null | undefined): boolean {
  if (!t) return false;
  return hasPtrs(t, 0);
}

function hasPtrs(t: Type, depth: number): boolean {
  if (depth > 50) return true;
  const u = t.kind === 'TypeParam' ? null : underlying(t);
  if (!u) return true; // type parameters: assume the worst
  switch (u.kind) {
    case 'Basic':
      return u.basicKind === BasicKind.String || u.basicKind === BasicKind.UnsafePointer ||
        u.basicKind === BasicKind.UntypedString || u.basicKind === BasicKind.UntypedNil;
    case 'Array': return u.len !== 0 && hasPtrs(u.elem, depth + 1);
    case 'Struct': return u.fields.some((f) => f.type !== null && hasPtrs(f.type, depth + 1));
    case 'Tuple': return u.vars.some((v) => v.type !== null && hasPtrs(v.type, depth + 1));
    case 'Pointer': case 'Slice': case 'Map': case 'Chan': case 'Signature': case 'Interface':
      return true;
    default:
      return true;
  }
}

/** types.IsDirectIface: a value of type t is stored directly in an interface's data word. */
export function isDirectIface(t: Type | null | undefined): boolean {
  if (!t || t.kind === 'TypeParam') return false;
  const u = underlying(t);
  switch (u.kind) {
    case 'Pointer': case 'Map': case 'Chan': case 'Signature': return true;
    case 'Basic': return u.basicKind === BasicKind.UnsafePointer;
    case 'Array': return u.len === 1 && isDirectIface(u.elem);
    case 'Struct': return u.fields.length === 1 && isDirectIface(u.fields[0].type);
    default: return false;
  }
}

export function isInterface(t: Type | null | undefined): boolean {
  return !!t && t.kind !== 'TypeParam' && underlying(t).kind === 'Interface';
}

export function isUntypedNilType(t: Type | null | undefined): boolean {
  return !!t && t.kind === 'Basic' && t.basicKind === BasicKind.UntypedNil;
}

export function isUntyped(t: Type | null | undefined): boolean {
  if (!t || t.kind !== 'Basic') return false;
  return t.basicKind >= BasicKind.UntypedBool;
}

export function isString(t: Type | null | undefined): boolean {
  if (!t || t.kind === 'TypeParam') return false;
  const u = underlying(t);
  return u.kind === 'Basic' && (u.basicKind === BasicKind.String || u.basicKind === BasicKind.UntypedString);
}

export function isUintptr(t: Type | null | undefined): boolean {
  if (!t) return false;
  const u = underlying(t);
  return u.kind === 'Basic' && u.basicKind === BasicKind.Uintptr;
}

export function isUnsafePointer(t: Type | null | undefined): boolean {
  if (!t) return false;
  const u = underlying(t);
  return u.kind === 'Basic' && u.basicKind === BasicKind.UnsafePointer;
}

/** The underlying kind, or null for type parameters / missing types. */
export function ukind(t: Type | null | undefined): Type['kind'] | null {
  if (!t || t.kind === 'TypeParam') return null;
  return underlying(t).kind;
}

export function sizeof(t: Type | null | undefined): number {
  if (!t || t.kind === 'TypeParam') return 8;
  try { return tSizeof(t); } catch { return 8; }
}

export function alignof(t: Type | null | undefined): number {
  if (!t || t.kind === 'TypeParam') return 8;
  try { return tAlignof(t); } catch { return 8; }
}

/** Element type of a slice / array / pointer-to-array / string (byte) / map value / chan. */
export function elemOf(t: Type | null | undefined): Type | null {
  if (!t || t.kind === 'TypeParam') return null;
  const u = underlying(t);
  switch (u.kind) {
    case 'Slice': case 'Array': case 'Map': case 'Chan': case 'Pointer': return u.elem;
    default: return null;
  }
}

/** ir.MaxStackVarSize and ir.MaxImplicitStackVarSize (cmd/compile/internal/ir/cfg.go, go1.23). */
export const MaxStackVarSize = 10 * 1024 * 1024;
export const MaxImplicitStackVarSize = 64 * 1024;
