// Channels: hchan in simulated memory with Go 1.23's layout (104 bytes), makechan's allocation rules,
// send/receive with direct hand-off to a waiting partner, the buffered ring, close, nil channels,
// len/cap (0 for timer channels), the non-blocking forms used by select with default, and the
// runtime-side send of timer channels.
//
// Mirrors src/runtime/chan.go (hchan, makechan, chansend, send, sendDirect, chanrecv, recv,
// closechan, chanlen, chancap, selectnbsend, selectnbrecv, timerchandrain).
//
// hchan (amd64, Go 1.23):
//   0 qcount  8 dataqsiz  16 buf  24 elemsize(u16)  28 closed(u32)  32 timer  40 elemtype (type id)
//   48 sendx  56 recvx  64 recvq{first,last}  80 sendq{first,last}  96 lock
// The wait queues (sudogs) live JS-side, keyed by the hchan address; their words stay 0.

import type { TypeDesc } from './type.js';
import { Kind } from './type.js';
import type { Sched } from './proc.js';
import { WaitQ, waitReason, type Sudog, type SchedG } from './runtime2.js';
import { bulkBarrierPreWrite } from './mbarrier.js';

export const hchanSize = 104;
const O_QCOUNT = 0, O_DATAQSIZ = 8, O_BUF = 16, O_ELEMSIZE = 24, O_CLOSED = 28, O_TIMER = 32,
  O_ELEMTYPE = 40, O_SENDX = 48, O_RECVX = 56;
/** maxAlloc on amd64 (1 << 48): larger buffers are "size out of range". */
const maxAlloc = 2 ** 48;

/** The JS-side wait queues of one channel. */
export interface ChanQueues { recvq: WaitQ; sendq: WaitQ }

/** Per-runtime channel state. */
export class Chans {
  readonly q = new Map<number, ChanQueues>();
  hchanType: TypeDesc | null = null;
  /** Bytes of sudogs currently allocated (accounted as Go's 88-byte sudog objects). */
  sudogBytes = 0;
  /** Objects held only by runtime JS code across an allocation (GC roots). */
  readonly pins: number[] = [];

  constructor(readonly s: Sched) {}

  queues(c: number): ChanQueues {
    let q = this.q.get(c);
    if (q === undefined) { q = { recvq: new WaitQ(), sendq: new WaitQ() }; this.q.set(c, q); }
    return q;
  }

  peek(c: number): ChanQueues | undefined { return this.q.get(c); }
}

/** sudog size on amd64 (for accounting). */
export const sudogSize = 88;

function ld(s: Sched, a: number): number { return s.rt.m.u32[a >>> 2]; }
function st(s: Sched, a: number, v: number): void { const u = s.rt.m.u32; u[a >>> 2] = v; u[(a >>> 2) + 1] = 0; }

function hchanTD(ch: Chans): TypeDesc {
  if (ch.hchanType === null) {
    const td: TypeDesc = {
      id: 0, kind: Kind.Struct, size: hchanSize, align: 8, fieldAlign: 8, ptrdata: 24,
      ptrs: Int32Array.of(O_BUF), str: 'runtime.hchan', name: 'hchan', pkgPath: 'runtime', named: true,
    };
    ch.s.rt.registerTypes([td]);
    ch.hchanType = td;
  }
  return ch.hchanType;
}

