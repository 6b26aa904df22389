// class Runtime: the `$rt` object of emitted code. It owns the simulated memory, the registries the
// emitted module fills (types, funcs, globals, static data), the allocator, the goroutine stacks and
// the garbage collector, and exposes the entry points of docs/ARCHITECTURE.md §5. The value
// operations (maps, strings, slices, interfaces, panics, printing) are installed by ops.ts
// (attachValueOps) on the same object.
//
// No single Go file: this gathers what Go's runtime keeps in globals (mheap_, the Ps' mcaches,
// gcController, memstats, allgs) — see the per-file mirrors named below.

import { Memory, encodeUTF8 } from './memory.js';
import type { TypeDesc, FuncInfo } from './type.js';
import * as i64 from './int64.js';
import { MHeap } from './mheap.js';
import { MCentral } from './mcentral.js';
import { MCache } from './mcache.js';
import { numSpanClasses } from './mspan.js';
import { MemProf } from './mprof.js';
import * as malloc from './malloc.js';
import {
  StackAllocator, morestack, calleeWrap, fixedStack, stackGuard, stackPreempt, defaultMaxStack, NATIVE_FRAME, type GStack,
} from './stack.js';
import { GCController, noMemoryLimit } from './mgcpacer.js';
import {
  GCPhase, nanotime, GCState, gcStart, gcFull, gcMarkSlice, gcBgMarkWorker, subscribe, type GCEvent, type GCEventKind,
} from './mgc.js';
import type { GCWork } from './mgcmark.js';
import { Sweeper } from './mgcsweep.js';
import { GCCPULimiter } from './mgclimit.js';
import { Scavenger } from './mgcscavenge.js';
import { gcWriteBarrier, bulkBarrierPreWrite, typedmemmove } from './mbarrier.js';
import { FinState, setFinalizer, scanFinalizerRoots, runFinalizersNow } from './mfinal.js';
import { CleanupState, addCleanup, stopCleanup } from './mcleanup.js';
import { WeakState, weakMake, weakValue } from './weak.js';
import { readMetric, readGCStats, allMetrics, type MetricValue } from './metrics.js';
import { MStats, readMemStats, computeMemStats, sysMemory, type MemStatsValues } from './mstats.js';
import { attachValueOps } from './ops.js';
import { WBCheck } from './mwbcheck.js';

/**
 * Thrown to end the program with an exit status (os.Exit, fatal errors, unrecovered panics once
 * printed). The driver catches it and turns `code` into the process exit code.
 */
export class GoExit extends Error {
  constructor(readonly code: number) {
    super(`exit status ${code}`);
    this.name = 'GoExit';
  }
}

export interface RuntimeOptions {
  /** GOGC percent; −1 = off. Default 100. */
  gogc?: number;
  /** GOMEMLIMIT in bytes. Default math.MaxInt64 (no limit). */
  memlimit?: number;
  /** GODEBUG=gctrace=1. */
  gctrace?: boolean;
  /** Max goroutine stack size in bytes (debug.SetMaxStack). Default 1e9. */
  maxstack?: number;
  /** Program output: fd 1 = stdout, 2 = stderr. */
  write?: (fd: number, bytes: Uint8Array) => void;
  /** GOMAXPROCS as reported (gctrace "# P"). Default 1. */
  gomaxprocs?: number;
  /** Initial size of the address space in bytes when not reserved (grows by doubling). 4 MiB. */
  initialMemory?: number;
  /** Address space to reserve up front (lazily mapped by the engine; 0 = grow instead). Default
   *  4 GiB, falling back to growth if the engine refuses. */
  reserveMemory?: number;
  /** Shrink goroutine stacks at GC (GODEBUG=gcshrinkstackoff=1 turns it off). Default true. */
  shrinkStacks?: boolean;
  /** GODEBUG=gcstoptheworld=1 (STW mark) or 2 (STW mark and sweep). Default 0 (concurrent). */
  gcstoptheworld?: number;
  /** GODEBUG=gccheckmark=1: verify each mark phase stop-the-world. */
  gccheckmark?: boolean;
  /** The compiled code and runtime helpers run the write barrier on every pointer store, so the
   *  concurrent marker reads live memory. Default true; false (GODEBUG=gcsnapshot=1) makes every
   *  mark start copy the scan spans and the marker read that snapshot instead (the fallback for
   *  code that stores pointers without barriers, e.g. hand-written runtime tests). */
  gcBarriersComplete?: boolean;
  /** GODEBUG=gcwbcheck=1: audit the write barrier (mwbcheck.ts): report pointer words of old
   *  objects that changed during marking without a barrier call. */
  gcwbcheck?: boolean;
  /** GODEBUG=gcslowmark=1: mark one object per assist/slice (long mark phases; for tests). */
  gcslowmark?: boolean;
}

