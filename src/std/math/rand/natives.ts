// Natives of package math/rand (src/std/math/rand/rand.go): the random seed of the global source
// (from the runtime's per-run seed when it has one, so GOMEMLAB seeds reproduce runs).
import { canon, type NativeFn, type NativeRuntime } from '../../abi.js';

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  return {
    runtimeSeed(): number | bigint {
      const s = typeof rt.seed === 'number' ? BigInt(rt.seed >>> 0) * 0x9e3779b97f4a7c15n : BigInt(Math.floor(Math.random() * 2 ** 53));
      return canon(BigInt.asIntN(64, s));
    },
  };
}
