// fmt's printer (mirrors $GOROOT/src/fmt/print.go): doPrint/doPrintln/doPrintf over operands that
// are Go interface values in simulated memory, printed by their TypeDesc the way fmt's reflection
// path does (structs, maps sorted like internal/fmtsort, pointers, nested depth), with
// Error/String/GoString/Format methods called back into compiled Go through a MethodCaller.
import { Kind, type TypeDesc } from '../../runtime/type.js';
import { ldInt64, ldUint64, ldWord, stringBytes, type NativeRuntime } from '../abi.js';
import { ByteBuf, decodeRune } from '../lib/bytes.js';
import { ifaceElem, isDirectIface, mapEntries, simAddr, typeOf } from '../lib/values.js';
import { Fmt, ldigits, strBytes, udigits } from './format.js';

/** A Go value in memory: its type, its address, and (if it came from an interface) the data word. */
export interface Val {
  td: TypeDesc;
  addr: number;
  /** The interface data word this value came from (so boxing needs no allocation), or -1. */
  data: number;
  /** False for values reached through unexported struct fields (reflect's CanInterface). */
  canIface: boolean;
}

/**
 * The operands (an []any in memory). Read lazily, one at a time: a method call back into Go may move
 * the stack, and with it a []any backing array that lives there (fmt's variadic slice does not
 * escape), so an operand's address is only taken when it is printed. Arrays satisfy it too.
 */
export interface ArgList {
  readonly length: number;
  at(i: number): Val | undefined;
}

/** Which method callMethod runs. */
export const enum Method { Error = 0, String = 1, GoString = 2 }

/** Result of calling a Go method from the printer: the string, or the panic value (a copied eface). */
export type CallResult = { ok: true; s: Uint8Array } | { ok: false; panicType: number; panicData: number };

/** Calls back into compiled Go (fmt.callMethod / fmt.callFormat). */
export interface MethodCaller {
  call(v: Val, which: Method): CallResult;
  /** Runs v.Format(state, verb) with the flags of f; returns the bytes written or the panic. */
  format(v: Val, verb: number, f: Fmt): CallResult;
}

const invReflectString = '<invalid reflect.Value>';

export class Printer {
  readonly buf = new ByteBuf();
  readonly fmt = new Fmt(this.buf);
  erroring = false;
  panicking = false;
  wrapErrs = false;
  wrapMask = 0n;
  reordered = false;
  goodArgNum = true;
  /** Current operand (for badVerb): an interface-held value or a reflected value. */
  private arg: Val | null = null;
  private value: Val | null = null;

  constructor(readonly rt: NativeRuntime, readonly caller: MethodCaller) {}

  /** Value held by an eface at address a (undefined for nil). */
  efaceVal(a: number): Val | undefined {
    const e = ifaceElem(this.rt, null, a);
    if (!e) return undefined;
    return { td: e[0], addr: e[1], data: e[2], canIface: true };
  }

  private intVal(v: Val): number | bigint {
    return readInt(this.rt.m, v.td.kind, v.addr);
  }

  private ptrWord(v: Val): number {
    return this.rt.m.u32[v.addr >>> 2];
  }

  // ---- method lookup ----
  private findMethod(td: TypeDesc, name: string): boolean {
    const ms = td.methods;
    if (!ms) return false;
    for (const mm of ms) {
      if (mm.name !== name) continue;
      const ft = mm.type;
      if (!ft) return true;
      if (name === 'Format') return (ft.params?.length ?? 0) === 2 && (ft.results?.length ?? 0) === 0;
      return (ft.params?.length ?? 0) === 0 && (ft.results?.length ?? 0) === 1 && ft.results![0].kind === Kind.String;
    }
    return false;
  }
  isError(td: TypeDesc): boolean { return this.findMethod(td, 'Error'); }
  private isStringer(td: TypeDesc): boolean { return this.findMethod(td, 'String'); }

  private ws(s: string): void { this.buf.str(s); }

  private badVerb(verb: number): void {
    this.erroring = true;
    this.ws('%!');
    this.buf.rune(verb);
    this.buf.byte(0x28);
    if (this.arg) {
      const arg = this.arg;
      this.ws(arg.td.str);
      this.buf.byte(0x3d);
      this.printArg(arg, 0x76);
    } else if (this.value) {
      const v = this.value;
      this.ws(v.td.str);
      this.buf.byte(0x3d);
      this.printValue(v, 0x76, 0);
    } else this.ws('<nil>');
    this.buf.byte(0x29);
    this.erroring = false;
  }