/** Options from the environment: GOGC, GOMEMLIMIT, GODEBUG=gctrace=1. */
export function optionsFromEnv(env: Record<string, string | undefined>): RuntimeOptions {
  const o: RuntimeOptions = {};
  const gogc = env.GOGC;
  if (gogc !== undefined && gogc !== '') o.gogc = gogc === 'off' ? -1 : parseInt(gogc, 10);
  const lim = env.GOMEMLIMIT;
  if (lim !== undefined && lim !== '' && lim !== 'off') {
    const mm = /^(\d+)(B|KiB|MiB|GiB|TiB)?$/.exec(lim);
    if (mm) {
      const mult: Record<string, number> = { B: 1, KiB: 1024, MiB: 1 << 20, GiB: 2 ** 30, TiB: 2 ** 40 };
      o.memlimit = parseInt(mm[1], 10) * mult[mm[2] ?? 'B'];
    }
  }
  for (const kv of (env.GODEBUG ?? '').split(',')) {
    const t = kv.trim();
    if (t === 'gctrace=1') o.gctrace = true;
    else if (t === 'gcshrinkstackoff=1') o.shrinkStacks = false;
    else if (t.startsWith('gcstoptheworld=')) o.gcstoptheworld = parseInt(t.slice(15), 10) || 0;
    else if (t === 'gccheckmark=1') o.gccheckmark = true;
    else if (t === 'gcwbcheck=1') o.gcwbcheck = true;
    else if (t === 'gcslowmark=1') o.gcslowmark = true;
    else if (t === 'gcsnapshot=1') o.gcBarriersComplete = false;
    else if (t === 'gcsnapshot=0') o.gcBarriersComplete = true;
  }
  return o;
}

/** A goroutine as the core runtime knows it (stack + identity; the scheduler adds state). */
export interface G extends GStack {
  parentGoid?: number;
  createdBy?: { name: string; file: string; line: number };
  [extra: string]: unknown;
}

function defaultWrite(fd: number, bytes: Uint8Array): void {
  const p = (globalThis as any).process;
  if (p && p.stdout) (fd === 2 ? p.stderr : p.stdout).write(bytes);
  else (fd === 2 ? console.error : console.log)(new TextDecoder().decode(bytes));
}

export class Runtime {
  /** The simulated memory (`$m` of emitted code). */
  readonly m: Memory;
  /** Type descriptors by id (index 0 unused). */
  types: TypeDesc[] = [undefined as unknown as TypeDesc];
  /** Function metadata by index; index 0 (NATIVE_FRAME) is the frame callGo reserves. */
  funcs: FuncInfo[];

  // ---- the running goroutine's stack (read by every prologue) ----
  stackLo = 0;
  stackHi = 0;
  stackGuard = 0;
  /** Innermost frame sp: prologues store it after writing their header (GC stack walk start). */
  sp = 0;
  curg: G | null = null;
  allgs: G[] = [];
  private nextGoid = 1;

