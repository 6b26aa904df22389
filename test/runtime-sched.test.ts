// Scheduler, channels and select driven by hand-written generator "compiled code" (the ABI of
// ARCHITECTURE.md §7): ping-pong and goroutine order against real Go's GOMAXPROCS=1 output
// (test/data/runtime-sched/*.go/.out), buffered channels, close/range, the channel panics, select
// fairness and default, the deadlock dump against real Go's text, Goexit from main, a panic in a
// goroutine, preemption of a spinning goroutine, determinism by seed with GOMAXPROCS=4.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Harness, type Frame } from './runtime-sched-harness.js';
import { hchanSize } from '../src/runtime/chan.js';

const dataDir = new URL('../../test/data/runtime-sched/', import.meta.url);
const data = (name: string) => readFileSync(new URL(name, dataDir), 'utf8');
const stripPC = (s: string) => s.replace(/ \+0x[0-9a-f]+/g, '');

/** Sends the int v on c from a frame temp at off. */
function* sendInt(h: Harness, f: Frame, off: number, c: number, v: number): Generator<number, void, unknown> {
  f.set(off, v);
  yield* h.rt.chansend(c, f.at(off));
}

/** Receives an int from c into the frame temp at off; returns [v, ok]. */
function* recvInt(h: Harness, f: Frame, off: number, c: number): Generator<number, [number, boolean], unknown> {
  const ok: boolean = yield* h.rt.chanrecv(c, f.at(off));
  return [f.get(off), ok];
}

test('ping-pong over an unbuffered channel matches real Go (GOMAXPROCS=1)', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const names = ['ping', 'pong'];
  // func player(name string, table chan int, done chan bool): args table@0, done@8; name = scalar
  const player = h.func('main.player', 3, 24, function* (f, _ctx, name: number) {
    for (;;) {
      f.line(5);
      const [ball, ok] = yield* recvInt(h, f, 8, rt.m.u32[f.arg(0) >>> 2]);
      if (!ok) { f.line(7); yield* sendInt(h, f, 16, rt.m.u32[f.arg(8) >>> 2], 1); return; }
      h.print(`${names[name]} ${ball}\n`);
      if (ball >= 6) {
        rt.closechan(rt.m.u32[f.arg(0) >>> 2]);
        f.line(13); yield* sendInt(h, f, 16, rt.m.u32[f.arg(8) >>> 2], 1);
        return;
      }
      f.line(16); yield* sendInt(h, f, 16, rt.m.u32[f.arg(0) >>> 2], ball + 1);
    }
  }, { argsSize: 16, argPtrs: [0, 8] });
  const main = h.func('main.main', 20, 40, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    f.set(16, rt.makechan(chInt, 0));
    for (const name of [0, 1]) {
      f.line(23 + name);
      rt.newproc(player, 0, 16, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); rt.m.u32[(a + 8) >>> 2] = f.get(16); }, [name]);
    }
    f.line(25); yield* sendInt(h, f, 24, f.get(8), 1);
    f.line(26); yield* recvInt(h, f, 24, f.get(16));
    f.line(27); yield* recvInt(h, f, 24, f.get(16));
  }, { ptrSlots: [8, 16] });
  assert.equal(h.run(main), 0);
  assert.equal(h.stdout, data('pingpong.out'));
});

test('runnext order: the last goroutine created runs first (real Go, GOMAXPROCS=1)', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const worker = h.func('main.main.func1', 6, 16, function* (f, _ctx, i: number) {
    yield* sendInt(h, f, 8, rt.m.u32[f.arg(0) >>> 2], i);
  }, { argsSize: 8, argPtrs: [0] });
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 10));
    for (let i = 0; i < 5; i++) rt.newproc(worker, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); }, [i]);
    for (let i = 0; i < 5; i++) {
      const [v] = yield* recvInt(h, f, 16, f.get(8));
      h.print(`${v}\n`);
    }
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 0);
  assert.equal(h.stdout, data('order.out'));
});