  private fmtBool(v: boolean, verb: number): void {
    if (verb === 0x74 || verb === 0x76) this.fmt.fmtBoolean(v);
    else this.badVerb(verb);
  }

  private fmt0x64(v: number | bigint, leading0x: boolean): void {
    const sharp = this.fmt.sharp;
    this.fmt.sharp = leading0x;
    this.fmt.fmtInteger(v, 16, false, 0x76, ldigits);
    this.fmt.sharp = sharp;
  }

  private fmtInteger(v: number | bigint, isSigned: boolean, verb: number): void {
    const f = this.fmt;
    switch (verb) {
      case 0x76: if (f.sharpV && !isSigned) this.fmt0x64(v, true); else f.fmtInteger(v, 10, isSigned, verb, ldigits); break;
      case 0x64: f.fmtInteger(v, 10, isSigned, verb, ldigits); break;
      case 0x62: f.fmtInteger(v, 2, isSigned, verb, ldigits); break;
      case 0x6f: case 0x4f: f.fmtInteger(v, 8, isSigned, verb, ldigits); break;
      case 0x78: f.fmtInteger(v, 16, isSigned, verb, ldigits); break;
      case 0x58: f.fmtInteger(v, 16, isSigned, verb, udigits); break;
      case 0x63: f.fmtC(unsignedOf(v, isSigned)); break;
      case 0x71: f.fmtQc(unsignedOf(v, isSigned)); break;
      case 0x55: f.fmtUnicode(unsignedOf(v, isSigned)); break;
      default: this.badVerb(verb);
    }
  }

  private fmtFloat(v: number, size: number, verb: number): void {
    const f = this.fmt;
    switch (verb) {
      case 0x76: f.fmtFloat(v, size, 'g', -1); break;
      case 0x62: case 0x67: case 0x47: case 0x78: case 0x58: f.fmtFloat(v, size, String.fromCharCode(verb), -1); break;
      case 0x66: case 0x65: case 0x45: f.fmtFloat(v, size, String.fromCharCode(verb), 6); break;
      case 0x46: f.fmtFloat(v, size, 'f', 6); break;
      default: this.badVerb(verb);
    }
  }

  private fmtComplex(re: number, im: number, size: number, verb: number): void {
    switch (verb) {
      case 0x76: case 0x62: case 0x67: case 0x47: case 0x78: case 0x58: case 0x66: case 0x46: case 0x65: case 0x45: {
        const oldPlus = this.fmt.plus;
        this.buf.byte(0x28);
        this.fmtFloat(re, size / 2, verb);
        this.fmt.plus = true;
        this.fmtFloat(im, size / 2, verb);
        this.ws('i)');
        this.fmt.plus = oldPlus;
        break;
      }
      default: this.badVerb(verb);
    }
  }

  fmtString(s: Uint8Array, verb: number): void {
    const f = this.fmt;
    switch (verb) {
      case 0x76: if (f.sharpV) f.fmtQ(s); else f.fmtS(s); break;
      case 0x73: f.fmtS(s); break;
      case 0x78: f.fmtSbx(s, ldigits); break;
      case 0x58: f.fmtSbx(s, udigits); break;
      case 0x71: f.fmtQ(s); break;
      default: this.badVerb(verb);
    }
  }

  private fmtPointer(v: Val, verb: number): void {
    switch (v.td.kind) {
      case Kind.Chan: case Kind.Func: case Kind.Map: case Kind.Pointer: case Kind.Slice: case Kind.UnsafePointer:
        break;
      default:
        this.badVerb(verb);
        return;
    }
    const u = this.ptrWord(v);
    const su = simAddr(this.rt, u);
    switch (verb) {
      case 0x76:
        if (this.fmt.sharpV) {
          this.buf.byte(0x28); this.ws(v.td.str); this.ws(')(');
          if (u === 0) this.ws('nil'); else this.fmt0x64(su, true);
          this.buf.byte(0x29);
        } else if (u === 0) this.fmt.padStr('<nil>');
        else this.fmt0x64(su, !this.fmt.sharp);
        break;
      case 0x70: this.fmt0x64(su, !this.fmt.sharp); break;
      case 0x62: case 0x6f: case 0x64: case 0x78: case 0x58: this.fmtInteger(su, false, verb); break;
      default: this.badVerb(verb);
    }
  }