  // ---- allocator, GC (created by start(), after the static data is laid out) ----
  heap!: MHeap;
  central!: MCentral[];
  mcache!: MCache;
  stacks!: StackAllocator;
  readonly gcc: GCController;
  readonly mstats = new MStats();
  gcPhase: GCPhase = GCPhase.Off;
  /** True while marking: new objects are allocated black. */
  gcMarking = false;
  /** True while marking: emitted code calls gcWriteBarrier(slot, newPtr) before pointer stores. */
  writeBarrier = false;
  /** See RuntimeOptions.gcBarriersComplete. */
  gcBarriersComplete = true;
  /** GODEBUG=gcwbcheck=1 state (null = off). */
  wbcheck: WBCheck | null = null;
  /** The grey queue of the cycle in progress (null when not marking). */
  gcw: GCWork | null = null;
  readonly gcstate = new GCState();
  readonly sweeper = new Sweeper();
  readonly gcLimiter = new GCCPULimiter();
  readonly scavenger = new Scavenger();
  readonly fin = new FinState();
  /** The heap profile (runtime.MemProfile, mprof.ts). */
  readonly memprof = new MemProf();
  readonly cleanups = new CleanupState();
  readonly weak = new WeakState();
  /** False disables automatic (not forced) collections. */
  gcEnabled = true;
  gctrace: boolean;
  procs: number;
  /** GOMEMLIMIT exactly as set (int64), for debug.SetMemoryLimit's return value. */
  memoryLimitExact: i64.I64;
  maxstacksize: number;
  /** Address of runtime.zerobase (all zero-size allocations). */
  readonly zerobase: number;
  started = false;
  /** Program start (ns, monotonic) and GC time so far, for gctrace and GCCPUFraction. */
  readonly startNs = nanotime();
  gcTimeNs = 0;
  stackGrowths = 0;
  /** Stack walks the GC could not complete (should stay 0; see mgcmark.ts scanStack). */
  badStackWalks = 0;
  /** Stack size of new goroutines (adaptive: recomputed at each GC, like Go's startingStackSize). */
  startingStackSize = fixedStack;
  /** Shrink stacks using < 1/4 at GC (false = GODEBUG=gcshrinkstackoff=1). */
  shrinkStacks = true;

  // ---- roots ----
  /** Registered global areas: [base, byte offsets of pointer words]. */
  globalRoots: Array<[number, Int32Array]> = [];
  globalsScanBytes = 0;
  /** Runtime-held single-word roots (address → refcount). */
  roots = new Map<number, number>();
  /** Called at the start of every GC cycle, before marking (sync.Pool cleanup). */
  gcStartHooks: Array<() => void> = [];
  /** Extra root scanners: called with mark(p) during marking. */
  rootScanners: Array<(mark: (p: number) => void) => void> = [];
  /** Root jobs that need the GC's work queue (finalizer specials, cleanups). */
  gcRootScanners: Array<(rt: Runtime, w: GCWork) => void> = [scanFinalizerRoots];
  /** Called when a stack moves (oldLo, oldHi, delta) so runtime-held stack addresses can follow. */
  stackMoveHooks: Array<(oldLo: number, oldHi: number, delta: number) => void> = [];

  // ---- observers (null = off) ----
  allocHook: ((addr: number, size: number, slotBytes: number) => void) | null = null;
  freeHook: ((addr: number, bytes: number) => void) | null = null;
  /** Set by panic.ts/traceback.ts: prints the goroutine dump after "fatal error: msg". */
  fatalHandler: ((msg: string) => void) | null = null;

  readonly write: (fd: number, bytes: Uint8Array) => void;

  /** Installed by ops.ts (panic.ts/error.ts). */
  declare panicPlain: (msg: string) => never;

  constructor(opts: RuntimeOptions = {}) {
    this.m = new Memory(opts.initialMemory ?? 4 << 20, opts.reserveMemory ?? 2 ** 32);
    this.write = opts.write ?? defaultWrite;
    this.gctrace = opts.gctrace ?? false;
    this.procs = opts.gomaxprocs ?? 1;
    this.maxstacksize = opts.maxstack ?? defaultMaxStack;
    this.shrinkStacks = opts.shrinkStacks ?? true;
    this.gcc = new GCController(opts.gogc ?? 100, opts.memlimit ?? noMemoryLimit);
    this.memoryLimitExact = opts.memlimit ?? 9223372036854775807n;
    this.gcstate.stopTheWorld = opts.gcstoptheworld ?? 0;
    this.gcstate.checkmark = opts.gccheckmark ?? false;
    this.gcBarriersComplete = opts.gcBarriersComplete ?? true;
    if (opts.gcwbcheck) this.wbcheck = new WBCheck();
    this.gcstate.slowMark = opts.gcslowmark ?? false;
    this.funcs = [{
      index: NATIVE_FRAME, name: 'runtime.callGo', file: '', line: 0, frameSize: 0, argsSize: 0,
      ptrmap: new Int32Array(0), argPtrmap: new Int32Array(0), fn: () => undefined,
    }];
    this.zerobase = this.m.allocStatic(8, 8);
    attachValueOps(this);
  }

