// Natives of package math/rand/v2 (src/std/math/rand/v2/rand.go): the random seed of the global
// generator (from the runtime's per-run seed when it has one, so seeded runs reproduce).
import { canon, type NativeFn, type NativeRuntime } from '../../../abi.js';

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  let k = 0n;
  return {
    runtimeSeed(): number | bigint {
      k++;
      const s = typeof rt.seed === 'number' ? BigInt(rt.seed >>> 0) * 0x9e3779b97f4a7c15n + k * 0xbf58476d1ce4e5b9n
        : BigInt(Math.floor(Math.random() * 2 ** 53)) * 2048n + BigInt(Math.floor(Math.random() * 2048));
      return canon(BigInt.asUintN(64, s));
    },
  };
}
