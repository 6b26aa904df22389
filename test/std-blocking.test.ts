// Blocking std natives (sync's runtime_* semaphores and notify lists, time.Sleep) on the real
// scheduler: hand-written generator "compiled code" (test/runtime-sched-harness.ts) calls the
// natives with yield*, as generated code does in goroutine mode. Also checks the blockingNatives
// contract: every listed native is a generator function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './runtime-sched-harness.js';
import syncNatives, { blockingNatives as syncBlocking } from '../src/std/sync/natives.js';
import timeNatives, { blockingNatives as timeBlocking } from '../src/std/time/natives.js';
import { stdBlockingNatives, isBlockingNative } from '../src/std/index.js';

const GeneratorFunction = Object.getPrototypeOf(function* () { /* */ }).constructor;

test('blockingNatives lists exactly the generator natives', () => {
  const h = new Harness();
  for (const [pkg, make, set] of [['sync', syncNatives, syncBlocking], ['time', timeNatives, timeBlocking]] as const) {
    const n = make(h.rt as any);
    for (const [name, fn] of Object.entries(n)) {
      assert.equal(fn instanceof GeneratorFunction, set.has(name), `${pkg}.${name}`);
      assert.equal(isBlockingNative(pkg, name), set.has(name));
    }
    for (const name of set) assert.ok(name in n, `${pkg}.${name} listed but missing`);
  }
  assert.equal(stdBlockingNatives('fmt').size, 0);
  assert.ok(stdBlockingNatives('sync').has('runtime_SemacquireMutex'));
});

test('runtime_Semacquire parks until another goroutine calls runtime_Semrelease', () => {
  const h = new Harness();
  const rt = h.rt;
  const sync = syncNatives(rt as any);
  const sema = rt.mallocgc(8, null, true);
  const order: string[] = [];
  const releaser = h.func('main.main.func1', 10, 24, function* (f) {
    order.push('releaser runs');
    f.set(8, sema);
    sync.runtime_Semrelease(f.sp, 0, false, 0);
    order.push('released');
  });
  const main = h.func('main.main', 3, 24, function* (f) {
    rt.newproc(releaser, 0, 0, null, []);
    f.set(8, sema);
    order.push('acquire');
    f.line(5);
    yield* sync.runtime_SemacquireMutex(f.sp, 0, false, 1);
    order.push('acquired ' + rt.m.u32[sema >>> 2]);
  });
  assert.equal(h.run(main), 0);
  assert.deepEqual(order, ['acquire', 'releaser runs', 'released', 'acquired 0']);
});

test('notify list: Wait parks until NotifyAll; tickets already notified return at once', () => {
  const h = new Harness();
  const rt = h.rt;
  const sync = syncNatives(rt as any);
  const list = rt.mallocgc(32, null, true);
  const order: string[] = [];
  const waiter = h.func('main.main.func1', 10, 24, function* (f, _c, id: number) {
    f.set(8, list);
    const t = sync.runtime_notifyListAdd(f.sp, 0);
    order.push(`wait ${id} ticket ${t}`);
    yield* sync.runtime_notifyListWait(f.sp, 0, t);
    order.push(`woke ${id}`);
  });
  const main = h.func('main.main', 3, 24, function* (f) {
    rt.newproc(waiter, 0, 0, null, [1]);
    rt.newproc(waiter, 0, 0, null, [2]);
    yield* rt.Gosched();
    f.set(8, list);
    order.push('broadcast');
    sync.runtime_notifyListNotifyAll(f.sp, 0);
    yield* rt.Gosched();
    order.push('done');
  });
  assert.equal(h.run(main), 0);
  assert.deepEqual(order.slice(0, 2).sort(), ['wait 1 ticket 1', 'wait 2 ticket 0']);
  assert.deepEqual(order.slice(2, 3), ['broadcast']);
  assert.deepEqual(order.slice(3, 5).sort(), ['woke 1', 'woke 2']);
  assert.equal(order[5], 'done');
});

test('time.Sleep advances the virtual clock; timers by handle fire, stop and reset', () => {
  const h = new Harness();
  const rt = h.rt;
  const tm = timeNatives(rt as any);
  let before = 0, after = 0;
  const main = h.func('main.main', 3, 24, function* (_f) {
    before = Number(tm.nanotime(0, 0));
    yield* tm.Sleep(0, 0, 1500000000);
    after = Number(tm.nanotime(0, 0));
    const fired: number[] = [];
    const id = tm.newTimerFunc(0, 0, 0) as number; // funcval 0 is never run: stopped below
    assert.equal(tm.stopTimer(0, 0, id), true);
    assert.equal(tm.stopTimer(0, 0, id), false);
    assert.equal(tm.resetTimer(0, 0, 999, 0, 0), false); // unknown handle
    void fired;
  });
  assert.equal(h.run(main), 0);
  assert.equal(after - before, 1500000000);
});