/** makechan(t, size): t is the chan type (elem = t.elem). */
export function makechan(ch: Chans, t: TypeDesc, size: number | bigint): number {
  const s = ch.s, rt = s.rt;
  const elem = t.elem!;
  if (elem.size >= 1 << 16) rt.fatalThrow('makechan: invalid channel element type');
  const n = typeof size === 'bigint' ? (size < 0n || size > BigInt(maxAlloc) ? -1 : Number(size)) : size;
  const mem = elem.size * n;
  if (n < 0 || !Number.isSafeInteger(mem) || mem > maxAlloc - hchanSize) rt.panicPlain('makechan: size out of range');
  let c: number, buf: number;
  if (mem === 0) {
    c = rt.mallocgc(hchanSize, null, true);
    buf = c;
  } else if (elem.ptrdata === 0) {
    c = rt.mallocgc(hchanSize + mem, null, true);
    buf = c + hchanSize;
  } else {
    c = rt.mallocgc(hchanSize, hchanTD(ch), true);
    ch.pins.push(c); // the hchan is only in a JS variable across the next allocation
    try { buf = rt.mallocgc(mem, elem, true); } finally { ch.pins.pop(); }
  }
  st(s, c + O_BUF, buf);
  st(s, c + O_DATAQSIZ, n);
  rt.m.u16[(c + O_ELEMSIZE) >>> 1] = elem.size;
  st(s, c + O_ELEMTYPE, elem.id);
  ch.q.delete(c);
  return c;
}

function elemsize(s: Sched, c: number): number { return s.rt.m.u16[(c + O_ELEMSIZE) >>> 1]; }
function chanbuf(s: Sched, c: number, i: number): number { return ld(s, c + O_BUF) + i * elemsize(s, c); }
export function isClosed(s: Sched, c: number): boolean { return ld(s, c + O_CLOSED) !== 0; }
export function qcount(s: Sched, c: number): number { return ld(s, c + O_QCOUNT); }
export function dataqsiz(s: Sched, c: number): number { return ld(s, c + O_DATAQSIZ); }
export function elemTypeId(s: Sched, c: number): number { return ld(s, c + O_ELEMTYPE); }

/** Marks c as a timer channel (len/cap report 0, Stop/Reset drain it). */
export function setTimerChan(s: Sched, c: number, timerId: number): void { st(s, c + O_TIMER, timerId); }

/** chanlen / chancap: 0 for nil; timer channels report 0 (Go 1.23 synchronous timer channels). */
export function chanlen(s: Sched, c: number): number {
  if (c === 0 || ld(s, c + O_TIMER) !== 0) return 0;
  return qcount(s, c);
}
export function chancap(s: Sched, c: number): number {
  if (c === 0 || ld(s, c + O_TIMER) !== 0) return 0;
  return dataqsiz(s, c);
}

/** typedmemmove of one element: into the buffer, or straight into a waiting goroutine's stack slot
 *  (sendDirect / recvDirect: Go runs the barrier there too), with the write barrier while marking. */
function copyElem(s: Sched, c: number, dst: number, src: number): void {
  const n = elemsize(s, c);
  if (n <= 0 || dst === 0) return;
  const rt = s.rt;
  if (rt.writeBarrier) {
    const td = rt.types[ld(s, c + O_ELEMTYPE)];
    if (td.ptrdata !== 0) bulkBarrierPreWrite(rt, dst, src, td.ptrdata, td);
  }
  rt.m.memmove(dst, src, n);
}

/** typedmemclr of one element (a received buffer slot, a receiver woken by close). */
function clearElem(s: Sched, c: number, p: number): void {
  const n = elemsize(s, c);
  if (n <= 0 || p === 0) return;
  const rt = s.rt;
  if (rt.writeBarrier) {
    const td = rt.types[ld(s, c + O_ELEMTYPE)];
    if (td.ptrdata !== 0) bulkBarrierPreWrite(rt, p, 0, td.ptrdata, td);
  }
  rt.m.memclr(p, n);
}

export function newSudog(ch: Chans, g: SchedG, c: number, elem: number, isRecv: boolean, isSelect: boolean, caseIndex: number): Sudog {
  ch.sudogBytes += sudogSize;
  return { g, elem, c, isSelect, success: false, caseIndex, isRecv, next: null, prev: null };
}

function releaseSudog(ch: Chans, _sg: Sudog): void { ch.sudogBytes -= sudogSize; }

/** send: hands ep straight to the waiting receiver sg and readies it. */
function sendTo(ch: Chans, c: number, sg: Sudog, ep: number): void {
  const s = ch.s;
  copyElem(s, c, sg.elem, ep);
  sg.success = true;
  s.goready(sg.g);
}