test('buffered channel: ring order, len/cap, a full buffer blocks the sender; hchan is 104 bytes', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const log: string[] = [];
  const sender = h.func('main.sender', 10, 16, function* (f) {
    const c = rt.m.u32[f.arg(0) >>> 2];
    for (let i = 1; i <= 5; i++) {
      yield* sendInt(h, f, 8, c, i);
      log.push(`sent ${i} len=${rt.chanlen(c)}`);
    }
  }, { argsSize: 8, argPtrs: [0] });
  const main = h.func('main.main', 3, 24, function* (f) {
    const c = rt.makechan(chInt, 3);
    f.set(8, c);
    assert.equal(rt.chancap(c), 3);
    rt.newproc(sender, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); });
    yield* rt.Gosched();
    log.push(`after gosched len=${rt.chanlen(c)}`);
    for (let i = 0; i < 5; i++) {
      const [v] = yield* recvInt(h, f, 16, f.get(8));
      log.push(`recv ${v}`);
    }
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 0);
  assert.deepEqual(log, [
    'sent 1 len=1', 'sent 2 len=2', 'sent 3 len=3', 'after gosched len=3',
    // receiving from the full buffer takes the head and moves the blocked sender's 4 in
    'recv 1', 'recv 2', 'recv 3', 'recv 4',
    // main blocks on the empty buffer; the sender resumes and hands 5 straight to main
    'sent 4 len=0', 'sent 5 len=0', 'recv 5',
  ]);
  // pointer-free elements: one allocation of hchanSize + 3*8 bytes (rounded to the 128-byte class)
  assert.equal(hchanSize, 104);
  assert.equal(rt.roundupsize(hchanSize + 24, true), 128);
  assert.equal(rt.chanlen(0), 0);
  assert.equal(rt.chancap(0), 0);
});

test('close: receivers get zero values and ok=false, range ends; the three channel panics', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const got: string[] = [];
  const producer = h.func('main.producer', 10, 16, function* (f) {
    const c = rt.m.u32[f.arg(0) >>> 2];
    for (let i = 0; i < 4; i++) yield* sendInt(h, f, 8, c, i * 10);
    rt.closechan(c);
  }, { argsSize: 8, argPtrs: [0] });
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    rt.newproc(producer, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); });
    for (;;) {
      f.set(16, 99);
      const [v, ok] = yield* recvInt(h, f, 16, f.get(8));
      got.push(`${v} ${ok}`);
      if (!ok) break;
    }
    const msgs: string[] = [];
    const catchPanic = (fn: () => void) => {
      try { fn(); msgs.push('no panic'); } catch (e: any) { msgs.push(rt.printpanicval(e.typeId, e.data)); }
    };
    catchPanic(() => rt.closechan(f.get(8)));
    catchPanic(() => rt.closechan(0));
    catchPanic(() => rt.runSync(rt.chansend(f.get(8), f.at(16))));
    assert.deepEqual(msgs, ['close of closed channel', 'close of nil channel', 'send on closed channel']);
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 0);
  assert.deepEqual(got, ['0 true', '10 true', '20 true', '30 true', '0 false']);
});

test('close wakes a blocked sender, which panics with "send on closed channel" (exit 2)', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const sender = h.func('main.main.func1', 7, 16, function* (f) {
    f.line(8);
    yield* sendInt(h, f, 8, rt.m.u32[f.arg(0) >>> 2], 1);
  }, { argsSize: 8, argPtrs: [0] });
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    f.line(7);
    rt.newproc(sender, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); });
    yield* rt.Gosched();
    rt.closechan(f.get(8));
    yield* rt.sleep(1e9);
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 2);
  const err = h.stderr;
  assert.match(err, /^panic: send on closed channel\n\ngoroutine 5 \[running\]:\n/);
  assert.match(err, /created by main\.main in goroutine 1\n\t\/home\/gopher\/prog\/main\.go:7 \+0x0\n$/);
});

