// Value layout facts codegen needs beyond sizes.ts: which Go types have a JS form (scalars and
// pointer-shaped values, ARCHITECTURE.md §2), where the pointer words of a value are, and the
// calling-convention layout of a signature (§3: scalar params as JS args, others in the caller's
// outgoing area in Go ABI0 order, results from the next multiple of 8).
// Mirrors cmd/compile/internal/abi (abiutils.go) in role, for our JS ABI.

import { BasicKind, underlying, type Type, type Signature } from '../types/types.js';
import { sizeof, alignof, structOffsets } from '../types/sizes.js';

export { sizeof, alignof, structOffsets };

/** How a value of a type is held in JS (§2). */
export type NumKind = 'bool' | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'f32' | 'f64';

/** The JS number kind of a scalar type, or null if the type is not a scalar. */
export function numKind(t: Type): NumKind | null {
  const u = underlying(t);
  if (u.kind !== 'Basic') return null;
  switch (u.basicKind) {
    case BasicKind.Bool: case BasicKind.UntypedBool: return 'bool';
    case BasicKind.Int8: return 'i8';
    case BasicKind.Uint8: return 'u8';
    case BasicKind.Int16: return 'i16';
    case BasicKind.Uint16: return 'u16';
    case BasicKind.Int32: case BasicKind.UntypedRune: return 'i32';
    case BasicKind.Uint32: return 'u32';
    case BasicKind.Int: case BasicKind.Int64: case BasicKind.UntypedInt: return 'i64';
    case BasicKind.Uint: case BasicKind.Uint64: case BasicKind.Uintptr: return 'u64';
    case BasicKind.Float32: return 'f32';
    case BasicKind.Float64: case BasicKind.UntypedFloat: return 'f64';
    default: return null;
  }
}

/** bool, integers, floats: passed as JS args, held in JS `let`s. */
export function isScalar(t: Type): boolean { return numKind(t) !== null; }

/** One machine word holding a pointer: pointers, unsafe.Pointer, maps, chans, funcs. */
export function isPtrShaped(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'Pointer': case 'Map': case 'Chan': case 'Signature': return true;
    case 'Basic': return u.basicKind === BasicKind.UnsafePointer || u.basicKind === BasicKind.UntypedNil;
    default: return false;
  }
}

/** Has a JS value form (scalar or pointer-shaped); everything else lives only in memory. */
export function isJSValue(t: Type): boolean { return isScalar(t) || isPtrShaped(t); }

export function isString(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Basic' && (u.basicKind === BasicKind.String || u.basicKind === BasicKind.UntypedString);
}

export function isInterface(t: Type): boolean { return underlying(t).kind === 'Interface'; }

export function isEmptyInterface(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Interface' && u.allMethods.length === 0;
}

const ptrCache = new WeakMap<object, number[]>();

/** Byte offsets of the pointer words in one value of type t (ascending). */
export function ptrOffsets(t: Type): number[] {
  const u = underlying(t);
  const c = ptrCache.get(u);
  if (c) return c;
  let r: number[];
  switch (u.kind) {
    case 'Pointer': case 'Map': case 'Chan': case 'Signature': r = [0]; break;
    case 'Basic':
      r = u.basicKind === BasicKind.UnsafePointer || u.basicKind === BasicKind.String ? [0] : [];
      break;
    case 'Slice': r = [0]; break;
    case 'Interface': r = [8]; break;
    case 'Array': {
      const e = ptrOffsets(u.elem);
      r = [];
      if (e.length) {
        const es = sizeof(u.elem);
        for (let i = 0; i < u.len; i++) for (const o of e) r.push(i * es + o);
      }
      break;
    }
    case 'Struct': {
      r = [];
      const offs = structOffsets(u);
      u.fields.forEach((f, i) => { for (const o of ptrOffsets(f.type!)) r.push(offs[i] + o); });
      break;
    }
    default: r = [];
  }
  ptrCache.set(u, r);
  return r;
}

export function hasPointers(t: Type): boolean { return ptrOffsets(t).length > 0; }

export function alignUp(x: number, a: number): number { return Math.ceil(x / a) * a; }

/** Where one parameter or result travels. */
export type Slot = { readonly kind: 'js'; readonly type: Type } | { readonly kind: 'mem'; readonly off: number; readonly type: Type };

export interface AbiLayout {
  params: Slot[];
  results: Slot[];
  /** Single scalar result returned as the JS return value. */
  retJS: boolean;
  /** Bytes of params + results in the caller's outgoing area. */
  argsSize: number;
  /** Offsets (from csp+8) of words holding pointers. */
  argPtrs: number[];
}

/** The JS ABI layout of a call with the given param and result types (receiver first). */
export function abiLayout(params: Type[], results: Type[]): AbiLayout {
  let off = 0;
  const argPtrs: number[] = [];
  const ps: Slot[] = params.map((t) => {
    if (isScalar(t)) return { kind: 'js', type: t } as const;
    off = alignUp(off, alignof(t));
    const s = { kind: 'mem', off, type: t } as const;
    for (const p of ptrOffsets(t)) argPtrs.push(off + p);
    off += sizeof(t);
    return s;
  });
  const retJS = results.length === 1 && isScalar(results[0]);
  let rs: Slot[];
  if (retJS) rs = [{ kind: 'js', type: results[0] }];
  else {
    off = alignUp(off, 8);
    rs = results.map((t) => {
      off = alignUp(off, alignof(t));
      const s = { kind: 'mem', off, type: t } as const;
      for (const p of ptrOffsets(t)) argPtrs.push(off + p);
      off += sizeof(t);
      return s;
    });
  }
  return { params: ps, results: rs, retJS, argsSize: alignUp(off, 8), argPtrs };
}

/** Layout of a signature; withRecv puts the receiver first. */
export function sigLayout(sig: Signature, withRecv: boolean): AbiLayout {
  const ps: Type[] = [];
  if (withRecv && sig.recv) ps.push(sig.recv.type!);
  for (const v of sig.params.vars) ps.push(v.type!);
  return abiLayout(ps, sig.results.vars.map((v) => v.type!));
}

/** Stored directly in an interface's data word (runtime alg.ts isDirectIface; Go's isdirectiface). */
export function isDirectIface(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'Pointer': case 'Map': case 'Chan': case 'Signature': return true;
    case 'Basic': return u.basicKind === BasicKind.UnsafePointer;
    case 'Struct': return u.fields.length === 1 && sizeof(u) === 8 && isDirectIface(u.fields[0].type!);
    case 'Array': return u.len === 1 && isDirectIface(u.elem);
    default: return false;
  }
}
