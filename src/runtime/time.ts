// Time for the scheduler: the virtual clock (ns, starting at a fixed epoch; it jumps to the next
// timer when no goroutine can run) or, with --realtime, the wall clock; the timer heap; sleep; and
// the timers behind time.NewTimer/After/AfterFunc/NewTicker with Go 1.23's synchronous timer
// channels (len/cap 0, Stop/Reset drain a stale value).
//
// Mirrors src/runtime/time.go (timer, timers heap, addtimer/deltimer/modtimer, runtimer,
// sendTime/goFunc in src/time/sleep.go, timerchandrain) and timeSleep (time.go).

import type { Sched } from './proc.js';
import type { SchedG } from './runtime2.js';
import { waitReason } from './runtime2.js';

/** Virtual wall clock epoch: 2009-11-10 23:00:00 UTC (as the Go playground), in Unix seconds. */
export const virtualEpochSec = 1257894000;
/** Virtual monotonic clock at program start (ns); any fixed positive value. */
export const virtualMonoStart = 1_000_000_000;

/** What a timer does when it fires. */
export type TimerAction =
  /** Wake a sleeping goroutine (timeSleep). */
  | { readonly kind: 'ready'; readonly g: SchedG }
  /** Send on a timer channel without blocking (sendTime); write fills the element at dst. */
  | { readonly kind: 'chan'; readonly c: number; readonly write: (dst: number, now: number) => void }
  /** Run a JS callback (AfterFunc: starts a goroutine; context timers). */
  | { readonly kind: 'func'; readonly f: (now: number) => void; readonly root?: number };

/** runtime.timer: when (ns on the monotonic clock, 0 = stopped), period (tickers), action. */
export class Timer {
  when = 0;
  period = 0;
  /** Heap position (−1 = not in the heap). */
  index = -1;
  seq = 0;
  constructor(readonly action: TimerAction) {}
}

/** Virtual time a runtime.Gosched call stands for (ns). */
export const goschedNs = 1_000;
/** Virtual time of one preemption slice (preemptBudget loop back-edges, ns). */
export const preemptSliceNs = 10_000;

export class Timers {
  /** The virtual monotonic clock (ns). */
  now = virtualMonoStart;
  private heap: Timer[] = [];
  private seqgen = 0;
  private readonly real0: number;

  constructor(private readonly sched: Sched, readonly realtime: boolean) {
    this.real0 = realNow();
  }

  /** nanotime: the monotonic clock in ns. */
  nanotime(): number {
    if (this.realtime) return virtualMonoStart + Math.round((realNow() - this.real0) * 1e6);
    return this.now;
  }

  /**
   * Computation takes time: a goroutine that yields (runtime.Gosched) or is preempted at a loop
   * back-edge ends a stretch of CPU work, which moves the virtual clock by ns. Without it, a
   * goroutine spinning until a sleeping one wakes would spin forever (the clock only jumped when
   * nothing could run). Deterministic: the amounts are fixed (goschedNs, preemptSliceNs).
   */
  spend(ns: number): void {
    if (!this.realtime) this.now += ns;
  }

  /** walltime as Unix nanoseconds (canonical int64: a bigint beyond 2^53). */
  unixNano(): number | bigint {
    if (this.realtime) return BigInt(Date.now()) * 1000000n;
    return BigInt(virtualEpochSec) * 1000000000n + BigInt(this.now - virtualMonoStart);
  }

  get pending(): number { return this.heap.length; }

  // ---- heap (ordered by when, then creation order, for determinism) ----

  private less(a: Timer, b: Timer): boolean {
    return a.when < b.when || (a.when === b.when && a.seq < b.seq);
  }

