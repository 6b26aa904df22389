// Sizes, alignments and field offsets for linux/amd64 as the gc compiler lays values out. Mirrors
// go/types gcsizes.go (gcSizes: WordSize 8, MaxAlign 8) incl. the trailing zero-size field rule.

import { BasicKind, underlying, type Type, type Struct } from './types.js';
import type { Var } from './objects.js';

export const WordSize = 8;
export const MaxAlign = 8;

const sizeCache = new WeakMap<object, number>();
const alignCache = new WeakMap<object, number>();

function basicSize(k: BasicKind): number {
  switch (k) {
    case BasicKind.Bool: case BasicKind.Int8: case BasicKind.Uint8: return 1;
    case BasicKind.Int16: case BasicKind.Uint16: return 2;
    case BasicKind.Int32: case BasicKind.Uint32: case BasicKind.Float32: case BasicKind.UntypedRune: return 4;
    case BasicKind.Complex64: return 8;
    case BasicKind.Complex128: case BasicKind.String: case BasicKind.UntypedString: case BasicKind.UntypedComplex: return 16;
    case BasicKind.Invalid: return 1;
    default: return 8; // int, uint, int64, uint64, uintptr, float64, unsafe.Pointer, untyped int/float/nil
  }
}

function roundUp(x: number, a: number): number { return Math.ceil(x / a) * a; }

/** Alignment of a value of type t (go/types Sizes.Alignof). */
export function alignof(t: Type): number {
  const u = underlying(t);
  const c = alignCache.get(u);
  if (c !== undefined) return c;
  let a: number;
  switch (u.kind) {
    case 'Basic': {
      const s = basicSize(u.basicKind);
      a = u.basicKind === BasicKind.Complex64 ? 4 : Math.min(s, MaxAlign);
      break;
    }
    case 'Array': a = alignof(u.elem); break;
    case 'Struct': {
      a = 1;
      for (const f of u.fields) a = Math.max(a, alignof(f.type!));
      break;
    }
    case 'Tuple': {
      a = 1;
      for (const v of u.vars) a = Math.max(a, alignof(v.type!));
      break;
    }
    default: a = WordSize; // pointer, slice, map, chan, func, interface, string
  }
  alignCache.set(u, a);
  return a;
}

/** Field offsets of a struct's fields (go/types Sizes.Offsetsof). */
export function offsetsof(fields: readonly Var[]): number[] {
  const out: number[] = [];
  let off = 0;
  for (const f of fields) {
    const a = alignof(f.type!);
    off = roundUp(off, a);
    out.push(off);
    off += sizeof(f.type!);
  }
  return out;
}

/** Offsets of a struct type's fields, cached. */
const offCache = new WeakMap<Struct, number[]>();
export function structOffsets(s: Struct): number[] {
  let o = offCache.get(s);
  if (!o) { o = offsetsof(s.fields); offCache.set(s, o); }
  return o;
}

/** Size in bytes of a value of type t (go/types Sizes.Sizeof). */
export function sizeof(t: Type): number {
  const u = underlying(t);
  const c = sizeCache.get(u);
  if (c !== undefined) return c;
  let s: number;
  switch (u.kind) {
    case 'Basic': s = basicSize(u.basicKind); break;
    case 'Array': {
      if (u.len <= 0) { s = 0; break; }
      const es = sizeof(u.elem);
      s = roundUp(es, alignof(u.elem)) * (u.len - 1) + es;
      break;
    }
    case 'Slice': s = 3 * WordSize; break;
    case 'Interface': s = 2 * WordSize; break;
    case 'Struct': {
      const n = u.fields.length;
      if (n === 0) { s = 0; break; }
      const offs = structOffsets(u);
      const last = sizeof(u.fields[n - 1].type!);
      let size = offs[n - 1] + last;
      // gc: a final zero-sized field gets one byte of padding so &x.f does not point past the object.
      if (last === 0 && size > 0) size++;
      s = roundUp(size, alignof(u));
      break;
    }
    case 'Tuple': {
      s = 0;
      for (const v of u.vars) s = roundUp(s, alignof(v.type!)) + sizeof(v.type!);
      break;
    }
    default: s = WordSize; // pointer, map, chan, func
  }
  sizeCache.set(u, s);
  return s;
}