  // ======== registration (emitted module, at load) ========

  /** Registers type descriptors at their ids (an id of 0 gets the next free one). */
  registerTypes(tds: TypeDesc[]): void {
    for (const td of tds) {
      if (!td.id) td.id = this.types.length;
      this.types[td.id] = td;
    }
  }

  /** Registers functions; returns the index of the first (FuncInfo.index is set). */
  registerFuncs(infos: FuncInfo[]): number {
    const base = this.funcs.length;
    for (let i = 0; i < infos.length; i++) {
      infos[i].index = base + i;
      this.funcs.push(infos[i]);
    }
    return base;
  }

  /** Reserves zeroed static data (globals, string bytes, static funcvals); before start() only. */
  allocStatic(size: number, align = 8): number {
    return this.m.allocStatic(size, align);
  }

  /** Copies bytes (or a JS string, UTF-8 encoded) into static data at addr. */
  initStaticBytes(addr: number, bytes: Uint8Array | string): void {
    this.m.writeBytes(addr, typeof bytes === 'string' ? encodeUTF8(bytes) : bytes);
  }

  /** A Go string in static data (bytes + header); returns the header's address. */
  staticString(s: string): number {
    const b = encodeUTF8(s);
    const hdr = this.allocStatic(16, 8);
    const p = b.length === 0 ? 0 : this.allocStatic(b.length, 1);
    if (b.length) this.m.writeBytes(p, b);
    this.m.writeStringHeader(hdr, p, b.length);
    return hdr;
  }

  /** Registers a global area as GC roots: ptrOffsets are byte offsets of pointer words from base;
   *  size (bytes of the area) counts toward the pacer's globals scan. */
  registerGlobals(base: number, ptrOffsets: Int32Array | number[], size?: number): void {
    const offs = ptrOffsets instanceof Int32Array ? ptrOffsets : Int32Array.from(ptrOffsets);
    this.globalRoots.push([base, offs]);
    this.globalsScanBytes += size ?? (offs.length ? offs[offs.length - 1] + 8 : 0);
  }

  /** Keeps the pointer word at addr alive as a root (refcounted) until removeRoot(addr). */
  addRoot(addr: number): void {
    this.roots.set(addr, (this.roots.get(addr) ?? 0) + 1);
  }

  removeRoot(addr: number): void {
    const n = this.roots.get(addr);
    if (n === undefined) return;
    if (n <= 1) this.roots.delete(addr); else this.roots.set(addr, n - 1);
  }

  // ======== start-up and goroutine stacks ========

  /** Fixes the heap base after the static data, creates the allocator and goroutine 1. Idempotent;
   *  called by the first allocation or callGo if the driver did not. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.heap = new MHeap(this.m);
    this.heap.oom = (bytes: number) => this.throwOOM(bytes);
    this.central = [];
    for (let i = 0; i < numSpanClasses; i++) this.central.push(new MCentral(i));
    this.mcache = new MCache(this.heap, this.central, (d) => { this.gcc.heapLive += d; });
    this.stacks = new StackAllocator(this);
    this.gcc.nonHeapMemory = () => { const v = sysMemory(this); return v.sys - v.heapSys; };
    this.gcc.commit();
    const g = this.newg();
    this.switchTo(g);
  }

  /** A new goroutine with a startingStackSize stack (2 KiB until a GC adapts it); not running. */
  newg(): G {
    if (!this.started) this.start();
    const size = this.startingStackSize;
    const lo = this.stacks.alloc(size);
    const hi = lo + size;
    const g: G = { goid: this.nextGoid++, lo, hi, top: hi, sp: hi };
    this.allgs.push(g);
    return g;
  }