  /** fmt's catchPanic for a method that panicked. */
  private methodPanic(arg: Val, verb: number, method: string, r: { panicType: number; panicData: number }): void {
    // (the data word, when known, is used rather than memory: the call may have moved the stack)
    if (arg.td.kind === Kind.Pointer && (arg.data >= 0 ? arg.data : this.ptrWord(arg)) === 0) { this.ws('<nil>'); return; }
    if (this.panicking) throw new Error('fmt: panic while printing panic value');
    const old = this.fmt.saveFlags();
    this.fmt.clearflags();
    this.ws('%!'); this.buf.rune(verb); this.ws('(PANIC='); this.ws(method); this.ws(' method: ');
    this.panicking = true;
    const pt = typeOf(this.rt, r.panicType);
    if (!pt) this.ws('<nil>');
    else if (isDirectIface(pt)) {
      // the data word itself is the value: keep it in a scratch word
      const scratch = this.rt.mallocgc(8, null, true);
      this.rt.m.u32[scratch >>> 2] = r.panicData;
      this.printArg({ td: pt, addr: scratch, data: r.panicData, canIface: true }, 0x76);
    } else this.printArg({ td: pt, addr: r.panicData, data: r.panicData, canIface: true }, 0x76);
    this.panicking = false;
    this.buf.byte(0x29);
    this.fmt.restoreFlags(old);
  }

  /** handleMethods: runs Format/GoString/Error/String if arg has them. */
  private handleMethods(arg: Val, verb: number): boolean {
    if (this.erroring) return false;
    if (verb === 0x77) {
      if (!this.isError(arg.td) || !this.wrapErrs) {
        this.arg = arg;
        this.badVerb(verb);
        return true;
      }
      verb = 0x76;
    }
    if (!arg.td.methods || arg.td.methods.length === 0) return false;
    if (this.findMethod(arg.td, 'Format')) {
      const r = this.caller.format(arg, verb, this.fmt);
      if (r.ok) this.buf.bytes(r.s);
      else this.methodPanic(arg, verb, 'Format', r);
      return true;
    }
    if (this.fmt.sharpV) {
      if (this.findMethod(arg.td, 'GoString')) {
        const r = this.caller.call(arg, Method.GoString);
        if (r.ok) this.fmt.fmtS(r.s);
        else this.methodPanic(arg, verb, 'GoString', r);
        return true;
      }
    } else {
      switch (verb) {
        case 0x76: case 0x73: case 0x78: case 0x58: case 0x71: {
          let which: Method;
          if (this.isError(arg.td)) which = Method.Error;
          else if (this.isStringer(arg.td)) which = Method.String;
          else return false;
          const r = this.caller.call(arg, which);
          if (r.ok) this.fmtString(r.s, verb);
          else this.methodPanic(arg, verb, which === Method.Error ? 'Error' : 'String', r);
          return true;
        }
      }
    }
    return false;
  }

  /** printArg for an operand (undefined = nil interface). */
  printArg(arg: Val | undefined, verb: number): void {
    this.arg = arg ?? null;
    this.value = null;
    if (!arg) {
      if (verb === 0x54 || verb === 0x76) this.fmt.padStr('<nil>');
      else this.badVerb(verb);
      return;
    }
    if (verb === 0x54) { this.fmt.fmtS(strBytes(arg.td.str)); return; }
    if (arg.td.str === 'reflect.Value' && arg.td.kind === Kind.Struct) {
      // fmt's `case reflect.Value:` prints the value it holds ({typ id, ptr, flag}, reflect/value.go)
      const m = this.rt.m, id = m.u32[arg.addr >>> 2];
      const t = id ? this.rt.types[id] : undefined;
      if (!t) { this.printValue(null, verb, 0); return; }
      let held: Val = { td: t, addr: m.u32[(arg.addr + 8) >>> 2], data: -1, canIface: (m.u32[(arg.addr + 16) >>> 2] & 2) === 0 };
      if (t.kind === Kind.Interface) {
        const e = ifaceElem(this.rt, t, held.addr);
        if (!e) { this.printValue(held, verb, 0); return; }
        held = { td: e[0], addr: e[1], data: e[2], canIface: held.canIface };
      }
      if (held.canIface) { this.arg = held; if (this.handleMethods(held, verb)) return; }
      this.printValue(held, verb, 0);
      return;
    }
    if (verb === 0x70) { this.fmtPointer(arg, 0x70); return; }
    if (arg.td.kind === Kind.Slice && !arg.td.named && arg.td.elem!.str === 'uint8') {
      // fmt's `case []byte:` fast path prints the type as "[]byte" under %#v
      if ((verb === 0x76 || verb === 0x64) && this.fmt.sharpV) {
        const m = this.rt.m, a = arg.addr;
        const p = m.u32[a >>> 2], n = ldWord(m, a + 8);
        this.ws('[]byte');
        if (p === 0) { this.ws('(nil)'); return; }
        this.buf.byte(0x7b);
        for (let i = 0; i < n; i++) {
          if (i > 0) this.ws(', ');
          this.fmt0x64(this.rt.m.u8[p + i], true);
        }
        this.buf.byte(0x7d);
        return;
      }
    }
    if (!this.handleMethods(arg, verb)) this.printValue(arg, verb, 0);
  }

