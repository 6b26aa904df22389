// Virtual time, timers, semaphores, scale and the leak report, driven by hand-written generator
// "compiled code": sleeps on the virtual clock, Go 1.23 timer channel Stop/Reset semantics and
// tickers against real Go (test/data/runtime-sched/timers.go/.out), AfterFunc goroutines, mutex- and
// cond-style semaphores, 100,000 goroutines blocked on one channel then released, blocking from
// synchronous code (runSync), and `--leaks`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Harness, type Frame } from './runtime-sched-harness.js';
import { virtualEpochSec } from '../src/runtime/time.js';

const dataDir = new URL('../../test/data/runtime-sched/', import.meta.url);
const data = (name: string) => readFileSync(new URL(name, dataDir), 'utf8');
const sec = 1e9;

function* recvInt(h: Harness, f: Frame, off: number, c: number): Generator<number, [number, boolean], unknown> {
  const ok: boolean = yield* h.rt.chanrecv(c, f.at(off));
  return [f.get(off), ok];
}

test('sleep: the virtual clock jumps to the next timer; wakeups in time order; wall epoch 2009-11-10', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const t0 = rt.nanotime();
  assert.equal(rt.walltime(), BigInt(virtualEpochSec) * 1000000000n);
  const sleeper = h.func('main.main.func1', 6, 24, function* (f, _ctx, d: number) {
    yield* rt.sleep(d * sec);
    f.set(8, d);
    yield* rt.chansend(rt.m.u32[f.arg(0) >>> 2], f.at(8));
  }, { argsSize: 8, argPtrs: [0] });
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    for (const d of [3, 1, 2]) rt.newproc(sleeper, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); }, [d]);
    for (let i = 0; i < 3; i++) {
      const [v] = yield* recvInt(h, f, 16, f.get(8));
      h.print(`${v} ${(rt.nanotime() - t0) / sec}s\n`);
    }
    yield* rt.sleep(3600 * sec);
    h.print(`${(rt.nanotime() - t0) / sec}s\n`);
  }, { ptrSlots: [8] });
  const wall0 = Date.now();
  assert.equal(h.run(main), 0);
  assert.ok(Date.now() - wall0 < 5000, 'virtual time does not wait');
  assert.equal(h.stdout, '1 1s\n2 2s\n3 3s\n3603s\n');
});

test('timer channels with Go 1.23 semantics (len/cap 0, Stop/Reset drain) and tickers match real Go', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const write = (dst: number, now: number) => { rt.m.u32[dst >>> 2] = now % 2 ** 32; };
  const main = h.func('main.main', 5, 40, function* (f) {
    const start = rt.nanotime();
    const p = (s: string) => h.print(s + '\n');
    f.set(8, rt.makechan(chInt, 1));
    const t = rt.newTimer(rt.nanotime() + sec, 0, { kind: 'chan', c: f.get(8), write });
    yield* rt.sleep(2 * sec);
    p(`${rt.chanlen(f.get(8))} ${rt.chancap(f.get(8))}`);
    p(String(rt.stopTimer(t)));
    const [sel] = rt.selectnbrecv(f.at(24), f.get(8));
    p(sel ? 'got' : 'empty');
    p(String(rt.resetTimer(t, rt.nanotime() + sec, 0)));
    yield* rt.chanrecv(f.get(8), f.at(24));
    p(String(rt.stopTimer(t)));
    p(String(rt.resetTimer(t, rt.nanotime() + sec, 0)));
    p(String(rt.resetTimer(t, rt.nanotime() + 2 * sec, 0)));
    yield* rt.chanrecv(f.get(8), f.at(24));
    f.set(16, rt.makechan(chInt, 1));
    const tk = rt.newTimer(rt.nanotime() + sec / 10, sec / 10, { kind: 'chan', c: f.get(16), write });
    yield* rt.sleep(0.35 * sec);
    yield* rt.chanrecv(f.get(16), f.at(24));
    yield* rt.chanrecv(f.get(16), f.at(24));
    rt.stopTimer(tk);
    p(`${Math.round((rt.nanotime() - start) / 1e7) / 100}s`);
  }, { ptrSlots: [8, 16] });
  assert.equal(h.run(main), 0);
  assert.equal(h.stdout, data('timers.out'));
});