/** The non-blocking part of chansend: true if the value was delivered or buffered. Panics on a
 *  closed channel. */
export function trySend(ch: Chans, c: number, ep: number): boolean {
  const s = ch.s;
  if (isClosed(s, c)) s.rt.panicPlain('send on closed channel');
  const q = ch.peek(c);
  if (q !== undefined) {
    const sg = q.recvq.dequeue();
    if (sg !== null) { sendTo(ch, c, sg, ep); return true; }
  }
  const n = qcount(s, c);
  if (n < dataqsiz(s, c)) {
    const sendx = ld(s, c + O_SENDX);
    copyElem(s, c, chanbuf(s, c, sendx), ep);
    st(s, c + O_SENDX, sendx + 1 === dataqsiz(s, c) ? 0 : sendx + 1);
    st(s, c + O_QCOUNT, n + 1);
    return true;
  }
  return false;
}

/** chansend (blocking): c <- *ep. */
export function* chansend(ch: Chans, c: number, ep: number): Generator<number, void, unknown> {
  const s = ch.s;
  if (c === 0) {
    yield* s.gopark(waitReason.chanSendNilChan, { kind: 'forever' });
    throw new Error('gomemlab: unreachable (nil channel send woke up)');
  }
  if (trySend(ch, c, ep)) return;
  const g = s.curg;
  const sg = newSudog(ch, g, c, ep, false, false, 0);
  ch.queues(c).sendq.enqueue(sg);
  g.waiting = [sg];
  g.param = null;
  yield* s.gopark(waitReason.chanSend, { kind: 'chan', chans: [c] });
  g.waiting = null;
  releaseSudog(ch, sg);
  if (!sg.success) s.rt.panicPlain('send on closed channel');
}

/** recv: takes a value from the waiting sender sg (through the buffer if there is one). */
function recvFrom(ch: Chans, c: number, sg: Sudog, ep: number): void {
  const s = ch.s;
  if (dataqsiz(s, c) === 0) {
    copyElem(s, c, ep, sg.elem);
  } else {
    // The buffer is full: take its head, put the sender's value at the tail (same slot).
    const recvx = ld(s, c + O_RECVX);
    const qp = chanbuf(s, c, recvx);
    copyElem(s, c, ep, qp);
    copyElem(s, c, qp, sg.elem);
    const nx = recvx + 1 === dataqsiz(s, c) ? 0 : recvx + 1;
    st(s, c + O_RECVX, nx);
    st(s, c + O_SENDX, nx);
  }
  sg.success = true;
  s.goready(sg.g);
}

/** Receive outcome of the non-blocking part: not ready, got a value, or closed (zero value). */
export const enum RecvResult { NotReady = 0, Received = 1, Closed = 2 }

/** The non-blocking part of chanrecv. */
export function tryRecv(ch: Chans, c: number, ep: number): RecvResult {
  const s = ch.s;
  if (isClosed(s, c)) {
    if (qcount(s, c) === 0) { clearElem(s, c, ep); return RecvResult.Closed; }
  } else {
    const q = ch.peek(c);
    if (q !== undefined) {
      const sg = q.sendq.dequeue();
      if (sg !== null) { recvFrom(ch, c, sg, ep); return RecvResult.Received; }
    }
  }
  const n = qcount(s, c);
  if (n > 0) {
    const recvx = ld(s, c + O_RECVX);
    const qp = chanbuf(s, c, recvx);
    copyElem(s, c, ep, qp);
    clearElem(s, c, qp);
    st(s, c + O_RECVX, recvx + 1 === dataqsiz(s, c) ? 0 : recvx + 1);
    st(s, c + O_QCOUNT, n - 1);
    return RecvResult.Received;
  }
  return RecvResult.NotReady;
}

