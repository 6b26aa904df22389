// Natives of package runtime/debug (src/std/runtime/debug/debug.go): GC percent, memory limit, max
// stack, FreeOSMemory, delegated to the simulated runtime's pacer and stack code.
import { canon, sliceHeader, stSlice, stWord, utf8Encode, type NativeFn, type NativeRuntime } from '../../abi.js';
import { debugStackFrame, stackText } from '../traceback.js';
import { afterGC } from '../natives.js';

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  return {
    // func Stack() []byte
    Stack(csp: number): void {
      const b = utf8Encode(stackText(rt, false, [debugStackFrame(rt)]));
      const p = rt.mallocgc(b.length, null, false);
      rt.m.u8.set(b, p);
      stSlice(rt.m, csp + 8, p, b.length, b.length);
    },
    // func PrintStack()
    PrintStack(): void {
      rt.write(2, utf8Encode(stackText(rt, false, [debugStackFrame(rt)])));
    },
    // func readGCStats(pauses *[]time.Duration): readGCStats_m (mstats.go).
    readGCStats(csp: number): void {
      const sp = rt.m.u32[(csp + 8) >>> 2];
      const [p, , cap] = sliceHeader(rt.m, sp);
      const st = rt.readGCStats() as { lastGC: bigint; numGC: number; pauseTotalNs: number; pauses: number[]; pauseEnds: bigint[] };
      if (cap < 256 + 3) {
        if (typeof rt.throw === 'function') rt.throw('short slice passed to readGCStats');
        throw new Error('fatal error: short slice passed to readGCStats');
      }
      const n = st.pauses.length;
      for (let i = 0; i < n; i++) {
        stWord(rt.m, p + 8 * i, Math.floor(st.pauses[i]));
        stWord(rt.m, p + 8 * (n + i), st.pauseEnds[i]);
      }
      stWord(rt.m, p + 8 * (2 * n), st.lastGC);
      stWord(rt.m, p + 8 * (2 * n + 1), st.numGC);
      stWord(rt.m, p + 8 * (2 * n + 2), Math.floor(st.pauseTotalNs));
      stWord(rt.m, sp + 8, 2 * n + 3);
    },
    SetGCPercent(_csp: number, _ctx: number, p: number | bigint): number | bigint {
      if (typeof rt.setGCPercent === 'function') return rt.setGCPercent(p);
      const prev = typeof rt.gcpercent === 'number' ? rt.gcpercent : 100;
      rt.gcpercent = Number(p) < 0 ? -1 : Number(p);
      return prev;
    },
    FreeOSMemory(): unknown {
      if (typeof rt.freeOSMemory === 'function') rt.freeOSMemory();
      else rt.GC();
      return afterGC(rt);
    },
    SetMaxStack(_csp: number, _ctx: number, n: number | bigint): number | bigint {
      if (typeof rt.setMaxStack === 'function') return rt.setMaxStack(n);
      const prev = typeof rt.maxstacksize === 'number' ? rt.maxstacksize : 1000000000;
      rt.maxstacksize = Number(n);
      return prev;
    },
    SetMemoryLimit(_csp: number, _ctx: number, n: number | bigint): number | bigint {
      if (typeof rt.setMemoryLimit === 'function') return rt.setMemoryLimit(n);
      const prev = rt.memlimit ?? 0x7fffffffffffffffn;
      if (BigInt(n) >= 0n) rt.memlimit = n;
      return typeof prev === 'bigint' ? canon(prev) : prev;
    },
  };
}
