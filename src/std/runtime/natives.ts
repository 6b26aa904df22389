// Natives of package runtime (src/std/runtime/runtime.go): thin calls into the simulated runtime
// (GC, readMemStats, goroutine counts, scheduler hooks). Optional runtime features are probed, so
// the package works while issue 4/5 features (scheduler, finalizers) are not there yet.
import { newStringJS, stWord, type NativeFn, type NativeRuntime } from '../abi.js';
import { goFrames } from '../../runtime/traceback.js';

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  let warnedFinalizer = false;
  return {
    GC(): void { rt.GC(); },
    NumGoroutine(): number {
      if (typeof rt.numGoroutine === 'function') return rt.numGoroutine();
      return typeof rt.allgs === 'object' && rt.allgs ? Math.max(1, rt.allgs.length | 0) : 1;
    },
    GOMAXPROCS(_csp: number, _ctx: number, n: number | bigint): number {
      const prev = typeof rt.procs === 'number' ? rt.procs : 1;
      if (Number(n) >= 1) rt.procs = Number(n);
      return prev;
    },
    NumCPU(): number { return typeof rt.ncpu === 'number' ? rt.ncpu : typeof rt.procs === 'number' ? rt.procs : 1; },
    Gosched(): void { if (typeof rt.gosched === 'function') rt.gosched(); },
    Goexit(): void {
      if (typeof rt.goexit === 'function') { rt.goexit(); return; }
      throw new Error('gomemlab: runtime.Goexit is not supported yet');
    },
    SetFinalizer(): void {
      if (typeof rt.setFinalizer === 'function') return; // not reached: issue 5 replaces this native
      if (!warnedFinalizer) {
        warnedFinalizer = true;
        rt.write(2, new TextEncoder().encode('gomemlab: runtime.SetFinalizer is not supported yet (issue 5); finalizer ignored\n'));
      }
    },
    // func Caller(skip int) (pc uintptr, file string, line int, ok bool): results at csp+8+0
    Caller(csp: number, _ctx: number, skip: number): void {
      let r: { pc?: number; file?: string; line?: number } | undefined;
      if (typeof rt.caller === 'function') r = rt.caller(Number(skip) + 1);
      else {
        // frames of the emitted module, innermost first: [0] is Caller's caller
        const frames = goFrames(rt as any, new Error().stack ?? '');
        const f = frames[Number(skip)];
        if (f) r = { pc: 0x401000 + 16 * Number(skip), file: f.file, line: f.line };
      }
      const a = csp + 8;
      if (!r) {
        stWord(rt.m, a, 0); stWord(rt.m, a + 8, 0); stWord(rt.m, a + 16, 0); stWord(rt.m, a + 24, 0);
        rt.m.u8[a + 32] = 0;
        return;
      }
      stWord(rt.m, a, r.pc ?? 0);
      newStringJS(rt, a + 8, r.file ?? '');
      stWord(rt.m, a + 24, r.line ?? 0);
      rt.m.u8[a + 32] = 1;
    },
    // func ReadMemStats(m *MemStats)
    ReadMemStats(csp: number): void {
      const p = rt.m.u32[(csp + 8) >>> 2];
      rt.readMemStats(p);
    },
  };
}