test('select: a random choice among ready cases (fair), default when none is ready, seeded', () => {
  const run = (seed: number) => {
    const h = new Harness({ seed });
    const rt = h.rt;
    const chInt = h.chanOf(h.intT);
    const counts = [0, 0];
    let defaults = 0;
    const picks: number[] = [];
    const main = h.func('main.main', 3, 48, function* (f) {
      f.set(8, rt.makechan(chInt, 1));
      f.set(16, rt.makechan(chInt, 1));
      for (let i = 0; i < 2000; i++) {
        f.set(24, 1);
        rt.selectnbsend(f.get(8), f.at(24));
        rt.selectnbsend(f.get(16), f.at(24));
        const [k, ok] = yield* rt.selectgo([f.get(8), f.at(32), f.get(16), f.at(32)], 0, 2, true);
        assert.equal(ok, true);
        counts[k]++;
        if (picks.length < 32) picks.push(k);
        // drain the other one; then a select with default must take default
        rt.selectnbrecv(f.at(32), f.get(8));
        rt.selectnbrecv(f.at(32), f.get(16));
        const [d] = yield* rt.selectgo([f.get(8), f.at(32), f.get(16), f.at(32)], 0, 2, false);
        if (d === -1) defaults++;
      }
    }, { ptrSlots: [8, 16] });
    assert.equal(h.run(main), 0);
    return { counts, defaults, picks: picks.join('') };
  };
  const a = run(7), b = run(7), c = run(8);
  assert.ok(a.counts[0] > 850 && a.counts[1] > 850, `unfair: ${a.counts}`);
  assert.equal(a.defaults, 2000);
  assert.equal(a.picks, b.picks, 'same seed, same choices');
  assert.notEqual(a.picks, c.picks, 'another seed, other choices');
});

test('select blocks until one case is ready; the losing sudogs leave their queues', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const log: string[] = [];
  const waiter = h.func('main.waiter', 10, 32, function* (f) {
    const a = rt.m.u32[f.arg(0) >>> 2], b = rt.m.u32[f.arg(8) >>> 2];
    f.set(16, 42);
    const [k, ok] = yield* rt.selectgo([b, f.at(16), a, f.at(24)], 1, 1, true); // case 0: b <- 42, case 1: <-a
    log.push(`case ${k} ok=${ok} v=${f.get(24)}`);
  }, { argsSize: 16, argPtrs: [0, 8] });
  const main = h.func('main.main', 3, 40, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    f.set(16, rt.makechan(chInt, 0));
    rt.newproc(waiter, 0, 16, (p: number) => { rt.m.u32[p >>> 2] = f.get(8); rt.m.u32[(p + 8) >>> 2] = f.get(16); });
    yield* rt.Gosched(); // waiter parks in select on both channels
    yield* sendInt(h, f, 24, f.get(8), 7); // wins case 1
    yield* rt.Gosched();
    // b's queue must be empty again: a non-blocking receive on b finds nobody
    const [sel] = rt.selectnbrecv(f.at(32), f.get(16));
    log.push(`b ready=${sel}`);
  }, { ptrSlots: [8, 16] });
  assert.equal(h.run(main), 0);
  assert.deepEqual(log, ['case 1 ok=true v=7', 'b ready=false']);
});

test('deadlock: Go\'s fatal error text and goroutine dump (test/data/runtime-sched/deadlock.go)', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const fIdx = h.func('main.f', 3, 16, function* (f) {
    f.line(4); yield* sendInt(h, f, 8, rt.m.u32[f.arg(0) >>> 2], 1);
  }, { argsSize: 8, argPtrs: [0] });
  const func1 = h.func('main.main.func1', 11, 24, function* (f) {
    f.set(8, 0); // var n chan int (captured)
    f.line(12); yield* recvInt(h, f, 16, f.get(8));
  });
  const main = h.func('main.main', 7, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    f.line(9); rt.newproc(fIdx, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); });
    f.line(11); rt.newproc(func1, 0, 0, null);
    f.line(14); yield* recvInt(h, f, 16, f.get(8));
    f.line(15); yield* recvInt(h, f, 16, f.get(8));
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 2);
  assert.equal(stripPC(h.stderr), stripPC(data('deadlock.err')));
});

test('GOTRACEBACK=none prints only the fatal line', () => {
  const h = new Harness({ env: { GOTRACEBACK: 'none' } });
  const main = h.func('main.main', 3, 16, function* () { yield* h.rt.block(); });
  assert.equal(h.run(main), 2);
  assert.equal(h.stderr, 'fatal error: all goroutines are asleep - deadlock!\n');
});

test('main calls Goexit: the others run to the end, then "no goroutines" deadlock', () => {
  const h = new Harness();
  const rt = h.rt;
  const worker = h.func('main.main.func1', 5, 16, function* () {
    yield* rt.sleep(5e9);
    h.print('worker done\n');
  });
  const main = h.func('main.main', 3, 16, function* () {
    rt.newproc(worker, 0, 0, null);
    try { yield* rt.Goexit(); } finally { h.print('deferred\n'); }
  });
  assert.equal(h.run(main), 2);
  assert.equal(h.stdout, 'deferred\nworker done\n');
  assert.equal(h.stderr, 'fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n');
});

