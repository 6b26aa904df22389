// execute: runs one loaded program on a fresh Runtime — the part of a Go binary's runtime.main that
// is not the scheduler: set up from the environment, run package initialisers and main.main, and
// turn the ways a program ends into an exit status (return 0, os.Exit(n), an unrecovered panic or a
// fatal error: 2). Shared by the Node worker and the browser worker.
import { Runtime, GoExit, optionsFromEnv } from '../runtime/runtime.js';
import { GoPanic } from '../runtime/panic.js';
import { formatPanic } from '../runtime/traceback.js';
import { stdNatives } from '../std/index.js';
import { attachSchedOps, gcSummary } from '../runtime/sched_ops.js';
import { isGenerator } from '../runtime/proc.js';

export interface ExecOptions {
  write: (fd: number, bytes: Uint8Array) => void;
  flush?: () => void;
  args: string[];
  env: Record<string, string | undefined>;
  seed?: number;
  lineMap?: Int32Array;
  moduleURL?: string;
  /** Wall clock instead of the virtual clock (--realtime). */
  realtime?: boolean;
  /** Print the goroutine leak report at exit (--leaks). */
  leaks?: boolean;
  /** Print the scheduling seed (-v). */
  verbose?: boolean;
  /** runtime.NumCPU (default: GOMAXPROCS, so runs reproduce across machines). */
  ncpu?: number;
}

/** The emitted module's default export. */
export type LoadFn = (rt: Runtime) => { init: () => void; main: () => void };

const enc = new TextEncoder();

export function execute(load: LoadFn, opts: ExecOptions): number {
  const rt = new Runtime({ ...optionsFromEnv(opts.env), write: opts.write });
  const r = rt as unknown as Record<string, unknown>;
  r.args = opts.args;
  r.env = opts.env;
  r.seed = opts.seed ?? Math.floor(Math.random() * 2 ** 32);
  r.lineMap = opts.lineMap;
  r.moduleURL = opts.moduleURL;
  r.native = nativeResolver(rt);
  Error.stackTraceLimit = 200;
  const procs = parseInt(opts.env.GOMAXPROCS ?? '', 10);
  attachSchedOps(rt, {
    realtime: opts.realtime === true,
    gomaxprocs: procs > 0 ? procs : undefined,
    ncpu: opts.ncpu,
    seed: r.seed as number,
  });
  if (opts.env.GOTRACEBACK !== undefined) r.gotraceback = opts.env.GOTRACEBACK;
  driveCallbacks(rt);
  if (opts.verbose) opts.write(2, enc.encode(`gomemlab: seed ${r.seed}\n`));
  const sched = rt as unknown as { runMain: (f: () => unknown) => unknown };
  let code: number;
  try {
    const prog = load(rt);
    sched.runMain(() => prog.init());
    sched.runMain(() => prog.main());
    code = 0;
  } catch (e) {
    code = exitStatus(rt, e, opts);
  }
  if (opts.env.GOMEMLAB_GCSUMMARY === '1' && rt.started) {
    opts.flush?.();
    opts.write(2, enc.encode(gcSummary(rt)));
  }
  if (opts.leaks) {
    opts.flush?.();
    const rep = (rt as unknown as { leakReport: () => string }).leakReport();
    if (rep) opts.write(2, enc.encode(rep));
  }
  return code;
}

/**
 * In generator mode compiled Go functions return generators: a native calling back into Go
 * (rt.callGo: fmt calling a String method, sort calling less, init and main through rt.run) drives
 * the generator to completion with rt.runSync, other goroutines running while it is parked.
 */
function driveCallbacks(rt: Runtime): void {
  const r = rt as unknown as { callGo: Runtime['callGo']; runSync: (g: Generator<number, unknown, unknown>) => unknown };
  const callGo = rt.callGo.bind(rt);
  r.callGo = (csp, fnIndex, ctx, argsSize, writeArgs, scalarArgs = []) => {
    const res = callGo(csp, fnIndex, ctx, argsSize, writeArgs, scalarArgs);
    if (!isGenerator(res.ret)) return res;
    // Generator mode (the program has goroutines): the scheduler runs the background mark worker
    // between goroutine slices from now on; mallocgc keeps only its assists.
    rt.gcstate.bgDriven = true;
    const nsp = res.argBase - 8;
    const size = res.csp - nsp;
    const fo = rt.stackHi - nsp;
    rt.sp = nsp;
    const ret = r.runSync(res.ret as Generator<number, unknown, unknown>);
    const nsp2 = rt.stackHi - fo;
    rt.sp = nsp2;
    return { ret, argBase: nsp2 + 8, csp: nsp2 + size };
  };
}

function exitStatus(rt: Runtime, e: unknown, opts: ExecOptions): number {
  if (e instanceof GoExit) return e.code;
  if (e instanceof GoPanic) {
    opts.write(2, enc.encode(formatPanic(rt as any, e)));
    return 2;
  }
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    // The JS engine's stack ran out before the simulated Go stack reached its limit: say so plainly
    // rather than pretend it was Go's 1 GB limit.
    opts.write(2, enc.encode(`runtime: host stack exhausted (goroutine stack ${rt.stackHi - rt.stackLo} bytes)\nfatal error: stack overflow\n`));
    return 2;
  }
  opts.write(2, enc.encode(`gomemlab: internal error: ${(e as Error)?.stack ?? e}\n`));
  return 3;
}

/** rt.native(pkgPath, name): the std natives of a package are instantiated once, on first use. */
function nativeResolver(rt: Runtime): (pkg: string, name: string) => unknown {
  const made = new Map<string, Record<string, unknown>>();
  return (pkg, name) => {
    let table = made.get(pkg);
    if (!table) {
      const factory = stdNatives(pkg);
      table = factory ? (factory(rt as any) as Record<string, unknown>) : {};
      made.set(pkg, table);
    }
    return table[name];
  };
}