  private fieldVal(v: Val, i: number): Val {
    const fd = v.td.fields![i];
    const ci = v.canIface && isExportedField(fd);
    let fv: Val = { td: fd.type, addr: v.addr + fd.offset, data: -1, canIface: ci };
    if (fd.type.kind === Kind.Interface) {
      const e = ifaceElem(this.rt, fd.type, fv.addr);
      if (e) fv = { td: e[0], addr: e[1], data: e[2], canIface: ci };
    }
    return fv;
  }

  printValue(v: Val | null, verb: number, depth: number): void {
    if (depth > 0 && v && v.canIface) {
      let dyn: Val | undefined = v;
      if (v.td.kind === Kind.Interface) {
        const e = ifaceElem(this.rt, v.td, v.addr);
        dyn = e ? { td: e[0], addr: e[1], data: e[2], canIface: true } : undefined;
      }
      this.arg = dyn ?? null;
      if (dyn && this.handleMethods(dyn, verb)) return;
    }
    this.arg = null;
    this.value = v;
    if (!v) {
      if (depth === 0) this.ws(invReflectString);
      else if (verb === 0x76) this.ws('<nil>');
      else this.badVerb(verb);
      return;
    }
    const td = v.td, m = this.rt.m, a = v.addr;
    switch (td.kind) {
      case Kind.Bool: this.fmtBool(m.u8[a] !== 0, verb); return;
      case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
        this.fmtInteger(this.intVal(v), true, verb); return;
      case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
        this.fmtInteger(this.intVal(v), false, verb); return;
      case Kind.Float32: this.fmtFloat(m.f32[a >>> 2], 32, verb); return;
      case Kind.Float64: this.fmtFloat(m.f64[a >>> 3], 64, verb); return;
      case Kind.Complex64: this.fmtComplex(m.f32[a >>> 2], m.f32[(a + 4) >>> 2], 64, verb); return;
      case Kind.Complex128: this.fmtComplex(m.f64[a >>> 3], m.f64[(a + 8) >>> 3], 128, verb); return;
      case Kind.String: this.fmtString(stringBytes(m, a).slice(), verb); return;
      case Kind.Map: this.printMap(v, verb, depth); return;
      case Kind.Struct: {
        if (this.fmt.sharpV) this.ws(td.str);
        this.buf.byte(0x7b);
        const fields = td.fields ?? [];
        for (let i = 0; i < fields.length; i++) {
          if (i > 0) { if (this.fmt.sharpV) this.ws(', '); else this.buf.byte(0x20); }
          if (this.fmt.plusV || this.fmt.sharpV) {
            if (fields[i].name !== '') { this.ws(fields[i].name); this.buf.byte(0x3a); }
          }
          this.printValue(this.fieldVal(v, i), verb, depth + 1);
        }
        this.buf.byte(0x7d);
        return;
      }
      case Kind.Interface: {
        const e = ifaceElem(this.rt, td, a);
        if (!e) {
          if (this.fmt.sharpV) { this.ws(td.str); this.ws('(nil)'); } else this.ws('<nil>');
        } else this.printValue({ td: e[0], addr: e[1], data: e[2], canIface: v.canIface }, verb, depth + 1);
        return;
      }
      case Kind.Array: case Kind.Slice: {
        const et = td.elem!;
        let base: number, n: number;
        if (td.kind === Kind.Slice) { base = m.u32[a >>> 2]; n = ldWord(m, a + 8); }
        else { base = a; n = td.len ?? 0; }
        if ((verb === 0x73 || verb === 0x71 || verb === 0x78 || verb === 0x58) && et.kind === Kind.Uint8) {
          this.fmtBytes(m.u8.slice(base, base + n), verb);
          return;
        }
        if (this.fmt.sharpV) {
          this.ws(td.str);
          if (td.kind === Kind.Slice && base === 0) { this.ws('(nil)'); return; }
          this.buf.byte(0x7b);
          for (let i = 0; i < n; i++) {
            if (i > 0) this.ws(', ');
            this.printValue({ td: et, addr: base + i * et.size, data: -1, canIface: v.canIface }, verb, depth + 1);
          }
          this.buf.byte(0x7d);
        } else {
          this.buf.byte(0x5b);
          for (let i = 0; i < n; i++) {
            if (i > 0) this.buf.byte(0x20);
            this.printValue({ td: et, addr: base + i * et.size, data: -1, canIface: v.canIface }, verb, depth + 1);
          }
          this.buf.byte(0x5d);
        }
        return;
      }
      case Kind.Pointer: {
        const p = m.u32[a >>> 2];
        if (depth === 0 && p !== 0 && td.elem) {
          const ek = td.elem.kind;
          if (ek === Kind.Array || ek === Kind.Slice || ek === Kind.Struct || ek === Kind.Map) {
            this.buf.byte(0x26);
            this.printValue({ td: td.elem, addr: p, data: -1, canIface: v.canIface }, verb, depth + 1);
            return;
          }
        }
        this.fmtPointer(v, verb);
        return;
      }
      case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
        this.fmtPointer(v, verb);
        return;
      default:
        this.buf.byte(0x3f); this.ws(td.str); this.buf.byte(0x3f);
    }
  }

