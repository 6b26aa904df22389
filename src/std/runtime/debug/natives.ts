// Natives of package runtime/debug (src/std/runtime/debug/debug.go): GC percent, memory limit, max
// stack, FreeOSMemory, delegated to the simulated runtime's pacer and stack code.
import { canon, stSlice, utf8Encode, type NativeFn, type NativeRuntime } from '../../abi.js';
import { debugStackFrame, stackText } from '../traceback.js';

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
    SetGCPercent(_csp: number, _ctx: number, p: number | bigint): number | bigint {
      if (typeof rt.setGCPercent === 'function') return rt.setGCPercent(p);
      const prev = typeof rt.gcpercent === 'number' ? rt.gcpercent : 100;
      rt.gcpercent = Number(p) < 0 ? -1 : Number(p);
      return prev;
    },
    FreeOSMemory(): void {
      if (typeof rt.freeOSMemory === 'function') rt.freeOSMemory();
      else rt.GC();
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