test('AfterFunc: the function runs in a new goroutine created by time.goFunc', () => {
  const h = new Harness();
  const rt = h.rt;
  const fired: string[] = [];
  const fn = h.func('main.main.func1', 9, 16, function* () {
    const g = rt.curg!;
    fired.push(`goroutine ${g.goid} at ${(rt.nanotime() - 1e9) / sec}s by ${g.createdBy!.name}`);
  });
  const fv = rt.allocStatic(8, 8); // a static funcval {fnIndex}
  rt.m.u32[fv >>> 2] = fn;
  const main = h.func('main.main', 3, 16, function* () {
    rt.newTimer(rt.nanotime() + 2 * sec, 0, rt.goFuncAction(fv));
    yield* rt.sleep(5 * sec);
  });
  assert.equal(h.run(main), 0);
  assert.deepEqual(fired, ['goroutine 5 at 2s by time.goFunc']);
});

test('semaphores: mutual exclusion with FIFO hand-off; a deadlock shows "sync.Mutex.Lock"', () => {
  const h = new Harness();
  const rt = h.rt;
  let inside = 0, maxInside = 0, total = 0;
  const sem = rt.allocStatic(8, 8);
  const donesem = rt.allocStatic(8, 8);
  rt.m.u32[sem >>> 2] = 1;
  const worker = h.func('main.worker', 5, 16, function* () {
    for (let k = 0; k < 5; k++) {
      yield* rt.semacquire(sem, 'sync.Mutex.Lock');
      inside++; maxInside = Math.max(maxInside, inside);
      yield* rt.Gosched();
      total++; inside--;
      rt.semrelease(sem);
    }
    rt.semrelease(donesem);
  });
  const main = h.func('main.main', 3, 16, function* () {
    for (let i = 0; i < 10; i++) rt.newproc(worker, 0, 0, null);
    for (let i = 0; i < 10; i++) yield* rt.semacquire(donesem);
    h.print(`total ${total} max ${maxInside}\n`);
    yield* rt.semacquire(sem, 'sync.Mutex.Lock');
    yield* rt.semacquire(sem, 'sync.Mutex.Lock'); // locks twice: deadlock
  });
  assert.equal(h.run(main), 2);
  assert.equal(h.stdout, 'total 50 max 1\n');
  assert.match(h.stderr, /^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[sync\.Mutex\.Lock\]:\nmain\.main\(\)\n/);
});

test('notify lists (sync.Cond): Signal wakes the oldest waiter, Broadcast wakes all', () => {
  const h = new Harness();
  const rt = h.rt;
  const l = rt.allocStatic(32, 8);
  const woke: number[] = [];
  const waiter = h.func('main.waiter', 5, 16, function* (_f, _ctx, id: number) {
    const t = rt.notifyListAdd(l);
    yield* rt.notifyListWait(l, t);
    woke.push(id);
  });
  const main = h.func('main.main', 3, 16, function* () {
    for (let i = 0; i < 4; i++) rt.newproc(waiter, 0, 0, null, [i]);
    yield* rt.Gosched(); // all four wait
    rt.notifyListNotifyOne(l);
    yield* rt.Gosched();
    assert.equal(woke.length, 1);
    rt.notifyListNotifyAll(l);
    yield* rt.Gosched();
  });
  assert.equal(h.run(main), 0);
  assert.equal(woke.length, 4);
  assert.deepEqual([...woke].sort(), [0, 1, 2, 3]);
  assert.equal(woke[0], 3); // runnext order: the last created ran (and took its ticket) first
});

test('scale: 100,000 goroutines blocked on one channel, then released, on 2 KiB stacks', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const N = 100_000;
  const donesem = rt.allocStatic(8, 8);
  let released = 0;
  const worker = h.func('main.main.func1', 8, 24, function* (f) {
    const ok: boolean = yield* rt.chanrecv(rt.m.u32[f.arg(0) >>> 2], f.at(8));
    if (!ok && ++released === N) rt.semrelease(donesem);
  }, { argsSize: 8, argPtrs: [0] });
  let blocked = 0, stackInuse = 0;
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    for (let i = 0; i < N; i++) rt.newproc(worker, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); });
    yield* rt.Gosched();
    blocked = rt.numGoroutine();
    stackInuse = rt.memStats().StackInuse;
    rt.closechan(f.get(8));
    yield* rt.semacquire(donesem);
    yield* rt.Gosched();
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 0);
  assert.equal(blocked, N + 1);
  assert.equal(released, N);
  assert.equal(rt.numGoroutine(), 1);
  // 2 KiB per goroutine, as Go (plus main's stack and pool rounding)
  assert.ok(stackInuse >= N * 2048 && stackInuse < N * 2048 * 1.05, `StackInuse ${stackInuse}`);
});