  /** Frees a dead goroutine's stack. */
  freeg(g: G): void {
    const i = this.allgs.indexOf(g);
    if (i >= 0) this.allgs.splice(i, 1);
    this.stacks.free(g.lo, g.hi - g.lo);
    if (this.curg === g) this.curg = null;
  }

  /** Makes g the running goroutine (saves the current one's sp). */
  switchTo(g: G): void {
    // $deferFo (the frame running a panic's deferred calls, codegen funcs.ts) is per goroutine
    if (this.curg !== null) { this.curg.sp = this.sp; (this.curg as any).$deferFo = (this as any).$deferFo; }
    this.curg = g;
    (this as any).$deferFo = (g as any).$deferFo ?? -1;
    this.sp = g.sp;
    this.setStackBounds(g);
  }

  setStackBounds(g: GStack): void {
    this.stackLo = g.lo;
    this.stackHi = g.hi;
    this.stackGuard = g.preemptShrink ? stackPreempt : g.lo + stackGuard;
  }

  /** FuncInfo.fn of a native for dynamic calls: sets the caller's callee word (stack.ts). */
  calleeWrap(index: () => number, f: (...a: any[]) => any, res: number[]): (...a: any[]) => any {
    return calleeWrap(this, index, f, res);
  }

  /** Prologue slow path (ARCHITECTURE.md §3): grows the stack, returns the new sp. */
  morestack(sp: number, frameSize: number, funcIndex: number): number {
    return morestack(this, sp, frameSize, funcIndex);
  }

  /**
   * Calls compiled Go function fnIndex from a native (or from the driver with csp = the goroutine's
   * top). Reserves a walkable native frame below csp (header: NATIVE_FRAME, its size), zeroes and
   * fills the args area via writeArgs(argBase), calls fn(nsp, ctx, ...scalarArgs), and returns the
   * JS result with the (possibly moved) arg base to read results from and the caller's new csp.
   * csp 0 means the running goroutine's top (an outermost call).
   */
  callGo(csp: number, fnIndex: number, ctx: number, argsSize: number,
    writeArgs: ((argBase: number) => void) | null, scalarArgs: unknown[] = []): { ret: any; argBase: number; csp: number } {
    if (!this.started) this.start();
    if (csp === 0) csp = this.curg!.top;
    const size = 8 + ((argsSize + 7) & ~7);
    let nsp = csp - size;
    if (nsp < this.stackGuard) nsp = this.morestack(nsp, size, NATIVE_FRAME);
    const u32 = this.m.u32;
    u32[nsp >>> 2] = NATIVE_FRAME;
    u32[(nsp >>> 2) + 1] = size;
    this.m.memclr(nsp + 8, size - 8);
    const fo = this.stackHi - nsp;
    this.sp = nsp;
    if (writeArgs !== null) writeArgs(nsp + 8);
    const ret = this.funcs[fnIndex].fn(nsp, ctx, ...scalarArgs);
    const nsp2 = this.stackHi - fo;
    this.sp = nsp2;
    return { ret, argBase: nsp2 + 8, csp: nsp2 + size };
  }

  /** Runs a no-argument Go function (init, main) on the current goroutine from its top. */
  run(fnIndex: number): unknown {
    if (!this.started) this.start();
    return this.callGo(this.curg!.top, fnIndex, 0, 0, null).ret;
  }

  // ======== allocation (malloc.go) ========

  mallocgc(size: number, td: TypeDesc | null, needzero: boolean): number {
    if (!this.started) this.start();
    return malloc.mallocgc(this, size, td, needzero);
  }

  newobject(td: TypeDesc): number {
    if (!this.started) this.start();
    return malloc.mallocgc(this, td.size, td, true);
  }

  newarray(td: TypeDesc, n: number): number {
    if (!this.started) this.start();
    return malloc.newarray(this, td, n);
  }

