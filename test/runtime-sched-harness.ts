// Test harness for the scheduler: a real Runtime with attachSchedOps, and hand-written "compiled
// code" — generator functions following the ABI of docs/ARCHITECTURE.md §3/§7 (prologue with frame
// header = function index + current line, $rt.sp updates, sp re-derived from stackHi after calls).
import { Runtime, GoExit } from '../src/runtime/runtime.js';
import { Kind, type TypeDesc } from '../src/runtime/type.js';
import { attachSchedOps, schedState, type SchedOptions } from '../src/runtime/sched_ops.js';

export const FILE = '/home/gopher/prog/main.go';

/** A function's view of its own frame while it runs. */
export interface Frame {
  /** Current sp (re-derived: the stack may have moved). */
  readonly sp: number;
  /** Stores the Go line about to call/block (frame header word 1). */
  line(l: number): void;
  /** Address of frame slot at byte offset off (from sp). */
  at(off: number): number;
  /** Address of the function's own argument at byte offset off (in the caller's frame). */
  arg(off: number): number;
  /** 64-bit word helpers on frame slots. */
  get(off: number): number;
  set(off: number, v: number): void;
}

export type Body = (f: Frame, ctx: number, ...args: any[]) => Generator<number, any, unknown>;

export class Harness {
  readonly rt: Runtime & Record<string, any>;
  readonly out: string[] = [];
  readonly err: string[] = [];
  readonly intT: TypeDesc;
  readonly ptrT: TypeDesc;

  constructor(opts: SchedOptions & { env?: Record<string, string> } = {}) {
    const dec = new TextDecoder();
    this.rt = new Runtime({
      write: (fd, b) => (fd === 2 ? this.err : this.out).push(dec.decode(b)),
      initialMemory: 1 << 20,
    }) as Runtime & Record<string, any>;
    this.rt.env = opts.env ?? {};
    this.rt.seed = opts.seed ?? 1;
    attachSchedOps(this.rt, opts);
    this.intT = this.type({ kind: Kind.Int, size: 8, str: 'int', name: 'int', named: true });
    this.ptrT = this.type({ kind: Kind.Pointer, size: 8, str: '*int', ptrs: [0] });
  }

  type(o: { kind: Kind; size: number; str: string; ptrs?: number[]; elem?: TypeDesc; name?: string; named?: boolean }): TypeDesc {
    const ptrs = Int32Array.from(o.ptrs ?? []);
    const td: TypeDesc = {
      id: 0, kind: o.kind, size: o.size, align: 8, fieldAlign: 8,
      ptrdata: ptrs.length ? ptrs[ptrs.length - 1] + 8 : 0, ptrs, str: o.str, name: o.name ?? '',
      pkgPath: '', named: o.named ?? false, elem: o.elem,
    };
    this.rt.registerTypes([td]);
    return td;
  }

  chanOf(elem: TypeDesc): TypeDesc {
    return this.type({ kind: Kind.Chan, size: 8, str: 'chan ' + elem.str, ptrs: [0], elem });
  }

  /**
   * Defines a compiled Go function: name as tracebacks print it, frameSize (incl. the 8-byte header),
   * ptrSlots (frame offsets holding pointers), argsSize, body (a generator).
   */
  func(name: string, line: number, frameSize: number, body: Body, opts: { ptrSlots?: number[]; argsSize?: number; argPtrs?: number[] } = {}): number {
    const rt = this.rt;
    let idx = 0;
    const ptrSlots = opts.ptrSlots ?? [];
    const fn = function* (csp: number, ctx: number, ...args: any[]): Generator<number, any, unknown> {
      let sp = csp - frameSize;
      if (sp < rt.stackGuard) sp = rt.morestack(sp, frameSize, idx);
      const u32 = rt.m.u32;
      u32[sp >>> 2] = idx;
      u32[(sp >>> 2) + 1] = line;
      rt.m.memclr(sp + 8, frameSize - 8);
      rt.sp = sp;
      const fo = rt.stackHi - sp;
      const f: Frame = {
        get sp() { return rt.stackHi - fo; },
        line(l: number) { rt.m.u32[((rt.stackHi - fo) >>> 2) + 1] = l; rt.sp = rt.stackHi - fo; },
        at(off: number) { return rt.stackHi - fo + off; },
        arg(off: number) { return rt.stackHi - fo + frameSize + 8 + off; },
        get(off: number) { return rt.m.u32[(rt.stackHi - fo + off) >>> 2]; },
        set(off: number, v: number) { const a = rt.stackHi - fo + off; rt.m.u32[a >>> 2] = v; rt.m.u32[(a >>> 2) + 1] = 0; },
      };
      const r = yield* body(f, ctx, ...args);
      return r;
    };
    idx = rt.registerFuncs([{
      index: 0, name, file: FILE, line, frameSize, argsSize: opts.argsSize ?? 0,
      ptrmap: Int32Array.from(ptrSlots), argPtrmap: Int32Array.from(opts.argPtrs ?? []), fn,
    }]);
    return idx;
  }

  /** Runs fnIndex as main.main on goroutine 1; returns the exit code (0, or GoExit's). */
  run(mainIdx: number): number {
    const rt = this.rt;
    try {
      rt.runMain(() => {
        const top = rt.curg!.top;
        const nsp = top - 16;
        rt.m.u32[nsp >>> 2] = 0;
        rt.m.u32[(nsp >>> 2) + 1] = 16;
        return rt.funcs[mainIdx].fn(nsp, 0);
      });
      return 0;
    } catch (e) {
      if (e instanceof GoExit) return e.code;
      throw e;
    }
  }

  get sched() { return schedState(this.rt).sched; }
  get stdout(): string { return this.out.join(''); }
  get stderr(): string { return this.err.join(''); }
  print(s: string): void { this.out.push(s); }
}
