// Scheduler data structures: goroutine states and wait reasons, the scheduler's view of a G, sudogs
// and wait queues, the P (local run queue of 256 + runnext, goid cache), the global run queue, the
// request values a goroutine's generator yields to the scheduler, and the seeded PRNG (cheaprand)
// behind every scheduling choice.
//
// Mirrors src/runtime/runtime2.go (g, p, sudog, waitq, gQueue, _Grunnable…, waitReason strings) and
// src/runtime/rand.go (cheaprand, cheaprandn).

import type { G } from './runtime.js';

/** G status values (runtime2.go _Gidle…). */
export const enum GStatus {
  Idle = 0, Runnable = 1, Running = 2, Syscall = 3, Waiting = 4, Dead = 6,
}

/** gStatusStrings (traceback.go), for goroutines not waiting. */
export const gStatusStrings = ['idle', 'runnable', 'running', 'syscall', 'waiting', '?', 'dead'];

/** Wait reasons as Go prints them (runtime2.go waitReasonStrings, go1.23). */
export const waitReason = {
  chanReceiveNilChan: 'chan receive (nil chan)',
  chanSendNilChan: 'chan send (nil chan)',
  select: 'select',
  selectNoCases: 'select (no cases)',
  chanReceive: 'chan receive',
  chanSend: 'chan send',
  semacquire: 'semacquire',
  sleep: 'sleep',
  syncCondWait: 'sync.Cond.Wait',
  syncMutexLock: 'sync.Mutex.Lock',
  syncRWMutexRLock: 'sync.RWMutex.RLock',
  syncRWMutexLock: 'sync.RWMutex.Lock',
  preempted: 'preempted',
  ioWait: 'IO wait',
} as const;

/** What a goroutine's generator yields to the scheduler (its bookkeeping is already done). */
export const enum Yield {
  /** The goroutine parked itself (status Waiting, queued wherever it waits). */
  Park = 1,
  /** Preempted at a back-edge/call: goes to the global run queue (gopreempt_m). */
  Preempt = 2,
  /** runtime.Gosched: goes to the global run queue (goschedImpl). */
  Gosched = 3,
}

/** A goroutine step function: the generator of its entry function. */
export type GoGen = Generator<number, unknown, unknown>;

/** What a blocked goroutine waits on (for the goroutine dump and the leak report). */
export type BlockedOn =
  | { readonly kind: 'chan'; readonly chans: number[] }
  | { readonly kind: 'sema'; readonly addr: number }
  | { readonly kind: 'timer' }
  | { readonly kind: 'forever' };

/** The scheduler's goroutine: the core's G plus scheduling state (fields of Go's g). */
export interface SchedG extends G {
  status: GStatus;
  waitreason: string;
  /** The running generator (null until first scheduled, or for a plain-JS goroutine). */
  gen: GoGen | null;
  /** Starts the goroutine: calls the entry function (returns a generator, or runs to completion). */
  entry: (() => unknown) | null;
  /** Funcval of the go statement, kept alive until the goroutine starts (0 = none). */
  ctxRoot: number;
  /** Value passed to the generator on resume. */
  resume: unknown;
  /** Set by the waker: which sudog won (select) / whether the op succeeded. */
  param: Sudog | null;
  /** Sudogs this goroutine is queued with (select: one per case). */
  waiting: Sudog[] | null;
  /** For the dump and leak report. */
  blockedOn: BlockedOn | null;
  /** Set while this G waits in a runSync call (its JS frames are below the scheduler's). */
  syncDepth: number;
  /** In a run queue (avoids double enqueue). */
  queued: boolean;
  /** True for the main goroutine. */
  isMain: boolean;
}

/** sudog (runtime2.go): a goroutine waiting on a channel (one per channel for select). */
export interface Sudog {
  g: SchedG;
  /** Element address (sender's value or receiver's destination; 0 = discard). */
  elem: number;
  /** The hchan. */
  c: number;
  isSelect: boolean;
  /** True if woken by a value being passed, false if by close. */
  success: boolean;
  /** select case index. */
  caseIndex: number;
  /** Receive (vs send) case. */
  isRecv: boolean;
  next: Sudog | null;
  prev: Sudog | null;
}