test('preemption: a spinning goroutine does not starve main (back-edge checks)', () => {
  const h = new Harness({ preemptBudget: 100 });
  const rt = h.rt;
  let spins = 0;
  let stop = false;
  const spinner = h.func('main.spin', 5, 16, function* () {
    while (!stop) { spins++; if (rt.shouldPreempt()) yield* rt.preemptPark(); }
  });
  const main = h.func('main.main', 3, 16, function* () {
    rt.newproc(spinner, 0, 0, null);
    for (let i = 0; i < 10; i++) yield* rt.Gosched();
    stop = true;
    h.print(`goroutines ${rt.numGoroutine()}\n`);
  });
  assert.equal(h.run(main), 0);
  assert.ok(spins >= 900, `spins ${spins}`);
  assert.equal(h.stdout, 'goroutines 2\n');
});

test('GOMAXPROCS=4: work is spread and stolen, and the same seed gives the same schedule', () => {
  const run = (seed: number) => {
    const h = new Harness({ gomaxprocs: 4, seed });
    const rt = h.rt;
    h.sched.trace = [];
    const chInt = h.chanOf(h.intT);
    const worker = h.func('main.worker', 5, 24, function* (f, _ctx, id: number) {
      for (let k = 0; k < 3; k++) { if (id % 2 === 0) yield* rt.Gosched(); }
      yield* sendInt(h, f, 8, rt.m.u32[f.arg(0) >>> 2], id);
    }, { argsSize: 8, argPtrs: [0] });
    const order: number[] = [];
    const main = h.func('main.main', 3, 24, function* (f) {
      f.set(8, rt.makechan(chInt, 0));
      for (let i = 0; i < 20; i++) rt.newproc(worker, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); }, [i]);
      for (let i = 0; i < 20; i++) { const [v] = yield* recvInt(h, f, 16, f.get(8)); order.push(v); }
    }, { ptrSlots: [8] });
    assert.equal(h.run(main), 0);
    assert.equal(rt.gomaxprocs, 4);
    const ps = new Set(h.sched.trace!.filter(e => e.startsWith('run ')).map(e => e.split('@')[1]));
    assert.equal(ps.size, 4, 'all four Ps ran goroutines');
    return { order: order.join(','), trace: h.sched.trace!.join(';') };
  };
  const a = run(3), b = run(3);
  assert.equal(a.trace, b.trace);
  assert.equal(a.order, b.order);
  assert.deepEqual(a.order.split(',').map(Number).sort((x, y) => x - y), Array.from({ length: 20 }, (_, i) => i));
});

test('an unrecovered panic in main with GOTRACEBACK=all also dumps the other goroutines', () => {
  const h = new Harness({ env: { GOTRACEBACK: 'all' } });
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const waiter = h.func('main.main.func1', 6, 24, function* (f) {
    f.line(7);
    yield* rt.chanrecv(rt.m.u32[f.arg(0) >>> 2], f.at(8));
  }, { argsSize: 8, argPtrs: [0] });
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    f.line(6);
    rt.newproc(waiter, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); });
    yield* rt.Gosched();
    rt.panicPlain('boom');
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 2);
  assert.match(h.stderr, /^panic: boom\n\ngoroutine 1 \[running\]:\n/);
  assert.match(h.stderr, /\n\ngoroutine 5 \[chan receive\]:\nmain\.main\.func1\(\.\.\.\)\n\t\/home\/gopher\/prog\/main\.go:7 \+0x0\ncreated by main\.main in goroutine 1\n\t\/home\/gopher\/prog\/main\.go:6 \+0x0\n$/);
});

test('GOTRACEBACK=none: a panic prints only the panic line (as real Go)', () => {
  const h = new Harness({ env: { GOTRACEBACK: 'none' } });
  const main = h.func('main.main', 3, 16, function* () { h.rt.panicPlain('boom'); });
  assert.equal(h.run(main), 2);
  assert.equal(h.stderr, 'panic: boom\n');
});

