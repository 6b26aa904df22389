// select: a random poll order over the non-nil cases, a first pass that takes any ready case, the
// default case (non-blocking), otherwise one sudog per case queued on every channel (in lock order)
// and a park; the case that wakes the goroutine wins and the other sudogs are dequeued. `select {}`
// parks forever.
//
// Mirrors src/runtime/select.go (selectgo, block, sellock order, selparkcommit).
//
// Cases follow Go's compiled form: sends first (indices 0..nsends-1), then receives; scases holds
// two numbers per case, the hchan and the element address (the value to send, or where to store
// the received value; 0 discards). Emitted code must keep the channels in frame slots (GC roots)
// while the select is parked.

import type { Chans } from './chan.js';
import { trySend, tryRecv, RecvResult, newSudog } from './chan.js';
import { waitReason, type Sudog } from './runtime2.js';

/** The maximum number of cases (select.go). */
export const maxCases = 65536;

/**
 * selectgo: returns [chosen case index, recvOK]; with block=false and nothing ready, [-1, false]
 * (the default case).
 */
export function* selectgo(ch: Chans, scases: ArrayLike<number>, nsends: number, nrecvs: number, block: boolean):
  Generator<number, [number, boolean], unknown> {
  const s = ch.s;
  const ncases = nsends + nrecvs;
  if (ncases > maxCases) s.rt.fatalThrow('select: too many cases');
  // Poll order: an inside-out Fisher–Yates shuffle of the non-nil cases.
  const pollorder: number[] = [];
  for (let i = 0; i < ncases; i++) {
    if (scases[2 * i] === 0) continue;
    const j = s.rand.n(pollorder.length + 1);
    pollorder.push(pollorder[j]);
    pollorder[j] = i;
  }
  // Pass 1: any case ready now.
  for (const i of pollorder) {
    const c = scases[2 * i], elem = scases[2 * i + 1];
    if (i < nsends) {
      if (trySend(ch, c, elem)) return [i, false];
    } else {
      const r = tryRecv(ch, c, elem);
      if (r !== RecvResult.NotReady) return [i, r === RecvResult.Received];
    }
  }
  if (!block) return [-1, false];
  // Pass 2: queue on every channel in lock order (by hchan address) and park.
  const lockorder = pollorder.slice().sort((a, b) => scases[2 * a] - scases[2 * b] || a - b);
  const g = s.curg;
  g.param = null;
  const sgs: Sudog[] = [];
  const chans: number[] = [];
  for (const i of lockorder) {
    const c = scases[2 * i];
    const sg = newSudog(ch, g, c, scases[2 * i + 1], i >= nsends, true, i);
    const q = ch.queues(c);
    if (i < nsends) q.sendq.enqueue(sg); else q.recvq.enqueue(sg);
    sgs.push(sg);
    chans.push(c);
  }
  g.waiting = sgs;
  yield* s.gopark(waitReason.select, { kind: 'chan', chans });
  // Pass 3: the winner is g.param; leave every other queue.
  const won = g.param as Sudog | null;
  g.param = null;
  g.waiting = null;
  for (const sg of sgs) {
    ch.sudogBytes -= 88;
    if (sg === won) continue;
    const q = ch.peek(sg.c);
    if (q === undefined) continue;
    if (sg.isRecv) q.recvq.remove(sg); else q.sendq.remove(sg);
  }
  if (won === null) throw new Error('gomemlab: select woke without a case');
  if (!won.isRecv) {
    if (!won.success) s.rt.panicPlain('send on closed channel');
    return [won.caseIndex, false];
  }
  return [won.caseIndex, won.success];
}

/** block: `select {}` parks forever. */
export function* block(ch: Chans): Generator<number, never, unknown> {
  yield* ch.s.gopark(waitReason.selectNoCases, { kind: 'forever' });
  throw new Error('gomemlab: unreachable (select {} woke up)');
}