test('runSync: synchronous code blocks on a channel fed by a timer; nested goroutines run meanwhile', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const tmp = rt.allocStatic(8, 8);
  const cg = rt.allocStatic(8, 8);
  rt.registerGlobals(cg, [0], 8);
  const other: string[] = [];
  const bg = h.func('main.bg', 5, 16, function* () {
    other.push('before');
    yield* rt.sleep(sec);
    other.push(`after ${(rt.nanotime() - 1e9) / sec}s`);
  });
  const c = rt.makechan(chInt, 0);
  rt.m.u32[cg >>> 2] = c;
  rt.newproc(bg, 0, 0, null);
  rt.newTimer(rt.nanotime() + 3 * sec, 0, { kind: 'chan', c, write: (dst: number) => { rt.m.u32[dst >>> 2] = 77; } });
  const ok = rt.runSync(rt.chanrecv(c, tmp));
  assert.equal(ok, true);
  assert.equal(rt.m.u32[tmp >>> 2], 77);
  assert.equal(rt.nanotime(), 1e9 + 3 * sec);
  assert.deepEqual(other, ['before', 'after 1s']);
});

test('--leaks: blocked goroutines grouped by creation and blocking site; unreachable ones marked', () => {
  const h = new Harness();
  const rt = h.rt;
  const chInt = h.chanOf(h.intT);
  const g = rt.allocStatic(8, 8); // a global chan variable
  rt.registerGlobals(g, [0], 8);
  const leaker = h.func('main.leak', 20, 24, function* (f) {
    f.line(21);
    yield* rt.chanrecv(rt.m.u32[f.arg(0) >>> 2], f.at(8));
  }, { argsSize: 8, argPtrs: [0] });
  const main = h.func('main.main', 3, 24, function* (f) {
    f.set(8, rt.makechan(chInt, 0));
    rt.m.u32[g >>> 2] = rt.makechan(chInt, 0);
    for (let i = 0; i < 3; i++) {
      f.line(10);
      rt.newproc(leaker, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = f.get(8); }); // local channel: lost
    }
    f.line(12);
    rt.newproc(leaker, 0, 8, (a: number) => { rt.m.u32[a >>> 2] = rt.m.u32[g >>> 2]; }); // global: could be woken
    yield* rt.Gosched();
  }, { ptrSlots: [8] });
  assert.equal(h.run(main), 0);
  const rep: string = rt.leakReport();
  assert.equal(rep, [
    'goroutine leaks: 4 goroutines blocked at exit',
    '',
    '3 goroutines [chan receive] (can never be woken)',
    'blocked at main.leak\n\t/home/gopher/prog/main.go:21',
    'created by main.main\n\t/home/gopher/prog/main.go:10',
    '',
    '1 goroutine [chan receive]',
    'blocked at main.leak\n\t/home/gopher/prog/main.go:21',
    'created by main.main\n\t/home/gopher/prog/main.go:12',
    '',
  ].join('\n'));
});

test('--leaks: a goroutine blocked on a nil channel can never be woken; none blocked = empty report', () => {
  const h = new Harness({ env: { GOMAXPROCS: '2' } });
  const rt = h.rt;
  const nilRecv = h.func('main.main.func1', 5, 24, function* (f) {
    f.line(6);
    yield* rt.chanrecv(0, f.at(8));
  });
  const main = h.func('main.main', 3, 16, function* (f) {
    f.line(5);
    rt.newproc(nilRecv, 0, 0, null);
    yield* rt.Gosched();
    yield* rt.Gosched();
  });
  assert.equal(h.run(main), 0);
  assert.equal(rt.gomaxprocs, 2);
  assert.equal(rt.leakReport(), [
    'goroutine leaks: 1 goroutine blocked at exit', '',
    '1 goroutine [chan receive (nil chan)] (can never be woken)',
    'blocked at main.main.func1\n\t/home/gopher/prog/main.go:6',
    'created by main.main\n\t/home/gopher/prog/main.go:5', '',
  ].join('\n'));
  const h2 = new Harness();
  const m2 = h2.func('main.main', 3, 16, function* () { yield* h2.rt.Gosched(); });
  assert.equal(h2.run(m2), 0);
  assert.equal(h2.rt.leakReport(), '');
});