  /** fmtBytes for the byte-slice verbs s q x X (other verbs go through printValue). */
  private fmtBytes(b: Uint8Array, verb: number): void {
    switch (verb) {
      case 0x73: this.fmt.fmtS(b); break;
      case 0x78: this.fmt.fmtSbx(b, ldigits); break;
      case 0x58: this.fmt.fmtSbx(b, udigits); break;
      case 0x71: this.fmt.fmtQ(b); break;
    }
  }

  private printMap(v: Val, verb: number, depth: number): void {
    const td = v.td, h = this.rt.m.u32[v.addr >>> 2];
    if (this.fmt.sharpV) {
      this.ws(td.str);
      if (h === 0) { this.ws('(nil)'); return; }
      this.buf.byte(0x7b);
    } else this.ws('map[');
    const entries = mapEntries(this.rt, td, h);
    const kt = td.key!, et = td.elem!;
    entries.sort((x, y) => compareVals(this.rt, kt, x[0], y[0]));
    for (let i = 0; i < entries.length; i++) {
      if (i > 0) { if (this.fmt.sharpV) this.ws(', '); else this.buf.byte(0x20); }
      this.printValue({ td: kt, addr: entries[i][0], data: -1, canIface: v.canIface }, verb, depth + 1);
      this.buf.byte(0x3a);
      this.printValue({ td: et, addr: entries[i][1], data: -1, canIface: v.canIface }, verb, depth + 1);
    }
    this.buf.byte(this.fmt.sharpV ? 0x7d : 0x5d);
  }

  // ---- the three entry points ----

  doPrint(args: ArgList): void {
    let prevString = false;
    for (let i = 0; i < args.length; i++) {
      const arg = args.at(i);
      const isString = !!arg && arg.td.kind === Kind.String;
      if (i > 0 && !isString && !prevString) this.buf.byte(0x20);
      this.printArg(arg, 0x76);
      prevString = isString;
    }
  }

  doPrintln(args: ArgList): void {
    for (let i = 0; i < args.length; i++) {
      if (i > 0) this.buf.byte(0x20);
      this.printArg(args.at(i), 0x76);
    }
    this.buf.byte(0x0a);
  }

  private intFromArg(a: ArgList, argNum: number): [number, boolean, number] {
    let num = 0, isInt = false, newArgNum = argNum;
    if (argNum < a.length) {
      const v = a.at(argNum);
      if (v) {
        const k = v.td.kind;
        if (k >= Kind.Int && k <= Kind.Uintptr) {
          const n = this.intVal(v);
          if (typeof n === 'number') { num = n; isInt = true; }
        }
      }
      newArgNum = argNum + 1;
      if (num > 1e6 || num < -1e6) { num = 0; isInt = false; }
    }
    return [num, isInt, newArgNum];
  }

