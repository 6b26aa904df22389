// Natives of package runtime (src/std/runtime/runtime.go): thin calls into the simulated runtime
// (GC, readMemStats, goroutine counts, scheduler hooks). Optional runtime features are probed, so
// the package works while issue 4/5 features (scheduler, finalizers) are not there yet.
import { Kind } from '../../runtime/type.js';
import { fingReady } from '../../runtime/mfinal.js';
import { mapDebug } from '../../runtime/map.js';
import { ldWord, newStringJS, stWord, utf8Encode, type NativeFn, type NativeRuntime } from '../abi.js';
import { callerFrames, callersPCs, pcInfo, stackText } from './traceback.js';
import { mprofNatives } from './mprof_natives.js';

/** After a forced cycle: a generator that lets the finalizer goroutine run first when the cycle
 *  queued calls for it (the emitted code drives a native's generator result), else undefined.
 *  Other runnable goroutines also get their turn: Go's runtime.GC parks its caller while the cycle
 *  runs (a goroutine calling runtime.GC in a loop must not starve the others). */
export function afterGC(rt: NativeRuntime): unknown {
  if (typeof rt.Gosched !== 'function') return undefined;
  if (fingReady(rt as any)) return rt.Gosched();
  const s = (rt.$sched as { sched?: { anyRunnable(): boolean } } | undefined)?.sched;
  if (s && s.anyRunnable()) return rt.Gosched();
  return undefined;
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  let warnedFinalizer = false;
  return {
    ...mprofNatives(rt),
    // Go's runtime.GC parks the caller until the cycle ends; meanwhile the scheduler readies the
    // finalizer goroutine (runnext), so queued finalizers and cleanups run before the caller goes on.
    GC(): unknown { rt.GC(); return afterGC(rt); },
    NumGoroutine(): number {
      if (typeof rt.numGoroutine === 'function') return rt.numGoroutine();
      return typeof rt.allgs === 'object' && rt.allgs ? Math.max(1, rt.allgs.length | 0) : 1;
    },
    GOMAXPROCS(_csp: number, _ctx: number, n: number | bigint): number {
      const prev = typeof rt.procs === 'number' ? rt.procs : 1;
      if (Number(n) >= 1) rt.procs = Number(n);
      return prev;
    },
    // func sameSizeGrowForIssue69110Test(h *hmap) bool, reached with //go:linkname (map.go): whether
    // the map is growing to the same size (evacuating overflow buckets).
    sameSizeGrowForIssue69110Test(csp: number): boolean {
      const h = rt.m.u32[(csp + 8) >>> 2];
      return h !== 0 && (mapDebug(rt as never, h).flags & 8) !== 0;
    },
    NumCPU(): number { return typeof rt.ncpu === 'number' ? rt.ncpu : typeof rt.procs === 'number' ? rt.procs : 1; },
    // Returns the runtime's Gosched generator: goroutine code delegates to it (yield*), so the
    // caller just yields to the scheduler; synchronous code runs it with runSync. (Running the
    // scheduler inside the call, rt.gosched, nests a scheduler loop per call: very slow when
    // goroutines call Gosched in turn, as Go's gcgort.go test does.) Not a blocking native, so
    // programs without goroutines stay plain JS.
    Gosched(): unknown {
      if (typeof rt.Gosched === 'function') return rt.Gosched();
      if (typeof rt.gosched === 'function') rt.gosched();
      return undefined;
    },
    Goexit(): void {
      if (typeof rt.goexit === 'function') { rt.goexit(); return; }
      throw new Error('gomemlab: runtime.Goexit is not supported yet');
    },
    // func SetFinalizer(obj any, finalizer any): checks of mfinal.go's SetFinalizer, then the
    // runtime's specials (src/runtime/mfinal.ts setFinalizer(p, fv, argsSize, ifaceWord)).
    SetFinalizer(csp: number): void {
      const a = csp + 8, m = rt.m;
      const ot = m.u32[a >>> 2] ? rt.types[m.u32[a >>> 2]] : undefined;
      const p = m.u32[(a + 8) >>> 2];
      const throwMsg = (msg: string): never => {
        if (typeof rt.throw === 'function') rt.throw(msg);
        throw new Error('fatal error: ' + msg);
      };
      if (!ot) throwMsg('runtime.SetFinalizer: first argument is nil');
      if (ot!.kind !== Kind.Pointer) throwMsg('runtime.SetFinalizer: first argument is ' + ot!.str + ', not pointer');
      const ft = m.u32[(a + 16) >>> 2] ? rt.types[m.u32[(a + 16) >>> 2]] : undefined;
      const fv = m.u32[(a + 24) >>> 2];
      if (typeof rt.setFinalizer !== 'function') {
        if (!warnedFinalizer) {
          warnedFinalizer = true;
          rt.write(2, new TextEncoder().encode('gomemlab: runtime.SetFinalizer is not supported by this runtime; finalizer ignored\n'));
        }
        return;
      }
      if (!ft || fv === 0) { rt.setFinalizer(p, 0); return; }
      if (ft.kind !== Kind.Func) throwMsg('runtime.SetFinalizer: second argument is ' + ft.str + ', not a function');
      const params = ft.params ?? [];
      if (params.length !== 1 || ft.variadic) throwMsg('runtime.SetFinalizer: cannot pass ' + ot!.str + ' to finalizer ' + ft.str);
      const pt = params[0];
      let ifaceWord = 0, psize = 8;
      if (pt.id === ot!.id || (pt.kind === Kind.Pointer && !pt.named && !ot!.named && pt.elem === ot!.elem)) {
        // direct
      } else if (pt.kind === Kind.Interface) {
        psize = 16;
        if (!pt.imethods || pt.imethods.length === 0) ifaceWord = ot!.id;
        else {
          ifaceWord = rt.getitab(pt, ot, true) as number;
          if (!ifaceWord) throwMsg('runtime.SetFinalizer: cannot pass ' + ot!.str + ' to finalizer ' + ft.str);
        }
      } else throwMsg('runtime.SetFinalizer: cannot pass ' + ot!.str + ' to finalizer ' + ft.str);
      // results (ignored) still occupy the callee's result area unless a single scalar
      const rs = ft.results ?? [];
      let size = psize;
      const scalarKinds = new Set([Kind.Bool, Kind.Int, Kind.Int8, Kind.Int16, Kind.Int32, Kind.Int64, Kind.Uint, Kind.Uint8,
        Kind.Uint16, Kind.Uint32, Kind.Uint64, Kind.Uintptr, Kind.Float32, Kind.Float64]);
      if (!(rs.length === 1 && scalarKinds.has(rs[0].kind))) {
        for (const r of rs) size = ((size + r.align - 1) & ~(r.align - 1)) + r.size;
      }
      rt.setFinalizer(p, fv, (size + 7) & ~7, ifaceWord);
    },
    // func Caller(skip int) (pc uintptr, file string, line int, ok bool): results at csp+8+0
    Caller(csp: number, _ctx: number, skip: number): void {
      let r: { pc?: number; file?: string; line?: number } | undefined;
      // [runtime.Callers, Caller's caller, …, runtime.main, runtime.goexit]
      const pcs = callersPCs(rt, callerFrames(rt));
      const pc = pcs[Number(skip) + 1];
      const info = pc !== undefined ? pcInfo(rt, pc) : undefined;
      if (info) r = { pc, file: info.file, line: info.line };
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
    // func Callers(skip int, pc []uintptr) int
    Callers(csp: number, _ctx: number, skip: number | bigint): number {
      const a = csp + 8;
      const pcs = callersPCs(rt, callerFrames(rt)).slice(Math.max(0, Number(skip)));
      const p = rt.m.u32[a >>> 2], n = Math.min(ldWord(rt.m, a + 8), pcs.length);
      for (let i = 0; i < n; i++) stWord(rt.m, p + 8 * i, pcs[i]);
      return n;
    },
    // func Stack(buf []byte, all bool) int
    Stack(csp: number, _ctx: number, all: boolean): number {
      const a = csp + 8;
      const b = utf8Encode(stackText(rt, all));
      const p = rt.m.u32[a >>> 2], n = Math.min(ldWord(rt.m, a + 8), b.length);
      rt.m.u8.set(b.subarray(0, n), p);
      return n;
    },
    // func pcInfo(pc uintptr) (name string, file string, line int, entry uintptr, ok bool, hasFunc bool)
    pcInfo(csp: number, _ctx: number, pc: number | bigint): void {
      const a = csp + 8;
      const r = typeof pc === 'number' ? pcInfo(rt, pc) : undefined;
      if (!r) {
        for (let o = 0; o < 48; o += 8) stWord(rt.m, a + o, 0);
        rt.m.u8[a + 48] = 0; rt.m.u8[a + 49] = 0;
        return;
      }
      stWord(rt.m, a + 32, r.line); stWord(rt.m, a + 40, r.entry);
      rt.m.u8[a + 48] = 1; rt.m.u8[a + 49] = r.hasFunc ? 1 : 0;
      newStringJS(rt, a, r.name);
      newStringJS(rt, a + 16, r.file);
    },
    // func isPointerKind(x any) bool: x is a typed nil *S; true if S is a pointer type.
    isPointerKind(csp: number): boolean {
      const t = rt.types[rt.m.u32[(csp + 8) >>> 2]];
      const k = t?.elem?.kind;
      return k === Kind.Pointer || k === Kind.UnsafePointer;
    },
    // func addCleanup(p unsafe.Pointer, fn func()) uint64: the closure holds cleanup and arg.
    addCleanup(csp: number): number {
      const a = csp + 8;
      return rt.addCleanup(rt.m.u32[a >>> 2], rt.m.u32[(a + 8) >>> 2], 0, 0) as number;
    },
    // func stopCleanup(id uint64)
    stopCleanup(_csp: number, _ctx: number, id: number | bigint): void { rt.stopCleanup(Number(id)); },
    // func ReadMemStats(m *MemStats)
    ReadMemStats(csp: number): void {
      const p = rt.m.u32[(csp + 8) >>> 2];
      rt.readMemStats(p);
    },
  };
}
