// Natives of package fmt (src/std/fmt/print.go): doPrint, doPrintln, doPrintf format their operands
// (an []any in memory) with the Printer and append the bytes to the Go-side buffer p.buf. Methods of
// the operands run in compiled Go through fmt.callMethod / fmt.callFormat (rt.callGo).
import { ArgBase, funcIndex, ldWord, stWord, stringBytes, type NativeFn, type NativeRuntime } from '../abi.js';
import { isDirectIface, typeOf } from '../lib/values.js';
import { Kind } from '../../runtime/type.js';
import { parseFloatGo, unquoteGo } from '../strconv/natives.js';
import { newString, newStringJS, readString } from '../abi.js';
import type { Fmt } from './format.js';
import { Method, Printer, type ArgList, type CallResult, type MethodCaller, type Val } from './printer.js';

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
    // growslice's capacity rule (runtime/slice.go nextslicecap), then the size-class round-up
    let ncap = cap;
    const doublecap = cap + cap;
    if (need > doublecap) ncap = need;
    else if (cap < 256) ncap = doublecap;
    else { while (ncap < need) ncap += (ncap + 3 * 256) >> 2; }
    if (typeof rt.roundupsize === 'function') ncap = rt.roundupsize(ncap, true);
    const np = rt.mallocgc(ncap, null, false);
    m = rt.m;
    if (len > 0) m.u8.copyWithin(np, ptr, ptr + len);
    ptr = np;
    if (rt.writeBarrier) rt.gcWriteBarrier(p + PP_BUF, ptr); // pp is a heap object
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

/**
 * The []any whose header is at offset off of the native's argument area, read lazily: after a call
 * back into Go the stack (and a stack-allocated backing array) may have moved, so each operand is
 * located through ArgBase when it is used.
 */
function argList(pr: Printer, base: ArgBase, off: number): ArgList {
  const rt = pr.rt;
  const n = ldWord(rt.m, base.a + off + 8);
  // The slice's pointer word sits in the native's argument area, which no pointer map describes,
  // so morestack does not adjust it: relocate a stack address ourselves (stack moves preserve
  // every address's distance from stackHi).
  const ptr0 = rt.m.u32[(base.a + off) >>> 2];
  const hi0 = rt.stackHi, lo0 = typeof rt.stackLo === 'number' ? rt.stackLo : hi0 - (1 << 30);
  const onStack = ptr0 >= lo0 && ptr0 < hi0;
  return {
    length: n,
    at(i: number): Val | undefined {
      if (i < 0 || i >= n) return undefined;
      const ptr = onStack ? rt.stackHi - (hi0 - ptr0) : ptr0;
      return pr.efaceVal(ptr + 16 * i);
    },
  };
}

const intBits: Partial<Record<Kind, number>> = {
  [Kind.Int]: 64, [Kind.Int8]: 8, [Kind.Int16]: 16, [Kind.Int32]: 32, [Kind.Int64]: 64,
  [Kind.Uint]: 64, [Kind.Uint8]: 8, [Kind.Uint16]: 16, [Kind.Uint32]: 32, [Kind.Uint64]: 64, [Kind.Uintptr]: 64,
};

/** Parses an integer token like fmt's scanInt/scanUint; returns a bigint or an error text. */
function scanInteger(tok: string, verb: number, signed: boolean, bits: number): bigint | string {
  let s = tok, neg = false;
  if (s[0] === '+' || s[0] === '-') { neg = s[0] === '-'; s = s.slice(1); }
  if (!signed && neg) return 'expected integer';
  let base = 10;
  switch (verb) {
    case 0x62: base = 2; break; case 0x6f: base = 8; break; case 0x78: case 0x58: base = 16; break;
    case 0x76: {
      const p = s.slice(0, 2).toLowerCase();
      if (p === '0b') { base = 2; s = s.slice(2); } else if (p === '0o') { base = 8; s = s.slice(2); }
      else if (p === '0x') { base = 16; s = s.slice(2); } else if (s.length > 1 && s[0] === '0') { base = 8; s = s.slice(1); }
      s = s.replace(/_/g, '');
    }
  }
  const digits = '0123456789abcdef'.slice(0, base);
  if (s.length === 0 || ![...s.toLowerCase()].every(c => digits.includes(c))) return 'expected integer';
  let v = 0n;
  for (const c of s.toLowerCase()) v = v * BigInt(base) + BigInt(digits.indexOf(c));
  if (neg) v = -v;
  const fn = signed ? 'ParseInt' : 'ParseUint';
  if (signed ? (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) : v > 0xffffffffffffffffn) {
    return `strconv.${fn}: parsing ${JSON.stringify(tok)}: value out of range`;
  }
  const fits = signed ? BigInt.asIntN(bits, v) === v : BigInt.asUintN(bits, v) === v;
  if (!fits) return (signed ? 'integer' : 'unsigned integer') + ' overflow on token ' + tok;
  return v;
}

