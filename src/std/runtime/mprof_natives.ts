// Natives of the heap profile (src/std/runtime/mprof.go) over the allocator's sampler
// (src/runtime/mprof.ts): buckets become MemProfileRecords, their JS stacks Go pcs (the encoding of
// ./traceback.ts, so CallersFrames and FuncForPC decode them).
import type { MemBucket, MemProf } from '../../runtime/mprof.js';
import { ldWord, stWord, type NativeFn, type NativeRuntime } from '../abi.js';
import { pcBase, pcStride, pseudoPC } from './traceback.js';

/** MemProfileRecord: 4 int64 counts then Stack0 [32]uintptr. */
const recordSize = 4 * 8 + 32 * 8;

function bucketPCs(b: MemBucket): number[] {
  const pcs: number[] = [];
  for (let i = 0; i < b.frames.length; i += 2) pcs.push(pcBase + b.frames[i] * pcStride + Math.min(b.frames[i + 1], pcStride - 1));
  if (b.main) pcs.push(pseudoPC('runtime.main'));
  pcs.push(pseudoPC('runtime.goexit'));
  return pcs.slice(0, 32);
}

export function mprofNatives(rt: NativeRuntime): Record<string, NativeFn> {
  const mp = (): MemProf => rt.memprof as MemProf;
  return {
    // func memProfileRateAddr(p unsafe.Pointer)
    memProfileRateAddr(csp: number): void {
      const m = mp();
      if (!m) return;
      m.rateAddr = rt.m.u32[(csp + 8) >>> 2];
      m.pickNext(rt as any, m.rate(rt as any));
    },
    // func memProfile(p []MemProfileRecord, inuseZero bool) int
    memProfile(csp: number, _c: number, inuseZero: boolean): number {
      const m = mp();
      if (!m) return 0;
      const recs = m.records(rt as any, !!inuseZero);
      const a = csp + 8;
      const p = rt.m.u32[a >>> 2], len = ldWord(rt.m, a + 8);
      if (recs.length <= len) {
        recs.forEach((b, i) => {
          const r = p + i * recordSize;
          stWord(rt.m, r, b.active.allocBytes); stWord(rt.m, r + 8, b.active.freeBytes);
          stWord(rt.m, r + 16, b.active.allocs); stWord(rt.m, r + 24, b.active.frees);
          const pcs = bucketPCs(b);
          for (let k = 0; k < 32; k++) stWord(rt.m, r + 32 + 8 * k, k < pcs.length ? pcs[k] : 0);
        });
      }
      return recs.length;
    },
  };
}