test('GC while goroutines are parked: buffered pointers, parked stacks and unstarted closures survive', () => {
  const h = new Harness();
  const rt = h.rt;
  const chPtr = h.chanOf(h.ptrT);
  const got: number[] = [];
  const funcvalT = h.type({ kind: 25, size: 16, str: 'funcval', ptrs: [8] });
  // a closure goroutine whose funcval {fn, captured *int} is only referenced by the go statement
  const clo = h.func('main.main.func1', 9, 16, function* (_f, ctx: number) {
    got.push(rt.m.u32[rt.m.u32[(ctx + 8) >>> 2] >>> 2]);
  });
  const main = h.func('main.main', 3, 32, function* (f) {
    f.set(8, rt.makechan(chPtr, 4));
    for (let i = 0; i < 4; i++) {
      const p = rt.newobject(h.intT);
      rt.m.u32[p >>> 2] = 1000 + i;
      f.set(16, p);
      yield* rt.chansend(f.get(8), f.at(16));
    }
    f.set(16, 0);
    const fv = rt.mallocgc(16, funcvalT, true);
    f.set(24, fv);
    const x = rt.newobject(h.intT);
    rt.m.u32[(rt.m.u32[(f.at(24)) >>> 2] + 8) >>> 2] = x; // fv.captured = x (fv kept in the frame)
    rt.m.u32[x >>> 2] = 77;
    rt.m.u32[fv >>> 2] = clo;
    rt.newprocFuncval(f.get(24), 0, null);
    f.set(24, 0);
    rt.GC();
    // garbage of the same size class must not reuse the buffered objects' slots
    for (let i = 0; i < 64; i++) {
      rt.m.u32[rt.newobject(h.intT) >>> 2] = 0xdead;
      const junk = rt.mallocgc(16, funcvalT, true);
      rt.m.u32[junk >>> 2] = 0xdead; rt.m.u32[(junk + 8) >>> 2] = 0;
    }
    for (let i = 0; i < 4; i++) {
      yield* rt.chanrecv(f.get(8), f.at(16));
      got.push(rt.m.u32[f.get(16) >>> 2]);
    }
    yield* rt.Gosched();
  }, { ptrSlots: [8, 16, 24] });
  assert.equal(h.run(main), 0);
  assert.deepEqual(got, [1000, 1001, 1002, 1003, 77]);
});

test('makechan: negative size panics "makechan: size out of range"; closed buffered channels drain first', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const main = h.func('main.main', 3, 24, function* (f) {
    try { rt.makechan(chInt, -1); assert.fail('no panic'); } catch (e: any) {
      assert.equal(rt.printpanicval(e.typeId, e.data), 'makechan: size out of range');
    }
    f.set(8, rt.makechan(chInt, 2));
    f.set(16, 5); yield* rt.chansend(f.get(8), f.at(16));
    f.set(16, 6); yield* rt.chansend(f.get(8), f.at(16));
    rt.closechan(f.get(8));
    const r: string[] = [];
    for (let i = 0; i < 3; i++) { const ok = yield* rt.chanrecv(f.get(8), f.at(16)); r.push(`${f.get(16)} ${ok}`); }
    assert.deepEqual(r, ['5 true', '6 true', '0 false']);
    const [sel, ok] = rt.selectnbrecv(f.at(16), f.get(8));
    assert.deepEqual([sel, ok], [true, false]);
    assert.deepEqual(rt.selectnbrecv(f.at(16), 0), [false, false]);
    assert.equal(rt.selectnbsend(0, f.at(16)), false);
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 0);
});

test('fast paths trysend/tryrecv: complete at once when possible, report not-ready/closed otherwise', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 1));
    f.set(16, 9);
    assert.equal(rt.trysend(f.get(8), f.at(16)), true);
    assert.equal(rt.trysend(f.get(8), f.at(16)), false); // full
    assert.equal(rt.trysend(0, f.at(16)), false); // nil: the caller then blocks in chansend
    f.set(16, 0);
    assert.equal(rt.tryrecv(f.get(8), f.at(16)), 1);
    assert.equal(f.get(16), 9);
    assert.equal(rt.tryrecv(f.get(8), f.at(16)), 0);
    rt.closechan(f.get(8));
    assert.equal(rt.tryrecv(f.get(8), f.at(16)), 2);
    assert.throws(() => rt.trysend(f.get(8), f.at(16)));
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 0);
});
