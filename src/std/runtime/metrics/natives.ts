// Natives of package runtime/metrics (src/std/runtime/metrics/sample.go): metric values from the
// simulated runtime (src/runtime/metrics.ts readMetric), histogram buckets shared per bucket set.
import { readString, sliceHeader, stWord, type NativeFn, type NativeRuntime } from '../../abi.js';
import { timeHistBuckets, sizeClassBuckets, type MetricValue } from '../../../runtime/metrics.js';

/** ValueKind numbering of metrics/value.go. */
const kindNum = { bad: 0, uint64: 1, float64: 2, float64histogram: 3 } as const;

function bucketsOf(set: number): readonly number[] {
  return set === 2 ? sizeClassBuckets : timeHistBuckets;
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const read = (name: string): MetricValue => rt.readMetric(name) as MetricValue;
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  return {
    // func readMetric(name string) (kind ValueKind, scalar uint64, bucketSet int, n int)
    readMetric(csp: number): void {
      const a = csp + 8;
      const v = read(readString(rt.m, a));
      const m = rt.m;
      stWord(m, a + 16, kindNum[v.kind]);
      stWord(m, a + 24, 0);
      stWord(m, a + 32, 0);
      stWord(m, a + 40, 0);
      if (v.kind === 'uint64') stWord(m, a + 24, v.value);
      else if (v.kind === 'float64') {
        f64[0] = v.value;
        m.u32[(a + 24) >>> 2] = u32[0];
        m.u32[(a + 28) >>> 2] = u32[1];
      } else if (v.kind === 'float64histogram') {
        stWord(m, a + 32, v.value.buckets === sizeClassBuckets ? 2 : 1);
        stWord(m, a + 40, v.value.counts.length);
      }
    },
    // func readHistogram(name string, counts []uint64)
    readHistogram(csp: number): void {
      const a = csp + 8;
      const v = read(readString(rt.m, a));
      if (v.kind !== 'float64histogram') return;
      const [p, len] = sliceHeader(rt.m, a + 16);
      const c = v.value.counts;
      for (let i = 0; i < len && i < c.length; i++) stWord(rt.m, p + 8 * i, Math.floor(c[i]));
    },
    // func bucketCount(set int) int
    bucketCount(_csp: number, _ctx: number, set: number): number { return bucketsOf(Number(set)).length; },
    // func fillBuckets(set int, b []float64)
    fillBuckets(csp: number, _ctx: number, set: number): void {
      const [p, len] = sliceHeader(rt.m, csp + 8);
      const b = bucketsOf(Number(set));
      for (let i = 0; i < len && i < b.length; i++) rt.m.f64[(p >>> 3) + i] = b[i];
    },
  };
}