export default function natives(rt: NativeRuntime): Record<string, NativeFn> {
  const setup = (csp: number) => {
    const base = new ArgBase(rt, csp);
    const p = rt.m.u32[(csp + 8) >>> 2];
    const pr = new Printer(rt, new GoCaller(rt, base, p));
    return { base, p, pr };
  };
  return {
    // func targetClass(arg any) int
    targetClass(csp: number): number {
      const t = typeOf(rt, rt.m.u32[(csp + 8) >>> 2]);
      const e = t?.kind === Kind.Pointer ? t.elem! : undefined;
      if (!e) return 4;
      if (e.kind >= Kind.Int && e.kind <= Kind.Uintptr) return 0;
      if (e.kind >= Kind.Float32 && e.kind <= Kind.Complex128) return 1;
      if (e.kind === Kind.String || (e.kind === Kind.Slice && e.elem!.kind === Kind.Uint8)) return 2;
      if (e.kind === Kind.Bool) return 3;
      return 4;
    },
    // func storeToken(arg any, verb rune, tok string) string
    storeToken(csp: number, _ctx: number, verb: number): void {
      const m = rt.m;
      const t = typeOf(rt, m.u32[(csp + 8) >>> 2]);
      const p = m.u32[(csp + 16) >>> 2];
      const tok = readString(m, csp + 24);
      const res = csp + 40;
      const fail = (msg: string) => newStringJS(rt, res, msg);
      stWord(m, res, 0); stWord(m, res + 8, 0);
      if (!t || t.kind !== Kind.Pointer || p === 0) return fail("can't scan type: " + (t?.str ?? '<nil>'));
      const e = t.elem!;
      const bits = intBits[e.kind];
      if (bits !== undefined) {
        if (verb === 0x63) { // %c
          const r = tok.codePointAt(0) ?? 0;
          stWord(m, p, 0); writeInt(m, e.kind, p, BigInt(r));
          return;
        }
        const signed = e.kind <= Kind.Int64;
        const v = scanInteger(tok, verb, signed, bits);
        if (typeof v === 'string') return fail(v);
        writeInt(m, e.kind, p, v);
        return;
      }
      switch (e.kind) {
        case Kind.Float32: case Kind.Float64: {
          const [v, code] = parseFloatGo(tok.replace(/_/g, ''), e.kind === Kind.Float32 ? 32 : 64);
          if (code === 1 || tok === '') return fail(tok === '' ? 'expected integer' : `strconv.ParseFloat: parsing ${JSON.stringify(tok)}: invalid syntax`);
          if (code === 2) return fail(`strconv.ParseFloat: parsing ${JSON.stringify(tok)}: value out of range`);
          if (e.kind === Kind.Float32) m.f32[p >>> 2] = v; else m.f64[p >>> 3] = v;
          return;
        }
        case Kind.Bool: {
          const v = ({ true: 1, false: 0, t: 1, f: 0, T: 1, F: 0, TRUE: 1, FALSE: 0, True: 1, False: 0, '1': 1, '0': 0 } as Record<string, number>)[tok];
          if (v === undefined) return fail('syntax error scanning boolean');
          m.u8[p] = v;
          return;
        }
        case Kind.String: {
          if (verb === 0x71) {
            const u = unquoteGo(new TextEncoder().encode(tok), true);
            if (!u) return fail('invalid syntax');
            newString(rt, p, u[0]);
            return;
          }
          newStringJS(rt, p, tok);
          return;
        }
        case Kind.Slice:
          if (e.elem!.kind === Kind.Uint8) {
            const b = new TextEncoder().encode(tok);
            const q = b.length ? rt.mallocgc(b.length, null, false) : 0;
            rt.m.u8.set(b, q);
            if (rt.writeBarrier) rt.gcWriteBarrier(p, q);
            stWord(rt.m, p, q); stWord(rt.m, p + 8, b.length); stWord(rt.m, p + 16, b.length);
            return;
          }
      }
      return fail("can't scan type: " + t.str);
    },
    // func doPrint(p *pp, a []any)
    doPrint(csp: number) {
      const { base, p, pr } = setup(csp);
      pr.doPrint(argList(pr, base, 8));
      appendToBuf(rt, p, pr.buf.result());
    },
    // func doPrintln(p *pp, a []any)
    doPrintln(csp: number) {
      const { base, p, pr } = setup(csp);
      pr.doPrintln(argList(pr, base, 8));
      appendToBuf(rt, p, pr.buf.result());
    },
    // func doPrintf(p *pp, format string, a []any)
    doPrintf(csp: number) {
      const { base, p, pr } = setup(csp);
      pr.wrapErrs = rt.m.u8[p + PP_WRAPERRS] !== 0;
      const format = stringBytes(rt.m, csp + 16).slice();
      pr.doPrintf(format, argList(pr, base, 24));
      if (pr.wrapErrs) stWord(rt.m, p + PP_WRAPMASK, pr.wrapMask);
      appendToBuf(rt, p, pr.buf.result());
    },
  };
}

function writeInt(m: NativeRuntime['m'], k: Kind, p: number, v: bigint): void {
  switch (k) {
    case Kind.Int8: case Kind.Uint8: m.u8[p] = Number(BigInt.asUintN(8, v)); return;
    case Kind.Int16: case Kind.Uint16: m.u16[p >>> 1] = Number(BigInt.asUintN(16, v)); return;
    case Kind.Int32: case Kind.Uint32: m.u32[p >>> 2] = Number(BigInt.asUintN(32, v)); return;
    default: stWord(m, p, v);
  }
}