  private up(i: number): void {
    const h = this.heap;
    const t = h[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(t, h[p])) break;
      h[i] = h[p]; h[i].index = i; i = p;
    }
    h[i] = t; t.index = i;
  }

  private down(i: number): void {
    const h = this.heap;
    const n = h.length;
    const t = h[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.less(h[c + 1], h[c])) c++;
      if (!this.less(h[c], t)) break;
      h[i] = h[c]; h[i].index = i; i = c;
    }
    h[i] = t; t.index = i;
  }

  private push(t: Timer): void {
    t.seq = this.seqgen++;
    t.index = this.heap.length;
    this.heap.push(t);
    this.up(t.index);
  }

  private remove(t: Timer): void {
    const i = t.index;
    if (i < 0) return;
    const last = this.heap.pop()!;
    t.index = -1;
    if (last !== t) {
      this.heap[i] = last;
      last.index = i;
      this.down(i);
      this.up(last.index);
    }
  }

  // ---- the timer API ----

  /** newTimer/addtimer: a timer firing at `when` (absolute ns; ≤ now fires at the next check). */
  add(when: number, period: number, action: TimerAction): Timer {
    const t = new Timer(action);
    t.when = Math.max(1, when);
    t.period = period;
    this.push(t);
    return t;
  }

  /** stop (Go 1.23): reports whether the timer was pending; a timer channel is drained (a value
   *  that was sent but not received makes it report true). */
  stop(t: Timer): boolean {
    let pending = t.index >= 0;
    this.remove(t);
    t.when = 0;
    if (t.action.kind === 'chan' && this.drain(t.action.c)) pending = true;
    return pending;
  }

  /** reset/modtimer (Go 1.23): re-arms at `when` with `period`; returns whether it was pending. */
  reset(t: Timer, when: number, period: number): boolean {
    let pending = t.index >= 0;
    this.remove(t);
    if (t.action.kind === 'chan' && this.drain(t.action.c)) pending = true;
    t.when = Math.max(1, when);
    t.period = period;
    this.push(t);
    return pending;
  }

  private drain(c: number): boolean {
    const rt = this.sched.rt as any;
    return typeof rt.timerchandrain === 'function' ? rt.timerchandrain(c) as boolean : false;
  }

  /** Runs every timer due at the current time (in order). */
  runDue(): void {
    if (this.heap.length === 0) return;
    const now = this.nanotime();
    while (this.heap.length > 0 && this.heap[0].when <= now) {
      const t = this.heap[0];
      this.remove(t);
      const at = t.when;
      if (t.period > 0) {
        // Tickers: next fire after now, skipping missed ticks (runtimer).
        t.when = at + t.period * (1 + Math.floor((now - at) / t.period));
        this.push(t);
      } else t.when = 0;
      this.fire(t, now);
    }
  }

  private fire(t: Timer, now: number): void {
    const a = t.action;
    switch (a.kind) {
      case 'ready':
        if (a.g.status === 4 /* Waiting */) this.sched.goready(a.g);
        return;
      case 'chan': {
        const rt = this.sched.rt as any;
        rt.chansendFromRuntime(a.c, (dst: number) => a.write(dst, now));
        return;
      }
      case 'func':
        a.f(now);
        return;
      default: {
        const never: never = a;
        throw new Error(`gomemlab: timer action ${String(never)}`);
      }
    }
  }

  /**
   * Nothing can run: move time to the next timer (virtual clock), or wait for it (real time).
   * Returns false when no timer is pending.
   */
  advance(): boolean {
    if (this.heap.length === 0) return false;
    const when = this.heap[0].when;
    if (this.realtime) {
      const ms = (when - this.nanotime()) / 1e6;
      if (ms > 0) sleepRealMs(ms);
    } else if (when > this.now) {
      this.now = when;
    }
    return true;
  }

  /** Root scanner: channels and funcvals held only by timers. */
  scanRoots(mark: (p: number) => void): void {
    for (const t of this.heap) {
      const a = t.action;
      if (a.kind === 'chan') mark(a.c);
      else if (a.kind === 'func' && a.root) mark(a.root);
    }
  }

  /** Timers in the heap (for the leak report). */
  all(): readonly Timer[] { return this.heap; }
}

/** timeSleep: parks the running goroutine until ns nanoseconds of (virtual) time pass. */
export function* sleep(sched: Sched, ns: number | bigint): Generator<number, void, unknown> {
  const d = typeof ns === 'bigint' ? Number(ns) : ns;
  if (!(d > 0)) return;
  const g = sched.curg;
  sched.timers.add(sched.timers.nanotime() + d, 0, { kind: 'ready', g });
  yield* sched.gopark(waitReason.sleep, { kind: 'timer' });
}

function realNow(): number {
  const perf = (globalThis as any).performance;
  return perf && typeof perf.now === 'function' ? perf.now() : Date.now();
}

let sleepCell: Int32Array | null = null;

/** Blocks the JS thread for ms milliseconds (Atomics.wait; workers and Node's main thread). */
function sleepRealMs(ms: number): void {
  if (sleepCell === null) sleepCell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}
