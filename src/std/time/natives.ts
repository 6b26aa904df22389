// Natives of package time (src/std/time/time.go): the virtual clock. The runtime may own it
// (rt.nanotime(), rt.walltime(), rt.sleep(ns)); otherwise a per-runtime clock is kept here: wall time
// starts at the real time when first read, monotonic time starts at 0, and Sleep advances both
// without blocking.
import { canon, stWord, type NativeFn, type NativeRuntime } from '../abi.js';

/** The natives of this package that may park the calling goroutine (generator functions). */
export const blockingNatives: Set<string> = new Set(['Sleep']);

const unixToInternal = 62135596800n;

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

/** Runtime timers by the handle stored in time.Timer/Ticker (ids start at 1). */
function timers(rt: NativeRuntime): Map<number, unknown> {
  let m = rt.__stdTimers as Map<number, unknown> | undefined;
  if (!m) { m = new Map(); rt.__stdTimers = m; }
  return m;
}

function addTimer(rt: NativeRuntime, t: unknown): number {
  const m = timers(rt);
  const id = m.size + 1;
  m.set(id, t);
  return id;
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  return {
    // func Sleep(d Duration): blocking (a generator; see blockingNatives)
    *Sleep(_csp: number, _ctx: number, d: number | bigint): Generator<number, void, unknown> {
      if (BigInt(d) <= 0n) return;
      if (typeof rt.sleep === 'function') { yield* rt.sleep(d); return; }
      clock(rt).mono += BigInt(d);
    },
    // func newTimerChan(c chan Time, loc *Location, when int64, period int64) int
    newTimerChan(csp: number, _ctx: number, when: number | bigint, period: number | bigint): number {
      const a = csp + 8;
      const c = rt.m.u32[a >>> 2], loc = rt.m.u32[(a + 8) >>> 2];
      // sendTime: the element is a Time {sec, nsec, mono, hasMono, loc} for the firing instant
      const write = (dst: number, now: number) => {
        const wall = BigInt(typeof rt.walltime === 'function' ? rt.walltime() : Date.now() * 1e6);
        const sec = wall / 1000000000n - (wall % 1000000000n < 0n ? 1n : 0n);
        const nsec = wall - sec * 1000000000n;
        const m = rt.m;
        stWord(m, dst, canon(sec + unixToInternal)); stWord(m, dst + 8, canon(nsec));
        stWord(m, dst + 16, now); m.u8[dst + 24] = 1;
        for (let i = 25; i < 32; i++) m.u8[dst + i] = 0;
        m.u32[(dst + 32) >>> 2] = loc; m.u32[(dst + 36) >>> 2] = 0;
      };
      const t = rt.newTimer(Number(when), Number(period), { kind: 'chan', c, write });
      return addTimer(rt, t);
    },
    // func newTimerFunc(f func(), when int64) int
    newTimerFunc(csp: number, _ctx: number, when: number | bigint): number {
      const fv = rt.m.u32[(csp + 8) >>> 2];
      const t = rt.newTimer(Number(when), 0, rt.goFuncAction(fv));
      return addTimer(rt, t);
    },
    // func stopTimer(id int) bool
    stopTimer(_csp: number, _ctx: number, id: number): boolean {
      const t = timers(rt).get(Number(id));
      return t ? !!rt.stopTimer(t) : false;
    },
    // func resetTimer(id int, when int64, period int64) bool
    resetTimer(_csp: number, _ctx: number, id: number, when: number | bigint, period: number | bigint): boolean {
      const t = timers(rt).get(Number(id));
      return t ? !!rt.resetTimer(t, Number(when), Number(period)) : false;
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
