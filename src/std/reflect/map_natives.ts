// Natives of reflect's MapIter and Value.Clear (mirrors $GOROOT/src/reflect/map_swiss.go's hiter
// use: mapiterinit/mapiternext/mapclear linked from the runtime). The iterator struct lives in the
// MapIter (reflect.hiter, the layout of src/runtime/map.ts HITER_SIZE), so iteration sees the map
// as it changes, like a range loop.
import type { TypeDesc } from '../../runtime/type.js';
import type { NativeFn, NativeRuntime } from '../abi.js';

export function mapIterNatives(rt: NativeRuntime, td: (id: number | bigint) => TypeDesc): Record<string, NativeFn> {
  const u32 = (a: number) => rt.m.u32[a >>> 2];
  return {
    // func mapiterinit(typ int, m unsafe.Pointer, it unsafe.Pointer)
    mapiterinit(csp: number, _c: number, typ: number): void {
      rt.mapiterinit(td(typ), u32(csp + 8), u32(csp + 16));
    },
    // func mapiternext(it unsafe.Pointer)
    mapiternext(csp: number): void { rt.mapiternext(u32(csp + 8)); },
    // func mapclear(typ int, m unsafe.Pointer)
    mapclear(csp: number, _c: number, typ: number): void {
      const h = u32(csp + 8);
      if (h !== 0) rt.mapclear(td(typ), h);
    },
  };
}
