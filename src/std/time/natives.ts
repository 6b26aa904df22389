// Natives of package time (src/std/time/time.go): the virtual clock. The runtime may own it
// (rt.nanotime(), rt.walltime(), rt.sleep(ns)); otherwise a per-runtime clock is kept here: wall time
// starts at the real time when first read, monotonic time starts at 0, and Sleep advances both
// without blocking.
import { canon, type NativeFn, type NativeRuntime } from '../abi.js';

interface Clock { wall0: bigint; mono: bigint; real0: bigint }

function clock(rt: NativeRuntime): Clock {
  let c = rt.__stdClock as Clock | undefined;
  if (!c) {
    c = { wall0: BigInt(Date.now()) * 1000000n, mono: 0n, real0: process.hrtime.bigint() };
    rt.__stdClock = c;
  }
  return c;
}

function mono(rt: NativeRuntime): bigint {
  if (typeof rt.nanotime === 'function') return BigInt(rt.nanotime());
  const c = clock(rt);
  return c.mono + (process.hrtime.bigint() - c.real0);
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  return {
    // func Sleep(d Duration)
    Sleep(_csp: number, _ctx: number, d: number | bigint): void {
      const ns = BigInt(d);
      if (ns <= 0n) return;
      if (typeof rt.sleep === 'function') { rt.sleep(d); return; }
      clock(rt).mono += ns;
    },
    // func unixNano() int64
    unixNano(): number | bigint {
      if (typeof rt.walltime === 'function') return rt.walltime();
      return canon(clock(rt).wall0 + mono(rt));
    },
    // func nanotime() int64
    nanotime(): number | bigint {
      return canon(mono(rt));
    },
  };
}
