// Natives of package fmt (src/std/fmt/print.go): doPrint, doPrintln, doPrintf format their operands
// (an []any in memory) with the Printer and append the bytes to the Go-side buffer p.buf. Methods of
// the operands run in compiled Go through fmt.callMethod / fmt.callFormat (rt.callGo).
import { ArgBase, funcIndex, ldWord, stWord, stringBytes, type NativeFn, type NativeRuntime } from '../abi.js';
import { isDirectIface } from '../lib/values.js';
import type { Fmt } from './format.js';
import { Method, Printer, type CallResult, type MethodCaller, type Val } from './printer.js';

// pp layout (print.go): buf 0, wrapErrs 24, wrapMask 32, wid 40, prec 48, flags 56, next 64.
const PP_BUF = 0, PP_WRAPERRS = 24, PP_WRAPMASK = 32, PP_WID = 40, PP_PREC = 48, PP_FLAGS = 56;

/** The eface data word for v, boxing (allocating, like reflect's packEface) when needed. */
function dataWord(rt: NativeRuntime, v: Val): number {
  if (v.data >= 0) return v.data;
  if (isDirectIface(v.td)) return rt.m.u32[v.addr >>> 2];
  const p = rt.mallocgc(v.td.size, v.td.size === 0 ? null : v.td, true);
  const m = rt.m;
  m.u8.copyWithin(p, v.addr, v.addr + v.td.size);
  return p;
}

/** Appends bytes b to the Go slice p.buf (growing it with mallocgc like append would). */
function appendToBuf(rt: NativeRuntime, p: number, b: Uint8Array): void {
  let m = rt.m;
  let ptr = m.u32[(p + PP_BUF) >>> 2];
  const len = ldWord(m, p + PP_BUF + 8), cap = ldWord(m, p + PP_BUF + 16);
  const need = len + b.length;
  if (need > cap) {
    let ncap = cap * 2;
    if (ncap < need) ncap = need;
    if (ncap < 8) ncap = 8;
    const np = rt.mallocgc(ncap, null, false);
    m = rt.m;
    if (len > 0) m.u8.copyWithin(np, ptr, ptr + len);
    ptr = np;
    stWord(m, p + PP_BUF, ptr);
    stWord(m, p + PP_BUF + 16, ncap);
  }
  m.u8.set(b, ptr + len);
  stWord(m, p + PP_BUF + 8, need);
}

class GoCaller implements MethodCaller {
  constructor(private rt: NativeRuntime, private base: ArgBase, private pp: number) {}

  private csp(): number { return this.base.a - 8; }

  call(v: Val, which: Method): CallResult {
    const rt = this.rt;
    const fn = funcIndex(rt, 'fmt.callMethod');
    const data = dataWord(rt, v);
    const id = v.td.id;
    const { argBase } = rt.callGo(this.csp(), fn, 0, 56, (b) => {
      const m = rt.m;
      stWord(m, b, id); stWord(m, b + 8, data);
    }, [which]);
    const m = rt.m;
    if (m.u8[argBase + 48] !== 0) {
      return { ok: false, panicType: m.u32[(argBase + 32) >>> 2], panicData: m.u32[(argBase + 40) >>> 2] };
    }
    return { ok: true, s: stringBytes(m, argBase + 16).slice() };
  }

  format(v: Val, verb: number, f: Fmt): CallResult {
    const rt = this.rt;
    const fn = funcIndex(rt, 'fmt.callFormat');
    const data = dataWord(rt, v);
    const id = v.td.id;
    const p = this.pp;
    let m = rt.m;
    // expose the flags to State's methods (Flag merges plusV/sharpV like (*pp).Flag)
    let flags = 0;
    if (f.minus) flags |= 1;
    if (f.plus || f.plusV) flags |= 2;
    if (f.sharp || f.sharpV) flags |= 4;
    if (f.space) flags |= 8;
    if (f.zero) flags |= 16;
    if (f.widPresent) flags |= 32;
    if (f.precPresent) flags |= 64;
    stWord(m, p + PP_WID, f.wid);
    stWord(m, p + PP_PREC, f.prec);
    m.u32[(p + PP_FLAGS) >>> 2] = flags;
    stWord(m, p + PP_BUF + 8, 0);
    const { argBase } = rt.callGo(this.csp(), fn, 0, 48, (b) => {
      const mm = rt.m;
      stWord(mm, b, id); stWord(mm, b + 8, data); stWord(mm, b + 16, p);
    }, [verb]);
    m = rt.m;
    const ptr = m.u32[(p + PP_BUF) >>> 2], len = ldWord(m, p + PP_BUF + 8);
    const out = m.u8.slice(ptr, ptr + len);
    stWord(m, p + PP_BUF + 8, 0);
    if (m.u8[argBase + 40] !== 0) {
      return { ok: false, panicType: m.u32[(argBase + 24) >>> 2], panicData: m.u32[(argBase + 32) >>> 2] };
    }
    return { ok: true, s: out };
  }
}

/** Reads the []any at address a into operand values. */
function readArgs(pr: Printer, a: number): (Val | undefined)[] {
  const m = pr.rt.m;
  const ptr = m.u32[a >>> 2], n = ldWord(m, a + 8);
  const out: (Val | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = pr.efaceVal(ptr + 16 * i);
  return out;
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const setup = (csp: number) => {
    const base = new ArgBase(rt, csp);
    const p = rt.m.u32[(csp + 8) >>> 2];
    const pr = new Printer(rt, new GoCaller(rt, base, p));
    return { base, p, pr };
  };
  return {
    // func doPrint(p *pp, a []any)
    doPrint(csp: number) {
      const { p, pr } = setup(csp);
      pr.doPrint(readArgs(pr, csp + 16));
      appendToBuf(rt, p, pr.buf.result());
    },
    // func doPrintln(p *pp, a []any)
    doPrintln(csp: number) {
      const { p, pr } = setup(csp);
      pr.doPrintln(readArgs(pr, csp + 16));
      appendToBuf(rt, p, pr.buf.result());
    },
    // func doPrintf(p *pp, format string, a []any)
    doPrintf(csp: number) {
      const { p, pr } = setup(csp);
      pr.wrapErrs = rt.m.u8[p + PP_WRAPERRS] !== 0;
      const format = stringBytes(rt.m, csp + 16).slice();
      pr.doPrintf(format, readArgs(pr, csp + 32));
      if (pr.wrapErrs) stWord(rt.m, p + PP_WRAPMASK, pr.wrapMask);
      appendToBuf(rt, p, pr.buf.result());
    },
  };
}
