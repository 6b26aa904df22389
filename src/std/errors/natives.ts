// Natives of package errors (src/std/errors/errors.go): the reflective parts of Is and As —
// comparability of a dynamic type, As's target checks and the typed assignment through *target.
import { Kind, type TypeDesc } from '../../runtime/type.js';
import { stWord, type NativeFn, type NativeRuntime } from '../abi.js';
import { ifaceElem, isDirectIface, typeOf } from '../lib/values.js';

/** reflect's Type.Comparable. */
export function comparableType(t: TypeDesc): boolean {
  switch (t.kind) {
    case Kind.Slice: case Kind.Map: case Kind.Func: return false;
    case Kind.Array: return comparableType(t.elem!);
    case Kind.Struct: return (t.fields ?? []).every(f => comparableType(f.type));
  }
  return true;
}

function hasErrorMethod(t: TypeDesc): boolean {
  return !!t.methods?.some(m => m.name === 'Error' && (m.type?.params?.length ?? 0) === 0 &&
    (m.type?.results?.length ?? 0) === 1 && m.type!.results![0].kind === Kind.String);
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  return {
    // func comparable(v any) bool
    comparable(csp: number): boolean {
      const t = typeOf(rt, rt.m.u32[(csp + 8) >>> 2]);
      return !t || comparableType(t);
    },
    // func targetKind(target any) int: 0 ok, 1 not a non-nil pointer, 2 bad element type
    targetKind(csp: number): number {
      const m = rt.m;
      const t = typeOf(rt, m.u32[(csp + 8) >>> 2]);
      if (!t || t.kind !== Kind.Pointer || m.u32[(csp + 16) >>> 2] === 0) return 1;
      const e = t.elem!;
      if (e.kind !== Kind.Interface && !hasErrorMethod(e)) return 2;
      return 0;
    },
    // func asAssign(err error, target any) bool
    asAssign(csp: number): boolean {
      const m = rt.m;
      const dyn = ifaceElem(rt, { imethods: [{}] } as unknown as TypeDesc, csp + 8);
      if (!dyn) return false;
      const [et, , data] = dyn;
      const tt = typeOf(rt, m.u32[(csp + 24) >>> 2]);
      const p = m.u32[(csp + 32) >>> 2];
      if (!tt || tt.kind !== Kind.Pointer || p === 0) return false;
      const elem = tt.elem!;
      if (elem.kind === Kind.Interface) {
        if (rt.writeBarrier) rt.gcWriteBarrier(p + 8, data); // *target may be in the heap
        if (!elem.imethods || elem.imethods.length === 0) {
          stWord(rt.m, p, et.id); stWord(rt.m, p + 8, data);
          return true;
        }
        const itab = rt.getitab(elem, et, true) as number;
        if (!itab) return false;
        stWord(rt.m, p, itab); stWord(rt.m, p + 8, data);
        return true;
      }
      if (elem.id !== et.id && elem.str !== et.str) return false;
      if (isDirectIface(et)) { if (rt.writeBarrier) rt.gcWriteBarrier(p, data); stWord(rt.m, p, data); }
      else rt.typedmemmove(et, p, data);
      return true;
    },
  };
}