/** chanrecv (blocking): *ep = <-c (ep 0 discards); returns received (false: closed). */
export function* chanrecv(ch: Chans, c: number, ep: number): Generator<number, boolean, unknown> {
  const s = ch.s;
  if (c === 0) {
    yield* s.gopark(waitReason.chanReceiveNilChan, { kind: 'forever' });
    throw new Error('gomemlab: unreachable (nil channel receive woke up)');
  }
  const r = tryRecv(ch, c, ep);
  if (r !== RecvResult.NotReady) return r === RecvResult.Received;
  const g = s.curg;
  const sg = newSudog(ch, g, c, ep, true, false, 0);
  ch.queues(c).recvq.enqueue(sg);
  g.waiting = [sg];
  g.param = null;
  yield* s.gopark(waitReason.chanReceive, { kind: 'chan', chans: [c] });
  g.waiting = null;
  releaseSudog(ch, sg);
  return sg.success;
}

/** closechan: wakes every receiver (zero values, ok=false) and every sender (they panic). */
export function closechan(ch: Chans, c: number): void {
  const s = ch.s;
  if (c === 0) s.rt.panicPlain('close of nil channel');
  if (isClosed(s, c)) s.rt.panicPlain('close of closed channel');
  st(s, c + O_CLOSED, 1);
  const q = ch.peek(c);
  if (q === undefined) return;
  const glist: SchedG[] = [];
  for (let sg = q.recvq.dequeue(); sg !== null; sg = q.recvq.dequeue()) {
    clearElem(s, c, sg.elem);
    sg.success = false;
    glist.push(sg.g);
  }
  for (let sg = q.sendq.dequeue(); sg !== null; sg = q.sendq.dequeue()) {
    sg.success = false;
    glist.push(sg.g);
  }
  ch.q.delete(c);
  // glist is a stack in Go: the last one queued is readied first.
  for (let i = glist.length - 1; i >= 0; i--) s.goready(glist[i]);
}

/** selectnbsend: `select { case c <- v: …; default: … }`. A nil channel is never ready. */
export function selectnbsend(ch: Chans, c: number, ep: number): boolean {
  if (c === 0) return false;
  return trySend(ch, c, ep);
}

/** selectnbrecv: returns [selected, received]. */
export function selectnbrecv(ch: Chans, ep: number, c: number): [boolean, boolean] {
  if (c === 0) return [false, false];
  const r = tryRecv(ch, c, ep);
  return [r !== RecvResult.NotReady, r === RecvResult.Received];
}

/** The deletion half of the barrier for an element slot the runtime is about to overwrite in place. */
function barrierClear(s: Sched, c: number, p: number): void {
  const rt = s.rt;
  if (!rt.writeBarrier) return;
  const td = rt.types[ld(s, c + O_ELEMTYPE)];
  if (td.ptrdata !== 0) bulkBarrierPreWrite(rt, p, 0, td.ptrdata, td);
}

/** A send by the runtime (timers): write fills the element in place; dropped if nobody can take it. */
export function chansendFromRuntime(ch: Chans, c: number, write: (dst: number) => void): boolean {
  const s = ch.s;
  if (isClosed(s, c)) return false;
  const q = ch.peek(c);
  if (q !== undefined) {
    const sg = q.recvq.dequeue();
    if (sg !== null) {
      if (sg.elem !== 0) { barrierClear(s, c, sg.elem); write(sg.elem); }
      sg.success = true;
      s.goready(sg.g);
      return true;
    }
  }
  const n = qcount(s, c);
  if (n < dataqsiz(s, c)) {
    const sendx = ld(s, c + O_SENDX);
    barrierClear(s, c, chanbuf(s, c, sendx));
    write(chanbuf(s, c, sendx));
    st(s, c + O_SENDX, sendx + 1 === dataqsiz(s, c) ? 0 : sendx + 1);
    st(s, c + O_QCOUNT, n + 1);
    return true;
  }
  return false;
}

/** timerchandrain: empties a timer channel's buffer; reports whether a value was dropped. */
export function timerchandrain(ch: Chans, c: number): boolean {
  const s = ch.s;
  let any = false;
  while (qcount(s, c) > 0) {
    tryRecv(ch, c, 0);
    any = true;
  }
  return any;
}
