// Natives of package sort (src/std/sort/slice.go): reflectlite's Swapper and Len for sort.Slice —
// swap two elements of any slice held in an interface.
import { ldWord, type NativeFn, type NativeRuntime } from '../abi.js';
import { typeOf } from '../lib/values.js';
import type { TypeDesc } from '../../runtime/type.js';

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const hdr = (csp: number): [number, number, number, TypeDesc] => {
    const m = rt.m;
    const t = typeOf(rt, m.u32[(csp + 8) >>> 2]);
    if (!t || t.kind !== 23 /* Slice */) throw new Error('sort: argument is not a slice: ' + (t?.str ?? 'nil'));
    const h = m.u32[(csp + 16) >>> 2];
    return [m.u32[h >>> 2], ldWord(m, h + 8), t.elem!.size, t.elem!];
  };
  return {
    // func lenOf(x any) int
    lenOf(csp: number): number { return hdr(csp)[1]; },
    // func swapAny(x any, i, j int)
    swapAny(csp: number, _ctx: number, i: number, j: number): void {
      const [p, n, size, et] = hdr(csp);
      i = Number(i); j = Number(j);
      if (i < 0 || j < 0 || i >= n || j >= n) throw new Error('sort: swap index out of range');
      if (i === j || size === 0) return;
      const u8 = rt.m.u8;
      const a = p + i * size, b = p + j * size;
      // Both elements are overwritten: the write barrier for their pointers while marking.
      if (et.ptrdata !== 0 && rt.writeBarrier) { rt.gcBulkBarrier(a, b, size, et); rt.gcBulkBarrier(b, a, size, et); }
      const tmp = u8.slice(a, a + size);
      u8.copyWithin(a, b, b + size);
      u8.set(tmp, b);
    },
  };
}