/** waitq: a doubly linked FIFO of sudogs. */
export class WaitQ {
  first: Sudog | null = null;
  last: Sudog | null = null;

  enqueue(sg: Sudog): void {
    sg.next = null;
    const x = this.last;
    if (x === null) { sg.prev = null; this.first = sg; this.last = sg; return; }
    sg.prev = x;
    x.next = sg;
    this.last = sg;
  }

  /** Removes and returns the first sudog whose select (if any) has not been won yet. */
  dequeue(): Sudog | null {
    for (;;) {
      const sg = this.first;
      if (sg === null) return null;
      const y = sg.next;
      if (y === null) { this.first = null; this.last = null; } else { y.prev = null; this.first = y; sg.next = null; }
      // A select that another case already won is skipped (Go: selectDone CAS).
      if (sg.isSelect && sg.g.param !== null) continue;
      if (sg.isSelect) sg.g.param = sg;
      return sg;
    }
  }

  /** dequeueSudoG: unlinks sg if it is in this queue. */
  remove(sg: Sudog): void {
    const x = sg.prev, y = sg.next;
    if (x !== null) {
      if (y !== null) { x.next = y; y.prev = x; sg.next = null; sg.prev = null; return; }
      x.next = null; this.last = x; sg.prev = null; return;
    }
    if (y !== null) { y.prev = null; this.first = y; sg.next = null; return; }
    if (this.first === sg) { this.first = null; this.last = null; }
  }

  isEmpty(): boolean { return this.first === null; }

  *[Symbol.iterator](): Generator<Sudog> {
    for (let s = this.first; s !== null; s = s.next) yield s;
  }
}

/** A FIFO of goroutines (gQueue / the global run queue). */
export class GQueue {
  private a: SchedG[] = [];
  private head = 0;

  push(g: SchedG): void { this.a.push(g); }
  pushFront(g: SchedG): void {
    if (this.head > 0) this.a[--this.head] = g; else this.a.unshift(g);
  }
  pop(): SchedG | null {
    if (this.head >= this.a.length) return null;
    const g = this.a[this.head];
    this.a[this.head++] = undefined as unknown as SchedG;
    if (this.head > 1024 && this.head * 2 > this.a.length) { this.a = this.a.slice(this.head); this.head = 0; }
    return g;
  }
  get size(): number { return this.a.length - this.head; }
  *[Symbol.iterator](): Generator<SchedG> {
    for (let i = this.head; i < this.a.length; i++) yield this.a[i];
  }
}

/** Length of a P's local run queue (runtime2.go p.runq [256]guintptr). */
export const runqSize = 256;
/** Goids are handed to Ps in batches (proc.go _GoidCacheBatch). */
export const goidCacheBatch = 16;

/** P (runtime2.go p): a logical processor with its local run queue. */
export class P {
  readonly runq: (SchedG | null)[] = new Array(runqSize).fill(null);
  runqhead = 0;
  runqtail = 0;
  runnext: SchedG | null = null;
  schedtick = 0;
  goidcache = 0;
  goidcacheend = 0;

  constructor(readonly id: number) {}

  runqEmpty(): boolean { return this.runqhead === this.runqtail && this.runnext === null; }
  runqLen(): number { return this.runqtail - this.runqhead; }
}

/**
 * cheaprand (rand.go): a fast deterministic generator seeded once from rt.seed (Go uses wyrand; this
 * is a 32-bit mix, mulberry32, which is enough for scheduling choices). Every scheduling choice
 * (select order, steal victims) draws from it, so a seed fixes the schedule.
 */
export class CheapRand {
  private s: number;
  constructor(seed: number) { this.s = (Math.floor(seed) ^ 0x9e3779b9) >>> 0; }

  /** A uniformly random uint32. */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** cheaprandn: a random number in [0, n) (multiply-shift, as Go). */
  n(n: number): number {
    return Math.floor((this.next() * n) / 4294967296);
  }
}
