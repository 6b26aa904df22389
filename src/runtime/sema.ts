// Semaphores keyed by address for the sync package's natives (Mutex, RWMutex, WaitGroup) and the
// ticket-based notify lists behind sync.Cond. The count is the uint32 at the address; waiters are
// queued JS-side per address in FIFO order and a release hands its unit straight to the first
// waiter (Go's handoff mode), so a wake-up is never lost.
//
// Mirrors src/runtime/sema.go (semacquire1, semrelease1, cansemacquire, notifyListAdd,
// notifyListWait, notifyListNotifyAll, notifyListNotifyOne).

import type { Sched } from './proc.js';
import { waitReason, type SchedG } from './runtime2.js';

interface SemaWaiter { g: SchedG; ticket: number; granted: boolean }

export class Semas {
  /** Waiters per semaphore address. */
  private readonly sema = new Map<number, SemaWaiter[]>();
  /** Waiters per notify list address. */
  private readonly notify = new Map<number, SemaWaiter[]>();

  constructor(readonly s: Sched) {}

  /** cansemacquire: decrements *addr if positive. */
  private cansemacquire(addr: number): boolean {
    const u32 = this.s.rt.m.u32;
    const v = u32[addr >>> 2];
    if (v === 0) return false;
    u32[addr >>> 2] = v - 1;
    return true;
  }

  /** semacquire: waits until *addr > 0, then decrements it. reason: "semacquire",
   *  "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock", … */
  *semacquire(addr: number, reason: string = waitReason.semacquire, lifo = false): Generator<number, void, unknown> {
    if (this.cansemacquire(addr)) return;
    const w: SemaWaiter = { g: this.s.curg, ticket: 0, granted: false };
    let q = this.sema.get(addr);
    if (q === undefined) { q = []; this.sema.set(addr, q); }
    if (lifo) q.unshift(w); else q.push(w);
    while (!w.granted) yield* this.s.gopark(reason, { kind: 'sema', addr });
  }

  /** semrelease: increments *addr, or hands the unit to the first waiter and readies it. */
  semrelease(addr: number): void {
    const q = this.sema.get(addr);
    if (q !== undefined && q.length > 0) {
      const w = q.shift()!;
      if (q.length === 0) this.sema.delete(addr);
      w.granted = true;
      this.s.goready(w.g);
      return;
    }
    const u32 = this.s.rt.m.u32;
    u32[addr >>> 2] = (u32[addr >>> 2] + 1) >>> 0;
  }

  /** Number of goroutines waiting on addr (tests, leak report). */
  waiters(addr: number): number { return this.sema.get(addr)?.length ?? 0; }

  // ---- notify lists: l points at {wait uint32, notify uint32, …} ----

  /** notifyListAdd: takes a ticket (before unlocking the Cond's lock). */
  notifyListAdd(l: number): number {
    const u32 = this.s.rt.m.u32;
    const t = u32[l >>> 2];
    u32[l >>> 2] = (t + 1) >>> 0;
    return t;
  }

  /** notifyListWait: parks until ticket t is notified. */
  *notifyListWait(l: number, t: number): Generator<number, void, unknown> {
    const u32 = this.s.rt.m.u32;
    if (less(t, u32[(l + 4) >>> 2])) return;
    const w: SemaWaiter = { g: this.s.curg, ticket: t, granted: false };
    let q = this.notify.get(l);
    if (q === undefined) { q = []; this.notify.set(l, q); }
    q.push(w);
    while (!w.granted) yield* this.s.gopark(waitReason.syncCondWait, { kind: 'sema', addr: l });
  }

  /** notifyListNotifyAll: wakes every waiter. */
  notifyListNotifyAll(l: number): void {
    const u32 = this.s.rt.m.u32;
    u32[(l + 4) >>> 2] = u32[l >>> 2];
    const q = this.notify.get(l);
    if (q === undefined) return;
    this.notify.delete(l);
    for (const w of q) { w.granted = true; this.s.goready(w.g); }
  }

  /** notifyListNotifyOne: wakes the waiter holding the oldest unnotified ticket. */
  notifyListNotifyOne(l: number): void {
    const u32 = this.s.rt.m.u32;
    const wait = u32[l >>> 2], notify = u32[(l + 4) >>> 2];
    if (wait === notify) return;
    u32[(l + 4) >>> 2] = (notify + 1) >>> 0;
    const q = this.notify.get(l);
    if (q === undefined) return;
    const i = q.findIndex(w => w.ticket === notify);
    if (i < 0) return; // not parked yet: its notifyListWait will return at once
    const [w] = q.splice(i, 1);
    if (q.length === 0) this.notify.delete(l);
    w.granted = true;
    this.s.goready(w.g);
  }
}

/** less: ticket order with wraparound (sema.go). */
function less(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}