  doPrintf(format: Uint8Array, a: ArgList): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    const f = this.fmt;
    const parsenum = (s: Uint8Array, start: number, e: number): [number, boolean, number] => {
      if (start >= e) return [0, false, e];
      let num = 0, isnum = false, i = start;
      for (; i < e && s[i] >= 0x30 && s[i] <= 0x39; i++) {
        if (num > 1e6 || num < -1e6) return [0, false, e];
        num = num * 10 + (s[i] - 0x30);
        isnum = true;
      }
      return [num, isnum, i];
    };
    const argNumber = (argNum: number, i: number, numArgs: number): [number, number, boolean] => {
      if (format.length <= i || format[i] !== 0x5b) return [argNum, i, false];
      this.reordered = true;
      let index = 0, wid = 1, ok = false;
      const s = format.subarray(i);
      if (s.length >= 3) {
        for (let k = 1; k < s.length; k++) {
          if (s[k] === 0x5d) {
            const [width, isnum, newi] = parsenum(s, 1, k);
            if (!isnum || newi !== k) { index = 0; wid = k + 1; ok = false; }
            else { index = width - 1; wid = k + 1; ok = true; }
            break;
          }
        }
      }
      if (ok && 0 <= index && index < numArgs) return [index, i + wid, true];
      this.goodArgNum = false;
      return [argNum, i + wid, ok];
    };

    formatLoop:
    for (let i = 0; i < end;) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== 0x25) i++;
      if (i > lasti) this.buf.bytes(format.subarray(lasti, i));
      if (i >= end) break;
      i++;
      f.clearflags();
      simpleFormat:
      for (; i < end; i++) {
        const c = format[i];
        switch (c) {
          case 0x23: f.sharp = true; break;
          case 0x30: f.zero = true; break;
          case 0x2b: f.plus = true; break;
          case 0x2d: f.minus = true; break;
          case 0x20: f.space = true; break;
          default:
            if (0x61 <= c && c <= 0x7a && argNum < a.length) {
              if (c === 0x77) this.noteWrapped(argNum);
              if (c === 0x77 || c === 0x76) {
                f.sharpV = f.sharp; f.sharp = false;
                f.plusV = f.plus; f.plus = false;
              }
              this.printArg(a.at(argNum), c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }
      [argNum, i, afterIndex] = argNumber(argNum, i, a.length);
      if (i < end && format[i] === 0x2a) {
        i++;
        [f.wid, f.widPresent, argNum] = this.intFromArg(a, argNum);
        if (!f.widPresent) this.ws('%!(BADWIDTH)');
        if (f.wid < 0) { f.wid = -f.wid; f.minus = true; f.zero = false; }
        afterIndex = false;
      } else {
        [f.wid, f.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && f.widPresent) this.goodArgNum = false;
      }
      if (i + 1 < end && format[i] === 0x2e) {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = argNumber(argNum, i, a.length);
        if (i < end && format[i] === 0x2a) {
          i++;
          [f.prec, f.precPresent, argNum] = this.intFromArg(a, argNum);
          if (f.prec < 0) { f.prec = 0; f.precPresent = false; }
          if (!f.precPresent) this.ws('%!(BADPREC)');
          afterIndex = false;
        } else {
          [f.prec, f.precPresent, i] = parsenum(format, i, end);
          if (!f.precPresent) { f.prec = 0; f.precPresent = true; }
        }
      }
      if (!afterIndex) [argNum, i, afterIndex] = argNumber(argNum, i, a.length);
      if (i >= end) { this.ws('%!(NOVERB)'); break; }
      let verb = format[i], size = 1;
      if (verb >= 0x80) [verb, size] = decodeRune(format, i);
      i += size;
      if (verb === 0x25) this.buf.byte(0x25);
      else if (!this.goodArgNum) { this.ws('%!'); this.buf.rune(verb); this.ws('(BADINDEX)'); }
      else if (argNum >= a.length) { this.ws('%!'); this.buf.rune(verb); this.ws('(MISSING)'); }
      else {
        if (verb === 0x77) this.noteWrapped(argNum);
        if (verb === 0x77 || verb === 0x76) {
          f.sharpV = f.sharp; f.sharp = false;
          f.plusV = f.plus; f.plus = false;
        }
        this.printArg(a.at(argNum), verb);
        argNum++;
      }
    }
    if (!this.reordered && argNum < a.length) {
      f.clearflags();
      this.ws('%!(EXTRA ');
      for (let k = argNum; k < a.length; k++) {
        if (k > argNum) this.ws(', ');
        const arg = a.at(k);
        if (!arg) this.ws('<nil>');
        else { this.ws(arg.td.str); this.buf.byte(0x3d); this.printArg(arg, 0x76); }
      }
      this.buf.byte(0x29);
    }
  }

  private noteWrapped(argNum: number): void {
    if (argNum < 64) this.wrapMask |= 1n << BigInt(argNum);
  }
}

