// Natives of package weak (src/std/weak/pointer.go): the runtime's weak handles
// (src/runtime/weak.ts), as Go's runtime_registerWeakPointer / runtime_makeStrongFromWeak.
import type { NativeFn, NativeRuntime } from '../abi.js';

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  return {
    // func runtime_registerWeakPointer(p unsafe.Pointer) unsafe.Pointer
    runtime_registerWeakPointer(csp: number): void {
      const p = rt.m.u32[(csp + 8) >>> 2];
      // weakMake may allocate (the handle): the argument stays alive in the caller's frame.
      const h = rt.weakMake(p) as number;
      rt.m.u32[(csp + 16) >>> 2] = h;
      rt.m.u32[(csp + 20) >>> 2] = 0;
    },
    // func runtime_makeStrongFromWeak(u unsafe.Pointer) unsafe.Pointer
    runtime_makeStrongFromWeak(csp: number): void {
      const h = rt.m.u32[(csp + 8) >>> 2];
      rt.m.u32[(csp + 16) >>> 2] = rt.weakValue(h) as number;
      rt.m.u32[(csp + 20) >>> 2] = 0;
    },
  };
}