  /** roundupsize (msize.go): the size an allocation of `size` bytes really gets. */
  roundupsize(size: number, noscan: boolean): number {
    return malloc.roundupsize(size, noscan);
  }

  // ======== GC (mgc.go, mstats.go, debug) ========

  /** runtime.GC(): finishes any cycle in progress, runs a whole forced cycle, finishes sweeping. */
  GC(): void {
    if (!this.started) this.start();
    gcFull(this);
  }

  /** Called by mallocgc when heapLive reached the trigger: starts a cycle (sweep termination and
   *  the mark phase's root jobs; marking then advances in slices). */
  gcTriggered(): void {
    gcStart(this, false);
  }

  /** Hybrid write barrier (mbarrier.ts): call before storing newPtr at slot while writeBarrier. */
  gcWriteBarrier(slot: number, newPtr: number): void {
    gcWriteBarrier(this, slot, newPtr);
  }

  /** bulkBarrierPreWrite (mbarrier.ts): before a typed copy of size bytes (src 0 = clear). */
  gcBulkBarrier(dst: number, src: number, size: number, td: TypeDesc | null): void {
    if (this.writeBarrier) bulkBarrierPreWrite(this, dst, src, size, td);
  }

  /** typedmemmove with the write barrier. */
  typedmemmove(td: TypeDesc, dst: number, src: number): void {
    typedmemmove(this, td, dst, src);
  }

  /** A background mark worker slice for the scheduler: up to budgetBytes of scan work; returns
   *  true when no mark phase is in progress any more (the cycle may have ended inside). */
  gcMarkSlice(budgetBytes: number): boolean {
    return gcMarkSlice(this, budgetBytes);
  }

  /** The same, bounded by ms of real time (the scheduler's "25% of the time" worker; idle: an
   *  idle-priority worker while no goroutine can run, charged as idle mark time). */
  gcBgMarkWorker(ms: number, idle = false): boolean {
    return gcBgMarkWorker(this, ms, idle);
  }

  /** Background sweeper slice (bgsweep) for the scheduler: sweeps up to `pages` pages; true when done. */
  gcBgSweep(pages: number): boolean {
    return this.sweeper.sweepPages(this, pages);
  }

  /** runtime.SetFinalizer(p, f): fv = funcval of f (0 removes); argsSize of f's arguments; for f
   *  taking an interface, ifaceWord is the type/itab word passed in front of p. */
  setFinalizer(p: number, fv: number, argsSize = 8, ifaceWord = 0): void {
    setFinalizer(this, p, fv, argsSize, ifaceWord);
  }

  /** Runs queued finalizers and cleanups now (driver without a scheduler, tests); returns the count. */
  runFinalizers(): number {
    return runFinalizersNow(this);
  }

  /** runtime.AddCleanup: returns the Cleanup id; argBox is a heap copy of arg (argSize bytes). */
  addCleanup(p: number, fv: number, argBox: number, argSize: number): number {
    return addCleanup(this, p, fv, argBox, argSize);
  }

  /** Cleanup.Stop. */
  stopCleanup(id: number): void {
    stopCleanup(this, id);
  }

  /** weak.Make: the weak handle of p's object (0 for nil). */
  weakMake(p: number): number {
    return weakMake(this, p);
  }

  /** weak.Pointer.Value: p, or 0 once reclaimed. */
  weakValue(h: number): number {
    return weakValue(this, h);
  }

  /** runtime/metrics.Read of one name. */
  readMetric(name: string): MetricValue {
    return readMetric(this, name);
  }

  /** runtime/metrics.All. */
  allMetrics(): ReturnType<typeof allMetrics> {
    return allMetrics();
  }

  /** runtime/debug.ReadGCStats data (pauses most recent first). */
  readGCStats(): ReturnType<typeof readGCStats> {
    if (!this.started) this.start();
    return readGCStats(this);
  }

  /** The GC event stream: subscribes f to the given kinds; returns the unsubscribe function. */
  subscribeGC(kinds: GCEventKind[], f: (e: GCEvent) => void): () => void {
    return subscribe(this, kinds, f);
  }