function unsignedOf(v: number | bigint, isSigned: boolean): bigint | number {
  if (isSigned && (typeof v === 'number' ? v < 0 : v < 0n)) return BigInt.asUintN(64, BigInt(v));
  return v;
}

function isExportedField(fd: { name: string; exported?: boolean }): boolean {
  if (typeof fd.exported === 'boolean') return fd.exported;
  const c = fd.name.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

/** Reads an integer of kind k at a: number for ≤32-bit kinds, canonical number-or-bigint for 64-bit. */
export function readInt(m: NativeRuntime['m'], k: Kind, a: number): number | bigint {
  switch (k) {
    case Kind.Int8: return m.i8[a];
    case Kind.Int16: return m.i16[a >>> 1];
    case Kind.Int32: return m.i32[a >>> 2];
    case Kind.Int: case Kind.Int64: return ldInt64(m, a);
    case Kind.Uint8: return m.u8[a];
    case Kind.Uint16: return m.u16[a >>> 1];
    case Kind.Uint32: return m.u32[a >>> 2];
    default: return ldUint64(m, a);
  }
}

/** internal/fmtsort's compare on two values of type t at addresses a and b. */
export function compareVals(rt: NativeRuntime, t: TypeDesc, a: number, b: number): number {
  const m = rt.m;
  switch (t.kind) {
    case Kind.Int: case Kind.Int64: case Kind.Int8: case Kind.Int16: case Kind.Int32:
    case Kind.Uint: case Kind.Uint64: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uintptr: {
      const x = readInt(m, t.kind, a), y = readInt(m, t.kind, b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case Kind.String: {
      const x = stringBytes(m, a), y = stringBytes(m, b);
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
    }
    case Kind.Float32: return floatCmp(m.f32[a >>> 2], m.f32[b >>> 2]);
    case Kind.Float64: return floatCmp(m.f64[a >>> 3], m.f64[b >>> 3]);
    case Kind.Complex64: return floatCmp(m.f32[a >>> 2], m.f32[b >>> 2]) || floatCmp(m.f32[(a + 4) >>> 2], m.f32[(b + 4) >>> 2]);
    case Kind.Complex128: return floatCmp(m.f64[a >>> 3], m.f64[b >>> 3]) || floatCmp(m.f64[(a + 8) >>> 3], m.f64[(b + 8) >>> 3]);
    case Kind.Bool: {
      const x = m.u8[a], y = m.u8[b];
      return x === y ? 0 : x ? 1 : -1;
    }
    case Kind.Pointer: case Kind.UnsafePointer: case Kind.Chan: {
      const x = m.u32[a >>> 2], y = m.u32[b >>> 2];
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case Kind.Struct:
      for (const f of t.fields ?? []) {
        const c = compareVals(rt, f.type, a + f.offset, b + f.offset);
        if (c) return c;
      }
      return 0;
    case Kind.Array:
      for (let i = 0; i < (t.len ?? 0); i++) {
        const c = compareVals(rt, t.elem!, a + i * t.elem!.size, b + i * t.elem!.size);
        if (c) return c;
      }
      return 0;
    case Kind.Interface: {
      const x = ifaceElem(rt, t, a), y = ifaceElem(rt, t, b);
      if (!x || !y) return !x && !y ? 0 : !x ? -1 : 1;
      if (x[0].id !== y[0].id) return x[0].id < y[0].id ? -1 : 1;
      return compareVals(rt, x[0], x[1], y[1]);
    }
  }
  return 0;
}

function floatCmp(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  const an = a !== a, bn = b !== b;
  if (an && bn) return 0;
  return an ? -1 : 1;
}
