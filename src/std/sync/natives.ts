// Natives of package sync (src/std/sync/sync.go): the sync ↔ runtime boundary of
// $GOROOT/src/runtime/sema.go (sync_runtime_Semacquire*, sync_runtime_Semrelease,
// notifyList*), served by the simulated scheduler (src/runtime/sched_ops.ts, sema.ts).
// Blocking natives are generators: generated code in goroutine mode calls them with yield*,
// synchronous code runs them with $rt.runSync(gen). `blockingNatives` names them.
import type { NativeFn, NativeRuntime } from '../abi.js';

/** The natives of this package that may park the calling goroutine (generator functions). */
export const blockingNatives: Set<string> = new Set([
  'runtime_Semacquire', 'runtime_SemacquireMutex', 'runtime_SemacquireRWMutexR', 'runtime_SemacquireRWMutex',
  'runtime_SemacquireWaitGroup', 'runtime_notifyListWait',
]);

/** Go's wait reasons (runtime/runtime2.go waitReasonStrings) shown in goroutine dumps. */
const reason = {
  semacquire: 'semacquire',
  mutex: 'sync.Mutex.Lock',
  rlock: 'sync.RWMutex.RLock',
  lock: 'sync.RWMutex.Lock',
  waitGroup: 'semacquire', // Go 1.23's WaitGroup.Wait parks in runtime_Semacquire
} as const;

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const arg0 = (csp: number) => rt.m.u32[(csp + 8) >>> 2];
  // sync.Pool (Go's allPools + poolCleanup): registered pools are GC roots; at the start of each
  // cycle every pool's items slice becomes its victim slice (Pool layout: items 0, victim 24,
  // registered 48), and a pool found empty is dropped from the list.
  const pools = new Set<number>();
  const poolCleanup = (): void => {
    const m = rt.m;
    for (const p of pools) {
      const had = m.u32[(p + 8) >>> 2] !== 0 || m.u32[(p + 12) >>> 2] !== 0;
      for (let w = 0; w < 6; w++) { m.u32[((p + 24) >>> 2) + w] = m.u32[(p >>> 2) + w]; m.u32[(p >>> 2) + w] = 0; }
      if (!had) { m.u8[p + 48] = 0; pools.delete(p); }
    }
  };
  if (Array.isArray(rt.gcStartHooks)) rt.gcStartHooks.push(poolCleanup);
  if (Array.isArray(rt.rootScanners)) rt.rootScanners.push((mark: (p: number) => void) => { for (const p of pools) mark(p); });
  return {
    // func runtime_registerPool(p *Pool)
    runtime_registerPool(csp: number): void { pools.add(arg0(csp)); },
    // func runtime_Semacquire(s *uint32)
    *runtime_Semacquire(csp: number): Generator<number, void, unknown> {
      yield* rt.semacquire(arg0(csp), reason.semacquire, false);
    },
    // func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)
    *runtime_SemacquireMutex(csp: number, _ctx: number, lifo: boolean): Generator<number, void, unknown> {
      yield* rt.semacquire(arg0(csp), reason.mutex, !!lifo);
    },
    // func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)
    *runtime_SemacquireRWMutexR(csp: number, _ctx: number, lifo: boolean): Generator<number, void, unknown> {
      yield* rt.semacquire(arg0(csp), reason.rlock, !!lifo);
    },
    // func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)
    *runtime_SemacquireRWMutex(csp: number, _ctx: number, lifo: boolean): Generator<number, void, unknown> {
      yield* rt.semacquire(arg0(csp), reason.lock, !!lifo);
    },
    // func runtime_SemacquireWaitGroup(s *uint32)
    *runtime_SemacquireWaitGroup(csp: number): Generator<number, void, unknown> {
      yield* rt.semacquire(arg0(csp), reason.waitGroup, false);
    },
    // func runtime_Semrelease(s *uint32, handoff bool, skipframes int)
    runtime_Semrelease(csp: number): void { rt.semrelease(arg0(csp)); },
    // func runtime_notifyListAdd(l *notifyList) uint32
    runtime_notifyListAdd(csp: number): number { return rt.notifyListAdd(arg0(csp)) >>> 0; },
    // func runtime_notifyListWait(l *notifyList, t uint32)
    *runtime_notifyListWait(csp: number, _ctx: number, t: number): Generator<number, void, unknown> {
      yield* rt.notifyListWait(arg0(csp), t >>> 0);
    },
    runtime_notifyListNotifyAll(csp: number): void { rt.notifyListNotifyAll(arg0(csp)); },
    runtime_notifyListNotifyOne(csp: number): void { rt.notifyListNotifyOne(arg0(csp)); },
    // func runtime_nanotime() int64
    runtime_nanotime(): number | bigint { return typeof rt.nanotime === 'function' ? rt.nanotime() : 0; },
    // func fatal(s string)
    fatal(csp: number): void {
      const a = csp + 8, m = rt.m;
      const p = m.u32[a >>> 2], n = m.u32[(a + 8) >>> 2];
      const msg = new TextDecoder().decode(m.u8.subarray(p, p + n));
      if (typeof rt.fatal === 'function') rt.fatal(msg);
      throw new Error('fatal error: ' + msg);
    },
  };
}