  /** runtime.ReadMemStats(&m): writes runtime.MemStats at addr. */
  readMemStats(addr: number): void {
    if (!this.started) this.start();
    readMemStats(this, addr);
  }

  /** The MemStats numbers as a JS object (tests, observers). */
  memStats(): MemStatsValues {
    if (!this.started) this.start();
    return computeMemStats(this);
  }

  /** debug.SetGCPercent: returns the previous value (−1 = off). */
  setGCPercent(p: i64.I64): number {
    const old = this.gcc.gcPercent;
    const n = Number(p);
    this.gcc.gcPercent = n < 0 ? -1 : n;
    this.gcc.commit();
    return old;
  }

  /** debug.SetMemoryLimit: a negative limit only queries; returns the previous limit (int64). */
  setMemoryLimit(limit: i64.I64): i64.I64 {
    const old = this.memoryLimitExact;
    if (limit >= 0) {
      this.memoryLimitExact = typeof limit === 'bigint' ? i64.canon(limit) : limit;
      this.gcc.memoryLimit = Number(limit);
      this.gcc.commit();
    }
    return old;
  }

  /** debug.SetMaxStack: returns the previous value. */
  setMaxStack(n: i64.I64): i64.I64 {
    const old = this.maxstacksize;
    this.maxstacksize = Number(n);
    return old;
  }

  /** debug.FreeOSMemory: a forced GC, then every free page is returned to the "OS" (released). */
  freeOSMemory(): void {
    this.GC();
    this.heap.scavengeAll();
  }

  /** runtime.GOMAXPROCS as the core knows it (gctrace "# P"). */
  get gomaxprocs(): number { return this.procs; }
  set gomaxprocs(n: number) { this.procs = n; }

  /** runtime.NumGoroutine (core view: goroutines with a stack). */
  numGoroutine(): number { return this.allgs.length; }

  // ======== memory helpers for emitted code ========

  memmove(dst: number, src: number, n: number): void { this.m.memmove(dst, src, n); }
  memclr(p: number, n: number): void { this.m.memclr(p, n); }
  ld64(addr: number): i64.I64 { return i64.ld64(this.m, addr); }
  ldu64(addr: number): i64.I64 { return i64.ldu64(this.m, addr); }
  st64(addr: number, v: i64.I64): void { i64.st64(this.m, addr, v); }
  stu64(addr: number, v: i64.I64): void { i64.st64(this.m, addr, v); }
  toUintptr(off: number): number { return this.m.toUintptr(off); }
  fromUintptr(u: number | bigint): number { return this.m.fromUintptr(u); }

  // ======== output and exits ========

  writeErr(s: string): void {
    this.write(2, encodeUTF8(s));
  }

  /** os.Exit / runtime exit: ends the program with status code. */
  exit(code: number): never {
    throw new GoExit(code);
  }

  /** throw (panic.go): "fatal error: msg" plus the goroutine dump, exit status 2. Delegates to the
   *  `throw` that ops.ts installs (traceback.ts prints both); without it prints the line itself and
   *  calls fatalHandler (if set) for the dump. Always ends in GoExit(2). */
  fatalThrow(msg: string): never {
    const t = (this as unknown as { throw?: (msg: string) => never }).throw;
    // Not for a stack overflow: capturing a JS stack a million Go frames deep takes minutes.
    if (typeof t === 'function' && msg !== 'stack overflow') {
      try { t(msg); } catch (e) { if (e instanceof GoExit) throw e; }
      throw new GoExit(2);
    }
    this.writeErr(`fatal error: ${msg}\n`);
    if (this.fatalHandler !== null) this.fatalHandler(msg);
    throw new GoExit(2);
  }

  /** Out of address space (mheap.grow failing). */
  throwOOM(bytes: number): never {
    const inUse = this.started ? this.heap.mappedBytes : 0;
    this.writeErr(`runtime: out of memory: cannot allocate ${bytes}-byte block (${inUse} in use)\n`);
    return this.fatalThrow('out of memory');
  }
}
