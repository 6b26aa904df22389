// Natives of package reflect (src/std/reflect/reflect.go): type descriptor queries by type id and
// DeepEqual over values in memory (mirrors the rules of $GOROOT/src/reflect/deepequal.go, with a
// visited set for cyclic pointers, maps compared by looking up each key by deep equality).
import { Kind, type TypeDesc } from '../../runtime/type.js';
import { ldWord, newStringJS, stWord, stringBytes, type NativeFn, type NativeRuntime } from '../abi.js';
import { ifaceElem, isDirectIface, mapEntries, typeOf } from '../lib/values.js';
import { valueNatives } from './value_natives.js';
import { typeOfNatives } from './typeof_natives.js';
import { comparableType } from '../errors/natives.js';

/** The exported methods of t (interface methods for interfaces), sorted by name. */
export function exportedMethods(t: TypeDesc): { name: string; type: TypeDesc }[] {
  const ms: { name: string; type: TypeDesc }[] = t.kind === Kind.Interface ? (t.imethods ?? []) : (t.methods ?? []);
  return ms.filter(x => /^[A-Z]/.test(x.name));
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const td = (id: number | bigint): TypeDesc => {
    const t = rt.types[Number(id)];
    if (!t) throw new Error('reflect: bad type id ' + id);
    return t;
  };
  const m = () => rt.m;

  function deepEqual(t: TypeDesc, a: number, b: number, visited: Set<string>): boolean {
    const mm = m();
    switch (t.kind) {
      case Kind.Bool: case Kind.Int8: case Kind.Uint8: return mm.u8[a] === mm.u8[b];
      case Kind.Int16: case Kind.Uint16: return mm.u16[a >>> 1] === mm.u16[b >>> 1];
      case Kind.Int32: case Kind.Uint32: return mm.u32[a >>> 2] === mm.u32[b >>> 2];
      case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: case Kind.UnsafePointer: case Kind.Chan:
        return mm.u32[a >>> 2] === mm.u32[b >>> 2] && mm.u32[(a + 4) >>> 2] === mm.u32[(b + 4) >>> 2];
      case Kind.Float32: return mm.f32[a >>> 2] === mm.f32[b >>> 2];
      case Kind.Float64: return mm.f64[a >>> 3] === mm.f64[b >>> 3];
      case Kind.Complex64: return mm.f32[a >>> 2] === mm.f32[b >>> 2] && mm.f32[(a + 4) >>> 2] === mm.f32[(b + 4) >>> 2];
      case Kind.Complex128: return mm.f64[a >>> 3] === mm.f64[b >>> 3] && mm.f64[(a + 8) >>> 3] === mm.f64[(b + 8) >>> 3];
      case Kind.String: {
        const x = stringBytes(mm, a), y = stringBytes(mm, b);
        if (x.length !== y.length) return false;
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
        return true;
      }
      case Kind.Func: return mm.u32[a >>> 2] === 0 && mm.u32[b >>> 2] === 0;
      case Kind.Array: {
        const e = t.elem!;
        for (let i = 0; i < (t.len ?? 0); i++) if (!deepEqual(e, a + i * e.size, b + i * e.size, visited)) return false;
        return true;
      }
      case Kind.Struct:
        for (const f of t.fields ?? []) if (!deepEqual(f.type, a + f.offset, b + f.offset, visited)) return false;
        return true;
      case Kind.Slice: {
        const pa = mm.u32[a >>> 2], pb = mm.u32[b >>> 2];
        const na = ldWord(mm, a + 8), nb = ldWord(mm, b + 8);
        if ((pa === 0) !== (pb === 0)) return false;
        if (na !== nb) return false;
        if (pa === pb) return true;
        const e = t.elem!;
        for (let i = 0; i < na; i++) if (!deepEqual(e, pa + i * e.size, pb + i * e.size, visited)) return false;
        return true;
      }
      case Kind.Pointer: {
        const pa = mm.u32[a >>> 2], pb = mm.u32[b >>> 2];
        if (pa === pb) return true;
        if (pa === 0 || pb === 0) return false;
        const key = t.id + ':' + pa + ':' + pb;
        if (visited.has(key)) return true;
        visited.add(key);
        return deepEqual(t.elem!, pa, pb, visited);
      }
      case Kind.Interface: {
        const x = ifaceElem(rt, t, a), y = ifaceElem(rt, t, b);
        if (!x || !y) return !x && !y;
        if (x[0].id !== y[0].id) return false;
        return deepEqual(x[0], x[1], y[1], visited);
      }
      case Kind.Map: {
        const ha = mm.u32[a >>> 2], hb = mm.u32[b >>> 2];
        if ((ha === 0) !== (hb === 0)) return false;
        if (ha === hb) return true;
        const key = t.id + ':' + ha + ':' + hb;
        if (visited.has(key)) return true;
        visited.add(key);
        const ea = mapEntries(rt, t, ha), eb = mapEntries(rt, t, hb);
        if (ea.length !== eb.length) return false;
        const used = new Uint8Array(eb.length);
        for (const [ka, va] of ea) {
          let found = false;
          for (let j = 0; j < eb.length; j++) {
            if (used[j] || !deepEqual(t.key!, ka, eb[j][0], visited)) continue;
            if (!deepEqual(t.elem!, va, eb[j][1], visited)) return false;
            used[j] = 1; found = true; break;
          }
          if (!found) return false;
        }
        return true;
      }
    }
    return false;
  }

  return {
    ...valueNatives(rt),
    ...typeOfNatives(rt, td),
    typeString(csp: number, _c: number, id: number): void { newStringJS(rt, csp + 8, td(id).str); },
    typeName(csp: number, _c: number, id: number): void {
      const t = td(id);
      newStringJS(rt, csp + 8, t.kind === Kind.UnsafePointer ? 'Pointer' : t.named ? t.name : '');
    },
    typePkgPath(csp: number, _c: number, id: number): void {
      const t = td(id);
      newStringJS(rt, csp + 8, t.kind === Kind.UnsafePointer ? 'unsafe' : t.named ? (t.pkgPath ?? '') : '');
    },
    typeKind(_csp: number, _c: number, id: number): number { return td(id).kind; },
    typeSize(_csp: number, _c: number, id: number): number { return td(id).size; },
    typeAlign(_csp: number, _c: number, id: number): number { return td(id).align; },
    typeElem(_csp: number, _c: number, id: number): number { return td(id).elem?.id ?? 0; },
    typeKey(_csp: number, _c: number, id: number): number { return td(id).key?.id ?? 0; },
    typeLen(_csp: number, _c: number, id: number): number { return td(id).len ?? 0; },
    typeNumField(_csp: number, _c: number, id: number): number { return td(id).fields?.length ?? 0; },
    // func typeField(id int, i int) (name string, pkgPath string, typ int, tag string, offset int, embedded bool)
    typeField(csp: number, _c: number, id: number, i: number): void {
      const t = td(id), f = t.fields![Number(i)];
      const a = csp + 8;
      const exported = /^\p{Lu}/u.test(f.name);
      stWord(m(), a + 32, f.type.id);
      stWord(m(), a + 56, f.offset);
      m().u8[a + 64] = f.embedded ? 1 : 0;
      newStringJS(rt, a, f.name);
      newStringJS(rt, a + 16, exported ? '' : ((f as { pkgPath?: string }).pkgPath || t.pkgPath || 'main'));
      newStringJS(rt, a + 40, f.tag ?? '');
    },
    typeNumMethod(_csp: number, _c: number, id: number): number { return exportedMethods(td(id)).length; },
    typeComparable(_csp: number, _c: number, id: number): boolean { return comparableType(td(id)); },
    // func typeIDOf(i any) int
    typeIDOf(csp: number): number { return m().u32[(csp + 8) >>> 2]; },
    // func DeepEqual(x, y any) bool
    DeepEqual(csp: number): boolean {
      const mm = m();
      const tx = typeOf(rt, mm.u32[(csp + 8) >>> 2]), ty = typeOf(rt, mm.u32[(csp + 24) >>> 2]);
      if (!tx || !ty) return !tx && !ty;
      if (tx.id !== ty.id) return false;
      const ax = isDirectIface(tx) ? csp + 16 : mm.u32[(csp + 16) >>> 2];
      const ay = isDirectIface(ty) ? csp + 32 : mm.u32[(csp + 32) >>> 2];
      return deepEqual(tx, ax, ay, new Set());
    },
  };
}
